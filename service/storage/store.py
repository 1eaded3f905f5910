"""Reading and writing submissions, verdicts and the decision log.

A stored submission, its verdict and its decision-log entry are written in one
transaction; every log entry is appended to the hash chain of ``service.trust.audit``, with
the hash of the verdict it gave and who asked for it. The input hash of an evaluation is the
SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of the normalised submission:
the stored body, so anyone can recompute it.

Idempotency keys belong to their caller: a key is stored as the digest of the caller's
scope (``agency:SXD``: the agency a submitter key acts for, or with authentication off the
submitter the body names) and the key, so two agencies using the same key never meet.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import URL, bindparam, create_engine, event, insert, make_url, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value
from ulid import ULID

from service.storage import migrate
from service.storage.canonical import canonical_bytes, canonical_text, json_plain, json_text
from service.storage.models import DecisionLogEntry, Submission, Verdict
from service.trust import audit


class IdempotencyConflict(Exception):
    """The idempotency key was already used, by the same caller, with a different
    submission."""

    def __init__(self, key: str, submission_id: str) -> None:
        super().__init__(f"idempotency key {key!r} already names submission {submission_id}")
        self.key = key
        self.submission_id = submission_id


canonical_json = canonical_text  # the definition; canonical_bytes writes it faster


def input_hash(submission: dict, canonical: bytes | None = None) -> str:
    """The SHA-256 of the submission's canonical JSON (``canonical``, when the caller has
    it already)."""
    data = canonical if canonical is not None else canonical_bytes(submission)
    return "sha256:" + hashlib.sha256(data).hexdigest()


def idempotency_digest(scope: str, key: str) -> str:
    """What ``submissions.idempotency_key`` holds for ``key`` sent by a caller of ``scope``."""
    return "sha256:" + hashlib.sha256(f"{scope}\0{key}".encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _log_entry(verdict: dict, digest: str, source: str, at: datetime, caller: str,
               verdict_digest: str, submission_id: str | None = None) -> DecisionLogEntry:
    return DecisionLogEntry(
        decision_id=verdict["decision_id"], logged_at=at, source=source,
        submission_id=submission_id, evaluated_on=date.fromisoformat(verdict["evaluated_on"]),
        policies=[{"id": p["id"], "version": p["version"]} for p in verdict["policies"]],
        input_hash=digest, outcome=verdict["outcome"],
        rule_ids=list(dict.fromkeys(f["rule_id"] for f in verdict["findings"])),
        caller=caller[:60], verdict_hash=verdict_digest)


_INSERT_SUBMISSION = insert(Submission.__table__)
_INSERT_VERDICT = insert(Verdict.__table__)
_SUBMISSION_COLUMNS = tuple(c.key for c in Submission.__table__.columns)
_VERDICT_COLUMNS = tuple(c.key for c in Verdict.__table__.columns)
_BY_KEY = (select(Submission.id, Submission.input_hash)
           .where(Submission.idempotency_key == bindparam("key")))


def _columns(record: Any, names: tuple[str, ...]) -> dict:
    return {name: getattr(record, name) for name in names}


@dataclass(frozen=True)
class Stored:
    submission: Submission
    replayed: bool


@dataclass(frozen=True)
class Filters:
    outcome: str | None = None
    submitter: str | None = None
    kind: str | None = None
    since: date | None = None


def _engine_options(url: URL) -> dict:
    if url.get_backend_name() == "sqlite":
        return {"connect_args": {"timeout": 30}, "json_serializer": json_text}
    return {"pool_pre_ping": True, "json_serializer": json_text}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL still survives a crash of the service; only a power cut may lose
    # the last commits. FULL (the default) costs an fsync per commit: ~12 ms here.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """The service's database: one engine, short sessions, one method per use."""

    def __init__(self, url: str | URL) -> None:
        self.url = make_url(url)
        database = migrate.sqlite_file(self.url)
        if database is not None:
            database.parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(self.url, **_engine_options(self.url))
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Single reads that need no transaction (the registry's generation, read before
        # every evaluation): on PostgreSQL, no BEGIN and no ROLLBACK around them, two round
        # trips fewer; the same pool.
        self.reader = self.engine.execution_options(isolation_level="AUTOCOMMIT") \
            if self.engine.dialect.name == "postgresql" else self.engine

    def upgrade(self, revision: str = "head") -> None:
        migrate.upgrade(self.engine, revision)

    def check(self) -> None:
        """Raise unless the database answers and its schema is the migrations' head."""
        with self.engine.connect() as connection:
            current = migrate.current_revision(connection)
        head = migrate.head_revision()
        if current != head:
            raise RuntimeError(f"schema at revision {current}, expected {head}")

    def dispose(self) -> None:
        self.engine.dispose()

    # --- writing --------------------------------------------------------------------------

    def record_precheck(self, submission: dict, verdict: dict, caller: str = "local") -> None:
        """Log an evaluation that stores nothing else; ``caller`` who asked (``key:7``,
        ``local``, or ``anonymous`` on the open pre-check page).

        On PostgreSQL the commit does not wait for the disk: a crash of the database server
        (not of the service) may lose the last fraction of a second of precheck entries,
        always at the end of the log. Stored submissions keep the synchronous commit.
        """
        entry = _log_entry(verdict, input_hash(submission), "precheck", _now(), caller,
                           audit.verdict_hash(verdict))
        with self.engine.begin() as connection:
            audit.append(connection, entry, asynchronous=True)

    def create_submission(self, submission: dict, evaluate: Callable[[dict], dict],
                          idempotency_key: str | None = None, caller: str = "local",
                          scope: str | None = None) -> Stored:
        """Evaluate and store a submission, or return the one this caller stored under the
        same key. ``scope``: whose keys these are (default: the submitter's agency).

        Raises :class:`IdempotencyConflict` when the key names a different submission.
        """
        canonical = canonical_bytes(submission)
        digest = input_hash(submission, canonical)
        if scope is None:
            scope = f"agency:{submission['submitter'].get('code') or ''}"
        stored_key = idempotency_digest(scope, idempotency_key) \
            if idempotency_key is not None else None
        if stored_key is not None:
            earlier = self._by_key(stored_key, digest)
            if earlier is not None:
                return Stored(earlier, replayed=True)
        verdict = evaluate(submission)
        received = _now()
        record = Submission(
            id=str(ULID()), reference=submission.get("reference"), kind=submission["kind"],
            submitter_code=submission["submitter"].get("code"),
            submitted_on=submission["submitted_on"], received_at=received,
            body=json.loads(canonical), input_hash=digest,
            idempotency_key=stored_key)
        record.verdict = Verdict(
            decision_id=verdict["decision_id"], outcome=verdict["outcome"],
            evaluated_on=date.fromisoformat(verdict["evaluated_on"]),
            policies=verdict["policies"], findings=json_plain(verdict["findings"]),
            registry_facts=json_plain(verdict["registry_facts"])
            if verdict.get("registry_facts") else None)
        record.verdict.submission_id = record.id
        try:
            # Core statements, not the ORM's unit of work (this runs for every stored
            # submission): the same rows, in one transaction with the log entry.
            with self.engine.begin() as connection:
                connection.execute(_INSERT_SUBMISSION, _columns(record, _SUBMISSION_COLUMNS))
                connection.execute(_INSERT_VERDICT, _columns(record.verdict, _VERDICT_COLUMNS))
                entry = audit.append(connection, _log_entry(
                    verdict, digest, "submission", received, caller,
                    audit.verdict_hash(record.verdict), record.id))
        except IntegrityError:
            # Another request stored the same key between our look-up and our write.
            earlier = self._by_key(stored_key, digest) \
                if stored_key else None
            if earlier is None:
                raise
            return Stored(earlier, replayed=True)
        # What was written, as get_submission would read it back (the tests compare them):
        # the body and findings went through JSON already; the one decision is ``entry``.
        set_committed_value(record, "decisions", [entry])
        return Stored(record, replayed=False)

    def _by_key(self, stored_key: str, digest: str) -> Submission | None:
        with self.engine.connect() as connection:
            row = connection.execute(_BY_KEY, {"key": stored_key}).first()
        if row is None:
            return None
        if row.input_hash != digest:
            raise IdempotencyConflict(stored_key, row.id)
        return self.get_submission(row.id)

    # --- reading --------------------------------------------------------------------------

    def get_submission(self, submission_id: str) -> Submission | None:
        with self.sessions() as session:
            return session.scalars(
                select(Submission).where(Submission.id == submission_id)
                .options(selectinload(Submission.verdict),
                         selectinload(Submission.decisions))).first()

    def list_submissions(self, filters: Filters, limit: int,
                         before: str | None = None) -> tuple[list[Submission], bool]:
        """Newest first, at most ``limit``, those older than the id ``before``; and whether
        more follow."""
        query = (select(Submission).join(Submission.verdict)
                 .options(selectinload(Submission.verdict))
                 .order_by(Submission.id.desc()).limit(limit + 1))
        if before is not None:
            query = query.where(Submission.id < before)
        if filters.outcome is not None:
            query = query.where(Verdict.outcome == filters.outcome)
        if filters.submitter is not None:
            query = query.where(Submission.submitter_code == filters.submitter)
        if filters.kind is not None:
            query = query.where(Submission.kind == filters.kind)
        if filters.since is not None:
            query = query.where(Submission.received_at >= datetime.combine(
                filters.since, time.min, UTC))
        with self.sessions() as session:
            items = list(session.scalars(query))
        return items[:limit], len(items) > limit


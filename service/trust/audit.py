"""The decision log as a hash chain, its anchors outside the database, and its verification
(``tthc-rules audit verify``).

The chain
    Every entry of ``decision_log`` carries ``prev_hash``, the ``entry_hash`` of the entry
    before it (``GENESIS`` for the first), and its own ``entry_hash``: ``sha256:`` and the
    SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of its hashed fields.
    Version 1 (the entries logged before migration 0008) hashes

        {"seq", "decision_id", "logged_at", "source", "submission_id", "evaluated_on",
         "policies", "input_hash", "outcome", "rule_ids", "prev_hash"}

    and version 2 those and ``"hash_version"`` (2), ``"caller"`` (who asked: ``key:7``,
    ``local`` with authentication off, ``anonymous`` on the open pre-check page) and
    ``"verdict_hash"``: the SHA-256 of the canonical JSON of the verdict the evaluation gave,
    ``{"decision_id", "submission_id", "outcome", "evaluated_on", "policies", "findings",
    "registry_facts"}`` (``submission_id`` null for a pre-check), exactly what the
    ``verdicts`` table stores for a submission. (``logged_at`` in UTC as
    ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, ``evaluated_on`` as ``YYYY-MM-DD``.) The one-row table
    ``decision_log_head`` holds the last entry's ``seq`` and hash and the number of entries.

    Appending is serialised across processes and hosts: the first statement of the append
    is an ``UPDATE`` of the head row, which holds that row's lock (PostgreSQL) or the
    database's write lock (SQLite) until the transaction ends. The entry is written in the
    caller's transaction, so a stored submission, its verdict and its log entry commit or
    roll back together.

Anchors
    An anchor is the head at one moment, kept outside the database: ``{"seq", "entry_hash",
    "length", "at", "prev", "anchor_hash"}``, where ``anchor_hash`` is the SHA-256 of the
    canonical JSON of the other five and ``prev`` the ``anchor_hash`` of the anchor before
    it in the same file (null for the first, and for one served by ``GET
    /api/v1/audit/head``). Anchor files are JSON Lines, appended to under an exclusive
    ``flock``, never rewritten (:func:`append_anchor`); ``tthc-rules audit head`` appends
    one, and so does the service itself (:class:`AnchorPublisher`).

What :func:`verify` checks
    Every entry against its hash and the link to the one before; the head against the last
    entry; the stored verdict of every stored submission against its entry (version 2: its
    ``verdict_hash``; version 1: its outcome, date, packs and rules), the stored body
    against the entry's input hash, and that no stored verdict lacks an entry. With anchors,
    that the entry each anchor names is still there with the anchored hash: a log cut short
    (and its head updated to match) or rewritten from some entry on (every hash after it
    recomputed) differs from every anchor taken after that entry. The first anchored entry
    that differs is named, with the last anchored entry that still holds: the change began
    after it. Entries after the newest anchor are vouched for by no anchor yet:
    :attr:`Report.unanchored` counts them, and ``audit verify`` says so.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from service.storage.canonical import canonical_bytes
from service.storage.models import DecisionLogEntry, DecisionLogHead, Submission, Verdict

GENESIS = "sha256:" + "0" * 64
HEAD_ID = 1
HASH_VERSION = 2
HASHED_FIELDS_V1 = ("seq", "decision_id", "logged_at", "source", "submission_id",
                    "evaluated_on", "policies", "input_hash", "outcome", "rule_ids",
                    "prev_hash")
HASHED_FIELDS = {1: HASHED_FIELDS_V1,
                 2: HASHED_FIELDS_V1 + ("hash_version", "caller", "verdict_hash")}
VERDICT_FIELDS = ("decision_id", "submission_id", "outcome", "evaluated_on", "policies",
                  "findings", "registry_facts")
ANCHOR_FIELDS = ("seq", "entry_hash", "length", "at", "prev")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _digest(value: Any) -> str:
    """``sha256:`` and the SHA-256 of the canonical JSON of ``value``."""
    return "sha256:" + hashlib.sha256(canonical_bytes(value)).hexdigest()


def hashed_fields(entry: Any) -> dict:
    """What an entry's hash covers (``entry`` is a model, a row or anything with those
    attributes; without ``hash_version``, version 1)."""
    version = getattr(entry, "hash_version", None) or 1
    fields = {name: getattr(entry, name) for name in HASHED_FIELDS[version]}
    fields["logged_at"] = _utc(fields["logged_at"])
    if isinstance(fields["evaluated_on"], date):
        fields["evaluated_on"] = fields["evaluated_on"].isoformat()
    return fields


def entry_hash(entry: Any) -> str:
    return _digest(hashed_fields(entry))


def verdict_hash(verdict: Any, submission_id: str | None = None) -> str:
    """The hash of a verdict: a stored one (a :class:`Verdict` or a row with its columns), or
    the one an evaluation returned (a dict in the contract's shape, with ``submission_id``
    given apart)."""
    if isinstance(verdict, dict):
        values = {"decision_id": verdict["decision_id"], "submission_id": submission_id,
                  "outcome": verdict["outcome"], "evaluated_on": verdict["evaluated_on"],
                  "policies": verdict["policies"], "findings": verdict["findings"],
                  "registry_facts": verdict.get("registry_facts") or None}
    else:
        values = {name: getattr(verdict, name) for name in VERDICT_FIELDS}
    return _digest(values)


class ChainMissing(RuntimeError):
    """The database has no chain head: its schema is older than the hash chain."""


_ADVANCE = (update(DecisionLogHead.__table__).where(DecisionLogHead.id == HEAD_ID)
            .values(last_seq=DecisionLogHead.last_seq + 1, length=DecisionLogHead.length + 1)
            .returning(DecisionLogHead.last_seq, DecisionLogHead.last_hash))
# PostgreSQL, an entry whose commit need not wait for the disk: ``SET LOCAL
# synchronous_commit TO OFF`` said by the same statement (``set_config(…, true)`` is SET
# LOCAL), one round trip fewer.
_ADVANCE_ASYNC = _ADVANCE.returning(
    func.set_config("synchronous_commit", "off", True).label("synchronous_commit"))
_INSERT = insert(DecisionLogEntry.__table__)
_SEAL = (update(DecisionLogHead.__table__).where(DecisionLogHead.id == HEAD_ID)
         .values(last_hash=bindparam("entry_hash")))
_ENTRY_COLUMNS = tuple(c.key for c in DecisionLogEntry.__table__.columns)
# PostgreSQL: the insert and the head's new hash in one statement (a data-modifying WITH).
_INSERT_AND_SEAL = _SEAL.add_cte(
    insert(DecisionLogEntry.__table__).values(
        {c.key: bindparam(c.key, type_=c.type) for c in DecisionLogEntry.__table__.columns})
    .cte("logged"))


def append(session: Session | Connection, entry: DecisionLogEntry,
           asynchronous: bool = False) -> DecisionLogEntry:
    """Add ``entry`` (its ``caller`` and ``verdict_hash`` set) at the end of the chain, as a
    version-2 entry, in the transaction of ``session`` (an ORM session or a Core
    connection). ``asynchronous``: on PostgreSQL, the transaction's commit does not wait
    for the disk (for a pre-check's entry: ``Store.record_precheck``).

    Core statements (no ORM unit of work: this runs for every evaluation the service
    makes): the head's update, which takes its lock, then the insert and the head's new
    hash (one statement on PostgreSQL, two on SQLite).
    """
    connection = session.connection() if isinstance(session, Session) else session
    postgresql = connection.dialect.name == "postgresql"
    head = connection.execute(_ADVANCE_ASYNC if asynchronous and postgresql
                              else _ADVANCE).first()
    if head is None:
        raise ChainMissing("decision_log_head has no row: run `tthc-rules db upgrade`")
    entry.seq = head.last_seq
    entry.prev_hash = head.last_hash
    entry.hash_version = HASH_VERSION
    entry.entry_hash = entry_hash(entry)
    values = {name: getattr(entry, name) for name in _ENTRY_COLUMNS}
    if postgresql:
        connection.execute(_INSERT_AND_SEAL, values)
    else:
        connection.execute(_INSERT, values)
        connection.execute(_SEAL, {"entry_hash": entry.entry_hash})
    return entry


def chain(rows: Iterable[Any], prev: str = GENESIS) -> Iterator[tuple[Any, str, str]]:
    """``(row, prev_hash, entry_hash)`` of rows in ``seq`` order, chained from ``prev`` as
    version-1 entries (how the migration that introduced the chain hashed the entries
    already logged)."""
    for row in rows:
        values = {name: getattr(row, name) for name in HASHED_FIELDS_V1 if name != "prev_hash"}
        digest = entry_hash(SimpleNamespace(**values, prev_hash=prev))
        yield row, prev, digest
        prev = digest


def head_of(session: Session) -> DecisionLogHead:
    head = session.get(DecisionLogHead, HEAD_ID)
    if head is None:
        raise ChainMissing("decision_log_head has no row: run `tthc-rules db upgrade`")
    return head


# --- anchors ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Anchor:
    seq: int
    entry_hash: str
    length: int
    at: str
    prev: str | None = None
    where: str = ""  # the file and line it was read from, for messages

    def fields(self) -> dict:
        return {"seq": self.seq, "entry_hash": self.entry_hash, "length": self.length,
                "at": self.at, "prev": self.prev}

    @property
    def anchor_hash(self) -> str:
        return _digest(self.fields())

    def as_json(self) -> dict:
        return {**self.fields(), "anchor_hash": self.anchor_hash}

    def line(self) -> str:
        return json.dumps(self.as_json(), sort_keys=True, separators=(",", ":"))


def anchor_of(head: Any, prev: str | None = None, at: datetime | None = None) -> Anchor:
    """An anchor of ``head`` (a :class:`DecisionLogHead` or a row with its columns)."""
    return Anchor(seq=head.last_seq, entry_hash=head.last_hash, length=head.length,
                  at=_utc(at or datetime.now(UTC)), prev=prev)


def current_anchor(session: Session, prev: str | None = None) -> Anchor:
    return anchor_of(head_of(session), prev)


class AnchorError(ValueError):
    """A line of an anchor file that is not an anchor, or whose hash does not match."""


def parse_anchor(value: Any, where: str = "") -> Anchor:
    if not isinstance(value, dict):
        raise AnchorError(f"{where}: not an anchor (a JSON object is expected)")
    try:
        anchor = Anchor(seq=value["seq"], entry_hash=value["entry_hash"],
                        length=value["length"], at=value["at"], prev=value.get("prev"),
                        where=where)
    except KeyError as exc:
        raise AnchorError(f"{where}: not an anchor: {exc.args[0]} is missing") from None
    if not (isinstance(anchor.seq, int) and isinstance(anchor.length, int)
            and isinstance(anchor.entry_hash, str) and isinstance(anchor.at, str)
            and (anchor.prev is None or isinstance(anchor.prev, str))):
        raise AnchorError(f"{where}: not an anchor: a field has the wrong type")
    if value.get("anchor_hash") != anchor.anchor_hash:
        raise AnchorError(f"{where}: the anchor does not match its anchor_hash: it was "
                          f"changed after it was written")
    return anchor


def read_anchors(path: str | os.PathLike) -> tuple[list[Anchor], list[str]]:
    """The anchors of a file (JSON Lines as written by :func:`append_anchor`, or one saved
    answer of ``GET /api/v1/audit/head``, or a JSON list of them), and what is wrong with
    the file: damaged lines, and lines that do not follow the one before."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
    if isinstance(whole, (dict, list)):
        items = [(f"{path.name}", whole)] if isinstance(whole, dict) else \
            [(f"{path.name} item {i}", v) for i, v in enumerate(whole, 1)]
    else:
        items = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append((f"{path.name} line {number}", json.loads(line)))
            except ValueError:
                items.append((f"{path.name} line {number}", None))
    anchors, problems = [], []
    previous: Anchor | None = None
    for where, value in items:
        try:
            anchor = parse_anchor(value, where)
        except AnchorError as exc:
            problems.append(str(exc))
            previous = None
            continue
        if anchor.prev is not None and previous is not None \
                and anchor.prev != previous.anchor_hash:
            problems.append(f"{where}: does not follow the anchor before it: anchors were "
                            f"removed or reordered")
        anchors.append(anchor)
        previous = anchor
    return anchors, problems


def _last_line(handle) -> bytes:
    handle.seek(0, os.SEEK_END)
    end = handle.tell()
    position, chunk = end, b""
    while position > 0:
        step = min(4096, position)
        position -= step
        handle.seek(position)
        chunk = handle.read(step) + chunk
        if chunk.rstrip(b"\n").count(b"\n") >= 1:
            break
    lines = chunk.rstrip(b"\n").split(b"\n")
    return lines[-1] if lines else b""


def append_anchor(path: str | os.PathLike, head: Any,
                  min_interval: float | None = None) -> Anchor | None:
    """Append an anchor of ``head`` to the file, chained to its last line; under an
    exclusive lock, so that processes on one host (or sharing the file) append one at a
    time. Nothing is written when the last anchor has the same entry and hash, or, with
    ``min_interval``, when it is younger than that many seconds. Returns what was
    written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            last = None
            tail = _last_line(handle).strip()
            if tail:
                try:
                    last = parse_anchor(json.loads(tail), str(path))
                except (ValueError, AnchorError):
                    last = None  # a damaged last line: the next anchor starts a new chain
            if last is not None and last.seq == head.last_seq \
                    and last.entry_hash == head.last_hash:
                return None
            if last is not None and min_interval is not None:
                try:
                    age = (datetime.now(UTC) - datetime.strptime(
                        last.at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)).total_seconds()
                except ValueError:
                    age = float("inf")
                if 0 <= age < min_interval:
                    return None
            anchor = anchor_of(head, prev=last.anchor_hash if last else None)
            handle.seek(0, os.SEEK_END)
            handle.write(anchor.line().encode() + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
            return anchor
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class AnchorPublisher:
    """The service's own anchors: at most every ``interval`` seconds, a worker that handles a
    request reads the head and appends it to the anchor file when the log grew since the
    file's last anchor and that anchor is at least ``interval`` old. Request-driven (no
    thread, no timer), so it works alike with any number of gunicorn workers: the file lock
    and the age of the last anchor keep them from writing more than one anchor per
    interval on a host. Several hosts keep a file each (or share one on a file system with
    working ``flock``)."""

    def __init__(self, store, path: str | os.PathLike, interval: float) -> None:
        self.store = store
        self.path = Path(path)
        self.interval = interval
        self.checked_at = float("-inf")

    def due(self) -> bool:
        return time.monotonic() - self.checked_at >= self.interval

    def publish(self, logger) -> Anchor | None:
        self.checked_at = time.monotonic()
        try:
            with self.store.sessions() as session:
                head = head_of(session)
                values = SimpleNamespace(last_seq=head.last_seq, last_hash=head.last_hash,
                                         length=head.length)
            if values.last_seq == 0:
                return None
            written = append_anchor(self.path, values, self.interval)
        except Exception as exc:  # noqa: BLE001 - never fail a request for an anchor
            logger.warning("the decision log's anchor could not be written to %s: %s",
                           self.path, exc)
            return None
        if written is not None:
            logger.info("decision log anchored in %s: seq=%s %s", self.path, written.seq,
                        written.entry_hash)
        return written


# --- verification ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    seq: int | None          # the entry named (None: the head, or the log as a whole)
    decision_id: str | None
    kind: str    # altered, removed, head, verdict, body, truncated, rewritten
    detail: str

    def __str__(self) -> str:
        if self.seq is not None:
            who = f"entry seq={self.seq}" + (f" (decision {self.decision_id})"
                                             if self.decision_id else "")
        else:
            who = f"decision {self.decision_id}" if self.decision_id else "the chain head"
        return f"{who}: {self.kind}: {self.detail}"


@dataclass
class Report:
    entries: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS
    problems: list[Problem] = field(default_factory=list)
    anchors_checked: int = 0
    anchors_held: int = 0
    newest_anchor: Anchor | None = None  # the newest anchor that holds
    anchor_file_problems: list[str] = field(default_factory=list)
    verdicts_checked: int = 0
    bodies_checked: int = 0

    @property
    def intact(self) -> bool:
        return not self.problems and not self.anchor_file_problems

    @property
    def unanchored(self) -> int:
        """How many entries lie after the newest anchor that holds (all of them without
        one): a change to those would not show against any anchor yet."""
        newest = self.newest_anchor.seq if self.newest_anchor is not None else 0
        return max(0, self.last_seq - newest)


_LOG = [getattr(DecisionLogEntry, name) for name in
        HASHED_FIELDS[2] + ("entry_hash",) if name != "hash_version"] + \
    [func.coalesce(DecisionLogEntry.hash_version, 1).label("hash_version")]
_STORED = [Verdict.decision_id.label("v_decision_id"),
           Verdict.submission_id.label("v_submission_id"), Verdict.outcome.label("v_outcome"),
           Verdict.evaluated_on.label("v_evaluated_on"), Verdict.policies.label("v_policies"),
           Verdict.findings.label("v_findings"),
           Verdict.registry_facts.label("v_registry_facts"),
           Submission.body.label("s_body"), Submission.input_hash.label("s_input_hash")]


def _link_problem(prev: Any | None, row: Any) -> Problem:
    """What a broken link between ``prev`` (intact itself) and ``row`` means."""
    if prev is None:
        first = min(row.seq, 1)
        return Problem(first, None, "removed",
                       f"the log's first entries were removed: it starts at seq={row.seq}, "
                       f"whose prev_hash is not the chain's start")
    if row.seq == prev.seq + 1:
        return Problem(prev.seq, prev.decision_id, "altered",
                       f"entry seq={row.seq} does not follow it: it was changed and its "
                       f"hash recomputed")
    missing = (f"seq={prev.seq + 1}" if row.seq == prev.seq + 2
               else f"seq={prev.seq + 1}..{row.seq - 1}")
    return Problem(prev.seq + 1, None, "removed",
                   f"{missing} between seq={prev.seq} and seq={row.seq} is missing "
                   f"(seq={row.seq} does not follow seq={prev.seq})")


def _stored_verdict(row: Any) -> SimpleNamespace:
    return SimpleNamespace(decision_id=row.v_decision_id, submission_id=row.v_submission_id,
                           outcome=row.v_outcome, evaluated_on=row.v_evaluated_on,
                           policies=row.v_policies, findings=row.v_findings,
                           registry_facts=row.v_registry_facts)


def _verdict_problem(row: Any) -> Problem | None:
    """Whether the stored verdict of a stored submission is the one its entry logged: the
    entry's outcome, date, packs and rules, and (version 2) its ``verdict_hash``."""
    if row.v_decision_id is None:
        return Problem(row.seq, row.decision_id, "verdict",
                       "the verdict stored with its submission is missing")
    stored = _stored_verdict(row)
    if row.hash_version >= 2 and verdict_hash(stored) != row.verdict_hash:
        return Problem(row.seq, row.decision_id, "verdict",
                       f"the stored verdict (outcome {stored.outcome}) is not the one this "
                       f"entry logged: its verdict_hash differs")
    rules = list(dict.fromkeys(f.get("rule_id") for f in stored.findings or []
                               if isinstance(f, dict)))
    policies = [{"id": p.get("id"), "version": p.get("version")}
                for p in stored.policies or [] if isinstance(p, dict)]
    if (stored.outcome, stored.evaluated_on, rules, policies, stored.submission_id) != \
            (row.outcome, row.evaluated_on, row.rule_ids, row.policies, row.submission_id):
        return Problem(row.seq, row.decision_id, "verdict",
                       f"the stored verdict (outcome {stored.outcome}) differs from the "
                       f"outcome ({row.outcome}), date, packs or rules this entry logged")
    return None


def _body_problem(row: Any) -> Problem | None:
    from service.storage.store import input_hash  # the store imports this module

    if row.s_body is None:
        return None
    if input_hash(row.s_body) != row.input_hash or row.s_input_hash != row.input_hash:
        return Problem(row.seq, row.decision_id, "body",
                       "the stored submission is not the one this entry logged: its body "
                       "no longer gives the entry's input_hash")
    return None


def _check_anchors(report: Report, anchors: list[Anchor], held_hashes: dict[int, str],
                   last_seq: int) -> list[Problem]:
    """Each anchor against the entry it names; the first that differs, with the last
    anchored entry below it that still holds."""
    failing: list[tuple[Anchor, str | None]] = []
    holding: list[Anchor] = []
    for anchor in anchors:
        report.anchors_checked += 1
        now = held_hashes.get(anchor.seq)
        if now == anchor.entry_hash:
            holding.append(anchor)
            report.anchors_held += 1
        else:
            failing.append((anchor, now))
    if holding:
        report.newest_anchor = max(holding, key=lambda a: (a.seq, a.at))
    if not failing:
        return []
    anchor, now = min(failing, key=lambda f: (f[0].seq, f[0].at))
    below = [a.seq for a in holding if a.seq < anchor.seq]
    held = max(below, default=0)
    since = (f"the anchored entry seq={held} still holds, so the change began after it"
             if held else "no anchored entry before it holds")
    taken = (f"the anchor taken {anchor.at}" if anchor.at else "the anchor given") + \
        (f" ({anchor.where})" if anchor.where else "")
    if now is None and anchor.seq > last_seq:
        return [Problem(last_seq + 1, None, "truncated",
                        f"the log was cut short: {taken} names seq={anchor.seq} "
                        f"({anchor.entry_hash}) and {anchor.length} entries; the log ends at "
                        f"seq={last_seq}; {since}")]
    if now is None:
        return [Problem(anchor.seq, None, "removed",
                        f"{taken} names this entry ({anchor.entry_hash}); it is not in the "
                        f"log; {since}")]
    first = anchor.seq if held == anchor.seq - 1 else None
    span = (f"seq={anchor.seq} is the first that differs" if first is not None else
            f"the first entry that differs is one of seq={held + 1}..{anchor.seq}")
    return [Problem(anchor.seq, None, "rewritten",
                    f"its entry_hash is {now}, {taken} recorded {anchor.entry_hash}: the "
                    f"log was rewritten from some entry on and every hash after it "
                    f"recomputed; {since}: {span}")]


def verify(session: Session, anchors: dict[int, str] | Iterable[Anchor] | None = None,
           batch: int = 2000, limit: int = 20) -> Report:
    """Walk the chain in ``seq`` order; report at most ``limit`` problems, the first entry
    first. ``anchors``: :class:`Anchor` objects, or a map of ``seq`` to an ``entry_hash``
    recorded elsewhere."""
    report = Report()
    if isinstance(anchors, dict):
        anchors = [Anchor(seq, digest, 0, "") for seq, digest in anchors.items()]
    anchors = list(anchors or [])
    anchored = {a.seq for a in anchors}
    held_hashes: dict[int, str] = {}
    head = head_of(session)
    # Entries appended while we walk come after ``head``: only those up to it are checked.
    last = head.last_seq
    prev_hash, prev = GENESIS, None
    problems: list[Problem] = []

    def problem(p: Problem | None) -> None:
        if p is not None and len(problems) < limit:
            problems.append(p)

    query = (select(*_LOG, *_STORED)
             .outerjoin(Verdict, Verdict.decision_id == DecisionLogEntry.decision_id)
             .outerjoin(Submission, Submission.id == DecisionLogEntry.submission_id)
             .where(DecisionLogEntry.seq <= last)
             .order_by(DecisionLogEntry.seq).execution_options(yield_per=batch))
    for row in session.execute(query):
        report.entries += 1
        if entry_hash(row) != row.entry_hash:
            problem(Problem(row.seq, row.decision_id, "altered",
                            "its fields no longer match its entry_hash"))
        elif row.prev_hash != prev_hash:
            problem(_link_problem(prev, row))
        if row.source == "submission":
            report.verdicts_checked += row.v_decision_id is not None
            problem(_verdict_problem(row))
            report.bodies_checked += row.s_body is not None
            problem(_body_problem(row))
        if row.seq in anchored:
            held_hashes[row.seq] = row.entry_hash
        prev_hash, prev = row.entry_hash, row
    report.last_seq = prev.seq if prev is not None else 0
    report.last_hash = prev_hash
    if head.last_seq != report.last_seq or head.last_hash != prev_hash:
        if head.last_seq > report.last_seq:
            problem(Problem(report.last_seq + 1, None, "removed",
                            f"the log ends at seq={report.last_seq}, the chain head at "
                            f"seq={head.last_seq}: the last entries were removed"))
        else:
            problem(Problem(None, None, "head", f"the chain head (seq={head.last_seq}) does "
                                                f"not match the log's last entry"))
    elif head.length != report.entries and not problems:
        problem(Problem(None, None, "head", f"the chain head counts {head.length} entries, "
                                            f"the log has {report.entries}"))
    # An entry added after the head without going through the chain.
    beyond = session.scalar(select(func.max(DecisionLogEntry.seq)))
    if beyond is not None and beyond > session.scalar(
            select(DecisionLogHead.last_seq).where(DecisionLogHead.id == HEAD_ID)):
        problem(Problem(beyond, None, "altered", "an entry lies beyond the chain head: it "
                                                 "was not appended through the chain"))
    # A stored verdict that no entry logged.
    for decision_id in session.scalars(
            select(Verdict.decision_id).where(~select(DecisionLogEntry.seq).where(
                DecisionLogEntry.decision_id == Verdict.decision_id).exists()).limit(limit)):
        problem(Problem(None, decision_id, "verdict",
                        "a stored verdict that no decision-log entry logged"))
    for found in _check_anchors(report, anchors, held_hashes, report.last_seq):
        problem(found)
    report.problems = sorted(problems, key=lambda p: (p.seq is None, p.seq or 0))
    return report

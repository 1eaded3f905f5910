"""The decision log as a hash chain, and its verification (``tthc-rules audit verify``).

Every entry of ``decision_log`` carries ``prev_hash``, the ``entry_hash`` of the entry
before it (``GENESIS`` for the first), and its own ``entry_hash``: ``sha256:`` and the
SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of

    {"seq", "decision_id", "logged_at", "source", "submission_id", "evaluated_on",
     "policies", "input_hash", "outcome", "rule_ids", "prev_hash"}

(``logged_at`` in UTC as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, ``evaluated_on`` as
``YYYY-MM-DD``). The one-row table ``decision_log_head`` holds the last entry's ``seq``
and hash and the number of entries, so that removing entries from the end is caught too.

Appending is serialised across processes and hosts: the first statement of the append is
an ``UPDATE`` of the head row, which holds that row's lock (PostgreSQL) or the database's
write lock (SQLite) until the transaction ends; the next ``seq`` is the head's plus one.
The entry is written in the caller's transaction, so a stored submission, its verdict and
its log entry still commit or roll back together.

Changing a row in the database by hand shows: an altered entry no longer matches its hash;
a removed one breaks the link of the entry after it; a re-hashed one breaks the link of
the entry after it. Someone able to rewrite the whole table and its head consistently is
caught only by comparing with a hash recorded elsewhere: ``tthc-rules audit head`` prints
the current end of the chain, ``audit verify --anchor SEQ=HASH`` checks it is still there.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from service.storage.models import DecisionLogEntry, DecisionLogHead

GENESIS = "sha256:" + "0" * 64
HEAD_ID = 1
HASHED_FIELDS = ("seq", "decision_id", "logged_at", "source", "submission_id",
                 "evaluated_on", "policies", "input_hash", "outcome", "rule_ids", "prev_hash")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def hashed_fields(entry: Any) -> dict:
    """What an entry's hash covers (``entry`` is a model, a row or anything with those
    attributes)."""
    fields = {name: getattr(entry, name) for name in HASHED_FIELDS}
    fields["logged_at"] = _utc(fields["logged_at"])
    if isinstance(fields["evaluated_on"], date):
        fields["evaluated_on"] = fields["evaluated_on"].isoformat()
    return fields


def entry_hash(entry: Any) -> str:
    text = json.dumps(hashed_fields(entry), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False, allow_nan=False)
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


class ChainMissing(RuntimeError):
    """The database has no chain head: its schema is older than the hash chain."""


_ADVANCE = (update(DecisionLogHead.__table__).where(DecisionLogHead.id == HEAD_ID)
            .values(last_seq=DecisionLogHead.last_seq + 1, length=DecisionLogHead.length + 1)
            .returning(DecisionLogHead.last_seq, DecisionLogHead.last_hash))
_INSERT = insert(DecisionLogEntry.__table__)
_SEAL = (update(DecisionLogHead.__table__).where(DecisionLogHead.id == HEAD_ID)
         .values(last_hash=bindparam("entry_hash")))
_ENTRY_COLUMNS = tuple(c.key for c in DecisionLogEntry.__table__.columns)


def append(session: Session | Connection, entry: DecisionLogEntry) -> DecisionLogEntry:
    """Add ``entry`` at the end of the chain, in the transaction of ``session`` (an ORM
    session or a Core connection).

    Three Core statements (no ORM unit of work: this runs for every evaluation the service
    makes).
    """
    connection = session.connection() if isinstance(session, Session) else session
    head = connection.execute(_ADVANCE).first()
    if head is None:
        raise ChainMissing("decision_log_head has no row: run `tthc-rules db upgrade`")
    entry.seq = head.last_seq
    entry.prev_hash = head.last_hash
    entry.entry_hash = entry_hash(entry)
    connection.execute(_INSERT, {name: getattr(entry, name) for name in _ENTRY_COLUMNS})
    connection.execute(_SEAL, {"entry_hash": entry.entry_hash})
    return entry


def chain(rows: Iterable[Any], prev: str = GENESIS) -> Iterator[tuple[Any, str, str]]:
    """``(row, prev_hash, entry_hash)`` of rows in ``seq`` order, chained from ``prev``
    (how the migration that introduced the chain hashed the entries already logged)."""
    for row in rows:
        values = {name: getattr(row, name) for name in HASHED_FIELDS if name != "prev_hash"}
        digest = entry_hash(SimpleNamespace(**values, prev_hash=prev))
        yield row, prev, digest
        prev = digest


# --- verification ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    seq: int | None          # the entry named (None: the head, or the log's end)
    decision_id: str | None
    kind: str                # "altered", "removed", "head"
    detail: str

    def __str__(self) -> str:
        who = f"entry seq={self.seq}" if self.seq is not None else "the chain head"
        if self.decision_id:
            who += f" (decision {self.decision_id})"
        return f"{who}: {self.kind}: {self.detail}"


@dataclass
class Report:
    entries: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS
    problems: list[Problem] = field(default_factory=list)
    anchors_checked: int = 0

    @property
    def intact(self) -> bool:
        return not self.problems


_COLUMNS = [getattr(DecisionLogEntry, name) for name in HASHED_FIELDS] + \
    [DecisionLogEntry.entry_hash]


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


def verify(session: Session, anchors: dict[int, str] | None = None,
           batch: int = 2000, limit: int = 20) -> Report:
    """Walk the chain in ``seq`` order; report at most ``limit`` problems, the first one
    first. ``anchors`` maps ``seq`` to an ``entry_hash`` recorded elsewhere."""
    report = Report()
    anchors = dict(anchors or {})
    head = session.get(DecisionLogHead, HEAD_ID)
    if head is None:
        raise ChainMissing("decision_log_head has no row: run `tthc-rules db upgrade`")
    # Entries appended while we walk come after ``head``: only those up to it are checked.
    last = head.last_seq
    prev_hash, prev = GENESIS, None

    def problem(p: Problem) -> None:
        if len(report.problems) < limit:
            report.problems.append(p)

    query = (select(*_COLUMNS).where(DecisionLogEntry.seq <= last)
             .order_by(DecisionLogEntry.seq).execution_options(yield_per=batch))
    for row in session.execute(query):
        report.entries += 1
        if entry_hash(row) != row.entry_hash:
            problem(Problem(row.seq, row.decision_id, "altered",
                            "its fields no longer match its entry_hash"))
        elif row.prev_hash != prev_hash:
            problem(_link_problem(prev, row))
        if row.seq in anchors:
            report.anchors_checked += 1
            if anchors.pop(row.seq) != row.entry_hash:
                problem(Problem(row.seq, row.decision_id, "altered",
                                "its entry_hash differs from the anchor recorded for it"))
        prev_hash, prev = row.entry_hash, row
    report.last_seq = prev.seq if prev is not None else 0
    report.last_hash = prev_hash
    for seq in sorted(anchors):
        problem(Problem(seq, None, "removed", "an anchor names this entry; it is not in the "
                                              "log"))
    if head.last_seq != report.last_seq or head.last_hash != prev_hash:
        if head.last_seq > report.last_seq:
            problem(Problem(report.last_seq + 1, None, "removed",
                            f"the log ends at seq={report.last_seq}, the chain head at "
                            f"seq={head.last_seq}: the last entries were removed"))
        else:
            problem(Problem(None, None, "head", f"the chain head (seq={head.last_seq}) does "
                                                f"not match the log's last entry"))
    elif head.length != report.entries and not report.problems:
        problem(Problem(None, None, "head", f"the chain head counts {head.length} entries, "
                                            f"the log has {report.entries}"))
    # An entry added after the head without going through the chain.
    beyond = session.scalar(select(func.max(DecisionLogEntry.seq)))
    if beyond is not None and beyond > session.scalar(
            select(DecisionLogHead.last_seq).where(DecisionLogHead.id == HEAD_ID)):
        problem(Problem(beyond, None, "altered", "an entry lies beyond the chain head: it "
                                                 "was not appended through the chain"))
    return report


def head_of(session: Session) -> DecisionLogHead:
    head = session.get(DecisionLogHead, HEAD_ID)
    if head is None:
        raise ChainMissing("decision_log_head has no row: run `tthc-rules db upgrade`")
    return head

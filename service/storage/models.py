"""Tables: submissions, their verdicts, and the decision log of every evaluation.

The schema itself is created and changed only by the Alembic migrations under
``migrations/``; these models must agree with them (a test compares the two).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    SmallInteger,
    String,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """A point in time, stored as UTC; always read back timezone-aware (SQLite forgets)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give a timezone-aware one")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# An integer key that autoincrements on every database (SQLite wants INTEGER exactly).
SequenceKey = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention={"ix": "ix_%(column_0_label)s",
                                           "uq": "uq_%(table_name)s_%(column_0_name)s"})
    type_annotation_map: ClassVar[dict] = {datetime: UTCDateTime(), date: Date(), dict: JSON(), list: JSON()}


class Submission(Base):
    """A submission as evaluated (normalised body), with how it was received."""

    __tablename__ = "submissions"

    id: Mapped[str] = mapped_column(String(26), primary_key=True)  # ULID
    reference: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    submitter_code: Mapped[str | None] = mapped_column(String(50), index=True)
    submitted_on: Mapped[date]
    received_at: Mapped[datetime] = mapped_column(index=True)
    body: Mapped[dict]
    input_hash: Mapped[str] = mapped_column(String(80))
    # ``sha256:`` and the SHA-256 of the caller's scope and the Idempotency-Key it sent
    # (``service.storage.store.idempotency_digest``): one submission per key per caller.
    idempotency_key: Mapped[str | None] = mapped_column(String(255), unique=True)

    verdict: Mapped[Verdict] = relationship(back_populates="submission", lazy="raise")
    decisions: Mapped[list[DecisionLogEntry]] = relationship(
        order_by="DecisionLogEntry.seq", lazy="raise", viewonly=True)


class Verdict(Base):
    """The verdict given to a stored submission."""

    __tablename__ = "verdicts"

    decision_id: Mapped[str] = mapped_column(String(26), primary_key=True)
    submission_id: Mapped[str] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), unique=True)
    outcome: Mapped[str] = mapped_column(String(20), index=True)
    evaluated_on: Mapped[date]
    policies: Mapped[list]
    findings: Mapped[list]
    registry_facts: Mapped[list | None]  # facts the evaluation took from the registry

    submission: Mapped[Submission] = relationship(back_populates="verdict", lazy="raise")

    def as_contract(self, province: str | None = None) -> dict:
        """The verdict in the contract's shape; ``province``, when given, is the province the
        submission was evaluated for (its own, or the deployment's: not a column)."""
        verdict = {"decision_id": self.decision_id, "outcome": self.outcome,
                   "evaluated_on": self.evaluated_on.isoformat()}
        if province is not None:
            verdict["province"] = province
        verdict.update(policies=self.policies, findings=self.findings)
        if self.registry_facts:
            verdict["registry_facts"] = self.registry_facts
        return verdict


class DecisionLogEntry(Base):
    """One evaluation, whether a precheck or a stored submission.

    ``seq`` orders the log, and the entries form a hash chain in that order: ``entry_hash``
    covers the entry's fields and ``prev_hash``, the hash of the entry before it
    (``service.trust.audit``). From ``hash_version`` 2 on it covers ``caller`` and
    ``verdict_hash`` (the verdict the evaluation gave) too.
    """

    __tablename__ = "decision_log"

    seq: Mapped[int] = mapped_column(SequenceKey, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(String(26), unique=True)
    logged_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(20))  # "precheck" or "submission"
    submission_id: Mapped[str | None] = mapped_column(
        ForeignKey("submissions.id", ondelete="SET NULL"), index=True)
    evaluated_on: Mapped[date]
    policies: Mapped[list]  # [{"id", "version"}] of the packs applied
    input_hash: Mapped[str] = mapped_column(String(80))
    outcome: Mapped[str] = mapped_column(String(20))
    rule_ids: Mapped[list]  # the rules that fired, in the verdict's order, once each
    prev_hash: Mapped[str] = mapped_column(String(71))
    entry_hash: Mapped[str] = mapped_column(String(71))
    hash_version: Mapped[int] = mapped_column(SmallInteger, server_default="1")
    caller: Mapped[str | None] = mapped_column(String(60))  # "key:7", "local", "anonymous"
    verdict_hash: Mapped[str | None] = mapped_column(String(71))


class DecisionLogHead(Base):
    """The end of the decision log's hash chain: one row, locked by every append."""

    __tablename__ = "decision_log_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(BigInteger)  # 0 while the log is empty
    last_hash: Mapped[str] = mapped_column(String(71))
    length: Mapped[int] = mapped_column(BigInteger)


"""Registry tables: the TTHC, their approved internal procedures and electronic procedures.

Every registry row belongs to one province (``province``, a slug of
``policies/provinces.yaml``): national TTHC codes are the same everywhere, but each province
publishes them, approves their internal procedures and runs their electronic procedures on
its own, so a code held by two provinces is two separate histories. An internal or electronic
procedure is also kept per ``variant`` (the printed sub-case of a TTHC with several step
tables, compared as ``service.contract.schemas.variant_key`` reads it; ``""`` for none).

Every table keeps its history: a row is never changed once written, except to close it. A
new version of a TTHC (or of the internal or electronic procedure of a TTHC at one tier)
is a new row from ``valid_from``; the row it supersedes gets ``valid_to`` = that day and
stays. The version in force on a day D is the row with ``valid_from <= D`` and ``valid_to``
empty or ``> D``; at most one row per key has no ``valid_to`` (a partial unique index).

``Approval`` records the Chairman's decision on a stored submission (one per submission) and
what it did to the registry.

The schema is created by the Alembic migrations ``0002_registry``, ``0004_approvals`` and
``0007_registry_per_province``;
these models must agree with them (``tests/registry/test_registry_store.py`` compares them).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from service.storage.models import Base, SequenceKey

OPEN = text("valid_to IS NULL")


def _current_index(table: str, *columns: str) -> Index:
    return Index(f"uq_{table}_current", *columns, unique=True,
                 sqlite_where=OPEN, postgresql_where=OPEN)


class _Versioned:
    """Columns every registry version has."""
    id: Mapped[int] = mapped_column(SequenceKey, primary_key=True, autoincrement=True)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    recorded_at: Mapped[datetime]
    source: Mapped[str | None] = mapped_column(String(500))  # file, row or submission
    province: Mapped[str] = mapped_column(String(40))  # the province's slug


class RegistryProcedure(_Versioned, Base):
    """One version of a published TTHC."""

    __tablename__ = "registry_procedures"
    __table_args__ = (_current_index("registry_procedures", "province", "code"),
                      Index("ix_registry_procedures_code", "province", "code"))

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text)
    field: Mapped[str | None] = mapped_column(String(300))
    managing_agency: Mapped[str | None] = mapped_column(String(300))
    handling_agency: Mapped[str | None] = mapped_column(String(300))
    tiers: Mapped[list]
    reception: Mapped[str | None] = mapped_column(String(40))
    time_limit_value: Mapped[float | None] = mapped_column(Float)
    time_limit_unit: Mapped[str | None] = mapped_column(String(20))
    time_limit_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))  # in_force | abolished
    change: Mapped[str | None] = mapped_column(String(20))
    decision_number: Mapped[str | None] = mapped_column(String(100))
    decision_date: Mapped[date | None]
    # How the published list's row was read, where a reading is an assumption (notes of
    # ``service.registry.importer``, in Vietnamese); None when no list row wrote it.
    readings: Mapped[list | None]


class RegistryInternalProcedure(_Versioned, Base):
    """One version of the approved internal procedure of a TTHC at one tier."""

    __tablename__ = "registry_internal_procedures"
    __table_args__ = (_current_index("registry_internal_procedures", "province", "code", "tier",
                                     "variant"),
                      Index("ix_registry_internal_procedures_code", "province", "code", "tier"))

    code: Mapped[str] = mapped_column(String(40))
    tier: Mapped[str] = mapped_column(String(20))
    variant: Mapped[str] = mapped_column(String(300))  # variant_key(); "" for none
    decision_number: Mapped[str | None] = mapped_column(String(100))
    decision_date: Mapped[date | None]
    steps: Mapped[list]  # contract Steps, in order; [] when the decision's table is not held
    step_count: Mapped[int] = mapped_column(Integer)
    counted_hours: Mapped[float] = mapped_column(Float)
    needs_amendment: Mapped[bool] = mapped_column(Boolean)  # §QTNB-7


class RegistryElectronicProcedure(_Versioned, Base):
    """One version of the electronic procedure of a TTHC at one tier."""

    __tablename__ = "registry_electronic_procedures"
    __table_args__ = (_current_index("registry_electronic_procedures", "province", "code", "tier",
                                     "variant"),
                      Index("ix_registry_electronic_procedures_code", "province", "code", "tier"))

    code: Mapped[str] = mapped_column(String(40))
    tier: Mapped[str] = mapped_column(String(20))
    variant: Mapped[str] = mapped_column(String(300))  # variant_key(); "" for none
    platform: Mapped[str] = mapped_column(String(40))  # shared_one_stop | other
    scope: Mapped[str] = mapped_column(String(20))  # tier_wide | single_unit
    national_portal_connected: Mapped[bool | None] = mapped_column(Boolean)
    based_on_decision: Mapped[str | None] = mapped_column(String(100))


class Approval(Base):
    """The Chairman's decision on a stored submission, and what the registry took from it."""

    __tablename__ = "approvals"

    id: Mapped[int] = mapped_column(SequenceKey, primary_key=True, autoincrement=True)
    submission_id: Mapped[str] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), unique=True)
    province: Mapped[str] = mapped_column(String(40))  # the submission's province
    decision_number: Mapped[str] = mapped_column(String(100))
    decided_on: Mapped[date]
    approved_by: Mapped[dict]  # contract Agency
    recorded_at: Mapped[datetime]
    effects: Mapped[list]  # what the registry recorded, retired or flagged


class RegistryGeneration(Base):
    """One row: a counter that triggers move on every write to the three registry tables
    (migration 0006), so that a worker knows when what it read is out of date."""

    __tablename__ = "registry_generation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    generation: Mapped[int] = mapped_column(BigInteger)


REGISTRY_TABLES = (RegistryProcedure.__tablename__, RegistryInternalProcedure.__tablename__,
                   RegistryElectronicProcedure.__tablename__, Approval.__tablename__,
                   RegistryGeneration.__tablename__)

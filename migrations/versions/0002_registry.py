"""The procedure registry: TTHC, approved internal procedures, electronic procedures,
each with its history (``valid_from``/``valid_to``; one open row per key).

Revision ID: 0002_registry
Revises: 0001
Create Date: 2025-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_registry"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)
SEQUENCE_KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
OPEN = sa.text("valid_to IS NULL")


def _versioned(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", SEQUENCE_KEY, primary_key=True, autoincrement=True),
        sa.Column("code", sa.String(40), nullable=False),
        *columns,
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("recorded_at", UTC_DATETIME, nullable=False),
        sa.Column("source", sa.String(500), nullable=True),
    )


def upgrade() -> None:
    _versioned(
        "registry_procedures",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("field", sa.String(300), nullable=True),
        sa.Column("managing_agency", sa.String(300), nullable=True),
        sa.Column("handling_agency", sa.String(300), nullable=True),
        sa.Column("tiers", sa.JSON(), nullable=False),
        sa.Column("reception", sa.String(40), nullable=True),
        sa.Column("time_limit_value", sa.Float(), nullable=True),
        sa.Column("time_limit_unit", sa.String(20), nullable=True),
        sa.Column("time_limit_text", sa.Text(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("change", sa.String(20), nullable=True),
        sa.Column("decision_number", sa.String(100), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
    )
    op.create_index("ix_registry_procedures_code", "registry_procedures", ["code"])
    op.create_index("uq_registry_procedures_current", "registry_procedures", ["code"],
                    unique=True, sqlite_where=OPEN, postgresql_where=OPEN)

    _versioned(
        "registry_internal_procedures",
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("decision_number", sa.String(100), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("step_count", sa.Integer(), nullable=False),
        sa.Column("counted_hours", sa.Float(), nullable=False),
        sa.Column("needs_amendment", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_registry_internal_procedures_code", "registry_internal_procedures",
                    ["code", "tier"])
    op.create_index("uq_registry_internal_procedures_current", "registry_internal_procedures",
                    ["code", "tier"], unique=True, sqlite_where=OPEN, postgresql_where=OPEN)

    _versioned(
        "registry_electronic_procedures",
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("platform", sa.String(40), nullable=False),
        sa.Column("scope", sa.String(20), nullable=False),
        sa.Column("national_portal_connected", sa.Boolean(), nullable=True),
        sa.Column("based_on_decision", sa.String(100), nullable=True),
    )
    op.create_index("ix_registry_electronic_procedures_code", "registry_electronic_procedures",
                    ["code", "tier"])
    op.create_index("uq_registry_electronic_procedures_current",
                    "registry_electronic_procedures", ["code", "tier"], unique=True,
                    sqlite_where=OPEN, postgresql_where=OPEN)


def downgrade() -> None:
    op.drop_table("registry_electronic_procedures")
    op.drop_table("registry_internal_procedures")
    op.drop_table("registry_procedures")

"""Approvals: the Chairman's decision recorded on a stored submission (one per submission),
with what the procedure registry took from it.

Revision ID: 0004_approvals
Revises: 0003_trust
Create Date: 2026-01-12
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_approvals"
down_revision = "0003_trust"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)
SEQUENCE_KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "approvals",
        sa.Column("id", SEQUENCE_KEY, primary_key=True, autoincrement=True),
        sa.Column("submission_id", sa.String(26),
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("decision_number", sa.String(100), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("approved_by", sa.JSON(), nullable=False),
        sa.Column("recorded_at", UTC_DATETIME, nullable=False),
        sa.Column("effects", sa.JSON(), nullable=False),
        sa.UniqueConstraint("submission_id", name="uq_approvals_submission_id"),
    )


def downgrade() -> None:
    op.drop_table("approvals")

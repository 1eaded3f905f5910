"""Submissions, their verdicts, and the decision log.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)
SEQUENCE_KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "submissions",
        sa.Column("id", sa.String(26), primary_key=True),
        sa.Column("reference", sa.String(100), nullable=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("submitter_code", sa.String(50), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("received_at", UTC_DATETIME, nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("input_hash", sa.String(80), nullable=False),
        sa.Column("idempotency_key", sa.String(255), nullable=True),
        sa.UniqueConstraint("idempotency_key", name="uq_submissions_idempotency_key"),
    )
    op.create_index("ix_submissions_kind", "submissions", ["kind"])
    op.create_index("ix_submissions_submitter_code", "submissions", ["submitter_code"])
    op.create_index("ix_submissions_received_at", "submissions", ["received_at"])
    op.create_table(
        "verdicts",
        sa.Column("decision_id", sa.String(26), primary_key=True),
        sa.Column("submission_id", sa.String(26),
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("policies", sa.JSON(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.UniqueConstraint("submission_id", name="uq_verdicts_submission_id"),
    )
    op.create_index("ix_verdicts_outcome", "verdicts", ["outcome"])
    op.create_table(
        "decision_log",
        sa.Column("seq", SEQUENCE_KEY, primary_key=True, autoincrement=True),
        sa.Column("decision_id", sa.String(26), nullable=False),
        sa.Column("logged_at", UTC_DATETIME, nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("submission_id", sa.String(26),
                  sa.ForeignKey("submissions.id", ondelete="SET NULL"), nullable=True),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("policies", sa.JSON(), nullable=False),
        sa.Column("input_hash", sa.String(80), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("rule_ids", sa.JSON(), nullable=False),
        sa.UniqueConstraint("decision_id", name="uq_decision_log_decision_id"),
    )
    op.create_index("ix_decision_log_submission_id", "decision_log", ["submission_id"])


def downgrade() -> None:
    op.drop_table("decision_log")
    op.drop_table("verdicts")
    op.drop_table("submissions")

"""A stored verdict keeps the facts its evaluation took from the procedure registry.

Revision ID: 0005_verdict_registry_facts
Revises: 0004_approvals
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_verdict_registry_facts"
down_revision = "0004_approvals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("verdicts") as batch:
        batch.add_column(sa.Column("registry_facts", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("verdicts") as batch:
        batch.drop_column("registry_facts")

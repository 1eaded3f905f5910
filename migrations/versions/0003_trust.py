"""Trust: the decision log as a hash chain (``prev_hash``, ``entry_hash``, the one-row
``decision_log_head``), API keys, and the policy generations every worker follows.

Entries already logged are chained in ``seq`` order as they stand.

Revision ID: 0003_trust
Revises: 0002_registry
Create Date: 2026-01-10
"""
import sqlalchemy as sa
from alembic import op

from service.trust.audit import GENESIS, HEAD_ID, chain
from service.storage.models import UTCDateTime

revision = "0003_trust"
down_revision = "0002_registry"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)
SEQUENCE_KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
HASH = sa.String(71)

_log = sa.table(
    "decision_log",
    sa.column("seq", SEQUENCE_KEY), sa.column("decision_id", sa.String()),
    sa.column("logged_at", UTCDateTime()), sa.column("source", sa.String()),
    sa.column("submission_id", sa.String()), sa.column("evaluated_on", sa.Date()),
    sa.column("policies", sa.JSON()), sa.column("input_hash", sa.String()),
    sa.column("outcome", sa.String()), sa.column("rule_ids", sa.JSON()),
    sa.column("prev_hash", HASH), sa.column("entry_hash", HASH))


def _chain_existing_entries() -> tuple[int, str, int]:
    connection = op.get_bind()
    rows = connection.execute(sa.select(_log).order_by(_log.c.seq)).all()
    last_seq, last_hash = 0, GENESIS
    for row, prev, digest in chain(rows):
        connection.execute(_log.update().where(_log.c.seq == row.seq)
                           .values(prev_hash=prev, entry_hash=digest))
        last_seq, last_hash = row.seq, digest
    return last_seq, last_hash, len(rows)


def upgrade() -> None:
    op.add_column("decision_log", sa.Column("prev_hash", HASH, nullable=True))
    op.add_column("decision_log", sa.Column("entry_hash", HASH, nullable=True))
    last_seq, last_hash, length = _chain_existing_entries()
    with op.batch_alter_table("decision_log") as batch:
        batch.alter_column("prev_hash", existing_type=HASH, nullable=False)
        batch.alter_column("entry_hash", existing_type=HASH, nullable=False)
    head = op.create_table(
        "decision_log_head",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", HASH, nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(head, [{"id": HEAD_ID, "last_seq": last_seq, "last_hash": last_hash,
                           "length": length}])

    op.create_table(
        "api_keys",
        sa.Column("id", SEQUENCE_KEY, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("agency", sa.String(50), nullable=True),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("hint", sa.String(12), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("revoked_at", UTC_DATETIME, nullable=True),
        sa.UniqueConstraint("token_hash", name="uq_api_keys_token_hash"),
    )
    op.create_table(
        "policy_reloads",
        sa.Column("generation", SEQUENCE_KEY, primary_key=True, autoincrement=True),
        sa.Column("requested_at", UTC_DATETIME, nullable=False),
        sa.Column("requested_by", sa.String(120), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("policy_reloads")
    op.drop_table("api_keys")
    op.drop_table("decision_log_head")
    with op.batch_alter_table("decision_log") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")

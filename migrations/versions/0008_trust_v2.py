"""Trust v2: decision-log entries that cover their verdict and name their caller;
idempotency keys scoped by caller; the last good policy sets, kept by version.

* ``decision_log``: ``hash_version`` (1 for the entries logged before, hashed as they were;
  2 from now on), ``caller`` and ``verdict_hash``, both covered by a version-2 entry's hash.
  Entries already logged keep their hashes: rehashing them would rewrite the history the
  chain vouches for.
* ``submissions.idempotency_key`` now holds ``sha256:`` and the SHA-256 of the caller's
  scope and the key it sent (``service.storage.store.idempotency_digest``), so that the
  unique constraint holds per caller. The keys already stored are scoped by their
  submission's agency, as a submitter key's are from now on.
* ``policy_snapshots``: the texts of the rule files of every policy set that compiled,
  keyed by its version (``service.trust.reload``).

Only ``down_revision`` names the revision before; nothing else here depends on it.

Revision ID: 0008_trust_v2
Revises: 0006_registry_generation
Create Date: 2026-11-28
"""
import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0008_trust_v2"
down_revision = "0007"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)
HASH = sa.String(71)

_submissions = sa.table("submissions", sa.column("id", sa.String()),
                        sa.column("submitter_code", sa.String()),
                        sa.column("idempotency_key", sa.String()))


def _digest(scope: str, key: str) -> str:
    """As ``service.storage.store.idempotency_digest`` (copied: a migration keeps the
    meaning it had when it was written)."""
    return "sha256:" + hashlib.sha256(f"{scope}\0{key}".encode()).hexdigest()


def upgrade() -> None:
    op.add_column("decision_log", sa.Column("hash_version", sa.SmallInteger(),
                                            nullable=False, server_default="1"))
    op.add_column("decision_log", sa.Column("caller", sa.String(60), nullable=True))
    op.add_column("decision_log", sa.Column("verdict_hash", HASH, nullable=True))

    connection = op.get_bind()
    rows = connection.execute(sa.select(_submissions).where(
        _submissions.c.idempotency_key.is_not(None))).all()
    for row in rows:
        scope = f"agency:{row.submitter_code or ''}"
        connection.execute(_submissions.update().where(_submissions.c.id == row.id)
                           .values(idempotency_key=_digest(scope, row.idempotency_key)))

    op.create_table(
        "policy_snapshots",
        sa.Column("version", HASH, primary_key=True),
        sa.Column("packs", sa.JSON(), nullable=False),
        sa.Column("root", sa.String(200), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("recorded_at", UTC_DATETIME, nullable=False),
        sa.Column("recorded_by", sa.String(120), nullable=False),
    )
    op.create_index("ix_policy_snapshots_recorded_at", "policy_snapshots", ["recorded_at"])


def downgrade() -> None:
    op.drop_index("ix_policy_snapshots_recorded_at", "policy_snapshots")
    op.drop_table("policy_snapshots")
    # The keys stored from now on cannot be read back from their digests: they are dropped
    # (a retry with one of them stores the submission again). Entries of hash version 2
    # no longer verify once their columns are gone: downgrading gives up their proof.
    connection = op.get_bind()
    connection.execute(_submissions.update().values(idempotency_key=None))
    with op.batch_alter_table("decision_log") as batch:
        batch.drop_column("verdict_hash")
        batch.drop_column("caller")
        batch.drop_column("hash_version")

"""Hardening: a decision log that cannot be edited in place, sessions that end at logout, and
rate-limit counters that several workers and hosts can share.

* PostgreSQL: triggers refuse ``UPDATE``, ``DELETE`` and ``TRUNCATE`` on ``decision_log``
  and on what its entries vouch for, ``verdicts`` and ``submissions``. The service only
  ever inserts into them; a change made by hand now has to drop or disable the triggers
  first, which needs the tables' owner (run the service as a role that is not: README,
  «The database role»). SQLite has no roles: whoever can write the file can drop a
  trigger, so there the anchors are what shows an edit.
* ``api_keys.session_generation``: a page's session holds the generation of its key as it
  signed in; logging out moves it on, so a copy of the cookie taken before stops working.
* ``rate_limits``: fixed-window counters (``service.trust.limits``), used when
  ``TTHC_RATE_LIMIT_STORAGE=database``.

Only ``down_revision`` names the revision before; nothing else here depends on it.

Revision ID: 0009_hardening
Revises: 0008_trust_v2
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0009_hardening"
down_revision = "0008_trust_v2"
branch_labels = None
depends_on = None

APPEND_ONLY = ("decision_log", "verdicts", "submissions")
REFUSE = """CREATE FUNCTION tthc_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is refused: the decision log and what it vouches for are append-only',
    TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$"""


def upgrade() -> None:
    op.add_column("api_keys", sa.Column("session_generation", sa.Integer(), nullable=False,
                                        server_default="0"))
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False))
    op.create_index("ix_rate_limits_expires_at", "rate_limits", ["expires_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(REFUSE)
        for name in APPEND_ONLY:
            op.execute(f"""CREATE TRIGGER {name}_append_only BEFORE UPDATE OR DELETE ON {name}
                           FOR EACH ROW EXECUTE FUNCTION tthc_append_only()""")
            op.execute(f"""CREATE TRIGGER {name}_no_truncate BEFORE TRUNCATE ON {name}
                           FOR EACH STATEMENT EXECUTE FUNCTION tthc_append_only()""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in APPEND_ONLY:
            op.execute(f"DROP TRIGGER {name}_no_truncate ON {name}")
            op.execute(f"DROP TRIGGER {name}_append_only ON {name}")
        op.execute("DROP FUNCTION tthc_append_only()")
    op.drop_index("ix_rate_limits_expires_at", "rate_limits")
    op.drop_table("rate_limits")
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("session_generation")

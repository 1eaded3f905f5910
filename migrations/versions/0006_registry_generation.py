"""The registry's generation: a counter that every write to a registry table moves.

A worker keeps what it has read from the registry while the generation stays the same
(``service.registry.cache``). Triggers move it, in the writing transaction, so no write
can be missed: not the service's, not one made by hand in the database.

Revision ID: 0006_registry_generation
Revises: 0005_verdict_registry_facts
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_registry_generation"
down_revision = "0005_verdict_registry_facts"
branch_labels = None
depends_on = None

TABLES = ("registry_procedures", "registry_internal_procedures",
          "registry_electronic_procedures")
BUMP = "UPDATE registry_generation SET generation = generation + 1 WHERE id = 1"


def upgrade() -> None:
    table = op.create_table(
        "registry_generation",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("generation", sa.BigInteger(), nullable=False))
    op.bulk_insert(table, [{"id": 1, "generation": 1}])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION registry_generation_bump() RETURNS trigger
                       LANGUAGE plpgsql AS $$ BEGIN {BUMP}; RETURN NULL; END $$""")
        for name in TABLES:
            op.execute(f"""CREATE TRIGGER {name}_generation
                           AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {name}
                           FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump()""")
    else:
        for name in TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"""CREATE TRIGGER {name}_generation_{event}
                               AFTER {event.upper()} ON {name} BEGIN {BUMP}; END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in TABLES:
            op.execute(f"DROP TRIGGER {name}_generation ON {name}")
        op.execute("DROP FUNCTION registry_generation_bump()")
    else:
        for name in TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER {name}_generation_{event}")
    op.drop_table("registry_generation")

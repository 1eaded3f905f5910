"""The registry per province: every TTHC row, internal and electronic procedure, and approval
belongs to one province; internal and electronic procedures are also kept per variant.

Existing rows: before this revision a deployment held one registry, its own. Every existing
registry row and approval therefore goes to the deployment's default province, the setting
``TTHC_PROVINCE`` when the migration runs (``vinh-phuc`` when it is not set; see
``service.engine.jurisdiction.default_province``). Existing internal and electronic
procedures get the variant ``""`` (none).

A TTHC version also keeps ``readings``: how the published list's row was read, where a
reading is an assumption (null for versions written before, or by an approval).

Keys: at most one open row (``valid_to IS NULL``) per (province, code) for a TTHC, and per
(province, code, tier, variant) for an internal or electronic procedure.

Downgrading is refused while the registry holds more than one province (the old keys could
not hold them without losing rows).

Revision ID: 0007
Revises: 0006_registry_generation
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

from service.engine.jurisdiction import default_province

revision = "0007"
down_revision = "0006_registry_generation"
branch_labels = None
depends_on = None

OPEN = sa.text("valid_to IS NULL")
PROCEDURES = "registry_procedures"
PER_TIER = ("registry_internal_procedures", "registry_electronic_procedures")
TABLES = (PROCEDURES, *PER_TIER)
BUMP = "UPDATE registry_generation SET generation = generation + 1 WHERE id = 1"
EVENTS = ("insert", "update", "delete")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _drop_sqlite_triggers() -> None:
    """SQLite rebuilds a table to change a column, and its triggers go with the old table:
    they are dropped first and made again afterwards (as migration 0006 made them)."""
    if _sqlite():
        for name in TABLES:
            for event in EVENTS:
                op.execute(f"DROP TRIGGER IF EXISTS {name}_generation_{event}")


def _create_sqlite_triggers() -> None:
    if _sqlite():
        for name in TABLES:
            for event in EVENTS:
                op.execute(f"""CREATE TRIGGER {name}_generation_{event}
                               AFTER {event.upper()} ON {name} BEGIN {BUMP}; END""")


def _indexes(table: str, columns: list[str]) -> None:
    op.create_index(f"ix_{table}_code", table, columns[:-1] if table in PER_TIER else columns)
    op.create_index(f"uq_{table}_current", table, columns, unique=True,
                    sqlite_where=OPEN, postgresql_where=OPEN)


def _drop_indexes(table: str) -> None:
    op.drop_index(f"uq_{table}_current", table_name=table)
    op.drop_index(f"ix_{table}_code", table_name=table)


def upgrade() -> None:
    province = default_province()
    _drop_sqlite_triggers()
    for table in TABLES:
        _drop_indexes(table)
    for table in (*TABLES, "approvals"):
        # Added with a default, so that existing rows take it; the default then goes: every
        # new row says its province.
        op.add_column(table, sa.Column("province", sa.String(40), nullable=False,
                                       server_default=province))
        if table in PER_TIER:
            op.add_column(table, sa.Column("variant", sa.String(300), nullable=False,
                                           server_default=""))
        with op.batch_alter_table(table) as batch:
            batch.alter_column("province", server_default=None, existing_nullable=False,
                               existing_type=sa.String(40))
            if table in PER_TIER:
                batch.alter_column("variant", server_default=None, existing_nullable=False,
                                   existing_type=sa.String(300))
    op.add_column(PROCEDURES, sa.Column("readings", sa.JSON(), nullable=True))
    _indexes(PROCEDURES, ["province", "code"])
    for table in PER_TIER:
        _indexes(table, ["province", "code", "tier", "variant"])
    _create_sqlite_triggers()
    op.execute(BUMP)  # what workers hold was read without provinces


def downgrade() -> None:
    bind = op.get_bind()
    held: set[str] = set()
    for table in (*TABLES, "approvals"):
        held |= set(bind.scalars(sa.text(f"SELECT DISTINCT province FROM {table}")))
    if len(held) > 1:
        raise RuntimeError(f"the registry holds {len(held)} provinces "
                           f"({', '.join(sorted(held))}): downgrading below revision 0007 "
                           "would mix their histories")
    for table in PER_TIER:
        if bind.scalar(sa.text(f"SELECT COUNT(*) FROM {table} WHERE valid_to IS NULL "
                               "GROUP BY code, tier HAVING COUNT(*) > 1 LIMIT 1")):
            raise RuntimeError(f"{table} holds several variants in force for one TTHC and "
                               "tier: downgrading below revision 0007 would lose them")
    _drop_sqlite_triggers()
    for table in TABLES:
        _drop_indexes(table)
    for table in (*TABLES, "approvals"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("province")
            if table in PER_TIER:
                batch.drop_column("variant")
            if table == PROCEDURES:
                batch.drop_column("readings")
    op.create_index(f"ix_{PROCEDURES}_code", PROCEDURES, ["code"])
    op.create_index(f"uq_{PROCEDURES}_current", PROCEDURES, ["code"], unique=True,
                    sqlite_where=OPEN, postgresql_where=OPEN)
    for table in PER_TIER:
        op.create_index(f"ix_{table}_code", table, ["code", "tier"])
        op.create_index(f"uq_{table}_current", table, ["code", "tier"], unique=True,
                        sqlite_where=OPEN, postgresql_where=OPEN)
    _create_sqlite_triggers()
    op.execute(BUMP)

"""Migration 0007: a registry written before provinces goes, whole, to the default province;
the keys of open rows include the province (and the variant per tier)."""

from datetime import date

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from service.storage import Store
from service.storage.migrate import alembic_config

pytestmark = [pytest.mark.database, pytest.mark.empty_database]

BEFORE = "0006_registry_generation"
ROWS = [
    """INSERT INTO registry_procedures (code, name, tiers, status, valid_from, recorded_at)
       VALUES ('1.000001', 'Cấp phép X', '["province"]', 'in_force', '2025-01-01',
               '2025-01-01 00:00:00+00:00')""",
    """INSERT INTO registry_internal_procedures (code, tier, decision_number, steps,
       step_count, counted_hours, needs_amendment, valid_from, recorded_at)
       VALUES ('1.000001', 'province', '1/QĐ-UBND', '[]', 0, 0, false, '2025-01-01',
               '2025-01-01 00:00:00+00:00')""",
    """INSERT INTO registry_electronic_procedures (code, tier, platform, scope, valid_from,
       recorded_at)
       VALUES ('1.000001', 'province', 'other', 'tier_wide', '2025-01-01',
               '2025-01-01 00:00:00+00:00')""",
    """INSERT INTO submissions (id, kind, submitted_on, received_at, body, input_hash)
       VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FAV', 'internal_procedure', '2025-01-01',
               '2025-01-01 00:00:00+00:00', '{}', 'x')""",
    """INSERT INTO approvals (submission_id, decision_number, decided_on, approved_by,
       recorded_at, effects)
       VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FAV', '1/QĐ-UBND', '2025-01-02', '{}',
               '2025-01-02 00:00:00+00:00', '[]')""",
]
TABLES = ("registry_procedures", "registry_internal_procedures",
          "registry_electronic_procedures", "approvals")


@pytest.fixture
def old_store(database_url):
    store = Store(database_url)
    store.upgrade(BEFORE)
    with store.engine.begin() as connection:
        for statement in ROWS:
            connection.execute(text(statement))
    yield store
    store.dispose()


def _values(store, column: str, table: str) -> set:
    with store.engine.connect() as connection:
        return set(connection.scalars(text(f"SELECT {column} FROM {table}")))


def generation(store) -> int:
    with store.engine.connect() as connection:
        return connection.scalar(text("SELECT generation FROM registry_generation"))


@pytest.mark.parametrize("setting, province", [(None, "vinh-phuc"), ("nghe-an", "nghe-an")])
def test_existing_rows_go_to_the_default_province(old_store, monkeypatch, setting, province):
    if setting:
        monkeypatch.setenv("TTHC_PROVINCE", setting)
    else:
        monkeypatch.delenv("TTHC_PROVINCE", raising=False)
    before = generation(old_store)
    old_store.upgrade()
    for table in TABLES:
        assert _values(old_store, "province", table) == {province}, table
    for table in TABLES[1:3]:
        assert _values(old_store, "variant", table) == {""}
    assert generation(old_store) > before  # workers drop what they read before


def test_the_keys_include_the_province_and_the_variant(old_store):
    old_store.upgrade()
    insert = ("INSERT INTO registry_internal_procedures (province, code, tier, variant, steps, "
              "step_count, counted_hours, needs_amendment, valid_from, recorded_at) VALUES "
              "(:province, '1.000001', 'province', :variant, '[]', 0, 0, false, '2025-02-01', "
              "'2025-02-01 00:00:00+00:00')")
    with old_store.engine.begin() as connection:  # another province, another variant: fine
        connection.execute(text(insert), {"province": "cao-bang", "variant": ""})
        connection.execute(text(insert), {"province": "vinh-phuc", "variant": "Cấp lại"})
    with pytest.raises(IntegrityError), old_store.engine.begin() as connection:
        connection.execute(text(insert), {"province": "vinh-phuc", "variant": ""})
    with pytest.raises(IntegrityError), old_store.engine.begin() as connection:
        connection.execute(text("INSERT INTO registry_procedures (province, code, name, "
                                "tiers, status, valid_from, recorded_at) VALUES ('vinh-phuc', "
                                "'1.000001', 'X', '[]', 'in_force', '2025-03-01', "
                                "'2025-03-01 00:00:00+00:00')"))
    with pytest.raises(IntegrityError), old_store.engine.begin() as connection:
        connection.execute(text("INSERT INTO registry_procedures (code, name, tiers, status, "
                                "valid_from, recorded_at) VALUES ('1.000002', 'X', '[]', "
                                "'in_force', '2025-03-01', '2025-03-01 00:00:00+00:00')"))


def test_triggers_still_move_the_generation(old_store):
    old_store.upgrade()
    before = generation(old_store)
    with old_store.engine.begin() as connection:
        connection.execute(text("UPDATE registry_electronic_procedures SET scope = 'single_unit'"))
    assert generation(old_store) == before + 1


def _downgrade(store) -> None:
    # the later revisions first, on their own: SQLite runs DDL outside a transaction, so a
    # refusal below revision 0007 must not find them half undone
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0007")
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), BEFORE)


def test_downgrading_is_refused_while_two_provinces_are_held(old_store):
    old_store.upgrade()
    from service.registry.store import RegistryStore

    RegistryStore(old_store).record_electronic_procedure(
        "1.000001", "province", "other", valid_from=date(2025, 3, 1), province="cao-bang")
    with pytest.raises(RuntimeError, match="2 provinces"):
        _downgrade(old_store)
    with old_store.engine.begin() as connection:
        connection.execute(text("DELETE FROM registry_electronic_procedures "
                                "WHERE province = 'cao-bang'"))
    _downgrade(old_store)
    assert _values(old_store, "code", "registry_procedures") == {"1.000001"}
    old_store.upgrade()  # and up again
    assert _values(old_store, "province", "registry_procedures") == {"vinh-phuc"}

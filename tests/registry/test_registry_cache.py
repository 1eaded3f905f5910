"""A worker's registry cache: the generation moves on every write, whoever makes it, and the
cache answers exactly as the store does."""

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from generators.registry_sample import procedures_document
from service.registry.cache import RegistryCache
from service.registry.importer import parse_file
from service.registry.procedure_file import parse_procedure_file
from service.storage import Store

pytestmark = pytest.mark.database

DATA = Path(__file__).resolve().parent / "data"
STEPS = [{"order": 1, "action": "Tiếp nhận", "responsible": "Trung tâm PVHCC tỉnh",
          "duration": {"value": 4, "unit": "working_hours"}},
         {"order": 2, "action": "Thẩm định", "responsible": "Phòng chuyên môn",
          "duration": {"value": 5, "unit": "working_days"}}]


def generation(store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(text("SELECT generation FROM registry_generation")).scalar()


def contents(view) -> tuple:
    """Everything a view holds, comparable."""
    return ({k: v for k, v in view.procedures.items() if v},
            {k: v for k, v in view.internal.items() if v},
            {k: v for k, v in view.electronic.items() if v}, view.internal_codes)


@pytest.fixture
def sample(reg):
    parsed = parse_file(DATA / "sample_tthc_list.csv")
    reg.import_list(parsed)
    document = procedures_document(parsed.rows, seed=3)
    reg.import_procedures(parse_procedure_file(json.dumps(document, ensure_ascii=False),
                                               "procs.json"))
    return [row.code for row in parsed.rows]


def test_every_write_to_the_registry_moves_the_generation(store, reg, database_url):
    seen = [generation(store)]

    def moved():
        seen.append(generation(store))
        return seen[-1] > seen[-2]

    assert reg.record_internal_procedure("1.000001", "province", "10/QĐ-UBND",
                                         date(2025, 8, 1), STEPS) == "created"
    assert moved()  # insert
    assert reg.record_internal_procedure("1.000001", "province", "20/QĐ-UBND",
                                         date(2025, 9, 1), STEPS[:1]) == "superseded"
    assert moved()  # update of the old version, insert of the new
    assert reg.flag_needs_amendment("1.000001", "province", date(2025, 10, 1)) != "missing"
    assert moved()
    reg.record_electronic_procedure("1.000001", "province", "igate",
                                    valid_from=date(2025, 10, 2))
    assert moved()
    # By hand, from another connection pool: an update, then a delete.
    other = Store(database_url)
    with other.engine.begin() as connection:
        connection.execute(text("UPDATE registry_internal_procedures SET step_count = 9"))
    assert moved()
    with other.engine.begin() as connection:
        connection.execute(text("DELETE FROM registry_electronic_procedures"))
    assert moved()
    other.dispose()
    reads = generation(store)
    reg.view(["1.000001"])
    assert generation(store) == reads  # reading moves nothing


def test_the_cache_answers_as_the_store_does(store, reg, sample):
    cache = RegistryCache(store)
    groups = [sample[:5], sample[5:6], sample[100:140], ["1.999999"], sample[:5] + ["9.999999"],
              sample]
    for codes in groups + groups:
        assert contents(cache.view(codes)) == contents(reg.view(codes))
    assert cache.misses == len(set(sample) | {"1.999999", "9.999999"})
    assert cache.hits > cache.misses


def test_a_write_elsewhere_is_seen_at_the_next_evaluation(store, reg, sample, database_url):
    cache = RegistryCache(store)
    code = next(c for c in sample if reg.view([c]).internal_codes)
    tier = next(iter(reg.view([code]).internal))[2]  # (province, code, tier)
    before = cache.view([code]).internal_procedure(code, tier, date(2026, 1, 1))
    assert cache.view([code]).internal_procedure(code, tier, date(2026, 1, 1)) == before
    assert (cache.hits, cache.misses) == (1, 1)
    other = Store(database_url)  # another worker, another host: same database
    with other.engine.begin() as connection:
        connection.execute(text("UPDATE registry_internal_procedures SET step_count = 77 "
                                "WHERE code = :code"), {"code": code})
    other.dispose()
    after = cache.view([code]).internal_procedure(code, tier, date(2026, 1, 1))
    assert after.step_count == 77 != before.step_count
    assert cache.misses == 2


def test_without_the_generation_table_nothing_is_kept(store, reg, sample):
    with store.engine.begin() as connection:
        connection.execute(text("DROP TABLE registry_generation"))
    cache = RegistryCache(store)
    for _ in range(2):
        assert contents(cache.view(sample[:10])) == contents(reg.view(sample[:10]))
    assert cache.generation is None and (cache.hits, cache.misses) == (0, 0)


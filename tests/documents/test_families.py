"""The reader on the families of made-up decisions (``generators.decision_families``), in
Word and in HTML: each family varies one way real decisions vary, and each case says what a
careful reader takes from it. Every draft is built and read once per module."""

from __future__ import annotations

import re
from functools import cache

import pytest

from generators import decision_families as families
from generators.decisions import as_file
from service.documents import read_files

from .conftest import TODAY, assert_contract

FORMATS = ("docx", "html")


@cache
def family(name: str) -> list:
    return getattr(families, name)()


@cache
def read(name: str, k: int, fmt: str) -> dict:
    _, draft, _ = family(name)[k]
    out = read_files([as_file(draft, fmt)], today=TODAY)
    assert_contract(out)
    return out


def cases(name: str):
    return [pytest.param(name, k, fmt, id=f"{case}.{fmt}")
            for k, (case, _, _) in enumerate(family(name)) for fmt in FORMATS]


@pytest.mark.parametrize("name, k, fmt", cases("proposals"))
def test_the_proposal_in_every_printed_form(name, k, fmt):
    out, (_, _, want) = read(name, k, fmt), family(name)[k]
    sub = out["submission"]
    assert sub["reference"] == want["reference"]
    assert sub["submitted_on"] == want["date"]
    assert sub["submitter"] == {"name": want["agency"], "type": "department"}
    assert want["document"] in sub["documents"]
    other = {"to_trinh", "proposal_letter"} - {want["document"]}
    assert not other & set(sub["documents"])
    proposed = out["reading"]["files"][0]["proposed_by"]
    assert proposed["document_type"] == want["document_type"]
    assert "submitted_on_decision" not in [n["kind"] for n in out["reading"]["notes"]]


@pytest.mark.parametrize("name, k, fmt", cases("publication_lists"))
def test_each_listed_procedure_has_the_change_of_its_part(name, k, fmt):
    out, (_, _, want) = read(name, k, fmt), family(name)[k]
    sub = out["submission"]
    assert sub["kind"] == "publication"
    assert {p["code"]: p["change"] for p in sub["procedures"]} == want["changes"]
    notes = [n for n in out["reading"]["notes"] if n["kind"] == "change"]
    assert sorted(c for n in notes for c in n["procedure_codes"]) == sorted(want["changes"])
    assert not [n for n in out["reading"]["notes"] if n["kind"].startswith("change_")]


def read_ips(out: dict) -> list[dict]:
    return [{"code": ip["procedure_code"], "tier": ip["tier"], "variant": ip.get("variant"),
             "steps": [(s["duration"]["value"], s["duration"]["unit"]) if s.get("duration")
                       else (None, s["counted"]) for s in ip["steps"]],
             **({"time_limit": ip["time_limit"]} if "time_limit" in ip else {})}
            for ip in out["submission"].get("internal_procedures", [])]


def assert_ips(out: dict, want: dict) -> None:
    got = read_ips(out)
    expected = want["ips"]
    strip = [{k: v for k, v in ip.items() if k != "time_limit" or "time_limit" in exp}
             for ip, exp in zip(got, expected)]
    assert strip == expected, got
    assert len(got) == len(expected)
    if "time_limit" in want:
        assert all(ip["time_limit"] == want["time_limit"] for ip in got)
    if "changes" in want:
        assert {p["code"]: p.get("change") for p in out["submission"]["procedures"]} == \
            want["changes"]
    assert not [u for u in out["reading"]["unplaced"] if u["kind"] == "table"]


@pytest.mark.parametrize("name, k, fmt", cases("case_headings"))
def test_numbered_cases_under_a_procedure_are_its_variants(name, k, fmt):
    assert_ips(read(name, k, fmt), family(name)[k][2])


@pytest.mark.parametrize("name, k, fmt", cases("combined_tiers"))
def test_one_table_for_two_tiers_is_one_procedure_per_tier(name, k, fmt):
    out = read(name, k, fmt)
    assert_ips(out, family(name)[k][2])
    for t in out["reading"]["tables"]:  # phase rows and part totals are never steps
        assert all(re.match(r"(Bước )?\d", s["label"]) for s in t["steps"]), t["steps"]


@pytest.mark.parametrize("name, k, fmt", cases("alternative_paths"))
def test_alternative_paths_are_variants_with_their_own_time_limits(name, k, fmt):
    out = read(name, k, fmt)
    assert_ips(out, family(name)[k][2])
    assert all(t["agrees"] is not False for t in out["reading"]["totals"]), \
        out["reading"]["totals"]


@pytest.mark.parametrize("name, k, fmt", cases("path_columns"))
def test_paths_printed_as_time_columns_are_variants_with_their_own_totals(name, k, fmt):
    out = read(name, k, fmt)
    assert_ips(out, family(name)[k][2])
    assert all(t["agrees"] is not False for t in out["reading"]["totals"]), \
        out["reading"]["totals"]
    for t in out["reading"]["tables"]:  # the second header row is not a step
        assert all(re.match(r"(Bước )?\d", s["label"]) for s in t["steps"]), t["steps"]


@pytest.mark.parametrize("name, k, fmt", cases("headerless_tables"))
def test_a_step_table_without_a_header_row_is_read_never_skipped(name, k, fmt):
    out, want = read(name, k, fmt), family(name)[k][2]
    if want.get("unplaced"):  # no code anywhere: shown as unplaced, an open point
        assert not out["submission"].get("internal_procedures")
        assert len([u for u in out["reading"]["unplaced"] if u["kind"] == "table"]) == \
            want["unplaced"]
        assert [p["kind"] for p in out["submission"]["open_points"]] == ["unplaced_table"]
    else:
        assert_ips(out, want)
    assert "table_not_steps" not in [n["kind"] for n in out["reading"]["notes"]]
    assert "table_without_header" in [n["kind"] for n in out["reading"]["notes"]]


@pytest.mark.parametrize("name, k, fmt", cases("code_places"))
def test_a_code_printed_anywhere_places_the_table(name, k, fmt):
    assert_ips(read(name, k, fmt), family(name)[k][2])


@pytest.mark.parametrize("name, k, fmt", cases("case_tiers"))
def test_a_case_that_names_its_tier_is_that_tiers_only(name, k, fmt):
    assert_ips(read(name, k, fmt), family(name)[k][2])


@pytest.mark.parametrize("name, k, fmt", cases("city_tiers"))
def test_a_citys_tier_is_the_province_tier(name, k, fmt):
    assert_ips(read(name, k, fmt), family(name)[k][2])


@pytest.mark.parametrize("name, k, fmt", cases("bare_totals"))
def test_a_bare_total_takes_the_unit_of_its_header(name, k, fmt):
    out, want = read(name, k, fmt), family(name)[k][2]
    assert_ips(out, want)
    ip = out["submission"]["internal_procedures"][0]
    assert ip.get("time_limit") == want["limit"]


@pytest.mark.parametrize("name, k, fmt", cases("merged_names"))
def test_a_name_merged_down_the_steps_leaves_the_total_its_own(name, k, fmt):
    out = read(name, k, fmt)
    assert_ips(out, family(name)[k][2])
    for t in out["reading"]["tables"]:  # the total row is the total, never a step
        assert all(re.match(r"(Bước )?\d", s["label"]) for s in t["steps"]), t["steps"]
        assert [x["agrees"] for x in t["totals"]] == [True], t["totals"]


@pytest.mark.parametrize("name, k, fmt", cases("tracked_changes"))
def test_tracked_changes_are_read_as_made_the_deleted_words_never(name, k, fmt):
    out, want = read(name, k, fmt), family(name)[k][2]
    assert_ips(out, want)
    assert all(t["agrees"] is not False for t in out["reading"]["totals"]), \
        out["reading"]["totals"]
    assert not out["submission"].get("open_points")
    assert out["submission"]["reference"] == want["reference"]
    assert out["submission"]["submitted_on"] == want["date"]


# Words of the data format a person must never read in a Vietnamese note.
CONTRACT_WORDS = re.compile(
    r"\b(new|amended|replaced|abolished|listed|unchanged|province|district|commune|"
    r"working_days|working_hours|to_trinh|proposal_letter|ppc\w*|on_behalf|by_order|"
    r"by_authorisation|for_committee|publication|internal_procedures?|open_points?|"
    r"submitted_on|procedure_code|unplaced_table|total_differs|provincial_centre|null|"
    r"true|false)\b")
FAMILIES = ("proposals", "publication_lists", "case_headings", "combined_tiers",
            "alternative_paths", "path_columns", "code_places",
            "headerless_tables", "case_tiers", "city_tiers", "bare_totals", "merged_names",
            "tracked_changes")


@pytest.mark.parametrize("name", FAMILIES)
def test_notes_say_what_the_document_says_in_vietnamese_once(name):
    for k in range(len(family(name))):
        notes = read(name, k, "docx")["reading"]["notes"]
        for n in notes:
            assert not CONTRACT_WORDS.search(n["message"]["vi"]), n["message"]["vi"]
            assert n["message"]["en"]
        said = [(n["kind"], n["message"]["vi"], n.get("place")) for n in notes]
        assert len(said) == len(set(said)), [x for x in said if said.count(x) > 1]

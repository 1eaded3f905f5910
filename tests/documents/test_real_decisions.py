"""The four real decisions of November 2025 read exactly as a careful reader reads them
(``*.expected.json``), in Word and in HTML: header, signature, proposal, and every step
table with its code (or shown as unplaced), tier, case, and every step as printed."""

from __future__ import annotations

import json
import re

import pytest

from service.documents import read_paths

from .conftest import TODAY, assert_contract, real_decisions_dir

FOLDER = real_decisions_dir()
STEMS = sorted(p.name[: -len(".expected.json")] for p in FOLDER.glob("*.expected.json"))


@pytest.fixture(scope="module", params=[(s, f) for s in STEMS for f in ("docx", "html")],
                ids=lambda p: f"{p[0]}.{p[1]}")
def reading(request):
    stem, fmt = request.param
    expected = json.loads((FOLDER / f"{stem}.expected.json").read_text(encoding="utf-8"))
    expected["slug"] = re.match(r"(.+)-\d+-\d{4}$", stem)[1]
    return expected, read_paths([FOLDER / f"{stem}.{fmt}"], today=TODAY)


def test_the_header_signature_and_proposal(reading):
    expected, out = reading
    decision, sub = expected["decision"], out["submission"]
    front = out["reading"]["files"][0]
    assert front["number"] == decision["number"]
    assert front["date"] == decision["date"]
    assert front["signature"]["signed_as"] == decision["signature"]["signed_as"]
    assert front["signature"]["lines_as_printed"] == decision["signature"]["lines_as_printed"]
    assert front["signature"]["name"] == decision["signature"]["name"]
    assert sub["approver"] == {"type": "ppc_chairman",
                               "signed_as": decision["signature"]["signed_as"],
                               "signer": f"{decision['signature']['title']} "
                                         f"{decision['signature']['name']}"}
    assert sub["province"] == expected["slug"]
    proposal = decision["proposed_by"]
    assert sub["submitter"] == {"name": proposal["agency"], "type": "department"}
    assert sub["reference"] == proposal["reference"]
    assert sub["submitted_on"] == proposal["date"]
    assert front["proposed_by"]["document_type"] == proposal["document_type"]
    assert front["proposed_by"]["proposer_title"] == proposal["proposer_title"]


def test_every_step_table_as_printed(reading):
    expected, out = reading
    tables = out["reading"]["tables"]
    assert len(tables) == len(expected["internal_procedures"])
    for exp, got in zip(expected["internal_procedures"], tables):
        assert got["variant"] == exp["variant"]
        assert ";".join(got["tiers"]) == exp["tier_norm"]
        codes = [p["procedure_code"] for p in got["placed_as"]]
        assert codes == ([exp["procedure_code"]] * len(got["tiers"])
                         if exp["procedure_code"] else [])
        assert [(s["label"], s["action"], s["responsible"], s["duration_text"], s["duration"],
                 s["counted"]) for s in got["steps"]] == [
            (s["label"], s["action"], s["responsible"] or "", s["duration_text"], s["duration"],
             s["counted"]) for s in exp["steps"]]


def test_coded_procedures_are_internal_procedures_and_the_rest_unplaced(reading):
    expected, out = reading
    sub, read = out["submission"], out["reading"]
    coded = [ip for ip in expected["internal_procedures"] if ip["procedure_code"]]
    got = sub.get("internal_procedures", [])
    assert [(ip["procedure_code"], ip["tier"]) for ip in got] == [
        (ip["procedure_code"], ip["tier_norm"]) for ip in coded]
    for exp, ip in zip(coded, got):
        assert [(s.get("duration"), s["counted"]) for s in ip["steps"]] == [
            (s["duration"], s["counted"]) for s in exp["steps"]]
        assert ip["steps"][0]["action"] == exp["steps"][0]["action"]
    uncoded = [ip for ip in expected["internal_procedures"] if not ip["procedure_code"]]
    assert len(read["unplaced"]) == len(uncoded)
    for u, exp in zip(read["unplaced"], uncoded):
        assert len(u["steps"]) == len(exp["steps"])
    assert_contract(out)


def test_printed_totals_are_compared_with_the_steps(reading):
    _, out = reading
    whole = [t for t in out["reading"]["totals"] if t["scope"] == "whole" and t["printed"]]
    assert whole, "every real table prints its total"
    for t in whole:  # the four decisions add up
        assert t["agrees"] is True, t


def test_the_time_limit_of_each_table(reading):
    expected, out = reading
    by_code = {ip["procedure_code"]: ip for ip in out["submission"].get("internal_procedures", [])}
    for exp in expected["internal_procedures"]:
        if exp["procedure_code"] in by_code and exp.get("time_limit"):
            got = by_code[exp["procedure_code"]]["time_limit"]
            hours = got["value"] * (8 if got["unit"] == "working_days" else 1)
            want = exp["time_limit"]["value"] * (
                8 if exp["time_limit"]["unit"] == "working_days" else 1)
            assert hours == want


def test_the_real_decisions_are_all_read():
    assert len(STEMS) >= 4, f"no real decisions in {FOLDER}"

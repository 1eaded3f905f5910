"""POST /api/v1/prechecks: the verdict, the pack versions, the decision log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from service.contract.schemas import load_submission
from service.engine import get_engine
from service.storage import input_hash
from service.storage.models import DecisionLogEntry, Submission

URL = "/api/v1/prechecks"
EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))


def without_id(verdict: dict) -> dict:
    return {k: v for k, v in verdict.items() if k != "decision_id"}


@pytest.mark.database
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_gets_the_engines_verdict(client, example, path):
    body = example(path.name)
    response = client.post(URL, json=body)
    assert response.status_code == 200
    verdict = response.get_json()
    expected = get_engine().evaluate(load_submission(body))
    assert without_id(verdict) == without_id(expected)
    assert verdict["outcome"] in ("accepted", "needs_review", "rejected", "no_policy")
    versions = ",".join(f"{p['id']}={p['version']}" for p in verdict["policies"])
    assert response.headers["X-Policy-Versions"] == versions


@pytest.mark.database
def test_the_contract_example_is_accepted_under_four_packs(client, example):
    response = client.post(URL, json=example())
    verdict = response.get_json()
    assert verdict["outcome"] == "accepted"
    assert verdict["evaluated_on"] == "2020-03-02"
    assert verdict["province"] == "vinh-phuc"
    assert [p["id"] for p in verdict["policies"]] == ["vinhphuc-9579", "vn-approval",
                                                      "vn-one-stop", "vn-registry"]
    header = response.headers["X-Policy-Versions"]
    assert header.startswith("vinhphuc-9579=sha256:") and ",vn-one-stop=sha256:" in header


@pytest.mark.database
def test_a_dossier_of_another_province_gets_the_national_packs(client, example):
    verdict = client.post(URL, json={**example(), "province": "cao-bang"}).get_json()
    assert verdict["province"] == "cao-bang"
    assert [p["id"] for p in verdict["policies"]] == ["vn-approval", "vn-one-stop",
                                                      "vn-registry"]


@pytest.mark.database
def test_a_rejected_submission_explains_its_findings(client, example):
    verdict = client.post(URL, json=example("publication-missing-internal-procedure.json")) \
        .get_json()
    assert verdict["outcome"] == "rejected"
    finding = next(f for f in verdict["findings"] if f["rule_id"] == "QTNB-08")
    assert finding["severity"] == "error"
    assert finding["subject"]["path"].startswith("procedures.")
    assert finding["message"]["vi"] and finding["message"]["en"]
    assert finding["legal_basis"]["document"] == "9579/UBND-KSTT"
    assert finding["legal_basis"]["quote"]


@pytest.mark.database
def test_no_policy_in_force_gives_an_empty_versions_header(client, example):
    response = client.post(URL, json=example("before-any-policy.json"))
    assert response.get_json()["outcome"] == "no_policy"
    assert response.headers["X-Policy-Versions"] == ""


@pytest.mark.database
def test_the_same_submission_gives_the_same_verdict_byte_for_byte(client, example):
    first = client.post(URL, json=example("internal-procedure-amendment.json")).get_json()
    second = client.post(URL, json=example("internal-procedure-amendment.json")).get_json()
    assert first["decision_id"] != second["decision_id"]
    assert without_id(first) == without_id(second)


@pytest.mark.database
def test_a_precheck_stores_only_its_decision_log_entry(client, example, store):
    body = example("publication-missing-internal-procedure.json")
    verdict = client.post(URL, json=body).get_json()
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Submission)) == 0
        entry = session.scalars(select(DecisionLogEntry)).one()
    assert entry.decision_id == verdict["decision_id"]
    assert entry.source == "precheck" and entry.submission_id is None
    assert entry.outcome == "rejected"
    assert entry.input_hash == input_hash(load_submission(body))
    assert entry.policies == [{"id": p["id"], "version": p["version"]}
                              for p in verdict["policies"]]
    assert entry.rule_ids == list(dict.fromkeys(f["rule_id"] for f in verdict["findings"]))
    assert entry.logged_at.tzinfo is not None


@pytest.mark.database
def test_null_and_blank_optional_fields_read_as_absent(client, example):
    sent, omitted = example(), example()
    sent["reference"] = None
    sent["approver"] = None
    sent["procedures"][0]["field"] = "   "
    sent["internal_procedures"][0]["steps"][0]["responsible"] = ""
    for body, key in ((omitted, "reference"), (omitted, "approver"),
                      (omitted["procedures"][0], "field"),
                      (omitted["internal_procedures"][0]["steps"][0], "responsible")):
        del body[key]
    response = client.post(URL, json=sent)
    assert response.status_code == 200
    assert without_id(response.get_json()) == \
        without_id(client.post(URL, json=omitted).get_json())


@pytest.mark.database
def test_the_registry_is_read_through_the_workers_cache(app, client, example):
    cache = app.extensions["tthc-rules"]["registry"]
    body = example("publication-new-and-amended.json")
    for _ in range(3):
        assert client.post(URL, json=body).status_code == 200
    codes = {p["code"] for p in body["procedures"]}
    assert cache.misses == len(codes) and cache.hits == 2 * len(codes)


# --- contract v1.2 ---------------------------------------------------------------------------

@pytest.mark.database
def test_open_points_make_the_verdict_at_best_needs_review(client, example):
    body = example()
    body["open_points"] = [
        {"kind": "unplaced_table", "place": "tệp du-thao.docx, bảng 5",
         "heading": "Quy trình giải quyết thủ tục"},
        {"kind": "total_differs", "place": "tệp du-thao.docx, bảng 2",
         "procedure_code": body["procedures"][0]["code"], "tier": "province",
         "printed": {"value": 27, "unit": "working_days"},
         "summed": {"value": 15, "unit": "working_days"}}]
    verdict = client.post(URL, json=body).get_json()
    assert verdict["outcome"] == "needs_review"
    read = [(f["rule_id"], f["subject"]["path"]) for f in verdict["findings"]]
    assert read == [("READ-01", "open_points.0"), ("READ-02", "open_points.1")]
    assert "reading" in [p["id"] for p in verdict["policies"]]
    assert verdict["findings"][1]["facts"]["printed_hours"] == 216
    plain = client.post(URL, json=example()).get_json()
    assert plain["outcome"] == "accepted" and \
        "reading" not in [p["id"] for p in plain["policies"]]


@pytest.mark.database
def test_the_values_of_contract_v1_2_are_taken(client, example):
    body = example()
    body["addressed_to"] = {"type": "ppc", "name": "Ủy ban nhân dân tỉnh"}
    body["approver"] = {"type": "ppc_chairman", "signed_as": "by_authorisation"}
    body["documents"] = ["proposal_letter", "draft_publication_decision",
                         "draft_internal_procedure_decision"]
    verdict = client.post(URL, json=body).get_json()
    assert verdict["outcome"] == "needs_review"
    assert sorted(f["rule_id"] for f in verdict["findings"]) == ["QTNB-13", "QTNB-15"]

"""Catalogue v2 in the engine: jurisdiction, legal bases with their own dates, exact totals,
variants, how a decision is signed, the district level, and words for people."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from service.contract.schemas import load_submission
from service.engine import get_engine
from service.engine.facts import build_facts, name_key
from service.engine.policy import cites, load_policies
from service.engine.wording import (
    duration,
    duration_of,
    fact_label,
    fact_value,
    place_name,
    wording,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def example(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def evaluate(raw: dict, as_of: date | None = None) -> dict:
    return get_engine().evaluate(load_submission(raw), as_of)


def ids(verdict: dict) -> set[str]:
    return {f["rule_id"] for f in verdict["findings"]}


# --- jurisdiction ----------------------------------------------------------------------------

def test_a_cao_bang_dossier_gets_the_national_packs_only():
    raw = example("publication-missing-internal-procedure.json")
    vinh_phuc = evaluate(raw)
    cao_bang = evaluate({**raw, "province": "cao-bang"})
    assert "vinhphuc-9579" in {p["id"] for p in vinh_phuc["policies"]}
    # v3: the approval dossier (vn-approval) is national too
    assert {p["id"] for p in cao_bang["policies"]} == {"vn-approval", "vn-one-stop",
                                                       "vn-registry"}
    assert cao_bang["province"] == "cao-bang" and cao_bang["outcome"] == "accepted"
    assert "QTNB-08" in ids(vinh_phuc) and not ids(cao_bang) & {"QTNB-08", "QTNB-09"}


def test_the_deployment_province_applies_when_the_dossier_names_none(monkeypatch):
    raw = example("publication-missing-internal-procedure.json")
    monkeypatch.setenv("TTHC_PROVINCE", "cao-bang")
    verdict = evaluate(raw)
    assert verdict["province"] == "cao-bang" and verdict["outcome"] == "accepted"
    assert evaluate({**raw, "province": "vinh-phuc"})["outcome"] == "rejected"


def test_no_pack_for_the_day_and_province_is_no_policy():
    raw = {**example("before-any-policy.json"), "province": "cao-bang"}
    verdict = evaluate(raw)
    assert verdict["outcome"] == "no_policy" and verdict["policies"] == []
    assert verdict["province"] == "cao-bang"
    assert get_engine().check(load_submission(raw)) == ("no_policy", [])


def test_every_fact_carries_the_province_and_variants_are_normalised():
    raw = example("other-province-lang-son.json")
    raw["internal_procedures"][0]["variant"] = " a)  Trường hợp\u00a0không thành lập hội đồng "
    facts = build_facts(load_submission(raw), date(2025, 11, 15))
    assert {f["province"] for f in facts} == {"lang-son"}
    assert facts[2]["variant"] == "a) Trường hợp không thành lập hội đồng"


# --- legal bases -----------------------------------------------------------------------------

def test_every_rule_cites_some_text_on_every_day_of_its_window():
    policies = load_policies()
    days = sorted({d for r in policies.rules for b in r.legal_basis
                   for d in (b.get("in_force_from"), b.get("in_force_until")) if d}
                  | {r.valid_from for r in policies.rules})
    for rule in policies.rules:
        for day in (d for d in days if rule.in_force(d)):
            assert any(cites(b, day, "cao-bang", kind) or cites(b, day, "vinh-phuc", kind)
                       for b in rule.legal_basis
                       for kind in ("publication", "internal_procedure")), (rule.id, day)


def test_a_basis_without_its_text_says_legal_staff_add_it():
    policies = load_policies()
    reading = {r.id for p in policies.packs if p.scope == "open_points" for r in p.rules}
    for rule in policies.rules:
        for basis in rule.legal_basis:
            if rule.id in reading:  # no legal text: the documents read
                assert "Không phải căn cứ pháp luật" in basis["note"], rule.id
                continue
            if not basis["quote"].strip():
                assert "pháp chế" in basis["note"], (rule.id, basis["document"])
            if basis["document"] == "9579/UBND-KSTT":
                assert "13/12/2019" in basis["source"], (rule.id, basis["anchor"])


def test_texts_are_cited_only_from_the_day_they_took_effect():
    raw = example("internal-procedure-three-tiers.json")
    raw["internal_procedures"][0]["steps"] = []
    for day, cited in ((date(2019, 1, 5), False), (date(2019, 1, 6), True)):
        finding = next(f for f in evaluate({**raw, "submitted_on": day.isoformat()})[
            "findings"] if f["rule_id"] == "ND61-01")
        documents = [b["document"] for b in finding["legal_basis"]["references"]]
        assert ("Thông tư 01/2018/TT-VPCP" in documents) is cited


# --- totals and variants ---------------------------------------------------------------------

def _one_ip(limit: dict, durations: list[dict], own: dict | None = None) -> dict:
    """A dossier of one province-tier TTHC whose internal procedure has these steps."""
    raw = example("internal-procedure-three-tiers.json")
    ip = copy.deepcopy(next(ip for ip in raw["internal_procedures"] if ip["tier"] == "province"))
    raw["procedures"] = [p for p in raw["procedures"] if p["code"] == ip["procedure_code"]]
    raw["procedures"][0]["time_limit"] = limit
    ip["steps"] = [{"order": i + 1, "action": "Xử lý", "responsible": "Phòng chuyên môn",
                    "duration": d} for i, d in enumerate(durations)]
    if own:
        ip["time_limit"] = own
    raw["internal_procedures"] = [ip]
    return raw


@pytest.mark.parametrize("day, rule", [(date(2025, 6, 30), "ND61-02"),
                                       (date(2025, 7, 1), "ND118-02")])
def test_totals_are_exact_decimals_and_equal_is_not_over(day, rule):
    days = [{"value": v, "unit": "working_days"} for v in (0.1, 0.2, 0.3)]
    equal = _one_ip({"value": 0.6, "unit": "working_days"}, days)
    over = _one_ip({"value": 0.5, "unit": "working_days"}, days)
    assert rule not in ids(evaluate(equal, day))
    finding = next(f for f in evaluate(over, day)["findings"] if f["rule_id"] == rule)
    assert finding["facts"] == {"counted_hours": 4.8, "time_limit_hours": 4}


def test_an_internal_procedure_is_held_to_its_own_time_limit_when_given():
    days = [{"value": 9, "unit": "working_days"}] * 3
    limit = {"value": 15, "unit": "working_days"}
    assert "ND61-02" in ids(evaluate(_one_ip(limit, days)))
    assert "ND61-02" not in ids(evaluate(_one_ip(limit, days, {"value": 27,
                                                                "unit": "working_days"})))


def test_an_electronic_procedure_pairs_with_the_internal_one_of_its_case():
    raw = example("other-province-lang-son.json")
    raw["province"] = "vinh-phuc"
    raw["submitted_on"] = "2025-06-15"  # v3: Vĩnh Phúc ended on 2025-06-30
    raw["kind"] = "electronic_procedure"
    a, b = raw["internal_procedures"]
    raw["electronic_procedures"] = [
        {"procedure_code": "1.014440", "tier": "province", "variant": ip["variant"],
         "lead": raw["submitter"], "platform": "shared_one_stop",
         "coordinating": ip["coordinating"],
         "based_on": {"decision": "2487/QĐ-UBND", "approved_by": {"type": "ppc_chairman"}},
         "steps": copy.deepcopy(other["steps"])} for ip, other in ((a, a), (b, a))]
    findings = [f for f in evaluate(raw)["findings"] if f["rule_id"] == "QTDT-09"]
    assert [f["subject"]["path"] for f in findings] == ["electronic_procedures.1"]
    assert findings[0]["subject"]["variant"] == b["variant"]
    assert "trường hợp «b) Trường hợp thành lập" in findings[0]["message"]["vi"]


# --- signing and the district level ---------------------------------------------------------

@pytest.mark.parametrize("signed_as, warned", [(None, False), ("self", False),
                                               ("on_behalf", False), ("for_committee", True),
                                               ("by_order", True)])
def test_only_qtnb_13_reads_how_a_decision_is_signed(signed_as, warned):
    raw = example("internal-procedure-signed-on-behalf.json")
    for agency in (raw["approver"], raw["internal_procedures"][0]["amends"]["approved_by"]):
        agency.pop("signed_as")
        if signed_as:
            agency["signed_as"] = signed_as
    found = ids(evaluate(raw))
    assert not found & {"QTNB-07", "QTNB-11"}
    assert ("QTNB-13" in found) is warned
    if warned:
        assert evaluate(raw)["outcome"] == "needs_review"


def test_cqdp_01_names_only_the_district_agencies_found():
    verdict = evaluate(example("after-2025-reform-district.json"))
    ip = next(f for f in verdict["findings"] if f["subject"]["path"] == "internal_procedures.1")
    assert ip["facts"]["district_tier"] is True
    assert [a["role"] for a in ip["facts"]["district_agencies"]] == ["coordinating"]
    assert all(a["type"].startswith("district_") for a in ip["facts"]["district_agencies"])


# --- words for people ------------------------------------------------------------------------

@pytest.mark.parametrize("hours, vi, en", [
    (156, "19,5 ngày làm việc", "19.5 working days"), (4, "4 giờ làm việc", "4 working hours"),
    (8, "1 ngày làm việc", "1 working day"), (97, "12 ngày 1 giờ làm việc",
                                              "12 working days and 1 working hour"),
    (10, "1,25 ngày làm việc", "1.25 working days"), (0.5, "0,5 giờ làm việc",
                                                      "0.5 working hours")])
def test_durations_read_as_a_civil_servant_counts(hours, vi, en):
    assert (duration(hours, "vi"), duration(hours, "en")) == (vi, en)


@pytest.mark.parametrize("amount, vi, en", [
    ({"value": 168, "unit": "working_hours"}, "21 ngày làm việc", "21 working days"),
    ({"value": 19.5, "unit": "working_days"}, "19,5 ngày làm việc", "19.5 working days"),
    ({"value": 0.3, "unit": "working_days"}, "2,4 giờ làm việc", "2.4 working hours"),
    ({"value": 4, "unit": "working_hours"}, "4 giờ làm việc", "4 working hours"),
    (None, "—", "—"), ({"value": 3, "unit": "days"}, "—", "—")])
def test_a_contract_duration_reads_in_working_days(amount, vi, en):
    assert (duration_of(amount, "vi"), duration_of(amount, "en")) == (vi, en)


def test_no_district_agency_reads_as_none_never_an_empty_value():
    assert fact_value("district_agencies", []) == "không có"
    assert fact_value("district_agencies", [], "en") == "none"
    assert fact_value("district_agencies", [{"role": "lead", "type": "district_pc"}]) == \
        "UBND cấp huyện (cơ quan chủ trì)"


def test_places_facts_and_agencies_for_people():
    raw = example("other-province-lang-son.json")
    assert place_name("", raw) == "hồ sơ trình"
    assert place_name("procedures.0", raw) == \
        "thủ tục 1.014440 (Thủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh)"
    assert place_name("internal_procedures.1.steps.2.duration", raw).startswith(
        "quy trình nội bộ cấp tỉnh của thủ tục 1.014440, trường hợp «b) Trường hợp thành lập")
    assert place_name("internal_procedures.1.steps.2.duration", raw).endswith(
        ", bước 3, thời gian")
    assert place_name("procedures.7.code", {"procedures": "x"}) == "thủ tục thứ 8, mã thủ tục"
    assert place_name("reference", {}) == "số tờ trình"  # the words the office uses
    assert place_name("approver.signer", {}) == "người phê duyệt, người ký"
    assert fact_label("missing_tiers") == "các cấp còn thiếu quy trình nội bộ"
    assert fact_value("missing_tiers", ["district", "commune"]) == "cấp huyện; cấp xã"
    assert fact_value("counted_hours", 156, "en") == "19.5 working days"
    assert fact_value("platform", "other") == "phần mềm khác"
    assert wording("vi").agency({"type": "other"}).startswith("một cơ quan khác")


def test_every_reported_fact_has_labels_in_both_languages():
    policies = load_policies()
    facts = policies.vocabulary["facts"]
    for rule in policies.rules:
        for key in rule.report:
            assert facts[key]["vi"] and facts[key]["en"], (rule.id, key)


def test_messages_name_no_path_field_or_enum():
    words = {"procedures.", "internal_procedures", "electronic_procedures", "drafted_by",
             "ppc_", "district_", "working_hours", "working_days", "shared_one_stop", "—"}
    for name in sorted(p.name for p in EXAMPLES.glob("*.json")):
        raw = example(name)
        raw["documents"] = []
        for verdict in (evaluate(raw), evaluate(raw, date(2025, 9, 15))):
            for finding in verdict["findings"]:
                for lang in ("vi", "en"):
                    text = finding["message"][lang]
                    assert not [w for w in words if w in text], (name, finding["rule_id"], text)


@pytest.mark.parametrize("name, key", [
    ("Sở Xây Dựng  tỉnh Vĩnh Phúc", "sở xây dựng"), ("Sở Văn hoá, Thể thao", "sở văn hóa, thể thao"),
    ("Sở Nông nghiệp tỉnh Cao Bằng", "sở nông nghiệp tỉnh cao bằng"),
    ("Ủy ban nhân dân  huyện", "ủy ban nhân dân huyện"), ("Uỷ ban", "ủy ban"),
    ("Sở Thuỷ sản", "sở thủy sản"), ("Quỹ hỗ trợ", "quỹ hỗ trợ"), ("Hoàng", "hoàng"),
    ("Tỉnh Vĩnh Phúc", "tỉnh vĩnh phúc")])
def test_names_are_normalised_as_the_catalogue_says(name, key):
    assert name_key(name, "Vĩnh Phúc") == key

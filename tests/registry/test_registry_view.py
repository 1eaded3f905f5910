"""The registry object the engine takes: what it fills in, and the verdicts that follow."""

# Dated 2024: the checks these tests drive (CHUNG-01, QTDT-09, REG-01 of Vĩnh Phúc) apply to
# dossiers of Vĩnh Phúc up to 2025-06-30, when the province ended.

import copy
from datetime import date

import pytest

from service.contract.schemas import load_submission
from service.engine import get_engine
from service.engine.facts import build_facts
from service.registry.view import (
    ElectronicProcedureVersion,
    InternalProcedureVersion,
    ProcedureVersion,
    RegistryView,
)

DEPARTMENT = {"code": "STP", "name": "Sở Tư pháp", "type": "department"}
CHAIRMAN = {"type": "ppc_chairman"}


def ip_version(code, tier, decision, start, end=None, steps=3, hours=20.0):
    return InternalProcedureVersion(start, end, code, tier, decision, start, steps, hours)


VIEW = RegistryView(
    [ProcedureVersion(date(2024, 1, 1), None, "2.000815", "Chứng thực bản sao", ("province",
                      "commune"), "in_force"),
     ProcedureVersion(date(2024, 1, 1), None, "1.000002", "Thủ tục chưa có QTNB",
                      ("province",), "in_force")],
    [ip_version("2.000815", "province", "10/QĐ-UBND", date(2024, 2, 1), date(2024, 9, 1)),
     ip_version("2.000815", "province", "20/QĐ-UBND", date(2024, 9, 1), steps=4, hours=12.5),
     ip_version("2.000815", "commune", "11/QĐ-UBND", date(2024, 2, 1))],
    [ElectronicProcedureVersion(date(2024, 3, 1), None, "2.000815", "commune",
                                "shared_one_stop")])


def procedure(code="2.000815", tiers=("province", "commune"), **extra):
    return {"code": code, "name": "Thủ tục", "change": "amended", "changed_elements": ["fee"],
            "managing_agency": DEPARTMENT, "tiers": list(tiers), "reception": "agency",
            **extra}


def publication(*procedures, on="2024-10-01"):
    return load_submission({
        "kind": "publication", "submitted_on": on, "submitter": DEPARTMENT,
        "addressed_to": {"code": "VPUBND", "type": "ppc_office"},
        "documents": ["to_trinh", "draft_publication_decision"],
        "procedures": list(procedures)})


def electronic(steps, based_on="20/QĐ-UBND", tier="province", on="2024-10-01"):
    return load_submission({
        "kind": "electronic_procedure", "submitted_on": on, "submitter": DEPARTMENT,
        "procedures": [procedure(tiers=["province", "commune"])],
        "electronic_procedures": [{
            "procedure_code": "2.000815", "tier": tier,
            "based_on": {"decision": based_on, "approved_by": CHAIRMAN},
            "lead": DEPARTMENT,
            "coordinating": [{"type": "department_unit"}, {"type": "tthc_control_division"}],
            "platform": "shared_one_stop", "national_portal_connected": True,
            "steps": steps}]})


def steps(*hours):
    return [{"order": i, "action": "Bước", "responsible": "Phòng",
             "duration": {"value": h, "unit": "working_hours"}}
            for i, h in enumerate(hours, start=1)]


def facts_of(submission, entity, view=VIEW):
    return [f for f in build_facts(submission, submission["submitted_on"], view)
            if f["entity"] == entity]


# --- complete_procedure -------------------------------------------------------------------

def test_fills_an_approved_internal_procedure_for_every_tier():
    fact, = facts_of(publication(procedure()), "procedure")
    assert fact["has_approved_internal_procedure"] is True
    assert fact["from_registry"] == {"has_approved_internal_procedure": True}


def test_a_tier_without_one_makes_it_false():
    fact, = facts_of(publication(procedure("1.000002", ["province"])), "procedure")
    assert fact["has_approved_internal_procedure"] is False


def test_as_of_the_submission_date():
    early = publication(procedure(), on="2024-01-15")
    fact, = facts_of(early, "procedure")
    assert fact["has_approved_internal_procedure"] is False


def test_what_the_submission_says_wins_and_unknown_codes_stay_unknown():
    said = publication(procedure(has_approved_internal_procedure=False))
    fact, = facts_of(said, "procedure")
    assert fact["has_approved_internal_procedure"] is False and "from_registry" not in fact
    unknown, = facts_of(publication(procedure("9.999999", ["province"])), "procedure")
    assert "has_approved_internal_procedure" not in unknown and "from_registry" not in unknown


def test_verdicts_with_and_without_the_registry():
    engine = get_engine()
    missing = publication(procedure("1.000002", ["province"]))
    alone = engine.evaluate(missing)
    assert "CHUNG-01" not in [f["rule_id"] for f in alone["findings"]]
    assert "registry_facts" not in alone
    verdict = engine.evaluate(missing, registry=VIEW)
    assert verdict["outcome"] == "rejected"
    chung, = [f for f in verdict["findings"] if f["rule_id"] == "CHUNG-01"]
    assert chung["facts"]["has_approved_internal_procedure"] is False
    assert verdict["registry_facts"] == [{"path": "procedures.0", "facts": {
        "has_approved_internal_procedure": False}}]
    held = engine.evaluate(publication(procedure()), registry=VIEW)
    assert [f["rule_id"] for f in held["findings"]] == ["QTNB-09"]


# --- complete_electronic_procedure --------------------------------------------------------

def test_pairs_an_electronic_procedure_with_the_registry_internal_procedure():
    fact, = facts_of(electronic(steps(4, 8.5)), "electronic_procedure")
    assert fact["paired_ip"] == {"step_count": 4, "counted_hours": 12.5, "source": "registry"}
    assert fact["from_registry"]["paired_ip"] == fact["paired_ip"]
    verdict = get_engine().evaluate(electronic(steps(4, 8.5)), registry=VIEW)
    qtdt09, = [f for f in verdict["findings"] if f["rule_id"] == "QTDT-09"]
    assert qtdt09["facts"]["internal_procedure_source"] == "registry"
    assert qtdt09["facts"]["internal_procedure_step_count"] == 4
    matching = get_engine().evaluate(electronic(steps(4, 4, 2, 2.5)), registry=VIEW)
    assert "QTDT-09" not in [f["rule_id"] for f in matching["findings"]]


def test_an_internal_procedure_held_without_steps_is_not_paired():
    view = RegistryView(VIEW.procedures[("vinh-phuc", "2.000815")], [
        ip_version("2.000815", "province", "20/QĐ-UBND", date(2024, 9, 1), steps=0, hours=0)])
    fact, = facts_of(electronic(steps(4)), "electronic_procedure", view)
    assert "paired_ip" not in fact


@pytest.mark.parametrize("cited, held, in_force", [
    ("20/QĐ-UBND", True, True),
    ("Quyết định số 20/QD-UBND ngày 01/9/2024", True, True),
    ("10/QĐ-UBND", True, False),       # superseded on 2024-09-01
    ("99/QĐ-UBND", False, False),
])
def test_the_cited_decision_is_checked_against_the_registry(cited, held, in_force):
    fact, = facts_of(electronic(steps(4), based_on=cited), "electronic_procedure")
    assert fact["based_on"]["decision_in_registry"] is held
    assert fact["based_on"]["decision_in_force"] is in_force
    assert fact["from_registry"]["based_on.decision_in_registry"] is held


def test_a_cited_decision_is_unknown_when_the_registry_holds_no_internal_procedure():
    view = RegistryView(VIEW.procedures[("vinh-phuc", "2.000815")])
    fact, = facts_of(electronic(steps(4)), "electronic_procedure", view)
    assert "decision_in_registry" not in fact["based_on"]


# --- complete_internal_procedure (amends) -------------------------------------------------

def test_the_amended_decision_is_checked_against_the_registry():
    fact = {"entity": "internal_procedure",
            "amends": {"decision": "10/QĐ-UBND", "approved_by": {"type": "ppc_chairman"}}}
    ip = {"procedure_code": "2.000815", "tier": "province"}
    VIEW.complete_internal_procedure(fact, ip, date(2024, 10, 1))
    assert fact["amends"] == {"decision": "10/QĐ-UBND", "approved_by": {"type": "ppc_chairman"},
                              "decision_in_registry": True, "decision_in_force": False}
    earlier = copy.deepcopy(fact)
    del earlier["from_registry"]
    earlier["amends"] = {"decision": "10/QĐ-UBND"}
    VIEW.complete_internal_procedure(earlier, ip, date(2024, 8, 1))
    assert earlier["amends"]["decision_in_force"] is True


def test_coverage_records_as_of_a_day():
    procedures, ips, eps = VIEW.coverage_records(date(2024, 10, 1))
    assert [p.code for p in procedures] == ["1.000002", "2.000815"]
    assert [(ip.code, ip.tier, ip.decision_number) for ip in ips] == [
        ("2.000815", "commune", "11/QĐ-UBND"), ("2.000815", "province", "20/QĐ-UBND")]
    assert [(ep.code, ep.tier) for ep in eps] == [("2.000815", "commune")]


# --- provinces and variants -----------------------------------------------------------------

def variant_ip(code, tier, decision, variant, steps=3, hours=20.0, province=""):
    return InternalProcedureVersion(date(2024, 2, 1), None, code, tier, decision,
                                    date(2024, 2, 1), steps, hours, variant=variant,
                                    province=province)


def test_a_look_up_reads_only_the_facts_province():
    view = RegistryView(
        [ProcedureVersion(date(2024, 1, 1), None, "2.000815", "Chứng thực", ("province",),
                          "in_force", province="nghe-an")],
        [variant_ip("2.000815", "province", "1/QĐ-UBND", "", province="nghe-an")])
    p = procedure(tiers=["province"])
    for province, value in (("nghe-an", True), ("cao-bang", None), (None, None)):
        fact = {"province": province} if province else {}
        view.complete_procedure(fact, p, date(2024, 10, 1))
        assert fact.get("has_approved_internal_procedure") is value, province
    bound = RegistryView(view.procedures[("nghe-an", "2.000815")],
                         view.internal[("nghe-an", "2.000815", "province")], province="nghe-an")
    fact = {}
    bound.complete_procedure(fact, p, date(2024, 10, 1))  # a fact without its province
    assert fact["has_approved_internal_procedure"] is True
    other = {"province": "cao-bang"}
    bound.complete_procedure(other, p, date(2024, 10, 1))  # the fact's province wins
    assert "has_approved_internal_procedure" not in other


VARIANTS = RegistryView(
    [ProcedureVersion(date(2024, 1, 1), None, "2.000815", "Chứng thực", ("province",),
                      "in_force")],
    [variant_ip("2.000815", "province", "30/QĐ-UBND", "Trường hợp A", steps=2, hours=8),
     variant_ip("2.000815", "province", "31/QĐ-UBND", "Trường hợp  B", steps=5, hours=40)])


def ep(variant=None, decision=None):
    out = {"procedure_code": "2.000815", "tier": "province"}
    if variant:
        out["variant"] = variant
    return out, ({"based_on": {"decision": decision}} if decision else {})


@pytest.mark.parametrize("variant, paired", [
    ("Trường hợp A", 2), ("trường hợp B", None), ("Trường hợp B", 5), ("Trường\u00a0hợp B", 5),
    (None, None),  # two variants held, none without: which one is unknown
    ("Trường hợp C", None),
])
def test_qtdt09_pairs_an_ep_with_the_ip_of_its_variant(variant, paired):
    item, fact = ep(variant)
    VARIANTS.complete_electronic_procedure(fact, item, date(2024, 10, 1))
    assert fact.get("paired_ip", {}).get("step_count") == paired


def test_qtdt09_pairs_with_the_only_ip_when_none_has_the_variant():
    only = RegistryView([], [variant_ip("2.000815", "province", "30/QĐ-UBND", "")])
    for variant in (None, "Trường hợp C"):
        item, fact = ep(variant)
        only.complete_electronic_procedure(fact, item, date(2024, 10, 1))
        assert fact["paired_ip"]["step_count"] == 3


def test_any_variant_meets_an_ip_for_p_at_a_tier():
    fact = {}
    VARIANTS.complete_procedure(fact, procedure(tiers=["province"]), date(2024, 10, 1))
    assert fact["has_approved_internal_procedure"] is True


@pytest.mark.parametrize("variant, decision, held", [
    ("Trường hợp A", "30/QĐ-UBND", True),
    ("Trường hợp A", "31/QĐ-UBND", False),   # B's decision, cited for A
    ("Trường hợp B", "31/QĐ-UBND", True),
    (None, "31/QĐ-UBND", True),              # no variant named: any variant's decision
    ("Trường hợp C", "30/QĐ-UBND", False),
])
def test_a_cited_decision_is_checked_for_the_variant(variant, decision, held):
    item, fact = ep(variant, decision)
    VARIANTS.complete_electronic_procedure(fact, item, date(2024, 10, 1))
    assert fact["based_on"]["decision_in_registry"] is held
    assert fact["based_on"]["decision_in_force"] is held


def test_an_entry_without_variant_answers_for_every_variant():
    plain = RegistryView([], [variant_ip("2.000815", "province", "30/QĐ-UBND", "")])
    item, fact = ep("Trường hợp A", "30/QĐ-UBND")
    plain.complete_electronic_procedure(fact, item, date(2024, 10, 1))
    assert fact["based_on"]["decision_in_registry"] is True

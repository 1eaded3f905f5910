"""The condition language of rule files (``service/engine/conditions.py``).

Every case is a condition, a fact and the truth value the language's definition gives. Each
is evaluated twice, through durable-rules (all cases compiled once into one ruleset, matched
with ``DurableMatcher``) and through ``holds`` (the plain-Python interpreter), and both must
give the expected value. Every case is also checked negated (``not``) and doubly negated.
Then: ``check_condition`` rejects malformed conditions naming the place, and
``load_policies`` rejects broken rule files naming the file, the rule and the problem.
"""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pytest

from service.engine.conditions import ConditionError, check_condition, holds
from service.engine.matchers import DurableMatcher
from service.engine.policy import DEFAULT_POLICY_DIR, PolicyError, Rule, load_policies

ENTITY = "electronic_procedure"
AS_OF = 20200102


def fact(**fields) -> dict:
    """An electronic-procedure fact; ``a__b=v`` sets the nested ``a.b``."""
    out: dict = {"entity": ENTITY, "path": "electronic_procedures.0", "as_of": AS_OF}
    for key, value in fields.items():
        node = out
        *parents, last = key.split("__")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return out


def flags(*values: str) -> dict:
    """A set-valued fact as the fact builder writes it."""
    return {v: True for v in values}


REF_STEPS = {"fact": "paired_ip.step_count"}
REF_HOURS = {"fact": "procedure.time_limit_hours"}
REF_CODE = {"fact": "procedure.managing_agency.code"}

# (name, condition, fact, expected truth value)
CASES: list[tuple[str, object, dict, bool]] = [
    # --- is: scalars, numbers, booleans, nested paths ---------------------------------------
    ("is-scalar-equal", {"tier": {"is": "province"}}, fact(tier="province"), True),
    ("is-scalar-other", {"tier": {"is": "province"}}, fact(tier="commune"), False),
    ("is-scalar-absent", {"tier": {"is": "province"}}, fact(), False),
    ("is-scalar-prefix", {"platform": {"is": "shared"}}, fact(platform="shared_one_stop"), False),
    ("is-nested-equal", {"lead.type": {"is": "commune_pc"}}, fact(lead__type="commune_pc"), True),
    ("is-nested-parent-only", {"lead.code": {"is": "SXD"}}, fact(lead__type="commune_pc"),
     False),
    ("is-nested-absent", {"lead.type": {"is": "commune_pc"}}, fact(), False),
    ("is-code-case", {"lead.code": {"is": "SXD"}}, fact(lead__code="sxd"), False),
    ("is-code-numeric-text", {"lead.code": {"is": "01"}}, fact(lead__code="1"), False),
    ("is-code-numeric-text-2", {"lead.code": {"is": "1"}}, fact(lead__code="1.0"), False),
    ("is-code-numeric-text-same", {"lead.code": {"is": "1"}}, fact(lead__code="1"), True),
    ("is-code-unicode", {"lead.code": {"is": "SỞ-TP"}}, fact(lead__code="SỞ-TP"), True),
    ("is-code-unicode-other", {"lead.code": {"is": "SỞ-TP"}}, fact(lead__code="SO-TP"), False),
    ("is-code-quotes", {"lead.code": {"is": 'S"X\\D'}}, fact(lead__code='S"X\\D'), True),
    ("is-number-equal", {"step_count": {"is": 3}}, fact(step_count=3), True),
    ("is-number-other", {"step_count": {"is": 3}}, fact(step_count=4), False),
    ("is-number-zero", {"step_count": {"is": 0}}, fact(step_count=0), True),
    ("is-number-zero-absent", {"step_count": {"is": 0}}, fact(), False),
    ("is-number-fraction", {"counted_hours": {"is": 2.5}}, fact(counted_hours=2.5), True),
    ("is-number-fraction-other", {"counted_hours": {"is": 2.5}}, fact(counted_hours=2), False),
    ("is-false-false", {"national_portal_connected": {"is": False}},
     fact(national_portal_connected=False), True),
    ("is-false-true", {"national_portal_connected": {"is": False}},
     fact(national_portal_connected=True), False),
    ("is-false-absent", {"national_portal_connected": {"is": False}}, fact(), False),
    ("is-true-true", {"national_portal_connected": {"is": True}},
     fact(national_portal_connected=True), True),
    # --- is with a fact reference ----------------------------------------------------------
    ("is-ref-equal", {"step_count": {"is": REF_STEPS}}, fact(step_count=3, paired_ip__step_count=3),
     True),
    ("is-ref-other", {"step_count": {"is": REF_STEPS}}, fact(step_count=3, paired_ip__step_count=4),
     False),
    ("is-ref-left-absent", {"step_count": {"is": REF_STEPS}}, fact(paired_ip__step_count=3), False),
    ("is-ref-right-absent", {"step_count": {"is": REF_STEPS}}, fact(step_count=3), False),
    ("is-ref-both-absent", {"step_count": {"is": REF_STEPS}}, fact(), False),
    ("is-ref-zero", {"step_count": {"is": REF_STEPS}}, fact(step_count=0, paired_ip__step_count=0),
     True),
    ("is-ref-code-equal", {"lead.code": {"is": REF_CODE}},
     fact(lead__code="SXD", procedure__managing_agency__code="SXD"), True),
    ("is-ref-code-numeric-text", {"lead.code": {"is": REF_CODE}},
     fact(lead__code="1", procedure__managing_agency__code="01"), False),
    # --- is_not ----------------------------------------------------------------------------
    ("is_not-other", {"tier": {"is_not": "province"}}, fact(tier="commune"), True),
    ("is_not-same", {"tier": {"is_not": "province"}}, fact(tier="province"), False),
    ("is_not-absent", {"tier": {"is_not": "province"}}, fact(), False),
    ("is_not-bool", {"national_portal_connected": {"is_not": True}},
     fact(national_portal_connected=False), True),
    ("is_not-bool-absent", {"national_portal_connected": {"is_not": True}}, fact(), False),
    ("is_not-zero", {"step_count": {"is_not": 0}}, fact(step_count=0), False),
    ("is_not-code-numeric-text", {"lead.code": {"is_not": "01"}}, fact(lead__code="1"), True),
    ("is_not-ref-other", {"lead.code": {"is_not": REF_CODE}},
     fact(lead__code="SXD", procedure__managing_agency__code="STP"), True),
    ("is_not-ref-same", {"lead.code": {"is_not": REF_CODE}},
     fact(lead__code="SXD", procedure__managing_agency__code="SXD"), False),
    ("is_not-ref-left-absent", {"lead.code": {"is_not": REF_CODE}},
     fact(procedure__managing_agency__code="SXD"), False),
    ("is_not-ref-right-absent", {"lead.code": {"is_not": REF_CODE}}, fact(lead__code="SXD"),
     False),
    ("is_not-ref-both-absent", {"lead.code": {"is_not": REF_CODE}}, fact(), False),
    ("is_not-ref-number", {"step_count": {"is_not": REF_STEPS}},
     fact(step_count=2, paired_ip__step_count=3), True),
    # --- in / not_in -----------------------------------------------------------------------
    ("in-member", {"tier": {"in": ["district", "commune"]}}, fact(tier="commune"), True),
    ("in-not-member", {"tier": {"in": ["district", "commune"]}}, fact(tier="province"), False),
    ("in-absent", {"tier": {"in": ["district", "commune"]}}, fact(), False),
    ("in-single", {"tier": {"in": ["province"]}}, fact(tier="province"), True),
    ("in-number", {"step_count": {"in": [0, 1]}}, fact(step_count=0), True),
    ("in-number-not-member", {"step_count": {"in": [0, 1]}}, fact(step_count=2), False),
    ("in-bool", {"national_portal_connected": {"in": [False]}},
     fact(national_portal_connected=False), True),
    ("in-bool-not-member", {"national_portal_connected": {"in": [False]}},
     fact(national_portal_connected=True), False),
    ("not_in-not-member", {"tier": {"not_in": ["district", "commune"]}}, fact(tier="province"),
     True),
    ("not_in-member", {"tier": {"not_in": ["district", "commune"]}}, fact(tier="district"), False),
    ("not_in-absent", {"tier": {"not_in": ["district", "commune"]}}, fact(), False),
    ("not_in-single", {"tier": {"not_in": ["province"]}}, fact(tier="commune"), True),
    ("not_in-number", {"step_count": {"not_in": [0]}}, fact(step_count=0), False),
    # --- has / lacks on sets ---------------------------------------------------------------
    ("has-member", {"coordinating_types": {"has": "tthc_control_division"}},
     fact(coordinating_types=flags("district_pc", "tthc_control_division")), True),
    ("has-not-member", {"coordinating_types": {"has": "tthc_control_division"}},
     fact(coordinating_types=flags("district_pc")), False),
    ("has-empty-set", {"coordinating_types": {"has": "tthc_control_division"}},
     fact(coordinating_types={}), False),
    ("has-absent", {"coordinating_types": {"has": "tthc_control_division"}}, fact(), False),
    ("has-prefix", {"coordinating_types": {"has": "district"}},
     fact(coordinating_types=flags("district_pc")), False),
    ("lacks-member", {"coordinating_types": {"lacks": "district_pc"}},
     fact(coordinating_types=flags("district_pc")), False),
    ("lacks-not-member", {"coordinating_types": {"lacks": "district_pc"}},
     fact(coordinating_types=flags("commune_pc")), True),
    ("lacks-empty-set", {"coordinating_types": {"lacks": "district_pc"}},
     fact(coordinating_types={}), True),
    ("lacks-absent", {"coordinating_types": {"lacks": "district_pc"}}, fact(), True),
    # --- present ---------------------------------------------------------------------------
    ("present-given", {"based_on.decision": {"present": True}}, fact(based_on__decision="1/QĐ"),
     True),
    ("present-absent", {"based_on.decision": {"present": True}}, fact(), False),
    ("present-parent-only", {"based_on.decision": {"present": True}},
     fact(based_on__approved_by__type="ppc_chairman"), False),
    ("present-false-given", {"based_on.decision": {"present": False}},
     fact(based_on__decision="1/QĐ"), False),
    ("present-false-absent", {"based_on.decision": {"present": False}}, fact(), True),
    ("present-false-empty-parent", {"based_on.decision": {"present": False}}, fact(based_on={}),
     True),
    ("present-bool-false", {"national_portal_connected": {"present": True}},
     fact(national_portal_connected=False), True),
    ("present-number-zero", {"paired_ip.step_count": {"present": True}},
     fact(paired_ip__step_count=0), True),
    ("present-empty-set", {"documents": {"present": True}}, fact(documents={}), True),
    ("present-empty-set-false", {"documents": {"present": False}}, fact(documents={}), False),
    # --- numeric comparisons with literals -------------------------------------------------
    ("gt-above", {"step_count": {"greater_than": 0}}, fact(step_count=1), True),
    ("gt-equal", {"step_count": {"greater_than": 0}}, fact(step_count=0), False),
    ("gt-absent", {"step_count": {"greater_than": 0}}, fact(), False),
    ("gt-fraction-equal", {"counted_hours": {"greater_than": 2.5}}, fact(counted_hours=2.5), False),
    ("gt-fraction-above", {"counted_hours": {"greater_than": 2.5}}, fact(counted_hours=2.75),
     True),
    ("gt-int-over-fraction", {"counted_hours": {"greater_than": 2.5}}, fact(counted_hours=3),
     True),
    ("gt-large", {"counted_hours": {"greater_than": 799_999}}, fact(counted_hours=800_000), True),
    ("gt-exponent", {"counted_hours": {"greater_than": 1}}, fact(counted_hours=1.5e-05), False),
    ("gt-exponent-zero", {"counted_hours": {"greater_than": 0}}, fact(counted_hours=1.5e-05),
     True),
    ("le-exponent", {"counted_hours": {"at_most": 0.0001}}, fact(counted_hours=1.5e-05), True),
    ("lt-below", {"step_count": {"less_than": 3}}, fact(step_count=2), True),
    ("lt-equal", {"step_count": {"less_than": 3}}, fact(step_count=3), False),
    ("lt-above", {"step_count": {"less_than": 3}}, fact(step_count=4), False),
    ("lt-absent", {"step_count": {"less_than": 3}}, fact(), False),
    ("lt-zero", {"step_count": {"less_than": 1}}, fact(step_count=0), True),
    ("ge-equal", {"step_count": {"at_least": 3}}, fact(step_count=3), True),
    ("ge-below", {"step_count": {"at_least": 3}}, fact(step_count=2), False),
    ("ge-absent", {"step_count": {"at_least": 3}}, fact(), False),
    ("ge-date", {"as_of": {"at_least": 20191129}}, fact(), True),
    ("le-equal", {"step_count": {"at_most": 3}}, fact(step_count=3), True),
    ("le-above", {"step_count": {"at_most": 3}}, fact(step_count=4), False),
    ("le-absent", {"step_count": {"at_most": 3}}, fact(), False),
    ("le-zero", {"step_count": {"at_most": 0}}, fact(step_count=0), True),
    ("le-date", {"as_of": {"at_most": 20200101}}, fact(), False),
    # --- numeric comparisons with fact references ------------------------------------------
    ("gt-ref-above", {"counted_hours": {"greater_than": REF_HOURS}},
     fact(counted_hours=10, procedure__time_limit_hours=8), True),
    ("gt-ref-equal", {"counted_hours": {"greater_than": REF_HOURS}},
     fact(counted_hours=8, procedure__time_limit_hours=8), False),
    ("gt-ref-below", {"counted_hours": {"greater_than": REF_HOURS}},
     fact(counted_hours=7, procedure__time_limit_hours=8), False),
    ("gt-ref-fraction", {"counted_hours": {"greater_than": REF_HOURS}},
     fact(counted_hours=8.5, procedure__time_limit_hours=8), True),
    ("gt-ref-zero", {"counted_hours": {"greater_than": REF_HOURS}},
     fact(counted_hours=0.5, procedure__time_limit_hours=0), True),
    ("gt-ref-left-absent", {"counted_hours": {"greater_than": REF_HOURS}},
     fact(procedure__time_limit_hours=8), False),
    ("gt-ref-right-absent", {"counted_hours": {"greater_than": REF_HOURS}},
     fact(counted_hours=10), False),
    ("gt-ref-both-absent", {"counted_hours": {"greater_than": REF_HOURS}}, fact(), False),
    ("lt-ref-below", {"counted_hours": {"less_than": REF_HOURS}},
     fact(counted_hours=7, procedure__time_limit_hours=8), True),
    ("lt-ref-right-absent", {"counted_hours": {"less_than": REF_HOURS}}, fact(counted_hours=7),
     False),
    ("ge-ref-equal", {"counted_hours": {"at_least": REF_HOURS}},
     fact(counted_hours=8, procedure__time_limit_hours=8), True),
    ("ge-ref-left-absent", {"counted_hours": {"at_least": REF_HOURS}},
     fact(procedure__time_limit_hours=0), False),
    ("le-ref-equal", {"counted_hours": {"at_most": REF_HOURS}},
     fact(counted_hours=8, procedure__time_limit_hours=8), True),
    ("le-ref-above", {"counted_hours": {"at_most": REF_HOURS}},
     fact(counted_hours=9, procedure__time_limit_hours=8), False),
    ("le-ref-both-absent", {"counted_hours": {"at_most": REF_HOURS}}, fact(), False),
    # --- all / any / lists, nested ---------------------------------------------------------
    ("all-both", {"all": [{"tier": {"is": "province"}}, {"platform": {"is": "other"}}]},
     fact(tier="province", platform="other"), True),
    ("all-one", {"all": [{"tier": {"is": "province"}}, {"platform": {"is": "other"}}]},
     fact(tier="province", platform="shared_one_stop"), False),
    ("all-single", {"all": [{"tier": {"is": "province"}}]}, fact(tier="province"), True),
    ("list-is-all", [{"tier": {"is": "province"}}, {"platform": {"is": "other"}}],
     fact(tier="commune", platform="other"), False),
    ("list-is-all-both", [{"tier": {"is": "province"}}, {"platform": {"is": "other"}}],
     fact(tier="province", platform="other"), True),
    ("any-one", {"any": [{"tier": {"is": "province"}}, {"platform": {"is": "other"}}]},
     fact(tier="commune", platform="other"), True),
    ("any-none", {"any": [{"tier": {"is": "province"}}, {"platform": {"is": "other"}}]},
     fact(tier="commune", platform="shared_one_stop"), False),
    ("any-all-absent", {"any": [{"tier": {"is": "province"}}, {"platform": {"is": "other"}}]},
     fact(), False),
    ("any-single", {"any": [{"tier": {"is": "province"}}]}, fact(tier="province"), True),
    ("any-lacks-absent", {"any": [{"lead.type": {"is_not": "commune_pc"}},
                                  {"coordinating_types": {"lacks": "tthc_control_division"}}]},
     fact(), True),
    ("any-lacks-conforming", {"any": [{"lead.type": {"is_not": "commune_pc"}},
                                      {"coordinating_types": {"lacks": "tthc_control_division"}}]},
     fact(lead__type="commune_pc", coordinating_types=flags("tthc_control_division")), False),
    ("all-in-any", {"any": [{"all": [{"tier": {"is": "province"}},
                                     {"platform": {"is": "other"}}]},
                            {"all": [{"tier": {"is": "commune"}},
                                     {"scope": {"is": "single_unit"}}]}]},
     fact(tier="commune", scope="single_unit", platform="other"), True),
    ("all-in-any-none", {"any": [{"all": [{"tier": {"is": "province"}},
                                          {"platform": {"is": "other"}}]},
                                 {"all": [{"tier": {"is": "commune"}},
                                          {"scope": {"is": "single_unit"}}]}]},
     fact(tier="commune", platform="other"), False),
    ("any-in-all", {"all": [{"any": [{"tier": {"is": "district"}}, {"tier": {"is": "commune"}}]},
                            {"any": [{"platform": {"is": "other"}},
                                     {"scope": {"is": "single_unit"}}]}]},
     fact(tier="district", scope="single_unit"), True),
    ("any-in-all-one-side", {"all": [{"any": [{"tier": {"is": "district"}},
                                              {"tier": {"is": "commune"}}]},
                                     {"any": [{"platform": {"is": "other"}},
                                              {"scope": {"is": "single_unit"}}]}]},
     fact(tier="province", scope="single_unit"), False),
    ("deep-nesting", {"all": [{"any": [{"all": [{"any": [{"step_count": {"at_least": 1}}]}]}]}]},
     fact(step_count=1), True),
    ("not-inside-all", {"all": [{"not": {"tier": {"is": "province"}}},
                                {"coordinating_types": {"has": "district_pc"}}]},
     fact(coordinating_types=flags("district_pc")), True),
    ("not-inside-any", {"any": [{"not": {"step_count": {"greater_than": 0}}},
                                {"platform": {"is": "other"}}]},
     fact(step_count=2, platform="shared_one_stop"), False),
    ("not-of-list", {"not": [{"tier": {"is": "province"}}, {"platform": {"is": "other"}}]},
     fact(tier="province", platform="other"), False),
    ("rule-02-shape", {"any": [
        {"all": [{"tier": {"is": "province"}},
                 {"lead.type": {"in": ["department", "central_vertical_agency"]}},
                 {"lead.code": {"is_not": REF_CODE}}]},
        {"all": [{"not": {"all": [{"tier": {"is": "province"}},
                                  {"lead.type": {"in": ["department",
                                                        "central_vertical_agency"]}}]}},
                 {"lead.code": {"is_not": {"fact": "procedure.handling_agency.code"}}}]}]},
     fact(tier="commune", lead__type="department", lead__code="SXD",
          procedure__managing_agency__code="SXD", procedure__handling_agency__code="STP"), True),
]

NAMES = [name for name, *_ in CASES]
assert len(set(NAMES)) == len(NAMES), "case names must be unique"


def with_negations() -> list[tuple[str, object, dict, bool]]:
    out = []
    for name, cond, data, expected in CASES:
        out += [(name, cond, data, expected),
                (f"not {name}", {"not": cond}, data, not expected),
                (f"not not {name}", {"not": {"not": cond}}, data, expected)]
    return out


ALL_CASES = with_negations()


def _rule(rule_id: str, cond: object) -> Rule:
    return Rule(id=rule_id, pack_id="conditions", title={"vi": rule_id, "en": rule_id},
                severity="info", subject=ENTITY, applies_if=None, fires_if=cond, report={},
                legal_basis=(), message={"vi": rule_id, "en": rule_id}, interpretation=None,
                valid_from=date(2000, 1, 1), valid_until=None, source_file="test")


@cache
def durable_matcher() -> tuple[DurableMatcher, dict[str, str]]:
    """One durable-rules ruleset holding every case's condition as a rule of its own."""
    rule_ids = {name: f"CASE-{i:03d}" for i, (name, *_) in enumerate(ALL_CASES)}
    rules = tuple(_rule(rule_ids[name], cond) for name, cond, _, _ in ALL_CASES)
    # A fresh name: a ruleset name registers once per process.
    policies = SimpleNamespace(version=f"conditions_{uuid.uuid4().hex[:12]}", rules=rules)
    return DurableMatcher(policies), rule_ids


def durable_holds(name: str, data: dict) -> bool:
    matcher, rule_ids = durable_matcher()
    hits = matcher.match([data]).count((rule_ids[name], 0))
    assert hits <= 1, "a (rule, fact) pair is reported once"
    return hits == 1


@pytest.mark.parametrize("name, cond, data, expected", ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_condition(name: str, cond: object, data: dict, expected: bool) -> None:
    check_condition(cond, ENTITY)  # every case is a well-formed condition
    assert holds(cond, data) is expected, "plain-Python interpreter"
    assert durable_holds(name, data) is expected, "durable-rules"


# durable-rules 2.0.28 cannot parse a JSON number with a bare exponent (1e-05, as Python
# writes floats under 1e-4 with one significant digit); the matcher writes 1.0e-05.
def test_number_with_a_bare_exponent() -> None:
    cond = {"counted_hours": {"greater_than": 0}}
    data = fact(counted_hours=1e-05)
    assert holds(cond, data) is True
    assert durable_holds("gt-exponent-zero", data) is True


def test_durable_cases_do_not_leak_into_each_other() -> None:
    """Matching one fact fires exactly the cases that hold on it, nothing else."""
    matcher, rule_ids = durable_matcher()
    data = fact(tier="commune", platform="other")
    fired = {rule_id for rule_id, _ in matcher.match([data])}
    expected = {rule_ids[name] for name, cond, _, _ in ALL_CASES if holds(cond, data)}
    assert fired == expected


# --- check_condition: malformed conditions ---------------------------------------------------

MALFORMED = [
    ("unknown fact", {"nope": {"is": 1}}, ENTITY,
     ["fires_if:", "unknown fact 'nope'", "electronic_procedure"]),
    ("unknown fact, nested", {"any": [{"tier": {"is": "province"}}, {"lead.typ": {"is": "x"}}]},
     ENTITY, ["fires_if.any[1]:", "unknown fact 'lead.typ'"]),
    ("fact of another entity", {"drafted_by.type": {"is": "department"}}, ENTITY,
     ["fires_if:", "unknown fact 'drafted_by.type'"]),
    ("unknown operator", {"tier": {"equals": "province"}}, ENTITY,
     ["fires_if.tier:", "unknown operator 'equals'"]),
    ("unknown operator in a list", [{"tier": {"is": "province"}}, {"tier": {"eq": "x"}}], ENTITY,
     ["fires_if[1].tier:", "unknown operator 'eq'"]),
    ("text for a number", {"step_count": {"is": "3"}}, ENTITY,
     ["fires_if.step_count.is:", "'3'", "number"]),
    ("boolean for a number", {"step_count": {"at_least": True}}, ENTITY,
     ["fires_if.step_count.at_least:", "True", "number"]),
    ("number for a scalar", {"tier": {"is": 3}}, ENTITY, ["fires_if.tier.is:", "3", "scalar"]),
    ("text for a boolean", {"national_portal_connected": {"is": "false"}}, ENTITY,
     ["fires_if.national_portal_connected.is:", "'false'", "bool"]),
    ("wrong value in a list", {"tier": {"in": ["province", 2]}}, ENTITY,
     ["fires_if.tier.in:", "2", "scalar"]),
    ("has on a scalar", {"tier": {"has": "province"}}, ENTITY,
     ["fires_if.tier.has:", "'tier' is not a set"]),
    ("has with a list", {"coordinating_types": {"has": ["district_pc"]}}, ENTITY,
     ["fires_if.coordinating_types.has:", "expected one value"]),
    ("is on a set", {"coordinating_types": {"is": "district_pc"}}, ENTITY,
     ["fires_if.coordinating_types.is:", "collection"]),
    ("comparison on a list", {"steps_at_fault": {"greater_than": 0}}, ENTITY,
     ["fires_if.steps_at_fault.greater_than:", "collection"]),
    ("comparison on a scalar", {"tier": {"greater_than": 1}}, ENTITY,
     ["fires_if.tier.greater_than:", "'tier' is not a number"]),
    ("empty in-list", {"tier": {"in": []}}, ENTITY,
     ["fires_if.tier.in:", "non-empty list"]),
    ("in without a list", {"tier": {"not_in": "province"}}, ENTITY,
     ["fires_if.tier.not_in:", "non-empty list"]),
    ("present not a boolean", {"tier": {"present": "yes"}}, ENTITY,
     ["fires_if.tier.present:", "true or false"]),
    ("reference to an unknown fact", {"step_count": {"is": {"fact": "nope"}}}, ENTITY,
     ["fires_if.step_count.is:", "{fact: known.path}"]),
    ("reference with extra keys", {"step_count": {"is": {"fact": "step_count", "x": 1}}}, ENTITY,
     ["fires_if.step_count.is:", "{fact: known.path}"]),
    ("empty all", {"all": []}, ENTITY, ["fires_if.all:", "non-empty list"]),
    ("empty any", {"any": []}, ENTITY, ["fires_if.any:", "non-empty list"]),
    ("any not a list", {"any": {"tier": {"is": "province"}}}, ENTITY,
     ["fires_if.any:", "non-empty list"]),
    ("empty list", [], ENTITY, ["fires_if:", "empty list"]),
    ("empty any under not", {"not": {"any": []}}, ENTITY, ["fires_if.not.any:", "non-empty"]),
    ("empty list deep", {"all": [{"any": [{"tier": {"is": "x"}}, {"all": []}]}]}, ENTITY,
     ["fires_if.all[0].any[1].all:", "non-empty"]),
    ("two tests in a leaf", {"tier": {"is": "a", "is_not": "b"}}, ENTITY,
     ["fires_if.tier:", "one test"]),
    ("two facts in a mapping", {"tier": {"is": "a"}, "platform": {"is": "b"}}, ENTITY,
     ["fires_if:", "one mapping"]),
    ("a bare string", "tier", ENTITY, ["fires_if:", "one mapping"]),
    ("a test that is not a mapping", {"tier": "province"}, ENTITY, ["fires_if.tier:", "one test"]),
    ("fact unknown to every subject", {"drafted_by.typ": {"is": "department"}},
     ["submission", "internal_procedure"], ["unknown fact 'drafted_by.typ'",
                                            "submission / internal_procedure"]),
]


@pytest.mark.parametrize("cond, entity, fragments", [m[1:] for m in MALFORMED],
                         ids=[m[0] for m in MALFORMED])
def test_check_condition_rejects(cond: object, entity, fragments: list[str]) -> None:
    with pytest.raises(ConditionError) as info:
        check_condition(cond, entity, "fires_if")
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"


def test_check_condition_accepts_facts_of_any_subject() -> None:
    """A rule about several entities may name a fact that only some of them have."""
    check_condition({"any": [{"drafted_by.type": {"is": "department"}},
                             {"addressed_to.type": {"is": "ppc_office"}}]},
                    ["submission", "internal_procedure"], "fires_if")


# --- load_policies: broken rule files ---------------------------------------------------------

RULES_9579 = "vinhphuc-9579/rules/10-internal-procedures.yaml"
STEPS = "vn-one-stop/rules/step-tables.yaml"
APPROVAL = "vn-approval/rules/approval.yaml"
QTNB_03_FIRES = "    fires_if:\n      coordinating_types: {lacks: provincial_centre}\n"
QTNB_04_UNTIL = ("    valid_until: 2025-06-30\n    subject: internal_procedure\n"
                 "    applies_if:\n      - *NOT_ABOLISHED\n      - tier: {in: [district, commune]}\n")
QTNB_05_SEVERITY = ("  - id: QTNB-05\n    title: {vi: \"Gửi Văn phòng UBND tỉnh\", "
                    "en: \"Sent to the Provincial PC Office\"}\n    severity: error\n")

BROKEN = [
    ("bad YAML", RULES_9579, "  - id: QTNB-03\n", "  - id: QTNB-03\n   oops: [\n",
     ["10-internal-procedures.yaml", "not valid YAML", "line"]),
    ("unknown field", RULES_9579, "  - id: QTNB-03\n", "  - id: QTNB-03\n    colour: red\n",
     ["10-internal-procedures.yaml", "rule QTNB-03", "colour", "Unknown field"]),
    ("unknown fact in a condition", RULES_9579, QTNB_03_FIRES,
     QTNB_03_FIRES.replace("coordinating_types", "coordinating_kinds"),
     ["10-internal-procedures.yaml", "rule QTNB-03", "fires_if", "unknown fact",
      "coordinating_kinds"]),
    ("unknown operator in a condition", RULES_9579, QTNB_03_FIRES,
     QTNB_03_FIRES.replace("lacks", "misses"),
     ["10-internal-procedures.yaml", "rule QTNB-03", "fires_if.coordinating_types",
      "unknown operator 'misses'"]),
    ("bad severity", APPROVAL, QTNB_05_SEVERITY,
     QTNB_05_SEVERITY.replace("severity: error", "severity: critical"),
     ["approval.yaml", "rule QTNB-05", "severity", "error, warning, info"]),
    ("duplicate rule id in one file", RULES_9579, "  - id: QTNB-08\n", "  - id: QTNB-04\n",
     ["10-internal-procedures.yaml", "rule QTNB-04", "already used"]),
    ("duplicate rule id across packs", STEPS, "  - id: ND61-02\n", "  - id: QTNB-01\n",
     ["step-tables.yaml", "rule QTNB-01", "already used", "10-internal-procedures.yaml"]),
    ("valid_until before valid_from", RULES_9579, QTNB_04_UNTIL,
     QTNB_04_UNTIL.replace("2025-06-30", "2019-01-01"),
     ["10-internal-procedures.yaml", "rule QTNB-04", "valid_until", "valid_from"]),
]


@pytest.fixture
def policy_copy(tmp_path: Path) -> Path:
    target = tmp_path / "policies"
    shutil.copytree(DEFAULT_POLICY_DIR, target)
    return target


def test_policy_copy_loads(policy_copy: Path) -> None:
    """The untouched copy loads: each failure below comes from its one edit."""
    assert {r.id for r in load_policies(policy_copy).rules} == \
        {r.id for r in load_policies().rules}


@pytest.mark.parametrize("rel, old, new, fragments", [b[1:] for b in BROKEN],
                         ids=[b[0] for b in BROKEN])
def test_load_policies_names_file_rule_and_problem(policy_copy: Path, rel: str, old: str,
                                                   new: str, fragments: list[str]) -> None:
    path = policy_copy / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the edit's anchor is not unique in {rel}: {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policies(policy_copy)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"

"""Turning a validated submission into typed, normalised facts: the one place that does it.

Each fact describes one subject of a verdict (the submission, a procedure, an internal or an
electronic procedure) with everything a rule may test about it, flattened for the engine:

* sets (tiers, documents, agency types) become ``{value: True}`` maps, so that rules can test
  membership with ``has``/``lacks`` (durable-rules compares paths, not list contents);
* an optional value that is unknown is left out (rules test ``present``), never ``None``;
* durations are working hours (one working day = 8 working hours);
* the context a rule needs (submission kind and documents, the procedure of an internal or
  electronic procedure, the paired internal procedure of an electronic one) is copied in.

``FACTS`` is the catalogue of fact paths per entity and their types: rule files are checked
against it when they load, and the rule book documents it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

SET, LIST, NUMBER, BOOL, SCALAR = "set", "list", "number", "bool", "scalar"
TIERS = ("province", "district", "commune")
HOURS_PER_DAY = 8

_COMMON = {
    "entity": SCALAR, "path": SCALAR, "kind": SCALAR, "as_of": NUMBER,
    "documents": SET, "agency_types": SET,
}
_PROCEDURE_CONTEXT = {
    "procedure.code": SCALAR, "procedure.reception": SCALAR,
    "procedure.managing_agency.code": SCALAR, "procedure.managing_agency.type": SCALAR,
    "procedure.handling_agency.code": SCALAR, "procedure.handling_agency.type": SCALAR,
    "procedure.time_limit_hours": NUMBER, "procedure.has_approved_internal_procedure": BOOL,
}
_STEPS = {
    "step_count": NUMBER, "counted_hours": NUMBER,
    "steps_missing_action": LIST, "steps_missing_responsible": LIST,
    "steps_missing_duration": LIST, "steps_at_fault": LIST, "steps_at_fault_count": NUMBER,
}

FACTS: dict[str, dict[str, str]] = {
    "submission": {
        **_COMMON,
        "submitter.code": SCALAR, "submitter.type": SCALAR,
        "addressed_to.code": SCALAR, "addressed_to.type": SCALAR,
        "approver.code": SCALAR, "approver.type": SCALAR,
        "procedure_count": NUMBER,
    },
    "procedure": {
        **_COMMON,
        "procedure_code": SCALAR, "change": SCALAR, "changed_elements": SET,
        "tiers": SET, "reception": SCALAR, "time_limit_hours": NUMBER,
        "has_approved_internal_procedure": BOOL,
        "managing_agency.code": SCALAR, "managing_agency.type": SCALAR,
        "handling_agency.code": SCALAR, "handling_agency.type": SCALAR,
        "ip_tiers": SET, "missing_ip_tiers": LIST, "missing_ip_tier_count": NUMBER,
        "ip_count": NUMBER,
    },
    "internal_procedure": {
        **_COMMON, **_PROCEDURE_CONTEXT, **_STEPS,
        "procedure_code": SCALAR, "tier": SCALAR, "tiers": SET,
        "drafted_by.code": SCALAR, "drafted_by.type": SCALAR,
        "coordinating_types": SET, "party_types": SET,
        "amends.decision": SCALAR, "amends.approved_by.type": SCALAR,
        "amends.decision_in_registry": BOOL, "amends.decision_in_force": BOOL,
        "amendment_reason": SCALAR,
    },
    "electronic_procedure": {
        **_COMMON, **_PROCEDURE_CONTEXT, **_STEPS,
        "procedure_code": SCALAR, "tier": SCALAR, "tiers": SET,
        "lead.code": SCALAR, "lead.type": SCALAR,
        "coordinating_types": SET, "party_types": SET,
        "based_on.decision": SCALAR, "based_on.approved_by.type": SCALAR,
        "based_on.decision_in_registry": BOOL, "based_on.decision_in_force": BOOL,
        "platform": SCALAR, "scope": SCALAR, "national_portal_connected": BOOL,
        "paired_ip.step_count": NUMBER, "paired_ip.counted_hours": NUMBER,
        "paired_ip.source": SCALAR,
    },
}
ENTITIES = tuple(FACTS)


def hours(duration: dict | None) -> float:
    """A duration in working hours (0 when not given)."""
    if not duration:
        return 0
    value = duration["value"]
    return value * HOURS_PER_DAY if duration["unit"] == "working_days" else value


def as_of_number(day: date) -> int:
    """A date as the integer yyyymmdd the engine compares."""
    return day.year * 10000 + day.month * 100 + day.day


def _flags(values: Iterable[str]) -> dict[str, bool]:
    return {v: True for v in values}


def _agency(agency: dict | None) -> dict | None:
    if not agency:
        return None
    out = {"type": agency["type"]}
    if agency.get("code"):
        out["code"] = agency["code"]
    return out


def _put(target: dict, key: str, value: Any) -> None:
    if value is not None:
        target[key] = value


def _steps(steps: list[dict]) -> dict:
    missing_action = [s["order"] for s in steps if not s.get("action")]
    missing_responsible = [s["order"] for s in steps if not s.get("responsible")]
    missing_duration = [s["order"] for s in steps
                        if s.get("counted", True) and not s.get("duration")]
    at_fault = sorted(set(missing_action) | set(missing_responsible) | set(missing_duration))
    return {
        "step_count": len(steps),
        "counted_hours": _number(sum(hours(s.get("duration")) for s in steps
                                     if s.get("counted", True))),
        "steps_missing_action": sorted(missing_action),
        "steps_missing_responsible": sorted(missing_responsible),
        "steps_missing_duration": sorted(missing_duration),
        "steps_at_fault": at_fault,
        "steps_at_fault_count": len(at_fault),
    }


def _number(x: float) -> float | int:
    """Integral floats become ints, so the same total always prints the same way."""
    return int(x) if float(x).is_integer() else round(x, 6)


def _procedure_context(p: dict, proc_fact: dict) -> dict:
    ctx = {"code": p["code"],
           "managing_agency": proc_fact["managing_agency"],
           "handling_agency": proc_fact["handling_agency"]}
    for key in ("reception", "time_limit_hours", "has_approved_internal_procedure"):
        _put(ctx, key, proc_fact.get(key))
    return ctx


def _agency_types(*agencies: dict | None) -> dict[str, bool]:
    return _flags(a["type"] for a in agencies if a)


def build_facts(submission: dict, as_of: date, registry: Any = None) -> list[dict]:
    """All facts of a validated submission, in a stable order (submission, procedures, IPs, EPs).

    ``registry``, when given, may complete what the submission does not say (see
    ``service.registry.view``); facts taken from it are listed in ``from_registry``.
    """
    kind = submission["kind"]
    common = {"kind": kind, "as_of": as_of_number(as_of),
              "documents": _flags(submission.get("documents", ()))}
    procedures = submission["procedures"]
    ips = submission.get("internal_procedures", [])
    eps = submission.get("electronic_procedures", [])

    sub_fact = {"entity": "submission", "path": "", **common,
                "procedure_count": len(procedures)}
    for role in ("submitter", "addressed_to", "approver"):
        _put(sub_fact, role, _agency(submission.get(role)))
    sub_fact["agency_types"] = _agency_types(*(submission.get(r) for r in
                                               ("submitter", "addressed_to", "approver")))
    facts = [sub_fact]

    ip_tiers: dict[str, list[str]] = {}
    for ip in ips:
        ip_tiers.setdefault(ip["procedure_code"], []).append(ip["tier"])
    ip_by_key = {(ip["procedure_code"], ip["tier"]): ip for ip in ips}
    raw = {p["code"]: p for p in procedures}

    proc_facts: dict[str, dict] = {}
    for i, p in enumerate(procedures):
        managing = _agency(p["managing_agency"])
        handling = _agency(p.get("handling_agency")) or managing
        tiers = [t for t in TIERS if t in p["tiers"]]
        have = ip_tiers.get(p["code"], [])
        missing = [t for t in tiers if t not in have]
        fact = {"entity": "procedure", "path": f"procedures.{i}", **common,
                "procedure_code": p["code"],
                "change": p.get("change", "unchanged") if kind == "publication" else "unchanged",
                "changed_elements": _flags(p.get("changed_elements", ())),
                "tiers": _flags(tiers),
                "managing_agency": managing, "handling_agency": handling,
                "agency_types": _agency_types(p["managing_agency"], p.get("handling_agency")),
                "ip_tiers": _flags(have), "ip_count": len(have),
                "missing_ip_tiers": missing, "missing_ip_tier_count": len(missing)}
        if "province" in tiers:
            _put(fact, "reception", p.get("reception"))
        if p.get("time_limit"):
            fact["time_limit_hours"] = _number(hours(p["time_limit"]))
        _put(fact, "has_approved_internal_procedure", p.get("has_approved_internal_procedure"))
        if registry is not None:
            registry.complete_procedure(fact, p, as_of)
        proc_facts[p["code"]] = fact
        facts.append(fact)

    for i, ip in enumerate(ips):
        proc = proc_facts[ip["procedure_code"]]
        coordinating = ip.get("coordinating", [])
        fact = {"entity": "internal_procedure", "path": f"internal_procedures.{i}", **common,
                "procedure_code": ip["procedure_code"], "tier": ip["tier"],
                "tiers": _flags([ip["tier"]]),
                "procedure": _procedure_context(raw[ip["procedure_code"]], proc),
                "drafted_by": _agency(ip["drafted_by"]),
                "coordinating_types": _agency_types(*coordinating),
                "party_types": _agency_types(ip["drafted_by"], *coordinating),
                "agency_types": _agency_types(ip["drafted_by"], *coordinating,
                                              (ip.get("amends") or {}).get("approved_by")),
                **_steps(ip.get("steps", []))}
        _put(fact, "amends", _reference(ip.get("amends")))
        _put(fact, "amendment_reason", ip.get("amendment_reason"))
        if registry is not None:
            registry.complete_internal_procedure(fact, ip, as_of)
        facts.append(fact)

    for i, ep in enumerate(eps):
        proc = proc_facts[ep["procedure_code"]]
        coordinating = ep.get("coordinating", [])
        fact = {"entity": "electronic_procedure", "path": f"electronic_procedures.{i}",
                **common,
                "procedure_code": ep["procedure_code"], "tier": ep["tier"],
                "tiers": _flags([ep["tier"]]),
                "procedure": _procedure_context(raw[ep["procedure_code"]], proc),
                "lead": _agency(ep["lead"]),
                "coordinating_types": _agency_types(*coordinating),
                "party_types": _agency_types(ep["lead"], *coordinating),
                "agency_types": _agency_types(ep["lead"], *coordinating,
                                              (ep.get("based_on") or {}).get("approved_by")),
                "platform": ep["platform"], "scope": ep.get("scope", "tier_wide"),
                **_steps(ep.get("steps", []))}
        _put(fact, "based_on", _reference(ep.get("based_on")))
        _put(fact, "national_portal_connected", ep.get("national_portal_connected"))
        paired = ip_by_key.get((ep["procedure_code"], ep["tier"]))
        if paired is not None:
            steps = _steps(paired.get("steps", []))
            fact["paired_ip"] = {"step_count": steps["step_count"],
                                 "counted_hours": steps["counted_hours"],
                                 "source": "submission"}
        if registry is not None:  # fills paired_ip only when the submission has none
            registry.complete_electronic_procedure(fact, ep, as_of)
        facts.append(fact)
    return facts


def _reference(ref: dict | None) -> dict | None:
    """``amends``/``based_on``: the decision (when not empty) and its approver's type."""
    if ref is None:
        return None
    out: dict = {}
    _put(out, "decision", ref.get("decision") or None)
    approver = _agency(ref.get("approved_by"))
    _put(out, "approved_by", approver)
    return out

"""Turning a validated submission into typed, normalised facts: the one place that does it.

Each fact describes one subject of a verdict (the submission, a procedure, an internal or an
electronic procedure) with everything a rule may test about it, flattened for the engine:

* sets (tiers, documents, agency types) become ``{value: True}`` maps, so that rules can test
  membership with ``has``/``lacks`` (durable-rules compares paths, not list contents);
* an optional value that is unknown is left out (rules test ``present``), never ``None``;
* durations are working hours (one working day = 8 working hours), and totals are summed in
  exact decimal (0.1 + 0.2 working hours is 0.3, equal to a limit of 0.3, not over it);
* the context a rule needs (submission kind and documents, the province the submission is
  evaluated for, the procedure of an internal or electronic procedure, the paired internal
  procedure of an electronic one) is copied in;
* an agency is ``{type, code, name, signed_as, signer}`` as far as the submission gives them;
  the names compared by QTNB-14 are normalised into ``name_keys`` (see :func:`name_key`);
* the agencies of the district level found on a subject, with their role, are listed in
  ``district_agencies`` (the catalogue's CQDP-01; cited decisions and their approvers are
  not part of a subject's parties and are not listed).

Every fact carries ``province`` (the slug whose registry entries are read: the successor
when the dossier names a province that had ended) and ``bound_province`` (the province whose
own packs apply: empty when the dossier names a province that had ended, JUR-01). The
registry's hooks read ``province`` to take the entries of that province only. Agencies that
may stand where the Chairman stands carry ``delegate`` (true when a delegation in force for
the dossier's province and act names them, ``policies/delegations.yaml``). Each open point
of a reading (contract v1.2) is a fact of its own (entity ``open_point``). Internal and electronic procedures
carry their ``variant`` normalised as the contract compares variants.

``FACTS`` is the catalogue of fact paths per entity and their types: rule files are checked
against it when they load, and the rule book documents it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

SET, LIST, NUMBER, BOOL, SCALAR = "set", "list", "number", "bool", "scalar"
TIERS = ("province", "district", "commune")
HOURS_PER_DAY = 8
# The agencies of the district level (catalogue v2, CQDP-01).
DISTRICT_TYPES = ("district_pc", "district_centre", "district_division",
                  "district_software_admin")

_AGENCY = ("code", "type", "name", "signed_as", "signer")


def _agency_paths(prefix: str) -> dict[str, str]:
    return {f"{prefix}.{k}": SCALAR for k in _AGENCY}


_COMMON = {
    "entity": SCALAR, "path": SCALAR, "kind": SCALAR, "as_of": NUMBER, "province": SCALAR,
    "bound_province": SCALAR,
    "documents": SET, "agency_types": SET,
    "district_agencies": LIST, "district_agency_count": NUMBER,
}
_PROCEDURE_CONTEXT = {
    "procedure.code": SCALAR, "procedure.reception": SCALAR, "procedure.change": SCALAR,
    **_agency_paths("procedure.managing_agency"), **_agency_paths("procedure.handling_agency"),
    "procedure.time_limit_hours": NUMBER, "procedure.has_approved_internal_procedure": BOOL,
}
_STEPS = {
    "step_count": NUMBER, "counted_hours": NUMBER,
    "steps_missing_action": LIST, "steps_missing_responsible": LIST,
    "steps_missing_duration": LIST, "steps_at_fault": LIST, "steps_at_fault_count": NUMBER,
}
_REFERENCE = {"decision": SCALAR, "decision_in_registry": BOOL, "decision_in_force": BOOL}

FACTS: dict[str, dict[str, str]] = {
    "submission": {
        **_COMMON,
        **_agency_paths("submitter"), **_agency_paths("addressed_to"),
        **_agency_paths("approver"),
        "addressed_to.delegate": BOOL, "approver.delegate": BOOL,
        "procedure_count": NUMBER, "open_point_count": NUMBER,
        "named_province": SCALAR, "default_province": SCALAR, "successor": SCALAR,
        "named_province_ended": BOOL, "default_province_ended": BOOL,
    },
    "procedure": {
        **_COMMON,
        "procedure_code": SCALAR, "change": SCALAR, "changed_elements": SET,
        "tiers": SET, "reception": SCALAR, "time_limit_hours": NUMBER,
        "has_approved_internal_procedure": BOOL,
        **_agency_paths("managing_agency"), **_agency_paths("handling_agency"),
        "ip_tiers": SET, "missing_ip_tiers": LIST, "missing_ip_tier_count": NUMBER,
        "ip_count": NUMBER,
    },
    "internal_procedure": {
        **_COMMON, **_PROCEDURE_CONTEXT, **_STEPS,
        "procedure_code": SCALAR, "tier": SCALAR, "tiers": SET, "variant": SCALAR,
        "time_limit_hours": NUMBER,
        **_agency_paths("drafted_by"),
        "name_keys.drafted_by": SCALAR, "name_keys.managing_agency": SCALAR,
        "name_keys.handling_agency": SCALAR,
        "coordinating_types": SET, "party_types": SET,
        **{f"amends.{k}": v for k, v in _REFERENCE.items()},
        **_agency_paths("amends.approved_by"), "amends.approved_by.delegate": BOOL,
        "amendment_reason": SCALAR,
    },
    "electronic_procedure": {
        **_COMMON, **_PROCEDURE_CONTEXT, **_STEPS,
        "procedure_code": SCALAR, "tier": SCALAR, "tiers": SET, "variant": SCALAR,
        **_agency_paths("lead"),
        "coordinating_types": SET, "party_types": SET,
        **{f"based_on.{k}": v for k, v in _REFERENCE.items()},
        **_agency_paths("based_on.approved_by"), "based_on.approved_by.delegate": BOOL,
        "platform": SCALAR, "scope": SCALAR, "national_portal_connected": BOOL,
        "paired_ip.step_count": NUMBER, "paired_ip.counted_hours": NUMBER,
        "paired_ip.source": SCALAR,
    },
    "open_point": {
        **_COMMON,
        "point.kind": SCALAR, "point.place": SCALAR, "point.heading": SCALAR,
        "procedure_code": SCALAR, "tier": SCALAR, "variant": SCALAR,
        "printed_hours": NUMBER, "summed_hours": NUMBER,
    },
}
ENTITIES = tuple(FACTS)


def exact_hours(duration: dict | None) -> Decimal:
    """A duration in working hours, in exact decimal (0 when not given)."""
    if not duration:
        return Decimal(0)
    value = Decimal(str(duration["value"]))
    return value * HOURS_PER_DAY if duration["unit"] == "working_days" else value


def hours(duration: dict | None) -> float | int:
    """A duration in working hours, as a number (0 when not given)."""
    return number(exact_hours(duration))


def counted_total(steps: Iterable[dict]) -> float | int:
    """The total of the counted steps' durations in working hours, summed in exact decimal."""
    return number(sum((exact_hours(s.get("duration")) for s in steps
                       if s.get("counted", True)), Decimal(0)))


def number(x: Decimal | float) -> float | int:
    """A number as the facts hold it: integral values become ints, so that the same total
    always prints the same way; others the float nearest to the exact decimal."""
    d = x if isinstance(x, Decimal) else Decimal(str(x))
    return int(d) if d == d.to_integral_value() else float(d)


def as_of_number(day: date) -> int:
    """A date as the integer yyyymmdd the engine compares."""
    return day.year * 10000 + day.month * 100 + day.day


# --- names compared by people's spelling (QTNB-14) ------------------------------------------

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# «oa», «oe», «uy» ending a syllable with the tone on the second vowel («hoá», «khoẻ»,
# «thuỷ»): the tone moves to the first («hóa», «khỏe», «thủy»). Not in «quý» («qu» is the
# consonant) nor before a final consonant («hoàng» keeps its tone on «a»).
_OLD_TONE = re.compile(rf"(?<!q)(o)([ae])([{_TONES}])(?![a-z\u0300-\u036f])"
                       rf"|(?<!q)(u)(y)([{_TONES}])(?![a-z\u0300-\u036f])")


def _modern_tones(text: str) -> str:
    def move(m: re.Match) -> str:
        first, second, tone = (m.group(1), m.group(2), m.group(3)) if m.group(1) else \
            (m.group(4), m.group(5), m.group(6))
        return first + tone + second
    return unicodedata.normalize("NFC", _OLD_TONE.sub(move, unicodedata.normalize("NFD", text)))


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return _modern_tones(" ".join(text.split()))


@lru_cache(maxsize=8192)
def name_key(name: str | None, province_name: str | None = None) -> str | None:
    """An agency's name as QTNB-14 compares it: Unicode NFC, case-folded, every run of white
    space (non-breaking included) one space, trimmed, tone marks placed as in «hóa», «thủy»,
    «ủy», and one trailing « tỉnh <province_name>» removed. None for no name."""
    if not name or not name.strip():
        return None
    key = _plain(name)
    if province_name:
        suffix = " tỉnh " + _plain(province_name)
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[:-len(suffix)]
    return key


# --- building the facts -------------------------------------------------------------------

def _flags(values: Iterable[str]) -> dict[str, bool]:
    return {v: True for v in values}


def _agency(agency: dict | None) -> dict | None:
    if not agency:
        return None
    out = {"type": agency["type"]}
    for key in ("code", "name", "signed_as", "signer"):
        if agency.get(key):
            out[key] = agency[key]
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
        "counted_hours": counted_total(steps),
        "steps_missing_action": sorted(missing_action),
        "steps_missing_responsible": sorted(missing_responsible),
        "steps_missing_duration": sorted(missing_duration),
        "steps_at_fault": at_fault,
        "steps_at_fault_count": len(at_fault),
    }


def _procedure_context(p: dict, proc_fact: dict) -> dict:
    ctx = {"code": p["code"], "change": proc_fact["change"],
           "managing_agency": proc_fact["managing_agency"],
           "handling_agency": proc_fact["handling_agency"]}
    for key in ("reception", "time_limit_hours", "has_approved_internal_procedure"):
        _put(ctx, key, proc_fact.get(key))
    return ctx


def _agency_types(*agencies: dict | None) -> dict[str, bool]:
    return _flags(a["type"] for a in agencies if a)


def _district(roles: Iterable[tuple[str, dict | None]]) -> dict:
    """The district-level agencies among ``(role, agency)`` pairs, each ``{role, type}`` with
    its ``code`` and ``name`` when sent."""
    found = []
    for role, agency in roles:
        if agency and agency["type"] in DISTRICT_TYPES:
            entry = {"role": role, "type": agency["type"]}
            for key in ("code", "name"):
                if agency.get(key):
                    entry[key] = agency[key]
            found.append(entry)
    return {"district_agencies": found, "district_agency_count": len(found)}


def _same_agency(a: dict, b: dict) -> bool:
    return all(a.get(k) == b.get(k) for k in ("type", "code", "name"))


def _variant_key(variant: str | None) -> str:
    from service.contract.schemas import variant_key  # the contract's own comparison

    return variant_key(variant)


def _province_name(province: str) -> str | None:
    from service.engine.jurisdiction import provinces

    found = provinces().get(province)
    return found.name if found else None


def build_facts(submission: dict, as_of: date, registry: Any = None,
                province: str | None = None, where: Any = None,
                delegations: Any = None) -> list[dict]:
    """All facts of a validated submission, in a stable order (submission, procedures, IPs, EPs,
    open points).

    ``where`` (:class:`service.engine.jurisdiction.Where`) says which province the submission
    is evaluated for; by default it is resolved from the submission, or taken as ``province``
    when that is given. ``delegations`` (:class:`service.engine.delegations.Delegations`)
    marks the agencies that stand where the Chairman stands. ``registry``, when given, may
    complete what the submission does not say (see ``service.registry.view``); facts taken
    from it are listed in ``from_registry``.
    """
    from service.engine.jurisdiction import Where, resolve

    if where is None:
        where = Where(province, province, province, province, province) if province \
            else resolve(submission, as_of)
    province_name = _province_name(where.named or where.province)
    kind = submission["kind"]
    common = {"kind": kind, "as_of": as_of_number(as_of), "province": where.registry,
              "bound_province": where.bound or "",
              "documents": _flags(submission.get("documents", ()))}

    def delegate(agency: dict | None, act: str | None) -> dict | None:
        """The agency, marked ``delegate`` when a delegation in force names it for ``act``."""
        if agency is None:
            return None
        found = delegations.delegate(agency, where.bound, as_of, act) \
            if delegations is not None and where.bound else None
        return {**agency, "delegate": found is not None}

    from service.engine.delegations import ACT_OF_KIND

    act = ACT_OF_KIND.get(kind)
    procedures = submission["procedures"]
    ips = submission.get("internal_procedures", [])
    eps = submission.get("electronic_procedures", [])

    points = submission.get("open_points", [])
    sub_fact = {"entity": "submission", "path": "", **common,
                "procedure_count": len(procedures), "open_point_count": len(points),
                "default_province": where.default,
                "named_province_ended": where.named_ended,
                "default_province_ended": where.default_ended}
    _put(sub_fact, "named_province", where.named)
    _put(sub_fact, "successor", where.successor)
    roles = [(role, _agency(submission.get(role)))
             for role in ("submitter", "addressed_to", "approver")]
    for role, agency in roles:
        _put(sub_fact, role, delegate(agency, act) if role != "submitter" else agency)
    sub_fact["agency_types"] = _agency_types(*(a for _, a in roles))
    sub_fact.update(_district(roles))
    facts = [sub_fact]

    ip_tiers: dict[str, list[str]] = {}
    ip_by_variant: dict[tuple[str, str, str], dict] = {}
    ip_by_tier: dict[tuple[str, str], list[dict]] = {}
    for ip in ips:
        ip_tiers.setdefault(ip["procedure_code"], []).append(ip["tier"])
        ip_by_variant[(ip["procedure_code"], ip["tier"], _variant_key(ip.get("variant")))] = ip
        ip_by_tier.setdefault((ip["procedure_code"], ip["tier"]), []).append(ip)
    raw = {p["code"]: p for p in procedures}

    proc_facts: dict[str, dict] = {}
    for i, p in enumerate(procedures):
        managing = _agency(p["managing_agency"])
        handling = _agency(p.get("handling_agency")) or managing
        tiers = [t for t in TIERS if t in p["tiers"]]
        have = ip_tiers.get(p["code"], [])
        missing = [t for t in tiers if t not in have]
        district_roles = [("managing_agency", managing)]
        if not _same_agency(handling, managing):  # sent, and not the default
            district_roles.append(("handling_agency", handling))
        fact = {"entity": "procedure", "path": f"procedures.{i}", **common,
                "procedure_code": p["code"],
                "change": p.get("change", "unchanged") if kind == "publication" else "unchanged",
                "changed_elements": _flags(p.get("changed_elements", ())),
                "tiers": _flags(tiers),
                "managing_agency": managing, "handling_agency": handling,
                "agency_types": _agency_types(p["managing_agency"], p.get("handling_agency")),
                "ip_tiers": _flags(dict.fromkeys(have)), "ip_count": len(have),
                "missing_ip_tiers": missing, "missing_ip_tier_count": len(missing),
                **_district(district_roles)}
        if "province" in tiers:
            _put(fact, "reception", p.get("reception"))
        if p.get("time_limit"):
            fact["time_limit_hours"] = hours(p["time_limit"])
        _put(fact, "has_approved_internal_procedure", p.get("has_approved_internal_procedure"))
        if registry is not None:
            registry.complete_procedure(fact, p, as_of)
        proc_facts[p["code"]] = fact
        facts.append(fact)

    for i, ip in enumerate(ips):
        proc = proc_facts[ip["procedure_code"]]
        coordinating = ip.get("coordinating", [])
        drafted_by = _agency(ip["drafted_by"])
        fact = {"entity": "internal_procedure", "path": f"internal_procedures.{i}", **common,
                "procedure_code": ip["procedure_code"], "tier": ip["tier"],
                "tiers": _flags([ip["tier"]]),
                "procedure": _procedure_context(raw[ip["procedure_code"]], proc),
                "drafted_by": drafted_by,
                "coordinating_types": _agency_types(*coordinating),
                "party_types": _agency_types(ip["drafted_by"], *coordinating),
                "agency_types": _agency_types(ip["drafted_by"], *coordinating,
                                              (ip.get("amends") or {}).get("approved_by")),
                **_district([("drafted_by", drafted_by)]
                            + [("coordinating", _agency(a)) for a in coordinating]),
                **_steps(ip.get("steps", []))}
        _put(fact, "variant", _variant_key(ip.get("variant")) or None)
        if ip.get("time_limit"):
            fact["time_limit_hours"] = hours(ip["time_limit"])
        keys = {"drafted_by": name_key(drafted_by.get("name"), province_name),
                "managing_agency": name_key(proc["managing_agency"].get("name"), province_name),
                "handling_agency": name_key(proc["handling_agency"].get("name"), province_name)}
        fact["name_keys"] = {k: v for k, v in keys.items() if v is not None}
        _put(fact, "amends", _reference(ip.get("amends"), delegate))
        _put(fact, "amendment_reason", ip.get("amendment_reason"))
        if registry is not None:
            registry.complete_internal_procedure(fact, ip, as_of)
        facts.append(fact)

    for i, ep in enumerate(eps):
        proc = proc_facts[ep["procedure_code"]]
        coordinating = ep.get("coordinating", [])
        lead = _agency(ep["lead"])
        variant = _variant_key(ep.get("variant"))
        fact = {"entity": "electronic_procedure", "path": f"electronic_procedures.{i}",
                **common,
                "procedure_code": ep["procedure_code"], "tier": ep["tier"],
                "tiers": _flags([ep["tier"]]),
                "procedure": _procedure_context(raw[ep["procedure_code"]], proc),
                "lead": lead,
                "coordinating_types": _agency_types(*coordinating),
                "party_types": _agency_types(ep["lead"], *coordinating),
                "agency_types": _agency_types(ep["lead"], *coordinating,
                                              (ep.get("based_on") or {}).get("approved_by")),
                **_district([("lead", lead)]
                            + [("coordinating", _agency(a)) for a in coordinating]),
                "platform": ep["platform"], "scope": ep.get("scope", "tier_wide"),
                **_steps(ep.get("steps", []))}
        _put(fact, "variant", variant or None)
        _put(fact, "based_on", _reference(ep.get("based_on"), delegate))
        _put(fact, "national_portal_connected", ep.get("national_portal_connected"))
        paired = _paired(ep["procedure_code"], ep["tier"], variant, ip_by_variant, ip_by_tier)
        if paired is not None:
            steps = _steps(paired.get("steps", []))
            fact["paired_ip"] = {"step_count": steps["step_count"],
                                 "counted_hours": steps["counted_hours"],
                                 "source": "submission"}
        if registry is not None:  # fills paired_ip only when the submission has none
            registry.complete_electronic_procedure(fact, ep, as_of)
        facts.append(fact)

    for i, point in enumerate(points):
        fact = {"entity": "open_point", "path": f"open_points.{i}", **common,
                "point": {k: point[k] for k in ("kind", "place", "heading") if point.get(k)}}
        for key in ("procedure_code", "tier"):
            _put(fact, key, point.get(key))
        _put(fact, "variant", _variant_key(point.get("variant")) or None)
        if point.get("printed"):
            fact["printed_hours"] = hours(point["printed"])
        if point.get("summed"):
            fact["summed_hours"] = hours(point["summed"])
        facts.append(fact)
    return facts


def _paired(code: str, tier: str, variant: str, by_variant: dict, by_tier: dict) -> dict | None:
    """The internal procedure an electronic one mirrors: the one of the same code, tier and
    variant, or, when none has that variant, the only one of that code and tier."""
    same = by_variant.get((code, tier, variant))
    if same is not None:
        return same
    candidates = by_tier.get((code, tier), [])
    return candidates[0] if len(candidates) == 1 else None


def _reference(ref: dict | None, delegate: Any = None) -> dict | None:
    """``amends``/``based_on``: the decision (when not empty) and its approver (marked
    ``delegate`` when a delegation in force for approving internal procedures names it)."""
    if ref is None:
        return None
    out: dict = {}
    _put(out, "decision", ref.get("decision") or None)
    approver = _agency(ref.get("approved_by"))
    if approver is not None and delegate is not None:
        from service.engine.delegations import CITED_ACT

        approver = delegate(approver, CITED_ACT)
    _put(out, "approved_by", approver)
    return out

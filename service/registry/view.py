"""What the registry holds, in memory, as the engine asks for it: the registry object the engine
takes (``Engine.evaluate(submission, as_of, registry=view)``).

A :class:`RegistryView` holds versions (with their validity) of TTHC, approved internal
procedures and electronic procedures, and answers the engine's hooks for the day evaluated:

``complete_procedure(fact, procedure, as_of)``
    When the submission leaves ``has_approved_internal_procedure`` out and the registry knows
    the TTHC (or holds an internal procedure for it), fills it: true when an approved internal
    procedure is in force for EVERY tier of the procedure, else false.
``complete_electronic_procedure(fact, ep, as_of)``
    When the submission does not carry the internal procedure for the same code and tier,
    fills ``paired_ip`` (step count, counted hours, ``source: "registry"``) from the approved
    one in force, when the registry holds its steps. Checks ``based_on.decision`` (below).
``complete_internal_procedure(fact, ip, as_of)``
    Checks ``amends.decision`` (below).

Checking a cited decision (``amends.decision``, ``based_on.decision``), when the registry
holds an approved internal procedure of that TTHC (at any tier), adds two booleans next to it:
``decision_in_registry`` (the decision is one of the approved internal procedures the registry
holds, in force or superseded, for that code and tier) and ``decision_in_force`` (it is the
one in force on the day). Decision numbers compare as ``decision_key`` reads them. Otherwise
(nothing cited, or nothing held) they are left out: unknown.

Every fact filled in is also listed in ``fact["from_registry"]`` (fact path → value), which
the verdict reports. Pure: no database (``service.registry.store`` builds views from it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from service.engine.facts import hours
from service.registry.coverage import (
    ElectronicProcedureRecord,
    InternalProcedureRecord,
    ProcedureRecord,
)
from service.registry.normalise import decision_key


@dataclass(frozen=True)
class _Validity:
    valid_from: date
    valid_to: date | None

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True)
class ProcedureVersion(_Validity):
    code: str
    name: str
    tiers: tuple[str, ...]
    status: str
    field: str | None = None
    managing_agency: str | None = None
    handling_agency: str | None = None


@dataclass(frozen=True)
class InternalProcedureVersion(_Validity):
    code: str
    tier: str
    decision_number: str | None
    decision_date: date | None
    step_count: int
    counted_hours: float
    needs_amendment: bool = False


@dataclass(frozen=True)
class ElectronicProcedureVersion(_Validity):
    code: str
    tier: str
    platform: str
    scope: str = "tier_wide"
    national_portal_connected: bool | None = None


def step_totals(steps: list[dict]) -> tuple[int, float]:
    """Number of steps and total counted duration in working hours (as ``service.engine.facts``)."""
    total = sum(hours(s.get("duration")) for s in steps if s.get("counted", True))
    return len(steps), total


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 6)


def _mark(fact: dict, path: str, value: Any) -> None:
    fact.setdefault("from_registry", {})[path] = value


class RegistryView:
    """Versions of registry records, with the engine's hooks (see the module docstring)."""

    def __init__(self, procedures: Iterable[ProcedureVersion] = (),
                 internal_procedures: Iterable[InternalProcedureVersion] = (),
                 electronic_procedures: Iterable[ElectronicProcedureVersion] = ()) -> None:
        self.procedures: dict[str, list[ProcedureVersion]] = defaultdict(list)
        self.internal: dict[tuple[str, str], list[InternalProcedureVersion]] = defaultdict(list)
        self.electronic: dict[tuple[str, str], list[ElectronicProcedureVersion]] = \
            defaultdict(list)
        self.internal_codes: set[str] = set()
        for p in procedures:
            self.procedures[p.code].append(p)
        for ip in internal_procedures:
            self.internal[(ip.code, ip.tier)].append(ip)
            self.internal_codes.add(ip.code)
        for ep in electronic_procedures:
            self.electronic[(ep.code, ep.tier)].append(ep)

    # --- look-ups ---------------------------------------------------------------------

    @staticmethod
    def _in_force(versions: list, day: date):
        found = [v for v in versions if v.in_force(day)]
        return max(found, key=lambda v: v.valid_from) if found else None

    def procedure(self, code: str, day: date) -> ProcedureVersion | None:
        return self._in_force(self.procedures.get(code, []), day)

    def internal_procedure(self, code: str, tier: str,
                           day: date) -> InternalProcedureVersion | None:
        return self._in_force(self.internal.get((code, tier), []), day)

    def electronic_procedure(self, code: str, tier: str,
                             day: date) -> ElectronicProcedureVersion | None:
        return self._in_force(self.electronic.get((code, tier), []), day)

    def knows(self, code: str) -> bool:
        return code in self.procedures or code in self.internal_codes

    # --- the engine's hooks ----------------------------------------------------------

    def complete_procedure(self, fact: dict, procedure: dict, as_of: date) -> None:
        if "has_approved_internal_procedure" in fact or not self.knows(procedure["code"]):
            return
        value = all(self.internal_procedure(procedure["code"], tier, as_of) is not None
                    for tier in procedure["tiers"])
        fact["has_approved_internal_procedure"] = value
        _mark(fact, "has_approved_internal_procedure", value)

    def complete_electronic_procedure(self, fact: dict, ep: dict, as_of: date) -> None:
        code, tier = ep["procedure_code"], ep["tier"]
        if "paired_ip" not in fact:
            ip = self.internal_procedure(code, tier, as_of)
            if ip is not None and ip.step_count:
                paired = {"step_count": ip.step_count,
                          "counted_hours": _number(ip.counted_hours), "source": "registry"}
                fact["paired_ip"] = paired
                _mark(fact, "paired_ip", dict(paired))
        self._check_decision(fact, "based_on", code, tier, as_of)

    def complete_internal_procedure(self, fact: dict, ip: dict, as_of: date) -> None:
        self._check_decision(fact, "amends", ip["procedure_code"], ip["tier"], as_of)

    def _check_decision(self, fact: dict, ref: str, code: str, tier: str, day: date) -> None:
        cited = decision_key((fact.get(ref) or {}).get("decision"))
        if cited is None or code not in self.internal_codes:
            return
        versions = self.internal.get((code, tier), [])
        current = self.internal_procedure(code, tier, day)
        held = any(decision_key(v.decision_number) == cited for v in versions)
        in_force = current is not None and decision_key(current.decision_number) == cited
        fact[ref]["decision_in_registry"] = held
        fact[ref]["decision_in_force"] = in_force
        _mark(fact, f"{ref}.decision_in_registry", held)
        _mark(fact, f"{ref}.decision_in_force", in_force)

    # --- coverage ---------------------------------------------------------------------

    def coverage_records(self, day: date) -> tuple[list[ProcedureRecord],
                                                   list[InternalProcedureRecord],
                                                   list[ElectronicProcedureRecord]]:
        """The records in force on ``day``, as ``coverage.coverage_report`` takes them."""
        procedures = []
        for code in sorted(self.procedures):
            p = self.procedure(code, day)
            if p is not None:
                procedures.append(ProcedureRecord(p.code, p.name, p.tiers, p.status, p.field,
                                                  p.managing_agency, p.handling_agency))
        ips = [InternalProcedureRecord(ip.code, ip.tier, ip.decision_number, ip.decision_date,
                                       ip.needs_amendment)
               for key in sorted(self.internal)
               if (ip := self.internal_procedure(*key, day)) is not None]
        eps = [ElectronicProcedureRecord(ep.code, ep.tier, ep.platform,
                                         ep.national_portal_connected)
               for key in sorted(self.electronic)
               if (ep := self.electronic_procedure(*key, day)) is not None]
        return procedures, ips, eps

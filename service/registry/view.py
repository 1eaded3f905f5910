"""What the registry holds, in memory, as the engine asks for it: the registry object the engine
takes (``Engine.evaluate(submission, as_of, registry=view)``).

A :class:`RegistryView` holds versions (with their validity) of TTHC, approved internal
procedures and electronic procedures, each of one province, and answers the engine's hooks
for the day evaluated. A hook looks only at the entries of the fact's province (its
``province``, else the province the view was made for, else the deployment's default), and
matches internal and electronic procedures on code, tier and variant (variants compared as
``variant_key`` reads them; a look-up or an entry without a variant matches any variant, as
"an IP for P at a tier is met by any variant"):

``complete_procedure(fact, procedure, as_of)``
    When the submission leaves ``has_approved_internal_procedure`` out and the registry knows
    the TTHC (or holds an internal procedure for it), fills it: true when an approved internal
    procedure (any variant) is in force for EVERY tier of the procedure, else false.
``complete_electronic_procedure(fact, ep, as_of)``
    When the submission does not carry the internal procedure for the same code and tier,
    fills ``paired_ip`` (step count, counted hours, ``source: "registry"``) from the approved
    one in force, when the registry holds its steps: the one of the EP's variant, or, when
    none has it, the only one of that code and tier (QTDT-09). Checks ``based_on.decision``
    (below).
``complete_internal_procedure(fact, ip, as_of)``
    Checks ``amends.decision`` (below).

Checking a cited decision (``amends.decision``, ``based_on.decision``), when the registry
holds an approved internal procedure of that TTHC (at any tier), adds two booleans next to it:
``decision_in_registry`` (the decision is one of the approved internal procedures the registry
holds, in force or superseded, for that code, tier and variant) and ``decision_in_force`` (it
is one in force on the day). Decision numbers compare as ``decision_key`` reads them.
Otherwise (nothing cited, or nothing held) they are left out: unknown.

Every fact filled in is also listed in ``fact["from_registry"]`` (fact path → value), which
the verdict reports. Pure: no database (``service.registry.store`` builds views from it).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from service.contract.schemas import variant_key
from service.engine.facts import hours
from service.engine.jurisdiction import default_province
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
    province: str = ""  # "": the deployment's default province


@dataclass(frozen=True)
class InternalProcedureVersion(_Validity):
    code: str
    tier: str
    decision_number: str | None
    decision_date: date | None
    step_count: int
    counted_hours: float
    needs_amendment: bool = False
    variant: str = ""
    province: str = ""


@dataclass(frozen=True)
class ElectronicProcedureVersion(_Validity):
    code: str
    tier: str
    platform: str
    scope: str = "tier_wide"
    national_portal_connected: bool | None = None
    variant: str = ""
    province: str = ""


def step_totals(steps: list[dict]) -> tuple[int, float]:
    """Number of steps and total counted duration in working hours (as ``service.engine.facts``)."""
    total = sum(hours(s.get("duration")) for s in steps if s.get("counted", True))
    return len(steps), total


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 6)


def _mark(fact: dict, path: str, value: Any) -> None:
    fact.setdefault("from_registry", {})[path] = value


def _keyed(version):
    """A version with its variant as ``variant_key`` reads it."""
    key = variant_key(version.variant)
    return version if key == version.variant else replace(version, variant=key)


def variants_match(asked: str | None, held: str | None) -> bool:
    """Whether an entry of variant ``held`` answers a question about variant ``asked``: the
    same variant, or either has none (an IP for P at a tier is met by any variant)."""
    asked, held = variant_key(asked), variant_key(held)
    return not asked or not held or asked == held


class RegistryView:
    """Versions of registry records of one or more provinces, with the engine's hooks (see the
    module docstring). ``province``: the province a look-up without one is about (default:
    the deployment's)."""

    def __init__(self, procedures: Iterable[ProcedureVersion] = (),
                 internal_procedures: Iterable[InternalProcedureVersion] = (),
                 electronic_procedures: Iterable[ElectronicProcedureVersion] = (),
                 province: str | None = None) -> None:
        self.province = province
        default = None
        self.procedures: dict[tuple[str, str], list[ProcedureVersion]] = defaultdict(list)
        self.internal: dict[tuple[str, str, str], list[InternalProcedureVersion]] = \
            defaultdict(list)
        self.electronic: dict[tuple[str, str, str], list[ElectronicProcedureVersion]] = \
            defaultdict(list)
        self.internal_codes: set[tuple[str, str]] = set()
        for p in procedures:
            where = p.province or (default := default or default_province())
            self.procedures[(where, p.code)].append(p)
        for ip in map(_keyed, internal_procedures):
            where = ip.province or (default := default or default_province())
            self.internal[(where, ip.code, ip.tier)].append(ip)
            self.internal_codes.add((where, ip.code))
        for ep in map(_keyed, electronic_procedures):
            where = ep.province or (default := default or default_province())
            self.electronic[(where, ep.code, ep.tier)].append(ep)
        # Plain dicts from here: a look-up must never add a key.
        self.procedures, self.internal, self.electronic = (
            dict(self.procedures), dict(self.internal), dict(self.electronic))

    def for_province(self, province: str) -> RegistryView:
        """The same versions, answering for ``province`` a look-up that names none."""
        view = copy.copy(self)
        view.province = province
        return view

    def _where(self, province: str | None = None, fact: dict | None = None) -> str:
        return (province or (fact or {}).get("province") or self.province
                or default_province())

    # --- look-ups ---------------------------------------------------------------------

    @staticmethod
    def _in_force(versions: list, day: date):
        found = [v for v in versions if v.in_force(day)]
        return max(found, key=lambda v: v.valid_from) if found else None

    @staticmethod
    def _each_in_force(versions: list, day: date) -> list:
        """The version in force of each variant, in variant order."""
        by_variant: dict[str, list] = defaultdict(list)
        for v in versions:
            by_variant[v.variant].append(v)
        found = [RegistryView._in_force(vs, day) for _, vs in sorted(by_variant.items())]
        return [v for v in found if v is not None]

    def procedure(self, code: str, day: date,
                  province: str | None = None) -> ProcedureVersion | None:
        return self._in_force(self.procedures.get((self._where(province), code), []), day)

    def internal_procedures(self, code: str, tier: str, day: date,
                            province: str | None = None) -> list[InternalProcedureVersion]:
        """The approved internal procedures in force for a TTHC at a tier, one per variant."""
        return self._each_in_force(self.internal.get((self._where(province), code, tier), []),
                                   day)

    def internal_procedure(self, code: str, tier: str, day: date, variant: str | None = None,
                           province: str | None = None) -> InternalProcedureVersion | None:
        """The approved internal procedure in force of exactly that variant (none: the one
        without a variant)."""
        key = variant_key(variant)
        return next((v for v in self.internal_procedures(code, tier, day, province)
                     if v.variant == key), None)

    def electronic_procedures(self, code: str, tier: str, day: date,
                              province: str | None = None) -> list[ElectronicProcedureVersion]:
        return self._each_in_force(
            self.electronic.get((self._where(province), code, tier), []), day)

    def electronic_procedure(self, code: str, tier: str, day: date, variant: str | None = None,
                             province: str | None = None) -> ElectronicProcedureVersion | None:
        key = variant_key(variant)
        return next((v for v in self.electronic_procedures(code, tier, day, province)
                     if v.variant == key), None)

    def paired_internal_procedure(self, code: str, tier: str, variant: str | None, day: date,
                                  province: str | None = None
                                  ) -> InternalProcedureVersion | None:
        """The approved internal procedure an electronic procedure pairs with (QTDT-09): the
        one of the same variant, or, when none has it, the only one of that code and tier."""
        held = self.internal_procedures(code, tier, day, province)
        same = [v for v in held if v.variant == variant_key(variant)]
        if same:
            return same[0]
        return held[0] if len(held) == 1 else None

    def knows(self, code: str, province: str | None = None) -> bool:
        where = self._where(province)
        return (where, code) in self.procedures or (where, code) in self.internal_codes

    # --- the engine's hooks ----------------------------------------------------------

    def complete_procedure(self, fact: dict, procedure: dict, as_of: date) -> None:
        where = self._where(fact=fact)
        if "has_approved_internal_procedure" in fact or not self.knows(procedure["code"], where):
            return
        value = all(self.internal_procedures(procedure["code"], tier, as_of, where)
                    for tier in procedure["tiers"])
        fact["has_approved_internal_procedure"] = value
        _mark(fact, "has_approved_internal_procedure", value)

    def complete_electronic_procedure(self, fact: dict, ep: dict, as_of: date) -> None:
        where = self._where(fact=fact)
        code, tier, variant = ep["procedure_code"], ep["tier"], ep.get("variant")
        if "paired_ip" not in fact:
            ip = self.paired_internal_procedure(code, tier, variant, as_of, where)
            if ip is not None and ip.step_count:
                paired = {"step_count": ip.step_count,
                          "counted_hours": _number(ip.counted_hours), "source": "registry"}
                fact["paired_ip"] = paired
                _mark(fact, "paired_ip", dict(paired))
        self._check_decision(fact, "based_on", code, tier, variant, as_of, where)

    def complete_internal_procedure(self, fact: dict, ip: dict, as_of: date) -> None:
        self._check_decision(fact, "amends", ip["procedure_code"], ip["tier"],
                             ip.get("variant"), as_of, self._where(fact=fact))

    def _check_decision(self, fact: dict, ref: str, code: str, tier: str, variant: str | None,
                        day: date, province: str) -> None:
        cited = decision_key((fact.get(ref) or {}).get("decision"))
        if cited is None or (province, code) not in self.internal_codes:
            return
        versions = [v for v in self.internal.get((province, code, tier), [])
                    if variants_match(variant, v.variant)]
        current = self._each_in_force(versions, day)
        held = any(decision_key(v.decision_number) == cited for v in versions)
        in_force = any(decision_key(v.decision_number) == cited for v in current)
        fact[ref]["decision_in_registry"] = held
        fact[ref]["decision_in_force"] = in_force
        _mark(fact, f"{ref}.decision_in_registry", held)
        _mark(fact, f"{ref}.decision_in_force", in_force)

    # --- coverage ---------------------------------------------------------------------

    def coverage_records(self, day: date, province: str | None = None
                         ) -> tuple[list[ProcedureRecord], list[InternalProcedureRecord],
                                    list[ElectronicProcedureRecord]]:
        """The records of one province in force on ``day``, as ``coverage.coverage_report``
        takes them."""
        where = self._where(province)
        procedures = []
        for p_where, code in sorted(self.procedures):
            p = self.procedure(code, day, where) if p_where == where else None
            if p is not None:
                procedures.append(ProcedureRecord(p.code, p.name, p.tiers, p.status, p.field,
                                                  p.managing_agency, p.handling_agency))
        ips = [InternalProcedureRecord(ip.code, ip.tier, ip.decision_number, ip.decision_date,
                                       ip.needs_amendment, ip.variant)
               for key in sorted(self.internal) if key[0] == where
               for ip in self._each_in_force(self.internal[key], day)]
        eps = [ElectronicProcedureRecord(ep.code, ep.tier, ep.platform,
                                         ep.national_portal_connected, ep.variant)
               for key in sorted(self.electronic) if key[0] == where
               for ep in self._each_in_force(self.electronic[key], day)]
        return procedures, ips, eps

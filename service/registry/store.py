"""Reading and writing the registry tables, with their history.

``RegistryStore(store)`` works on the service's database (``service.storage.Store``). Writing
never changes a version: a different one closes the version in force (``valid_to``) and adds
a new row. Importing is idempotent: a row that a version already says (its decision and every
value the row gives) changes nothing, so the same list can be imported again and again.

A list is imported in one transaction; ``strict`` imports nothing when any row is bad.

Every row belongs to a province (``service.registry.models``). An import is for one province:
the one the caller names, else the deployment's default (``TTHC_PROVINCE``). A row that
names its own province (a «Tỉnh» column, or ``province`` in a JSON entry) goes to that
province when the caller named none; when the caller named one, a row of another province is
a problem of that row (left out, never written into the wrong registry). A look-up or write
without a province is about the default province.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.contract.schemas import TIERS, variant_key
from service.engine.jurisdiction import default_province, known, registry_province_of
from service.registry.coverage import coverage_report, filter_records
from service.registry.importer import LABELS, ListRow, ParseResult, Problem, merge_by_code
from service.registry.models import (
    RegistryElectronicProcedure,
    RegistryInternalProcedure,
    RegistryProcedure,
)
from service.registry.normalise import normalise_province
from service.registry.procedure_file import ProcedureEntry, ProcedureFile
from service.registry.view import (
    ElectronicProcedureVersion,
    InternalProcedureVersion,
    ProcedureVersion,
    RegistryView,
    step_totals,
)

CHUNK = 500  # codes per IN (…) query
# What a list row says about a TTHC; an empty value in a row says nothing (it is inherited).
CONTENT = ("name", "field", "managing_agency", "handling_agency", "tiers", "reception",
           "time_limit_value", "time_limit_unit", "time_limit_text", "status", "change")


class UnknownProvince(ValueError):
    """A province slug that ``policies/provinces.yaml`` does not list."""

    def __init__(self, slug: str) -> None:
        super().__init__(f"«{slug}» không phải mã tỉnh, thành phố đã biết (ví dụ: vinh-phuc, "
                         f"nghe-an, cao-bang)")
        self.slug = slug


def province_or_default(province: str | None) -> str:
    """The province a caller names (checked), else the deployment's default."""
    if province is None:
        return default_province()
    slug = province.strip()
    if not known(slug):
        raise UnknownProvince(slug)
    return slug


@dataclass
class ImportReport:
    """What an import did."""
    source: str
    province: str = ""        # the import's province
    rows: int = 0             # good rows read
    problems: list[Problem] = field(default_factory=list)
    refused: bool = False     # strict, and some row was bad: nothing imported
    created: int = 0          # TTHC the registry did not hold
    superseded: int = 0       # new versions of TTHC it held
    unchanged: int = 0        # rows a version already says
    older: list[dict] = field(default_factory=list)  # rows older than the version in force
    provinces: dict[str, int] = field(default_factory=dict)  # good rows per province
    notes: list[str] = field(default_factory=list)  # on the file as a whole (its encoding…)
    readings: list[dict] = field(default_factory=list)  # {row, code, notes}: how rows were read

    def to_dict(self) -> dict:
        return {"source": self.source, "province": self.province,
                "provinces": dict(sorted(self.provinces.items())),
                "rows": self.rows, "refused": self.refused,
                "created": self.created, "superseded": self.superseded,
                "unchanged": self.unchanged, "older": self.older,
                "problems": [p.to_dict() for p in self.problems],
                "notes": self.notes, "readings": self.readings}


class OlderThanHeld(ValueError):
    """A version that would start before the version in force: history is not rewritten."""


def _now() -> datetime:
    return datetime.now(UTC)


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(values), CHUNK):
        yield values[i:i + CHUNK]


def _row_content(row: ListRow, province: str) -> dict[str, Any]:
    limit = row.time_limit or {}
    return {"province": province, "code": row.code, "name": row.name, "field": row.field,
            "managing_agency": row.managing_agency, "handling_agency": row.handling_agency,
            "tiers": list(row.tiers), "reception": row.reception,
            "time_limit_value": limit.get("value"), "time_limit_unit": limit.get("unit"),
            "time_limit_text": row.time_limit_text or None, "status": row.status,
            "change": row.change, "decision_number": row.decision_number,
            "decision_date": row.decision_date, "readings": list(row.notes) or None}


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _says(version: RegistryProcedure, content: dict) -> bool:
    """Whether a version says everything a row says (same decision; a blank says nothing)."""
    if (version.decision_number, version.decision_date) != \
            (content["decision_number"], content["decision_date"]):
        return False
    return all(_blank(content[k]) or getattr(version, k) == content[k] for k in CONTENT)


def _inherit(content: dict, current: RegistryProcedure | None) -> dict:
    """The row's values, blanks filled from the version in force (the time limit's value,
    unit and text together: a new text comes with its own reading)."""
    if current is None:
        return content
    out = dict(content)
    for key in CONTENT:
        if key != "change" and not key.startswith("time_limit_") and _blank(out[key]):
            out[key] = getattr(current, key)
    if _blank(content["time_limit_text"]) and _blank(content["time_limit_value"]):
        for key in ("time_limit_value", "time_limit_unit", "time_limit_text"):
            out[key] = getattr(current, key)
    return out


def _assign(items: list, printed_of: Callable[[Any], str | None], where: str, explicit: bool,
            column: str) -> tuple[list[tuple[Any, str]], list[Problem]]:
    """Each row (or entry) with the province it goes to, and the problems of those that go
    nowhere: a province name nobody knows, or, when the caller named the import's province,
    a row of another one."""
    kept: list[tuple[Any, str]] = []
    problems: list[Problem] = []
    for item in items:
        printed = printed_of(item)
        reading = normalise_province(printed)
        if reading.error:
            problems.append(Problem(item.row, column, reading.error, printed or ""))
        elif reading.value is not None and reading.value != where and explicit:
            problems.append(Problem(
                item.row, column, f"dòng này thuộc {printed}, còn lần nhập này là của "
                                  f"{where}: nhập dòng này với tỉnh của nó", printed or ""))
        else:
            kept.append((item, reading.value or where))
    return kept, problems


class RegistryStore:
    """The registry on the service's database."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.sessions = store.sessions

    # --- importing a published list ---------------------------------------------------

    def import_list(self, parsed: ParseResult, strict: bool = False,
                    today: date | None = None,
                    progress: Callable[[Iterable], Iterable] | None = None,
                    province: str | None = None) -> ImportReport:
        """Write the good rows of a parsed list (all or, with ``strict``, none if any is bad)
        into the registry of ``province`` (default: the deployment's; see the module
        docstring for rows that name their own). Raises :class:`UnknownProvince`.

        Rows of one decision repeating a code are merged; rows of several decisions are
        applied in date order. A row without a decision date holds from ``today``.
        """
        where = province_or_default(province)
        column = parsed.columns.get("province") or LABELS["province"]
        kept, problems = _assign(parsed.rows, lambda r: r.province, where,
                                 province is not None, column)
        report = ImportReport(parsed.source, where, rows=len(kept),
                              problems=sorted([*parsed.problems, *problems],
                                              key=lambda p: p.row),
                              notes=list(parsed.notes),
                              readings=[{"row": r.row, "code": r.code, "notes": list(r.notes)}
                                        for r, _ in kept if r.notes])
        if strict and report.problems:
            report.refused = True
            return report
        today = today or date.today()
        slug_of = {row.province: slug for row, slug in kept}  # by the province as printed
        by_key: dict[tuple[str, str], list[ListRow]] = defaultdict(list)
        for row in merge_by_code(row for row, _ in kept):
            by_key[(slug_of[row.province], row.code)].append(row)
        for _, slug in kept:
            report.provinces[slug] = report.provinces.get(slug, 0) + 1
        keys = sorted(by_key)
        now = _now()
        with self.sessions.begin() as session:
            held = self._procedure_versions(session, keys)
            for key in (progress or (lambda xs: xs))(keys):
                rows = sorted(by_key[key], key=lambda r: (r.decision_date or today, r.row))
                for row in rows:
                    self._apply(session, report, held[key], row, key[0], today, now,
                                parsed.source)
        return report

    def _apply(self, session: Session, report: ImportReport, versions: list, row: ListRow,
               province: str, today: date, now: datetime, source: str) -> None:
        outcome, current = self._write_procedure(session, versions,
                                                 _row_content(row, province),
                                                 row.decision_date or today, now,
                                                 f"{source}#row {row.row}")
        if outcome == "older":
            report.older.append({"row": row.row, "code": row.code,
                                 "reason": f"the registry holds a later version, from "
                                           f"{current.valid_from.isoformat()} (decision "
                                           f"{current.decision_number or '—'})"})
            return
        setattr(report, outcome, getattr(report, outcome) + 1)

    @staticmethod
    def _write_procedure(session: Session, versions: list, content: dict, valid_from: date,
                         now: datetime, source: str
                         ) -> tuple[str, RegistryProcedure | None]:
        """A new version of a TTHC from ``valid_from`` (blanks inherited from the version in
        force), unless a version already says ``content``: ``created``, ``superseded``,
        ``unchanged``, or ``older`` (with the version in force, which starts later).
        ``versions``: those of the same province and code."""
        if any(_says(v, content) for v in versions):
            return "unchanged", None
        current = next((v for v in versions if v.valid_to is None), None)
        if current is not None and valid_from < current.valid_from:
            return "older", current
        content = _inherit(content, current)
        outcome = "created"
        if current is not None:
            current.valid_to = valid_from
            session.flush()
            outcome = "superseded"
        version = RegistryProcedure(**content, valid_from=valid_from, valid_to=None,
                                    recorded_at=now, source=source[:500])
        session.add(version)
        session.flush()
        versions.append(version)
        return outcome, current

    def _procedure_versions(self, session: Session, keys: list[tuple[str, str]]
                            ) -> dict[tuple[str, str], list[RegistryProcedure]]:
        """The versions held of each (province, code)."""
        held: dict[tuple[str, str], list[RegistryProcedure]] = defaultdict(list)
        codes: dict[str, list[str]] = defaultdict(list)
        for province, code in keys:
            codes[province].append(code)
        for province, wanted in sorted(codes.items()):
            for chunk in _chunks(sorted(set(wanted))):
                for v in session.scalars(select(RegistryProcedure)
                                         .where(RegistryProcedure.province == province,
                                                RegistryProcedure.code.in_(chunk))
                                         .order_by(RegistryProcedure.id)):
                    held[(province, v.code)].append(v)
        return held

    # --- internal and electronic procedures -------------------------------------------

    def import_procedures(self, parsed: ProcedureFile, strict: bool = False,
                          progress: Callable[[Iterable], Iterable] | None = None,
                          province: str | None = None) -> ImportReport:
        """Write the approved internal procedures and electronic procedures of a file into the
        registry of ``province`` (as ``import_list``), in one transaction (none, with
        ``strict``, when any entry is bad). Raises :class:`UnknownProvince`."""
        where = province_or_default(province)
        kept, problems = _assign(parsed.entries, lambda e: e.province, where,
                                 province is not None, "province")
        report = ImportReport(parsed.source, where, rows=len(kept),
                              problems=sorted([*parsed.problems, *problems],
                                              key=lambda p: p.row),
                              readings=list({e.row: {"row": e.row, "code": e.code,
                                                     "notes": list(e.notes)}
                                             for e, _ in kept if e.notes}.values()))
        if strict and report.problems:
            report.refused = True
            return report
        for _, slug in kept:
            report.provinces[slug] = report.provinces.get(slug, 0) + 1
        entries = sorted(kept, key=lambda es: (
            es[0].valid_from or es[0].decision_date or date.today(), es[0].row))
        with self.sessions.begin() as session:
            for entry, slug in (progress or (lambda xs: xs))(entries):
                try:
                    outcome = self._record_entry(session, entry, slug,
                                                 f"{parsed.source}#{entry.row}")
                except OlderThanHeld as exc:
                    report.older.append({"row": entry.row, "code": entry.code,
                                         "tier": entry.tier, "reason": str(exc)})
                    continue
                setattr(report, outcome, getattr(report, outcome) + 1)
        return report

    def _record_entry(self, session: Session, entry: ProcedureEntry, province: str,
                      source: str) -> str:
        where = (province, entry.code, entry.tier, entry.variant)
        if entry.kind == "internal_procedure":
            values, start = self._internal_values(entry.decision_number, entry.decision_date,
                                                  entry.steps, entry.needs_amendment,
                                                  entry.valid_from)
            return self._record(session, RegistryInternalProcedure, where, values, start,
                                source)
        values = {"platform": entry.platform, "scope": entry.scope,
                  "national_portal_connected": entry.national_portal_connected,
                  "based_on_decision": entry.based_on_decision}
        return self._record(session, RegistryElectronicProcedure, where, values,
                            entry.valid_from or date.today(), source)

    @staticmethod
    def _internal_values(decision_number: str | None, decision_date: date | None,
                         steps: list[dict], needs_amendment: bool,
                         valid_from: date | None) -> tuple[dict, date]:
        count, counted = step_totals(steps)
        values = {"decision_number": decision_number, "decision_date": decision_date,
                  "steps": steps, "step_count": count, "counted_hours": counted,
                  "needs_amendment": needs_amendment}
        return values, valid_from or decision_date or date.today()

    def record_internal_procedure(self, code: str, tier: str, decision_number: str | None,
                                  decision_date: date | None, steps: list[dict],
                                  valid_from: date | None = None, needs_amendment: bool = False,
                                  source: str | None = None, province: str | None = None,
                                  variant: str | None = None) -> str:
        """Record the approved internal procedure of ``code`` at ``tier`` (of ``variant``) in
        ``province`` (from ``valid_from``, else the decision's date); returns ``created``,
        ``superseded`` or ``unchanged``."""
        values, start = self._internal_values(decision_number, decision_date, steps,
                                              needs_amendment, valid_from)
        where = (province_or_default(province), code, tier, variant_key(variant))
        with self.sessions.begin() as session:
            return self._record(session, RegistryInternalProcedure, where, values, start,
                                source)

    def flag_needs_amendment(self, code: str, tier: str, on: date | None = None,
                             source: str | None = None, province: str | None = None,
                             variant: str | None = None) -> str:
        """Mark the internal procedure in force (of ``variant``; every variant when None) as
        needing amendment (§QTNB-7), from ``on`` (default today); returns ``missing`` when
        none is held, else ``superseded`` when one changed, else ``unchanged``."""
        where = province_or_default(province)
        with self.sessions.begin() as session:
            currents = self._currents(session, RegistryInternalProcedure, where, code, tier)
            if variant is not None:
                currents = [c for c in currents if c.variant == variant_key(variant)]
            outcomes = [self._flag(session, current, on or date.today(), source)
                        for current in currents]
        if not outcomes:
            return "missing"
        return "superseded" if "superseded" in outcomes else "unchanged"

    def _flag(self, session: Session, current: RegistryInternalProcedure, on: date,
              source: str | None) -> str:
        values = {k: getattr(current, k) for k in (
            "decision_number", "decision_date", "steps", "step_count", "counted_hours")}
        where = (current.province, current.code, current.tier, current.variant)
        return self._record(session, RegistryInternalProcedure, where,
                            values | {"needs_amendment": True}, max(on, current.valid_from),
                            source)

    @staticmethod
    def _retire(session: Session, model: type, province: str, code: str, on: date) -> list:
        """Close every version in force of ``code`` in ``province`` (any tier, any variant) on
        ``on`` (or, for one that starts later, on its first day); the rows closed."""
        rows = list(session.scalars(select(model).where(model.province == province,
                                                        model.code == code,
                                                        model.valid_to.is_(None))
                                    .order_by(model.id)))
        for row in rows:
            row.valid_to = max(on, row.valid_from)
        session.flush()
        return rows

    def record_electronic_procedure(self, code: str, tier: str, platform: str,
                                    scope: str = "tier_wide",
                                    national_portal_connected: bool | None = None,
                                    based_on_decision: str | None = None,
                                    valid_from: date | None = None,
                                    source: str | None = None, province: str | None = None,
                                    variant: str | None = None) -> str:
        """Record the electronic procedure of ``code`` at ``tier`` (of ``variant``) in
        ``province`` (from ``valid_from``, default today)."""
        values = {"platform": platform, "scope": scope,
                  "national_portal_connected": national_portal_connected,
                  "based_on_decision": based_on_decision}
        where = (province_or_default(province), code, tier, variant_key(variant))
        with self.sessions.begin() as session:
            return self._record(session, RegistryElectronicProcedure, where, values,
                                valid_from or date.today(), source)

    @staticmethod
    def _currents(session: Session, model: type, province: str, code: str,
                  tier: str) -> list:
        """The versions in force of a TTHC at a tier in a province, one per variant."""
        return list(session.scalars(select(model).where(
            model.province == province, model.code == code, model.tier == tier,
            model.valid_to.is_(None)).order_by(model.variant)))

    def _record(self, session: Session, model: type, where: tuple[str, str, str, str],
                values: dict, start: date, source: str | None) -> str:
        """A new version of (province, code, tier, variant) unless the one in force says the
        same; the one in force closes."""
        province, code, tier, variant = where
        if tier not in TIERS:
            raise ValueError(f"{tier!r} is not a tier")
        versions = list(session.scalars(select(model).where(
            model.province == province, model.code == code, model.tier == tier,
            model.variant == variant)))
        current = next((v for v in versions if v.valid_to is None), None)
        for version in versions:
            if all(getattr(version, k) == v for k, v in values.items()) and (
                    version is current or version.valid_from == start):
                return "unchanged"
        outcome = "created"
        if current is not None:
            if start < current.valid_from:
                raise OlderThanHeld(f"the registry holds a later version, from "
                                    f"{current.valid_from.isoformat()}")
            current.valid_to = start
            session.flush()
            outcome = "superseded"
        session.add(model(province=province, code=code, tier=tier, variant=variant, **values,
                          valid_from=start, valid_to=None, recorded_at=_now(),
                          source=(source or "")[:500] or None))
        session.flush()
        return outcome

    # --- reading ----------------------------------------------------------------------

    def view(self, codes: Iterable[str] | None = None,
             province: str | None = None) -> RegistryView:
        """Every version held (of the given codes only, when given) of ``province`` (of every
        province when None; a look-up without a province is then about the default one)."""
        wanted = None if codes is None else sorted(set(codes))
        with self.sessions() as session:
            return RegistryView(*self.versions(session, wanted, province), province=province)

    @classmethod
    def versions(cls, session: Session, codes: list[str] | None,
                 province: str | None = None) -> tuple[
            list[ProcedureVersion], list[InternalProcedureVersion],
            list[ElectronicProcedureVersion]]:
        """The versions held of the given TTHC codes (of all, for None), in ``province`` (in
        every province, for None), as plain records."""
        return (
            [ProcedureVersion(p.valid_from, p.valid_to, p.code, p.name, tuple(p.tiers),
                              p.status, p.field, p.managing_agency, p.handling_agency,
                              p.province)
             for p in cls._select(session, RegistryProcedure, codes, province)],
            [InternalProcedureVersion(ip.valid_from, ip.valid_to, ip.code, ip.tier,
                                      ip.decision_number, ip.decision_date, ip.step_count,
                                      ip.counted_hours, ip.needs_amendment, ip.variant,
                                      ip.province)
             for ip in cls._select(session, RegistryInternalProcedure, codes, province)],
            [ElectronicProcedureVersion(ep.valid_from, ep.valid_to, ep.code, ep.tier,
                                        ep.platform, ep.scope, ep.national_portal_connected,
                                        ep.variant, ep.province)
             for ep in cls._select(session, RegistryElectronicProcedure, codes, province)])

    def view_for(self, submission: dict) -> RegistryView:
        """A view of what the registry of the submission's province holds about its
        procedures: the object to pass to ``Engine.evaluate(..., registry=...)``."""
        return self.view((p["code"] for p in submission["procedures"]),
                         province=registry_province_of(submission))

    @staticmethod
    def _select(session: Session, model: type, codes: list[str] | None,
                province: str | None = None) -> list:
        query = select(model).order_by(model.id)
        if province is not None:
            query = query.where(model.province == province)
        if codes is None:
            return list(session.scalars(query))
        out = []
        for chunk in _chunks(codes):
            out += session.scalars(query.where(model.code.in_(chunk)))
        return out

    def history(self, code: str, province: str | None = None) -> list[RegistryProcedure]:
        """Every version of one TTHC in ``province`` (default: the deployment's), oldest
        first."""
        where = province_or_default(province)
        with self.sessions() as session:
            return list(session.scalars(select(RegistryProcedure)
                                        .where(RegistryProcedure.province == where,
                                               RegistryProcedure.code == code)
                                        .order_by(RegistryProcedure.valid_from,
                                                  RegistryProcedure.id)))

    def records(self, code: str, province: str | None = None
                ) -> tuple[list[RegistryProcedure], list[RegistryInternalProcedure],
                           list[RegistryElectronicProcedure]]:
        """Every version held in ``province`` (default: the deployment's) of one TTHC, of its
        internal procedures and of its electronic procedures, each by tier and oldest first."""
        where = province_or_default(province)

        def key(v):
            return (TIERS.index(v.tier) if getattr(v, "tier", None) in TIERS else -1,
                    getattr(v, "variant", ""), v.valid_from, v.id)
        with self.sessions() as session:
            procedures, internal, electronic = (
                sorted(self._select(session, model, [code], where), key=key)
                for model in (RegistryProcedure, RegistryInternalProcedure,
                              RegistryElectronicProcedure))
        return procedures, internal, electronic

    def coverage(self, as_of: date | None = None, agency: str | None = None,
                 tier: str | None = None, field: str | None = None,
                 province: str | None = None) -> dict:
        """The §CHUNG coverage report of the records of ``province`` (default: the
        deployment's) in force on ``as_of`` (default today), of one agency, tier and/or field
        when given (``coverage.filter_records``). Raises :class:`UnknownProvince`."""
        where = province_or_default(province)
        day = as_of or date.today()
        records = filter_records(*self.view(province=where).coverage_records(day, where),
                                 agency=agency, tier=tier, field=field)
        report = coverage_report(*records, as_of=day)
        report["province"] = where
        report["filters"] = {k: v for k, v in (("agency", agency), ("tier", tier),
                                                ("field", field)) if v is not None}
        return report

    # --- the engine's hooks, for callers that pass the store itself --------------------
    # Each reads the registry of the fact's province (else the default province).

    def complete_procedure(self, fact: dict, procedure: dict, as_of: date) -> None:
        self.view([procedure["code"]], _fact_province(fact)).complete_procedure(
            fact, procedure, as_of)

    def complete_internal_procedure(self, fact: dict, ip: dict, as_of: date) -> None:
        self.view([ip["procedure_code"]], _fact_province(fact)).complete_internal_procedure(
            fact, ip, as_of)

    def complete_electronic_procedure(self, fact: dict, ep: dict, as_of: date) -> None:
        self.view([ep["procedure_code"]], _fact_province(fact)).complete_electronic_procedure(
            fact, ep, as_of)


def _fact_province(fact: dict) -> str:
    return fact.get("province") or default_province()

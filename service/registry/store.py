"""Reading and writing the registry tables, with their history.

``RegistryStore(store)`` works on the service's database (``service.storage.Store``). Writing
never changes a version: a different one closes the version in force (``valid_to``) and adds
a new row. Importing is idempotent: a row that a version already says (its decision and every
value the row gives) changes nothing, so the same list can be imported again and again.

A list is imported in one transaction; ``strict`` imports nothing when any row is bad.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.contract.schemas import TIERS
from service.registry.coverage import coverage_report, filter_records
from service.registry.importer import ListRow, ParseResult, Problem, merge_by_code
from service.registry.models import (
    RegistryElectronicProcedure,
    RegistryInternalProcedure,
    RegistryProcedure,
)
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


@dataclass
class ImportReport:
    """What an import did."""
    source: str
    rows: int = 0             # good rows read
    problems: list[Problem] = field(default_factory=list)
    refused: bool = False     # strict, and some row was bad: nothing imported
    created: int = 0          # TTHC the registry did not hold
    superseded: int = 0       # new versions of TTHC it held
    unchanged: int = 0        # rows a version already says
    older: list[dict] = field(default_factory=list)  # rows older than the version in force

    def to_dict(self) -> dict:
        return {"source": self.source, "rows": self.rows, "refused": self.refused,
                "created": self.created, "superseded": self.superseded,
                "unchanged": self.unchanged, "older": self.older,
                "problems": [p.to_dict() for p in self.problems]}


class OlderThanHeld(ValueError):
    """A version that would start before the version in force: history is not rewritten."""


def _now() -> datetime:
    return datetime.now(UTC)


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(values), CHUNK):
        yield values[i:i + CHUNK]


def _row_content(row: ListRow) -> dict[str, Any]:
    limit = row.time_limit or {}
    return {"code": row.code, "name": row.name, "field": row.field,
            "managing_agency": row.managing_agency, "handling_agency": row.handling_agency,
            "tiers": list(row.tiers), "reception": row.reception,
            "time_limit_value": limit.get("value"), "time_limit_unit": limit.get("unit"),
            "time_limit_text": row.time_limit_text or None, "status": row.status,
            "change": row.change, "decision_number": row.decision_number,
            "decision_date": row.decision_date}


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


class RegistryStore:
    """The registry on the service's database."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.sessions = store.sessions

    # --- importing a published list ---------------------------------------------------

    def import_list(self, parsed: ParseResult, strict: bool = False,
                    today: date | None = None,
                    progress: Callable[[Iterable], Iterable] | None = None) -> ImportReport:
        """Write the good rows of a parsed list (all or, with ``strict``, none if any is bad).

        Rows of one decision repeating a code are merged; rows of several decisions are
        applied in date order. A row without a decision date holds from ``today``.
        """
        report = ImportReport(parsed.source, rows=len(parsed.rows),
                              problems=list(parsed.problems))
        if strict and parsed.problems:
            report.refused = True
            return report
        today = today or date.today()
        by_code: dict[str, list[ListRow]] = defaultdict(list)
        for row in merge_by_code(parsed.rows):
            by_code[row.code].append(row)
        codes = sorted(by_code)
        now = _now()
        with self.sessions.begin() as session:
            held = self._procedure_versions(session, codes)
            for code in (progress or (lambda xs: xs))(codes):
                rows = sorted(by_code[code], key=lambda r: (r.decision_date or today, r.row))
                for row in rows:
                    self._apply(session, report, held[code], row, today, now, parsed.source)
        return report

    def _apply(self, session: Session, report: ImportReport, versions: list, row: ListRow,
               today: date, now: datetime, source: str) -> None:
        outcome, current = self._write_procedure(session, versions, _row_content(row),
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
        ``unchanged``, or ``older`` (with the version in force, which starts later)."""
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

    def _procedure_versions(self, session: Session,
                            codes: list[str]) -> dict[str, list[RegistryProcedure]]:
        held: dict[str, list[RegistryProcedure]] = defaultdict(list)
        for chunk in _chunks(codes):
            for v in session.scalars(select(RegistryProcedure)
                                     .where(RegistryProcedure.code.in_(chunk))
                                     .order_by(RegistryProcedure.id)):
                held[v.code].append(v)
        return held

    # --- internal and electronic procedures -------------------------------------------

    def import_procedures(self, parsed: ProcedureFile, strict: bool = False,
                          progress: Callable[[Iterable], Iterable] | None = None
                          ) -> ImportReport:
        """Write the approved internal procedures and electronic procedures of a file, in
        one transaction (none, with ``strict``, when any entry is bad)."""
        report = ImportReport(parsed.source, rows=len(parsed.entries),
                              problems=list(parsed.problems))
        if strict and parsed.problems:
            report.refused = True
            return report
        entries = sorted(parsed.entries, key=lambda e: (
            e.valid_from or e.decision_date or date.today(), e.row))
        with self.sessions.begin() as session:
            for entry in (progress or (lambda xs: xs))(entries):
                try:
                    outcome = self._record_entry(session, entry, f"{parsed.source}#{entry.row}")
                except OlderThanHeld as exc:
                    report.older.append({"row": entry.row, "code": entry.code,
                                         "tier": entry.tier, "reason": str(exc)})
                    continue
                setattr(report, outcome, getattr(report, outcome) + 1)
        return report

    def _record_entry(self, session: Session, entry: ProcedureEntry, source: str) -> str:
        if entry.kind == "internal_procedure":
            values, start = self._internal_values(entry.decision_number, entry.decision_date,
                                                  entry.steps, entry.needs_amendment,
                                                  entry.valid_from)
            return self._record(session, RegistryInternalProcedure, entry.code, entry.tier,
                                values, start, source)
        values = {"platform": entry.platform, "scope": entry.scope,
                  "national_portal_connected": entry.national_portal_connected,
                  "based_on_decision": entry.based_on_decision}
        return self._record(session, RegistryElectronicProcedure, entry.code, entry.tier,
                            values, entry.valid_from or date.today(), source)

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
                                  source: str | None = None) -> str:
        """Record the approved internal procedure of ``code`` at ``tier`` (from
        ``valid_from``, else the decision's date); returns ``created``, ``superseded`` or
        ``unchanged``."""
        values, start = self._internal_values(decision_number, decision_date, steps,
                                              needs_amendment, valid_from)
        with self.sessions.begin() as session:
            return self._record(session, RegistryInternalProcedure, code, tier, values, start,
                                source)

    def flag_needs_amendment(self, code: str, tier: str, on: date | None = None,
                             source: str | None = None) -> str:
        """Mark the internal procedure in force as needing amendment (§QTNB-7), from ``on``
        (default today); returns ``missing`` when none is held."""
        with self.sessions.begin() as session:
            return self._flag(session, code, tier, on or date.today(), source)

    def _flag(self, session: Session, code: str, tier: str, on: date,
              source: str | None) -> str:
        current = self._current(session, RegistryInternalProcedure, code, tier)
        if current is None:
            return "missing"
        values = {k: getattr(current, k) for k in (
            "decision_number", "decision_date", "steps", "step_count", "counted_hours")}
        return self._record(session, RegistryInternalProcedure, code, tier,
                            values | {"needs_amendment": True}, max(on, current.valid_from),
                            source)

    @staticmethod
    def _retire(session: Session, model: type, code: str, on: date) -> list:
        """Close every version in force of ``code`` (any tier) on ``on`` (or, for one that
        starts later, on its first day); the rows closed."""
        rows = list(session.scalars(select(model).where(model.code == code,
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
                                    source: str | None = None) -> str:
        """Record the electronic procedure of ``code`` at ``tier`` (from ``valid_from``,
        default today)."""
        values = {"platform": platform, "scope": scope,
                  "national_portal_connected": national_portal_connected,
                  "based_on_decision": based_on_decision}
        with self.sessions.begin() as session:
            return self._record(session, RegistryElectronicProcedure, code, tier, values,
                                valid_from or date.today(), source)

    @staticmethod
    def _current(session: Session, model: type, code: str, tier: str):
        return session.scalars(select(model).where(model.code == code, model.tier == tier,
                                                   model.valid_to.is_(None))).first()

    def _record(self, session: Session, model: type, code: str, tier: str, values: dict,
                start: date, source: str | None) -> str:
        """A new version unless the one in force says the same; the one in force closes."""
        if tier not in TIERS:
            raise ValueError(f"{tier!r} is not a tier")
        versions = list(session.scalars(select(model).where(model.code == code,
                                                            model.tier == tier)))
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
        session.add(model(code=code, tier=tier, **values, valid_from=start, valid_to=None,
                          recorded_at=_now(), source=(source or "")[:500] or None))
        session.flush()
        return outcome

    # --- reading ----------------------------------------------------------------------

    def view(self, codes: Iterable[str] | None = None) -> RegistryView:
        """Every version held (of the given codes only, when given)."""
        wanted = None if codes is None else sorted(set(codes))
        with self.sessions() as session:
            return RegistryView(*self.versions(session, wanted))

    @classmethod
    def versions(cls, session: Session, codes: list[str] | None) -> tuple[
            list[ProcedureVersion], list[InternalProcedureVersion],
            list[ElectronicProcedureVersion]]:
        """The versions held of the given TTHC codes (of all, for None), as plain records."""
        return (
            [ProcedureVersion(p.valid_from, p.valid_to, p.code, p.name, tuple(p.tiers),
                              p.status, p.field, p.managing_agency, p.handling_agency)
             for p in cls._select(session, RegistryProcedure, codes)],
            [InternalProcedureVersion(ip.valid_from, ip.valid_to, ip.code, ip.tier,
                                      ip.decision_number, ip.decision_date, ip.step_count,
                                      ip.counted_hours, ip.needs_amendment)
             for ip in cls._select(session, RegistryInternalProcedure, codes)],
            [ElectronicProcedureVersion(ep.valid_from, ep.valid_to, ep.code, ep.tier,
                                        ep.platform, ep.scope, ep.national_portal_connected)
             for ep in cls._select(session, RegistryElectronicProcedure, codes)])

    def view_for(self, submission: dict) -> RegistryView:
        """A view of what the registry holds about the procedures of one submission: the
        object to pass to ``Engine.evaluate(..., registry=...)``."""
        return self.view(p["code"] for p in submission["procedures"])

    @staticmethod
    def _select(session: Session, model: type, codes: list[str] | None) -> list:
        query = select(model).order_by(model.id)
        if codes is None:
            return list(session.scalars(query))
        out = []
        for chunk in _chunks(codes):
            out += session.scalars(query.where(model.code.in_(chunk)))
        return out

    def history(self, code: str) -> list[RegistryProcedure]:
        """Every version of one TTHC, oldest first."""
        with self.sessions() as session:
            return list(session.scalars(select(RegistryProcedure)
                                        .where(RegistryProcedure.code == code)
                                        .order_by(RegistryProcedure.valid_from,
                                                  RegistryProcedure.id)))

    def records(self, code: str) -> tuple[list[RegistryProcedure],
                                          list[RegistryInternalProcedure],
                                          list[RegistryElectronicProcedure]]:
        """Every version held of one TTHC, of its internal procedures and of its electronic
        procedures, each by tier and oldest first."""
        def key(v):
            return (TIERS.index(v.tier) if getattr(v, "tier", None) in TIERS else -1,
                    v.valid_from, v.id)
        with self.sessions() as session:
            procedures, internal, electronic = (
                sorted(self._select(session, model, [code]), key=key)
                for model in (RegistryProcedure, RegistryInternalProcedure,
                              RegistryElectronicProcedure))
        return procedures, internal, electronic

    def coverage(self, as_of: date | None = None, agency: str | None = None,
                 tier: str | None = None, field: str | None = None) -> dict:
        """The §CHUNG coverage report of the records in force on ``as_of`` (default today),
        of one agency, tier and/or field when given (``coverage.filter_records``)."""
        day = as_of or date.today()
        records = filter_records(*self.view().coverage_records(day), agency=agency, tier=tier,
                                 field=field)
        report = coverage_report(*records, as_of=day)
        report["filters"] = {k: v for k, v in (("agency", agency), ("tier", tier),
                                                ("field", field)) if v is not None}
        return report

    # --- the engine's hooks, for callers that pass the store itself --------------------

    def complete_procedure(self, fact: dict, procedure: dict, as_of: date) -> None:
        self.view([procedure["code"]]).complete_procedure(fact, procedure, as_of)

    def complete_internal_procedure(self, fact: dict, ip: dict, as_of: date) -> None:
        self.view([ip["procedure_code"]]).complete_internal_procedure(fact, ip, as_of)

    def complete_electronic_procedure(self, fact: dict, ep: dict, as_of: date) -> None:
        self.view([ep["procedure_code"]]).complete_electronic_procedure(fact, ep, as_of)

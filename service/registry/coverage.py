"""The §CHUNG coverage report: how far «100% TTHC phải có quy trình nội bộ, quy trình điện tử».

Pure computation over registry records of one province (no database): the TTHC with their
tiers, status, agencies and field; the approved internal procedures held per (code, tier),
one per variant, possibly flagged as needing amendment (§QTNB-7); the electronic procedures
held per (code, tier).

The CSV forms of the report (:func:`report_to_csv`, :func:`gaps_to_csv`) are for people by
default: Vietnamese column names and values, UTF-8 with a byte-order mark so that Excel
opened by a double-click reads the accents, and every cell that a spreadsheet would run as a
formula (beginning with ``=``, ``+``, ``-``, ``@``, tab or carriage return) prefixed with a
single quote, as OWASP advises against CSV injection. ``labels="keys"`` gives the machine
form (JSON keys and values); the JSON report is the exact one.

How it counts (also returned in the report's ``definitions``):

* Only TTHC in force count. Internal and electronic procedures exist per tier, so the unit
  checked is a TTHC at one of its tiers (a "procedure-tier").
* A procedure-tier HAS AN INTERNAL PROCEDURE when an approved one is held for it (of any
  variant, when the TTHC has several) and none held is flagged as needing amendment; HAS AN
  ELECTRONIC PROCEDURE when one is held; HAS BOTH when both hold.
* In a group (an agency, a tier, a field, or everything), a TTHC counts once, and counts as
  having X when EVERY one of its tiers that falls in the group has X. So per tier it is that
  tier's coverage; in the total, a TTHC at two tiers needs X at both.
* The agency of a procedure-tier is the one answerable for its internal procedure (§QTNB-1,
  §QTNB-5, the expected drafter of rule QTNB-02): at province tier the handling agency when it
  is a department, else the managing agency; at district and commune tier the managing
  agency, else the department among the handling agencies (§QTNB-3); failing those, the
  handling agency as printed.
* Agencies and fields that differ only in case, accents or spacing (``hộ tịch``, ``Hộ tịch``)
  are one group, named as most of its TTHC print it.
* Percentages are of TTHC, rounded half up to one decimal; 100.0 only when nothing is
  missing and 0.0 only when nothing is there (99.96% shows 99.9, 0.04% shows 0.1); no
  percentage (None) for a group with no TTHC.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from service.contract.schemas import TIERS
from service.registry.normalise import fold

UNKNOWN_AGENCY = "(chưa rõ cơ quan)"
UNKNOWN_FIELD = "(chưa rõ lĩnh vực)"
MISSING = ("internal_procedure", "internal_procedure_amendment", "electronic_procedure")
COUNTS = ("tthc", "procedure_tiers", "with_internal_procedure", "with_electronic_procedure",
          "with_both")
PERCENTAGES = ("pct_internal_procedure", "pct_electronic_procedure", "pct_both")
DEFINITIONS = {
    "scope": "TTHC in force only; a TTHC is checked at each of its tiers (procedure-tier).",
    "internal_procedure": "an approved internal procedure is held for the procedure-tier and "
                          "it is not flagged as needing amendment (§QTNB-7)",
    "electronic_procedure": "an electronic procedure is held for the procedure-tier",
    "group_count": "a TTHC counts once per group, and as having X when every one of its "
                   "tiers in the group has X",
    "agency": "province tier: the handling agency when it is a department, else the managing "
              "agency; district and commune tiers: the managing agency (QTNB-02, §QTNB-5)",
    "percentages": "of TTHC, half up to one decimal; 100.0 only when complete, 0.0 only when "
                   "none; null when the group has no TTHC",
}


@dataclass(frozen=True)
class ProcedureRecord:
    """A TTHC as the registry holds it."""
    code: str
    name: str
    tiers: tuple[str, ...]
    status: str = "in_force"  # in_force | abolished
    field: str | None = None
    managing_agency: str | None = None
    handling_agency: str | None = None


@dataclass(frozen=True)
class InternalProcedureRecord:
    """The approved internal procedure of one TTHC at one tier."""
    code: str
    tier: str
    decision_number: str | None = None
    decision_date: date | None = None
    needs_amendment: bool = False
    variant: str = ""  # the printed sub-case; "" for none


@dataclass(frozen=True)
class ElectronicProcedureRecord:
    """The electronic procedure of one TTHC at one tier."""
    code: str
    tier: str
    platform: str | None = None
    national_portal_connected: bool | None = None
    variant: str = ""


def percentage(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in percent, as the module docstring defines the rounding."""
    if whole == 0:
        return None
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    if part < whole and value >= 100:
        value = Decimal("99.9")
    if part > 0 and value <= 0:
        value = Decimal("0.1")
    return float(value)


def is_department(agency: str | None) -> bool:
    """Whether an agency's name is that of a department (Sở, Ban) or a vertical central
    agency's provincial office (Cục, Chi cục), printed alone."""
    words = fold(agency or "")
    return bool(words) and words.split()[0] in ("so", "ban", "cuc", "chi") \
        and ";" not in (agency or "")


def responsible_agency(procedure: ProcedureRecord, tier: str) -> str:
    """The agency a procedure-tier is counted under (see the module docstring)."""
    handling = procedure.handling_agency
    parts = [p.strip() for p in (handling or "").split(";") if p.strip()]
    departments = [p for p in parts if is_department(p)]
    department = departments[0] if len(departments) == 1 else None
    if tier == "province":
        order = (department, procedure.managing_agency, handling)
    else:  # §QTNB-3: the department leads the drafting for the lower tiers
        order = (procedure.managing_agency, department, handling)
    return next((a for a in order if a), UNKNOWN_AGENCY)


@dataclass(frozen=True)
class _Unit:
    code: str
    tier: str
    agency: str
    field: str
    has_ip: bool
    has_ep: bool
    missing: tuple[str, ...]


def _units(procedures: Iterable[ProcedureRecord],
           internal: Iterable[InternalProcedureRecord],
           electronic: Iterable[ElectronicProcedureRecord]) -> tuple[list[_Unit], list[dict],
                                                                      list[str], dict]:
    ips: dict[tuple[str, str], list[InternalProcedureRecord]] = defaultdict(list)
    eps: dict[tuple[str, str], list[ElectronicProcedureRecord]] = defaultdict(list)
    for ip in internal:
        ips[(ip.code, ip.tier)].append(ip)
    for ep in electronic:
        eps[(ep.code, ep.tier)].append(ep)
    known: dict[str, ProcedureRecord] = {}
    units: list[_Unit] = []
    no_tier: list[str] = []
    for p in sorted(procedures, key=lambda p: p.code):
        known[p.code] = p
        if p.status != "in_force":
            continue
        tiers = [t for t in TIERS if t in p.tiers]
        if not tiers:
            no_tier.append(p.code)
        for tier in tiers:
            approved = ips.get((p.code, tier), [])
            flagged = any(ip.needs_amendment for ip in approved)
            has_ip = bool(approved) and not flagged
            has_ep = bool(eps.get((p.code, tier)))
            missing = tuple(m for m, lacking in (
                ("internal_procedure", not approved),
                ("internal_procedure_amendment", flagged),
                ("electronic_procedure", not has_ep)) if lacking)
            units.append(_Unit(p.code, tier, responsible_agency(p, tier),
                               p.field or UNKNOWN_FIELD, has_ip, has_ep, missing))
    held = {(u.code, u.tier) for u in units}
    unmatched = []
    for kind, records in (("internal_procedure", ips), ("electronic_procedure", eps)):
        for code, tier in sorted(records, key=lambda k: (k[0], TIERS.index(k[1])
                                                          if k[1] in TIERS else 9)):
            if (code, tier) in held:
                continue
            p = known.get(code)
            reason = ("no such TTHC in the registry" if p is None else
                      "the TTHC is abolished" if p.status != "in_force" else
                      "the TTHC is not handled at this tier")
            unmatched.append({"kind": kind, "code": code, "tier": tier, "reason": reason})
    return units, unmatched, no_tier, known


def _row(group: str, key: str, units: list[_Unit]) -> dict:
    by_code: dict[str, list[_Unit]] = defaultdict(list)
    for u in units:
        by_code[u.code].append(u)
    ip = sum(all(u.has_ip for u in us) for us in by_code.values())
    ep = sum(all(u.has_ep for u in us) for us in by_code.values())
    both = sum(all(u.has_ip and u.has_ep for u in us) for us in by_code.values())
    n = len(by_code)
    return {"group": group, "key": key, "tthc": n, "procedure_tiers": len(units),
            "with_internal_procedure": ip, "with_electronic_procedure": ep, "with_both": both,
            "pct_internal_procedure": percentage(ip, n),
            "pct_electronic_procedure": percentage(ep, n), "pct_both": percentage(both, n)}


def _grouped(group: str, units: list[_Unit], key_of, order=None) -> list[dict]:
    """Rows per key; keys that differ only in case, accents or spacing are one group, shown
    as most of its units print it."""
    groups: dict[str, list[_Unit]] = defaultdict(list)
    for u in units:
        groups[fold(key_of(u)) if order is None else key_of(u)].append(u)
    rows = []
    for us in groups.values():
        spellings = Counter(key_of(u) for u in us)
        shown = min(spellings, key=lambda k: (-spellings[k], k))
        rows.append((shown, us))
    rows.sort(key=lambda r: order(r[0]) if order else (r[0].startswith("("), fold(r[0]), r[0]))
    return [_row(group, shown, us) for shown, us in rows]


def filter_records(procedures: Iterable[ProcedureRecord],
                   internal_procedures: Iterable[InternalProcedureRecord] = (),
                   electronic_procedures: Iterable[ElectronicProcedureRecord] = (),
                   agency: str | None = None, tier: str | None = None,
                   field: str | None = None) -> tuple[list[ProcedureRecord],
                                                      list[InternalProcedureRecord],
                                                      list[ElectronicProcedureRecord]]:
    """The records of the procedure-tiers of one agency, tier and/or field (compared as the
    report groups them: case, accents and spacing aside): each TTHC keeps only its tiers
    that match, and internal and electronic procedures only those of a procedure-tier kept."""
    procedures = list(procedures)
    if agency is None and tier is None and field is None:
        return procedures, list(internal_procedures), list(electronic_procedures)
    kept: list[ProcedureRecord] = []
    keys: set[tuple[str, str]] = set()
    for p in procedures:
        if field is not None and fold(p.field or UNKNOWN_FIELD) != fold(field):
            continue
        tiers = tuple(t for t in p.tiers if (tier is None or t == tier) and (
            agency is None or fold(responsible_agency(p, t)) == fold(agency)))
        if not tiers and (tier is not None or agency is not None):
            continue
        kept.append(replace(p, tiers=tiers))
        keys.update((p.code, t) for t in tiers)
    return (kept, [ip for ip in internal_procedures if (ip.code, ip.tier) in keys],
            [ep for ep in electronic_procedures if (ep.code, ep.tier) in keys])


def coverage_report(procedures: Iterable[ProcedureRecord],
                    internal_procedures: Iterable[InternalProcedureRecord] = (),
                    electronic_procedures: Iterable[ElectronicProcedureRecord] = (),
                    as_of: date | None = None) -> dict[str, Any]:
    """The coverage report as a JSON-ready dict: totals, by agency, by tier, by field, gaps.

    ``as_of`` is only echoed: the caller passes the records in force on that date.
    """
    units, unmatched, no_tier, known = _units(procedures, internal_procedures,
                                              electronic_procedures)
    gaps = [{"code": u.code, "name": known[u.code].name, "tier": u.tier, "agency": u.agency,
             "field": u.field, "missing": list(u.missing)}
            for u in sorted(units, key=lambda u: (u.code, TIERS.index(u.tier))) if u.missing]
    return {
        "as_of": as_of.isoformat() if as_of else None,
        "definitions": DEFINITIONS,
        "totals": _row("total", "all", units),
        "by_agency": _grouped("agency", units, lambda u: u.agency),
        "by_tier": _grouped("tier", units, lambda u: u.tier, order=TIERS.index),
        "by_field": _grouped("field", units, lambda u: u.field),
        "gaps": gaps,
        "tthc_without_tier": no_tier,
        "unmatched": unmatched,
    }


# --- output ---------------------------------------------------------------------------------

# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): =, +, - and @,
# and tab and carriage return before them.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_LABELS = ("vi", "en", "keys")
BOM = "\ufeff"
CSV_COLUMNS = {
    "vi": {"group": "Nhóm", "key": "Tên nhóm", "tthc": "Số TTHC",
           "procedure_tiers": "Số TTHC × cấp",
           "with_internal_procedure": "Có quy trình nội bộ",
           "with_electronic_procedure": "Có quy trình điện tử",
           "with_both": "Có cả hai quy trình",
           "pct_internal_procedure": "Tỷ lệ có quy trình nội bộ",
           "pct_electronic_procedure": "Tỷ lệ có quy trình điện tử",
           "pct_both": "Tỷ lệ có cả hai quy trình",
           "code": "Mã TTHC", "name": "Tên TTHC", "agency": "Cơ quan", "field": "Lĩnh vực",
           "missing": "Còn thiếu", "tier": "Cấp"},
    "en": {"group": "Group", "key": "Name", "tthc": "TTHC", "procedure_tiers": "TTHC × tier",
           "with_internal_procedure": "With IP", "with_electronic_procedure": "With EP",
           "with_both": "With both", "pct_internal_procedure": "% with IP",
           "pct_electronic_procedure": "% with EP", "pct_both": "% with both",
           "code": "Code", "name": "Name", "agency": "Agency", "field": "Field",
           "missing": "Missing", "tier": "Tier"},
}
CSV_VALUES = {
    "vi": {"total": "Tổng", "all": "Tất cả", "agency": "Cơ quan", "tier": "Cấp",
           "field": "Lĩnh vực", "province": "Cấp tỉnh", "district": "Cấp huyện",
           "commune": "Cấp xã", "internal_procedure": "quy trình nội bộ",
           "internal_procedure_amendment": "sửa đổi quy trình nội bộ",
           "electronic_procedure": "quy trình điện tử"},
    "en": {"total": "Total", "all": "All", "agency": "Agency", "tier": "Tier",
           "field": "Field", "province": "Province tier", "district": "District tier",
           "commune": "Commune tier", "internal_procedure": "internal procedure",
           "internal_procedure_amendment": "internal procedure to amend",
           "electronic_procedure": "electronic procedure"},
}


def neutralise(cell: Any) -> Any:
    """A cell a spreadsheet will never run: text that begins with ``=``, ``+``, ``-``, ``@``,
    tab or carriage return gets a single quote in front (OWASP's advice against CSV
    injection), so that Excel, LibreOffice or Google Sheets show it as text. Numbers and
    other text are unchanged."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


def _percent(value: float | None, labels: str) -> str:
    if value is None:
        return ""
    if labels == "vi":  # as a Vietnamese reader writes it, which Excel in Vietnamese reads
        return f"{value:.1f}".replace(".", ",") + "%"
    return f"{value:.1f}" + ("%" if labels == "en" else "")


def _csv(header: Iterable[str], rows: Iterable[Iterable[Any]], labels: str) -> str:
    """CSV text: every cell neutralised; for people (``vi``, ``en``) with a UTF-8 byte-order
    mark first, so that Excel opened by a double-click reads the accents right."""
    if labels not in CSV_LABELS:
        raise ValueError(f"labels must be one of {', '.join(CSV_LABELS)}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n" if labels != "keys" else "\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise("" if cell is None else cell) for cell in row])
    return (BOM if labels != "keys" else "") + out.getvalue()


def report_to_csv(report: dict, labels: str = "vi") -> str:
    """The figures as CSV: one line for the total, then each agency, tier and field.

    ``labels``: ``vi`` (default) Vietnamese column names and values, percentages as
    «66,7%»; ``en`` the same in English; ``keys`` the machine form of earlier versions (the
    JSON keys and values, percentages as numbers, no byte-order mark). Every form is
    neutralised (:func:`neutralise`); the exact values are in the JSON report."""
    columns = ("group", "key") + COUNTS + PERCENTAGES
    names = CSV_COLUMNS.get(labels, {})
    values = CSV_VALUES.get(labels, {})
    rows = []
    for row in [report["totals"], *report["by_agency"], *report["by_tier"],
                *report["by_field"]]:
        key = values.get(row["key"], row["key"]) if row["group"] in ("total", "tier") \
            else row["key"]
        rows.append([values.get(row["group"], row["group"]), key,
                     *(row[c] for c in COUNTS),
                     *(_percent(row[p], labels) for p in PERCENTAGES)])
    return _csv([names.get(c, c) for c in columns], rows, labels)


def gaps_to_csv(report: dict, labels: str = "vi") -> str:
    """The gaps as CSV: one line per procedure-tier missing something (``labels`` as in
    :func:`report_to_csv`)."""
    columns = ("code", "tier", "name", "agency", "field", "missing")
    names = CSV_COLUMNS.get(labels, {})
    values = CSV_VALUES.get(labels, {})
    rows = [[g["code"], values.get(g["tier"], g["tier"]), g["name"], g["agency"], g["field"],
             ("; " if labels != "keys" else ";").join(values.get(m, m) for m in g["missing"])]
            for g in report["gaps"]]
    return _csv([names.get(c, c) for c in columns], rows, labels)


LABELS = {
    "vi": {"agency": "Cơ quan", "tier": "Cấp", "field": "Lĩnh vực", "total": "Tổng",
           "tthc": "Số TTHC", "procedure_tiers": "TTHC×cấp",
           "with_internal_procedure": "Có QTNB", "with_electronic_procedure": "Có QTĐT",
           "with_both": "Có cả hai", "gaps": "Còn thiếu", "missing": "Thiếu",
           "code": "Mã TTHC", "name": "Tên TTHC",
           "province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã",
           "internal_procedure": "QTNB", "internal_procedure_amendment": "QTNB cần sửa đổi",
           "electronic_procedure": "QTĐT", "more": "… và {n} dòng nữa",
           "title": "Mức độ đáp ứng yêu cầu 100% TTHC có quy trình nội bộ, quy trình điện tử "
                    "(§CHUNG)"},
    "en": {"agency": "Agency", "tier": "Tier", "field": "Field", "total": "Total",
           "tthc": "TTHC", "procedure_tiers": "TTHC×tier",
           "with_internal_procedure": "With IP", "with_electronic_procedure": "With EP",
           "with_both": "With both", "gaps": "Gaps", "missing": "Missing",
           "code": "Code", "name": "Name",
           "province": "province", "district": "district", "commune": "commune",
           "internal_procedure": "internal procedure",
           "internal_procedure_amendment": "internal procedure needs amendment",
           "electronic_procedure": "electronic procedure", "more": "… and {n} more",
           "title": "Coverage of the 100% internal and electronic procedure requirement "
                    "(§CHUNG)"},
}


def _fraction(count: int, pct: float | None) -> str:
    return f"{count} ({pct:.1f}%)" if pct is not None else f"{count} (—)"


def render_tables(report: dict, lang: str = "vi", max_gaps: int = 50) -> list:
    """``rich`` tables of the report: by agency, by tier, by field (each with the total),
    then the gaps (the first ``max_gaps``)."""
    from rich.table import Table

    text = LABELS[lang]
    tables = []
    for group, rows in (("agency", report["by_agency"]), ("tier", report["by_tier"]),
                        ("field", report["by_field"])):
        table = Table(title=f"{text['title']} — {text[group]}" if group == "agency"
                      else text[group], show_footer=True, title_justify="left")
        total = report["totals"]
        table.add_column(text[group], footer=text["total"])
        table.add_column(text["tthc"], justify="right", footer=str(total["tthc"]))
        for count, pct in (("with_internal_procedure", "pct_internal_procedure"),
                           ("with_electronic_procedure", "pct_electronic_procedure"),
                           ("with_both", "pct_both")):
            table.add_column(text[count], justify="right",
                             footer=_fraction(total[count], total[pct]))
        for row in rows:
            key = text.get(row["key"], row["key"]) if group == "tier" else row["key"]
            style = None if row["pct_both"] in (None, 100.0) else "yellow"
            table.add_row(key, str(row["tthc"]),
                          _fraction(row["with_internal_procedure"],
                                    row["pct_internal_procedure"]),
                          _fraction(row["with_electronic_procedure"],
                                    row["pct_electronic_procedure"]),
                          _fraction(row["with_both"], row["pct_both"]), style=style)
        tables.append(table)
    gaps = Table(title=f"{text['gaps']} ({len(report['gaps'])})", title_justify="left")
    for column in ("code", "tier", "name", "agency", "missing"):
        gaps.add_column(text[column], overflow="fold")
    for g in report["gaps"][:max_gaps]:
        gaps.add_row(g["code"], text[g["tier"]], g["name"], g["agency"],
                     ", ".join(text[m] for m in g["missing"]))
    if len(report["gaps"]) > max_gaps:
        gaps.add_row("", "", text["more"].format(n=len(report["gaps"]) - max_gaps), "", "")
    tables.append(gaps)
    return tables

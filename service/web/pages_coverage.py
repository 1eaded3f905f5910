"""The §CHUNG coverage dashboard (``/coverage``): the registry's coverage report as figures
per agency and tier, a chart of the shares with and without internal and electronic
procedures, and the gaps, a page at a time and filtered by tier, agency or what is missing;
``/coverage/gaps.csv`` gives the gaps as a file. Both take ``?province=SLUG`` (default: the
deployment's province)."""

from __future__ import annotations

from datetime import date

from flask import Response, current_app, request, url_for
from flask_babel import gettext, lazy_gettext
from sqlalchemy.exc import SQLAlchemyError

from service.engine.jurisdiction import known
from service.registry.coverage import gaps_to_csv
from service.registry.store import RegistryStore
from service.web.blueprint import bp
from service.web.charts import Bar, coverage_chart, groups_of
from service.web.frame import page, words
from service.web.i18n import format_day, format_percent

GAPS_PER_PAGE = 50

# Why a record matches no TTHC in force, in the reader's language (the report's ``reason``
# is the machine's English; a reason not known here is shown as the report gives it).
REASONS = {
    "no such TTHC in the registry": lazy_gettext("no such TTHC in the registry"),
    "the TTHC is abolished": lazy_gettext("the TTHC is abolished"),
    "the TTHC is not handled at this tier": lazy_gettext("the TTHC is not handled at this tier"),
}


def unmatched_reason(reason: str) -> tuple[str, bool]:
    """The reason in words, and whether it is in the page's language."""
    said = REASONS.get(reason)
    return (str(said), True) if said is not None else (reason, False)


# How the report counts, in the reader's language (the report's own ``definitions`` are
# the machine's English; a definition not known here is shown as the report gives it).
DEFINITIONS = {
    "scope": lazy_gettext("Only TTHC in force count; a TTHC is checked at each of its tiers "
                          "(a TTHC × tier)."),
    "internal_procedure": lazy_gettext(
        "A TTHC × tier has an internal procedure when an approved one is held for it and it "
        "is not flagged as needing amendment (§QTNB-7)."),
    "electronic_procedure": lazy_gettext(
        "A TTHC × tier has an electronic procedure when one is held for it."),
    "group_count": lazy_gettext(
        "In a group (a tier, an agency, or the total) a TTHC counts once, and counts as "
        "having a procedure when every one of its tiers in the group has it."),
    "agency": lazy_gettext(
        "The agency of a TTHC × tier is the one answerable for its internal procedure: at "
        "province tier the handling agency when it is a department, else the managing "
        "agency; at district and commune tiers the managing agency (QTNB-02, §QTNB-5)."),
    "percentages": lazy_gettext(
        "Percentages are of TTHC, rounded half up to one decimal; a hundred only when nothing "
        "is missing and nought only when nothing is there; a dash for a group without TTHC."),
}
DEFINITION_TITLES = {
    "scope": lazy_gettext("What is counted"),
    "internal_procedure": lazy_gettext("Has an internal procedure"),
    "electronic_procedure": lazy_gettext("Has an electronic procedure"),
    "group_count": lazy_gettext("Counting in a group"),
    "agency": lazy_gettext("Agency"),
    "percentages": lazy_gettext("Percentages"),
}


def _registry() -> RegistryStore | None:
    store = current_app.extensions.get("tthc-rules", {}).get("store")
    return None if store is None else RegistryStore(store)


def _as_of() -> tuple[date, str | None]:
    text = (request.args.get("as_of") or "").strip()
    if not text:
        return date.today(), None
    try:
        return date.fromisoformat(text), None
    except ValueError:
        return date.today(), gettext("Invalid filter: %(detail)s",
                                     detail=f"{gettext('Figures as of')}: {text}")


def _province() -> tuple[str | None, str | None]:
    """The province asked for (None: the default), and the problem with it."""
    slug = (request.args.get("province") or "").strip()
    if not slug:
        return None, None
    if not known(slug):
        label = gettext("Province")
        return None, gettext("Invalid filter: %(detail)s", detail=f"{label}: {slug}")
    return slug, None


def _report(registry: RegistryStore, day: date, province: str | None = None):
    try:
        return registry.coverage(day, province=province)
    except SQLAlchemyError as exc:
        current_app.logger.error("coverage report unavailable", exc_info=exc)
        return None


def _group_label(row: dict) -> str:
    t = words()
    if row["group"] == "total":
        return gettext("Total")
    if row["group"] == "tier":
        return t.label(row["key"]).capitalize()
    return row["key"]


def _page_number() -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


def _tier_order(tier: str) -> tuple[int, str]:
    order = ("province", "district", "commune")
    return (order.index(tier) if tier in order else len(order), tier)


def gap_view(gaps: list[dict]) -> dict:
    """The gaps the filters keep, one page of them, and the filters' choices."""
    chosen = {k: (request.args.get(k) or "").strip() for k in ("tier", "agency", "missing")}
    kept = [g for g in gaps
            if (not chosen["tier"] or g["tier"] == chosen["tier"])
            and (not chosen["agency"] or g["agency"] == chosen["agency"])
            and (not chosen["missing"] or chosen["missing"] in g["missing"])]
    pages = max(1, -(-len(kept) // GAPS_PER_PAGE))
    number = min(_page_number(), pages)
    shown = kept[(number - 1) * GAPS_PER_PAGE:number * GAPS_PER_PAGE]
    args = {k: v for k, v in request.args.items() if k not in ("page", "lang")}

    def page_url(n: int) -> str:
        return url_for("web.coverage", **args, page=n) + "#gaps-title"

    return {"gaps": shown, "gaps_kept": len(kept), "gap_page": number, "gap_pages": pages,
            "gap_first": (number - 1) * GAPS_PER_PAGE + 1 if shown else 0,
            "gap_last": (number - 1) * GAPS_PER_PAGE + len(shown),
            "page_url": page_url, "chosen": chosen,
            "gap_tiers": sorted({g["tier"] for g in gaps}, key=_tier_order),
            "gap_agencies": sorted({g["agency"] for g in gaps if g["agency"]}),
            "gap_missing": sorted({m for g in gaps for m in g["missing"]})}


@bp.route("/coverage")
def coverage():
    t = words()
    registry = _registry()
    day, problem = _as_of()
    province, wrong = _province()
    problem = problem or wrong
    report = _report(registry, day, province) if registry is not None else None
    if report is None:
        return page("coverage.html", 503, report=None, as_of=day, problem=problem,
                    province=province)
    groups = groups_of(report, _group_label, (gettext("Internal"), gettext("Electronic")))
    totals = report["totals"]

    def figure(bar: Bar) -> str:
        return f"{bar.part}/{bar.whole} ({format_percent(bar.pct)})"

    chart = coverage_chart(
        groups, gettext("Share of TTHC with and without an internal and an electronic "
                        "procedure on %(day)s", day=format_day(day)),
        gettext("%(tthc)s TTHC in all: %(ip)s with an internal procedure, %(ep)s with an "
                "electronic procedure, %(both)s with both. By tier and by agency: see the "
                "tables below.", tthc=totals["tthc"],
                ip=format_percent(totals["pct_internal_procedure"]),
                ep=format_percent(totals["pct_electronic_procedure"]),
                both=format_percent(totals["pct_both"])),
        (gettext("With"), gettext("Without")), figure)
    definitions = [(str(DEFINITION_TITLES.get(k, k)), str(DEFINITIONS[k]), True)
                   if k in DEFINITIONS else (k, text, False)
                   for k, text in report["definitions"].items()]
    return page("coverage.html", 400 if problem else 200, report=report, as_of=day,
                problem=problem, province=province, chart=chart, group_label=_group_label,
                definitions=definitions, **gap_view(report["gaps"]),
                missing_label=t.missing, unmatched_reason=unmatched_reason)


@bp.route("/coverage/gaps.csv")
def coverage_gaps_csv():
    registry = _registry()
    day, _ = _as_of()
    province, _ = _province()
    report = _report(registry, day, province) if registry is not None else None
    if report is None:
        return Response("registry unavailable\n", 503, mimetype="text/plain")
    name = f"coverage-gaps-{report['province']}-{day.isoformat()}.csv"
    labels = "en" if words().lang == "en" else "vi"  # for people: see coverage.gaps_to_csv
    return Response(gaps_to_csv(report, labels).encode("utf-8"),
                    content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})

"""The §CHUNG coverage dashboard (``/coverage``): the registry's coverage report as figures
per agency and tier, a chart of the shares with and without internal and electronic
procedures, and the gaps; ``/coverage/gaps.csv`` gives the gaps as a file. Both take
``?province=SLUG`` (default: the deployment's province)."""

from __future__ import annotations

from datetime import date

from flask import Response, current_app, request
from sqlalchemy.exc import SQLAlchemyError

from service.engine.jurisdiction import known
from service.registry.coverage import gaps_to_csv
from service.registry.store import RegistryStore
from service.web.blueprint import bp
from service.web.charts import Bar, coverage_chart, groups_of
from service.web.frame import format_day, page, words

MAX_GAPS_SHOWN = 500


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
        return date.today(), words()("bad_filter", detail=f"{words()('coverage_as_of')}: {text}")


def _province() -> tuple[str | None, str | None]:
    """The province asked for (None: the default), and the problem with it."""
    slug = (request.args.get("province") or "").strip()
    if not slug:
        return None, None
    if not known(slug):
        t = words()
        return None, t("bad_filter", detail=f"{'tỉnh' if t.lang == 'vi' else 'province'}: "
                                            f"{slug}")
    return slug, None


def percent(value: float | None) -> str:
    if value is None:
        return "—"
    text = f"{value:.1f}"
    return (text.replace(".", ",") if words().lang == "vi" else text) + "%"


def _report(registry: RegistryStore, day: date, province: str | None = None):
    try:
        return registry.coverage(day, province=province)
    except SQLAlchemyError as exc:
        current_app.logger.error("coverage report unavailable", exc_info=exc)
        return None


def _group_label(row: dict) -> str:
    t = words()
    if row["group"] == "total":
        return t("coverage_total")
    if row["group"] == "tier":
        return t.label(row["key"]).capitalize()
    return row["key"]


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
    groups = groups_of(report, _group_label, (t("coverage_ip_short"), t("coverage_ep_short")))
    totals = report["totals"]

    def figure(bar: Bar) -> str:
        return f"{bar.part}/{bar.whole} ({percent(bar.pct)})"

    chart = coverage_chart(
        groups, t("coverage_chart_title", day=format_day(day)),
        t("coverage_chart_desc", tthc=totals["tthc"],
          ip=percent(totals["pct_internal_procedure"]),
          ep=percent(totals["pct_electronic_procedure"]), both=percent(totals["pct_both"])),
        (t("coverage_with"), t("coverage_without")), figure)
    return page("coverage.html", 400 if problem else 200, report=report, as_of=day,
                problem=problem, province=province, chart=chart, percent=percent,
                group_label=_group_label, gaps=report["gaps"][:MAX_GAPS_SHOWN],
                max_gaps=MAX_GAPS_SHOWN)


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

"""Charts drawn on the server as inline SVG (no script, nothing fetched).

``coverage_chart`` draws, for each group of the §CHUNG report (the total, each tier, each
agency), two bars: the share of its TTHC WITH an internal procedure and WITH an electronic
procedure, the rest of each bar (WITHOUT) hatched, so that the two read apart without colour.
The figures are also printed beside each bar and given in the page's tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

WITH_COLOUR = "#1e6b34"  # on white: 6.7:1
WITHOUT_FILL = "#f3f5f8"
WITHOUT_HATCH = "#8a1116"
TEXT_COLOUR = "#1b1b1b"
LINE_COLOUR = "#4a4a4a"

WIDTH = 880
LABEL_W = 300
BAR_X = LABEL_W + 70
BAR_W = 320
BAR_H = 16
ROW_GAP = 6
GROUP_GAP = 16


@dataclass(frozen=True)
class Bar:
    name: str  # "QTNB" / "internal procedure"
    part: int
    whole: int
    pct: float | None


@dataclass(frozen=True)
class Group:
    label: str
    bars: tuple[Bar, ...]
    strong: bool = False


def groups_of(report: dict, label: Callable[[dict], str], names: tuple[str, str]) \
        -> list[Group]:
    """The chart's groups: the total, then each tier, then each agency."""
    rows = [report["totals"], *report["by_tier"], *report["by_agency"]]
    return [Group(label(row), (
        Bar(names[0], row["with_internal_procedure"], row["tthc"],
            row["pct_internal_procedure"]),
        Bar(names[1], row["with_electronic_procedure"], row["tthc"],
            row["pct_electronic_procedure"])), strong=row["group"] == "total")
        for row in rows]


def _text(x: float, y: float, content: str, anchor: str = "start", bold: bool = False) -> Markup:
    weight = ' font-weight="700"' if bold else ""
    return Markup('<text x="{}" y="{}" text-anchor="{}" fill="{}"{}>{}</text>').format(
        round(x, 1), round(y, 1), anchor, TEXT_COLOUR, Markup(weight), content)


def _shorten(label: str, limit: int = 42) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def coverage_chart(groups: list[Group], title: str, description: str,
                   legend: tuple[str, str], figure: Callable[[Bar], str],
                   chart_id: str = "coverage-chart") -> Markup:
    """An accessible SVG bar chart (``role="img"`` with a title and a description)."""
    parts: list[Markup] = []
    y = 40.0
    legend_y = 18
    parts.append(Markup(
        '<rect x="{}" y="{}" width="14" height="14" fill="{}" stroke="{}"/>').format(
        BAR_X, legend_y - 11, WITH_COLOUR, LINE_COLOUR))
    parts.append(_text(BAR_X + 20, legend_y, legend[0]))
    parts.append(Markup(
        '<rect x="{}" y="{}" width="14" height="14" fill="url(#{}-without)" stroke="{}"/>')
        .format(BAR_X + 150, legend_y - 11, chart_id, LINE_COLOUR))
    parts.append(_text(BAR_X + 170, legend_y, legend[1]))
    for group in groups:
        group_top = y
        parts.append(_text(LABEL_W, group_top + BAR_H - 3, _shorten(group.label), "end",
                           bold=group.strong))
        for bar in group.bars:
            share = bar.part / bar.whole if bar.whole else 0.0
            filled = round(BAR_W * share, 1)
            parts.append(_text(BAR_X - 8, y + BAR_H - 3, bar.name, "end"))
            parts.append(Markup(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="url(#{}-without)" '
                'stroke="{}"/>').format(BAR_X, y, BAR_W, BAR_H, chart_id, LINE_COLOUR))
            if filled > 0:
                parts.append(Markup('<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>')
                             .format(BAR_X, y, filled, BAR_H, WITH_COLOUR))
            parts.append(_text(BAR_X + BAR_W + 8, y + BAR_H - 3, figure(bar)))
            y += BAR_H + ROW_GAP
        y += GROUP_GAP - ROW_GAP
        if group.strong:
            parts.append(Markup('<line x1="0" y1="{}" x2="{}" y2="{}" stroke="{}"/>').format(
                round(y - GROUP_GAP / 2, 1), WIDTH, round(y - GROUP_GAP / 2, 1), LINE_COLOUR))
    height = round(y + 4)
    defs = Markup(
        '<defs><pattern id="{id}-without" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="{bg}"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="{hatch}" stroke-width="1.5"/></pattern>'
        '</defs>').format(id=chart_id, bg=WITHOUT_FILL, hatch=WITHOUT_HATCH)
    return Markup(
        '<svg class="chart" id="{id}" role="img" aria-labelledby="{id}-title {id}-desc" '
        'viewBox="0 0 {w} {h}" width="{w}" height="{h}" xmlns="http://www.w3.org/2000/svg" '
        'font-size="13">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>'
        '{defs}{body}</svg>').format(id=chart_id, w=WIDTH, h=height, title=escape(title),
                                     desc=escape(description), defs=defs,
                                     body=Markup("").join(parts))

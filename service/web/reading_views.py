"""What the reading page shows of a decision's step tables: each printed table once, as
printed, with what each row was read as.

A printed table may hold several readings: a table shared by several procedures (each under
its heading row), or alternative paths and cases of one procedure. The page shows every
printed row once: the rows of each procedure under that procedure's heading (its
*segment*), so that no row of another procedure is drawn again; readings that cover the
same rows (the cases of one table) share one segment, and each row says which case it
belongs to. Rows that print nothing, the header printed again and a heading row the
segment's heading already shows are left out. Tables are named as the decision numbers
them: «bảng 6 trong tệp du-thao.docx».
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from babel.numbers import format_decimal
from flask_babel import get_locale, gettext, lazy_gettext, ngettext

from service.engine.wording import duration_of
from service.web.i18n import DEFAULT_LANG

MAX_SHOWN_ROWS = 400  # of one segment as printed; the rest is counted, not drawn

# The kinds of notes a reviewer should look at: inferences the document does not state,
# things it leaves out, and figures that do not add up.
ATTENTION = {"unplaced", "total_differs", "time_prose", "time_no_unit", "time_unreadable",
             "time_empty", "time_first_of_several", "kind_assumed", "submitted_on_today",
             "signature_missing", "submitter_missing", "submitter_type", "province_missing",
             "province_conflict", "province_option", "reception_agency", "tier_default",
             "document_unknown", "amends_missing", "time_merged_down", "change_listed",
             "no_to_trinh", "code_from_list", "code_odd", "action_cut", "too_many_steps",
             "reference_blank", "list_without_code", "table_continues"}
UNPLACED_WHY = {
    "no_code": lazy_gettext("No procedure code: the heading prints none, and the decision's "
                            "list has no procedure of that name."),
    "listed_without_code": lazy_gettext("No procedure code: the decision's list names the "
                                        "procedure but prints no code."),
    "no_heading": lazy_gettext("The step table has no procedure heading."),
    "group_members_without_code": lazy_gettext("Some procedures of the group have no code."),
    "duplicate": lazy_gettext("A second table for the same procedure, tier and case."),
}
# the reader's own prefix of a note about some steps («Bước 1, 2, 5: …», «Steps 1, 2: …»)
STEPS_PREFIX = re.compile(r"^(Bước|Steps?) [\d, ]+: ")


# --- words ------------------------------------------------------------------------------------

def _locale() -> str:
    return str(get_locale() or DEFAULT_LANG)


def amount(value: float) -> str:
    """0,5 in Vietnamese, 0.5 in English; no trailing zeros."""
    return format_decimal(value, "#,##0.###", locale=_locale())


def total_words(duration: dict | None) -> str:
    """A sum of durations as a civil servant counts it, by the engine's wording: «21 ngày
    làm việc» (168 working hours), «12 ngày 1 giờ làm việc»."""
    return duration_of(duration, _locale() if _locale() in ("vi", "en") else DEFAULT_LANG)


def duration_words(duration: dict | None) -> str:
    """«0,5 ngày làm việc», «4 giờ làm việc»; «0.5 working days», «1 working day»."""
    if not isinstance(duration, dict) or not isinstance(duration.get("value"), int | float):
        return "—"
    value = duration["value"]
    # a fraction takes the plural in English (gettext's plural forms count whole numbers)
    count = int(value) if float(value).is_integer() else 2
    if duration.get("unit") == "working_hours":
        return ngettext("%(value)s working hour", "%(value)s working hours", count,
                        value=amount(value))
    return ngettext("%(value)s working day", "%(value)s working days", count,
                    value=amount(value))


def place_words(where: dict | None) -> str:
    """Where words are, as people say it: «tệp qd.docx, bảng 4, dòng 3»."""
    if not isinstance(where, dict):
        return ""
    parts = []
    if where.get("file"):
        parts.append(gettext("file %(name)s", name=where["file"]))
    if where.get("paragraph") is not None:
        parts.append(gettext("paragraph %(n)s", n=where["paragraph"]))
    if where.get("table") is not None:
        parts.append(gettext("table %(n)s", n=where["table"]))
    if where.get("row") is not None:
        parts.append(gettext("row %(n)s", n=where["row"]))
    return ", ".join(parts)


def table_words(where: dict | None) -> str:
    """A table as the decision numbers it: «bảng 6 trong tệp du-thao.docx»."""
    where = where if isinstance(where, dict) else {}
    if where.get("table") is None:
        return place_words(where)
    return gettext("table %(n)s in file %(name)s", n=where["table"], name=where.get("file"))


_QUOTED_VALUE = re.compile(r"«([a-z]+(?:_[a-z]+)*)»")


def note_text(n: dict, lang: str) -> str:
    """A reading note in the page's language; a value of the data format it quotes
    («listed») said in words, as the vocabulary says it («thuộc Danh mục công bố»)."""
    from service.web.frame import words

    message = n.get("message") or {}
    text = message.get(lang) or message.get("vi") or ""
    t = words()

    def said(found: re.Match) -> str:
        label = t.label(found[1])
        return f"«{label}»" if label and label != found[1] else found[0]

    return _QUOTED_VALUE.sub(said, text)


def short(text: str, size: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[:size - 1] + "…"


# --- what the page shows ------------------------------------------------------------------------

@dataclass
class GridCell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    col: int = 0
    label: str = ""  # the column's header, said before the text when a row is a card
    role: str = ""  # label | action | responsible | time | extra


@dataclass
class GridRow:
    number: int | None  # the row of the decision's table (1-based), when drawn from it
    cells: list[GridCell]
    kind: str  # step | total | phase | extra | header | other | corrected
    read_as: str
    attention: bool = False
    notes: list[tuple[str, bool]] = field(default_factory=list)  # text, to look at


@dataclass
class TotalLine:
    label: str | None  # as printed
    text: str | None  # as printed
    printed: str | None
    summed: str | None
    agrees: bool | None
    place: str
    row: int | None = None  # its row in the table, when it is printed in a row of it


@dataclass
class ReadingView:
    """One reading of a printed table: one procedure (or group of procedures), its tier(s)
    and case, its steps."""
    k: int  # its index among the reading's tables (the correction fields' names)
    heading: str | None
    members: list[str]
    variant: str | None
    tiers: list[str]
    where: dict
    placed_as: list[dict]
    problems: list[str]  # why (part of) it is not placed
    totals: list[TotalLine]
    notes: list[tuple[str, bool]]  # about the table as a whole
    steps: list[dict]  # as read: label, action, responsible, duration, counted, row
    anchor: str = ""  # its segment's

    @property
    def unplaced(self) -> bool:
        return not self.placed_as

    @property
    def differs(self) -> bool:
        return any(t.agrees is False for t in self.totals)

    @property
    def name(self) -> str:
        return self.heading or (self.members[0] if self.members else "")


@dataclass
class Segment:
    """The rows of a printed table that belong to one procedure (or to the cases of one)."""
    anchor: str
    readings: list[ReadingView]
    head: list[list[GridCell]]
    rows: list[GridRow]
    hidden_rows: int
    as_printed: bool  # drawn from the decision's own table (else from what was read)
    first_row: int = 0
    last_row: int = 0

    @property
    def heading(self) -> str | None:
        return next((r.heading for r in self.readings if r.heading), None)

    @property
    def members(self) -> list[str]:
        return next((r.members for r in self.readings if r.members), [])

    @property
    def unplaced(self) -> bool:
        return any(r.unplaced for r in self.readings)

    @property
    def differs(self) -> bool:
        return any(r.differs for r in self.readings)

    @property
    def notes(self) -> list[tuple[str, bool]]:
        """The notes about the table as a whole, once however many readings it holds."""
        return list(dict.fromkeys(n for r in self.readings for n in r.notes))


@dataclass
class PrintedTable:
    """A table of the decision, once, with the segments of its rows."""
    anchor: str
    where: dict
    segments: list[Segment]

    @property
    def words(self) -> str:
        return table_words(self.where)

    @property
    def readings(self) -> list[ReadingView]:
        return [r for s in self.segments for r in s.readings]

    @property
    def shared(self) -> bool:
        return len(self.segments) > 1

    @property
    def unplaced(self) -> bool:
        return any(s.unplaced for s in self.segments)


def _key(cell) -> tuple[int, int]:
    return (cell.row, cell.col)


def layout(grid: list, rows: list[int]) -> list[list[GridCell]]:
    """The cells of ``rows`` (0-based, in order) of a reader's grid, each merged cell once
    with its spans, clipped to those rows; a short row is filled out to the table's width."""
    width = max((len(line) for line in grid), default=0)
    out = []
    for i, r in enumerate(rows):
        line = grid[r]
        above = grid[rows[i - 1]] if i else None
        cells = []
        for c, cell in enumerate(line):
            key = _key(cell)
            if c and _key(line[c - 1]) == key:
                continue
            if above is not None and c < len(above) and _key(above[c]) == key:
                continue
            colspan = 1
            while c + colspan < len(line) and _key(line[c + colspan]) == key:
                colspan += 1
            rowspan = 1
            while i + rowspan < len(rows) and c < len(grid[rows[i + rowspan]]) and \
                    _key(grid[rows[i + rowspan]][c]) == key:
                rowspan += 1
            cells.append(GridCell(cell.text.strip(), rowspan, colspan, c))
        if len(line) < width:
            cells.append(GridCell("", 1, width - len(line), len(line)))
        out.append(cells)
    return out


def _clean(text: str) -> str:
    from service.documents.text import clean

    return clean(text)


def _full_width(line: list) -> bool:
    return bool(line) and len({_key(c) for c in line}) == 1


def _row_notes(t: dict, notes: list[dict], lang: str) -> tuple[dict, list]:
    """The notes about a table: by its row (1-based), and about the table as a whole."""
    where = t.get("where") or {}
    rows = [s["row"] for s in t["steps"]] + [x["row"] for x in t["phases"]] + \
        [x["row"] for x in t["unplaced_rows"]] + \
        [x["where"]["row"] for x in t["totals"] if (x.get("where") or {}).get("row")
         and x["where"].get("table") == where.get("table")]
    low, high = (min(rows), max(rows)) if rows else (0, -1)
    order_row = {k + 1: s["row"] for k, s in enumerate(t["steps"])}
    by_row: dict[int, list] = {}
    whole = []
    for n in notes:
        at = n.get("where") or {}
        if at.get("file") != where.get("file") or at.get("table") != where.get("table"):
            continue
        flag = n.get("kind") in ATTENTION
        row = at.get("row")
        if row is None:
            if n.get("kind") != "unplaced":
                whole.append((note_text(n, lang), flag))
            continue
        if not low <= row <= high or n.get("kind") == "total_differs":
            continue  # (a total row says itself whether it agrees)
        steps = n.get("steps") or []
        if len(steps) > 1:  # said once for the table; a row to look at is flagged too
            whole.append((note_text(n, lang), flag))
            if not flag:
                continue
        text = STEPS_PREFIX.sub("", note_text(n, lang))
        for target in [order_row[o] for o in steps if o in order_row] or [row]:
            by_row.setdefault(target, []).append((text, flag))
    return by_row, whole


def _total_read_as(x: dict) -> tuple[str, bool]:
    printed, summed = x.get("printed"), x.get("summed")
    if printed and summed:
        values = {"printed": duration_words(printed), "summed": total_words(summed)}
        if x.get("agrees") is False:
            return gettext("Total row: printed %(printed)s, the steps add up to %(summed)s — "
                           "they differ", **values), True
        return gettext("Total row: printed %(printed)s, the steps add up to %(summed)s — "
                       "they agree", **values), False
    if summed:
        return gettext("Total row: the printed time cannot be read; the steps add up to "
                       "%(summed)s", summed=total_words(summed)), True
    if printed:
        return gettext("Total row: printed %(printed)s; no step has a time to add up",
                       printed=duration_words(printed)), False
    return gettext("Total row"), False


def _step_read_as(order: int, s: dict) -> tuple[str, bool]:
    if s.get("duration"):
        return gettext("Step %(n)s · %(time)s", n=order, time=duration_words(s["duration"])), \
            False
    if not s.get("counted"):
        return gettext("Step %(n)s · not counted in the time", n=order), False
    return gettext("Step %(n)s · no time could be read", n=order), True


def _read_as_rows(t: dict, by_row: dict, not_steps: set[int]) -> dict[int, GridRow]:
    """What each row the reader used was read as, by row (1-based); cells still empty."""
    out: dict[int, GridRow] = {}
    for k, s in enumerate(t["steps"]):
        if k + 1 in not_steps:
            out[s["row"]] = GridRow(s["row"], [], "corrected", gettext(
                "Not a step (as you corrected it)"))
            continue
        text, flag = _step_read_as(k + 1, s)
        out[s["row"]] = GridRow(s["row"], [], "step", text, flag)
    for x in t["totals"]:
        row = (x.get("where") or {}).get("row")
        if row and (x.get("where") or {}).get("table") == t["where"].get("table"):
            text, flag = _total_read_as(x)
            out[row] = GridRow(row, [], "total", text, flag)
    for x in t["phases"]:
        out[x["row"]] = GridRow(x["row"], [], "phase",
                                gettext("A phase heading, not a step"))
    for x in t["unplaced_rows"]:
        out[x["row"]] = GridRow(x["row"], [], "extra", gettext(
            "Not read as a step: text only in the extra columns"), True)
    for row, items in by_row.items():
        if row in out:
            out[row].notes = items
            out[row].attention = out[row].attention or any(flag for _, flag in items)
    return out


def _matches(grid: list, t: dict) -> bool:
    """Whether the steps read sit in the grid's rows as printed (a table broken across pages
    carries rows of another table; it is then shown as read)."""
    for s in t["steps"]:
        r = s["row"] - 1
        if not 0 <= r < len(grid):
            return False
        texts = {_clean(c.text) for c in grid[r]} | {""}
        if s.get("duration_text", "") not in texts or s.get("action", "") not in texts:
            return False
    return True


def _totals(t: dict) -> list[TotalLine]:
    table = (t.get("where") or {}).get("table")
    out = []
    for x in t["totals"]:
        where = x.get("where") or {}
        out.append(TotalLine(x.get("printed_label"), x.get("printed_text"),
                             duration_words(x["printed"]) if x.get("printed") else None,
                             total_words(x["summed"]) if x.get("summed") else None,
                             x.get("agrees"), place_words(where),
                             where.get("row") if where.get("table") == table else None))
    return out


def _columns(grid: list, head_rows: list[int], t: dict) -> tuple[list[str], list[str]]:
    """Each column's header (the lowest header row's text) and role."""
    width = max((len(line) for line in grid), default=0)
    labels = [""] * width
    for r in head_rows:
        for c, cell in enumerate(grid[r][:width]):
            if _clean(cell.text):
                labels[c] = _clean(cell.text)
    header = [_clean(h) for h in t.get("header") or []]
    roles = [""] * width
    for role, text in (t.get("columns") or {}).items():
        for c in range(width):
            if c < len(header) and header[c] == text and not roles[c]:
                roles[c] = role
                break
    return labels, [r or "extra" for r in roles]


def _dress(cells_rows: list[list[GridCell]], labels: list[str], roles: list[str]) -> None:
    for cells in cells_rows:
        for cell in cells:
            if cell.col < len(labels):
                cell.label, cell.role = labels[cell.col], roles[cell.col]


def _head_rows(grid: list, t: dict, first: int, taken: set[int]) -> tuple[list[int], int]:
    """The rows of the table's printed header above ``first`` (0-based) and the first row
    after them."""
    header = list(t.get("header") or [])
    head_row = next((r for r in range(first - 1, -1, -1)
                     if [c.text for c in grid[r]] == header), None)
    if head_row is None:
        return [], first
    rows = [head_row]
    r = head_row - 1
    while r >= 0 and (r + 1) not in taken and not _full_width(grid[r]) and \
            any(_clean(c.text) for c in grid[r]):
        rows.insert(0, r)
        r -= 1
    return rows, head_row + 1


def _case_label(view: ReadingView, n: int) -> str:
    return f"«{short(view.variant, 60)}»" if view.variant else gettext("case %(n)s", n=n)


def _combined(row: int, readings: list[ReadingView], reads: list[dict]) -> GridRow | None:
    """A row as the readings of one segment read it: once when they read it alike, else
    each case's reading named."""
    found = [(v, read[row]) for v, read in zip(readings, reads, strict=True) if row in read]
    if not found:
        return None
    first = found[0][1]
    if len(readings) == 1 or (len(found) == len(readings) and
                              len({g.read_as for _, g in found}) == 1):
        return GridRow(first.number, [], first.kind, first.read_as, first.attention,
                       first.notes)
    parts = [f"{_case_label(v, readings.index(v) + 1)}: {g.read_as}" for v, g in found]
    missing = [_case_label(v, readings.index(v) + 1) for v in readings
               if all(v is not w for w, _ in found)]
    if missing:
        parts.append(gettext("not in %(cases)s", cases=", ".join(missing)))
    notes = [n for _, g in found for n in g.notes]
    return GridRow(first.number, [], first.kind, "; ".join(parts),
                   any(g.attention for _, g in found), list(dict.fromkeys(notes)))


def _drawn(grid: list, rows: list[int], readings: list[ReadingView], reads: list[dict],
           header: list[str]) -> list[GridRow]:
    """The rows of a segment as printed, each with what it was read as; a row that prints
    nothing, the header printed again and a heading row the segment's heading shows are
    left out."""
    names = {_clean(x) for v in readings for x in [v.heading or "", *v.members] if x}
    kept: list[tuple[int, GridRow]] = []
    for r in rows:
        row = _combined(r + 1, readings, reads)
        if row is None:
            texts = [_clean(c.text) for c in grid[r]]
            if not any(texts):
                continue
            if header and [c.text for c in grid[r]] == header:
                continue
            if _full_width(grid[r]) and texts[0] in names:
                continue
            row = GridRow(r + 1, [], "other", gettext("Not read as a step"))
        kept.append((r, row))
    cells = layout(grid, [r for r, _ in kept])
    out = []
    for (_, row), line in zip(kept, cells, strict=True):
        row.cells = line
        out.append(row)
    return out


def _as_read(t: dict, read: dict[int, GridRow]) -> tuple[list, list[GridRow], int]:
    """The table as the reader read it, when its printed layout cannot be drawn."""
    columns = t.get("columns") or {}
    roles = ("label", "action", "responsible", "time")
    head = [[GridCell(columns.get(role) or str(label), col=c, role=role) for c, (role, label)
             in enumerate(zip(roles, (lazy_gettext("Step"), lazy_gettext("Action"),
                                      lazy_gettext("Responsible"),
                                      lazy_gettext("Time (as printed)")), strict=True))]]
    labels = [c.text for c in head[0]]
    texts = {s["row"]: [s.get("label", ""), s.get("action", ""), s.get("responsible", ""),
                        s.get("duration_text", "")] for s in t["steps"]}
    for x in t["totals"]:
        row = (x.get("where") or {}).get("row")
        if row in read:
            texts[row] = [x.get("printed_label") or "", "", "", x.get("printed_text") or ""]
    for x in t["phases"]:
        texts[x["row"]] = [x["text"], "", "", ""]
    for x in t["unplaced_rows"]:
        texts[x["row"]] = [" | ".join(x.get("cells") or []), "", "", ""]
    rows = []
    for number in sorted(read)[:MAX_SHOWN_ROWS]:
        row = read[number]
        row.number = None
        row.cells = [GridCell(text, col=c, label=labels[c], role=roles[c])
                     for c, text in enumerate(texts.get(number, ["", "", "", ""]))]
        rows.append(row)
    return head, rows, max(0, len(read) - MAX_SHOWN_ROWS)


def _reading_view(k: int, t: dict, reading: dict, lang: str) -> tuple[ReadingView, dict]:
    where = t.get("where") or {}
    by_row, whole = _row_notes(t, reading["notes"], lang)
    problems = [str(UNPLACED_WHY.get(u.get("reason"), "")) or note_text(u, lang)
                for u in reading["unplaced"]
                if u.get("kind") == "table" and u.get("where") == where
                and u.get("heading") == t.get("heading") and u.get("steps") == t["steps"]]
    view = ReadingView(k, t.get("heading"), list(t.get("members") or []), t.get("variant"),
                       list(t.get("tiers") or []), where, list(t.get("placed_as") or []),
                       list(dict.fromkeys(problems)), _totals(t), whole, list(t["steps"]))
    return view, by_row


def _row_span(read: dict) -> tuple[int, int]:
    return (min(read), max(read)) if read else (0, 0)


def printed_tables(reading: dict, grids: dict, lang: str,
                   not_steps: dict[int, set[int]] | None = None) -> list[PrintedTable]:
    """Every printed table that holds a step table, once, in the order the reading met
    them. ``grids``: the decision's tables by (file, table), as the reader kept them;
    ``not_steps``: the steps (by order) a reviewer marked as not steps, by table."""
    not_steps = not_steps or {}
    files = [f.get("file") for f in reading.get("files") or []]
    groups: dict[tuple, list[int]] = {}
    for k, t in enumerate(reading["tables"]):
        where = t.get("where") or {}
        groups.setdefault((where.get("file"), where.get("table")), []).append(k)
    out = []
    for (file, number), ks in groups.items():
        tables = [reading["tables"][k] for k in ks]
        views, reads = [], []
        for k, t in zip(ks, tables, strict=True):
            view, by_row = _reading_view(k, t, reading, lang)
            views.append(view)
            reads.append(_read_as_rows(t, by_row, not_steps.get(k, set())))
        n = files.index(file) + 1 if file in files else 1
        anchor = f"tbl-{n}-{number if number is not None else 0}"
        grid = grids.get((file, number))
        if grid is not None and all(_matches(grid, t) for t in tables) and all(reads):
            segments = _printed_segments(anchor, grid, tables, views, reads)
        else:
            segments = []
            for i, (t, view, read) in enumerate(zip(tables, views, reads, strict=True)):
                head, rows, hidden = _as_read(t, read)
                low, high = _row_span(read)
                segments.append(Segment(f"{anchor}-{i + 1}", [view], head, rows, hidden,
                                        False, low, high))
        for s in segments:
            for view in s.readings:
                view.anchor = s.anchor
        out.append(PrintedTable(anchor, dict(tables[0].get("where") or {}), segments))
    return out


def _printed_segments(anchor: str, grid: list, tables: list[dict], views: list[ReadingView],
                      reads: list[dict]) -> list[Segment]:
    """The segments of one printed table: the readings whose rows overlap (the cases of one
    table) together, in the order of their rows; each segment runs from the row after the
    one before it to its own last row."""
    order = sorted(range(len(tables)), key=lambda i: _row_span(reads[i]))
    clusters: list[list[int]] = []
    high = -1
    for i in order:
        low, top = _row_span(reads[i])
        if clusters and low <= high:
            clusters[-1].append(i)
            high = max(high, top)
        else:
            clusters.append([i])
            high = top
    taken = {row for read in reads for row in read}
    first = _row_span(reads[clusters[0][0]])[0] - 1
    head_rows, start = _head_rows(grid, tables[clusters[0][0]], first, taken)
    header = list(tables[0].get("header") or [])
    labels, roles = _columns(grid, head_rows, tables[0])
    head = layout(grid, head_rows) if head_rows else [
        [GridCell(text, col=c) for c, text in enumerate(header)]]
    _dress(head, labels, roles)
    segments = []
    begin = start
    for j, cluster in enumerate(clusters):
        cluster.sort()
        top = max(_row_span(reads[i])[1] for i in cluster)
        end = top if j < len(clusters) - 1 else len(grid)
        rows = list(range(begin, end))
        shown = rows[:MAX_SHOWN_ROWS]
        members = [views[i] for i in cluster]
        drawn = _drawn(grid, shown, members, [reads[i] for i in cluster], header)
        _dress([r.cells for r in drawn], labels, roles)
        segments.append(Segment(f"{anchor}-{j + 1}", members, head, drawn,
                                max(0, len(rows) - len(shown)), True, begin + 1, top))
        begin = top
    return segments


def grids_of(layout_rows: dict, reading: dict) -> dict:
    """The grids of the decision's step tables, by (file, table), from the rows the reader
    kept as printed (the reading says what the rows were read as, not their layout)."""
    wanted = {((t.get("where") or {}).get("file"), (t.get("where") or {}).get("table"))
              for t in reading["tables"]}
    return {key: rows for key, rows in layout_rows.items() if key in wanted}


def note_views(reading: dict, tables: list[PrintedTable], lang: str) -> list[dict]:
    """The notes, those to look at first, each with the segment it is about (when one is)."""
    segments = [s for p in tables for s in p.segments]
    items, seen = [], {}
    for n in reading["notes"]:
        items.append({"text": note_text(n, lang), "words": n.get("words"),
                      "place": place_words(n.get("where")),
                      "attention": n.get("kind") in ATTENTION,
                      "segment": _segment_of(n, segments, seen)})
    return sorted(items, key=lambda i: not i["attention"])


def _segment_of(n: dict, segments: list[Segment], seen: dict) -> Segment | None:
    """The segment a note is about: the one whose rows hold its place (or whose heading,
    printed in the table's row above, it is), else one whose heading are its words (the
    next of them each time the same words come again: the cases of one procedure)."""
    at = n.get("where") or {}
    if at.get("table") is not None:
        same = [s for s in segments if s.readings[0].where.get("file") == at.get("file")
                and s.readings[0].where.get("table") == at.get("table")]
        row = at.get("row") or 0
        inside = [s for s in same if s.first_row <= row <= s.last_row]
        after = [s for s in same if s.first_row > row]
        return (inside or after or same or [None])[0]
    words = n.get("words")
    headed = [s for s in segments if words and any(
        words in (v.heading, *v.members) for v in s.readings)]
    if not headed:
        return None
    key = (n.get("kind"), words)
    seen[key] = seen.get(key, -1) + 1
    return headed[seen[key] % len(headed)]

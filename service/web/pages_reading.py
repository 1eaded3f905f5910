"""Reading a draft decision on the pre-check page: «Tải lên dự thảo (.docx, .html)».

``/check/reading`` takes the dossier's files (the draft decision, its Tờ trình), reads them
with ``service.documents`` and shows what was read, in the reader's language:

- what cannot be checked yet, as an error summary that links to the place to fix it;
- the step tables that could not be placed in any procedure, first, each with its boxes;
- every step table as the decision prints it (its own header, rows and merged cells), with
  what each row was read as, the notes about it, and its printed totals against the sums;
- the notes, those a reviewer should look at highlighted and labelled;
- the decision's header, signature and proposal, and the submission read from them.

The reviewer corrects it and asks for the verdict (``/check/reading/verdict``), evaluated as
``/check`` evaluates. The code(s) and tier(s) of every step table are boxes beside it; the
whole submission's JSON is the advanced form, and the boxes apply after it. Between the two
requests the page's state is in the form: the JSON, and (hidden) what each table was read
as: its steps and the internal procedures it became.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field

from babel.numbers import format_decimal
from flask import current_app, request
from flask_babel import get_locale, gettext, lazy_gettext, ngettext
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import RequestEntityTooLarge

from service.api.http import evaluate
from service.contract.schemas import TIERS, TTHC_CODE, BadInput, load_submission, variant_key
from service.engine import EngineError
from service.engine.wording import duration_of
from service.untrusted import sandbox
from service.web.blueprint import bp
from service.web.frame import page, words
from service.web.i18n import DEFAULT_LANG, format_number
from service.web.validation import field_label
from service.web.validation import message as contract_message
from service.web.verdicts import verdict_context

MAX_SHOWN_ROWS = 400  # of one step table as printed; the rest is counted, not drawn
MAX_TABLES = 1000  # in the hidden state of the correction form (as the reader's limit)
MAX_ACTION, MAX_RESPONSIBLE, MAX_STEPS, MAX_NAMES = 2000, 500, 100, 500

# The kinds of notes a reviewer should look at: inferences the document does not state,
# things it leaves out, and figures that do not add up.
ATTENTION = {"unplaced", "total_differs", "time_prose", "time_no_unit", "time_unreadable",
             "time_empty", "time_first_of_several", "kind_assumed", "submitted_on_today",
             "signature_missing", "submitter_missing", "submitter_type", "province_missing",
             "province_conflict", "province_option", "reception_agency", "tier_default",
             "document_unknown", "amends_missing", "time_merged_down", "change_listed",
             "no_to_trinh", "code_from_list", "code_odd", "action_cut", "too_many_steps",
             "reference_blank", "list_without_code", "table_continues"}

DOCUMENTS = {
    "decision": lazy_gettext("Draft decision"),
    "to_trinh": lazy_gettext("Tờ trình (the department's submission letter)"),
    "unknown": lazy_gettext("Document of unknown kind"),
}
DECISION_KINDS = {
    "publication": lazy_gettext("Decision publishing a list of TTHC"),
    "internal_procedure": lazy_gettext("Decision approving internal procedures"),
    "internal_procedure_amendment": lazy_gettext("Decision amending internal procedures"),
    "electronic_procedure": lazy_gettext("Decision approving electronic procedures"),
}
SIGNED = {
    "self": lazy_gettext("Signed by the Chairman"),
    "on_behalf": lazy_gettext("Signed on the Chairman's behalf (KT. CHỦ TỊCH)"),
    "for_committee": lazy_gettext("Signed for the People's Committee (TM. ỦY BAN NHÂN DÂN)"),
    "by_order": lazy_gettext("Signed by order (TL. or TUQ.)"),
}
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


def note_text(n: dict, lang: str) -> str:
    message = n.get("message") or {}
    return message.get(lang) or message.get("vi") or ""


def province_name(slug: str | None) -> str:
    from service.engine.jurisdiction import provinces

    if not slug:
        return "—"
    known = provinces().get(slug)
    return known.full_name if known else slug


def province_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The provinces to choose from, by name: the 34 from 01/07/2025, then the former ones."""
    from service.engine.jurisdiction import provinces, slugify

    groups = {True: [], False: []}
    for p in provinces().values():
        groups[p.current].append((p.slug, p.full_name))
    for items in groups.values():
        items.sort(key=lambda item: slugify(item[1].split(" ", 1)[-1]))
    return [(gettext("From 1 July 2025"), groups[True]),
            (gettext("Before 1 July 2025"), groups[False])]


# --- what the page shows ------------------------------------------------------------------------

@dataclass
class Fix:
    """One line of an error summary: what to fix, why, and the field where it is fixed."""
    target: str  # the id of the field (or the part of the page) to go to
    what: str
    message: str


@dataclass
class GridCell:
    text: str
    rowspan: int = 1
    colspan: int = 1


@dataclass
class GridRow:
    number: int | None  # the row of the decision's table (1-based), when drawn from it
    cells: list[GridCell]
    kind: str  # step | total | phase | extra | header | empty | other
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


@dataclass
class TableView:
    k: int  # its index among the reading's tables (the correction boxes' names)
    heading: str | None
    members: list[str]
    variant: str | None
    tiers: list[str]
    where: dict
    place: str
    placed_as: list[dict]
    problems: list[str]  # why (part of) it is not placed
    head: list[list[GridCell]]
    rows: list[GridRow]
    as_printed: bool  # drawn from the decision's own table (else from what was read)
    hidden_rows: int
    totals: list[TotalLine]
    notes: list[tuple[str, bool]]  # about the table as a whole
    steps: int
    rows_read: tuple[int, int]  # the first and last row of the decision's table it covers

    @property
    def anchor(self) -> str:
        return f"table-{self.k + 1}"

    @property
    def unplaced(self) -> bool:
        return not self.placed_as

    @property
    def differs(self) -> bool:
        return any(t.agrees is False for t in self.totals)

    @property
    def title(self) -> str:
        return self.heading or gettext("Step table %(n)s", n=self.k + 1)


def _key(cell) -> tuple[int, int]:
    return (cell.row, cell.col)


def layout(grid: list, rows: list[int]) -> list[list[GridCell]]:
    """The cells of ``rows`` (0-based, consecutive) of a reader's grid, each merged cell once
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
            cells.append(GridCell(cell.text.strip(), rowspan, colspan))
        if len(line) < width:
            cells.append(GridCell("", 1, width - len(line)))
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


def _read_as_rows(t: dict, by_row: dict) -> dict[int, GridRow]:
    """What each row the reader used was read as, by row (1-based); cells still empty."""
    out: dict[int, GridRow] = {}
    for k, s in enumerate(t["steps"]):
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


def _as_printed(grid: list, t: dict, read: dict[int, GridRow], taken: set[int]):
    """The rows of the decision's table that this reading covers: its header and every row
    from its first step (or total) to its last, each with what it was read as."""
    numbers = sorted(read)
    low, high = numbers[0] - 1, numbers[-1] - 1
    header = [c for c in t.get("header") or []]
    head_row = next((r for r in range(low - 1, -1, -1)
                     if [c.text for c in grid[r]] == header), None)
    head_rows: list[int] = []
    if head_row is not None:
        head_rows = [head_row]
        r = head_row - 1
        while r >= 0 and (r + 1) not in taken and not _full_width(grid[r]) and \
                any(_clean(c.text) for c in grid[r]):
            head_rows.insert(0, r)
            r -= 1
        start = head_row + 1
    else:
        start = low
    shown = list(range(start, min(high + 1, start + MAX_SHOWN_ROWS)))
    head = layout(grid, head_rows) if head_rows else [
        [GridCell(text) for text in _distinct(header)]]
    rows = []
    for r, cells in zip(shown, layout(grid, shown), strict=True):
        row = read.get(r + 1)
        if row is None:
            texts = [_clean(c.text) for c in grid[r]]
            if not any(texts):
                row = GridRow(r + 1, [], "empty", gettext("An empty row"))
            elif header and [c.text for c in grid[r]] == header:
                row = GridRow(r + 1, [], "header", gettext("The header, printed again"))
            else:
                row = GridRow(r + 1, [], "other", gettext("Not read as a step"))
        row.cells = cells
        rows.append(row)
    return head, rows, max(0, high + 1 - start - len(shown))


def _distinct(texts: list[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        if not out or out[-1] != text:
            out.append(text)
    return out


def _as_read(t: dict, read: dict[int, GridRow]):
    """The table as the reader read it, when its printed layout cannot be drawn."""
    columns = t.get("columns") or {}
    head = [[GridCell(columns.get(role) or str(label)) for role, label in (
        ("label", lazy_gettext("Step")), ("action", lazy_gettext("Action")),
        ("responsible", lazy_gettext("Responsible")),
        ("time", lazy_gettext("Time (as printed)")))]]
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
        row.cells = [GridCell(text) for text in texts.get(number, ["", "", "", ""])]
        rows.append(row)
    return head, rows, max(0, len(read) - MAX_SHOWN_ROWS)


def _totals(t: dict) -> list[TotalLine]:
    out = []
    for x in t["totals"]:
        out.append(TotalLine(x.get("printed_label"), x.get("printed_text"),
                             duration_words(x["printed"]) if x.get("printed") else None,
                             total_words(x["summed"]) if x.get("summed") else None,
                             x.get("agrees"), place_words(x.get("where"))))
    return out


def table_views(out: dict, grids: dict, lang: str) -> list[TableView]:
    """Every step table read, as the page shows it."""
    reading = out["reading"]
    taken: dict[tuple, set[int]] = {}
    for t in reading["tables"]:
        where = t.get("where") or {}
        rows = taken.setdefault((where.get("file"), where.get("table")), set())
        rows.update(s["row"] for s in t["steps"])
        rows.update(x["row"] for x in t["phases"] + t["unplaced_rows"])
        rows.update((x.get("where") or {}).get("row") or 0 for x in t["totals"])
    views = []
    for k, t in enumerate(reading["tables"]):
        where = t.get("where") or {}
        by_row, whole = _row_notes(t, reading["notes"], lang)
        read = _read_as_rows(t, by_row)
        grid = grids.get((where.get("file"), where.get("table")))
        problems = [str(UNPLACED_WHY.get(u.get("reason"), "")) or note_text(u, lang)
                    for u in reading["unplaced"]
                    if u.get("kind") == "table" and u.get("where") == where
                    and u.get("heading") == t.get("heading") and u.get("steps") == t["steps"]]
        if read and grid is not None and _matches(grid, t):
            head, rows, hidden = _as_printed(grid, t, read,
                                             taken[(where.get("file"), where.get("table"))])
            printed = True
        else:
            head, rows, hidden = _as_read(t, read)
            printed = False
        views.append(TableView(
            k, t.get("heading"), list(t.get("members") or []), t.get("variant"),
            list(t.get("tiers") or []), where, place_words(where), list(t.get("placed_as") or []),
            list(dict.fromkeys(problems)), head, rows, printed, hidden, _totals(t), whole,
            len(t["steps"]), (min(read), max(read)) if read else (0, 0)))
    return views


def grids_of(layout: dict, out: dict) -> dict:
    """The grids of the decision's step tables, by (file, table), from the rows the reader
    kept as printed (the reading says what the rows were read as, not their layout)."""
    wanted = {((t.get("where") or {}).get("file"), (t.get("where") or {}).get("table"))
              for t in out["reading"]["tables"]}
    return {key: rows for key, rows in layout.items() if key in wanted}


# --- the correction's state -----------------------------------------------------------------

def _contract_steps(steps: list[dict]) -> list[dict]:
    out = []
    for k, s in enumerate(steps[:MAX_STEPS]):
        step: dict = {"order": k + 1}
        if s.get("action"):
            step["action"] = s["action"][:MAX_ACTION]
        if s.get("responsible"):
            step["responsible"] = s["responsible"][:MAX_RESPONSIBLE]
        if s.get("duration"):
            step["duration"] = s["duration"]
        step["counted"] = bool(s.get("counted"))
        out.append(step)
    return out


def correction_items(out: dict) -> list[dict]:
    """What the correction form keeps of each step table: its name, case and tiers, its
    steps as the contract has them, and the internal procedures it became."""
    from service.documents.annex import procedure_name

    items = []
    for t in out["reading"]["tables"]:
        heads = t.get("members") or ([t["heading"]] if t.get("heading") else [])
        names = [procedure_name(h) for h in heads]
        items.append({
            "where": t.get("where") or {},
            "name": names[0] if names else "", "names": names[:MAX_NAMES],
            "variant": t.get("variant"), "tiers": list(t.get("tiers") or []),
            "steps": _contract_steps(t["steps"]),
            "centre": any("trung tâm phục vụ hành chính công" in (s.get("responsible") or "")
                          .lower() for s in t["steps"]),
            "was": [{"procedure_code": p["procedure_code"], "tier": p["tier"]}
                    for p in t.get("placed_as") or []]})
    return items


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _items_from_form() -> list[dict]:
    """The hidden state, taken only in the shape the page wrote it (anything else dropped)."""
    try:
        raw = json.loads(request.form.get("tables", "[]"))
    except ValueError:
        return []
    if not isinstance(raw, list):
        return []
    items = []
    for item in raw[:MAX_TABLES]:
        if not isinstance(item, dict):
            continue
        was = [w for w in _list(item.get("was")) if isinstance(w, dict)
               and isinstance(w.get("procedure_code"), str) and w.get("tier") in TIERS]
        items.append({
            "where": item["where"] if isinstance(item.get("where"), dict) else {},
            "name": item["name"] if isinstance(item.get("name"), str) else "",
            "names": [x for x in _list(item.get("names")) if isinstance(x, str)][:MAX_NAMES],
            "variant": item["variant"] if isinstance(item.get("variant"), str) else None,
            "tiers": [x for x in _list(item.get("tiers")) if x in TIERS],
            "steps": [s for s in _list(item.get("steps")) if isinstance(s, dict)][:MAX_STEPS],
            "centre": item.get("centre") is True,
            "was": [{"procedure_code": w["procedure_code"], "tier": w["tier"]} for w in was]})
    return items


def box_values(items: list[dict], form=None) -> list[dict]:
    """What each table's boxes hold: the codes and tiers typed (or, at first, read)."""
    values = []
    for k, item in enumerate(items):
        if form is not None and f"code_{k}" in form:
            values.append({"codes": form.get(f"code_{k}", "")[:2000],
                           "tiers": [x for x in form.getlist(f"tier_{k}") if x in TIERS]})
            continue
        codes = list(dict.fromkeys(w["procedure_code"] for w in item["was"]))
        tiers = list(dict.fromkeys(w["tier"] for w in item["was"])) or item["tiers"] or \
            ["province"]
        values.append({"codes": ", ".join(codes), "tiers": tiers})
    return values


def _short(text: str, size: int = 90) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


def item_title(k: int, item: dict) -> str:
    """«Bảng quy trình 2 «Thủ tục …», b) Trường hợp …»."""
    title = gettext("Step table %(n)s", n=k + 1)
    if item.get("name"):
        title = gettext("Step table %(n)s «%(name)s»", n=k + 1, name=_short(item["name"]))
    if item.get("variant"):
        title += ", " + _short(item["variant"], 60)
    return title


def _wanted(items: list[dict], values: list[dict]) -> tuple[list, list[Fix]]:
    """Each table's (code, tier) pairs as the boxes say, or what is wrong with a box."""
    wants, fixes = [], []
    for k, (item, value) in enumerate(zip(items, values, strict=True)):
        codes = [c for c in re.split(r"[\s,;]+", value["codes"].strip()) if c]
        bad = [c for c in codes if not TTHC_CODE.match(c)]
        if bad:
            fixes.append(Fix(f"code_{k}", item_title(k, item), gettext(
                "«%(value)s» is not a TTHC code (a code looks like 1.001806).", value=bad[0])))
        elif codes and not value["tiers"]:
            fixes.append(Fix(f"tier_{k}_{TIERS[0]}", item_title(k, item),
                             gettext("choose at least one tier.")))
        wants.append([(c, x) for c in dict.fromkeys(codes) for x in TIERS
                      if x in value["tiers"]])
    return wants, fixes


def _same(ip: object, code: str, tier: str, variant: str | None) -> bool:
    return isinstance(ip, dict) and ip.get("procedure_code") == code and \
        ip.get("tier") == tier and variant_key(ip.get("variant")) == variant_key(variant)


def apply_boxes(raw: dict, items: list[dict], wants: list[list]) -> None:
    """Each table becomes the internal procedures its boxes name (those it already was are
    kept as they are in the JSON; a new one takes their steps, else the table's)."""
    for item, want in zip(items, wants, strict=True):
        was = [(w["procedure_code"], w["tier"]) for w in item["was"]]
        if set(want) == set(was) or not isinstance(raw.get("internal_procedures", []), list):
            continue  # unchanged (or the advanced form broke the list: the contract says so)
        variant = item["variant"]
        ips = raw.setdefault("internal_procedures", [])
        old = [ip for ip in ips if any(_same(ip, c, x, variant) for c, x in was)]
        template = copy.deepcopy(old[0]) if old else None
        raw["internal_procedures"] = ips = [
            ip for ip in ips if not any(_same(ip, c, x, variant) for c, x in was
                                        if (c, x) not in want)]
        codes = list(dict.fromkeys(c for c, _ in want))
        for code, tier in want:
            if any(_same(ip, code, tier, variant) for ip in ips):
                continue
            ips.append(_new_ip(raw, item, template, code, tier))
            _ensure_procedure(raw, item, code, tier, codes.index(code))
        _drop_unused(raw, {c for c, _ in was} - {c for c, _ in want})
        item["was"] = [{"procedure_code": c, "tier": x} for c, x in want]


def _submitter(raw: dict) -> dict:
    submitter = raw.get("submitter")
    return dict(submitter) if isinstance(submitter, dict) else {"type": "other"}


def _new_ip(raw: dict, item: dict, template: dict | None, code: str, tier: str) -> dict:
    rest = {k: v for k, v in (template or {}).items() if k not in ("procedure_code", "tier")}
    ip = {"procedure_code": code, "tier": tier, **rest}
    ip.setdefault("drafted_by", _submitter(raw))
    if template is None or not isinstance(template.get("steps"), list):
        ip["steps"] = copy.deepcopy(item["steps"])
    if item["variant"]:
        ip["variant"] = item["variant"]
    if tier != "province" and isinstance(ip.get("coordinating"), list):
        ip["coordinating"] = [p for p in ip["coordinating"]
                              if not (isinstance(p, dict) and p.get("type") == "provincial_centre")]
        if not ip["coordinating"]:
            del ip["coordinating"]
    return ip


def _ensure_procedure(raw: dict, item: dict, code: str, tier: str, k: int) -> None:
    """The procedure of a code typed for a table: its name is the table's heading (the k-th
    procedure of a group table)."""
    procedures = raw.setdefault("procedures", [])
    if not isinstance(procedures, list):
        return
    proc = next((p for p in procedures if isinstance(p, dict) and p.get("code") == code), None)
    if proc is None:
        names = item.get("names") or [item["name"]]
        proc = {"code": code, "name": (names[k] if k < len(names) else names[0]) or code,
                "managing_agency": _submitter(raw), "tiers": []}
        if raw.get("kind") == "publication":
            proc["change"] = "listed"
        procedures.append(proc)
    if isinstance(proc.get("tiers"), list) and tier not in proc["tiers"]:
        proc["tiers"].append(tier)
    if tier == "province" and "reception" not in proc:
        proc["reception"] = "provincial_centre" if item["centre"] else "agency"


def _drop_unused(raw: dict, codes: set[str]) -> None:
    """A procedure no table is any longer read as, unless the decision's list publishes it."""
    if raw.get("kind") == "publication" or not isinstance(raw.get("procedures"), list):
        return
    used = {ip.get("procedure_code") for ip in raw.get("internal_procedures", [])
            if isinstance(ip, dict)}
    raw["procedures"] = [p for p in raw["procedures"] if not (
        isinstance(p, dict) and p.get("code") in codes and p.get("code") not in used)]


def contract_fixes(errors: dict, raw: dict, items: list[dict]) -> tuple[list[Fix], bool]:
    """The contract's errors as an error summary, each linking to the box that fixes it when
    there is one (a table's code), else to the advanced form; and whether that is needed."""
    t = words()
    fixes, advanced = [], False
    ips = raw.get("internal_procedures") if isinstance(raw.get("internal_procedures"), list) \
        else []
    empty = [k for k, item in enumerate(items) if not item["was"]]
    for path, messages in errors.items():
        target = None
        found = re.match(r"internal_procedures\.(\d+)(\.procedure_code|\.tier)?\Z", path)
        if found and int(found[1]) < len(ips) and isinstance(ips[int(found[1])], dict):
            ip = ips[int(found[1])]
            target = next((f"code_{k}" for k, item in enumerate(items) if any(
                _same(ip, w["procedure_code"], w["tier"], item["variant"])
                for w in item["was"])), None)
        elif path == "procedures" and empty:
            target = f"code_{empty[0]}"
        if target is None:
            target, advanced = "submission", True
        fixes.append(Fix(target, field_label(path),
                         " ".join(contract_message(m, t, path) for m in messages)))
    return fixes, advanced


def reading_fixes(out: dict, views: list[TableView], items: list[dict]) -> tuple[list, bool]:
    """What keeps the reading from being checked: its tables without a code, then what the
    contract still misses."""
    contract = out["reading"].get("contract") or {}
    if contract.get("valid", True):
        return [], False
    fixes = [Fix(f"code_{v.k}", item_title(v.k, items[v.k]),
                 gettext("no procedure code; type the code of the procedure it serves."))
             for v in views if v.unplaced]
    errors = {path: messages for path, messages in (contract.get("errors") or {}).items()
              if not (path == "procedures" and fixes)}
    more, advanced = contract_fixes(errors, out["submission"], items)
    return fixes + more, advanced


def _view_of(n: dict, views: list[TableView], seen: dict) -> TableView | None:
    """The step table a note is about: the one whose rows hold its place (or whose heading,
    printed in the table's row above, it is), else one whose heading are its words (the
    next of them each time the same words come again: the cases of one procedure)."""
    at = n.get("where") or {}
    if at.get("table") is not None:
        same = [v for v in views if v.where.get("file") == at.get("file")
                and v.where.get("table") == at.get("table")]
        row = at.get("row") or 0
        inside = [v for v in same if v.rows_read[0] <= row <= v.rows_read[1]]
        after = [v for v in same if v.rows_read[0] > row]
        return (inside or after or same or [None])[0]
    words = n.get("words")
    headed = [v for v in views if words and words in (v.heading, *v.members)]
    if not headed:
        return None
    key = (n.get("kind"), words)
    seen[key] = seen.get(key, -1) + 1
    return headed[seen[key] % len(headed)]


def note_views(out: dict, views: list[TableView], lang: str) -> list[dict]:
    """The notes, those to look at first, each with the table it is about."""
    items, seen = [], {}
    for n in out["reading"]["notes"]:
        items.append({"text": note_text(n, lang), "words": n.get("words"),
                      "place": place_words(n.get("where")),
                      "attention": n.get("kind") in ATTENTION,
                      "table": _view_of(n, views, seen)})
    return sorted(items, key=lambda i: not i["attention"])


# --- the pages --------------------------------------------------------------------------------

def _show(status: int = 200, **given):
    """The page, with what it shows by default and what follows from what it is given."""
    context = {"out": None, "views": [], "notes": [], "fixes": [], "fixes_title": None,
               "items": [], "values": [], "verdict": None, "json_text": "",
               "advanced_open": False, "tiers": TIERS, "documents": DOCUMENTS, "decision_kinds": DECISION_KINDS,
               "signed": SIGNED, "province_name": province_name,
               "provinces": province_choices(), "item_title": item_title, "province": "",
               **given}
    errors: dict[str, str] = {}
    for fix in context["fixes"]:
        errors.setdefault(fix.target, fix.message)
    context["field_errors"] = errors
    context["items_json"] = json.dumps(context["items"], ensure_ascii=False)
    return page("reading.html", status, **context)


def _upload_problem(status: int, target: str, what: str, message: str):
    return _show(status, fixes=[Fix(target, what, message)],
                 fixes_title=ngettext("The draft cannot be read: %(num)d problem",
                                      "The draft cannot be read: %(num)d problems", 1))


def _read(files: list[tuple[str, bytes]], province: str | None) -> tuple[dict, dict]:
    """The reading and the decision's tables as printed (run in the reading's process)."""
    from service.documents import read_files

    layout: dict = {}
    return read_files(files, province, layout=layout), layout


@bp.route("/check/reading", methods=["GET", "POST"])
def check_reading():
    from service.documents import Unreadable
    from service.engine.jurisdiction import known

    if request.method == "GET":
        return _show()
    try:  # the body's limit is the endpoint's (service.app.BODY_LIMITS)
        uploads = [u for u in request.files.getlist("files") + request.files.getlist("file")
                   if u is not None and (u.filename or "").strip()]
        province = request.form.get("province", "").strip() or None
        files = [((u.filename or "tệp").strip()[:200], u.read()) for u in uploads]
    except RequestEntityTooLarge:
        limit = format_number(request.max_content_length / (1024 * 1024))
        return _upload_problem(413, "files", gettext("The dossier's files"), gettext(
            "the files are too large: together they may hold at most %(limit)s MiB.",
            limit=limit))
    if not files:
        return _upload_problem(400, "files", gettext("The dossier's files"),
                               gettext("no file was chosen."))
    if province and not known(province):
        return _upload_problem(422, "province", gettext("Province"), gettext(
            "«%(value)s» is not a province this service knows.", value=province))
    try:  # in a process of its own, with a memory and a time limit
        out, layout = sandbox.run(_read, files, province,
                                  bounds=sandbox.Bounds.of(current_app.config))
    except Unreadable as exc:
        return _upload_problem(422, "files", exc.file or gettext("The dossier's files"),
                               exc.vi if words().lang == "vi" else exc.en)
    except sandbox.Exceeded as exc:
        return _upload_problem(422, "files", gettext("The dossier's files"),
                               exc.vi if words().lang == "vi" else exc.en)
    lang = words().lang
    views = table_views(out, grids_of(layout, out), lang)
    items = correction_items(out)
    fixes, advanced = reading_fixes(out, views, items)
    return _show(
        out=out, views=views, notes=note_views(out, views, lang), items=items,
        values=box_values(items), fixes=fixes, advanced_open=advanced, province=province or "",
        fixes_title=ngettext("It cannot be checked yet: %(num)d thing to complete",
                             "It cannot be checked yet: %(num)d things to complete",
                             len(fixes)),
        json_text=json.dumps(out["submission"], ensure_ascii=False, indent=2))


@bp.route("/check/reading/verdict", methods=["POST"])
def check_reading_verdict():
    text = request.form.get("submission", "")
    items = _items_from_form()
    values = box_values(items, request.form)
    context = {"json_text": text, "items": items, "values": values}

    def refused(status: int, fixes: list[Fix], advanced: bool = False):
        return _show(status, **context, fixes=fixes, advanced_open=advanced,
                     fixes_title=ngettext("The correction has %(num)d problem",
                                          "The correction has %(num)d problems", len(fixes)))

    what = gettext("The submission (advanced form)")
    try:
        raw = json.loads(text)
    except ValueError as exc:
        where = getattr(exc, "lineno", None)
        return refused(400, [Fix("submission", what, gettext(
            "not valid JSON: the text stops making sense at line %(line)s, column %(column)s.",
            line=where, column=getattr(exc, "colno", None)) if where else gettext(
            "not valid JSON."))], True)
    if not isinstance(raw, dict):
        return refused(422, [Fix("submission", what, gettext(
            "must be one submission, in braces { }."))], True)
    wants, fixes = _wanted(items, values)
    if fixes:
        return refused(422, fixes)
    apply_boxes(raw, items, wants)
    context.update(json_text=json.dumps(raw, ensure_ascii=False, indent=2), items=items,
                   values=box_values(items))
    try:
        submission = load_submission(raw)
    except BadInput as exc:
        fixes, advanced = contract_fixes(exc.errors, raw, items)
        return refused(422, fixes, advanced)
    try:
        verdict = evaluate(submission)
        store = current_app.extensions.get("tthc-rules", {}).get("store")
        if store is not None:
            store.record_precheck(submission, verdict)
    except (EngineError, SQLAlchemyError) as exc:
        current_app.logger.error("reading page could not evaluate", exc_info=exc)
        return refused(503, [Fix("correct-title", gettext("The check"), gettext(
            "it cannot run right now; please try again later."))])
    return _show(**context, submission=submission, **verdict_context(verdict, submission, words()))

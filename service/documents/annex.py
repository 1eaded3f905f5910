"""The annexes: the list of procedures (codes, names, tiers, changes, time limits) and every
step table with what its headings say (procedure, code, group, case, tier, printed total)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.documents.changes import Change, change_in, is_set_heading, stated
from service.documents.codes import Code, find_codes, without_codes
from service.documents.decision import Front, tiers_in
from service.documents.durations import read_time
from service.documents.model import Document, Paragraph, Table
from service.documents.notes import Place
from service.documents.steps import (
    CODE,
    EXTRA,
    HEADING_TEXT,
    NAME,
    TIME,
    VARIANT_TEXT,
    Step,
    Total,
    find_columns,
    read_rows,
    role_of,
)
from service.documents.text import clean, fold, is_upper, words_only



@dataclass
class Heading:
    text: str
    place: Place
    listed: bool = False  # numbered by the word processor, not in its text

    @property
    def name(self) -> str:
        return procedure_name(self.text)


@dataclass
class ListEntry:
    name: str
    codes: list[Code]
    tiers: list[str]
    change: Change | None  # what the list says changes (its kind None: several are named)
    time_text: str
    field_name: str | None
    place: Place
    tier_words: str | None = None


@dataclass
class TableReading:
    """One step table (or one part of a table that prints several procedures)."""
    place: Place
    heading: Heading | None
    members: list[Heading]  # a group table: the procedures it serves
    variant: Heading | None
    tiers: list[str]
    tier_words: str | None
    tier_place: Place | None
    tier_source: str | None  # heading | decision title | None
    steps: list[Step]
    totals: list[Total]
    total_line: Heading | None  # «Tổng thời gian giải quyết: 15 ngày» printed above the table
    phases: list[tuple[str, int]]
    unplaced_rows: list[tuple[list[str], int]]
    header: list[str]
    continued: bool = False
    columns: dict[str, str] = field(default_factory=dict)  # role → the header as printed
    continued_in: list[int] = field(default_factory=list)  # tables that carry on its rows
    change: Change | None = None  # what the headings above it say changes


@dataclass
class Annex:
    tables: list[TableReading] = field(default_factory=list)
    entries: list[ListEntry] = field(default_factory=list)
    ignored: list[tuple[Place, str]] = field(default_factory=list)  # tables that are not steps


# «1.», «a)», «II.», «1.3.», and «1.1 » (a dotted number ended by a space alone: tried first, else
# «1.» would be taken from «1.1 » and «1» left in the name)
_NUMBERING = re.compile(r"^\s*(\d+(\.\d+)+\s+|(\d+(\.\d+)*|[IVXLivxl]+|[a-zđA-ZĐ])\s*[.)/:-]\s*)+")
_SECTION = re.compile(r"^\s*(phan|muc|[a-h]|[ivxl]+)\s*[.):-]\s*")
_NOT_PROCEDURE = re.compile(r"^\W*([a-z]|[ivxl]+|phan [ivxl\d]+|muc [ivxl\d]+)?\W*(linh vuc|thu tuc hanh chinh|"
                            r"danh muc|quy trinh|cac tu viet tat|phu luc|tthc cap|nhom thu tuc)")
_GROUP = re.compile(r"\bnhom\s*\d*\s*(tthc|thu tuc)|\bgom\s*(co)?\s*:?\s*$|cac (tthc|thu tuc) sau\s*:?\s*$")
_TOTAL_LINE = re.compile(r"^\W*tong (so )?thoi (gian|giai|han)")


def procedure_name(text: str) -> str:
    """A heading without its numbering, its printed code and «Tên thủ tục:»."""
    name = _NUMBERING.sub("", clean(text))
    name = re.sub(r"^(tên\s+)?(thủ tục hành chính|thủ tục|tthc)\s*:\s*", "", name, flags=re.IGNORECASE)
    return without_codes(name, find_codes(name))


def _depth(text: str) -> int:
    m = re.match(r"^\s*(\d+(?:\.\d+)*)", text)
    return m[1].count(".") + 1 if m else 0


def is_variant(text: str) -> bool:
    return bool(VARIANT_TEXT.match(fold(text)))


def is_tier_heading(text: str) -> bool:
    f = fold(text)
    if is_variant(text) or not tiers_in(text) or len(text) > 400:
        return False
    if find_codes(text):
        return False
    sectioned = bool(_SECTION.match(f)) or is_upper(text) or bool(re.search(
        r"(thu tuc hanh chinh|tthc|quy trinh noi bo[^.]*)\s*(thuoc |thuc hien )?(o |tai )?cap "
        r"(tinh|xa|huyen)", f))
    numbered_procedure = bool(re.match(r"^\s*\d", f)) and not re.search(
        r"thu tuc hanh chinh (thuoc |thuc hien )?(o |tai )?cap|tthc cap", f)
    return sectioned and not numbered_procedure


def is_group(text: str) -> bool:
    return bool(_GROUP.search(fold(text)))


def is_procedure_heading(text: str, listed: bool = False) -> bool:
    f = fold(text)
    if is_variant(text) or _TOTAL_LINE.match(f) or f.startswith(("(kem theo", "(ban hanh kem",
                                                                 "phu luc", "kem theo")):
        return False
    if find_codes(text):
        return True
    if is_tier_heading(text) or (is_upper(text) and _NOT_PROCEDURE.match(f)):
        return False
    if text.lstrip().startswith(("-", "+", "•", "*")):
        return False
    if HEADING_TEXT.match(f) or re.match(r"^\d+(\.\d+)+\s+\S", f) or listed:
        return len(procedure_name(text)) >= 8
    return bool(re.match(r"^(ten )?(thu tuc|tthc)\b", f)) and ":" not in text[:25]


def read_annex(doc: Document, front: Front) -> Annex:
    annex = Annex()
    tier_ctx: tuple[list[str], str, Place] | None = None
    change_ctx: Change | None = None
    pending: list[Heading] = []
    last: tuple[Heading | None, list[Heading]] | None = None
    last_columns = None
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            text, f = block.text, fold(block.text)
            place = Place(doc.name, paragraph=block.index)
            if f.startswith("phu luc"):
                tier_ctx, pending = None, []
                change_ctx = stated(text, place, "heading")
                continue
            if i >= front.annex_start and is_set_heading(text):
                change_ctx = stated(text, place, "heading") or change_ctx
            if is_tier_heading(text):
                tier_ctx = (tiers_in(text), text, place)
            pending.append(Heading(text, place, block.listed))
            continue
        table: Table = block
        place = Place(doc.name, table=block.index)
        if i < front.annex_start:
            pending = []
            continue
        if _is_list(table):
            _read_list(table, place, tier_ctx, change_ctx, annex)
            pending = []
            continue
        columns = find_columns(table)
        if columns is None and last_columns is not None and annex.tables and \
                table.width == last_columns[1] and not _context(pending)[0] and \
                not _context(pending)[2] and _continue(table, last_columns[0], annex.tables[-1]):
            pending = []
            continue
        if columns is None:
            if table.rows and len(table.rows) > 1:
                annex.ignored.append((place, " | ".join(table.row_texts(0))[:200]))
            continue  # the headings above still belong to the next step table
        heading, members, variant, total_line = _context(pending)
        for r in range(columns.header_row):  # a title printed inside the table, above its header
            title = " ".join(dict.fromkeys(clean(t) for t in table.row_texts(r) if clean(t)))
            if title and (find_codes(title) or is_procedure_heading(title)):
                heading, members = Heading(title, place.at_row(r + 1)), []
            elif title and is_variant(title):
                variant = Heading(title, place.at_row(r + 1))
        continued = heading is None and not members
        if continued and last is not None:
            heading, members = last
        for k, seg in enumerate(read_rows(table, columns)):
            if k > 0:
                if seg.heading:
                    heading, members, variant, continued = (
                        Heading(seg.heading, place.at_row(seg.heading_row + 1)), [], None, False)
                    total_line = None
                elif seg.variant:
                    variant = Heading(seg.variant, place.at_row(seg.heading_row + 1))
                    total_line = None
            if not seg.steps and not seg.totals:
                continue
            tiers, words, tplace, source = (tier_ctx[0], tier_ctx[1], tier_ctx[2], "heading") \
                if tier_ctx else (front.title_tiers, front.title.words if front.title else None,
                                  front.title.place if front.title else None,
                                  "decision title" if front.title_tiers else None)
            annex.tables.append(TableReading(
                place, heading, members, variant, list(tiers), words, tplace, source, seg.steps,
                seg.totals, total_line, seg.phases, seg.unplaced_rows, columns.header, continued,
                {role: clean(columns.header[c]) for role, c in columns.roles.items()},
                change=change_ctx))
        last = (heading, members)
        last_columns = (columns, table.width)
        pending = []
    return annex


def _continue(table: Table, columns, previous: TableReading) -> bool:
    """A table without a header, as wide as the step table before it and right after it:
    the rest of that table (a table broken across a page). True when its rows are steps."""
    from dataclasses import replace

    segments = read_rows(table, replace(columns, header_row=-1))
    steps = [s for seg in segments for s in seg.steps]
    if len(segments) != 1 or not steps or not any(s.duration for s in steps):
        return False
    seg = segments[0]
    offset = len(previous.steps)
    previous.steps.extend(seg.steps)
    previous.totals.extend(replace(t, steps_before=t.steps_before + offset) for t in seg.totals)
    previous.phases.extend(seg.phases)
    previous.unplaced_rows.extend(seg.unplaced_rows)
    previous.continued_in.append(table.index)
    return True


def _context(pending: list[Heading]):
    heading = None
    group: Heading | None = None
    members: list[Heading] = []
    variant = total = None
    for h in pending:
        if is_group(h.text) and not find_codes(h.text):
            group, members, heading, variant, total = h, [], None, None, None
        elif is_procedure_heading(h.text, h.listed):
            if len(procedure_name(h.text)) < 5 and find_codes(h.text) and (heading or members):
                # «Mã TTHC: 1.001806» on its own line, under the name it belongs to
                target = members[-1] if members else heading
                joined = Heading(f"{target.text} ({h.text.strip()})", target.place)
                if members:
                    members[-1] = joined
                else:
                    heading = joined
                continue
            if group is not None and variant is None and (
                    _depth(h.text) > _depth(group.text) or _depth(h.text) == 0
                    or _depth(group.text) == 0) and not (h.listed and group.listed):
                members.append(h)
            else:
                heading, group, members, variant, total = h, None, [], None, None
        elif is_variant(h.text):
            variant, total = h, None
        elif _TOTAL_LINE.match(fold(h.text)):
            total = h
    if group is not None:
        return group, members, variant, total
    return heading, [], variant, total


# --- the list annex ---------------------------------------------------------------------------

def _is_list(table: Table) -> bool:
    for r in range(min(3, len(table.rows))):
        roles = {role_of(t) for t in table.row_texts(r)}
        if NAME in roles:
            return True
    return False


_CHANGE_COLUMN = re.compile(r"^(ghi chu|hinh thuc( cong bo)?|loai( thay doi| tthc| thu tuc)?|"
                            r"noi dung (thay doi|cong bo)|tinh trang|thay doi|"
                            r"(moi ban hanh|sua doi|bai bo)\b.*)$")


def _read_list(table: Table, place: Place, tier_ctx, change_ctx: Change | None,
               annex: Annex) -> None:
    header_row, cols = 0, {}
    for r in range(min(3, len(table.rows))):
        found = {}
        for c, cell in enumerate(table.rows[r]):
            role = role_of(cell.text)
            h = words_only(cell.text)
            if re.search(r"\bcap (thuc hien|giai quyet)\b|^cap$", h):
                role = "tier"
            elif h.startswith("linh vuc"):
                role = "field"
            elif _CHANGE_COLUMN.match(h) and role in (None, EXTRA):
                role = "change"
            if role and role not in found:
                found[role] = c
        if NAME in found:
            header_row, cols = r, found
            break
    row_tiers: tuple[list[str], str] | None = None
    part = change_ctx
    field_name = None
    for r in range(header_row + 1, len(table.rows)):
        texts = table.row_texts(r)
        if not any(clean(t) for t in texts):
            continue
        if len(texts) == 1 or len({clean(t) for t in texts if clean(t)}) == 1 and \
                all(clean(t) for t in texts):
            text = clean(texts[0])
            section = stated(text, place.at_row(r + 1), "part")  # «PHẦN II. … BỊ BÃI BỎ»
            part = section or part
            if tiers_in(text, strong_only=True):
                row_tiers = (tiers_in(text, strong_only=True), text)
            elif section is None and (fold(text).startswith("linh vuc")
                                      or re.match(r"^[ivxl]+\s*[.)]", fold(text))):
                field_name = re.sub(r"^([IVXL]+\s*[.)]\s*)?(lĩnh vực\s*)?", "", text, flags=re.IGNORECASE)
            continue
        name = clean(table.text(r, cols[NAME]))
        if not name or table.cell(r, cols[NAME]).row != r:
            continue
        codes = find_codes(table.text(r, cols[CODE]), code_context=True) if CODE in cols else []
        if not codes:
            codes = find_codes(name)
        tiers, tier_words = [], None
        if "tier" in cols:
            tier_words = clean(table.text(r, cols["tier"]))
            tiers = tiers_in("cấp " + tier_words.replace("Cấp", "cấp"), strong_only=True) \
                if tier_words else []
        if not tiers and row_tiers:
            tiers, tier_words = row_tiers
        if not tiers and tier_ctx:
            tiers, tier_words = tier_ctx[0], tier_ctx[1]
        change = part
        if "change" in cols:
            cell = clean(table.text(r, cols["change"]))
            if change_in(cell):
                change = Change(change_in(cell), cell, place.at_row(r + 1), "cell")
        annex.entries.append(ListEntry(
            without_codes(name, find_codes(name)), codes, tiers, change,
            clean(table.text(r, cols[TIME])) if TIME in cols else "",
            clean(table.text(r, cols["field"])) if "field" in cols else field_name,
            place.at_row(r + 1), tier_words))


def time_limit_of(text: str) -> dict | None:
    reading = read_time(text)
    return reading.duration if reading.counted else None

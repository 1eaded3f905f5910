"""Step tables: which column is which, and every row read as a step, a total, a phase
heading, a repeated header, or a heading that starts another procedure inside the table."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.documents.codes import find_codes
from service.documents.durations import header_unit, read_time
from service.documents.model import Table
from service.documents.text import clean, fold, words_only

LABEL, ACTION, RESPONSIBLE, TIME, CODE, NAME, EXTRA = (
    "label", "action", "responsible", "time", "code", "name", "extra")

_HEADER_RULES = (
    (TIME, re.compile(r"\bthoi (gian|han)\b|^(so )?(ngay|gio)( lam viec)?$")),
    (CODE, re.compile(r"^ma\b|\bma (so|tthc|thu tuc|ho so)\b")),
    (NAME, re.compile(r"\bten (thu tuc|tthc|tt hc)\b|^thu tuc hanh chinh$")),
    (LABEL, re.compile(r"^(so )?(tt|stt|thu tu|thu tu cong viec|thu tu thuc hien|thu tu cac buoc|"
                       r"buoc|cac buoc|buoc thuc hien|trinh tu|trinh tu thuc hien|ky hieu|"
                       r"ma buoc|so buoc|buoc cong viec)$")),
    # what names the column outright, whatever else the header says
    (ACTION, re.compile(r"^(noi dung|mo ta|dien giai)\b|^(noi dung )?cong viec\b")),
    (RESPONSIBLE, re.compile(r"^(trach nhiem|don vi (thuc hien|chu tri|xu ly|giai quyet)|"
                             r"(can bo|nguoi|bo phan|co quan) (thuc hien|xu ly|giai quyet))\b")),
    (EXTRA, re.compile(r"bieu mau|ket qua|san pham|ghi chu|dich vu cong|muc do|ho so|tai lieu|"
                       r"phoi hop|mau bieu|can cu|\bphi\b|le phi|dia diem|cach thuc")),
    (RESPONSIBLE, re.compile(r"trach nhiem|don vi|nguoi thuc hien|bo phan|can bo|chu tri|"
                             r"co quan|ca nhan|chuc danh|nguoi xu ly|chu the|thuc hien boi|"
                             r"nguoi|vi tri")),
    (ACTION, re.compile(r"noi dung|cong viec|cac buoc|mo ta|trinh tu|quy trinh|ten buoc|"
                        r"dien giai|thao tac|nhiem vu|xu ly")),
)
LABEL_TEXT = re.compile(r"^(buoc|b)?\s*\d+([.,]\d+)*[a-z]?\s*[.:)]?$")
TOTAL_TEXT = re.compile(r"^\W*(tong( cong| so| thoi gian| thoi han)?\b|cong\s*:|cong thoi gian)")
PHASE_TEXT = re.compile(r"^\W*(giai doan|phan [ivx\d]+|buoc \d+\s*[:.-]?\s*(tai|o|thuc hien tai)\b|"
                        r"(thuc hien )?tai (ubnd|uy ban|cap|so|trung tam|bo phan|phong|co quan)|"
                        r"[ivx]+\s*[.)]\s)")
HEADING_TEXT = re.compile(r"^\s*(\d+(\.\d+)*|[ivx]+)\s*[.)/-]\s*\S")
VARIANT_TEXT = re.compile(r"^\s*([a-zđ]\)|(\d+\.)?\s*truong hop\b|th\s*\d*\s*:|doi voi truong hop)")


@dataclass
class Columns:
    roles: dict[str, int]
    header_row: int
    header: list[str]
    unit: str | None = None
    extras: list[int] = field(default_factory=list)

    def get(self, role: str) -> int | None:
        return self.roles.get(role)


def role_of(header_text: str) -> str | None:
    h = words_only(header_text)
    if not h:
        return None
    for role, pattern in _HEADER_RULES:
        if pattern.search(h):
            return role
    return None


def _label_like(texts: list[str]) -> bool:
    filled = [words_only(t) for t in texts if clean(t)]
    if not filled:
        return False
    return sum(bool(LABEL_TEXT.match(t)) for t in filled) >= 0.6 * len(filled)


def _mean_length(texts: list[str]) -> float:
    filled = [len(t) for t in texts if clean(t)]
    return sum(filled) / len(filled) if filled else 0.0


def find_columns(table: Table) -> Columns | None:
    """The columns of a step table, from its header row (one of its first rows); None
    when the table is not a step table."""
    for r in range(min(4, len(table.rows))):
        roles: dict[str, list[int]] = {}
        header = []
        seen = set()
        for c, cell in enumerate(table.rows[r]):
            header.append(cell.text)
            if (cell.row, cell.col) in seen:
                continue
            seen.add((cell.row, cell.col))
            role = role_of(cell.text)
            if role:
                roles.setdefault(role, []).append(c)
        if TIME not in roles:
            continue
        if NAME in roles or CODE in roles:
            return None  # a list of procedures, not a step table
        body = range(r + 1, len(table.rows))
        column = {c: [table.text(i, c) for i in body] for c in range(table.width)}
        chosen: dict[str, int] = {TIME: roles[TIME][0]}
        labels = roles.get(LABEL, [])
        # «Trình tự», «Các bước»: a label column when it holds labels, else the action
        for c in list(labels):
            if not _label_like(column[c]) and _mean_length(column[c]) > 12:
                labels.remove(c)
                roles.setdefault(ACTION, []).insert(0, c)
        if labels:
            chosen[LABEL] = labels[0]
        if RESPONSIBLE in roles:
            chosen[RESPONSIBLE] = roles[RESPONSIBLE][0]
        if ACTION in roles:
            chosen[ACTION] = roles[ACTION][0]
        if ACTION not in chosen and RESPONSIBLE not in chosen:
            continue
        if LABEL not in chosen and 0 not in chosen.values() and _label_like(column[0]):
            chosen[LABEL] = 0
        if ACTION not in chosen:  # the longest other column
            free = [c for c in range(table.width) if c not in chosen.values()]
            if free:
                chosen[ACTION] = max(free, key=lambda c: _mean_length(column[c]))
        used = set(chosen.values())
        extras = [c for c in range(table.width) if c not in used]
        return Columns(chosen, r, header, header_unit(table.text(r, chosen[TIME])), extras)
    return None


# --- rows -----------------------------------------------------------------------------------

@dataclass
class Step:
    label: str
    action: str
    responsible: str
    time_text: str
    duration: dict | None
    counted: bool
    row: int  # 0-based row of the table
    notes: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, vi, en, words


@dataclass
class Total:
    label: str
    text: str
    duration: dict | None
    row: int
    steps_before: int  # how many steps of the segment precede it


@dataclass
class Segment:
    """The rows of a table that belong to one procedure (a table may print the heading of
    the next procedure, or of the next case, in a full-width row)."""
    heading: str | None = None  # a procedure heading printed inside the table
    heading_row: int | None = None
    variant: str | None = None  # a case heading printed inside the table
    steps: list[Step] = field(default_factory=list)
    totals: list[Total] = field(default_factory=list)
    phases: list[tuple[str, int]] = field(default_factory=list)
    unplaced_rows: list[tuple[list[str], int]] = field(default_factory=list)


def _full_width(table: Table, r: int) -> str | None:
    """The text of a row printed across the whole table (one merged cell, or the same text in
    every cell), else None."""
    row = table.rows[r]
    origins = {(c.row, c.col) for c in row}
    texts = {clean(c.text) for c in row if clean(c.text)}
    if len(origins) == 1 and row and row[0].row == r:
        return clean(row[0].text)
    if len(texts) == 1 and all(clean(c.text) for c in row) and len(row) > 1:
        return texts.pop()
    return None


def _is_header_repeat(table: Table, r: int, columns: Columns) -> bool:
    now = [words_only(c.text) for c in table.rows[r]]
    head = [words_only(t) for t in columns.header]
    return any(now) and now == head


def read_rows(table: Table, columns: Columns) -> list[Segment]:
    """Every row after the header, in order, as segments of steps."""
    segments = [Segment()]
    col = columns.roles
    for r in range(columns.header_row + 1, len(table.rows)):
        seg = segments[-1]
        texts = [clean(t) for t in table.row_texts(r)]
        if not any(texts):
            continue
        if _is_header_repeat(table, r, columns):
            continue
        wide = _full_width(table, r)
        if wide is not None:
            folded = fold(wide)
            if TOTAL_TEXT.match(folded):
                seg.totals.append(Total(wide, wide, read_time(wide).duration, r, len(seg.steps)))
            elif VARIANT_TEXT.match(folded) and not PHASE_TEXT.match(folded):
                segments.append(Segment(heading=None, variant=wide, heading_row=r))
            elif (HEADING_TEXT.match(folded) and ("thu tuc" in folded or find_codes(wide)
                                                   or len(wide) > 60)) or find_codes(wide):
                segments.append(Segment(heading=wide, heading_row=r))
            else:
                seg.phases.append((wide, r))
            continue
        cell = {role: table.cell(r, c) for role, c in col.items()}
        own = {role: (c is not None and c.row == r) for role, c in cell.items()}
        value = {role: clean(c.text) if c is not None else "" for role, c in cell.items()}
        first_text = next((value[k] for k in (LABEL, ACTION, RESPONSIBLE) if value.get(k)), "")
        time_text = value.get(TIME, "") if own.get(TIME) else ""
        if first_text and TOTAL_TEXT.match(fold(first_text)):
            text = time_text or first_text
            seg.totals.append(Total(first_text, text, read_time(text).duration, r,
                                    len(seg.steps)))
            continue
        if not any(own.get(k) and value.get(k) for k in (LABEL, ACTION, RESPONSIBLE, TIME)):
            # nothing of its own in the step's columns: a row merged down, or extras only
            extra = [clean(table.text(r, c)) for c in columns.extras
                     if table.cell(r, c) and table.cell(r, c).row == r]
            if any(extra):
                seg.unplaced_rows.append((texts, r))
            continue
        if first_text and not time_text and not value.get(RESPONSIBLE) and \
                PHASE_TEXT.match(fold(first_text)) and not LABEL_TEXT.match(words_only(first_text)):
            seg.phases.append((first_text, r))
            continue
        step = Step(value.get(LABEL, "") if own.get(LABEL, False) else "",
                    value.get(ACTION, ""), value.get(RESPONSIBLE, ""), time_text, None, False, r)
        if TIME in cell and not own[TIME] and cell[TIME] is not None and clean(cell[TIME].text):
            step.notes.append(("time_merged_down",
                               ("Ô thời gian gộp với dòng trên: thời gian thuộc bước đầu tiên, "
                               "bước này không tính thời gian."),
                               ("The time cell is merged with the row above: the time belongs "
                               "to the first step; this one is not counted."),
                               clean(cell[TIME].text)))
        else:
            reading = read_time(time_text, columns.unit)
            step.duration, step.counted = reading.duration, reading.counted
            if reading.note:
                step.notes.append((*reading.note, time_text))
        if own.get(TIME) and any(not own.get(k, True) for k in (ACTION, RESPONSIBLE, LABEL)
                                 if k in cell):
            step.notes.append(("merged_row_own_time",
                               ("Dòng gộp với dòng trên nhưng có ô thời gian riêng: là một bước "
                               "riêng, mang nội dung và người thực hiện của ô gộp."),
                               ("A row merged with the one above but with its own time cell: a "
                               "step of its own, carrying the merged action and responsible."),
                               time_text))
        seg.steps.append(step)
    return segments

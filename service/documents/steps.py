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
# «Tổng thời gian …», «Tổng cộng», «Cộng:», «Thời gian giải quyết tại cấp xã: …» (never «Công chức»)
TOTAL_TEXT = re.compile(r"^\W*(tong( cong| so| thoi gian| thoi han)?\b|cong\s*[:(]|cong$|"
                        r"cong (thoi gian|so ngay|so gio)|thoi (gian|han) (giai quyet|thuc hien|"
                        r"xu ly)( tthc| thu tuc hanh chinh| ho so| cac buoc)? (tai|o|cua) )")
# a row that says where the steps below take place: «Giai đoạn 1», «Bước … tại UBND cấp xã»,
# «Tại Sở …», «Các bước thực hiện ở cấp tỉnh», «UBND cấp xã thực hiện», «Cấp xã:»
PHASE_TEXT = re.compile(
    r"^(giai doan|phan [ivx\d]+\b|buoc( \d+)?\s*[:.-]?\s*(thuc hien |giai quyet |xu ly )?(tai|o)\b|"
    r"(cac buoc |quy trinh |trinh tu )?(thuc hien |giai quyet |xu ly )?(tai|o) (ubnd|uy ban|cap|so|"
    r"trung tam|bo phan|phong|co quan|xa|phuong|van phong|chi cuc|ban quan ly)|"
    r"(ubnd|uy ban nhan dan|trung tam phuc vu hanh chinh cong|cap) (cap )?(xa|phuong|tinh|huyen)\b"
    r"[^.;]{0,40}(thuc hien|giai quyet|xu ly)?\s*:?$|cap (xa|tinh|huyen)\s*:?$)")
HEADING_TEXT = re.compile(r"^\s*(\d+(\.\d+)*|[ivx]+)\s*[.)/-]\s*\S")
# a case: «a) …», «1.1. Đối với trường hợp …», «Trường hợp …», «TH1: …», «- Đối với hồ sơ …»
VARIANT_TEXT = re.compile(
    r"^\s*([a-zđ]\)|(((\d+\.)*\d+\.?|[a-zđ][.)]|[-+•*])\s*)?(truong hop\b|th\s*\d+\s*[:.)]|"
    r"doi voi (truong hop|ho so|to chuc|ca nhan|doanh nghiep|co so|nguoi|cac)\b))")
# the numbering before a heading's words: «3.1.», «1.1 », «a)», «II.», «-»
NUMBERING = re.compile(r"^\s*(?:(?P<arabic>\d+(?:\.\d+)*)\.?(?:\s+|[)/:-]\s*|(?=[^\d\s.]))|"
                       r"(?P<roman>[IVXL]+|[ivxl]+)\s*[.):-]\s*|(?P<letter>[a-zđA-ZĐ])\s*[.)]\s*|"
                       r"(?P<bullet>[-+•*])\s*)")


def numbering(text: str) -> tuple[str, tuple[str, ...]]:
    """A heading's numbering: («arabic», ("3", "1")) for «3.1.», («letter», ("a",)) for «a)»,
    («roman», ("II",)), («bullet», ()), («», ()) when it has none."""
    m = NUMBERING.match(text)
    if not m:
        return "", ()
    for kind in ("arabic", "roman", "letter"):
        if m[kind]:
            return kind, tuple(m[kind].split(".")) if kind == "arabic" else (m[kind],)
    return "bullet", ()


def core(text: str) -> str:
    """Folded, without its numbering: what a row or heading says."""
    m = NUMBERING.match(text)
    return fold(text[m.end():] if m else text)


def place_tiers(text: str) -> list[str]:
    """The tiers a phase row or part total names as the place of its steps: «tại UBND cấp
    xã», «Bộ phận một cửa của xã, phường», «tại Sở Nội vụ», «Trung tâm … tỉnh», «tại cấp Thành
    phố» (a centrally-run city's province tier)."""
    f, low = fold(text), clean(text).lower()
    tiers = []
    if re.search(r"cap tinh|cap thanh pho\b|(ubnd|uy ban nhan dan|trung tam phuc vu hanh chinh "
                 r"cong|van phong ubnd|van phong uy ban nhan dan)( cap)? tinh\b", f) or \
            re.search(r"\bsở\b", low):
        tiers.append("province")
    if re.search(r"cap huyen|(ubnd|uy ban nhan dan)( cap)? huyen\b", f):
        tiers.append("district")
    if re.search(r"cap xa|(ubnd|uy ban nhan dan|trung tam phuc vu hanh chinh cong)( cap)? "
                 r"(xa|phuong)\b|\bxa, phuong|\bxa/phuong|cap co so", f):
        tiers.append("commune")
    return tiers


@dataclass
class Columns:
    roles: dict[str, int]
    header_row: int
    header: list[str]
    unit: str | None = None
    extras: list[int] = field(default_factory=list)
    names: list[int] = field(default_factory=list)  # columns naming the procedure of each row
    # a header printed on two rows: the first of them (``header_row`` is the last), and the
    # second row's words; in a table without a header row, its first step (the rows above it
    # may be titles)
    header_top: int | None = None
    sub_header: list[str] = field(default_factory=list)
    # alternative paths printed as time columns under one header: (column, case, unit)
    paths: list[tuple[int, str, str | None]] = field(default_factory=list)

    def get(self, role: str) -> int | None:
        return self.roles.get(role)


def _merged_down(table: Table, c: int, body: range) -> bool:
    """A column whose cells each span several rows (the procedure's name printed once beside
    its steps), not one cell a row (a list of procedures)."""
    filled = [r for r in body if clean(table.text(r, c))]
    starts = {(table.cell(r, c).row, table.cell(r, c).col) for r in filled if table.cell(r, c)}
    return len(filled) >= 3 and len(starts) * 2 <= len(filled)


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
            if role == TIME and _time_like(cell.text):
                continue  # «Không tính thời gian»: a step's time, not a header
            if role:
                roles.setdefault(role, []).append(c)
        if TIME not in roles:
            continue
        body = range(r + 1, len(table.rows))
        names = [c for c in roles.get(NAME, []) + roles.get(CODE, [])]
        if names and not all(_merged_down(table, c, body) for c in names):
            return None  # a list of procedures, not a step table
        column = {c: [table.text(i, c) for i in body] for c in range(table.width)}
        chosen: dict[str, int] = {TIME: roles[TIME][0]}
        labels = roles.get(LABEL, [])
        # «Trình tự», «Các bước»: a label column when it holds labels, else the action
        for c in list(labels):
            if not _label_like(column[c]) and _mean_length(column[c]) > 12:
                labels.remove(c)
                roles.setdefault(ACTION, []).insert(0, c)
        # «STT» merged down beside «Bước»: the procedure's number, not its steps'
        steps_labels = [c for c in labels if not _merged_down(table, c, body)]
        if steps_labels:
            chosen[LABEL] = steps_labels[0]
        elif labels:
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
            free = [c for c in range(table.width)
                    if c not in chosen.values() and c not in names and c not in roles[TIME]]
            if free:
                chosen[ACTION] = max(free, key=lambda c: _mean_length(column[c]))
        used = set(chosen.values()) | set(names)
        unit = header_unit(table.text(r, chosen[TIME]))
        found = Columns(chosen, r, header, unit, [], names)
        sub = _sub_header(table, r, chosen[TIME])
        if sub is not None:
            found.header_top, found.header_row = r, r + 1
            found.sub_header = [cell.text for cell in table.rows[r + 1]]
            spanned = [c for c, _ in sub]
            if not all(_unit_only(words) for _, words in sub):  # «Ngày» | «Giờ»: not cases
                found.paths = [(c, clean(words), header_unit(words) or unit) for c, words in sub]
            used |= set(spanned)
        elif len(roles[TIME]) > 1:  # «Thời gian (trường hợp …)» | «Thời gian (trường hợp …)»
            cases = [_time_case(table.text(r, c)) for c in roles[TIME]]
            if all(cases) and len(set(map(fold, cases))) == len(cases):
                found.paths = [(c, case, header_unit(table.text(r, c)) or unit)
                               for c, case in zip(roles[TIME], cases)]
                used |= set(roles[TIME])
        found.extras = [c for c in range(table.width) if c not in used]
        return found
    return None


_TIME_LEAD = re.compile(r"^\s*(tổng\s+)?thời\s+(gian|hạn)(\s+(giải\s+quyết|thực\s+hiện|xử\s+lý))?"
                        r"\s*", re.IGNORECASE)
_UNIT_WORDS = re.compile(r"\(\s*(số\s+)?(ngày|giờ)(\s+làm\s+việc)?\s*\)", re.IGNORECASE)


def _time_case(header: str) -> str | None:
    """The case a time column's header names besides its time words: «Thời gian thực hiện
    (trường hợp phải xác minh) (ngày làm việc)» → «trường hợp phải xác minh»; None when it
    names none («Thời gian (ngày)», «Thời gian tiếp nhận»)."""
    text = _UNIT_WORDS.sub(" ", _TIME_LEAD.sub("", clean(header)))
    text = clean(text).strip(" ():;,.-–")
    if re.match(r"(?i)đối với trường hợp\b", text):
        text = text[len("đối với "):]
    if not re.match(r"(truong hop|doi voi|neu|khi|th\s*\d)\b", fold(text)):
        return None
    return text[:1].upper() + text[1:]


def _unit_only(words: str) -> bool:
    """A header that only gives a unit: «Ngày», «Số giờ làm việc», «(ngày)»."""
    return bool(header_unit(words)) and not re.sub(
        r"\b(so )?(ngay|gio)( lam viec)?\b", "", words_only(words)).strip()


def _sub_header(table: Table, r: int, time_col: int) -> list[tuple[int, str]] | None:
    """A time header spanning several columns with a header row under it that names each
    («Thời gian thực hiện (ngày làm việc)» over «Trường hợp không phải trích đo …» and
    «Trường hợp phải trích đo …»): each column and its words; None when the header is one row.
    The row under it is a header only when every other cell of it is merged down from the
    header, empty, or a header's words, and no cell under the time header reads as a time."""
    top = table.cell(r, time_col)
    if top is None or r + 1 >= len(table.rows):
        return None
    spanned = [c for c in range(table.width) if (cell := table.cell(r, c)) is not None
               and (cell.row, cell.col) == (top.row, top.col)]
    if len(spanned) < 2:
        return None
    out, origins = [], set()
    for c in range(table.width):
        cell = table.cell(r + 1, c)
        if cell is None:
            continue
        text = clean(cell.text)
        if c in spanned:
            if cell.row != r + 1 or not text or (cell.row, cell.col) in origins or \
                    LABEL_TEXT.match(words_only(text)) or read_time(text).duration is not None \
                    or re.fullmatch(r"[\d.,/\s]+", text):
                return None
            origins.add((cell.row, cell.col))
            out.append((c, text))
        elif cell.row == r + 1 and text and role_of(text) is None:
            return None
    return out


# who does a step: the words a responsible cell begins with
_WHO = re.compile(r"^(cong chuc|vien chuc|chuyen vien|can bo|lanh dao|van thu|bo phan|phong|so|"
                  r"ubnd|uy ban|chu tich|pho chu tich|giam doc|pho giam doc|truong|pho truong|"
                  r"chi cuc|trung tam|van phong|ban|hoi dong|doan|co quan|don vi|to chuc|"
                  r"nguoi|ke toan|thu truong)\b")


def _time_like(text: str) -> bool:
    """A cell that reads as a step's time: an amount («04 giờ làm việc», «0,5 ngày») or words
    that say it is not counted («Không tính thời gian», «Giờ hành chính»)."""
    f = fold(text)
    return bool(f) and (read_time(text).duration is not None
                        or re.match(r"^\W*(khong tinh|gio hanh chinh|khong quy dinh)", f)
                        is not None)


def headerless_columns(table: Table) -> Columns | None:
    """The columns of a step table printed without a header row («Bước 1 | Bộ phận Một cửa |
    Tiếp nhận … | 04 giờ làm việc»), from what its cells hold: a column of step labels, a
    column of times, the words of who does each step and of what is done. None when its rows
    do not read as steps (most rows with a label and a time), or when a column holds codes (a
    list of procedures)."""
    rows = range(len(table.rows))
    column = {c: [clean(table.text(r, c)) if table.cell(r, c) and table.cell(r, c).col == c
                  else "" for r in rows] for c in range(table.width)}
    labelled = [c for c in column if _label_like(column[c]) and sum(
        bool(LABEL_TEXT.match(words_only(t))) for t in column[c]) >= 2]
    timed = [c for c in column if sum(_time_like(t) for t in column[c]) >= max(
        2, 0.6 * sum(1 for t in column[c] if t))]
    if not labelled or not timed or any(
            sum(bool(find_codes(t, code_context=True)) for t in column[c]) >= 2 for c in column):
        return None
    chosen = {LABEL: labelled[0], TIME: timed[-1]}
    steps = [r for r in rows if LABEL_TEXT.match(words_only(column[chosen[LABEL]][r]))
             and clean(table.text(r, chosen[TIME]))]
    if len(steps) < max(2, 0.5 * len(table.rows)):
        return None
    free = [c for c in column if c not in chosen.values() and any(column[c])]
    if free:
        who = {c: sum(bool(_WHO.match(fold(t))) for t in column[c] if t) for c in free}
        if len(free) > 1:
            chosen[RESPONSIBLE] = max(free, key=lambda c: (who[c], -_mean_length(column[c])))
            free.remove(chosen[RESPONSIBLE])
        chosen[ACTION] = max(free, key=lambda c: _mean_length(column[c]))
    if ACTION not in chosen:
        return None
    used = set(chosen.values())
    # rows above the first step: a title (read as one), or a header whose words name nothing
    first = steps[0]
    header = [table.text(first - 1, c) if first else "" for c in range(table.width)]
    return Columns(chosen, first - 1, header, None,
                   [c for c in range(table.width) if c not in used], header_top=first)


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
    heading: str | None = None  # a heading printed inside the table (a procedure's, or a case's)
    heading_row: int | None = None
    variant: str | None = None  # a case heading printed inside the table
    steps: list[Step] = field(default_factory=list)
    totals: list[Total] = field(default_factory=list)
    phases: list[tuple[str, int]] = field(default_factory=list)
    unplaced_rows: list[tuple[list[str], int]] = field(default_factory=list)
    restarts: bool = False  # the steps' numbering starts again at 1 after a phase or a total


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
    heads = [columns.header, columns.sub_header] if columns.sub_header else [columns.header]
    return any(now) and any(now == [words_only(t) for t in head] for head in heads)


def wide_row(text: str) -> str:
    """What a row printed across the table is: ``total``, ``phase`` (where the steps below
    take place), ``case`` («a) Trường hợp …»), ``heading`` (a procedure's heading, or a
    numbered case's: the annex tells which) or ``phase`` for any other words."""
    folded = fold(text)
    if TOTAL_TEXT.match(folded):
        return "total"
    if PHASE_TEXT.match(core(text)):
        return "phase"
    if VARIANT_TEXT.match(folded):
        return "case"
    kind, parts = numbering(text)
    if find_codes(text) or (HEADING_TEXT.match(folded) and ("thu tuc" in folded or len(text) > 60)) \
            or (kind == "arabic" and len(parts) > 1):
        return "heading"
    return "phase"


def _total_time(text: str, columns: Columns) -> dict | None:
    """The amount of a total printed across the table: «Tổng thời gian: 15 ngày làm việc»,
    or a bare «Tổng thời gian giải quyết: 09» in the unit of the time column's header."""
    duration = read_time(text).duration
    if duration is None and ":" in text:
        duration = read_time(text.rsplit(":", 1)[1], columns.unit).duration
    return duration


def _across_steps(table: Table, r: int, cell, columns: Columns) -> bool:
    """A cell of the name column that is not a procedure's name: one that runs on across the
    step's columns (a total row «Tổng thời gian giải quyết» printed from the first column), or
    that says a total."""
    if TOTAL_TEXT.match(fold(cell.text)):
        return True
    return any((other.row, other.col) == (cell.row, cell.col)
               for c in columns.roles.values() if (other := table.cell(r, c)) is not None)


def _label_number(label: str) -> int | None:
    m = re.match(r"^(?:buoc|b)?\s*(\d+)", words_only(label))
    return int(m[1]) if m else None


def read_rows(table: Table, columns: Columns) -> list[Segment]:
    """Every row after the header, in order, as segments of steps."""
    segments = [Segment()]
    col = columns.roles
    last_number, broken = 0, False  # the last step's number; a phase or total since
    for r in range(columns.header_row + 1, len(table.rows)):
        seg = segments[-1]
        texts = [clean(t) for t in table.row_texts(r)]
        if not any(texts):
            continue
        if _is_header_repeat(table, r, columns):
            continue
        for c in columns.names:  # the procedure's name (and code) printed beside its steps
            cell = table.cell(r, c)
            if cell is not None and cell.row == r and clean(cell.text) and \
                    not _across_steps(table, r, cell, columns):
                if seg.steps or seg.totals or seg.heading:
                    segments.append(Segment())
                    seg = segments[-1]
                    last_number, broken = 0, False
                seg.heading = " ".join(filter(None, (seg.heading, clean(cell.text))))
                seg.heading_row = r
        wide = _full_width(table, r)
        if wide is not None:
            what = wide_row(wide)
            if what == "total":
                seg.totals.append(Total(wide, wide, _total_time(wide, columns), r,
                                        len(seg.steps)))
                broken = True
            elif what == "case":
                segments.append(Segment(heading=None, variant=wide, heading_row=r))
                last_number, broken = 0, False
            elif what == "heading":
                segments.append(Segment(heading=wide, heading_row=r))
                last_number, broken = 0, False
            else:
                seg.phases.append((wide, r))
                broken = True
            continue
        cell = {role: table.cell(r, c) for role, c in col.items()}
        own = {role: (c is not None and c.row == r) for role, c in cell.items()}
        value = {role: clean(c.text) if c is not None else "" for role, c in cell.items()}
        # the row's first words of its own (a cell merged down from a step above says nothing)
        first_text = next((value[k] for k in (LABEL, ACTION, RESPONSIBLE)
                           if value.get(k) and own.get(k)), "") or next(
            (value[k] for k in (LABEL, ACTION, RESPONSIBLE) if value.get(k)), "")
        time_text = value.get(TIME, "") if own.get(TIME) else ""
        # one cell across the time column and others: words, not a time of their own
        spans_time = bool(time_text) and any(cell[k] is cell[TIME] for k in cell if k != TIME)
        label = value.get(LABEL, "") if own.get(LABEL, False) else ""
        if first_text and TOTAL_TEXT.match(fold(first_text)) and not LABEL_TEXT.match(
                words_only(label)):
            text = time_text or first_text  # a bare «09» in the time column: the header's unit
            seg.totals.append(Total(first_text, text, read_time(
                text, columns.unit if time_text else None).duration, r, len(seg.steps)))
            broken = True
            continue
        if not any(own.get(k) and value.get(k) for k in (LABEL, ACTION, RESPONSIBLE, TIME)):
            # nothing of its own in the step's columns: a row merged down, or extras only
            extra = [clean(table.text(r, c)) for c in columns.extras
                     if table.cell(r, c) and table.cell(r, c).row == r]
            if any(extra):
                seg.unplaced_rows.append((texts, r))
            continue
        phase = _phase_text(texts, value, "" if spans_time else time_text)
        if phase is not None:
            seg.phases.append((phase, r))
            broken = True
            continue
        step = Step(label, value.get(ACTION, ""), value.get(RESPONSIBLE, ""), time_text, None,
                    False, r)
        number = _label_number(label) if label else None
        if number is not None:
            if number == 1 and last_number > 1 and broken:
                seg.restarts = True
            last_number, broken = number, False
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


_LABEL_ONLY = re.compile(r"[IVXLivxl]+\.?|\d+(\.\d+)*\.?|[a-zA-ZđĐ][.)]?|(Bước|B)\s*\d+\s*[.:]?",
                         re.IGNORECASE)


def _phase_text(texts: list[str], value: dict, time_text: str) -> str | None:
    """A row that is not across the table but still says where the steps below take place
    («I | Tại UBND cấp xã | | »): no time, one text beside its numbering, which names a stage
    or a tier's place. None for a step."""
    if time_text:
        return None
    words = [t for t in dict.fromkeys(texts) if t]
    said = [t for t in words if not _LABEL_ONLY.fullmatch(t)]
    if len(said) != 1 or len(said[0]) > 120:
        return None
    text = " ".join(words)
    if not (PHASE_TEXT.match(core(text)) or PHASE_TEXT.match(core(said[0]))):
        return None
    if re.match(r"(giai doan|phan [ivx\d]+)\b", core(said[0])) or place_tiers(said[0]):
        return text
    return None

"""The annexes: the list of procedures (codes, names, tiers, changes, time limits) and every
step table with what its headings say (procedure, code, group, case, tier, printed total)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from service.documents.changes import Change, change_in, is_set_heading, stated
from service.documents.codes import Code, find_codes, without_codes
from service.documents.decision import Front, tiers_in
from service.documents.durations import read_time
from service.documents.model import Document, Paragraph, Table
from service.documents.notes import Place
from service.documents.paths import case_key, find_paths, path_pairs
from service.documents.steps import (
    CODE,
    EXTRA,
    HEADING_TEXT,
    NAME,
    TIME,
    VARIANT_TEXT,
    Step,
    Total,
    core,
    find_columns,
    headerless_columns,
    numbering,
    place_tiers,
    read_rows,
    role_of,
)
from service.documents.text import clean, fold, is_upper, words_only


@dataclass
class Heading:
    text: str
    place: Place
    listed: bool = False  # numbered by the word processor, not in its text
    level: int | None = None  # its level in the word processor's list

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
    phase_tiers: list[str] = field(default_factory=list)  # tiers its phase rows name
    phase_words: list[tuple[str, Place]] = field(default_factory=list)
    path: str | None = None  # the case of one of its alternative paths
    path_cumulative: bool = False
    path_column: bool = False  # the path's times printed in a column of their own
    phases_in_one_tier: bool = False  # phase rows of two tiers in one procedure of its tier
    headerless: bool = False  # printed without a header row: its columns told by their cells
    case_tiers: tuple[list[str], str, Place] | None = None  # what its case says of its tier

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
    if is_tier_heading(text) or (is_upper(text) and _NOT_PROCEDURE.match(f)) or \
            is_set_heading(text) or re.match(r"^\W*([ivxl]+|[a-h]|\d+)?\W*linh vuc\b", f):
        return False  # a set of procedures («1. Thủ tục hành chính sửa đổi, bổ sung»), a field
    if text.lstrip().startswith(("-", "+", "•", "*")):
        return False
    if HEADING_TEXT.match(f) or re.match(r"^\d+(\.\d+)+\s+\S", f) or listed:
        return len(procedure_name(text)) >= 8
    return bool(re.match(r"^(ten )?(thu tuc|tthc)\b", f)) and ":" not in text[:25]


def read_annex(doc: Document, front: Front) -> Annex:
    annex = Annex()
    tier_ctx: tuple[list[str], str, Place] | None = None
    change_ctx: Change | None = None
    context = Context()
    pending = False  # a heading (of a procedure, a case, a total) came since the last table
    last_columns = None
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            text, f = block.text, fold(block.text)
            place = Place(doc.name, paragraph=block.index)
            if f.startswith("phu luc"):
                tier_ctx, context, pending = None, Context(), False
                change_ctx = stated(text, place, "heading")
                continue
            if i >= front.annex_start and is_set_heading(text):
                change_ctx = stated(text, place, "heading") or change_ctx
            if is_tier_heading(text):
                tier_ctx = (tiers_in(text), text, place)
            before = context.state()
            context.take(Heading(text, place, block.listed, block.level))
            pending = pending or context.state() != before
            continue
        table: Table = block
        place = Place(doc.name, table=block.index)
        if i < front.annex_start:
            context, pending = Context(), False
            continue
        if _is_list(table):
            _read_list(table, place, tier_ctx, change_ctx, annex)
            context, pending = Context(), False
            continue
        columns = find_columns(table)
        if columns is None and last_columns is not None and annex.tables and \
                table.width == last_columns[1] and not context.fresh and not pending and \
                _continue(table, last_columns[0], annex.tables):
            continue
        headerless = False
        if columns is None and (columns := headerless_columns(table)) is not None:
            headerless = True  # a step table printed without its header row
        if columns is None:
            if table.rows and len(table.rows) > 1:
                annex.ignored.append((place, " | ".join(table.row_texts(0))[:200]))
            continue  # the headings above still belong to the next step table
        top = columns.header_row if columns.header_top is None else columns.header_top
        for r in range(top):  # a title printed inside the table, above its header
            title = " ".join(dict.fromkeys(clean(t) for t in table.row_texts(r) if clean(t)))
            if title and (find_codes(title) or is_procedure_heading(title) or is_variant(title)):
                context.take(Heading(title, place.at_row(r + 1)), inside=True)
        continued = not context.fresh
        tiers, words, tplace, source = (tier_ctx[0], tier_ctx[1], tier_ctx[2], "heading") \
            if tier_ctx else (front.title_tiers, front.title.words if front.title else None,
                              front.title.place if front.title else None,
                              "decision title" if front.title_tiers else None)
        made: list[tuple[TableReading, list[str]]] = []
        # alternative paths printed as time columns: the rows read once with each column's times
        paths = [(words, replace(columns, roles={**columns.roles, TIME: c}, unit=unit))
                 for c, words, unit in columns.paths]
        by_path = [read_rows(table, cols) for _, cols in paths]
        segments = by_path[0] if by_path else read_rows(table, columns)
        if any(len(segs) != len(segments) for segs in by_path):
            paths, segments = [], read_rows(table, columns)
        for k, seg in enumerate(segments):
            if k > 0 or (seg.heading and columns.names):
                if seg.heading:
                    context.fresh = False
                    context.take(Heading(seg.heading, place.at_row(seg.heading_row + 1)),
                                 inside=True)
                    continued = not context.fresh
                elif seg.variant:
                    context.case(Heading(seg.variant, place.at_row(seg.heading_row + 1)))
                    context.totals = []
            if not seg.steps and not seg.totals:
                continue
            heading, members = context.owner()
            reading = TableReading(
                place, heading, members, context.variant(), list(tiers), words, tplace, source,
                seg.steps, seg.totals, context.totals[0] if context.totals else None,
                seg.phases, seg.unplaced_rows, columns.header, continued,
                {role: clean(columns.header[c]) for role, c in columns.roles.items()},
                change=change_ctx, headerless=headerless)
            _case_tier(reading, context)
            _two_tiers(reading, seg)
            lines = [h.text for h in context.totals]
            if not paths:
                made.append((reading, lines))
            for (case, cols), segs in zip(paths, by_path):
                mine = segs[k]
                variant = Heading(f"{reading.variant.text} – {case}" if reading.variant else
                                  case, reading.variant.place if reading.variant else place)
                made.append((replace(
                    reading, variant=variant, steps=mine.steps, totals=mine.totals,
                    phases=mine.phases, unplaced_rows=mine.unplaced_rows,
                    columns={**reading.columns, TIME: clean(case)}, path=case,
                    path_column=True), lines))
        if not _case_totals([r for r, _ in made if not r.path_column]):
            made = [(x, []) for r, lines in made
                    for x in ([r] if r.path_column else _by_path(r, lines))]
        annex.tables.extend(r for r, _ in made)
        context.fresh, context.totals = False, []
        last_columns = (columns, table.width)
        pending = False
    return annex


def _case_tier(t: TableReading, context: Context) -> None:
    """A case that names its tier («a) Trường hợp thuộc thẩm quyền giải quyết của Sở …», «b) …
    của Ủy ban nhân dân cấp xã»): the innermost case that names one. Under a heading for
    several tiers («CẤP TỈNH, CẤP XÃ»), its table is that tier's only (the list's tiers are
    narrowed the same way when the procedure is built)."""
    for _, case in reversed(context.cases):
        named = list(dict.fromkeys(tiers_in(case.text) + place_tiers(case.text)))
        if named:
            t.case_tiers = (named, case.text, case.place)
            break
    if t.case_tiers is None or len(t.tiers) < 2:
        return
    named = [x for x in t.case_tiers[0] if x in t.tiers]
    if named and len(named) < len(t.tiers):
        t.tiers, t.tier_words, t.tier_place, t.tier_source = named, *t.case_tiers[1:], "case"


def _two_tiers(t: TableReading, seg) -> None:
    """One table for two tiers: phase rows that name the places of two tiers («Bước … tại
    UBND cấp xã», «Tại Sở …»), or numbering that starts again after a phase row or a part
    total when these and the steps before them name two tiers."""
    named: dict[str, tuple[str, Place]] = {}
    for text, r in seg.phases:
        for tier in place_tiers(text):
            named.setdefault(tier, (text, t.place.at_row(r + 1)))
    if len(named) < 2 and seg.restarts:
        for total in seg.totals[:-1]:
            for tier in place_tiers(total.label):
                named.setdefault(tier, (total.label, t.place.at_row(total.row + 1)))
        first_break = min([r for _, r in seg.phases] + [x.row for x in seg.totals] or [0])
        for s in seg.steps:
            if s.row < first_break:
                for tier in place_tiers(s.responsible):
                    named.setdefault(tier, (s.responsible, t.place.at_row(s.row + 1)))
    if len(named) < 2:
        return
    if _one_procedure(t, seg):
        t.phases_in_one_tier = True
        return
    t.phase_tiers = [x for x in ("province", "district", "commune") if x in named]
    t.phase_words = sorted({named[x] for x in t.phase_tiers}, key=lambda w: w[1].row or 0)


def _one_procedure(t: TableReading, seg) -> bool:
    """Phase rows that name two tiers in a table of one procedure of the heading's tier: the
    heading names one tier, the last phase takes place there (where the procedure is
    decided), and the steps' numbering runs on across every phase row («4», then «Bước 2: Tại
    Sở Nội vụ», then «5»): the commune takes the file in and sends it on; the procedure is
    the province's, with every step."""
    if len(t.tiers) != 1 or not seg.phases or seg.restarts:
        return False
    last = max(seg.phases, key=lambda p: p[1])
    if place_tiers(last[0]) != t.tiers:
        return False
    numbers = {s.row: _plain_number(s.label) for s in seg.steps}
    for _, r in seg.phases:
        before = [n for row, n in numbers.items() if row < r]
        after = [n for row, n in numbers.items() if row > r]
        if not before or not after:
            continue
        if before[-1] is None or after[0] is None or after[0] != before[-1] + 1:
            return False
    return True


def _plain_number(label: str) -> int | None:
    """A step's number when its label is a plain one («5», «Bước 5», «B5»), else None
    («1.2», «a»)."""
    m = re.fullmatch(r"(?:buoc|b)?\s*(\d+)\s*[.:)]?", words_only(label))
    return int(m[1]) if m else None


def _case_totals(readings: list[TableReading]) -> bool:
    """Cases printed as rows of one table («Trường hợp hồ sơ đầy đủ», then «Trường hợp phải
    xác minh») whose total, printed once at the end, gives each case's amount: each case
    takes its own. True when the table is read so."""
    cased = [r for r in readings if r.variant is not None]
    for owner in readings:
        for total in owner.totals:
            pairs = path_pairs(f"{total.label}: {total.text}" if total.label != total.text
                               else total.text)
            if len(pairs) < 2:
                continue
            found = {}
            for r in cased:
                key = case_key(r.variant.text.split(" – ")[-1])
                match = [p for p in pairs if p.key and key and (p.key <= key or key <= p.key)]
                if len(match) == 1:
                    found[id(r)] = match[0]
            if len(found) < 2 or len({p.name for p in found.values()}) < len(found):
                continue
            owner.totals = [x for x in owner.totals if x is not total]
            for r in cased:
                if id(r) in found:
                    r.totals = [*r.totals, replace(total, duration=found[id(r)].duration,
                                                   steps_before=len(r.steps))]
            return True
    return False


def _by_path(t: TableReading, lines: list[str]) -> list[TableReading]:
    """A table of alternative paths as one reading per path (its case, steps and total)."""
    paths = find_paths(t.steps, t.totals, lines)
    if not paths:
        return [t]
    others = [x for x in t.totals if not any(x.row == p.total.row for p in paths)]
    out = []
    for k, p in enumerate(paths):
        case = clean(p.name)
        case = case[:1].upper() + case[1:]
        variant = Heading(f"{t.variant.text} – {case}" if t.variant else case,
                          t.variant.place if t.variant else t.place)
        mine = [replace(x, steps_before=sum(s.row < x.row for s in p.steps))
                for x in (others if k == 0 else [])]
        out.append(replace(t, variant=variant, steps=p.steps, totals=[*mine, p.total],
                           total_line=None, path=case, path_cumulative=p.cumulative))
    return out


def _continue(table: Table, columns, readings: list[TableReading]) -> bool:
    """A table without a header, as wide as the step table before it and right after it:
    the rest of that table (a table broken across a page), each path's times in its column
    when that table prints its paths as time columns. True when its rows are steps."""
    if columns.paths:
        previous = readings[-len(columns.paths):]
        if len(previous) != len(columns.paths) or not all(r.path_column for r in previous):
            return False
        pairs = [(replace(columns, roles={**columns.roles, TIME: c}, unit=unit), r)
                 for (c, _, unit), r in zip(columns.paths, previous)]
    else:
        pairs = [(columns, readings[-1])]
    read = []
    for cols, _ in pairs:
        segments = read_rows(table, replace(cols, header_row=-1))
        steps = [s for seg in segments for s in seg.steps]
        if len(segments) != 1 or not steps or not any(s.duration for s in steps):
            return False
        read.append(segments[0])
    for (_, previous), seg in zip(pairs, read):
        offset = len(previous.steps)
        previous.steps = [*previous.steps, *seg.steps]
        previous.totals = [*previous.totals, *(replace(t, steps_before=t.steps_before + offset)
                                               for t in seg.totals)]
        previous.phases = [*previous.phases, *seg.phases]
        previous.unplaced_rows = [*previous.unplaced_rows, *seg.unplaced_rows]
        previous.continued_in = [*previous.continued_in, table.index]
    return True


# a line that describes the procedure rather than heading one of its cases
_DESCRIPTION = re.compile(r"^(thoi han|thoi gian|trinh tu|cach thuc|thanh phan|quy trinh|phi|le phi|"
                          r"can cu|yeu cau|dieu kien|doi tuong|co quan|ket qua|dia diem|so luong|"
                          r"mau don|tong thoi gian|ten thu tuc|ma (so|tthc))\b")


def _rank(h: Heading) -> int:
    """How deep a case heading sits: «1.1.» (2) above «1.1.1.» (3) above «a)» above an
    unnumbered «Trường hợp …» above a «- …» line; a heading the word processor numbers, by
    its list level."""
    kind, parts = numbering(h.text)
    if not kind and h.listed and h.level is not None:
        return h.level + 1
    return {"arabic": len(parts), "roman": 1, "letter": 20, "bullet": 30}.get(kind, 25)


def _under(parent: Heading | None, child: Heading) -> bool:
    """Whether ``child``'s numbering puts it under ``parent``'s: «3.1.» under «3.», «a)» under
    «3.» or «II.», «1.» under «II.»."""
    if parent is None:
        return False
    pk, pn = numbering(parent.text)
    ck, cn = numbering(child.text)
    if not ck and child.listed and child.level is not None:  # numbered by the word processor
        if not pk and parent.listed and parent.level is not None:
            return child.level > parent.level
        return child.level > 0 and pk in ("arabic", "roman")
    if pk == "arabic" and ck == "arabic":
        return len(cn) > len(pn) and cn[:len(pn)] == pn
    if pk in ("arabic", "roman") and ck == "letter":
        return True
    return pk == "roman" and ck == "arabic" and len(cn) == 1


@dataclass
class Context:
    """Whose the next step table is, as the headings above it say: a procedure's heading (or
    a group heading and the procedures it lists), the cases under it (outer first: «1.1.
    …», «a) Trường hợp …») and total lines printed above the table. It carries over from one
    table to the next until a new procedure heading comes."""
    heading: Heading | None = None
    group: Heading | None = None
    members: list[Heading] = field(default_factory=list)
    cases: list[tuple[int, Heading]] = field(default_factory=list)
    totals: list[Heading] = field(default_factory=list)
    fresh: bool = False  # a procedure (or group) heading came since the last table

    def procedure(self, h: Heading) -> None:
        self.heading, self.group, self.members, self.cases, self.totals = h, None, [], [], []
        self.fresh = True

    def case(self, h: Heading) -> None:
        rank = _rank(h)
        self.cases = [(r, c) for r, c in self.cases if r < rank] + [(rank, h)]
        self.totals = []

    def take(self, h: Heading, inside: bool = False) -> None:
        """One heading: a group, a procedure, a member of a group, a case, a total line, a
        code printed on its own line; anything else is left aside. ``inside``: a heading
        printed inside a table, which is a procedure's or a case's."""
        text, f = h.text, fold(h.text)
        codes = find_codes(text)
        if not inside and is_group(text) and not codes:
            self.group, self.heading, self.members, self.cases, self.totals = h, None, [], [], []
            self.fresh = True
        elif _TOTAL_LINE.match(f) or (self.totals and path_pairs(text)):
            self.totals.append(h)
        elif codes and len(procedure_name(text)) < 5 and (self.heading or self.members) \
                and not self.cases:
            # «Mã TTHC: 1.001806» on its own line, under the name it belongs to
            target = self.members[-1] if self.members else self.heading
            joined = Heading(f"{target.text} ({text.strip()})", target.place)
            if self.members:
                self.members[-1] = joined
            else:
                self.heading = joined
        elif not inside and not codes and _DESCRIPTION.match(core(text)):
            pass  # «a) Thời hạn giải quyết: …», «b) Quy trình nội bộ:»: about the procedure
        elif is_variant(text) and not codes:
            self.case(h)
        elif is_procedure_heading(text, h.listed) or inside or (
                numbering(text)[0] == "letter" and len(text) < 200):
            parent = self.group or self.heading
            if self.group is not None and not self.cases and (
                    _depth(text) > _depth(self.group.text) or _depth(text) == 0
                    or _depth(self.group.text) == 0) and not (
                    h.listed and self.group.listed and (h.level or 0) <= (self.group.level or 0)):
                self.members.append(h)
            elif not codes and parent is not None and _under(parent, h):
                self.case(h)  # «3.1. Sao và xác thực …» under «3. Thủ tục sử dụng …»
            elif is_procedure_heading(text, h.listed) or inside:
                self.procedure(h)

    def state(self) -> tuple:
        return (self.heading, self.group, tuple(self.members), tuple(self.cases),
                tuple(self.totals))

    def variant(self) -> Heading | None:
        """The cases as one heading: «1.1. … – a) …» (its place the innermost case's)."""
        if not self.cases:
            return None
        text = " – ".join(clean(c.text) for _, c in self.cases)
        return Heading(text, self.cases[-1][1].place)

    def owner(self) -> tuple[Heading | None, list[Heading]]:
        if self.group is not None:
            return self.group, list(self.members)
        return self.heading, []


# --- the list annex ---------------------------------------------------------------------------

def _is_list(table: Table) -> bool:
    for r in range(min(3, len(table.rows))):
        roles = {role_of(t) for t in table.row_texts(r)}
        if NAME in roles:
            return find_columns(table) is None  # else a step table naming its procedure
    return False


_CHANGE_COLUMN = re.compile(r"^(ghi chu|hinh thuc( cong bo)?|loai( thay doi| tthc| thu tuc)?|"
                            r"noi dung (thay doi|cong bo)|tinh trang|thay doi|"
                            r"(moi ban hanh|sua doi|bai bo)\b.*)$")


_SECTION_LABEL = re.compile(r"^(phan|muc)?\s*([ivxl]+|[a-h]|\d+)?\s*[.):]?$")


def _section_row(table: Table, r: int, cols: dict) -> str | None:
    """A row of a list that heads a part of it, not a procedure: one text across the row
    («PHẦN II. THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ»), or a numbering cell («I», «Phần I») beside one
    text naming a set of procedures, a tier or a field, with no code. Its text, else None."""
    texts = [clean(t) for t in table.row_texts(r)]
    filled = [t for t in texts if t]
    if len(texts) == 1 or (len(set(filled)) == 1 and all(texts)):
        return filled[0] if filled else None
    words = [t for t in dict.fromkeys(filled) if not _SECTION_LABEL.match(fold(t))]
    if len(words) != 1 or find_codes(" ".join(filled), code_context=False):
        return None
    text = " ".join(filled)
    if is_set_heading(text) or is_set_heading(words[0]):
        return text
    numbered = any(re.fullmatch(r"\d+\.?", t) for t in filled)  # an entry's own number
    if not numbered and (tiers_in(words[0], strong_only=True)
                         or fold(words[0]).startswith("linh vuc")):
        return text
    return None


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
        section_text = _section_row(table, r, cols)
        if section_text is not None:
            text = section_text
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

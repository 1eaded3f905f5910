"""Draft decisions written the way provinces printed them in late 2025, each as Word (python-docx)
and as a web page, with what a careful reader takes from it (``NAME.expected.json``), for the
blind reading tests (``tests/documents/test_blind.py``).

The expected reading of every decision is written here by hand, beside the text it is read
from, following the reading conventions of the real decisions (``README.md`` of the real
decisions): it is never taken from the reader. Every duration in a step is written twice, as
printed and as read; the generator only checks that its own figures add up.

    python -m generators.blind_decisions [FOLDER]      # default tests/data/blind
"""

from __future__ import annotations

import html as htmllib
import io
import json
import re
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

# --------------------------------------------------------------------------------------------
# A small model of a printed decision: paragraphs and tables (cells merged as printed)
# --------------------------------------------------------------------------------------------

SAME = object()   # this cell is merged with the cell above it
SKIP = object()   # this cell is covered by a cell on its left (colspan)


@dataclass
class C:
    """A table cell: its text (lines separated by newlines), how many columns it spans, bold."""
    text: str
    colspan: int = 1
    bold: bool = False
    italic: bool = False
    align: str | None = None


@dataclass
class Para:
    text: str
    align: str = "justify"      # left, center, right, justify
    bold: bool = False
    italic: bool = False
    indent: bool = False
    page_break: bool = False
    list_level: int | None = None   # numbered by the word processor (its number not in the text)
    list_restart: bool = False      # this item starts its list again at 1


@dataclass
class Grid:
    """A printed table. ``rows`` hold str, C, SAME or SKIP; ``header`` rows are repeated by
    Word on each page (``w:tblHeader``) when ``repeat_header``; ``borders`` False for the
    layout tables of the first page and the signature."""
    rows: list[list]
    borders: bool = True
    repeat_header: int = 0
    widths: list[float] | None = None   # relative column widths


def D(v: float) -> dict:
    return {"value": v, "unit": "working_days"}


def H(v: float) -> dict:
    return {"value": v, "unit": "working_hours"}


def _hours(d: dict | None) -> float:
    if not d:
        return 0.0
    return d["value"] * (8 if d["unit"] == "working_days" else 1)


# --------------------------------------------------------------------------------------------
# Steps and internal procedures as a careful reader takes them
# --------------------------------------------------------------------------------------------

@dataclass
class St:
    """One printed step: label, who, what, the time cell as printed, and the duration read
    from it (None: no duration). ``counted`` defaults to whether it has a duration."""
    label: str
    responsible: str
    action: str
    time: str
    duration: dict | None
    counted: bool | None = None

    def expected(self, order: int) -> dict:
        counted = self.counted if self.counted is not None else self.duration is not None
        return {"order": order, "label": self.label, "action": " ".join(self.action.split()),
                "responsible": " ".join(self.responsible.split()), "duration_text": self.time,
                "duration": self.duration, "counted": counted}


@dataclass
class IP:
    """One internal procedure expected from a step table (one per procedure, case or path)."""
    code: str | None
    name: str
    tier: str                     # province, commune, or "province;commune"
    steps: list[St]
    time_limit: dict | None
    total_label: str | None = None
    total_text: str | None = None
    variant: str | None = None
    variant_is_path: bool = False  # a path of one table: its words are not settled by the conventions
    total_differs: bool = False    # the printed total differs from the sum of the counted steps

    def expected(self, ident: str) -> dict:
        out = {"id": ident, "procedure_code": self.code, "procedure_name": self.name,
               "variant": self.variant, "tier_norm": self.tier, "time_limit": self.time_limit,
               "steps": [s.expected(i + 1) for i, s in enumerate(self.steps)],
               "printed_total_label": self.total_label, "printed_total_text": self.total_text}
        if self.variant_is_path:
            out["variant_is_path"] = True
        if self.total_differs:
            out["total_differs"] = True
        return out


def step_rows(steps: list[St], order=("label", "responsible", "action", "time")) -> list[list]:
    """The rows of a plain step table, one per step, the cells in the printed column order.
    A step field given as SAME is merged with the cell above."""
    rows = []
    for s in steps:
        rows.append([getattr(s, k) if not isinstance(k, str) or not k.startswith("=") else k[1:]
                     for k in order])
    return rows


# --------------------------------------------------------------------------------------------
# A decision
# --------------------------------------------------------------------------------------------

@dataclass
class Decision:
    name: str                      # file stem: <province-slug>-<number>-2025
    province: str                  # as printed, e.g. «Cao Bằng»
    city: bool                     # «THÀNH PHỐ» rather than «TỈNH»
    number: str                    # 2105/QĐ-UBND
    date: str                      # ISO
    place_date: str                # «Cao Bằng, ngày 20 tháng 11 năm 2025»
    issuer_as_printed: str         # «CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG»
    title: str
    bases: list[str]
    proposal: str
    articles: list[str]
    recipients: list[str]
    signature: list[str]           # lines as printed, blank lines left out
    signed_as: str
    signer_title: str
    signer_name: str
    proposed_by: dict
    annex: list                    # Para and Grid
    ips: list[IP]
    procedure_changes: dict = field(default_factory=dict)
    html_cells: str = "p"          # "p": paragraphs in cells; "br": lines with <br>
    html_thead: bool = False       # header rows in <thead> with <th>, the rest in <tbody>
    nfd: bool = False              # typed as «Unicode tổ hợp» (decomposed marks, NFD)
    draft: bool = False            # a draft: «DỰ THẢO», no number, no day, no signer's name
    html_wrap: bool = False        # the page's content inside an outer layout table
    slug: str | None = None        # the province's slug, when the file name does not give it
    signature_as_paragraphs: bool = False
    notes: list[str] = field(default_factory=list)  # what this decision tries

    # ---- the printed document as blocks
    def blocks(self) -> list:
        tier = "THÀNH PHỐ" if self.city else "TỈNH"
        place = self.province.upper()
        out: list = [Para("DỰ THẢO", align="right", bold=True)] if self.draft else []
        out += [
            Grid([[C(f"ỦY BAN NHÂN DÂN\n{tier} {place}\n-------", bold=True, align="center"),
                   C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "---------------", bold=True, align="center")],
                  [C(f"Số: {self.number}", align="center"),
                   C(self.place_date, italic=True, align="center")]],
                 borders=False, widths=[37.5, 62.5]),
            Para("QUYẾT ĐỊNH", align="center", bold=True),
            Para(self.title, align="center", bold=True),
            Para(self.issuer_as_printed, align="center", bold=True),
        ]
        out += [Para(b, italic=True, indent=True) for b in self.bases]
        out.append(Para(self.proposal, italic=True, indent=True))
        out.append(Para("QUYẾT ĐỊNH:", align="center", bold=True))
        out += [Para(a, indent=True) for a in self.articles]
        recipients = "Nơi nhận:\n" + "\n".join(self.recipients)
        if self.signature_as_paragraphs:
            out.append(Para(recipients, align="left"))
            out += [Para(line, align="right", bold=i == 0) for i, line in
                    enumerate(self.signature)]
        else:
            out.append(Grid([[C(recipients, align="left"),
                              C("\n".join(self.signature), align="center")]],
                            borders=False, widths=[50, 50]))
        out += self.annex
        return out

    def expected(self) -> dict:
        slug = self.slug or self.name.rsplit("-", 2)[0]
        ips = [ip.expected(f"{slug}-{i + 1}") for i, ip in enumerate(self.ips)]
        out = {
            "source": {"province": self.province, "province_slug": slug,
                       "decision_number": None if self.draft else self.number,
                       "decision_date": None if self.draft else self.date,
                       "source_file": "generators/blind_decisions.py"},
            "decision": {
                "number": None if self.draft else self.number,
                "date": None if self.draft else self.date,
                "issuer": None,
                "issuer_as_printed": self.issuer_as_printed,
                "signature": {"signed_as": self.signed_as, "title": self.signer_title,
                              "name": self.signer_name,
                              "lines_as_printed": [x for x in self.signature if x]},
                "proposed_by": self.proposed_by,
            },
            "internal_procedures": ips,
            "procedure_changes": self.procedure_changes,
            "procedure_changes_source": ("Điều 1, the title and the list annex's parts"
                                         if self.procedure_changes else
                                         "no procedure is listed with a change"),
            "open_points": (
                [{"kind": "unplaced_table", "id": ip["id"]} for ip in ips
                 if ip["procedure_code"] is None]
                + [{"kind": "total_differs", "id": ip["id"], "procedure_code": ip["procedure_code"],
                    "tier": t} for ip in ips if ip.get("total_differs") and ip["procedure_code"]
                   for t in ip["tier_norm"].split(";")]),
            "what_it_tries": self.notes,
        }
        out["decision"]["issuer"] = "Chủ tịch Ủy ban nhân dân " + (
            "thành phố " if self.city else "tỉnh ") + self.province
        if self.issuer_as_printed.startswith("ỦY BAN"):
            out["decision"]["issuer"] = "Ủy ban nhân dân " + ("thành phố " if self.city
                                                              else "tỉnh ") + self.province
        return out

    def check(self) -> None:
        """The generator's own arithmetic: each total equals the sum of its counted steps
        unless the decision prints a total that differs on purpose."""
        for ip in self.ips:
            if ip.time_limit is None:
                continue
            summed = sum(_hours(s.duration) for s in ip.steps
                         if (s.counted if s.counted is not None else s.duration is not None))
            agrees = abs(summed - _hours(ip.time_limit)) < 1e-9
            assert agrees != ip.total_differs, (self.name, ip.name, ip.variant, summed,
                                                ip.time_limit)


# --------------------------------------------------------------------------------------------
# Rendering: HTML
# --------------------------------------------------------------------------------------------

def _origins(rows: list[list]):
    """Each cell at its origin: (row, col, C, rowspan, colspan); SAME/SKIP are covered."""
    width = max(sum(1 for _ in r) for r in rows)
    grid = [list(r) + [""] * (width - len(r)) for r in rows]
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is SAME or cell is SKIP:
                continue
            cell = cell if isinstance(cell, C) else C(str(cell))
            cs = cell.colspan
            rs = 1
            while r + rs < len(grid) and grid[r + rs][c] is SAME:
                rs += 1
            yield r, c, cell, rs, cs
    return width


def _width(rows: list[list]) -> int:
    return max(len(r) for r in rows)


TRACKED = re.compile(r"(\[-.*?-\]|\{\+.*?\+\})")


def _esc(s: str) -> str:
    """Escaped text; a tracked deletion «[-x-]» and insertion «{+x+}» as <del> and <ins>, as
    Word saves a page with its changes shown."""
    out = []
    for piece in TRACKED.split(s):
        if piece.startswith("[-") and piece.endswith("-]"):
            out.append(f"<del>{htmllib.escape(piece[2:-2], quote=False)}</del>")
        elif piece.startswith("{+") and piece.endswith("+}"):
            out.append(f"<ins>{htmllib.escape(piece[2:-2], quote=False)}</ins>")
        else:
            out.append(htmllib.escape(piece, quote=False))
    return "".join(out)


def _html_cell_text(cell: C, mode: str) -> str:
    lines = cell.text.split("\n") if cell.text else []

    def fmt(line: str) -> str:
        t = _esc(line)
        if cell.bold:
            t = f"<b>{t}</b>"
        if cell.italic:
            t = f"<i>{t}</i>"
        return t

    style = f' style="text-align:{cell.align}"' if cell.align else ""
    if not lines:
        return ""
    if mode == "br":
        return "<br>".join(fmt(x) for x in lines) if not style else \
            f'<p{style}>' + "<br>".join(fmt(x) for x in lines) + "</p>"
    return "".join(f"<p{style}>{fmt(x)}</p>" for x in lines)


def to_html(dec: Decision) -> str:
    out = ['<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">',
           f'<title>Quyết định số {_esc(dec.number)} — {_esc(dec.province)}</title>', '</head>',
           '<body style="font-family:\'Times New Roman\',serif;font-size:13pt">']
    if dec.html_wrap:
        out.append('<table width="100%" border="0" cellpadding="0"><tr><td>'
                   '<div class="content1"><div class="fulltext">')
    counters = [0, 0]
    for b in dec.blocks():
        if isinstance(b, Para) and b.list_level is not None:
            lvl = b.list_level
            if b.list_restart:
                counters[lvl] = 0
            counters[lvl] += 1
            if lvl == 0:
                counters[1] = 0
            kind = ' type="a"' if lvl == 1 else ""
            t = _esc(b.text)
            t = f"<b>{t}</b>" if b.bold else t
            t = f"<i>{t}</i>" if b.italic else t
            out.append(f'<ol{kind} start="{counters[lvl]}"><li>{t}</li></ol>' if lvl == 0 else
                       f'<ol><li style="list-style:none"><ol{kind} start="{counters[lvl]}">'
                       f"<li>{t}</li></ol></li></ol>")
            continue
        if isinstance(b, Para):
            lines = b.text.split("\n")
            style = [f"text-align:{b.align}"]
            if b.indent:
                style.append("text-indent:1cm")
            if b.page_break:
                style.append("page-break-before:always")
            for i, line in enumerate(lines):
                t = _esc(line)
                if b.bold:
                    t = f"<b>{t}</b>"
                if b.italic:
                    t = f"<i>{t}</i>"
                st = ";".join(style if i == 0 else [s for s in style if "page-break" not in s])
                out.append(f'<p style="{st}">{t}</p>')
        else:
            border = ('border="1" cellspacing="0" cellpadding="4" '
                      'style="border-collapse:collapse;width:100%"' if b.borders else
                      'border="0" cellspacing="0" cellpadding="2" style="width:100%"')
            out.append(f"<table {border}>")
            if b.widths:
                out.append("<colgroup>" + "".join(f'<col style="width:{w}%">' for w in b.widths)
                           + "</colgroup>")
            by_row: dict[int, list] = {}
            for r, c, cell, rs, cs in _origins(b.rows):
                by_row.setdefault(r, []).append((c, cell, rs, cs))
            head = b.repeat_header if (dec.html_thead and b.borders) else 0
            for r in range(len(b.rows)):
                if head and r == 0:
                    out.append("<thead>")
                if head and r == head:
                    out.append("<tbody>")
                out.append("<tr>")
                tag = "th" if r < head else "td"
                for c, cell, rs, cs in by_row.get(r, []):
                    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (
                        f' colspan="{cs}"' if cs > 1 else "")
                    out.append(f'<{tag}{attrs} style="vertical-align:top">'
                               f'{_html_cell_text(cell, dec.html_cells)}</{tag}>')
                out.append("</tr>")
                if head and r == head - 1:
                    out.append("</thead>")
            if head:
                out.append("</tbody>")
            out.append("</table>")
    if dec.html_wrap:
        out.append("</div></div></td></tr></table>")
    out += ["</body>", "</html>", ""]
    text = "\n".join(out)
    return unicodedata.normalize("NFD", text) if dec.nfd else text


# --------------------------------------------------------------------------------------------
# Rendering: Word
# --------------------------------------------------------------------------------------------

def to_docx(dec: Decision) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    align = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
             "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    props = doc.core_properties
    props.created = props.modified = datetime(2025, 11, 20, 8, 0, 0)
    props.author = props.last_modified_by = "VP UBND"
    props.title = f"Quyết định {dec.number}"
    props.revision = 1

    revision = iter(range(1, 10_000))

    def fill(paragraph, text, bold=False, italic=False):
        """Runs of the text; «[-x-]» a tracked deletion, «{+x+}» a tracked insertion."""
        for piece in TRACKED.split(text):
            if not piece:
                continue
            kind = None
            if piece.startswith("[-") and piece.endswith("-]"):
                kind, piece = "del", piece[2:-2]
            elif piece.startswith("{+") and piece.endswith("+}"):
                kind, piece = "ins", piece[2:-2]
            run = paragraph.add_run(unicodedata.normalize("NFD", piece) if dec.nfd else piece)
            run.bold = bold
            run.italic = italic
            if kind:
                mark = OxmlElement(f"w:{kind}")
                mark.set(qn("w:id"), str(next(revision)))
                mark.set(qn("w:author"), "Văn phòng UBND tỉnh")
                mark.set(qn("w:date"), "2025-11-20T08:00:00Z")
                run._r.addprevious(mark)
                mark.append(run._r)
                if kind == "del":
                    for t in mark.iter(qn("w:t")):
                        t.tag = qn("w:delText")

    num_ids = _numbering(doc) if any(isinstance(b, Para) and b.list_level is not None
                                     for b in dec.blocks()) else []
    current_num = 0
    first = True
    for b in dec.blocks():
        if isinstance(b, Para) and b.list_level is not None:
            if b.list_restart or not current_num:
                current_num = num_ids.pop(0)
            p = doc.add_paragraph()
            p.alignment = align[b.align]
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = b.list_level
            num_pr.get_or_add_numId().val = current_num
            fill(p, b.text, b.bold, b.italic)
            first = False
            continue
        if isinstance(b, Para):
            for i, line in enumerate(b.text.split("\n")):
                p = doc.add_paragraph()
                if b.page_break and i == 0 and not first:
                    p.add_run().add_break(WD_BREAK.PAGE)
                p.alignment = align[b.align]
                if b.indent:
                    p.paragraph_format.first_line_indent = Cm(1)
                fill(p, line, b.bold, b.italic)
        else:
            width = _width(b.rows)
            table = doc.add_table(rows=len(b.rows), cols=width)
            if b.borders:
                table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, c, cell, rs, cs in _origins(b.rows):
                target = table.cell(r, c)
                if rs > 1 or cs > 1:
                    target = target.merge(table.cell(r + rs - 1, c + cs - 1))
                lines = cell.text.split("\n") if cell.text else [""]
                paragraph = target.paragraphs[0]
                for j, line in enumerate(lines):
                    if j:
                        paragraph = target.add_paragraph()
                    if cell.align:
                        paragraph.alignment = align[cell.align]
                    if line:
                        fill(paragraph, line, cell.bold, cell.italic)
            for h in range(b.repeat_header):
                tr_pr = table.rows[h]._tr.get_or_add_trPr()
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                tr_pr.append(el)
        first = False
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


def _numbering(doc) -> list[int]:
    """A list definition as Word writes one for headings «1.» and cases «a)», and four lists
    using it (each starts again at 1)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    ids = []
    for k in range(4):
        num_id = 90 + k
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        ids.append(num_id)
    return ids


def _fixed_zip(data: bytes) -> bytes:
    """The same package with every member dated alike, so that a build is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 8, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# Helpers for the printed text
# --------------------------------------------------------------------------------------------

BASES_COMMON = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ "
    "tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, "
    "bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;"),
    ("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ "
    "tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ "
    "công quốc gia;"),
    ("Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn "
    "phòng Chính phủ hướng dẫn nghiệp vụ về kiểm soát thủ tục hành chính;"),
]


def annex_head(label: str, title: str, number: str, date_words: str, by: str) -> list:
    return [Para(label, align="center", bold=True, page_break=True),
            Para(title, align="center", bold=True),
            Para(f"(Kèm theo Quyết định số {number} ngày {date_words} của {by})",
                 align="center", italic=True)]


def H4(text: str) -> Para:
    return Para(text, align="justify", bold=True)


def header(*cols: str) -> list:
    return [C(c, bold=True, align="center") for c in cols]


def full(text: str, width: int, bold: bool = True) -> list:
    """A row whose one cell spans the table."""
    return [C(text, colspan=width, bold=bold)] + [SKIP] * (width - 1)


def total_row(label: str, value: str, width: int, label_cols: int | None = None) -> list:
    """«Tổng thời gian …» over the first columns, the value in the rest."""
    label_cols = label_cols or width - 1
    row = [C(label, colspan=label_cols, bold=True)] + [SKIP] * (label_cols - 1)
    rest = width - label_cols
    row += [C(value, colspan=rest, bold=True)] + [SKIP] * (rest - 1)
    return row


def list_table(rows: list[tuple], cols=("STT", "Mã TTHC", "Tên thủ tục hành chính",
                                        "Thời hạn giải quyết", "Địa điểm thực hiện",
                                        "Phí, lệ phí (nếu có)", "Căn cứ pháp lý"),
               sections: dict | None = None) -> Grid:
    """A list annex's table: one row per procedure (tuples in column order); ``sections``
    puts a full-width row (e.g. «A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH») before row index k."""
    out = [header(*cols)]
    for k, r in enumerate(rows):
        if sections and k in sections:
            out.append(full(sections[k], len(cols)))
        out.append(list(r))
    return Grid(out, repeat_header=1)


# --------------------------------------------------------------------------------------------
# The decisions
# --------------------------------------------------------------------------------------------

def _steps_sokhcn(room: str) -> list[St]:
    return [
        St("Bước 1", "Công chức Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh",
           "Kiểm tra, tiếp nhận hồ sơ; số hóa hồ sơ; chuyển hồ sơ đến " + room,
           "0,5 ngày làm việc", D(0.5)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công công chức xử lý hồ sơ", "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 3", "Công chức " + room,
           "Thẩm định hồ sơ; dự thảo Giấy chứng nhận hoặc văn bản trả lời (nêu rõ lý do)",
           "05 ngày làm việc", D(5)),
        St("Bước 4", "Lãnh đạo " + room, "Xem xét, trình Lãnh đạo Sở", "01 ngày làm việc", D(1)),
        St("Bước 5", "Lãnh đạo Sở", "Ký duyệt kết quả giải quyết", "2,5 ngày làm việc", D(2.5)),
        St("Bước 6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả cho Bộ phận Một cửa",
           "0,5 ngày làm việc", D(0.5)),
        St("Bước 7", "Công chức Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh",
           "Trả kết quả cho tổ chức, cá nhân; thống kê, theo dõi", "Không tính thời gian", None),
    ]


def cao_bang() -> Decision:
    room = "Phòng Quản lý khoa học và công nghệ"
    steps1 = _steps_sokhcn(room)
    steps2 = [
        St("Bước 1", "Công chức Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh",
           "Kiểm tra, tiếp nhận hồ sơ; chuyển hồ sơ đến " + room, "04 giờ làm việc", H(4)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công công chức xử lý hồ sơ", "04 giờ làm việc",
           H(4)),
        St("Bước 3", "Công chức " + room, "Thẩm định hồ sơ, dự thảo Giấy chứng nhận cấp lại",
           "02 ngày làm việc", D(2)),
        St("Bước 4", "Lãnh đạo " + room, "Xem xét, trình Lãnh đạo Sở", "01 ngày làm việc", D(1)),
        St("Bước 5", "Lãnh đạo Sở", "Ký duyệt Giấy chứng nhận", "0,5 ngày làm việc", D(0.5)),
        St("Bước 6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 7", "Công chức Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh",
           "Trả kết quả cho tổ chức, cá nhân", "Không tính thời gian", None),
    ]
    steps3 = [
        St("Bước 1", "Công chức Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh",
           "Kiểm tra, tiếp nhận hồ sơ; chuyển hồ sơ đến " + room, "0,5 ngày làm việc", D(0.5)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công công chức xử lý hồ sơ", "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 3", "Công chức " + room, "Thẩm định hồ sơ, dự thảo Giấy chứng nhận",
           "03 ngày làm việc", D(3)),
        St("Bước 4", "Lãnh đạo Sở", "Ký duyệt Giấy chứng nhận", "01 ngày làm việc", D(1)),
        St("Bước 5", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "Không tính thời gian",
           None),
    ]
    name1 = ("Thủ tục cấp Giấy chứng nhận đăng ký hoạt động lần đầu cho tổ chức khoa học và "
             "công nghệ")
    name2 = "Thủ tục cấp lại Giấy chứng nhận đăng ký hoạt động của tổ chức khoa học và công nghệ"
    name3 = ("Thủ tục cấp Giấy chứng nhận đăng ký hoạt động cho văn phòng đại diện, chi nhánh "
             "của tổ chức khoa học và công nghệ")
    cols = ("Bước thực hiện", "Nội dung công việc", "Trách nhiệm thực hiện",
            "Thời gian thực hiện")
    order = ("label", "action", "responsible", "time")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps, order)
                    + [total_row("Tổng thời gian giải quyết thủ tục hành chính", total, 4, 3)],
                    repeat_header=1, widths=[12, 45, 28, 15])

    annex = annex_head("PHỤ LỤC",
                       "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC HOẠT ĐỘNG KHOA "
                       "HỌC VÀ CÔNG NGHỆ THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ KHOA HỌC VÀ CÔNG "
                       "NGHỆ TỈNH CAO BẰNG", "2105/QĐ-UBND", "20/11/2025",
                       "Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng")
    annex += [
        H4("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4("I. Lĩnh vực Hoạt động khoa học và công nghệ"),
        H4(f"1. {name1} (Mã TTHC: 1.013221)"),
        Para("Thời hạn giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
        table(steps1, "10 ngày làm việc"),
        H4(f"2. {name2} (Mã TTHC: 1.013222)"),
        Para("Thời hạn giải quyết: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
        table(steps2, "05 ngày làm việc"),
        H4(f"3. {name3}. Mã số: 1.013224"),
        table(steps3, "05 ngày làm việc"),
    ]
    return Decision(
        name="cao-bang-2105-2025", province="Cao Bằng", city=False, number="2105/QĐ-UBND",
        date="2025-11-20", place_date="Cao Bằng, ngày 20 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
        title="Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực hoạt động khoa "
              "học và công nghệ thuộc phạm vi chức năng quản lý của Sở Khoa học và Công nghệ "
              "tỉnh Cao Bằng",
        bases=BASES_COMMON + [
            ("Căn cứ Quyết định số 3525/QĐ-BKHCN ngày 28 tháng 10 năm 2025 của Bộ trưởng Bộ Khoa "
            "học và Công nghệ về việc công bố thủ tục hành chính mới ban hành, sửa đổi, bổ sung "
            "lĩnh vực hoạt động khoa học và công nghệ;")],
        proposal="Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số "
                 "109/TTr-SKHCN ngày 14 tháng 11 năm 2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 03 thủ tục "
            "hành chính lĩnh vực hoạt động khoa học và công nghệ thuộc phạm vi chức năng quản lý "
            "của Sở Khoa học và Công nghệ tỉnh Cao Bằng (có Phụ lục kèm theo)."),
            ("Điều 2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Trung tâm Phục vụ hành chính "
            "công tỉnh xây dựng quy trình điện tử giải quyết thủ tục hành chính trên Hệ thống "
            "thông tin giải quyết thủ tục hành chính tỉnh theo quy định."),
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Khoa học và Công nghệ; Thủ trưởng "
            "các cơ quan, đơn vị và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
            "Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Cục Kiểm soát TTHC - VPCP;", "- Chủ tịch UBND tỉnh;",
                    "- Trung tâm PVHCC tỉnh;", "- Lưu: VT, KSTT."],
        signature=["CHỦ TỊCH", "Lê Hải Hòa"], signed_as="self", signer_title="CHỦ TỊCH",
        signer_name="Lê Hải Hòa",
        proposed_by={"agency": "Sở Khoa học và Công nghệ",
                     "agency_as_printed": "Sở Khoa học và Công nghệ",
                     "reference": "109/TTr-SKHCN", "date": "2025-11-14",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ "
                                   "trình số 109/TTr-SKHCN ngày 14 tháng 11 năm 2025."},
        annex=annex,
        ips=[IP("1.013221", name1, "province", steps1, D(10),
                "Tổng thời gian giải quyết thủ tục hành chính", "10 ngày làm việc"),
             IP("1.013222", name2, "province", steps2, D(5),
                "Tổng thời gian giải quyết thủ tục hành chính", "05 ngày làm việc"),
             IP("1.013224", name3, "province", steps3, D(5),
                "Tổng thời gian giải quyết thủ tục hành chính", "05 ngày làm việc")],
        notes=["the Chairman signs himself («CHỦ TỊCH»)",
               "the Tờ trình's date in words («ngày 14 tháng 11 năm 2025»)",
               "codes in headings: «(Mã TTHC: …)» and «. Mã số: …»",
               "hours and days mixed in one table", "a decision approving only: no list"],
    )


def dong_nai() -> Decision:
    n_new1 = "Thủ tục cấp Giấy phép tổ chức biểu diễn nghệ thuật trên địa bàn quản lý"
    n_new2 = "Thủ tục tiếp nhận thông báo tổ chức lễ hội cấp tỉnh"
    n_am1 = "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke"
    n_am2 = "Điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke"
    n_ab = "Thủ tục tiếp nhận hồ sơ thông báo tổ chức biểu diễn nghệ thuật"
    law = ("Nghị định số 144/2020/NĐ-CP ngày 14/12/2020; Nghị định số 250/2025/NĐ-CP ngày "
           "22/9/2025 của Chính phủ")
    place = "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai"
    list_annex = annex_head(
        "PHỤ LỤC I",
        "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG VÀ BỊ BÃI BỎ LĨNH VỰC VĂN HÓA "
        "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG NAI",
        "3412/QĐ-UBND", "24 tháng 11 năm 2025", "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai")
    list_annex += [
        H4("PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"),
        list_table([("1", "1.014202", n_new1, "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
                     place, "Theo quy định", law),
                    ("2", "1.014203", n_new2, "05 ngày làm việc", place, "Không", law)],
                   sections={0: "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"}),
        H4("PHẦN II. DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG"),
        list_table([("1", "1.001029", n_am1, "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
                     place, "Theo quy định", law),
                    ("2", "1.001008", n_am2, "04 ngày làm việc", place, "Theo quy định", law)],
                   sections={0: "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"}),
        H4("PHẦN III. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ"),
        Grid([header("STT", "Mã TTHC", "Tên thủ tục hành chính",
                     "Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính"),
              full("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", 4),
              ["1", "1.009400", n_ab, "Nghị định số 250/2025/NĐ-CP ngày 22/9/2025 của Chính phủ"]],
             repeat_header=1),
    ]
    resp1 = "Công chức Sở Văn hóa, Thể thao và Du lịch tại Trung tâm Phục vụ hành chính công tỉnh"
    room = "Phòng Quản lý văn hóa"

    def five_days(result: str) -> list[St]:
        return [
            St("Bước 1", resp1, "Tiếp nhận, kiểm tra hồ sơ; số hóa; chuyển " + room,
               "0,5 ngày làm việc", D(0.5)),
            St("Bước 2", "Lãnh đạo " + room, "Phân công công chức thẩm định", "0,5 ngày làm việc",
               D(0.5)),
            St("Bước 3", "Công chức " + room, "Thẩm định hồ sơ, dự thảo " + result,
               "02 ngày làm việc", D(2)),
            St("Bước 4", "Lãnh đạo Sở", "Ký duyệt " + result, "01 ngày làm việc", D(1)),
            St("Bước 5", "Văn thư Sở", "Đóng dấu, phát hành, chuyển kết quả",
               "01 ngày làm việc", D(1)),
            St("Bước 6", resp1, "Trả kết quả cho tổ chức, cá nhân", "Không tính thời gian", None),
        ]

    s1 = five_days("Giấy phép")
    s2 = five_days("văn bản trả lời")
    s3 = five_days("Giấy phép")
    s4 = [
        St("Bước 1", resp1, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "1/4 ngày làm việc",
           D(0.25)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công công chức thẩm định", "1/4 ngày làm việc",
           D(0.25)),
        St("Bước 3", "Công chức " + room, "Thẩm định hồ sơ, dự thảo Giấy phép điều chỉnh",
           "02 ngày làm việc", D(2)),
        St("Bước 4", "Lãnh đạo Sở", "Ký duyệt Giấy phép điều chỉnh", "01 ngày làm việc", D(1)),
        St("Bước 5", "Văn thư Sở", "Đóng dấu, phát hành, chuyển kết quả", "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 6", resp1, "Trả kết quả cho tổ chức, cá nhân", "Không tính thời gian", None),
    ]
    cols = ("TT", "Trình tự các bước thực hiện", "Đơn vị, người thực hiện", "Thời gian")
    order = ("label", "action", "responsible", "time")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps, order)
                    + [total_row("Tổng thời gian giải quyết", total, 4, 3)], repeat_header=1)

    ip_annex = annex_head(
        "PHỤ LỤC II",
        "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN HÓA THUỘC THẨM QUYỀN GIẢI "
        "QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG NAI", "3412/QĐ-UBND",
        "24 tháng 11 năm 2025", "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai")
    ip_annex += [
        H4("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4("1. " + n_new1), table(s1, "05 ngày làm việc"),
        H4("2. " + n_new2), table(s2, "05 ngày làm việc"),
        H4("3. Thủ tục c" + n_am1[1:]), table(s3, "05 ngày làm việc"),
        H4("4. Thủ tục đ" + n_am2[1:]), table(s4, "04 ngày làm việc"),
    ]
    total_label = "Tổng thời gian giải quyết"
    return Decision(
        name="dong-nai-3412-2025", province="Đồng Nai", city=False, number="3412/QĐ-UBND",
        date="2025-11-24", place_date="Đồng Nai, ngày 24 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
        title="VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG VÀ BỊ "
              "BÃI BỎ; PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN HÓA "
              "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG NAI",
        bases=BASES_COMMON + [
            ("Căn cứ Quyết định số 4120/QĐ-BVHTTDL ngày 30 tháng 10 năm 2025 của Bộ trưởng Bộ Văn "
            "hóa, Thể thao và Du lịch về việc công bố thủ tục hành chính mới ban hành, sửa đổi, "
            "bổ sung và bị bãi bỏ trong lĩnh vực văn hóa;")],
        proposal="Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số "
                 "2849 /TTr-SVHTTDL ngày 14/11/2025.",
        articles=[
            ("Điều 1. Công bố kèm theo Quyết định này Danh mục 02 thủ tục hành chính mới ban hành, "
            "02 thủ tục hành chính sửa đổi, bổ sung và 01 thủ tục hành chính bị bãi bỏ lĩnh vực "
            "văn hóa thuộc thẩm quyền giải quyết của Sở Văn hóa, Thể thao và Du lịch (Phụ lục I)."),
            ("Điều 2. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 04 thủ tục "
            "hành chính lĩnh vực văn hóa thuộc thẩm quyền giải quyết của Sở Văn hóa, Thể thao và "
            "Du lịch (Phụ lục II)."),
            ("Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký. Bãi bỏ các quy trình nội "
            "bộ lĩnh vực văn hóa đã được phê duyệt tại Quyết định số 1802/QĐ-UBND ngày 12/6/2025 "
            "của Chủ tịch UBND tỉnh."),
            ("Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Văn hóa, Thể thao và Du lịch; Chủ "
            "tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi "
            "hành Quyết định này./.")],
        recipients=["- Như Điều 4;", "- Cục KSTTHC (VPCP);", "- CT, các PCT UBND tỉnh;",
                    "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hoàng Yến"],
        signed_as="on_behalf", signer_title="PHÓ CHỦ TỊCH", signer_name="Nguyễn Thị Hoàng Yến",
        proposed_by={"agency": "Sở Văn hóa, Thể thao và Du lịch",
                     "agency_as_printed": "Sở Văn hóa, Thể thao và Du lịch",
                     "reference": "2849/TTr-SVHTTDL", "date": "2025-11-14",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch "
                                   "tại Tờ trình số 2849 /TTr-SVHTTDL ngày 14/11/2025."},
        annex=list_annex + ip_annex,
        ips=[IP("1.014202", n_new1, "province", s1, D(5), total_label, "05 ngày làm việc"),
             IP("1.014203", n_new2, "province", s2, D(5), total_label, "05 ngày làm việc"),
             IP("1.001029", n_am1, "province", s3, D(5), total_label, "05 ngày làm việc"),
             IP("1.001008", n_am2, "province", s4, D(4), total_label, "04 ngày làm việc")],
        procedure_changes={"1.014202": "new", "1.014203": "new", "1.001029": "amended",
                           "1.001008": "amended", "1.009400": "abolished"},
        html_cells="br",
        notes=["a number printed with a space («2849 /TTr-SVHTTDL»)",
               "three list parts: new, amended, abolished",
               ("step tables' headings print no code: the codes are only in the list annex "
               "(two headings add «Thủ tục» before the listed name)"),
               "«1/4 ngày làm việc»", ("Điều 3 abolishes earlier internal procedures, "
               "not a procedure")],
    )


def son_la() -> Decision:
    name1 = ("Thủ tục đăng ký đất đai, tài sản gắn liền với đất lần đầu đối với hộ gia đình, "
             "cá nhân, cộng đồng dân cư")
    name2 = "Thủ tục xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân"
    centre = "Công chức Trung tâm Phục vụ hành chính công xã"
    a = [
        St("Bước 1", centre, "Tiếp nhận, kiểm tra hồ sơ, số hóa hồ sơ; chuyển hồ sơ đến Phòng "
           "Kinh tế", "04 giờ làm việc", H(4)),
        St("Bước 2", "Lãnh đạo Phòng Kinh tế", "Phân công công chức xử lý", "04 giờ làm việc",
           H(4)),
        St("Bước 3", "Công chức Phòng Kinh tế", "Kiểm tra hồ sơ, xác minh thực địa (nếu cần); "
           "niêm yết công khai; dự thảo văn bản", "88 giờ làm việc", H(88)),
        St("Bước 4", "Lãnh đạo Phòng Kinh tế", "Xem xét, trình Lãnh đạo UBND xã",
           "08 giờ làm việc", H(8)),
        St("Bước 5", "Lãnh đạo UBND xã", "Ký duyệt kết quả", "08 giờ làm việc", H(8)),
        St("Bước 6", "Văn thư UBND xã", "Vào số, đóng dấu, chuyển kết quả",
           "08 giờ làm việc", H(8)),
        St("Bước 7", centre, "Trả kết quả cho công dân", "Giờ hành chính", None),
    ]
    b = [
        St("Bước 1", centre, "Tiếp nhận, kiểm tra hồ sơ, số hóa hồ sơ; chuyển hồ sơ đến Phòng "
           "Kinh tế", "04 giờ làm việc", H(4)),
        St("Bước 2", "Lãnh đạo Phòng Kinh tế", "Phân công công chức xử lý", "04 giờ làm việc",
           H(4)),
        St("Bước 3", "Công chức Phòng Kinh tế", "Kiểm tra hồ sơ, xác minh thực địa; niêm yết "
           "công khai; gửi hồ sơ đến Chi nhánh Văn phòng đăng ký đất đai", "56 giờ làm việc",
           H(56)),
        St("Bước 4", "Chi nhánh Văn phòng đăng ký đất đai", "Cập nhật hồ sơ địa chính, in Giấy "
           "chứng nhận", "72 giờ làm việc", H(72)),
        St("Bước 5", "Lãnh đạo Phòng Kinh tế", "Xem xét, trình Lãnh đạo UBND xã",
           "08 giờ làm việc", H(8)),
        St("Bước 6", "Lãnh đạo UBND xã", "Ký Giấy chứng nhận", "16 giờ làm việc", H(16)),
        St("Bước 7", "Văn thư UBND xã", "Vào số, đóng dấu, chuyển kết quả",
           "08 giờ làm việc", H(8)),
        St("Bước 8", centre, "Trả kết quả cho công dân", "Giờ hành chính", None),
    ]
    c = [
        St("Bước 1", centre, "Tiếp nhận, kiểm tra hồ sơ; chuyển hồ sơ đến Phòng Kinh tế",
           "04 giờ làm việc", H(4)),
        St("Bước 2", "Lãnh đạo Phòng Kinh tế", "Phân công công chức xử lý", "04 giờ làm việc",
           H(4)),
        St("Bước 3", "Công chức Phòng Kinh tế", "Thẩm tra hồ sơ, dự thảo văn bản xác nhận",
           "16 giờ làm việc", H(16)),
        St("Bước 4", "Lãnh đạo UBND xã", "Ký văn bản xác nhận", "08 giờ làm việc", H(8)),
        St("Bước 5", "Văn thư UBND xã", "Vào số văn bản", SAME, None),
        St("Bước 6", centre, "Trả kết quả cho công dân", "Giờ hành chính", None),
    ]
    cols = ("Các bước", "Trách nhiệm thực hiện", "Nội dung công việc", "Thời gian thực hiện")

    def table(steps, total_text):
        return Grid([header(*cols)] + step_rows(steps)
                    + [total_row("Tổng thời gian giải quyết", total_text, 4, 3)],
                    repeat_header=1)

    # Bước 4 and Bước 5 of the last table share one time cell: it belongs to Bước 4 only.
    c_printed = [St(s.label, s.responsible, s.action, s.time, s.duration) for s in c]
    c[4] = St("Bước 5", "Văn thư UBND xã", "Vào số văn bản", "", None)
    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẤT ĐAI THUỘC THẨM "
        "QUYỀN GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN CẤP XÃ TRÊN ĐỊA BÀN TỈNH SƠN LA", "1987/QĐ-UBND",
        "18/11/2025", "Ủy ban nhân dân tỉnh Sơn La")
    annex += [
        H4("THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4(f"1. {name1} (Mã TTHC: 1.012756)"),
        H4("a) Trường hợp đăng ký đất đai, tài sản gắn liền với đất mà không có nhu cầu cấp "
           "Giấy chứng nhận"),
        table(a, "120 giờ làm việc (15 ngày làm việc)"),
        H4("b) Trường hợp đăng ký đất đai, tài sản gắn liền với đất và có nhu cầu cấp Giấy "
           "chứng nhận"),
        table(b, "168 giờ làm việc (21 ngày làm việc)"),
        H4(f"2. {name2} (Mã TTHC: 1.012790)"),
        table(c_printed, "32 giờ làm việc"),
    ]
    label = "Tổng thời gian giải quyết"
    return Decision(
        name="son-la-1987-2025", province="Sơn La", city=False, number="1987/QĐ-UBND",
        date="2025-11-18", place_date="Sơn La, ngày 18 tháng 11 năm 2025",
        issuer_as_printed="ỦY BAN NHÂN DÂN TỈNH SƠN LA",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất "
              "đai thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã trên địa bàn tỉnh Sơn La",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Văn bản số "
                 "215/SNNMT-VP ngày 14-11-2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này 02 quy trình nội bộ giải quyết thủ tục "
            "hành chính lĩnh vực đất đai thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã "
            "trên địa bàn tỉnh Sơn La."),
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            ("Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và Môi trường; Chủ tịch UBND các "
            "xã, phường và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định "
            "này./.")],
        recipients=["- Như Điều 2;", "- TT Tỉnh ủy;", "- TT HĐND tỉnh;", "- Lưu: VT, KSTT."],
        signature=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Đình Việt"],
        signed_as="for_committee", signer_title="CHỦ TỊCH", signer_name="Nguyễn Đình Việt",
        proposed_by={"agency": "Sở Nông nghiệp và Môi trường",
                     "agency_as_printed": "Sở Nông nghiệp và Môi trường",
                     "reference": "215/SNNMT-VP", "date": "2025-11-14",
                     "proposer_title": "Giám đốc", "document_type": "Văn bản",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại "
                                   "Văn bản số 215/SNNMT-VP ngày 14-11-2025."},
        annex=annex,
        ips=[IP("1.012756", name1, "commune", a, H(120), label,
                "120 giờ làm việc (15 ngày làm việc)",
                variant="a) Trường hợp đăng ký đất đai, tài sản gắn liền với đất mà không có "
                        "nhu cầu cấp Giấy chứng nhận"),
             IP("1.012756", name1, "commune", b, H(168), label,
                "168 giờ làm việc (21 ngày làm việc)",
                variant="b) Trường hợp đăng ký đất đai, tài sản gắn liền với đất và có nhu cầu "
                        "cấp Giấy chứng nhận"),
             IP("1.012790", name2, "commune", c, H(32), label, "32 giờ làm việc")],
        notes=["a decision of the Committee, «TM. ỦY BAN NHÂN DÂN»",
               "a letter, «Văn bản số 215/SNNMT-VP ngày 14-11-2025», in place of a Tờ trình",
               "cases «a) Trường hợp …» under one coded heading, commune tier",
               "a time cell merged down over two steps (the second has none)",
               "«Giờ hành chính»"],
    )


def vinh_long() -> Decision:
    name1 = ("Cấp giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh bác sỹ, y sỹ, "
             "điều dưỡng, hộ sinh, kỹ thuật y, dinh dưỡng lâm sàng, cấp cứu viên ngoại viện, "
             "tâm lý lâm sàng")
    name2 = "Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh"
    onestop = "Công chức Sở Y tế tại Trung tâm Phục vụ hành chính công tỉnh"
    room = "Phòng Nghiệp vụ Y"
    path_cell = "05 ngày (đối với hồ sơ đầy đủ); 25 ngày (đối với trường hợp phải xác minh)"

    def paths(third: dict) -> list[St]:
        return [
            St("1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển hồ sơ đến " + room, "0,5 ngày",
               D(0.5)),
            St("2", "Lãnh đạo " + room, "Phân công chuyên viên xử lý", "0,5 ngày", D(0.5)),
            St("3", "Chuyên viên " + room, "Thẩm định hồ sơ; xác minh (nếu có); dự thảo giấy "
               "phép", path_cell, third),
            St("4", "Lãnh đạo " + room, "Xem xét, trình Lãnh đạo Sở", "01 ngày", D(1)),
            St("5", "Lãnh đạo Sở Y tế", "Ký duyệt giấy phép", "02 ngày", D(2)),
            St("6", "Văn thư Sở Y tế", "Vào số, đóng dấu, chuyển kết quả", "01 ngày", D(1)),
            St("7", onestop, "Trả kết quả cho cá nhân", "Không tính thời gian", None),
        ]

    full_path, verify_path = paths(D(5)), paths(D(25))
    s2 = [
        St("1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển hồ sơ đến " + room,
           "04 giờ làm việc", H(4)),
        St("2", "Lãnh đạo " + room, "Phân công chuyên viên xử lý", "04 giờ làm việc", H(4)),
        St("3", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo giấy phép cấp lại",
           "02 ngày làm việc", D(2)),
        St("4", "Lãnh đạo Sở Y tế", "Ký duyệt giấy phép", "01 ngày làm việc", D(1)),
        St("5", "Văn thư Sở Y tế", "Vào số, đóng dấu, chuyển kết quả", "01 ngày làm việc", D(1)),
        St("6", onestop, "Trả kết quả cho cá nhân", "Không tính thời gian", None),
    ]
    cols = ("TT", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời gian thực hiện")
    t1 = Grid([header(*cols)] + step_rows(full_path) + [
        total_row("Tổng thời gian giải quyết", "10 ngày đối với hồ sơ đầy đủ; 30 ngày đối với "
                  "trường hợp phải xác minh", 4, 3)], repeat_header=1)
    t2 = Grid([header(*cols)] + step_rows(s2)
              + [total_row("Tổng cộng", "05 ngày làm việc", 4, 3)], repeat_header=1)
    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC KHÁM BỆNH, CHỮA "
        "BỆNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ TỈNH VĨNH LONG", "2950/QĐ-UBND",
        "21/11/2025", "Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long")
    annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. {name1} (1.012263)"), t1,
        H4(f"2. {name2} (1.012264)"), t2,
    ]
    total = "10 ngày đối với hồ sơ đầy đủ; 30 ngày đối với trường hợp phải xác minh"
    return Decision(
        name="vinh-long-2950-2025", province="Vĩnh Long", city=False, number="2950/QĐ-UBND",
        date="2025-11-21", place_date="Vĩnh Long, ngày 21 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực khám "
              "bệnh, chữa bệnh thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Vĩnh Long",
        bases=BASES_COMMON + [
            ("Căn cứ Quyết định số 1520/QĐ-UBND ngày 01 tháng 7 năm 2025 của Chủ tịch Ủy ban "
            "nhân dân tỉnh về việc ủy quyền cho Chánh Văn phòng Ủy ban nhân dân tỉnh ký thừa ủy "
            "quyền một số văn bản;")],
        proposal="Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 412/TTr-SYT ngày 07 tháng 11 "
                 "năm 2025,",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            "hành chính lĩnh vực khám bệnh, chữa bệnh thuộc thẩm quyền giải quyết của Sở Y tế."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế và các cơ quan, đơn vị có liên "
            "quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KSTT."],
        signature=["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Trần Minh Tâm"],
        signed_as="by_authorisation", signer_title="CHÁNH VĂN PHÒNG", signer_name="Trần Minh Tâm",
        proposed_by={"agency": "Sở Y tế", "agency_as_printed": "Sở Y tế",
                     "reference": "412/TTr-SYT", "date": "2025-11-07",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số "
                                   "412/TTr-SYT ngày 07 tháng 11 năm 2025,"},
        annex=annex,
        ips=[IP("1.012263", name1, "province", full_path, D(10), "Tổng thời gian giải quyết",
                total, variant="10 ngày đối với hồ sơ đầy đủ", variant_is_path=True),
             IP("1.012263", name1, "province", verify_path, D(30), "Tổng thời gian giải quyết",
                total, variant="30 ngày đối với trường hợp phải xác minh",
                variant_is_path=True),
             IP("1.012264", name2, "province", s2, D(5), "Tổng cộng", "05 ngày làm việc")],
        signature_as_paragraphs=True,
        notes=["«TUQ. CHỦ TỊCH / CHÁNH VĂN PHÒNG / (Đã ký)» printed as paragraphs",
               "«Xét đề nghị …» ending with a comma",
               ("alternative paths in one table: one time cell and the total each print two "
               "durations"), "codes in parentheses at the end of the heading",
               "bare «ngày» (working days)"],
    )


def ha_noi() -> Decision:
    n1 = "Cấp bản sao từ sổ gốc"
    n2 = ("Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền "
          "của Việt Nam cấp hoặc chứng nhận")
    n3 = "Cấp bản sao Trích lục hộ tịch"
    where = "Sở Tư pháp; UBND cấp xã"
    list_annex = annex_head(
        "PHỤ LỤC I",
        "DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG "
        "PHẠM VI THÀNH PHỐ HÀ NỘI LĨNH VỰC CHỨNG THỰC, HỘ TỊCH", "5821/QĐ-UBND",
        "21 tháng 11 năm 2025", "Chủ tịch Ủy ban nhân dân Thành phố Hà Nội")
    list_annex.append(list_table(
        [("1", "2.000815", n1, "Ngay trong ngày tiếp nhận yêu cầu", where, "Theo quy định",
          "Nghị định số 23/2015/NĐ-CP"),
         ("2", "2.000908", n2, "Trong ngày", where, "2.000 đồng/trang",
          "Nghị định số 23/2015/NĐ-CP"),
         ("3", "1.004873", n3, "Ngay trong ngày", "UBND cấp xã", "8.000 đồng/bản",
          "Luật Hộ tịch 2014")],
        cols=("STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
              "Cơ quan thực hiện", "Phí, lệ phí", "Căn cứ pháp lý"),
        sections={0: "I. LĨNH VỰC CHỨNG THỰC", 2: "II. LĨNH VỰC HỘ TỊCH"}))
    centre = "Công chức Bộ phận Một cửa (Trung tâm Phục vụ hành chính công Thành phố/ xã, phường)"
    s1 = [
        St("Bước 1", centre, "Tiếp nhận yêu cầu, kiểm tra giấy tờ; chuyển hồ sơ",
           "02 giờ làm việc", H(2)),
        St("Bước 2", "Công chức, viên chức chuyên môn", "Kiểm tra sổ gốc, dự thảo bản sao",
           "04 giờ làm việc", H(4)),
        St("Bước 3", "Lãnh đạo cơ quan", "Ký bản sao", "01 giờ làm việc", H(1)),
        St("Bước 4", "Văn thư", "Đóng dấu, vào sổ", "01 giờ làm việc", H(1)),
        St("Bước 5", centre, "Trả kết quả", "Không tính thời gian", None),
    ]
    s2 = [
        St("Bước 1", centre, "Tiếp nhận, kiểm tra bản chính, bản sao", "01 giờ làm việc", H(1)),
        St("Bước 2", "Người thực hiện chứng thực", "Đối chiếu, ghi lời chứng, ký chứng thực",
           "02 giờ làm việc", H(2)),
        St("Bước 3", "Văn thư", "Đóng dấu, vào sổ chứng thực", "01 giờ làm việc", H(1)),
        St("Bước 4", centre, "Trả kết quả", "Giờ hành chính", None),
    ]
    s3 = [
        St("Bước 1", "Công chức Trung tâm Phục vụ hành chính công xã, phường",
           "Tiếp nhận yêu cầu; chuyển công chức tư pháp - hộ tịch", "02 giờ làm việc", H(2)),
        St("Bước 2", "Công chức tư pháp - hộ tịch", "Tra cứu sổ hộ tịch, dự thảo trích lục",
           "04 giờ làm việc", H(4)),
        St("Bước 3", "Lãnh đạo UBND xã, phường", "Ký trích lục", "02 giờ làm việc", H(2)),
        St("Bước 4", "Công chức Trung tâm Phục vụ hành chính công xã, phường",
           "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("Bước", "Người thực hiện", "Nội dung công việc", "Thời gian")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps)
                    + [total_row("Tổng thời gian thực hiện", total, 4, 3)], repeat_header=1)

    ip_annex = annex_head(
        "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC CHỨNG THỰC, HỘ "
        "TỊCH TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI", "5821/QĐ-UBND", "21 tháng 11 năm 2025",
        "Chủ tịch Ủy ban nhân dân Thành phố Hà Nội")
    ip_annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH THỰC HIỆN TẠI CẤP THÀNH PHỐ VÀ CẤP XÃ (KHÔNG PHỤ THUỘC VÀO "
           "ĐỊA GIỚI HÀNH CHÍNH)"),
        H4(f"1. Thủ tục {n1[0].lower() + n1[1:]} (Mã TTHC: 2.000815)"), table(s1, "08 giờ làm việc"),
        H4(f"2. Thủ tục {n2[0].lower() + n2[1:]} (Mã TTHC: 2.000908)"),
        table(s2, "04 giờ làm việc"),
        H4("II. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4(f"1. Thủ tục {n3[0].lower() + n3[1:]} (Mã TTHC: 1.004873)"),
        table(s3, "08 giờ làm việc"),
    ]
    label = "Tổng thời gian thực hiện"
    return Decision(
        name="ha-noi-5821-2025", province="Hà Nội", city=True, number="5821/QĐ-UBND",
        date="2025-11-21", place_date="Hà Nội, ngày 21 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
        title="Về việc công bố Danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa "
              "giới hành chính và phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh "
              "vực chứng thực, hộ tịch trên địa bàn Thành phố Hà Nội",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 1021/TTr-STP ngày 03 "
                 "tháng 11 năm 2025 và Văn bản số 1187/STP-HCTP ngày 17/11/2025.",
        articles=[
            ("Điều 1. Công bố kèm theo Quyết định này Danh mục 03 thủ tục hành chính thực hiện "
            "không phụ thuộc vào địa giới hành chính trong phạm vi Thành phố lĩnh vực chứng "
            "thực, hộ tịch (Phụ lục I)."),
            ("Điều 2. Phê duyệt quy trình nội bộ giải quyết các thủ tục hành chính nêu tại Điều 1 "
            "(Phụ lục II)."),
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Chánh Văn phòng UBND Thành phố; Giám đốc Sở Tư pháp; Chủ tịch UBND các xã, phường "
            "chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Văn phòng Chính phủ (Cục KSTTHC);",
                    "- Chủ tịch UBND Thành phố;", "- Lưu: VT, KSTTHC."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thu Hà"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Vũ Thu Hà",
        proposed_by={"agency": "Sở Tư pháp", "agency_as_printed": "Sở Tư pháp",
                     "reference": "1021/TTr-STP", "date": "2025-11-03",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số "
                                   "1021/TTr-STP ngày 03 tháng 11 năm 2025 và Văn bản số "
                                   "1187/STP-HCTP ngày 17/11/2025."},
        annex=list_annex + ip_annex,
        ips=[IP("2.000815", n1, "province;commune", s1, H(8), label, "08 giờ làm việc"),
             IP("2.000908", n2, "province;commune", s2, H(4), label, "04 giờ làm việc"),
             IP("1.004873", n3, "commune", s3, H(8), label, "08 giờ làm việc")],
        procedure_changes={"2.000815": "listed", "2.000908": "listed", "1.004873": "listed"},
        notes=["a city: «THÀNH PHỐ HÀ NỘI», «cấp Thành phố» is the province tier",
               "the proposal cites a Tờ trình and a later letter: the Tờ trình is the reference",
               "a list of procedures done «không phụ thuộc vào địa giới hành chính»: listed",
               "tables serving the city and the commune tiers (province;commune)"],
    )


def quang_ninh() -> Decision:
    n1 = ("Công nhận và giải quyết chế độ ưu đãi người hoạt động kháng chiến bị nhiễm chất độc "
          "hóa học")
    n2 = "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ"
    n3 = "Cấp giấy xác nhận thân nhân của người có công"
    law = "Nghị định số 131/2021/NĐ-CP; Nghị định số 55/2023/NĐ-CP"
    list_annex = annex_head(
        "PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG LĨNH VỰC NGƯỜI CÓ CÔNG THUỘC "
        "PHẠM VI QUẢN LÝ CỦA SỞ NỘI VỤ TỈNH QUẢNG NINH", "3120/QĐ-UBND", "25/11/2025",
        "Chủ tịch UBND tỉnh Quảng Ninh")
    list_annex += [
        H4("PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG"),
        list_table([("1", "1.010812", n1, "17 ngày làm việc", ("Trung tâm Phục vụ hành chính "
                     "công cấp xã"), "Không", law),
                    ("2", "1.010829", n2, "12 ngày làm việc", ("Trung tâm Phục vụ hành chính "
                     "công tỉnh"), "Không", law),
                    ("1", "2.001157", n3, "05 ngày làm việc", ("Trung tâm Phục vụ hành chính "
                     "công cấp xã"), "Không", law)],
                   sections={0: "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",
                             2: "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ"}),
    ]
    xa = "Công chức Trung tâm Phục vụ hành chính công cấp xã"
    tinh = "Công chức Trung tâm Phục vụ hành chính công tỉnh"
    s1 = [
        St("1", xa, "Tiếp nhận, kiểm tra, số hóa hồ sơ; chuyển Phòng Văn hóa - Xã hội",
           "04 giờ làm việc", H(4)),
        St("2", "Công chức Phòng Văn hóa - Xã hội", "Xác nhận, lập danh sách; trình Lãnh đạo "
           "UBND xã", "24 giờ làm việc", H(24)),
        St("3", "Lãnh đạo UBND xã", "Ký văn bản đề nghị gửi Sở Nội vụ", "08 giờ làm việc", H(8)),
        St("4", "Văn thư UBND xã", "Phát hành, chuyển hồ sơ đến Sở Nội vụ", "04 giờ làm việc",
           H(4)),
        St("5", tinh, "Tiếp nhận hồ sơ do UBND xã chuyển đến; chuyển Phòng Người có công",
           "04 giờ làm việc", H(4)),
        St("6", "Lãnh đạo Phòng Người có công", "Phân công xử lý", "04 giờ làm việc", H(4)),
        St("7", "Công chức Phòng Người có công", "Thẩm định hồ sơ, dự thảo quyết định",
           "56 giờ làm việc", H(56)),
        St("8", "Lãnh đạo Phòng Người có công", "Xem xét, trình Lãnh đạo Sở", "08 giờ làm việc",
           H(8)),
        St("9", "Lãnh đạo Sở Nội vụ", "Ký quyết định", "16 giờ làm việc", H(16)),
        St("10", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "08 giờ làm việc", H(8)),
        St("11", tinh, "Trả kết quả cho cá nhân", "Không tính thời gian", None),
    ]
    cols = ("TT", "Người thực hiện", "Nội dung công việc", "Thời gian thực hiện")
    t1 = Grid([header(*cols), full("Bước 1: Tại UBND cấp xã", 4)] + step_rows(s1[:4])
              + [total_row("Tổng thời gian tại UBND cấp xã", "40 giờ làm việc", 4, 3),
                 full("Bước 2: Tại Sở Nội vụ", 4)] + step_rows(s1[4:])
              + [total_row("Tổng thời gian tại Sở Nội vụ", "96 giờ làm việc", 4, 3),
                 total_row("Tổng thời gian giải quyết TTHC", "136 giờ làm việc (tương đương 17 "
                           "ngày làm việc)", 4, 3)], repeat_header=1)
    s2 = [
        St("1", tinh, "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Người có công",
           "0,5 ngày làm việc", D(0.5)),
        St("2", "Lãnh đạo Phòng Người có công", "Phân công xử lý", "0,5 ngày làm việc", D(0.5)),
        St("3", "Công chức Phòng Người có công", "Thẩm định hồ sơ, dự thảo quyết định",
           "07 ngày làm việc", D(7)),
        St("4", "Lãnh đạo Phòng Người có công", "Xem xét, trình Lãnh đạo Sở", "01 ngày làm việc",
           D(1)),
        St("5", "Lãnh đạo Sở Nội vụ", "Ký quyết định", "02 ngày làm việc", D(2)),
        St("6", "Văn thư Sở", "Vào số, đóng dấu", "01 ngày làm việc", D(1)),
        St("7", "Văn thư Sở", "Lưu hồ sơ, chuyển kết quả", "Không quy định", None),
        St("8", tinh, "Trả kết quả cho cá nhân", "Không tính thời gian", None),
    ]
    # Bước 6 and Bước 7: the responsible cell «Văn thư Sở» is printed once, merged down.
    s2_rows = step_rows(s2)
    s2_rows[6][1] = SAME
    t2 = Grid([header(*cols)] + s2_rows
              + [total_row("Tổng thời gian giải quyết TTHC", "12 ngày làm việc", 4, 3)],
              repeat_header=1)
    s3 = [
        St("1", xa, "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Văn hóa - Xã hội",
           "04 giờ làm việc", H(4)),
        St("2", "Công chức Phòng Văn hóa - Xã hội", "Thẩm định, dự thảo giấy xác nhận",
           "24 giờ làm việc", H(24)),
        St("3", "Lãnh đạo UBND xã", "Ký giấy xác nhận", "08 giờ làm việc", H(8)),
        St("4", "Văn thư UBND xã", "Vào số, đóng dấu, chuyển kết quả", "04 giờ làm việc", H(4)),
        St("5", xa, "Trả kết quả cho cá nhân", "Không tính thời gian", None),
    ]
    t3 = Grid([header(*cols)] + step_rows(s3)
              + [total_row("Tổng thời gian giải quyết TTHC", "40 giờ làm việc", 4, 3)],
              repeat_header=1)
    ip_annex = annex_head(
        "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC NGƯỜI CÓ CÔNG "
        "THUỘC PHẠM VI QUẢN LÝ CỦA SỞ NỘI VỤ TỈNH QUẢNG NINH", "3120/QĐ-UBND", "25/11/2025",
        "Chủ tịch UBND tỉnh Quảng Ninh")
    ip_annex += [
        H4("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. {n1} - Mã TTHC: 1.010812"), t1,
        H4(f"2. {n2} - Mã TTHC: 1.010829"), t2,
        H4("B. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4(f"1. {n3} - Mã TTHC: 2.001157"), t3,
    ]
    return Decision(
        name="quang-ninh-3120-2025", province="Quảng Ninh", city=False, number="3120/QĐ-UBND",
        date="2025-11-25", place_date="Quảng Ninh, ngày 25 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
        title="Về việc công bố danh mục thủ tục hành chính sửa đổi, bổ sung và phê duyệt quy "
              "trình nội bộ giải quyết thủ tục hành chính lĩnh vực người có công thuộc phạm vi "
              "quản lý của Sở Nội vụ tỉnh Quảng Ninh",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 356/TTr-SNV ngày "
                 "10/11/2025.",
        articles=[
            ("Điều 1. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính sửa đổi, bổ "
            "sung lĩnh vực người có công thuộc phạm vi quản lý của Sở Nội vụ (Phụ lục I) và phê "
            "duyệt quy trình nội bộ giải quyết các thủ tục hành chính này (Phụ lục II)."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Chủ tịch UBND các xã, "
            "phường, đặc khu và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
            "Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Cục KSTTHC - VPCP;", "- Lưu: VT, TTHC."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nghiêm Xuân Cường"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Nghiêm Xuân Cường",
        proposed_by={"agency": "Sở Nội vụ", "agency_as_printed": "Sở Nội vụ",
                     "reference": "356/TTr-SNV", "date": "2025-11-10",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số "
                                   "356/TTr-SNV ngày 10/11/2025."},
        annex=list_annex + ip_annex,
        ips=[IP("1.010812", n1, "province", s1, H(136), "Tổng thời gian giải quyết TTHC",
                "136 giờ làm việc (tương đương 17 ngày làm việc)"),
             IP("1.010829", n2, "province", s2, D(12), "Tổng thời gian giải quyết TTHC",
                "12 ngày làm việc"),
             IP("2.001157", n3, "commune", s3, H(40), "Tổng thời gian giải quyết TTHC",
                "40 giờ làm việc")],
        procedure_changes={"1.010812": "amended", "1.010829": "amended", "2.001157": "amended"},
        html_cells="br",
        notes=[("one table for the commune phase and the province phase («Bước 1: Tại UBND cấp "
               "xã», «Bước 2: Tại Sở Nội vụ»), with part totals, under the province heading "
               "(read as the province's, every step, as the real Nghệ An 3854 is)"),
               "codes after a dash: «- Mã TTHC: …»", "«Không quy định»",
               "a responsible cell merged over two steps that each print their own time",
               "list annex with province and commune sections"],
    )


def dak_lak() -> Decision:
    n_ab1 = ("Cấp Giấy phép hoạt động phát điện đối với nhà máy điện có quy mô công suất dưới "
             "03MW đặt tại địa phương")
    n_ab2 = "Cấp giấy phép hoạt động phân phối điện đến cấp điện áp 35kV tại địa phương"
    n_new1 = ("Cấp giấy phép hoạt động điện lực trong lĩnh vực phát điện đối với nhà máy điện "
              "có quy mô công suất dưới 50MW đặt tại địa phương")
    n_new2 = ("Cấp sửa đổi, bổ sung giấy phép hoạt động điện lực trong lĩnh vực phát điện đối "
              "với nhà máy điện có quy mô công suất dưới 50MW đặt tại địa phương")
    n_unc = "Cấp Giấy xác nhận nội dung quảng cáo thực phẩm"
    law = "Luật Điện lực năm 2024; Nghị định số 61/2025/NĐ-CP ngày 03/3/2025 của Chính phủ"
    place = "Trung tâm Phục vụ hành chính công tỉnh"
    list_annex = annex_head(
        "PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, BỊ BÃI BỎ LĨNH VỰC ĐIỆN THUỘC "
        "PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ CÔNG THƯƠNG TỈNH ĐẮK LẮK", "4410/QĐ-UBND",
        "27/11/2025", "Chủ tịch UBND tỉnh Đắk Lắk")
    list_annex += [
        H4("PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ"),
        Grid([header("STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực",
                     "Cơ quan thực hiện"),
              ["1", "2.000167", n_ab1, "Điện", "Sở Công Thương"],
              ["2", "2.000591", n_ab2, "Điện", "Sở Công Thương"]], repeat_header=1),
        H4("PHẦN II. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"),
        list_table([("1", "1.014470", n_new1, "15 ngày làm việc", place, "Theo quy định", law),
                    ("2", "1.014471", n_new2, "10 ngày làm việc", place, "Theo quy định",
                     law)]),
    ]
    onestop = "Công chức Sở Công Thương tại Trung tâm Phục vụ hành chính công tỉnh"
    room = "Phòng Quản lý năng lượng"
    s1 = [
        St("Bước 1", onestop, "Tiếp nhận, kiểm tra tính đầy đủ của hồ sơ; chuyển " + room,
           "1/4 ngày", D(0.25)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công chuyên viên thẩm định", "04 giờ làm việc",
           H(4)),
        St("Bước 3", "Chuyên viên " + room, "Thẩm định hồ sơ", "06 ngày làm việc", D(6)),
        St("Bước 4", "Chuyên viên " + room, "Kiểm tra thực tế tại nhà máy điện (nếu cần)",
           "03 ngày làm việc", D(3)),
        St("Bước 5", "Chuyên viên " + room, "Dự thảo giấy phép, trình Lãnh đạo Phòng",
           "02 ngày làm việc", D(2)),
        St("Bước 6", "Lãnh đạo " + room, "Xem xét, trình Lãnh đạo Sở", "01 ngày làm việc", D(1)),
        St("Bước 7", "Lãnh đạo Sở", "Ký giấy phép", "02 ngày làm việc", D(2)),
        St("Bước 7", "Văn thư Sở", "Vào số, đóng dấu, chuyển Trung tâm", "1/4 ngày", D(0.25)),
        St("Bước 8", onestop, "Trả kết quả cho tổ chức", "Không tính thời gian", None),
    ]
    cols = ("Trình tự", "Nội dung công việc", "Trách nhiệm", "Thời gian")
    order = ("label", "action", "responsible", "time")
    rows1 = step_rows(s1, order)
    # Bước 3 to Bước 5: one responsible cell merged down over three rows
    rows1[3][2] = SAME
    rows1[4][2] = SAME
    # Bước 7 printed once over two rows (Lãnh đạo Sở signs, Văn thư issues)
    rows1[7][0] = SAME
    t1 = Grid([header(*cols)] + rows1[:6] + [header(*cols)] + rows1[6:]
              + [total_row("Tổng thời gian giải quyết", "15 ngày làm việc", 4, 3)],
              repeat_header=1)
    s2 = [
        St("Bước 1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "1/4 ngày", D(0.25)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công chuyên viên thẩm định", "1/4 ngày", D(0.25)),
        St("Bước 3", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo giấy phép sửa đổi",
           "06 ngày làm việc", D(6)),
        St("Bước 4", "Lãnh đạo " + room, "Xem xét, trình Lãnh đạo Sở", "01 ngày làm việc", D(1)),
        St("Bước 5", "Lãnh đạo Sở", "Ký giấy phép", "02 ngày làm việc", D(2)),
        St("Bước 6", "Văn thư Sở", "Vào số, đóng dấu, chuyển Trung tâm", "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 7", onestop, "Trả kết quả cho tổ chức", "Không tính thời gian", None),
    ]
    t2 = Grid([header(*cols)] + step_rows(s2, order)
              + [total_row("Tổng thời gian giải quyết", "10 ngày làm việc", 4, 3)],
              repeat_header=1)
    s3 = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ; chuyển Phòng Quản lý thương mại",
           "0,5 ngày làm việc", D(0.5)),
        St("Bước 2", "Lãnh đạo Phòng Quản lý thương mại", "Phân công xử lý", "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 3", "Chuyên viên Phòng Quản lý thương mại", "Thẩm định nội dung quảng cáo, dự "
           "thảo Giấy xác nhận", "05 ngày làm việc", D(5)),
        St("Bước 4", "Lãnh đạo Sở", "Ký Giấy xác nhận", "03 ngày làm việc", D(3)),
        St("Bước 5", "Văn thư Sở", "Vào số, đóng dấu", "01 ngày làm việc", D(1)),
        St("Bước 6", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    t3 = Grid([header(*cols)] + step_rows(s3, order)
              + [total_row("Tổng thời gian giải quyết", "10 ngày làm việc", 4, 3)],
              repeat_header=1)
    ip_annex = annex_head(
        "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐIỆN, AN TOÀN "
        "THỰC PHẨM THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ CÔNG THƯƠNG TỈNH ĐẮK LẮK",
        "4410/QĐ-UBND", "27/11/2025", "Chủ tịch UBND tỉnh Đắk Lắk")
    ip_annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4("A. Lĩnh vực Điện"),
        H4(f"1. Thủ tục {n_new1[0].lower() + n_new1[1:]} (Mã TTHC: 1.014470)"), t1,
        H4(f"2. Thủ tục {n_new2[0].lower() + n_new2[1:]} (Mã TTHC: 1.014471)"), t2,
        H4("B. Lĩnh vực An toàn thực phẩm"),
        H4(f"1. Thủ tục {n_unc[0].lower() + n_unc[1:]}"), t3,
    ]
    label = "Tổng thời gian giải quyết"
    return Decision(
        name="dak-lak-4410-2025", province="Đắk Lắk", city=False, number="4410/QĐ-UBND",
        date="2025-11-27", place_date="Đắk Lắk, ngày 27 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
        title="VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, BỊ BÃI BỎ VÀ PHÊ DUYỆT "
              "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐIỆN, AN TOÀN THỰC PHẨM "
              "THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ CÔNG THƯƠNG TỈNH ĐẮK LẮK",
        bases=BASES_COMMON + [
            ("Căn cứ Quyết định số 2380/QĐ-BCT ngày 15 tháng 10 năm 2025 của Bộ trưởng Bộ Công "
            "Thương về việc công bố thủ tục hành chính mới ban hành, thủ tục hành chính bị bãi "
            "bỏ trong lĩnh vực điện;")],
        proposal="Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 188/TTr-SCT ngày "
                 "04/11/2025.",
        articles=[
            ("Điều 1. Công bố kèm theo Quyết định này Danh mục 02 thủ tục hành chính mới ban hành, "
            "02 thủ tục hành chính bị bãi bỏ lĩnh vực điện thuộc phạm vi chức năng quản lý của Sở "
            "Công Thương (Phụ lục I)."),
            ("Điều 2. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành "
            "chính lĩnh vực điện, an toàn thực phẩm (Phụ lục II)."),
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương và các tổ chức, cá nhân có liên "
            "quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Cục KSTTHC, VPCP;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đào Mỹ"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Đào Mỹ",
        proposed_by={"agency": "Sở Công Thương", "agency_as_printed": "Sở Công Thương",
                     "reference": "188/TTr-SCT", "date": "2025-11-04",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số "
                                   "188/TTr-SCT ngày 04/11/2025."},
        annex=list_annex + ip_annex,
        ips=[IP("1.014470", n_new1, "province", s1, D(15), label, "15 ngày làm việc"),
             IP("1.014471", n_new2, "province", s2, D(10), label, "10 ngày làm việc"),
             IP(None, "Thủ tục " + n_unc[0].lower() + n_unc[1:], "province", s3, D(10), label,
                "10 ngày làm việc")],
        procedure_changes={"2.000167": "abolished", "2.000591": "abolished",
                           "1.014470": "new", "1.014471": "new"},
        notes=["list parts in the other order: «PHẦN I. … BỊ BÃI BỎ», «PHẦN II. … MỚI BAN HÀNH»",
               "«1/4 ngày» and «04 giờ làm việc» in one table",
               "the header row repeated inside the table", ("a responsible cell merged over "
               "three steps; «Bước 7» printed once over two steps"),
               "a table whose procedure prints no code anywhere: unplaced"],
    )


def gia_lai() -> Decision:
    n1 = ("Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (công trình không "
          "theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng/"
          "theo giai đoạn cho công trình không theo tuyến/theo giai đoạn cho công trình theo "
          "tuyến trong đô thị/dự án) và nhà ở riêng lẻ")
    n2 = ("Cấp điều chỉnh giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở "
          "riêng lẻ")
    n3 = "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng/điều chỉnh Báo cáo nghiên cứu khả thi đầu tư xây dựng"
    xa = "Công chức Trung tâm Phục vụ hành chính công xã"
    s3 = [
        St("1", "Công chức Sở Xây dựng tại Trung tâm Phục vụ hành chính công tỉnh",
           "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Quản lý xây dựng", "01 ngày làm việc", D(1)),
        St("2", "Lãnh đạo Phòng Quản lý xây dựng", "Phân công thẩm định", "01 ngày làm việc",
           D(1)),
        St("3", "Chuyên viên Phòng Quản lý xây dựng", "Thẩm định, lấy ý kiến các cơ quan liên "
           "quan, dự thảo thông báo kết quả thẩm định", "20 ngày làm việc", D(20)),
        St("4", "Lãnh đạo Phòng Quản lý xây dựng", "Xem xét, trình Lãnh đạo Sở",
           "03 ngày làm việc", D(3)),
        St("5", "Lãnh đạo Sở Xây dựng", "Ký thông báo kết quả thẩm định", "04 ngày làm việc",
           D(4)),
        St("6", "Văn thư Sở Xây dựng", "Vào số, đóng dấu, phát hành", "01 ngày làm việc", D(1)),
        St("7", "Công chức Sở Xây dựng tại Trung tâm Phục vụ hành chính công tỉnh",
           "Trả kết quả", "Không tính thời gian", None),
    ]
    s1 = [
        St("1", xa, "Tiếp nhận, kiểm tra hồ sơ, số hóa; chuyển Phòng Kinh tế, Hạ tầng và Đô "
           "thị", "0,5 ngày làm việc", D(0.5)),
        St("2", "Lãnh đạo Phòng Kinh tế, Hạ tầng và Đô thị", "Phân công xử lý",
           "0,5 ngày làm việc", D(0.5)),
        St("3", "Công chức Phòng Kinh tế, Hạ tầng và Đô thị", "Kiểm tra hồ sơ, kiểm tra thực "
           "địa; dự thảo giấy phép xây dựng", "10 ngày làm việc", D(10)),
        St("4", "Lãnh đạo Phòng Kinh tế, Hạ tầng và Đô thị", "Xem xét, trình Lãnh đạo UBND xã",
           "01 ngày làm việc", D(1)),
        St("5", "Lãnh đạo UBND xã", "Ký giấy phép xây dựng", "02 ngày làm việc", D(2)),
        St("6", "Văn thư UBND xã", "Vào số, đóng dấu, chuyển kết quả", "", None),
        St("7", xa, "Trả kết quả cho chủ đầu tư", "Không tính thời gian", None),
    ]
    s2 = [
        St("1", xa, "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Kinh tế, Hạ tầng và Đô thị",
           "0,5 ngày làm việc", D(0.5)),
        St("2", "Công chức Phòng Kinh tế, Hạ tầng và Đô thị", "Kiểm tra hồ sơ, dự thảo giấy "
           "phép điều chỉnh", "06 ngày làm việc", D(6)),
        St("3", "Lãnh đạo UBND xã", "Ký giấy phép điều chỉnh", "03 ngày làm việc", D(3)),
        St("4", "Văn thư UBND xã", "Vào số, đóng dấu", "0,5 ngày làm việc", D(0.5)),
        St("5", xa, "Trả kết quả cho chủ đầu tư", "Không tính thời gian", None),
    ]
    cols = ("Tên thủ tục hành chính", "Bước", "Nội dung công việc", "Trách nhiệm thực hiện",
            "Thời gian thực hiện")
    order = ("=", "label", "action", "responsible", "time")

    def table(name_cell: str, steps: list[St], total: str | None) -> Grid:
        rows = step_rows(steps, order)
        rows[0][0] = name_cell
        for r in rows[1:]:
            r[0] = SAME
        out = [header(*cols)] + rows
        if total:
            out.append(total_row("Tổng thời gian giải quyết", total, 5, 4))
        return Grid(out, repeat_header=1, widths=[20, 8, 34, 23, 15])

    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC HOẠT ĐỘNG XÂY DỰNG "
        "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ XÂY DỰNG VÀ ỦY BAN NHÂN DÂN CẤP XÃ TỈNH GIA LAI",
        "1650/QĐ-UBND", "19/11/2025", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai")
    annex += [
        H4("I. QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        table(f"{n3} (1.009972)", s3, "30 ngày làm việc"),
        H4("II. QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        table(f"{n1} (1.009994)", s1, "14 ngày làm việc"),
        table(f"{n2} (1.009995)", s2, None),
    ]
    label = "Tổng thời gian giải quyết"
    return Decision(
        name="gia-lai-1650-2025", province="Gia Lai", city=False, number="1650/QĐ-UBND",
        date="2025-11-19", place_date="Gia Lai, ngày 19 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI",
        title="Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực hoạt động xây "
              "dựng thuộc thẩm quyền giải quyết của Sở Xây dựng và Ủy ban nhân dân cấp xã trên "
              "địa bàn tỉnh Gia Lai",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 57/TTr-SXD ngày "
                 "5/11/2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 03 thủ tục "
            "hành chính lĩnh vực hoạt động xây dựng thuộc thẩm quyền giải quyết của Sở Xây dựng "
            "và Ủy ban nhân dân cấp xã trên địa bàn tỉnh Gia Lai."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Xây dựng, Chủ tịch UBND các xã, "
            "phường chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, NC."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Dương Mah Tiệp"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Dương Mah Tiệp",
        proposed_by={"agency": "Sở Xây dựng", "agency_as_printed": "Sở Xây dựng",
                     "reference": "57/TTr-SXD", "date": "2025-11-05",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số "
                                   "57/TTr-SXD ngày 5/11/2025."},
        annex=annex,
        ips=[IP("1.009972", n3, "province", s3, D(30), label, "30 ngày làm việc"),
             IP("1.009994", n1, "commune", s1, D(14), label, "14 ngày làm việc"),
             IP("1.009995", n2, "commune", s2, None)],
        notes=["codes inside the name cell, merged down the first column of each table",
               "no heading above the tables but the tier's", "an empty time cell",
               "a table with no total row", "the Tờ trình's date «5/11/2025»"],
    )


def lam_dong() -> Decision:
    n1 = ("Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với "
          "đất lần đầu đối với tổ chức")
    n2 = "Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót"
    onestop = "Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công tỉnh"
    vp = "Văn phòng Đăng ký đất đai"
    rows_spec = [
        ("1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + vp, "0,5", "0,5", 0.5, 0.5),
        ("2", vp, "Kiểm tra hồ sơ, trích đo địa chính thửa đất (nếu có)", "2,5", "7,5", 2.5, 7.5),
        ("3", "Phòng Quản lý đất đai", ("Thẩm định hồ sơ, trình Lãnh đạo Sở ký Giấy chứng "
         "nhận"), "03", "03", 3, 3),
        ("4", "Lãnh đạo Sở", "Ký Giấy chứng nhận", "02", "02", 2, 2),
        ("5", vp, "Cập nhật hồ sơ địa chính, chuyển kết quả", "02", "02", 2, 2),
        ("6", onestop, "Trả kết quả", "Không tính thời gian", SAME, None, None),
    ]
    cols1 = [header("TT", "Đơn vị thực hiện", "Nội dung công việc")
             + [C("Thời gian thực hiện (ngày làm việc)", colspan=2, bold=True, align="center"),
                SKIP],
             [SAME, SAME, SAME,
              C("Trường hợp không phải trích đo địa chính", bold=True, align="center"),
              C("Trường hợp phải trích đo địa chính", bold=True, align="center")]]
    body = [[r[0], r[1], r[2], r[3], r[4]] for r in rows_spec]
    body[-1][3] = C("Không tính thời gian", colspan=2)
    body[-1][4] = SKIP
    t1 = Grid(cols1 + body + [[C("Tổng thời gian giải quyết", colspan=3, bold=True), SKIP, SKIP,
                               C("10", bold=True), C("15", bold=True)]], repeat_header=2)

    def path(i: int) -> list[St]:
        out = []
        for r in rows_spec:
            v = r[5 + i]
            out.append(St(r[0], r[1], r[2], r[3 + i] if v is not None else
                          "Không tính thời gian", D(v) if v is not None else None))
        return out

    s2 = [
        St("1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + vp, "0,5", D(0.5)),
        St("2", vp, "Kiểm tra, xác định sai sót; lập phiếu đính chính", "03", D(3)),
        St("3", "Lãnh đạo " + vp, "Ký xác nhận nội dung đính chính", "01", D(1)),
        St("4", vp, "Cập nhật hồ sơ địa chính, chuyển kết quả", "0,5", D(0.5)),
        St("5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    t2 = Grid([header("TT", "Đơn vị thực hiện", "Nội dung công việc",
                      "Thời gian thực hiện (ngày làm việc)")] + step_rows(s2)
              + [total_row("Tổng thời gian giải quyết", "05", 4, 3)], repeat_header=1)
    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẤT ĐAI THUỘC THẨM "
        "QUYỀN GIẢI QUYẾT CỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG", "2233/QĐ-UBND",
        "17/11/2025", "Chủ tịch UBND tỉnh Lâm Đồng")
    annex += [
        H4("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. Thủ tục {n1[0].lower() + n1[1:]} (Mã TTHC: 1.012794)"), t1,
        H4(f"2. Thủ tục {n2[0].lower() + n2[1:]} (Mã TTHC: 1.012802)"), t2,
    ]
    return Decision(
        name="lam-dong-2233-2025", province="Lâm Đồng", city=False, number="2233/QĐ-UBND",
        date="2025-11-17", place_date="Lâm Đồng, ngày 17 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất "
              "đai thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số "
                 "1403/TTr-SNNMT ngày 31 tháng 10 năm 2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            "hành chính lĩnh vực đất đai thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi "
            "trường."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và Môi trường; Thủ "
            "trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, TTPVHCC."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Lê Trọng Yên"],
        signed_as="on_behalf", signer_title="PHÓ CHỦ TỊCH THƯỜNG TRỰC",
        signer_name="Lê Trọng Yên",
        proposed_by={"agency": "Sở Nông nghiệp và Môi trường",
                     "agency_as_printed": "Sở Nông nghiệp và Môi trường",
                     "reference": "1403/TTr-SNNMT", "date": "2025-10-31",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại "
                                   "Tờ trình số 1403/TTr-SNNMT ngày 31 tháng 10 năm 2025."},
        annex=annex,
        ips=[IP("1.012794", n1, "province", path(0), D(10), "Tổng thời gian giải quyết", "10",
                variant="Trường hợp không phải trích đo địa chính", variant_is_path=True),
             IP("1.012794", n1, "province", path(1), D(15), "Tổng thời gian giải quyết", "15",
                variant="Trường hợp phải trích đo địa chính", variant_is_path=True),
             IP("1.012802", n2, "province", s2, D(5), "Tổng thời gian giải quyết", "05")],
        notes=["«PHÓ CHỦ TỊCH THƯỜNG TRỰC»",
               ("alternative paths as two time columns under one merged header, each with its "
               "own total"), "bare numbers under «Thời gian thực hiện (ngày làm việc)»",
               "«Không tính thời gian» spanning both path columns"],
    )


def thanh_hoa() -> Decision:
    n1 = "Chuyển trường đối với học sinh trung học phổ thông"
    n2 = "Cho phép trường mầm non, trường mẫu giáo, nhà trẻ hoạt động giáo dục"
    onestop = "Công chức Sở Giáo dục và Đào tạo tại Trung tâm Phục vụ hành chính công tỉnh"
    c11 = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ, chuyển Phòng Giáo dục trung học",
           "04 giờ làm việc", H(4)),
        St("Bước 2", "Chuyên viên Phòng Giáo dục trung học", "Kiểm tra hồ sơ, dự thảo văn bản "
           "đồng ý tiếp nhận", "12 giờ làm việc", H(12)),
        St("Bước 3", "Lãnh đạo Sở", "Ký văn bản", "04 giờ làm việc", H(4)),
        St("Bước 4", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "04 giờ làm việc", H(4)),
        St("Bước 5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    c12 = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ, chuyển Phòng Giáo dục trung học",
           "04 giờ làm việc", H(4)),
        St("Bước 2", "Chuyên viên Phòng Giáo dục trung học", "Kiểm tra hồ sơ, đối chiếu kết "
           "quả học tập, dự thảo văn bản đồng ý tiếp nhận", "20 giờ làm việc", H(20)),
        St("Bước 3", "Lãnh đạo Phòng Giáo dục trung học", "Xem xét, trình Lãnh đạo Sở",
           "04 giờ làm việc", H(4)),
        St("Bước 4", "Lãnh đạo Sở", "Ký văn bản", "08 giờ làm việc", H(8)),
        St("Bước 5", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "04 giờ làm việc", H(4)),
        St("Bước 6", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    xa = "Công chức Trung tâm Phục vụ hành chính công xã"
    s2 = [
        St("Bước 1", xa, "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Văn hóa - Xã hội", "0,5",
           D(0.5)),
        St("Bước 2", "Lãnh đạo Phòng Văn hóa - Xã hội", "Phân công xử lý", "0,5", D(0.5)),
        St("Bước 3", "Công chức Phòng Văn hóa - Xã hội", "Thẩm định hồ sơ, kiểm tra thực tế; "
           "dự thảo quyết định", "09", D(9)),
        St("Bước 4", "Lãnh đạo Phòng Văn hóa - Xã hội", "Xem xét, trình Lãnh đạo UBND xã", "01",
           D(1)),
        St("Bước 5", "Chủ tịch UBND xã", "Ký quyết định", "03", D(3)),
        St("Bước 6", "Văn thư UBND xã", "Vào số, đóng dấu, chuyển kết quả", "0,5", D(0.5)),
        St("Bước 7", xa, "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("Bước thực hiện", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời gian")
    t11 = Grid([header(*cols)] + step_rows(c11)
               + [total_row("Tổng thời gian", "24 giờ làm việc (03 ngày làm việc)", 4, 3)],
               repeat_header=1)
    t12 = Grid([header(*cols)] + step_rows(c12)
               + [total_row("Tổng thời gian", "40 giờ làm việc (05 ngày làm việc)", 4, 3)],
               repeat_header=1)
    t2 = Grid([header("Bước thực hiện", "Đơn vị/người thực hiện", "Nội dung công việc",
                      "Thời gian (ngày làm việc)")] + step_rows(s2)
              + [total_row("Tổng thời gian giải quyết", "15 ngày làm việc", 4, 3)],
              repeat_header=1)
    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO "
        "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO, UBND CẤP XÃ TỈNH THANH HÓA",
        "4875/QĐ-UBND", "26/11/2025", "Chủ tịch UBND tỉnh Thanh Hóa")
    annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. Thủ tục {n1[0].lower() + n1[1:]} - Mã số: 1.005097"),
        H4("1.1. Đối với trường hợp chuyển trường trong tỉnh"), t11,
        H4("1.2. Đối với trường hợp chuyển trường từ tỉnh, thành phố khác đến"), t12,
        H4("II. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4(f"1. Thủ tục {n2[0].lower() + n2[1:]} - Mã số: 1.004443"), t2,
    ]
    return Decision(
        name="thanh-hoa-4875-2025", province="Thanh Hoá", city=False, number="4875/QĐ-UBND",
        date="2025-11-26", place_date="Thanh Hoá, ngày 26 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HOÁ",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo "
              "dục và đào tạo thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo, Ủy ban "
              "nhân dân cấp xã trên địa bàn tỉnh Thanh Hóa",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số "
                 "3316/TTr-SGDĐT ngày 12/11/2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            "hành chính lĩnh vực giáo dục và đào tạo (có Phụ lục kèm theo)."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Giáo dục và Đào tạo, Chủ tịch UBND "
            "các xã, phường chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTTHCNC."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đầu Thanh Tùng"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Đầu Thanh Tùng",
        proposed_by={"agency": "Sở Giáo dục và Đào tạo",
                     "agency_as_printed": "Sở Giáo dục và Đào tạo",
                     "reference": "3316/TTr-SGDĐT", "date": "2025-11-12",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ "
                                   "trình số 3316/TTr-SGDĐT ngày 12/11/2025."},
        annex=annex,
        ips=[IP("1.005097", n1, "province", c11, H(24), "Tổng thời gian",
                "24 giờ làm việc (03 ngày làm việc)",
                variant="1.1. Đối với trường hợp chuyển trường trong tỉnh"),
             IP("1.005097", n1, "province", c12, H(40), "Tổng thời gian",
                "40 giờ làm việc (05 ngày làm việc)",
                variant="1.2. Đối với trường hợp chuyển trường từ tỉnh, thành phố khác đến"),
             IP("1.004443", n2, "commune", s2, D(15), "Tổng thời gian giải quyết",
                "15 ngày làm việc", total_differs=True)],
        notes=["the province written with the old tone placement «THANH HOÁ»",
               "numbered cases «1.1. Đối với trường hợp …» under a heading «- Mã số: …»",
               "bare numbers under «Thời gian (ngày làm việc)»",
               ("a printed total (15 days) that differs from its steps (14.5 days): an open "
               "point, so never «Đạt»")],
    )


def an_giang() -> Decision:
    n1 = "Thủ tục đăng ký thành lập doanh nghiệp tư nhân"
    n2 = "Thủ tục đăng ký thay đổi nội dung đăng ký doanh nghiệp"
    n3 = "Thủ tục hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số trên địa bàn tỉnh An Giang"
    law = "Luật Doanh nghiệp năm 2020; Nghị định số 168/2025/NĐ-CP ngày 30/6/2025"
    place = "Trung tâm Phục vụ hành chính công tỉnh"
    list_annex = annex_head(
        "PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG LĨNH VỰC THÀNH "
        "LẬP VÀ HOẠT ĐỘNG DOANH NGHIỆP THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TÀI CHÍNH TỈNH AN "
        "GIANG", "3301/QĐ-UBND", "28/11/2025", "Chủ tịch UBND tỉnh An Giang")
    list_annex += [
        H4("PHẦN I. THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"),
        list_table([("1", "1.014461.H01", n3, "15 ngày làm việc", place, "Không",
                     "Nghị quyết số 12/2025/NQ-HĐND tỉnh An Giang")]),
        H4("PHẦN II. THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG"),
        list_table([("1", "1.014.111", n1, "03 ngày làm việc", place, "50.000 đồng", law),
                    ("2", "1.014.112", n2, "03 ngày làm việc", place, "50.000 đồng", law)]),
    ]
    onestop = "Công chức Sở Tài chính tại Trung tâm Phục vụ hành chính công tỉnh"
    room = "Phòng Đăng ký kinh doanh"
    s1 = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ; chuyển " + room, "04 giờ làm việc", H(4)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công xử lý", "02 giờ làm việc", H(2)),
        St("Bước 3", "Chuyên viên " + room, "Kiểm tra hồ sơ, nhập dữ liệu, dự thảo Giấy chứng "
           "nhận", "12 giờ làm việc", H(12)),
        St("Bước 4", "Lãnh đạo " + room, "Ký Giấy chứng nhận đăng ký doanh nghiệp",
           "04 giờ làm việc", H(4)),
        St("Bước 5", "Văn thư", "Đóng dấu, chuyển kết quả", "02 giờ làm việc", H(2)),
        St("Bước 6", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    s2a = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ; chuyển " + room, "04 giờ làm việc", H(4)),
        St("Bước 2", "Chuyên viên " + room, "Kiểm tra hồ sơ, cập nhật thông tin, dự thảo Giấy "
           "chứng nhận", "14 giờ làm việc", H(14)),
        St("Bước 3", "Lãnh đạo " + room, "Ký Giấy chứng nhận", "04 giờ làm việc", H(4)),
        St("Bước 4", "Văn thư", "Đóng dấu, chuyển kết quả", "02 giờ làm việc", H(2)),
        St("Bước 5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    s2b = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ; chuyển " + room, "04 giờ làm việc", H(4)),
        St("Bước 2", "Chuyên viên " + room, "Kiểm tra hồ sơ, cập nhật thông tin, dự thảo giấy "
           "xác nhận", "06 giờ làm việc", H(6)),
        St("Bước 3", "Lãnh đạo " + room, "Ký giấy xác nhận", "04 giờ làm việc", H(4)),
        St("Bước 4", "Văn thư", "Đóng dấu, chuyển kết quả", "02 giờ làm việc", H(2)),
        St("Bước 5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    s3 = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ; chuyển Phòng Tài chính doanh nghiệp",
           "0,5 ngày làm việc", D(0.5)),
        St("Bước 2", "Lãnh đạo Phòng Tài chính doanh nghiệp", "Phân công xử lý",
           "0,5 ngày làm việc", D(0.5)),
        St("Bước 3", "Chuyên viên Phòng Tài chính doanh nghiệp", "Thẩm định hồ sơ, dự thảo "
           "quyết định hỗ trợ", "08 ngày làm việc", D(8)),
        St("Bước 4", "Lãnh đạo Phòng Tài chính doanh nghiệp", "Xem xét, trình Lãnh đạo Sở",
           "02 ngày làm việc", D(2)),
        St("Bước 5", "Lãnh đạo Sở", "Ký quyết định hỗ trợ", "03 ngày làm việc", D(3)),
        St("Bước 6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "01 ngày làm việc", D(1)),
        St("Bước 7", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("Thứ tự", "Trách nhiệm", "Nội dung thực hiện", "Thời gian")

    def table(steps, total, repeat_at=None):
        rows = step_rows(steps)
        if repeat_at:
            rows = rows[:repeat_at] + [header(*cols)] + rows[repeat_at:]
        return Grid([header(*cols)] + rows + [total_row("Tổng thời gian", total, 4, 3)],
                    repeat_header=1)

    ip_annex = annex_head(
        "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC THÀNH LẬP VÀ "
        "HOẠT ĐỘNG DOANH NGHIỆP THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TÀI CHÍNH TỈNH AN GIANG",
        "3301/QĐ-UBND", "28/11/2025", "Chủ tịch UBND tỉnh An Giang")
    ip_annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. {n1} (Mã TTHC: 1.014.111)"), table(s1, "24 giờ làm việc", repeat_at=3),
        H4(f"2. {n2} (Mã TTHC: 1.014.112)"),
        H4("a) Trường hợp thay đổi nội dung phải cấp lại Giấy chứng nhận đăng ký doanh "
           "nghiệp"), table(s2a, "24 giờ làm việc"),
        H4("b) Trường hợp thông báo thay đổi nội dung đăng ký doanh nghiệp"),
        table(s2b, "16 giờ làm việc"),
        H4(f"3. {n3} (Mã TTHC: 1.014461.H01)"), table(s3, "15 ngày làm việc"),
    ]
    return Decision(
        name="an-giang-3301-2025", province="An Giang", city=False, number="3301/QĐ-UBND",
        date="2025-11-28", place_date="An Giang, ngày 28 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG",
        title="Về việc công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung và phê "
              "duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực thành lập và hoạt "
              "động doanh nghiệp thuộc thẩm quyền giải quyết của Sở Tài chính tỉnh An Giang",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 985/TTr-STC ngày 13 "
                 "tháng 11 năm 2025.",
        articles=[
            ("Điều 1. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính mới ban hành "
            "và 02 thủ tục hành chính sửa đổi, bổ sung lĩnh vực thành lập và hoạt động doanh "
            "nghiệp (Phụ lục I); phê duyệt quy trình nội bộ giải quyết các thủ tục hành chính "
            "này (Phụ lục II)."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và các tổ chức, cá nhân có "
            "liên quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Phước"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Lê Văn Phước",
        proposed_by={"agency": "Sở Tài chính", "agency_as_printed": "Sở Tài chính",
                     "reference": "985/TTr-STC", "date": "2025-11-13",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số "
                                   "985/TTr-STC ngày 13 tháng 11 năm 2025."},
        annex=list_annex + ip_annex,
        ips=[IP("1.014111", n1, "province", s1, H(24), "Tổng thời gian", "24 giờ làm việc"),
             IP("1.014112", n2, "province", s2a, H(24), "Tổng thời gian", "24 giờ làm việc",
                variant="a) Trường hợp thay đổi nội dung phải cấp lại Giấy chứng nhận đăng ký "
                        "doanh nghiệp"),
             IP("1.014112", n2, "province", s2b, H(16), "Tổng thời gian", "16 giờ làm việc",
                variant="b) Trường hợp thông báo thay đổi nội dung đăng ký doanh nghiệp"),
             IP("1.014461.H01", n3, "province", s3, D(15), "Tổng thời gian",
                "15 ngày làm việc")],
        procedure_changes={"1.014461.H01": "new", "1.014111": "amended", "1.014112": "amended"},
        notes=["codes printed «1.014.111» (read as 1.014111) in the list and the headings",
               "a local code «1.014461.H01»", "cases «a)», «b)» under a coded heading",
               "the header row repeated inside a table"],
    )


def hai_phong() -> Decision:
    n1 = "Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ"
    n2 = "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc"
    onestop = "Công chức Sở Y tế tại Trung tâm Phục vụ hành chính công thành phố"
    s1 = [
        St("B1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Nghiệp vụ Dược",
           "04 giờ làm việc", H(4)),
        St("B2", "Lãnh đạo Phòng Nghiệp vụ Dược", "Phân công xử lý", "04 giờ làm việc", H(4)),
        St("B3", "Chuyên viên Phòng Nghiệp vụ Dược", "Thẩm định hồ sơ, tổng hợp trình Hội đồng "
           "tư vấn cấp chứng chỉ hành nghề dược", "40 giờ làm việc", H(40)),
        St("B4", "Hội đồng tư vấn", "Họp xét hồ sơ (nếu cần)", "Không quy định", None),
        St("B5", "Lãnh đạo Sở Y tế", "Ký Chứng chỉ hành nghề dược", "24 giờ làm việc", H(24)),
        St("B6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "08 giờ làm việc", H(8)),
        St("B7", onestop, "Trả kết quả cho cá nhân", "Giờ hành chính", None),
    ]
    s2 = [
        St("B1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Nghiệp vụ Dược",
           "04 giờ làm việc", H(4)),
        St("B2", "Lãnh đạo Phòng Nghiệp vụ Dược", "Phân công xử lý", "04 giờ làm việc", H(4)),
        St("B3", "Đoàn đánh giá", "Đánh giá thực tế tại cơ sở, lập biên bản", "120 giờ làm việc",
           H(120)),
        St("B4", "Chuyên viên Phòng Nghiệp vụ Dược", "Dự thảo Giấy chứng nhận",
           "08 giờ làm việc", H(8)),
        St("B5", "Lãnh đạo Sở Y tế", "Ký Giấy chứng nhận", "16 giờ làm việc", H(16)),
        St("B6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "08 giờ làm việc", H(8)),
        St("B7", onestop, "Trả kết quả cho cơ sở", "Giờ hành chính", None),
    ]
    cols = ("STT", "Mã TTHC", "Tên thủ tục hành chính", "Bước", "Trách nhiệm thực hiện",
            "Nội dung công việc", "Thời gian")
    rows: list = [header(*cols)]
    for k, (code, name, steps, total) in enumerate(
            [("1.002255", n1, s1, "80 giờ làm việc (10 ngày làm việc)"),
             ("1.004576", n2, s2, "160 giờ làm việc (20 ngày làm việc)")]):
        block = step_rows(steps, ("=", "=", "=", "label", "responsible", "action", "time"))
        block[0][0], block[0][1], block[0][2] = str(k + 1), code, name
        for r in block[1:]:
            r[0] = r[1] = r[2] = SAME
        rows += block
        rows.append([SAME, SAME, SAME] + total_row("Tổng thời gian", total, 4, 3))
    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC DƯỢC PHẨM THUỘC "
        "THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG", "2870/QĐ-UBND", "20/11/2025",
        "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng")
    annex += [H4("THỦ TỤC HÀNH CHÍNH CẤP THÀNH PHỐ"),
              Grid(rows, repeat_header=1, widths=[5, 10, 17, 6, 20, 30, 12])]
    return Decision(
        name="hai-phong-2870-2025", province="Hải Phòng", city=True, number="2870/QĐ-UBND",
        date="2025-11-20", place_date="Hải Phòng, ngày 20 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
        title="Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực dược phẩm thuộc "
              "thẩm quyền giải quyết của Sở Y tế thành phố Hải Phòng",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 611/TTr-SYT ngày "
                 "14-11-2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            "hành chính lĩnh vực dược phẩm thuộc thẩm quyền giải quyết của Sở Y tế."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND thành phố, Giám đốc Sở Y tế và các tổ chức, cá nhân "
            "liên quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT."],
        signature=["CHỦ TỊCH", "Lê Ngọc Châu"], signed_as="self", signer_title="CHỦ TỊCH",
        signer_name="Lê Ngọc Châu",
        proposed_by={"agency": "Sở Y tế", "agency_as_printed": "Sở Y tế",
                     "reference": "611/TTr-SYT", "date": "2025-11-14",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số "
                                   "611/TTr-SYT ngày 14-11-2025."},
        annex=annex,
        ips=[IP("1.002255", n1, "province", s1, H(80), "Tổng thời gian",
                "80 giờ làm việc (10 ngày làm việc)"),
             IP("1.004576", n2, "province", s2, H(160), "Tổng thời gian",
                "160 giờ làm việc (20 ngày làm việc)")],
        notes=["a city whose Chairman signs himself", "the Tờ trình's date «14-11-2025»",
               ("ONE table for two procedures, with «Mã TTHC» and name columns merged down "
               "each procedure's rows, each with its own total row"),
               "«Không quy định» and «Giờ hành chính»"],
    )


def quang_tri() -> Decision:
    n1 = "Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh"
    n2 = "Thủ tục tặng danh hiệu Cờ thi đua của Ủy ban nhân dân cấp tỉnh"
    n3 = "Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã"
    onestop = "Bộ phận Một cửa Sở Nội vụ tại Trung tâm Phục vụ hành chính công tỉnh"
    ban = "Ban Thi đua - Khen thưởng"
    s1 = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ; chuyển " + ban, "0,5 ngày làm việc", D(0.5)),
        St("Bước 2", "Chuyên viên " + ban, "Thẩm định hồ sơ, trình Hội đồng Thi đua - Khen "
           "thưởng", "08 ngày làm việc", D(8)),
        St("Bước 3", "Lãnh đạo Sở Nội vụ", "Ký Tờ trình đề nghị khen thưởng", "02 ngày làm việc",
           D(2)),
        St("Bước 4", "Văn phòng UBND tỉnh", "Thẩm tra, trình Chủ tịch UBND tỉnh",
           "03 ngày làm việc", D(3)),
        St("Bước 5", "Chủ tịch UBND tỉnh", "Ký Quyết định khen thưởng", "06 ngày làm việc", D(6)),
        St("Bước 6", "Văn thư", "Phát hành quyết định", "0,5 ngày làm việc", D(0.5)),
        St("Bước 7", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    s2 = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ; chuyển " + ban, "0,5 ngày làm việc", D(0.5)),
        St("Bước 2", "Chuyên viên " + ban, "Thẩm định hồ sơ, tổng hợp trình Hội đồng",
           "10 ngày làm việc", D(10)),
        St("Bước 3", "Lãnh đạo Sở Nội vụ", "Ký Tờ trình", "02 ngày làm việc", D(2)),
        St("Bước 4", "Văn phòng UBND tỉnh", "Thẩm tra, trình UBND tỉnh", "03 ngày làm việc", D(3)),
        St("Bước 5", "Chủ tịch UBND tỉnh", "Ký Quyết định", "04 ngày làm việc", D(4)),
        St("Bước 6", "Văn thư", "Phát hành quyết định", "0,5 ngày làm việc", D(0.5)),
        St("Bước 7", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    s3 = [
        St("Bước 1", "Công chức Trung tâm Phục vụ hành chính công xã", "Tiếp nhận hồ sơ; chuyển "
           "Phòng Văn hóa - Xã hội", "04 giờ làm việc", H(4)),
        St("Bước 2", "Công chức Phòng Văn hóa - Xã hội", "Thẩm định, dự thảo quyết định",
           "56 giờ làm việc", H(56)),
        St("Bước 3", "Chủ tịch UBND xã", "Ký Quyết định", "16 giờ làm việc", H(16)),
        St("Bước 4", "Văn thư UBND xã", "Vào số, phát hành", "04 giờ làm việc", H(4)),
        St("Bước 5", "Công chức Trung tâm Phục vụ hành chính công xã", "Trả kết quả",
           "Không tính thời gian", None),
    ]
    cols = ("Các bước", "Cơ quan, người thực hiện", "Nội dung công việc", "Thời gian")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps)
                    + [total_row("Tổng thời gian giải quyết", total, 4, 3)], repeat_header=1)

    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC THI ĐUA, KHEN "
        "THƯỞNG TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ", "1532/QĐ-UBND", "12/11/2025",
        "Chủ tịch UBND tỉnh Quảng Trị")
    annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4("1. " + n1), table(s1, "20 ngày làm việc"),
        H4("2. " + n2), table(s2, "20 ngày làm việc"),
        H4("II. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4("1. " + n3 + " (Mã TTHC: 2.000346)"), table(s3, "80 giờ làm việc"),
    ]
    return Decision(
        name="quang-tri-1532-2025", province="Quảng Trị", city=False, number="1532/QĐ-UBND",
        date="2025-11-12", place_date="Quảng Trị, ngày 12 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực thi "
              "đua, khen thưởng trên địa bàn tỉnh Quảng Trị",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 1532 /TTr-SNV ngày "
                 "6/11/2025;",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 03 thủ tục "
            "hành chính lĩnh vực thi đua, khen thưởng."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Chủ tịch UBND các xã, "
            "phường, đặc khu chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, NC."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Nam"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Hoàng Nam",
        proposed_by={"agency": "Sở Nội vụ", "agency_as_printed": "Sở Nội vụ",
                     "reference": "1532/TTr-SNV", "date": "2025-11-06",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 1532 "
                                   "/TTr-SNV ngày 6/11/2025;"},
        annex=annex,
        ips=[IP(None, n1, "province", s1, D(20), "Tổng thời gian giải quyết",
                "20 ngày làm việc"),
             IP(None, n2, "province", s2, D(20), "Tổng thời gian giải quyết",
                "20 ngày làm việc"),
             IP("2.000346", n3, "commune", s3, H(80), "Tổng thời gian giải quyết",
                "80 giờ làm việc")],
        html_cells="br",
        notes=[("two tables whose procedures print no code anywhere (no list annex): "
               "unplaced, never guessed"), "a proposal ending with «;»",
               "the Tờ trình's date «6/11/2025», its number with a space"],
    )


def tuyen_quang() -> Decision:
    """A decision publishing a list only for some procedures, with one table serving both
    tiers by its heading, and numbered cases as «Trường hợp 1:», on a Word page whose
    signature is printed as paragraphs."""
    n1 = "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản"
    n2 = "Thủ tục chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản"
    list_annex = annex_head(
        "PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG VÀ BỊ BÃI BỎ LĨNH VỰC CHỨNG "
        "THỰC THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TƯ PHÁP, UBND CẤP XÃ TỈNH TUYÊN QUANG",
        "2701/QĐ-UBND", "24/11/2025", "Chủ tịch UBND tỉnh Tuyên Quang")
    list_annex += [
        H4("PHẦN I. THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG"),
        list_table([("1", "2.000884", n1, "Trong ngày", "Sở Tư pháp; UBND cấp xã",
                     "10.000 đồng/trường hợp", "Nghị định số 23/2015/NĐ-CP"),
                    ("2", "2.001035", n2, "02 ngày làm việc", "UBND cấp xã", "50.000 đồng",
                     "Nghị định số 23/2015/NĐ-CP")]),
        H4("PHẦN II. THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ"),
        Grid([header("STT", "Mã TTHC", "Tên thủ tục hành chính", "Ghi chú"),
              ["1", "2.000913", ("Thủ tục chứng thực chữ ký người dịch mà người dịch là cộng "
               "tác viên dịch thuật của Phòng Tư pháp"), "Do không còn cấp huyện"]],
             repeat_header=1),
    ]
    centre = "Công chức tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh/xã"
    s1 = [
        St("Bước 1", centre, "Tiếp nhận, kiểm tra giấy tờ", "01 giờ", H(1)),
        St("Bước 2", "Người thực hiện chứng thực", "Ghi lời chứng, ký chứng thực", "02 giờ",
           H(2)),
        St("Bước 3", "Văn thư", "Đóng dấu, vào sổ", "01 giờ", H(1)),
        St("Bước 4", centre, "Trả kết quả", "Không tính thời gian", None),
    ]
    s2a = [
        St("Bước 1", "Công chức Trung tâm Phục vụ hành chính công xã", "Tiếp nhận, kiểm tra hồ "
           "sơ", "04 giờ", H(4)),
        St("Bước 2", "Công chức Tư pháp - Hộ tịch", "Kiểm tra hợp đồng, dự thảo lời chứng",
           "06 giờ", H(6)),
        St("Bước 3", "Chủ tịch/Phó Chủ tịch UBND xã", "Ký chứng thực", "04 giờ", H(4)),
        St("Bước 4", "Văn thư UBND xã", "Đóng dấu, vào sổ", "02 giờ", H(2)),
        St("Bước 5", "Công chức Trung tâm Phục vụ hành chính công xã", "Trả kết quả",
           "Không tính thời gian", None),
    ]
    s2b = [
        St("Bước 1", "Công chức Trung tâm Phục vụ hành chính công xã", "Tiếp nhận, kiểm tra hồ "
           "sơ", "01 giờ", H(1)),
        St("Bước 2", "Chủ tịch/Phó Chủ tịch UBND xã", "Ký chứng thực ngay trong ngày", "02 giờ",
           H(2)),
        St("Bước 3", "Văn thư UBND xã", "Đóng dấu, vào sổ", "01 giờ", H(1)),
        St("Bước 4", "Công chức Trung tâm Phục vụ hành chính công xã", "Trả kết quả",
           "Không tính thời gian", None),
    ]
    cols = ("Bước", "Trách nhiệm", "Nội dung", "Thời gian")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps)
                    + [total_row("Tổng thời gian giải quyết", total, 4, 3)], repeat_header=1)

    ip_annex = annex_head(
        "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC CHỨNG THỰC",
        "2701/QĐ-UBND", "24/11/2025", "Chủ tịch UBND tỉnh Tuyên Quang")
    ip_annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH, CẤP XÃ"),
        H4(f"1. {n1} (2.000884)"), table(s1, "04 giờ làm việc"),
        H4("II. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4(f"1. {n2} (2.001035)"),
        H4("Trường hợp 1: Hợp đồng, giao dịch phức tạp"), table(s2a, "16 giờ làm việc"),
        H4("Trường hợp 2: Hợp đồng, giao dịch được tiếp nhận sau 15 giờ"),
        table(s2b, "04 giờ làm việc"),
    ]
    return Decision(
        name="tuyen-quang-2701-2025", province="Tuyên Quang", city=False, number="2701/QĐ-UBND",
        date="2025-11-24", place_date="Tuyên Quang, ngày 24 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
        title="Về việc công bố danh mục thủ tục hành chính sửa đổi, bổ sung, bị bãi bỏ và phê "
              "duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực chứng thực thuộc "
              "thẩm quyền giải quyết của Sở Tư pháp, Ủy ban nhân dân cấp xã tỉnh Tuyên Quang",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 245/TTr-STP ngày 12 "
                 "tháng 11 năm 2025.",
        articles=[
            ("Điều 1. Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính sửa đổi, bổ "
            "sung và 01 thủ tục hành chính bị bãi bỏ lĩnh vực chứng thực (Phụ lục I)."),
            ("Điều 2. Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực chứng "
            "thực (Phụ lục II)."),
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tư pháp; Chủ tịch UBND các xã, "
            "phường chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 4;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Việt Phương"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Hoàng Việt Phương",
        proposed_by={"agency": "Sở Tư pháp", "agency_as_printed": "Sở Tư pháp",
                     "reference": "245/TTr-STP", "date": "2025-11-12",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số "
                                   "245/TTr-STP ngày 12 tháng 11 năm 2025."},
        annex=list_annex + ip_annex,
        ips=[IP("2.000884", n1, "province;commune", s1, H(4), "Tổng thời gian giải quyết",
                "04 giờ làm việc"),
             IP("2.001035", n2, "commune", s2a, H(16), "Tổng thời gian giải quyết",
                "16 giờ làm việc", variant="Trường hợp 1: Hợp đồng, giao dịch phức tạp"),
             IP("2.001035", n2, "commune", s2b, H(4), "Tổng thời gian giải quyết",
                "04 giờ làm việc",
                variant="Trường hợp 2: Hợp đồng, giao dịch được tiếp nhận sau 15 giờ")],
        procedure_changes={"2.000884": "amended", "2.001035": "amended",
                           "2.000913": "abolished"},
        signature_as_paragraphs=True,
        notes=["a section heading for both tiers, «CẤP TỈNH, CẤP XÃ»: one table, both tiers",
               "cases headed «Trường hợp 1: …», «Trường hợp 2: …» (not lettered)",
               "«04 giờ» (working hours) without «làm việc»",
               "the signature printed as paragraphs, not in a table"],
    )


def khanh_hoa() -> Decision:
    n_new1 = "Thủ tục cấp Thẻ công chứng viên"
    n_new2 = "Thủ tục thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng"
    n_am = "Thủ tục đăng ký hành nghề luật sư với tư cách cá nhân"
    n_ab = "Thủ tục cấp lại Thẻ công chứng viên"
    law = "Luật Công chứng năm 2024; Nghị định số 104/2025/NĐ-CP ngày 15/5/2025"
    place = "Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa"
    cols = ("STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
            "Địa điểm thực hiện", "Phí, lệ phí", "Căn cứ pháp lý")
    list_annex = annex_head(
        "PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG, BỊ BÃI BỎ LĨNH "
        "VỰC CÔNG CHỨNG, LUẬT SƯ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TƯ PHÁP TỈNH KHÁNH HÒA",
        "3890/QĐ-UBND", "26/11/2025", "Chủ tịch UBND tỉnh Khánh Hòa")
    list_annex.append(Grid([
        header(*cols),
        full("I. THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", 7),
        ["1", "1.014520", n_new1, "10 ngày làm việc", place, "Không", law],
        ["2", "1.014521", n_new2, "06 ngày làm việc", place, "Theo quy định", law],
        full("II. THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG", 7),
        ["1", "1.002032.000.00.00.H34", n_am, "10 ngày làm việc", place, "Không",
         "Luật Luật sư; Nghị định số 123/2013/NĐ-CP"],
        full("III. THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ", 7),
        ["1", "1.001665", n_ab, "", "", "", "Luật Công chứng năm 2024"],
    ], repeat_header=1))
    onestop = "Công chức Sở Tư pháp tại Trung tâm Phục vụ hành chính công tỉnh"
    room = "Phòng Bổ trợ tư pháp"
    s1 = [
        St("B1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "04h", H(4)),
        St("B2", "Lãnh đạo " + room, "Phân công xử lý", "04h", H(4)),
        St("B3", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo Quyết định cấp Thẻ",
           "24h", H(24)),
        St("B4", "Lãnh đạo " + room, "Xem xét, trình Lãnh đạo Sở", "04h", H(4)),
        St("B5", "Giám đốc Sở Tư pháp", "Ký Quyết định, Thẻ công chứng viên", "08h", H(8)),
        St("B6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "04h", H(4)),
        St("B7", onestop, "Trả kết quả cho công chứng viên", "Không tính thời gian", None),
    ]
    s2 = [
        St("B1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "0.5 ngày", D(0.5)),
        St("B2", "Lãnh đạo " + room, "Phân công xử lý", "0,5 ngày", D(0.5)),
        St("B3", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo Giấy đăng ký hoạt động",
           "03 ngày", D(3)),
        St("B4", "Giám đốc Sở Tư pháp", "Ký Giấy đăng ký hoạt động", "01 ngày", D(1)),
        St("B5", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "01 ngày", D(1)),
        St("B6", onestop, "Trả kết quả cho Văn phòng công chứng", "Không tính thời gian", None),
    ]
    s3 = [
        St("B1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "0,5 ngày làm việc",
           D(0.5)),
        St("B2", "Lãnh đạo " + room, "Phân công xử lý", "0,5 ngày làm việc", D(0.5)),
        St("B3", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo Giấy đăng ký hành nghề",
           "06 ngày làm việc", D(6)),
        St("B4", "Giám đốc Sở Tư pháp", "Ký Giấy đăng ký hành nghề", "02 ngày làm việc", D(2)),
        St("B5", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "01 ngày làm việc", D(1)),
        St("B6", onestop, "Trả kết quả cho luật sư", "Không tính thời gian", None),
    ]
    forms = ["Mẫu số 01, 02, 03 Phụ lục I Thông tư số 03/2025/TT-VPCP",
             "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu số 04)", "Dự thảo kết quả",
             "Tờ trình", "Quyết định/Giấy chứng nhận", "Sổ theo dõi hồ sơ (Mẫu số 05)",
             "Phiếu trả kết quả (Mẫu số 06)"]
    cols2 = ("Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian",
             "Biểu mẫu/Kết quả")

    def table(steps, total):
        rows = step_rows(steps, ("label", "action", "responsible", "time"))
        rows = [r + [forms[i % len(forms)]] for i, r in enumerate(rows)]
        return Grid([header(*cols2)] + rows + [total_row("Tổng thời gian giải quyết", total, 5,
                                                           3)[:4]],
                    repeat_header=1)

    ip_annex = annex_head(
        "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC CÔNG CHỨNG, LUẬT "
        "SƯ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TƯ PHÁP TỈNH KHÁNH HÒA", "3890/QĐ-UBND",
        "26/11/2025", "Chủ tịch UBND tỉnh Khánh Hòa")
    ip_annex += [
        H4("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. {n_new1}. Mã số TTHC: 1.014520"), table(s1, "48 giờ làm việc"),
        H4(f"2. {n_new2}. Mã số TTHC: 1.014521"), table(s2, "06 ngày làm việc"),
        H4(f"3. {n_am}. Mã số TTHC: 1.002032.000.00.00.H34"), table(s3, "10 ngày làm việc"),
    ]
    label = "Tổng thời gian giải quyết"
    return Decision(
        name="khanh-hoa-3890-2025", province="Khánh Hòa", city=False, number="3890/QĐ-UBND",
        date="2025-11-26", place_date="Khánh Hòa, ngày 26 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        title="Về việc công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bị bãi "
              "bỏ và phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực công "
              "chứng, luật sư thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Khánh Hòa",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Sở Tư pháp tại Tờ trình số 160/TTr-STP ngày 29/10/2025.",
        articles=[
            ("Điều 1. Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính mới ban hành, "
            "01 thủ tục hành chính sửa đổi, bổ sung và 01 thủ tục hành chính bị bãi bỏ lĩnh vực "
            "công chứng, luật sư (Phụ lục I)."),
            ("Điều 2. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 03 thủ tục "
            "hành chính (Phụ lục II)."),
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp và các tổ chức, cá nhân có "
            "liên quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 4;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hòa Nam"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Trần Hòa Nam",
        proposed_by={"agency": "Sở Tư pháp", "agency_as_printed": "Sở Tư pháp",
                     "reference": "160/TTr-STP", "date": "2025-10-29",
                     "proposer_title": None, "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Sở Tư pháp tại Tờ trình số 160/TTr-STP "
                                   "ngày 29/10/2025."},
        annex=list_annex + ip_annex,
        ips=[IP("1.014520", n_new1, "province", s1, H(48), label, "48 giờ làm việc"),
             IP("1.014521", n_new2, "province", s2, D(6), label, "06 ngày làm việc"),
             IP("1.002032.000.00.00.H34", n_am, "province", s3, D(10), label,
                "10 ngày làm việc")],
        procedure_changes={"1.014520": "new", "1.014521": "new",
                           "1.002032.000.00.00.H34": "amended", "1.001665": "abolished"},
        html_thead=True,
        notes=["the list's parts as full-width rows of ONE table (new, amended, abolished)",
               "a long local code «1.002032.000.00.00.H34»", "headings «. Mã số TTHC: …»",
               "a «Biểu mẫu/Kết quả» column after the time, its cells naming «Mẫu số 01…»",
               "«04h», «24h», «0.5 ngày» (a decimal point)",
               "the proposal «Theo đề nghị của Sở Tư pháp …» names no Giám đốc",
               "HTML header rows in <thead> as <th>"],
    )


def ho_chi_minh() -> Decision:
    n1 = "Thủ tục cấp Giấy phép bán buôn sản phẩm rượu"
    n2 = "Thủ tục cấp Giấy phép bán lẻ sản phẩm rượu"
    onestop = "Công chức Sở Công Thương tại Trung tâm Phục vụ hành chính công Thành phố"
    room = "Phòng Quản lý thương mại"

    def a_or_b(check: bool) -> list[St]:
        steps = [
            St("1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "4", H(4)),
            St("2", "Lãnh đạo " + room, "Phân công xử lý", "4", H(4)),
            St("3", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo Giấy phép", "48", H(48)),
        ]
        if check:
            steps.append(St("4", "Đoàn kiểm tra", "Kiểm tra thực tế tại cơ sở", "40", H(40)))
        n = len(steps)
        steps += [
            St(str(n + 1), "Lãnh đạo Sở", "Ký Giấy phép", "8", H(8)),
            St(str(n + 2), "Văn thư Sở", "Vào số, đóng dấu", "8", H(8)),
            St(str(n + 3), "Văn thư Sở", "Chuyển kết quả cho Trung tâm", "8", H(8)),
            St(str(n + 4), onestop, "Trả kết quả cho thương nhân", "Không tính", None),
        ]
        return steps

    a, b = a_or_b(False), a_or_b(True)
    xa = "Công chức Trung tâm Phục vụ hành chính công xã, phường"
    c = [
        St("1", xa, "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Kinh tế", "4", H(4)),
        St("2", "Lãnh đạo Phòng Kinh tế", "Phân công xử lý", "4", H(4)),
        St("3", "Công chức Phòng Kinh tế", "Thẩm định hồ sơ, dự thảo Giấy phép", "40", H(40)),
        St("4", "Lãnh đạo Phòng Kinh tế", "Xem xét, trình Lãnh đạo UBND", "8", H(8)),
        St("5", "Chủ tịch UBND xã, phường", "Ký Giấy phép", "16", H(16)),
        St("6", "Văn thư UBND xã, phường", "Vào số, đóng dấu, chuyển kết quả", "8", H(8)),
        St("7", xa, "Trả kết quả", "Không tính", None),
    ]
    cols = ("TT", "Trách nhiệm thực hiện", "Nội dung công việc", "Thời gian (giờ làm việc)")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps)
                    + [full(f"Tổng thời gian giải quyết: {total}", 4)], repeat_header=1)

    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC LƯU THÔNG HÀNG HÓA "
        "TRONG NƯỚC TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH", "6120/QĐ-UBND", "28/11/2025",
        "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh")
    annex += [
        H4("A. THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ CÔNG THƯƠNG"),
        Para(f"{n1} (Mã TTHC: 2.000636)", bold=True, list_level=0, list_restart=True),
        Para("Trường hợp không phải kiểm tra thực tế tại cơ sở", list_level=1),
        table(a, "80 giờ làm việc (10 ngày làm việc)"),
        Para("Trường hợp phải kiểm tra thực tế tại cơ sở", list_level=1),
        table(b, "120 giờ làm việc (15 ngày làm việc)"),
        H4("B. THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN CẤP XÃ"),
        Para(f"{n2} (Mã TTHC: 2.000620)", bold=True, list_level=0, list_restart=True),
        table(c, "80 giờ làm việc"),
    ]
    return Decision(
        name="ho-chi-minh-6120-2025", province="Hồ Chí Minh", city=True, number="6120/QĐ-UBND",
        date="2025-11-28", place_date="Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
        title="Về phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực lưu thông "
              "hàng hóa trong nước thuộc thẩm quyền giải quyết của Sở Công Thương và Ủy ban nhân "
              "dân xã, phường, đặc khu trên địa bàn Thành phố Hồ Chí Minh",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 7012/TTr-SCT ngày 20 "
                 "tháng 10 năm 2025",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            "hành chính lĩnh vực lưu thông hàng hóa trong nước."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Công Thương, Chủ "
            "tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định "
            "này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Dũng"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Nguyễn Văn Dũng",
        proposed_by={"agency": "Sở Công Thương", "agency_as_printed": "Sở Công Thương",
                     "reference": "7012/TTr-SCT", "date": "2025-10-20",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số "
                                   "7012/TTr-SCT ngày 20 tháng 10 năm 2025"},
        annex=annex,
        ips=[IP("2.000636", n1, "province", a, H(80), "Tổng thời gian giải quyết",
                "80 giờ làm việc (10 ngày làm việc)",
                variant="Trường hợp không phải kiểm tra thực tế tại cơ sở"),
             IP("2.000636", n1, "province", b, H(120), "Tổng thời gian giải quyết",
                "120 giờ làm việc (15 ngày làm việc)",
                variant="Trường hợp phải kiểm tra thực tế tại cơ sở"),
             IP("2.000620", n2, "commune", c, H(80), "Tổng thời gian giải quyết",
                "80 giờ làm việc")],
        notes=[("headings numbered by the word processor (Word numbering, HTML <ol>): "
               "procedures at level 1, cases at level 2, no number in the text"),
               "tier headings naming the Sở and «Ủy ban nhân dân cấp xã» rather than «cấp tỉnh»",
               "bare numbers under «Thời gian (giờ làm việc)»; «Không tính»",
               "the total in one full-width cell «Tổng thời gian giải quyết: …»",
               "a proposal without a final full stop"],
    )


def hue() -> Decision:
    m1 = ("Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất "
          "thực phẩm thuộc thẩm quyền quản lý của Sở Y tế")
    m2 = ("Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất "
          "thực phẩm thuộc thẩm quyền quản lý của Sở Y tế")
    n3 = "Cấp Giấy xác nhận kiến thức về an toàn thực phẩm"
    place = "Trung tâm Phục vụ hành chính công thành phố Huế"
    list_annex = annex_head(
        "PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC AN TOÀN THỰC PHẨM VÀ DINH "
        "DƯỠNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ THÀNH PHỐ HUẾ", "1755/QĐ-UBND",
        "20 tháng 11 năm 2025", "Chủ tịch Ủy ban nhân dân thành phố Huế")
    list_annex.append(list_table(
        [("1", "1.014600", m1, "20 ngày làm việc", place, "Theo quy định",
          "Nghị định số 15/2018/NĐ-CP"),
         ("2", "1.014601", m2, "20 ngày làm việc", place, "Theo quy định",
          "Nghị định số 15/2018/NĐ-CP"),
         ("3", "1.014602", n3, "05 ngày làm việc", place, "30.000 đồng/lần",
          "Thông tư số 67/2021/TT-BTC")]))
    onestop = "Công chức Sở Y tế tại Trung tâm Phục vụ hành chính công thành phố"
    room = "Phòng Quản lý an toàn thực phẩm"
    s1 = [
        St("Bước 1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công xử lý", "0,5 ngày làm việc", D(0.5)),
        St("Bước 3", "Chuyên viên " + room, "Thẩm định hồ sơ; thành lập Đoàn thẩm định",
           "04 ngày làm việc", D(4)),
        St("", "", "Trường hợp hồ sơ chưa đạt yêu cầu: thông báo bằng văn bản cho cơ sở", "",
           None),
        St("Bước 4", "Đoàn thẩm định", "Thẩm định thực tế tại cơ sở", "10 ngày làm việc", D(10)),
        St("Bước 5", "Lãnh đạo Sở", "Ký Giấy chứng nhận", "04 ngày làm việc", D(4)),
        St("Bước 6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "01 ngày làm việc", D(1)),
        St("Bước 7", onestop, "Trả kết quả cho cơ sở", "Ngay sau khi nhận được kết quả", None),
    ]
    s3 = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ; chuyển " + room, "04 giờ làm việc", H(4)),
        St("Bước 2", "Chuyên viên " + room, "Tổ chức kiểm tra kiến thức; chấm bài",
           "24 giờ làm việc", H(24)),
        St("Bước 3", "Lãnh đạo " + room, "Ký Giấy xác nhận", "08 giờ làm việc", H(8)),
        St("Bước 4", "Văn thư", "Vào số, đóng dấu, chuyển kết quả", "04 giờ làm việc", H(4)),
        St("Bước 5", onestop, "Trả kết quả", "Trong ngày", None),
    ]
    cols = ("Trình tự", "Trách nhiệm", "Nội dung", "Thời gian")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps)
                    + [total_row("Tổng thời gian giải quyết", total, 4, 3)], repeat_header=1)

    ip_annex = annex_head(
        "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC AN TOÀN THỰC PHẨM "
        "VÀ DINH DƯỠNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ THÀNH PHỐ HUẾ", "1755/QĐ-UBND",
        "20 tháng 11 năm 2025", "Chủ tịch Ủy ban nhân dân thành phố Huế")
    ip_annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4("1. Nhóm 02 TTHC, gồm:"),
        Para(f"1.1. {m1} (1.014600)"),
        Para(f"1.2. {m2} (1.014601)"),
        table(s1, "20 ngày làm việc"),
        H4(f"2. {n3} (1.014602)"), table(s3, "40 giờ làm việc"),
    ]
    group = f"Nhóm 02 TTHC, gồm: 1.1. {m1} (1.014600) 1.2. {m2} (1.014601)"
    label = "Tổng thời gian giải quyết"
    return Decision(
        name="hue-1755-2025", province="Huế", city=True, number="1755/QĐ-UBND",
        date="2025-11-20", place_date="Huế, ngày 20 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ",
        title="Về việc công bố danh mục thủ tục hành chính mới ban hành và phê duyệt quy trình "
              "nội bộ giải quyết thủ tục hành chính lĩnh vực an toàn thực phẩm và dinh dưỡng "
              "thuộc thẩm quyền giải quyết của Sở Y tế thành phố Huế",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 4457/TTr-SYT ngày 10 tháng "
                 "11 năm 2025.",
        articles=[
            ("Điều 1. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính mới ban hành "
            "lĩnh vực an toàn thực phẩm và dinh dưỡng thuộc thẩm quyền giải quyết của Sở Y tế "
            "(Phụ lục I) và phê duyệt quy trình nội bộ giải quyết các thủ tục hành chính này "
            "(Phụ lục II)."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND thành phố, Giám đốc Sở Y tế và các tổ chức, cá nhân có "
            "liên quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Hải Minh"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Hoàng Hải Minh",
        proposed_by={"agency": "Sở Y tế", "agency_as_printed": "Sở Y tế",
                     "reference": "4457/TTr-SYT", "date": "2025-11-10",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số "
                                   "4457/TTr-SYT ngày 10 tháng 11 năm 2025."},
        annex=list_annex + ip_annex,
        ips=[IP("1.014600", group, "province", s1, D(20), label, "20 ngày làm việc"),
             IP("1.014601", group, "province", s1, D(20), label, "20 ngày làm việc"),
             IP("1.014602", n3, "province", s3, H(40), label, "40 giờ làm việc")],
        procedure_changes={"1.014600": "new", "1.014601": "new", "1.014602": "new"},
        notes=["Huế, a city since 2025 («THÀNH PHỐ HUẾ»: slug hue, not the old province)",
               ("a group heading «Nhóm 02 TTHC, gồm:» whose members print their codes: one "
               "table for both (read here as one internal procedure per member)"),
               ("a row with only an action and no time (a step, not counted), as the real "
               "Lạng Sơn 2487 prints one"), "«Trong ngày» and other prose in the time cell",
               "a list whose parts are not printed: the title and Điều 1 say «mới ban hành»"],
    )


def thai_nguyen() -> Decision:
    n1 = "Thủ tục cấp Giấy phép hoạt động đối với trạm y tế xã"
    n2 = "Thủ tục cấp lại Giấy phép hoạt động đối với trạm y tế xã"
    onestop = "Công chức Sở Y tế tại Trung tâm Phục vụ hành chính công tỉnh"
    room = "Phòng Nghiệp vụ Y"
    s1 = [
        St("Bước 1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công xử lý", "0,5 ngày làm việc", D(0.5)),
        St("Bước 3", "Chuyên viên " + room, "Thẩm định hồ sơ, thẩm định thực tế; dự thảo Giấy "
           "phép", "06 ngày làm việc", D(6)),
        St("Bước 4", "Lãnh đạo Sở Y tế", "Ký Giấy phép hoạt động", "02 ngày làm việc", D(2)),
        St("Bước 5", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "01 ngày làm việc", D(1)),
        St("Bước 6", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    s2 = [
        St("Bước 1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "04 giờ làm việc",
           H(4)),
        St("Bước 2", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo Giấy phép cấp lại",
           "20 giờ làm việc", H(20)),
        St("Bước 3", "Lãnh đạo Sở Y tế", "Ký Giấy phép", "12 giờ làm việc", H(12)),
        St("Bước 4", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "04 giờ làm việc", H(4)),
        St("Bước 5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("Bước", "Trách nhiệm thực hiện", "Nội dung công việc", "Thời gian thực hiện")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps)
                    + [total_row("Tổng thời gian giải quyết", total, 4, 3)], repeat_header=1)

    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC KHÁM BỆNH, CHỮA "
        "BỆNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ TỈNH THÁI NGUYÊN", "3307/QĐ-UBND",
        "19/11/2025", "Chủ tịch UBND tỉnh Thái Nguyên")
    annex += [
        H4("THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. {n1} (Mã TTHC: 1.012270)"), table(s1, "10 ngày làm việc"),
        H4(f"2. {n2} (Mã TTHC: 1.012271)"), table(s2, "40 giờ làm việc"),
    ]
    label = "Tổng thời gian giải quyết"
    return Decision(
        name="thai-nguyen-3307-2025", province="Thái Nguyên", city=False, number="3307/QĐ-UBND",
        date="2025-11-19", place_date="Thái Nguyên, ngày 19 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực khám "
              "bệnh, chữa bệnh thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Thái Nguyên",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 2210/TTr-SYT ngày "
                 "14/11/2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            "hành chính lĩnh vực khám bệnh, chữa bệnh thuộc thẩm quyền giải quyết của Sở Y tế."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế và các tổ chức, cá nhân có liên "
            "quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Nguyễn Thanh Bình",
        proposed_by={"agency": "Sở Y tế", "agency_as_printed": "Sở Y tế",
                     "reference": "2210/TTr-SYT", "date": "2025-11-14",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số "
                                   "2210/TTr-SYT ngày 14/11/2025."},
        annex=annex,
        ips=[IP("1.012270", n1, "province", s1, D(10), label, "10 ngày làm việc"),
             IP("1.012271", n2, "province", s2, H(40), label, "40 giờ làm việc")],
        nfd=True,
        notes=[("typed in «Unicode tổ hợp»: every accented letter decomposed (NFD), in Word and "
               "HTML alike; otherwise an ordinary decision")],
    )


def ninh_binh() -> Decision:
    n_new = "Thủ tục công nhận cây đầu dòng, vườn cây đầu dòng đối với cây công nghiệp, cây ăn quả lâu năm"
    n_ab = "Thủ tục cấp Giấy chứng nhận cơ sở đủ điều kiện sản xuất giống cây trồng"
    n_am1 = "Thủ tục hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai"
    n_am2 = "Thủ tục phê duyệt kế hoạch khuyến nông địa phương"
    law = "Luật Trồng trọt; Nghị định số 131/2025/NĐ-CP ngày 12/6/2025"
    list_annex = annex_head(
        "PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG, BỊ BÃI BỎ LĨNH "
        "VỰC TRỒNG TRỌT, NÔNG NGHIỆP THUỘC PHẠM VI QUẢN LÝ CỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG "
        "TỈNH NINH BÌNH", "2688/QĐ-UBND", "21/11/2025", "Chủ tịch UBND tỉnh Ninh Bình")
    list_cols = ("STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
                 "Cơ quan thực hiện", "Căn cứ pháp lý")
    list_annex += [
        H4("PHẦN I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4("1. Danh mục thủ tục hành chính mới ban hành"),
        list_table([("1", "1.014700", n_new, "15 ngày làm việc", "Sở Nông nghiệp và Môi trường",
                     law)], cols=list_cols),
        H4("2. Danh mục thủ tục hành chính bị bãi bỏ"),
        list_table([("1", "1.003010", n_ab, "", "Sở Nông nghiệp và Môi trường", law)],
                   cols=list_cols),
        H4("PHẦN II. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4("1. Danh mục thủ tục hành chính sửa đổi, bổ sung"),
        list_table([("1", "1.014701", n_am1, "10 ngày làm việc", "UBND cấp xã", law),
                    ("2", "2.001827", n_am2, "10 ngày làm việc", "UBND cấp xã", law)],
                   cols=list_cols),
    ]
    onestop = "Công chức Sở Nông nghiệp và Môi trường tại Trung tâm Phục vụ hành chính công tỉnh"
    s1 = [
        St("1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển Chi cục Trồng trọt và Bảo vệ thực vật",
           "Không quá 01 ngày làm việc", D(1)),
        St("2", "Chi cục Trồng trọt và Bảo vệ thực vật", "Thẩm định hồ sơ, đánh giá thực tế; dự "
           "thảo quyết định công nhận", "Không quá 10 ngày làm việc", D(10)),
        St("3", "Lãnh đạo Sở", "Ký quyết định công nhận", "Không quá 03 ngày làm việc", D(3)),
        St("4", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "01 ngày làm việc", D(1)),
        St("5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    xa = "Công chức Trung tâm Phục vụ hành chính công xã"
    s2 = [
        St("1", xa, "Tiếp nhận hồ sơ; chuyển Phòng Kinh tế", "0,5 ngày làm việc", D(0.5)),
        St("2", "Công chức Phòng Kinh tế", "Kiểm tra thực tế thiệt hại, dự thảo quyết định hỗ "
           "trợ", "06 ngày làm việc", D(6)),
        St("3", "Lãnh đạo Phòng Kinh tế", "Xem xét, trình Lãnh đạo UBND xã", "01 ngày làm việc",
           D(1)),
        St("4", "Chủ tịch UBND xã", "Ký quyết định hỗ trợ", "02 ngày làm việc", D(2)),
        St("5", "Văn thư UBND xã", "Vào số, đóng dấu, chuyển kết quả", "0,5 ngày làm việc",
           D(0.5)),
        St("6", xa, "Trả kết quả", "Không tính thời gian", None),
    ]
    s3 = [
        St("1", xa, "Tiếp nhận hồ sơ; chuyển Phòng Kinh tế", "0,5 ngày làm việc", D(0.5)),
        St("2", "Công chức Phòng Kinh tế", "Thẩm định kế hoạch, dự thảo quyết định phê duyệt",
           "07 ngày làm việc", D(7)),
        St("3", "Chủ tịch UBND xã", "Ký quyết định phê duyệt", "02 ngày làm việc", D(2)),
        St("4", "Văn thư UBND xã", "Vào số, chuyển kết quả", "0,5 ngày làm việc", D(0.5)),
        St("5", xa, "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("TT", "Đơn vị thực hiện", "Nội dung công việc", "Thời gian thực hiện")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps) + [total_row("Cộng", total, 4, 3)],
                    repeat_header=1)

    ip_annex = annex_head(
        "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC TRỒNG TRỌT, NÔNG "
        "NGHIỆP THUỘC PHẠM VI QUẢN LÝ CỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NINH BÌNH",
        "2688/QĐ-UBND", "21/11/2025", "Chủ tịch UBND tỉnh Ninh Bình")
    ip_annex += [
        H4("PHẦN I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. {n_new} (Mã TTHC: 1.014700)"), table(s1, "15 ngày làm việc"),
        H4("PHẦN II. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4(f"1. {n_am1} (Mã TTHC: 1.014701)"), table(s2, "10 ngày làm việc"),
        H4(f"2. {n_am2} (Mã TTHC: 2.001827)"), table(s3, "10 ngày làm việc"),
    ]
    return Decision(
        name="ninh-binh-2688-2025", province="Ninh Bình", city=False, number="2688/QĐ-UBND",
        date="2025-11-21", place_date="Ninh Bình, ngày 21 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
        title="Về việc công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bị bãi "
              "bỏ và phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực trồng "
              "trọt, nông nghiệp thuộc phạm vi quản lý của Sở Nông nghiệp và Môi trường tỉnh Ninh "
              "Bình",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số "
                 "412/TTr-SNNMT ngày 11/11/2025 về việc đề nghị công bố danh mục thủ tục hành "
                 "chính và phê duyệt quy trình nội bộ theo Quyết định số 3901/QĐ-BNNMT ngày "
                 "24/10/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường.",
        articles=[
            ("Điều 1. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính mới ban "
            "hành, 02 thủ tục hành chính sửa đổi, bổ sung và 01 thủ tục hành chính bị bãi bỏ "
            "(Phụ lục I)."),
            "Điều 2. Phê duyệt quy trình nội bộ giải quyết 03 thủ tục hành chính (Phụ lục II).",
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và Môi trường; Chủ tịch "
            "UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 4;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Song Tùng"],
        signed_as="on_behalf", signer_title="PHÓ CHỦ TỊCH", signer_name="Trần Song Tùng",
        proposed_by={"agency": "Sở Nông nghiệp và Môi trường",
                     "agency_as_printed": "Sở Nông nghiệp và Môi trường",
                     "reference": "412/TTr-SNNMT", "date": "2025-11-11",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại "
                                   "Tờ trình số 412/TTr-SNNMT ngày 11/11/2025 về việc đề nghị "
                                   "công bố danh mục thủ tục hành chính và phê duyệt quy trình "
                                   "nội bộ theo Quyết định số 3901/QĐ-BNNMT ngày 24/10/2025 của "
                                   "Bộ trưởng Bộ Nông nghiệp và Môi trường."},
        annex=list_annex + ip_annex,
        ips=[IP("1.014700", n_new, "province", s1, D(15), "Cộng", "15 ngày làm việc"),
             IP("1.014701", n_am1, "commune", s2, D(10), "Cộng", "10 ngày làm việc"),
             IP("2.001827", n_am2, "commune", s3, D(10), "Cộng", "10 ngày làm việc")],
        procedure_changes={"1.014700": "new", "1.003010": "abolished", "1.014701": "amended",
                           "2.001827": "amended"},
        notes=[("list parts by tier («PHẦN I. … CẤP TỈNH», «PHẦN II. … CẤP XÃ») with the change "
               "as numbered sub-headings («1. Danh mục thủ tục hành chính mới ban hành»)"),
               "the proposal goes on «về việc … theo Quyết định số … ngày 24/10/2025»",
               "«Không quá 01 ngày làm việc»", "the total row labelled «Cộng»",
               "blank lines in the signature"],
    )


def lao_cai() -> Decision:
    n1 = "Thủ tục phê duyệt phương án khai thác thực vật rừng thông thường"
    n2 = "Thủ tục xác nhận nguồn gốc gỗ trước khi xuất khẩu"
    n3 = "Thủ tục hỗ trợ đầu tư bảo vệ và phát triển rừng đối với hộ gia đình, cá nhân"
    onestop = "Công chức Sở Nông nghiệp và Môi trường tại Trung tâm Phục vụ hành chính công tỉnh"
    s1 = [
        St("1", onestop, "Tiếp nhận hồ sơ; chuyển Chi cục Kiểm lâm", "1/2", D(0.5)),
        St("2", "Chi cục Kiểm lâm", "Thẩm định phương án, kiểm tra hiện trường; dự thảo quyết "
           "định", "06", D(6)),
        St("3", "Lãnh đạo Sở", "Ký quyết định phê duyệt", "02", D(2)),
        St("4", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "1/2", D(0.5)),
        St("5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    s2 = [
        St("1", onestop, "Tiếp nhận hồ sơ; chuyển Chi cục Kiểm lâm", "04 giờ làm việc", H(4)),
        St("2", "Chi cục Kiểm lâm", "Kiểm tra hồ sơ, đối chiếu, dự thảo văn bản xác nhận",
           "16 giờ làm việc", H(16)),
        St("3", "Lãnh đạo Chi cục Kiểm lâm", "Ký văn bản xác nhận", "02 giờ làm việc", H(2)),
        St("4", "Văn thư Chi cục", "Vào số, chuyển kết quả", "02 giờ làm việc", H(2)),
        St("5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    xa = "Công chức Trung tâm Phục vụ hành chính công xã, phường"
    s3 = [
        St("1", xa, "Tiếp nhận hồ sơ; chuyển Phòng Kinh tế", "0,5 ngày làm việc", D(0.5)),
        St("2", "Công chức Phòng Kinh tế", "Kiểm tra hồ sơ, hiện trường; dự thảo quyết định",
           "10 ngày làm việc", D(10)),
        St("3", "Chủ tịch UBND xã, phường", "Ký quyết định hỗ trợ", "04 ngày làm việc", D(4)),
        St("4", "Văn thư UBND xã, phường", "Vào số, chuyển kết quả", "0,5 ngày làm việc", D(0.5)),
        St("5", xa, "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("TT", "Đơn vị thực hiện", "Nội dung công việc", "Thời gian giải quyết (ngày làm việc)")
    t1 = Grid([full(f"Tên thủ tục: {n1[8].upper() + n1[9:]} - Mã TTHC: 1.008003", 4),
               header(*cols)] + step_rows(s1)
              + [total_row("Tổng thời gian giải quyết", "09", 4, 3)], repeat_header=2)
    cols2 = ("TT", "Đơn vị thực hiện", "Nội dung công việc", "Thời gian giải quyết")
    t2 = Grid([full(f"Tên thủ tục: {n2[8].upper() + n2[9:]} - Mã TTHC: 1.000047", 4),
               header(*cols2)] + step_rows(s2)
              + [total_row("Tổng thời gian giải quyết", "24 giờ làm việc", 4, 3)],
              repeat_header=2)
    t3 = Grid([full(f"Tên thủ tục: {n3[8].upper() + n3[9:]} - Mã TTHC: 1.007919", 4),
               header(*cols2)] + step_rows(s3)
              + [total_row("Tổng thời gian giải quyết", "15 ngày làm việc", 4, 3)],
              repeat_header=2)
    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC LÂM NGHIỆP VÀ KIỂM "
        "LÂM TRÊN ĐỊA BÀN TỈNH LÀO CAI", "2975/QĐ-UBND", "25/11/2025",
        "Chủ tịch UBND tỉnh Lào Cai")
    annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"), t1, Para(""), t2,
        H4("II. THỦ TỤC HÀNH CHÍNH CẤP XÃ, PHƯỜNG"), t3,
    ]
    label = "Tổng thời gian giải quyết"
    return Decision(
        name="lao-cai-2975-2025", province="Lào Cai", city=False, number="2975/QĐ-UBND",
        date="2025-11-25", place_date="Lào Cai, ngày 25 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực lâm "
              "nghiệp và kiểm lâm trên địa bàn tỉnh Lào Cai",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Công văn số "
                 "5120/SNNMT-CCKL ngày 07/11/2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 03 thủ tục "
            "hành chính lĩnh vực lâm nghiệp và kiểm lâm."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch "
            "UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTT."],
        signature=["KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Giang"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Hoàng Giang",
        proposed_by={"agency": "Sở Nông nghiệp và Môi trường",
                     "agency_as_printed": "Sở Nông nghiệp và Môi trường",
                     "reference": "5120/SNNMT-CCKL", "date": "2025-11-07",
                     "proposer_title": "Giám đốc", "document_type": "Văn bản",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại "
                                   "Công văn số 5120/SNNMT-CCKL ngày 07/11/2025."},
        annex=annex,
        ips=[IP("1.008003", n1, "province", s1, D(9), label, "09"),
             IP("1.000047", n2, "province", s2, H(24), label, "24 giờ làm việc"),
             IP("1.007919", n3, "commune", s3, D(15), label, "15 ngày làm việc")],
        notes=["a letter cited as «Công văn số …» (read as a letter, proposal_letter)",
               "«KT.CHỦ TỊCH» without a space",
               ("the procedure's name and code in the table's first, full-width row "
               "(«Tên thủ tục: … - Mã TTHC: …»), no heading above the tables"),
               "«1/2» under «Thời gian giải quyết (ngày làm việc)»; a bare total «09»",
               "«CẤP XÃ, PHƯỜNG»"],
    )


def phu_tho_draft() -> Decision:
    n1 = ("Thủ tục cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV "
          "và nhà ở riêng lẻ")
    n2 = "Thủ tục cấp giấy phép di dời công trình"
    xa = "Công chức Trung tâm Phục vụ hành chính công xã, phường"
    kt = "Phòng Kinh tế, Hạ tầng và Đô thị"
    a = [
        St("Bước 1", xa, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + kt, "0,5 ngày làm việc", D(0.5)),
        St("Bước 2", "Công chức " + kt, "Kiểm tra hồ sơ, dự thảo giấy phép", "04 ngày làm việc",
           D(4)),
        St("Bước 3", "Lãnh đạo UBND xã, phường", "Ký giấy phép", "02 ngày làm việc", D(2)),
        St("Bước 4", "Văn thư", "Vào số, đóng dấu, chuyển kết quả", "0,5 ngày làm việc", D(0.5)),
        St("Bước 5", xa, "Trả kết quả", "Không tính thời gian", None),
    ]
    b = [
        St("Bước 1", xa, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + kt, "0,5 ngày làm việc", D(0.5)),
        St("Bước 2", "Công chức " + kt, "Kiểm tra hồ sơ, lấy ý kiến cơ quan quản lý chuyên "
           "ngành; dự thảo giấy phép", "10 ngày làm việc", D(10)),
        St("Bước 3", "Lãnh đạo UBND xã, phường", "Ký giấy phép", "03 ngày làm việc", D(3)),
        St("Bước 4", "Văn thư", "Vào số, đóng dấu, chuyển kết quả", "0,5 ngày làm việc", D(0.5)),
        St("Bước 5", xa, "Trả kết quả", "Không tính thời gian", None),
    ]
    c = [
        St("Bước 1", xa, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + kt, "0,5 ngày làm việc", D(0.5)),
        St("Bước 2", "Công chức " + kt, "Kiểm tra hồ sơ, thực địa; dự thảo giấy phép di dời",
           "12 ngày làm việc", D(12)),
        St("Bước 3", "Lãnh đạo UBND xã, phường", "Ký giấy phép", "02 ngày làm việc", D(2)),
        St("Bước 4", "Văn thư", "Vào số, đóng dấu, chuyển kết quả", "0,5 ngày làm việc", D(0.5)),
        St("Bước 5", xa, "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("Bước", "Trách nhiệm thực hiện", "Nội dung công việc", "Thời gian thực hiện")
    va = "a) Trường hợp hồ sơ không phải lấy ý kiến cơ quan quản lý nhà nước chuyên ngành"
    vb = "b) Trường hợp hồ sơ phải lấy ý kiến cơ quan quản lý nhà nước chuyên ngành"
    t1 = Grid([header(*cols), full(va, 4)] + step_rows(a)
              + [total_row("Tổng thời gian giải quyết", "07 ngày làm việc", 4, 3),
                 full(vb, 4)] + step_rows(b)
              + [total_row("Tổng thời gian giải quyết", "14 ngày làm việc", 4, 3)],
              repeat_header=1)
    t2 = Grid([header(*cols)] + step_rows(c)
              + [total_row("Tổng thời gian giải quyết", "15 ngày làm việc", 4, 3)],
              repeat_header=1)
    annex = [
        Para("PHỤ LỤC", align="center", bold=True, page_break=True),
        Para("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC HOẠT ĐỘNG XÂY DỰNG THUỘC "
             "THẨM QUYỀN GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN CẤP XÃ TRÊN ĐỊA BÀN TỈNH PHÚ THỌ",
             align="center", bold=True),
        Para("(Kèm theo Quyết định số       /QĐ-UBND ngày      /11/2025 của Chủ tịch UBND tỉnh "
             "Phú Thọ)", align="center", italic=True),
        H4("THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4(f"1. {n1} (Mã TTHC: 1.009996)"), t1,
        H4(f"2. {n2} (Mã TTHC: 1.009998)"), t2,
    ]
    return Decision(
        name="phu-tho-du-thao-2025", slug="phu-tho", province="Phú Thọ", city=False,
        number="       /QĐ-UBND", date="", place_date="Phú Thọ, ngày      tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
        title="Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực hoạt động xây "
              "dựng thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã trên địa bàn tỉnh "
              "Phú Thọ",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 1480/TTr-SXD ngày "
                 "17/11/2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            "hành chính lĩnh vực hoạt động xây dựng thuộc thẩm quyền giải quyết của Ủy ban nhân "
            "dân cấp xã."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Xây dựng, Chủ tịch UBND các xã, "
            "phường chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="",
        proposed_by={"agency": "Sở Xây dựng", "agency_as_printed": "Sở Xây dựng",
                     "reference": "1480/TTr-SXD", "date": "2025-11-17",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số "
                                   "1480/TTr-SXD ngày 17/11/2025."},
        annex=annex,
        ips=[IP("1.009996", n1, "commune", a, D(7), "Tổng thời gian giải quyết",
                "07 ngày làm việc", variant=va),
             IP("1.009996", n1, "commune", b, D(14), "Tổng thời gian giải quyết",
                "14 ngày làm việc", variant=vb),
             IP("1.009998", n2, "commune", c, D(15), "Tổng thời gian giải quyết",
                "15 ngày làm việc")],
        draft=True,
        notes=[("a DRAFT as a department sends it: «DỰ THẢO», «Số:       /QĐ-UBND», «ngày      "
               "tháng 11 năm 2025», the signature without a name (no number, no date, no "
               "signer's name may be read)"),
               "two cases as full-width rows inside one table, each with its own total row"],
    )


def bac_ninh_draft() -> Decision:
    n1 = "Thủ tục thẩm định dự toán gói thầu mua sắm tài sản công"
    onestop = "Công chức Sở Tài chính tại Trung tâm Phục vụ hành chính công tỉnh"
    s1 = [
        St("Bước 1", onestop, "Tiếp nhận hồ sơ; chuyển Phòng Quản lý giá và công sản",
           "04 giờ làm việc", H(4)),
        St("Bước 2", "Lãnh đạo Phòng Quản lý giá và công sản", "Phân công xử lý",
           "04 giờ làm việc", H(4)),
        St("Bước 3", "Chuyên viên Phòng Quản lý giá và công sản", "Thẩm định dự toán, dự thảo "
           "văn bản thẩm định", "64 giờ làm việc", H(64)),
        St("Bước 4", "Giám đốc Sở Tài chính", "Ký văn bản thẩm định", "04 giờ làm việc", H(4)),
        St("Bước 5", "Văn thư Sở", "Vào số, chuyển kết quả", "04 giờ làm việc", H(4)),
        St("Bước 6", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("Bước", "Trách nhiệm", "Nội dung công việc", "Thời gian")
    t1 = Grid([header(*cols)] + step_rows(s1)
              + [total_row("Tổng thời gian giải quyết", "80 giờ làm việc", 4, 3)],
              repeat_header=1)
    annex = [
        Para("PHỤ LỤC", align="center", bold=True, page_break=True),
        Para("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC QUẢN LÝ CÔNG SẢN THUỘC "
             "THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TÀI CHÍNH TỈNH BẮC NINH", align="center", bold=True),
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. {n1} (Mã TTHC: 1.014830)"), t1,
    ]
    return Decision(
        name="bac-ninh-du-thao-2025", slug="bac-ninh", province="Bắc Ninh", city=False,
        number="      /QĐ-UBND", date="", place_date="Bắc Ninh, ngày     tháng     năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực quản lý "
              "công sản thuộc thẩm quyền giải quyết của Sở Tài chính tỉnh Bắc Ninh",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số       /TTr-STC ngày    "
                 "tháng 11 năm 2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 01 thủ tục "
            "hành chính lĩnh vực quản lý công sản thuộc thẩm quyền giải quyết của Sở Tài chính."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và các cơ quan, đơn vị có "
            "liên quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTT."],
        signature=["CHỦ TỊCH"], signed_as="self", signer_title="CHỦ TỊCH", signer_name="",
        proposed_by={"agency": "Sở Tài chính", "agency_as_printed": "Sở Tài chính",
                     "reference": None, "date": None,
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số       "
                                   "/TTr-STC ngày    tháng 11 năm 2025."},
        annex=annex,
        ips=[IP("1.014830", n1, "province", s1, H(80), "Tổng thời gian giải quyết",
                "80 giờ làm việc")],
        draft=True,
        notes=[("a DRAFT drafted together with its Tờ trình: the Tờ trình's number and day are "
               "left blank too («Tờ trình số       /TTr-STC ngày    tháng 11 năm 2025»), so "
               "neither may be read (no number, no date invented)"),
               "an unsigned «CHỦ TỊCH»"],
    )


NBSP = "\u00a0"


def dong_thap() -> Decision:
    n1 = ("Thủ tục cấp, cấp lại Giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng "
          "thủy sản nuôi chủ lực")
    n2 = "Thủ tục xác nhận nguồn gốc loài thủy sản thuộc Phụ lục Công ước CITES"
    onestop = "Công chức Sở Nông nghiệp và Môi trường tại Trung tâm Phục vụ hành chính công tỉnh"
    xa = "Công chức Trung tâm Phục vụ hành chính công xã"

    def nb(t: str) -> str:
        return t.replace(" ", NBSP)

    a = [
        St("1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển Chi cục Thủy sản", nb("0,5 ngày làm "
           "việc"), D(0.5)),
        St("2", "Lãnh đạo Chi cục Thủy sản", "Phân công xử lý", nb("0,5 ngày làm việc"), D(0.5)),
        St("3", "Chuyên viên Chi cục Thủy sản", "Thẩm định hồ sơ, dự thảo Giấy xác nhận",
           nb("05 ngày làm việc"), D(5)),
        St("4", "Lãnh đạo Chi cục Thủy sản", "Xem xét, trình Lãnh đạo Sở", nb("01 ngày làm việc"),
           D(1)),
        St("5", "Lãnh đạo Sở", "Ký Giấy xác nhận", nb("02 ngày làm việc"), D(2)),
        St("6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", nb("01 ngày làm việc"), D(1)),
        St("7", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    b = [
        St("1", xa, "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Kinh tế", nb("04 giờ"), H(4)),
        St("2", "Lãnh đạo Phòng Kinh tế", "Phân công xử lý", nb("04 giờ"), H(4)),
        St("3", "Công chức Phòng Kinh tế", "Thẩm định hồ sơ, dự thảo Giấy xác nhận",
           nb("24 giờ"), H(24)),
        St("4", "Chủ tịch UBND xã", "Ký Giấy xác nhận", nb("08 giờ"), H(8)),
        St("5", xa, "Trả kết quả", "Không tính thời gian", None),
    ]
    c = [
        St("1", xa, "Tiếp nhận hồ sơ; chuyển Phòng Kinh tế", nb("04 giờ"), H(4)),
        St("2", "Công chức Phòng Kinh tế", "Kiểm tra hồ sơ, dự thảo văn bản xác nhận",
           nb("12 giờ"), H(12)),
        St("3", "Chủ tịch UBND xã", "Ký văn bản xác nhận", nb("04 giờ"), H(4)),
        St("4", "Văn thư UBND xã", "Vào số, chuyển kết quả", "Không tính thời gian", None),
    ]
    results = ["Phiếu tiếp nhận hồ sơ", "Phiếu kiểm soát", "Dự thảo kết quả", "Tờ trình",
               "Giấy xác nhận", "Sổ theo dõi", "Phiếu trả kết quả"]
    cols = ("TT", "Nội dung công việc", "Thời gian thực hiện", "Bộ phận/người thực hiện",
            "Kết quả")

    def table(steps, total):
        rows = step_rows(steps, ("label", "action", "time", "responsible"))
        rows = [r + [results[i % len(results)]] for i, r in enumerate(rows)]
        return Grid([header(*cols)] + rows
                    + [[C("Tổng thời gian giải quyết", colspan=2, bold=True), SKIP,
                        C(nb(total), colspan=3, bold=True), SKIP, SKIP]], repeat_header=1)

    va = "a) Trường hợp thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường"
    vb = "b) Trường hợp thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã"
    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC THỦY SẢN TRÊN ĐỊA "
        "BÀN TỈNH ĐỒNG THÁP", "2210/QĐ-UBND", "24/11/2025", "Chủ tịch UBND tỉnh Đồng Tháp")
    annex += [
        H4("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH, CẤP XÃ"),
        H4(f"1. {n1} (Mã TTHC: 1.004921)"),
        H4(va), table(a, "10 ngày làm việc"),
        H4(vb), table(b, "40 giờ làm việc"),
        H4("II. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        H4(f"1. {n2} (Mã TTHC: 1.004913)"), table(c, "20 giờ làm việc"),
    ]
    label = "Tổng thời gian giải quyết"
    proposal = ("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số "
                "975/TTr-SNNMT ngày 13/11/2025.")
    printed = proposal.replace("Tờ trình số ", f"Tờ{NBSP}trình{NBSP}số{NBSP}").replace(
        " ngày ", f"{NBSP}ngày{NBSP}")
    return Decision(
        name="dong-thap-2210-2025", province="Đồng Tháp", city=False, number="2210/QĐ-UBND",
        date="2025-11-24", place_date=f"Đồng Tháp,{NBSP}ngày 24 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực thủy "
              "sản thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường và Ủy ban nhân "
              "dân cấp xã trên địa bàn tỉnh Đồng Tháp",
        bases=BASES_COMMON, proposal=printed,
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            "hành chính lĩnh vực thủy sản."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch "
            "UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Minh Tuấn"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Huỳnh Minh Tuấn",
        proposed_by={"agency": "Sở Nông nghiệp và Môi trường",
                     "agency_as_printed": "Sở Nông nghiệp và Môi trường",
                     "reference": "975/TTr-SNNMT", "date": "2025-11-13",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": proposal},
        annex=annex,
        ips=[IP("1.004921", n1, "province", a, D(10), label, "10 ngày làm việc", variant=va),
             IP("1.004921", n1, "commune", b, H(40), label, "40 giờ làm việc", variant=vb),
             IP("1.004913", n2, "commune", c, H(20), label, "20 giờ làm việc")],
        notes=[("cases that name the tier («a) Trường hợp thuộc thẩm quyền giải quyết của Sở …», "
               "«b) … của Ủy ban nhân dân cấp xã») under a heading for both tiers: each case "
               "at its own tier, as the real Nghệ An 3857's case is"),
               "no-break spaces (U+00A0) in the proposal and in every time cell",
               "the time column before the responsible one, a «Kết quả» column last"],
    )


def can_tho() -> Decision:
    n1 = "Thủ tục cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam"
    n2 = ("Thủ tục xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động")
    onestop = "Bộ phận Một cửa của Ban Quản lý"
    room = "Phòng Quản lý doanh nghiệp"
    s1 = [
        St("Bước 1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "04 giờ làm việc",
           H(4)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công xử lý", "04 giờ làm việc", H(4)),
        St("Bước 3", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo giấy phép lao động",
           "24 giờ làm việc", H(24)),
        St("Bước 4", "Lãnh đạo Ban", "Ký giấy phép lao động", "04 giờ làm việc", H(4)),
        St("Bước 5", "Văn thư Ban", "Vào số, đóng dấu, chuyển kết quả", "04 giờ làm việc", H(4)),
        St("Bước 6", onestop, "Trả kết quả cho người sử dụng lao động", "Không tính thời gian",
           None),
    ]
    s2 = [
        St("Bước 1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "04 giờ làm việc",
           H(4)),
        St("Bước 2", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo văn bản xác nhận",
           "16 giờ làm việc", H(16)),
        St("Bước 3", "Lãnh đạo Ban", "Ký văn bản xác nhận", "02 giờ làm việc", H(2)),
        St("Bước 4", "Văn thư Ban", "Vào số, chuyển kết quả", "02 giờ làm việc", H(2)),
        St("Bước 5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("Bước", "Người thực hiện", "Nội dung công việc", "Thời gian")
    t1 = Grid(step_rows(s1) + [total_row("Tổng thời gian giải quyết", "40 giờ làm việc", 4, 3)])
    t2 = Grid([header(*cols)] + step_rows(s2)
              + [total_row("Tổng thời gian giải quyết", "24 giờ làm việc", 4, 3)],
              repeat_header=1)
    agency = "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ"
    annex = annex_head(
        "PHỤ LỤC", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC VIỆC LÀM THUỘC THẨM "
        "QUYỀN GIẢI QUYẾT CỦA BAN QUẢN LÝ CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP CẦN THƠ",
        "2630/QĐ-UBND", "27/11/2025", "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ")
    annex += [
        H4("THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA BAN QUẢN LÝ CÁC KHU CHẾ XUẤT VÀ "
           "CÔNG NGHIỆP CẦN THƠ"),
        H4(f"1. {n1} (Mã TTHC: 1.014071)"), t1,
        H4(f"2. {n2} (Mã TTHC: 1.014072)"), t2,
    ]
    label = "Tổng thời gian giải quyết"
    return Decision(
        name="can-tho-2630-2025", province="Cần Thơ", city=True, number="2630/QĐ-UBND",
        date="2025-11-27", place_date="Cần Thơ, ngày 27 tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực việc "
              "làm thuộc thẩm quyền giải quyết của Ban Quản lý các khu chế xuất và công nghiệp "
              "Cần Thơ",
        bases=BASES_COMMON,
        proposal=f"Theo đề nghị của Trưởng ban {agency} tại Tờ trình số 89/TTr-BQL ngày "
                 "12/11/2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            f"hành chính lĩnh vực việc làm thuộc thẩm quyền giải quyết của {agency}."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            (f"Điều 3. Chánh Văn phòng UBND thành phố, Trưởng ban {agency} và các tổ chức, cá "
            "nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thực Hiện"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="Nguyễn Thực Hiện",
        proposed_by={"agency": agency, "agency_as_printed": agency,
                     "reference": "89/TTr-BQL", "date": "2025-11-12",
                     "proposer_title": "Trưởng ban", "document_type": "Tờ trình",
                     "as_printed": f"Theo đề nghị của Trưởng ban {agency} tại Tờ trình số "
                                   "89/TTr-BQL ngày 12/11/2025."},
        annex=annex,
        ips=[IP("1.014071", n1, "province", s1, H(40), label, "40 giờ làm việc"),
             IP("1.014072", n2, "province", s2, H(24), label, "24 giờ làm việc")],
        html_wrap=True,
        notes=[("proposed by a management board, not a Sở («Trưởng ban Ban Quản lý các khu chế "
               "xuất và công nghiệp Cần Thơ»), under a heading naming that board"),
               "a step table printed without its header row",
               "the web page's content inside an outer layout table"],
    )


def quang_ngai_draft() -> Decision:
    n1 = "Thủ tục cấp giấy phép kinh doanh dịch vụ lữ hành nội địa"
    n2 = "Thủ tục cấp đổi giấy phép kinh doanh dịch vụ lữ hành nội địa"
    onestop = "Công chức Sở tại Trung tâm Phục vụ hành chính công tỉnh"
    room = "Phòng Quản lý du lịch"
    s1 = [
        St("Bước 1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 2", "Lãnh đạo " + room, "Phân công xử lý", "0,5 ngày làm việc", D(0.5)),
        St("Bước 3", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo giấy phép",
           "[-05-]{+04+} ngày làm việc", D(4)),
        St("Bước 4", "Lãnh đạo " + room, "Xem xét, trình Lãnh đạo Sở", "01 ngày làm việc", D(1)),
        St("Bước 5", "Lãnh đạo Sở", "Ký giấy phép", "03 ngày làm việc", D(3)),
        St("Bước 6", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "01 ngày làm việc", D(1)),
        St("Bước 7", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    s2 = [
        St("Bước 1", onestop, "Tiếp nhận, kiểm tra hồ sơ; chuyển " + room, "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 2", "Chuyên viên " + room, "Thẩm định hồ sơ, dự thảo giấy phép cấp đổi",
           "02 ngày làm việc", D(2)),
        St("Bước 3", "Lãnh đạo Sở", "Ký giấy phép", "{+01+}[-02-] ngày làm việc", D(1)),
        St("Bước 4", "Văn thư Sở", "Vào số, đóng dấu, chuyển kết quả", "0,5 ngày làm việc",
           D(0.5)),
        St("Bước 5", onestop, "Trả kết quả", "Không tính thời gian", None),
    ]
    cols = ("Bước", "Trách nhiệm thực hiện", "Nội dung công việc", "Thời gian")

    def table(steps, total):
        return Grid([header(*cols)] + step_rows(steps)
                    + [total_row("Tổng thời gian giải quyết", total, 4, 3)], repeat_header=1)

    annex = [
        Para("PHỤ LỤC", align="center", bold=True, page_break=True),
        Para("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC LỮ HÀNH THUỘC THẨM QUYỀN "
             "GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NGÃI", align="center",
             bold=True),
        H4("THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
        H4(f"1. {n1} (Mã TTHC: 1.001440)"), table(s1, "[-11-]{+10+} ngày làm việc"),
        H4(f"2. {n2} (Mã TTHC: 1.001432)"), table(s2, "04 ngày làm việc"),
    ]
    label = "Tổng thời gian giải quyết"
    return Decision(
        name="quang-ngai-du-thao-2025", slug="quang-ngai", province="Quảng Ngãi", city=False,
        number="      /QĐ-UBND", date="", place_date="Quảng Ngãi, ngày     tháng 11 năm 2025",
        issuer_as_printed="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        title="Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực lữ hành "
              "thuộc thẩm quyền giải quyết của Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi",
        bases=BASES_COMMON,
        proposal="Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số "
                 "{+1675+}/TTr-SVHTTDL ngày {+18+}/11/2025.",
        articles=[
            ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 02 thủ tục "
            "hành chính lĩnh vực lữ hành."),
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu "
            "trách nhiệm thi hành Quyết định này./.")],
        recipients=["- Như Điều 3;", "- Lưu: VT, KSTT."],
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signed_as="on_behalf",
        signer_title="PHÓ CHỦ TỊCH", signer_name="",
        proposed_by={"agency": "Sở Văn hóa, Thể thao và Du lịch",
                     "agency_as_printed": "Sở Văn hóa, Thể thao và Du lịch",
                     "reference": "1675/TTr-SVHTTDL", "date": "2025-11-18",
                     "proposer_title": "Giám đốc", "document_type": "Tờ trình",
                     "as_printed": "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch "
                                   "tại Tờ trình số 1675/TTr-SVHTTDL ngày 18/11/2025."},
        annex=annex,
        ips=[IP("1.001440", n1, "province", s1, D(10), label, "10 ngày làm việc"),
             IP("1.001432", n2, "province", s2, D(4), label, "04 ngày làm việc")],
        draft=True,
        notes=[("a draft with its reviewers' tracked changes (Word w:ins / w:del; <ins> / <del> "
               "on the page): the Tờ trình's number and day inserted, two durations and a total "
               "changed; read as the text stands with the changes made")],
    )


CASES = [cao_bang, dong_nai, son_la, vinh_long, ha_noi, quang_ninh, dak_lak, gia_lai, lam_dong,
         thanh_hoa, an_giang, hai_phong, quang_tri, tuyen_quang, khanh_hoa, ho_chi_minh, hue, thai_nguyen, ninh_binh, lao_cai,
         phu_tho_draft, bac_ninh_draft, dong_thap, can_tho, quang_ngai_draft]


def decisions() -> list[Decision]:
    out = [f() for f in CASES]
    for d in out:
        d.check()
    return out


def build(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for d in decisions():
        (folder / f"{d.name}.docx").write_bytes(to_docx(d))
        (folder / f"{d.name}.html").write_text(to_html(d), encoding="utf-8")
        (folder / f"{d.name}.expected.json").write_text(
            json.dumps(d.expected(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        names.append(d.name)
    return names


if __name__ == "__main__":
    here = Path(__file__).resolve().parents[1]
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "tests" / "data" / "blind"
    for n in build(target):
        print(n)

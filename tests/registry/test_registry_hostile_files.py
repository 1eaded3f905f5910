"""The importer on hostile files, made on the spot (``tests/hostile_files``): a ``.xlsx`` that is no zip, a zip with no
workbook, a damaged workbook, CSVs in UTF-16/UTF-32 with and without a byte-order mark,
formula cells with and without the result Excel keeps; every reading an assumption is shown
and kept; and the CSVs the registry writes, with formula-like cells in them."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import click
import pytest
from click.testing import CliRunner
from hostile_files import (
    DATA,
    HOSTILE_WORKBOOKS,
    INJECTIONS,
    LIST,
    SAMPLE,
    excel_unicode_text,
    workbook_with_formulas,
)

from service.cli.registry import registry as registry_group
from service.registry.coverage import (
    ProcedureRecord,
    coverage_report,
    gaps_to_csv,
    neutralise,
    report_to_csv,
)
from service.registry.importer import UnreadableFile, parse_csv, parse_file, parse_xlsx
from service.registry.normalise import normalise_tiers

DATA_REAL = DATA / "tthc_lists_sample.csv"  # 135 rows of three provinces' 2025 lists


# --- files that are not what their name says ----------------------------------------------

@pytest.mark.parametrize("name", HOSTILE_WORKBOOKS)
def test_a_file_that_is_no_workbook_says_what_it_is(tmp_path, name):
    content, said = HOSTILE_WORKBOOKS[name]
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=re.escape(said)):
        parse_file(path)
    with pytest.raises(UnreadableFile, match=re.escape(said)):
        parse_xlsx(io.BytesIO(content), source=name)


# --- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, prefix, said", [
    ("utf-16-le", b"\xff\xfe", "UTF-16"), ("utf-16-be", b"\xfe\xff", "UTF-16"),
    ("utf-32-le", b"\xff\xfe\x00\x00", "UTF-32"), ("utf-8", b"\xef\xbb\xbf", None),
])
def test_the_byte_order_mark_says_the_encoding(encoding, prefix, said):
    expected = parse_csv(SAMPLE.read_bytes())
    result = parse_csv(prefix + excel_unicode_text().encode(encoding))
    assert result.problems == [] and len(result.rows) == 300
    assert [r.row for r in result.rows] == [r.row for r in expected.rows]  # never doubled
    assert [r.name for r in result.rows] == [r.name for r in expected.rows]
    assert result.notes == ([f"tệp mã hoá {said} (có BOM): đã đọc theo bảng mã đó"]
                            if said else [])


def test_utf16_without_a_byte_order_mark_is_refused():
    with pytest.raises(UnreadableFile, match="UTF-16 hoặc UTF-32 không có dấu BOM"):
        parse_csv(excel_unicode_text().encode("utf-16-le"))
    with pytest.raises(UnreadableFile, match="không đọc được theo bảng mã đó"):
        parse_csv(b"\xff\xfe" + b"\x00\xd8")  # a lone surrogate after the mark
    # A stray NUL in one cell is no encoding: it is dropped.
    assert parse_csv("Mã TTHC,Tên TTHC,Cấp thực hiện\n1.000001,A\x00B,Cấp xã\n".encode()
                     ).rows[0].name == "AB"


# --- formula cells ---------------------------------------------------------------------------

def test_a_formula_without_its_result_is_a_problem_never_an_empty_cell(tmp_path):
    path = tmp_path / "formulas.xlsx"
    workbook_with_formulas(path)
    result = parse_file(path)
    assert [(p.row, p.column, p.value) for p in result.problems] == [
        (2, "Thời hạn giải quyết", '=CONCATENATE(20," ngày")'),
        (4, "Mã TTHC", '="1.000003"')]
    assert all("công thức" in p.reason for p in result.problems)
    assert [r.code for r in result.rows] == ["1.000002"]


def test_a_formula_with_the_result_excel_kept_is_read(tmp_path):
    path = tmp_path / "saved.xlsx"
    workbook_with_formulas(path, {"E2": "20 ngày", "B4": "1.000003"})
    result = parse_file(path)
    assert result.problems == []
    rows = {r.code: r for r in result.rows}
    assert rows["1.000001"].time_limit == {"value": 20, "unit": "working_days"}
    assert "1.000003" in rows


# --- readings --------------------------------------------------------------------------------

def test_common_tiers_read_alike_and_other_bodies_are_noted():
    day = date(2025, 9, 1)
    for printed in ("ÁP DỤNG CHUNG", "dùng chung cho các cấp", "Áp dụng chung cho tất cả các cấp",
                    "các cấp"):
        reading = normalise_tiers(printed, day)
        assert reading.value == ["province", "commune"] and reading.error is None, printed
        assert reading.notes == [(f"cấp «{printed}» được hiểu là mọi cấp chính quyền địa "
                                 "phương vào ngày 01/09/2025: cấp tỉnh, cấp xã")]
    assert normalise_tiers("dùng chung cho các cấp", date(2025, 6, 30)).value == [
        "province", "district", "commune"]
    beside = normalise_tiers("Cấp tỉnh; Cơ quan khác")
    assert beside.value == ["province"] and beside.notes == [
        "«Cơ quan khác» không phải cấp chính quyền địa phương: bỏ qua, giữ cấp tỉnh"]
    assert normalise_tiers("Cấp tỉnh, cấp xã, Trung ương").value == ["province", "commune"]
    assert "không phải cấp chính quyền" in normalise_tiers("Cơ quan khác").error
    assert normalise_tiers("Cấp tỉnh; Cơ quan khác; cấp bậc").error  # a typo is no body


def test_every_reading_is_on_its_row():
    result = parse_csv(LIST)
    notes = {r.row: r.notes for r in result.rows}
    assert notes[2] == [("«20 ngày» không ghi «làm việc»: được hiểu là 20 ngày làm việc "
                        "(giả định)")]
    assert notes[4] == ["cùng TTHC với dòng 3: gộp cấp thực hiện của hai dòng"]
    assert notes[5] == ["mã in «3000410» được đọc là 3.000410"]
    assert notes[3] == []


@pytest.mark.database
def test_readings_are_kept_with_the_version_and_shown(reg, database_url, tmp_path):
    report = reg.import_list(parse_csv(LIST, "list.csv"))
    assert report.readings == [
        {"row": 2, "code": "1.000001", "notes": [
            "«20 ngày» không ghi «làm việc»: được hiểu là 20 ngày làm việc (giả định)"]},
        {"row": 4, "code": "1.000002", "notes": [
            "cùng TTHC với dòng 3: gộp cấp thực hiện của hai dòng"]},
        {"row": 5, "code": "3.000410", "notes": ["mã in «3000410» được đọc là 3.000410"]}]
    assert report.to_dict()["readings"] == report.readings
    stored = {code: reg.history(code)[0].readings for code in
              ("1.000001", "1.000002", "3.000410")}
    assert stored == {
        "1.000001": [("«20 ngày» không ghi «làm việc»: được hiểu là 20 ngày làm việc "
                     "(giả định)")],
        "1.000002": ["dòng 4: cùng TTHC với dòng 3: gộp cấp thực hiện của hai dòng"],
        "3.000410": ["mã in «3000410» được đọc là 3.000410"]}
    assert reg.history("1.000002")[0].tiers == ["province", "commune"]

    path = tmp_path / "list.csv"
    path.write_text(LIST.replace("1.00000", "2.00000"), encoding="utf-8")
    runner = CliRunner()
    table = runner.invoke(registry_group, ["import", str(path), "--database", database_url],
                          env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    assert "Cách đọc cần kiểm tra (3 dòng)" in table.output
    assert "mã in «3000410» được đọc là 3.000410" in table.output
    assert "được hiểu là 20 ngày làm việc (giả định)" in table.output
    as_json = runner.invoke(registry_group, ["import", str(path), "--json", "--database",
                                             database_url])
    assert [r["row"] for r in json.loads(as_json.output)["readings"]] == [2, 4, 5]


# --- the command line: clear messages, exit 4, the encoding note -------------------------------

@pytest.fixture
def cli(database_url):
    runner = CliRunner()
    group = click.Group("tthc-rules", commands={"registry": registry_group})

    def run(*args):
        return runner.invoke(group, ["registry", *map(str, args), "--database", database_url],
                             catch_exceptions=False, env={"COLUMNS": "200"})
    return run


@pytest.mark.database
@pytest.mark.parametrize("name", HOSTILE_WORKBOOKS)
def test_the_command_line_names_what_a_hostile_workbook_is(cli, tmp_path, name):
    content, said = HOSTILE_WORKBOOKS[name]
    path = tmp_path / name
    path.write_bytes(content)
    result = cli("import", path)
    assert result.exit_code == 4
    assert said in result.output and name in result.output
    assert "Traceback" not in result.output and "KeyError" not in result.output


@pytest.mark.database
def test_the_command_line_shows_how_a_file_was_decoded(cli, tmp_path):
    utf16 = tmp_path / "unicode.csv"
    utf16.write_bytes(b"\xff\xfe" + excel_unicode_text().encode("utf-16-le"))
    result = cli("import", utf16)
    assert result.exit_code == 0, result.output
    assert "Lưu ý: tệp mã hoá UTF-16 (có BOM)" in result.output
    assert "300 dòng đọc được" in result.output and "0 dòng lỗi" in result.output
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes(b"Ma TTHC,Ten TTHC,Cap thuc hien\n1.000009,Th\xf4i,C\xe2p x\xe3\n")
    result = cli("import", legacy)
    assert "Lưu ý: tệp không phải UTF-8: đã đọc theo bảng mã Windows-1258" in result.output
    assert result.exit_code == 0 and "1 dòng đọc được" in result.output
    no_mark = tmp_path / "no-mark.csv"
    no_mark.write_bytes(excel_unicode_text().encode("utf-16-le"))
    refused = cli("import", no_mark)
    assert refused.exit_code == 4 and "không có dấu BOM" in refused.output


@pytest.mark.database
def test_the_command_line_reports_formula_cells(cli, tmp_path):
    path = tmp_path / "formulas.xlsx"
    workbook_with_formulas(path)
    result = cli("import", path)
    assert result.exit_code == 1
    assert "2 lỗi" in result.output and '=CONCATENATE(20," ngày")' in result.output


# --- the CSVs the registry writes ------------------------------------------------------------

@pytest.mark.parametrize("cell", INJECTIONS)
def test_formula_like_cells_get_a_quote(cell):
    assert neutralise(cell) == "'" + cell
    assert neutralise("Sở Tư pháp") == "Sở Tư pháp" and neutralise(12) == 12


@pytest.fixture
def hostile_report():
    procedures = [ProcedureRecord(f"1.00000{i}", name, ("province",), "in_force", field,
                                  agency, agency)
                  for i, (name, field, agency) in enumerate([
                      (INJECTIONS[0], "Hộ tịch", "Sở Tư pháp"),
                      (INJECTIONS[1], INJECTIONS[2], INJECTIONS[3]),
                      (INJECTIONS[4], "Hộ tịch", "=1+2")], start=1)]
    return coverage_report(procedures, as_of=date(2025, 12, 1))


def read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


@pytest.mark.parametrize("labels", ["vi", "en", "keys"])
def test_no_exported_cell_starts_a_formula(hostile_report, labels):
    for text in (gaps_to_csv(hostile_report, labels), report_to_csv(hostile_report, labels)):
        cells = [cell for row in read(text) for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert text.startswith("\ufeff") == (labels != "keys")
    gaps = read(gaps_to_csv(hostile_report, labels))
    assert [row[2] for row in gaps[1:]] == ["'" + INJECTIONS[0], "'" + INJECTIONS[1],
                                            "'" + INJECTIONS[4]]
    figures = read(report_to_csv(hostile_report, labels))
    assert "'=1+2" in [row[1] for row in figures] and "'-Sở Xây dựng" in [
        row[1] for row in figures]


def test_the_csv_for_people_speaks_vietnamese(hostile_report):
    gaps = read(gaps_to_csv(hostile_report))
    assert gaps[0] == ["Mã TTHC", "Cấp", "Tên TTHC", "Cơ quan", "Lĩnh vực", "Còn thiếu"]
    assert gaps[1][1] == "Cấp tỉnh" and gaps[1][5] == "quy trình nội bộ; quy trình điện tử"
    figures = read(report_to_csv(hostile_report))
    assert figures[0][:4] == ["Nhóm", "Tên nhóm", "Số TTHC", "Số TTHC × cấp"]
    assert figures[1][:3] == ["Tổng", "Tất cả", "3"] and figures[1][-1] == "0,0%"
    assert ["Cấp", "Cấp tỉnh"] == next(r for r in figures if r[0] == "Cấp")[:2]
    keys = read(report_to_csv(hostile_report, "keys"))
    assert keys[0][:3] == ["group", "key", "tthc"] and keys[1][-1] == "0.0"
    with pytest.raises(ValueError):
        report_to_csv(hostile_report, "fr")


def test_the_real_lists_in_utf16_lose_no_row():
    real = DATA_REAL.read_bytes()
    as_utf16 = parse_csv(b"\xff\xfe" + real.decode("utf-8").encode("utf-16-le"))
    as_utf8 = parse_csv(real)
    assert len(as_utf8.rows) == 133 and [r.to_dict() for r in as_utf16.rows] == [
        r.to_dict() for r in as_utf8.rows]
    assert [p.row for p in as_utf16.problems] == [p.row for p in as_utf8.problems] == [4, 10]

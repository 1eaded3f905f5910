"""Hostile files over HTTP: a clear 4xx JSON answer naming the file, never a 500; what the
importer read is in the report and on the registry's versions; the coverage CSVs are safe to
open in a spreadsheet."""

from __future__ import annotations

import csv
import io

import pytest
from flask.testing import FlaskClient
from hostile_files import (
    HOSTILE_WORKBOOKS,
    INJECTIONS,
    LIST,
    excel_unicode_text,
    workbook_lying_about_a_part,
    workbook_with_formulas,
)

pytestmark = pytest.mark.database

IMPORTS = "/api/v1/registry/imports"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def multipart(client, name: str, content: bytes):
    return client.post(IMPORTS, content_type="multipart/form-data",
                       data={"file": (io.BytesIO(content), name)})


@pytest.mark.parametrize("name", HOSTILE_WORKBOOKS)
def test_a_hostile_workbook_is_a_400_naming_it(client, name):
    content, said = HOSTILE_WORKBOOKS[name]
    for response in (multipart(client, name, content),
                     client.post(IMPORTS, data=content, content_type=XLSX)):
        assert response.status_code == 400, response.get_json()
        message = response.get_json()["errors"]["file"][0]
        assert said in message


def test_a_workbook_lying_about_a_members_size_is_a_400_before_it_is_inflated(client,
                                                                              tmp_path):
    import tracemalloc

    content = workbook_lying_about_a_part(tmp_path / "lying.xlsx")
    assert len(content) < 400_000
    tracemalloc.start()
    try:
        response = multipart(client, "lying.xlsx", content)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert response.status_code == 400, response.get_json()
    message = response.get_json()["errors"]["file"][0]
    assert "lying.xlsx" in message and "tệp nén bất thường" in message
    assert peak < 24 * 1024 * 1024  # Python's zipfile would inflate all 64 MiB


def test_utf16_with_and_without_its_mark(client):
    text = excel_unicode_text()
    report = multipart(client, "unicode.csv", b"\xff\xfe" + text.encode("utf-16-le"))
    assert report.status_code == 200
    body = report.get_json()
    assert (body["rows"], body["problems"], body["created"]) == (300, [], 300)
    assert body["notes"] == ["tệp mã hoá UTF-16 (có BOM): đã đọc theo bảng mã đó"]
    refused = client.post(IMPORTS, data=text.encode("utf-16-le"), content_type="text/csv")
    assert refused.status_code == 400
    assert "không có dấu BOM" in refused.get_json()["errors"]["file"][0]


def test_formula_cells_are_problems(client, tmp_path):
    path = tmp_path / "formulas.xlsx"
    workbook_with_formulas(path)
    body = multipart(client, "formulas.xlsx", path.read_bytes()).get_json()
    assert [(p["row"], p["column"]) for p in body["problems"]] == [
        (2, "Thời hạn giải quyết"), (4, "Mã TTHC")]
    assert body["rows"] == 1


def test_readings_in_the_report_and_on_the_version(client):
    body = client.post(IMPORTS, data=LIST.encode(), content_type="text/csv").get_json()
    assert [(r["row"], r["code"]) for r in body["readings"]] == [
        (2, "1.000001"), (4, "1.000002"), (5, "3.000410")]
    record = client.get("/api/v1/registry/procedures/3.000410").get_json()
    assert record["procedure"]["readings"] == ["mã in «3000410» được đọc là 3.000410"]
    assert client.get("/api/v1/registry/procedures/1.000002").get_json()["procedure"][
        "readings"] == ["dòng 4: cùng TTHC với dòng 3: gộp cấp thực hiện của hai dòng"]


def test_the_coverage_csvs_open_safely_in_a_spreadsheet(app, client):
    listed = ("Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Cơ quan thực hiện\n"
              + "".join(f'1.00000{i},"{name.replace(chr(34), chr(34) * 2)}",Hộ tịch,Cấp tỉnh,'
                        f'"{agency}"\n'
                        for i, (name, agency) in enumerate(
                            [(INJECTIONS[0], "Sở Tư pháp"), (INJECTIONS[1], INJECTIONS[3]),
                             (INJECTIONS[4], "=1+2")], start=1)))
    assert client.post(IMPORTS, data=listed.encode(), content_type="text/csv").get_json()[
        "created"] == 3
    raw = FlaskClient(app, app.response_class)
    for query in ({"format": "csv"}, {"format": "csv", "gaps": "true"},
                  {"format": "csv", "gaps": "true", "labels": "en"},
                  {"format": "csv", "labels": "keys"}):
        response = raw.get("/api/v1/coverage", query_string=query)
        assert response.status_code == 200
        assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
        data = response.get_data()
        assert data.startswith(b"\xef\xbb\xbf") == (query.get("labels") != "keys")
        cells = [c for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], query
        assert "'=1+2" in cells
    gaps = raw.get("/api/v1/coverage?format=csv&gaps=true").get_data().decode("utf-8-sig")
    assert gaps.splitlines()[0] == "Mã TTHC,Cấp,Tên TTHC,Cơ quan,Lĩnh vực,Còn thiếu"
    assert "Cấp tỉnh" in gaps and "quy trình nội bộ; quy trình điện tử" in gaps
    wrong = client.get("/api/v1/coverage?format=csv&labels=fr")
    assert wrong.status_code == 422 and "labels" in wrong.get_json()["errors"]

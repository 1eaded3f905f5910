"""The reader's three doors: ``tthc-rules read``, ``POST /api/v1/readings`` and the
pre-check page's «Tải lên dự thảo (.docx, .html)»."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from generators.decisions import (
    SIMPLE_STEPS,
    steps_sheet,
    to_docx,
    to_html,
)
from service.cli import main

from .test_variants import PROVINCE_TIER, TO_TRINH, draft

GOOD = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", steps_sheet(SIMPLE_STEPS))
UNCODED = draft(*PROVINCE_TIER, "1. Thủ tục chưa có mã", steps_sheet(SIMPLE_STEPS))


@pytest.fixture
def files(tmp_path):
    def write(name: str, data: bytes | str) -> str:
        path = tmp_path / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return str(path)
    return write


def run(*args: str):
    return CliRunner().invoke(main, ["read", *args])


# --- the command line ---------------------------------------------------------------------

def test_json_prints_exactly_the_reading(files):
    result = run(files("qd.docx", to_docx(GOOD)), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"submission", "reading"}
    assert out["submission"]["internal_procedures"][0]["procedure_code"] == "1.001806"
    assert {"notes", "unplaced", "totals"} <= set(out["reading"])


def test_the_table_for_people_is_in_vietnamese(files):
    result = run(files("qd.html", to_html(GOOD)))
    assert result.exit_code == 0
    for words in ("Quy trình nội bộ đã đọc", "Ghi chú khi đọc", "Tỉnh Cao Bằng", "1.001806",
                  "cấp tỉnh", "KT. Chủ tịch"):
        assert words in result.stdout
    assert "province" not in result.stdout and "working_days" not in result.stdout


def test_several_files_of_one_dossier(files):
    result = run(files("to-trinh.docx", to_docx(TO_TRINH)), files("qd.docx", to_docx(GOOD)),
                 "--json")
    out = json.loads(result.stdout)
    assert out["submission"]["documents"] == ["to_trinh", "draft_internal_procedure_decision"]


@pytest.mark.parametrize("name, data, words", [
    ("qd.pdf", b"%PDF-1.4", "PDF"), ("qd.docx", b"", "rỗng"),
    ("qd.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), ".doc")])
def test_a_file_that_cannot_be_read_exits_4_with_the_reason(files, name, data, words):
    result = run(files(name, data))
    assert result.exit_code == 4
    assert words in result.stderr and name in result.stderr
    assert "Traceback" not in result.output
    json_result = run(files(name, data), "--json")
    assert json_result.exit_code == 4
    assert list(json.loads(json_result.stdout)["errors"]) == [name]


def test_a_missing_file_exits_4(tmp_path):
    result = run(str(tmp_path / "khong-co.docx"))
    assert result.exit_code == 4 and "Không mở được tệp" in result.stderr


def test_an_unknown_province_exits_4(files):
    result = run(files("qd.docx", to_docx(GOOD)), "--province", "atlantis")
    assert result.exit_code == 4 and "atlantis" in result.stderr


def test_check_evaluates_and_exits_with_the_verdict(files):
    result = run(files("qd.docx", to_docx(GOOD)), "--check", "--json")
    out = json.loads(result.stdout)
    want = {"accepted": 0, "needs_review": 1, "rejected": 2, "no_policy": 3}
    assert result.exit_code == want[out["verdict"]["outcome"]]
    text = run(files("qd.docx", to_docx(GOOD)), "--check")
    assert text.exit_code == result.exit_code
    assert any(w in text.stdout for w in ("Đạt", "Cần xem xét thêm",
                                          "Chưa đạt — đề nghị hoàn thiện hồ sơ"))


def test_check_of_an_incomplete_reading_exits_4(files):
    result = run(files("qd.docx", to_docx(UNCODED)), "--check")
    assert result.exit_code == 4
    assert "Chưa đủ để kiểm tra" in result.stdout and "Chưa đánh giá được" in result.stderr
    assert "Bảng chưa đặt được vào thủ tục nào (1)" in result.stdout


# --- the API --------------------------------------------------------------------------------

def post(client, *uploads, **fields):
    data = {"files": [(io.BytesIO(d), n) for n, d in uploads], **fields}
    return client.post("/api/v1/readings", data=data, content_type="multipart/form-data")


def test_the_api_answers_the_reading(client):
    response = post(client, ("qd.docx", to_docx(GOOD)))
    assert response.status_code == 200
    body = response.get_json()
    assert set(body) == {"submission", "reading"}
    assert body["reading"]["contract"] == {"valid": True}


def test_the_api_reads_a_dossier_and_takes_a_province(client):
    response = post(client, ("to-trinh.html", to_html(TO_TRINH).encode()),
                    ("qd.html", to_html(GOOD).encode()), province="bac-kan")
    assert response.status_code == 200
    assert response.get_json()["submission"]["province"] == "bac-kan"


@pytest.mark.parametrize("name, data, status", [
    ("qd.pdf", b"%PDF-1.4", 422), ("qd.docx", b"", 422), ("qd.docx", b"PK\x03\x04junk", 422),
    ("qd.docm", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), 422)])
def test_the_api_refuses_unreadable_files_with_422(client, name, data, status):
    response = post(client, ("ok.docx", to_docx(GOOD)), (name, data))
    assert response.status_code == status
    (path, messages), = response.get_json()["errors"].items()
    assert path == "files.1" and messages[0].startswith(name)


def test_the_api_bad_requests(client):
    assert client.post("/api/v1/readings", json={}).status_code == 415
    response = client.post("/api/v1/readings", data={}, content_type="multipart/form-data")
    assert response.status_code == 400 and "files" in response.get_json()["errors"]
    response = post(client, ("qd.docx", to_docx(GOOD)), province="atlantis")
    assert response.status_code == 422 and "province" in response.get_json()["errors"]


def test_the_api_limits_the_size(app, client):
    app.config["READING_MAX_LENGTH"] = 10_000
    response = post(client, ("qd.docx", to_docx(GOOD) + b"\0" * 20_000))
    assert response.status_code == 413


def test_the_api_is_documented(client):
    spec = client.get("/openapi.json").get_json()
    operation = spec["paths"]["/api/v1/readings"]["post"]
    assert "multipart/form-data" in operation["requestBody"]["content"]
    assert {"200", "400", "413", "415", "422"} <= set(operation["responses"])


# The pre-check page's «Tải lên dự thảo (.docx, .html)»: tests/web/test_reading_page.py.

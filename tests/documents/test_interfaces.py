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


# --- what the reading could not settle, in the verdict ------------------------------------------

WRONG_TOTAL = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                    steps_sheet(SIMPLE_STEPS, total="03 ngày làm việc"))  # the steps: 3,5 days
PARTLY_PLACED = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                      steps_sheet(SIMPLE_STEPS), "2. Thủ tục chưa có mã",
                      steps_sheet(SIMPLE_STEPS[:3]))


def test_open_points_are_in_the_submission_with_their_tables(files):
    out = json.loads(run(files("qd.docx", to_docx(PARTLY_PLACED)), "--json").stdout)
    (point,) = out["submission"]["open_points"]
    assert point == {"kind": "unplaced_table", "place": "tệp qd.docx, bảng 4",
                     "heading": "2. Thủ tục chưa có mã"}
    (source,) = out["reading"]["open_points"]
    assert source == {"index": 0, "kind": "unplaced_table", "table": 1, "reason": "no_code",
                      "where": {"file": "qd.docx", "table": 4}}
    assert [t["open_points"] for t in out["reading"]["tables"]] == [[], [0]]
    out = json.loads(run(files("qd.docx", to_docx(WRONG_TOTAL)), "--json").stdout)
    (point,) = out["submission"]["open_points"]
    assert point == {"kind": "total_differs", "place": "tệp qd.docx, bảng 3, dòng 7",
                     "heading": "1. Thủ tục A (Mã TTHC: 1.001806)",
                     "procedure_code": "1.001806", "tier": "province",
                     "printed": {"value": 3, "unit": "working_days"},
                     "summed": {"value": 28, "unit": "working_hours"}}
    assert out["reading"]["open_points"][0]["placed_as"] == [
        {"procedure_code": "1.001806", "tier": "province"}]


@pytest.mark.parametrize("decision, rule", [(PARTLY_PLACED, "READ-01"),
                                            (WRONG_TOTAL, "READ-02")])
def test_read_check_is_never_accepted_with_open_points(files, decision, rule):
    result = run(files("qd.docx", to_docx(decision)), "--check", "--json")
    out = json.loads(result.stdout)
    assert out["submission"]["open_points"]
    verdict = out["verdict"]
    assert verdict["outcome"] in ("needs_review", "rejected") and result.exit_code in (1, 2)
    assert rule in {f["rule_id"] for f in verdict["findings"]}
    text = run(files("qd.docx", to_docx(decision)), "--check")
    assert "Điểm việc đọc chưa xác định được (1)" in text.stdout
    assert "Đạt\n" not in text.stdout and text.exit_code == result.exit_code


def test_open_points_and_abolished_procedures_are_said_in_vietnamese(files):
    from generators.decision_families import mixed_decision

    broken = steps_sheet(SIMPLE_STEPS, total="03 ngày làm việc")
    decision = mixed_decision(4)
    decision.annex += ["5. Thủ tục chưa có mã", broken]
    result = run(files("qd.docx", to_docx(decision)))
    assert result.exit_code == 0
    text = result.stdout
    assert "Điểm việc đọc chưa xác định được (1)" in text
    assert "tệp qd.docx, bảng 9: bảng «5. Thủ tục chưa có mã» chưa gắn với thủ tục" in text
    assert "Thủ tục bị bãi bỏ (5): 2.600000, 2.600001" in text
    for word in ("open_points", "unplaced_table", "abolished", "province", "commune",
                 "working_days", "listed"):
        assert word not in text, word


def test_read_check_of_a_settled_reading_can_be_accepted(files):
    """The same draft with nothing left open is checked on its merits (no READ finding)."""
    result = run(files("qd.docx", to_docx(GOOD)), "--check", "--json")
    out = json.loads(result.stdout)
    assert "open_points" not in out["submission"]
    assert not [f for f in out["verdict"]["findings"] if f["rule_id"].startswith("READ-")]


def test_the_real_decisions_checked_are_never_accepted_while_open():
    """Each uncoded table of the real decisions is an open point, and a verdict with one
    is never «Đạt» (Lạng Sơn 2487: 8 tables without a code beside 6 abolished procedures)."""
    from .conftest import real_decisions_dir

    for path in sorted(real_decisions_dir().glob("*.docx")):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        uncoded = [ip for ip in expected["internal_procedures"] if not ip["procedure_code"]]
        result = run(str(path), "--check", "--json")
        out = json.loads(result.stdout)
        points = out["submission"].get("open_points", [])
        assert [p["kind"] for p in points] == ["unplaced_table"] * len(uncoded), path.name
        if out["verdict"] is None:  # no procedure read at all: nothing to evaluate
            assert result.exit_code == 4 and not out["reading"]["contract"]["valid"]
        elif points:
            assert out["verdict"]["outcome"] != "accepted", path.name
            assert result.exit_code in (1, 2)


@pytest.mark.database
def test_the_api_checks_a_reading_with_its_open_points(client):
    before = client.get("/api/v1/audit/head").get_json()["length"]
    response = client.post("/api/v1/readings?check=true", data={
        "files": [(io.BytesIO(to_docx(PARTLY_PLACED)), "qd.docx")]},
        content_type="multipart/form-data")
    assert response.status_code == 200
    body = response.get_json()
    assert body["verdict"]["outcome"] == "needs_review"
    assert {f["rule_id"] for f in body["verdict"]["findings"]} >= {"READ-01"}
    assert response.headers["X-Policy-Versions"].startswith("reading=")
    assert client.get("/api/v1/audit/head").get_json()["length"] == before + 1  # logged
    plain = post(client, ("qd.docx", to_docx(PARTLY_PLACED)))
    assert "verdict" not in plain.get_json()
    assert plain.get_json()["submission"] == body["submission"]


def test_the_api_check_of_an_incomplete_reading_has_no_verdict(client):
    response = client.post("/api/v1/readings?check=true", data={
        "files": [(io.BytesIO(to_docx(UNCODED)), "qd.docx")]}, content_type="multipart/form-data")
    assert response.status_code == 200
    body = response.get_json()
    assert body["verdict"] is None and body["reading"]["contract"]["valid"] is False
    assert body["submission"]["open_points"][0]["kind"] == "unplaced_table"
    bad = client.post("/api/v1/readings?check=maybe", data={
        "files": [(io.BytesIO(to_docx(GOOD)), "qd.docx")]}, content_type="multipart/form-data")
    assert bad.status_code == 422 and "check" in str(bad.get_json()["errors"])


def test_the_api_documents_the_check_and_the_verdict(client):
    spec = client.get("/openapi.json").get_json()
    operation = spec["paths"]["/api/v1/readings"]["post"]
    assert [p["name"] for p in operation["parameters"] if p["in"] == "query"] == ["check"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    reading = spec["components"]["schemas"][schema["$ref"].split("/")[-1]]
    assert "verdict" in reading["properties"]

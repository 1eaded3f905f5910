"""The command line: check prints verdicts for people and machines, rules lists the catalogue."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture()
def run():
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(main, list(args), catch_exceptions=False, **kw)


@pytest.mark.parametrize("name, code", [
    ("publication-new-and-amended.json", 0), ("internal-procedure-amendment.json", 1),
    ("publication-missing-internal-procedure.json", 2), ("before-any-policy.json", 3)])
def test_exit_status_says_the_outcome(run, name, code):
    assert run("check", str(EXAMPLES / name)).exit_code == code


def test_human_output_names_rule_subject_message_and_basis(run):
    result = run("check", str(EXAMPLES / "publication-missing-internal-procedure.json"))
    assert result.output.splitlines()[0] == "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    assert "LỖI QTNB-08" in result.output and "THÔNG TIN QTNB-09" in result.output
    assert "thủ tục 1.009994 (Cấp giấy phép xây dựng mới" in result.output
    assert "còn thiếu quy trình nội bộ cấp huyện" in result.output
    assert "9579/UBND-KSTT §QTNB-6" in result.output and "Tỉnh Vĩnh Phúc" in result.output
    for word in ("rejected", "procedures.0", "ERROR", "district"):
        assert word not in result.output
    english = run("check", str(EXAMPLES / "publication-missing-internal-procedure.json"),
                  "--lang", "en")
    assert english.output.splitlines()[0] == "Not passed — the dossier needs completing"
    assert "the internal procedure is missing at district tier" in english.output
    assert "(rejected)" not in english.output


def test_the_outcome_is_said_in_words(run):
    for name, vi, en in (("publication-new-and-amended.json", "Đạt", "Passed"),
                         ("internal-procedure-amendment.json", "Cần xem xét thêm",
                          "Needs a closer look"),
                         ("before-any-policy.json", "Chưa có quy định áp dụng",
                          "No rules apply")):
        assert run("check", str(EXAMPLES / name)).output.splitlines()[0] == vi
        english = run("check", str(EXAMPLES / name), "--lang", "en").output
        assert english.splitlines()[0] == en
        assert "accepted" not in english and "needs_review" not in english


def test_a_basis_without_its_text_shows_its_note(run, tmp_path):
    raw = json.loads((EXAMPLES / "other-province-lang-son.json").read_text(encoding="utf-8"))
    raw["internal_procedures"][1]["steps"] = []
    path = tmp_path / "lang-son.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    result = run("check", str(path))
    assert "Tỉnh Lạng Sơn" in result.output and "LỖI ND118-01" in result.output
    assert "trường hợp «b) Trường hợp thành lập hội đồng tư vấn công nhận»" in result.output
    assert "Nghị định 118/2025/NĐ-CP: Nghị định số 118/2025/NĐ-CP ngày 09/6/2025" in result.output
    assert "bộ phận pháp chế bổ sung" in result.output and "«»" not in result.output


def test_each_message_is_one_line_however_narrow_the_terminal(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "30")
    result = run("check", str(EXAMPLES / "publication-missing-internal-procedure.json"))
    verdict = json.loads(run("check", str(EXAMPLES / "publication-missing-internal-procedure.json"),
                             "--json").output)
    lines = [line.strip() for line in result.output.splitlines()]
    for finding in verdict["findings"]:
        assert finding["message"]["vi"] in lines


def test_json_output_is_the_contract_verdict(run):
    result = run("check", str(EXAMPLES / "after-2025-reform-district.json"), "--json")
    verdict = json.loads(result.output)
    assert verdict["outcome"] == "rejected"
    assert {f["rule_id"] for f in verdict["findings"]} == {"CQDP-01"}
    assert {p["id"] for p in verdict["policies"]} == {"vinhphuc-9579", "vn-one-stop-2025",
                                                      "vn-registry", "vn-two-tier-2025"}
    assert verdict["province"] == "vinh-phuc"


def test_as_of_changes_the_rules_applied(run):
    result = run("check", str(EXAMPLES / "after-2025-reform-district.json"), "--json",
                 "--as-of", "2025-06-30")
    assert "CQDP-01" not in {f["rule_id"] for f in json.loads(result.output)["findings"]}


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ("[]", "body: must be a JSON object"),
    ('{"kind": "publication", "submitted_on": "2020-02-30"}', "submitted_on: must be a real"),
    ('{"kind": "x"}', "kind: must be one of"),
])
def test_bad_files_are_clear_errors_without_traceback(run, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 4
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_file_is_a_clear_error(run, tmp_path):
    result = run("check", str(tmp_path / "nope.json"))
    assert result.exit_code == 4 and "cannot be read" in result.output


def test_rules_lists_the_catalogue(run):
    listed = json.loads(run("rules", "--json").output)
    assert len(listed) == 33
    by_id = {r["id"]: r for r in listed}
    assert by_id["QTNB-04"]["valid_until"] == "2025-06-30"
    assert by_id["CQDP-01"]["valid_from"] == "2025-07-01"
    assert by_id["ND61-01"]["valid_until"] == "2025-06-30"
    on = {r["id"] for r in json.loads(run("rules", "--json", "--on", "2025-09-15").output)}
    assert "QTNB-04" not in on and "CQDP-01" in on and "ND61-01" not in on
    assert "ND118-01" in on and "REG-01" in on
    assert "QTNB-04" in run("rules").output

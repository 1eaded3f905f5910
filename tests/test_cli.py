"""The command line: check prints verdicts for people and machines, rules lists the catalogue."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory) -> str:
    """A migrated database with an empty registry, the commands' default here (``check``
    reads the registry of its database, as the service does)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'cli.sqlite3'}"
    result = CliRunner().invoke(main, ["db", "upgrade", "--database", url])
    assert result.exit_code == 0, result.output
    return url


@pytest.fixture()
def run(empty_database, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", empty_database)
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
    assert english.output.splitlines()[0] == "Not accepted — please complete the dossier"
    assert "the internal procedure is missing at district tier" in english.output
    assert "(rejected)" not in english.output


def test_the_outcome_is_said_in_words(run):
    for name, vi, en in (("publication-new-and-amended.json", "Đạt", "Accepted"),
                         ("internal-procedure-amendment.json", "Cần xem xét thêm",
                          "Needs further review"),
                         ("before-any-policy.json", "Chưa có quy định áp dụng",
                          "No rules apply")):
        assert run("check", str(EXAMPLES / name)).output.splitlines()[0] == vi
        english = run("check", str(EXAMPLES / name), "--lang", "en").output
        assert english.splitlines()[0] == en
        assert "accepted" not in english and "needs_review" not in english


def test_a_basis_without_its_text_is_named_without_the_note_for_legal_staff(run, tmp_path):
    """v3: the note of a basis not quoted yet is a to-do for legal staff; the department or
    reviewer reading the command's output sees which text and article the finding rests on."""
    raw = json.loads((EXAMPLES / "other-province-lang-son.json").read_text(encoding="utf-8"))
    raw["internal_procedures"][1]["steps"] = []
    path = tmp_path / "lang-son.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    result = run("check", str(path))
    assert "Tỉnh Lạng Sơn" in result.output and "LỖI ND118-01" in result.output
    assert "trường hợp «b) Trường hợp thành lập hội đồng tư vấn công nhận»" in result.output
    assert "\n  Nghị định 118/2025/NĐ-CP\n" in result.output
    assert "pháp chế" not in result.output and "«»" not in result.output
    english = run("check", str(path), "--lang", "en").output
    assert "legal staff" not in english and "Decree 118/2025" in english


def test_the_packs_are_named_by_their_short_titles(run):
    result = run("check", str(EXAMPLES / "other-province-lang-son.json"))
    packs = next(line for line in result.output.splitlines()
                 if line.startswith("Bộ quy định áp dụng:"))
    assert "Cơ chế một cửa theo Nghị định 118/2025/NĐ-CP (từ 01/7/2025)" in packs
    assert "sha256" not in packs and "vn-one-stop-2025" not in packs


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
    # v3: the example names Phú Thọ (Vĩnh Phúc ended on 2025-06-30); the approval dossier and
    # the provinces that ended are national packs
    assert {p["id"] for p in verdict["policies"]} == {"vn-approval", "vn-jurisdiction",
                                                      "vn-one-stop-2025", "vn-registry",
                                                      "vn-two-tier-2025"}
    assert verdict["province"] == "phu-tho"


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
    assert len(listed) == 38
    by_id = {r["id"]: r for r in listed}
    assert by_id["QTNB-04"]["valid_until"] == "2025-06-30"
    assert by_id["CQDP-01"]["valid_from"] == "2025-07-01"
    assert by_id["ND61-01"]["valid_until"] == "2025-06-30"
    on = {r["id"] for r in json.loads(run("rules", "--json", "--on", "2025-09-15").output)}
    assert "QTNB-04" not in on and "CQDP-01" in on and "ND61-01" not in on
    assert "ND118-01" in on and "REG-01" in on
    assert "QTNB-04" in run("rules").output


# --- exit codes, --version, --database, dates ----------------------------------------------

@pytest.mark.parametrize("args", [
    ["check", "--no-such-option", str(EXAMPLES / "contract-example.json")],
    ["check"],  # FILE missing
    ["check", str(EXAMPLES / "contract-example.json"), "--lang", "fr"],
    ["no-such-command"],
    ["--no-such-option"],
    ["registry", "coverage", "--format", "pdf"],
    ["audit", "verify", "--anchor", "3=nothing"],
    ["keys", "create", "--role", "reviewer", "--agency", "SXD"],
    ["replay"],  # --policies missing
])
def test_a_usage_error_exits_64_not_an_outcome(run, args):
    result = run(*args)
    assert result.exit_code == 64, result.output
    assert "Traceback" not in result.output


def test_the_outcome_codes_keep_their_meaning_beside_usage_errors(run, tmp_path):
    assert run("check", str(EXAMPLES / "publication-missing-internal-procedure.json")
               ).exit_code == 2  # rejected, not a usage error
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert run("check", str(bad)).exit_code == 4


def test_version(run):
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"tthc-rules, version {version('tthc-rules')}"


def test_check_help_lists_the_exit_codes(run):
    text = run("check", "--help").output
    for line in ("0  accepted", "1  needs_review", "2  rejected", "3  no_policy",
                 "4  FILE is not a valid submission", "64  usage error"):
        assert line in text, line


@pytest.mark.parametrize("value, says", [
    ("2025-02-30", "'2025-02-30' is not a real date: month 2 of 2025 has 28 days."),
    ("2024-02-30", "month 2 of 2024 has 29 days"),
    ("2025-13-01", "there is no month 13"),
    ("2025-04-31", "month 4 of 2025 has 30 days"),
    ("30/02/2025", "is not a date written YYYY-MM-DD"),
    ("2025-2-3", "is not a date written YYYY-MM-DD"),
])
def test_an_impossible_date_is_named_as_such(run, value, says):
    result = run("check", str(EXAMPLES / "contract-example.json"), "--as-of", value)
    assert result.exit_code == 64
    assert says in result.output
    assert "does not match the format" not in result.output


@pytest.mark.parametrize("args", [["rules", "--on"], ["replay", "--policies", "policies",
                                                      "--since"]])
def test_every_date_option_reads_dates_alike(run, args):
    result = run(*args, "2025-02-29")
    assert result.exit_code == 64
    assert "not a real date: month 2 of 2025 has 28 days" in result.output


DATABASE_COMMANDS = [
    ["db", "upgrade"], ["db", "current"], ["audit", "verify"], ["audit", "head"],
    ["keys", "list"], ["keys", "create", "--role", "reviewer"], ["keys", "revoke", "1"],
    ["policies", "reload"], ["registry", "coverage", "--format", "json"],
    ["registry", "approve", "01J00000000000000000000000", "--decision", "1/QĐ",
     "--date", "2025-01-02"],
    ["registry", "import", str(Path(__file__).parent / "registry/data/sample_tthc_list.csv")],
    ["replay", "--policies", str(EXAMPLES.parent / "policies")],
]


@pytest.mark.database
def test_every_command_that_opens_a_database_takes_database(tmp_path, monkeypatch):
    """``--database URL`` is the same option on every such command, and wins over
    ``$DATABASE_URL``: here the environment names a database that cannot be opened."""
    url = f"sqlite:///{tmp_path / 'given.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'nowhere' / 'x' / 'y.db'}")
    runner = CliRunner()
    assert runner.invoke(main, ["db", "upgrade", "--database", url]).exit_code == 0
    for args in DATABASE_COMMANDS:
        result = runner.invoke(main, [*args, "--database", url])
        assert "unable to open database" not in result.output, (args, result.output)
        assert result.exit_code in (0, 1), (args, result.output)  # 1: approve finds nothing
        assert "--database" in runner.invoke(main, [*args[:2], "--help"]).output \
            or "--database" in runner.invoke(main, [*args[:1], "--help"]).output
    assert not (tmp_path / "nowhere").exists()


def test_the_reading_table_gives_totals_in_working_days(run):
    decision = Path(__file__).resolve().parent / "data" / "decisions" / "nghe-an-3854-2025.docx"
    result = run("read", str(decision), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "2.002755" in line]
    assert rows and "12 ngày làm việc" in rows[0]  # the steps' 96 working hours
    assert "giờ làm việc" not in rows[0] and "96" not in rows[0]



@pytest.mark.parametrize("args", [
    ["check", "examples/internal-procedure-amendment.json"],  # a needs_review verdict: 1
    ["registry", "coverage", "--format", "table"]])
def test_a_closed_pipe_is_not_a_verdicts_exit_code(args, tmp_path):
    """``tthc-rules … | head -1``: whoever read the output stopped; the command leaves
    quietly with 141, as one ended by SIGPIPE, never 0–4."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    command = Path(sys.executable).parent / "tthc-rules"
    process = subprocess.Popen([str(command), *args, "--database",
                                f"sqlite:///{tmp_path / 'cli.sqlite3'}"]
                               if args[0] == "registry" else [str(command), *args],
                               cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader is gone before anything is written
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 141, errors
    assert "Traceback" not in errors and "Broken pipe" not in errors


def test_read_stops_a_reading_past_its_time_with_exit_4(run, tmp_path, monkeypatch):
    """``tthc-rules read`` reads within the service's limits (``TTHC_READ_SECONDS``,
    ``TTHC_READ_MEMORY_MIB``): a file that would take longer is refused, not waited for."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from hostile_files import long_document

    from generators.decisions import SIMPLE_STEPS, to_docx
    from tests.documents.test_variants import PROVINCE_TIER, draft, steps_sheet

    good = to_docx(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                         steps_sheet(SIMPLE_STEPS)))
    path = tmp_path / "du-thao.docx"
    path.write_bytes(long_document(good, 3))
    monkeypatch.setenv("TTHC_READ_SECONDS", "0.1")
    result = run("read", str(path))
    assert result.exit_code == 4
    assert "mất quá nhiều thời gian (giới hạn 0.1 giây)" in result.output

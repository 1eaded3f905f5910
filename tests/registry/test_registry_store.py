"""The registry on a database: schema, history, idempotent imports, coverage, CLI."""

import json
from datetime import date
from pathlib import Path

import click
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner

from generators.registry_sample import procedures_document
from service.cli.registry import registry as registry_group
from service.registry.importer import parse_csv, parse_file
from service.registry.models import REGISTRY_TABLES, Base
from service.registry.procedure_file import parse_procedure_file

pytestmark = pytest.mark.database

DATA = Path(__file__).resolve().parent / "data"
HEADER = "Mã TTHC,Tên TTHC,Cấp thực hiện,Cơ quan thực hiện,Thời hạn giải quyết,Loại thay đổi," \
         "Số quyết định,Ngày quyết định\n"


def csv(*lines: str):
    return parse_csv(HEADER + "".join(line + "\n" for line in lines), source="list.csv")


def test_models_agree_with_the_migration(store):
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    ours = [d for d in diff if any(t in repr(d) for t in REGISTRY_TABLES)]
    assert ours == []


def test_a_new_version_closes_the_old_one_and_keeps_it(reg):
    first = csv("1.000001,Cấp giấy phép X,Cấp tỉnh,Sở Xây dựng,20 ngày làm việc,Mới ban hành,"
                "10/QĐ-UBND,2025-08-01")
    report = reg.import_list(first)
    assert (report.created, report.superseded, report.unchanged) == (1, 0, 0)
    second = csv("1.000001,Cấp giấy phép X,Cấp tỉnh; Cấp xã,,15 ngày làm việc,"
                 "\"Sửa đổi, bổ sung\",20/QĐ-UBND,2025-10-01")
    report = reg.import_list(second)
    assert (report.created, report.superseded) == (0, 1)
    old, new = reg.history("1.000001")
    assert (old.valid_from, old.valid_to) == (date(2025, 8, 1), date(2025, 10, 1))
    assert (old.tiers, old.time_limit_value, old.change) == (["province"], 20, "new")
    assert (new.valid_from, new.valid_to) == (date(2025, 10, 1), None)
    assert new.tiers == ["province", "commune"] and new.time_limit_value == 15
    assert new.handling_agency == "Sở Xây dựng"  # not printed again: kept
    view = reg.view()
    assert view.procedure("1.000001", date(2025, 9, 30)).tiers == ("province",)
    assert view.procedure("1.000001", date(2025, 10, 1)).tiers == ("province", "commune")
    assert view.procedure("1.000001", date(2025, 7, 31)) is None


def test_reimporting_changes_nothing_even_after_a_later_version(reg):
    first = csv("1.000001,Cấp giấy phép X,Cấp tỉnh,,20 ngày làm việc,,10/QĐ-UBND,2025-08-01")
    second = csv("1.000001,Cấp giấy phép X,Cấp tỉnh,,30 ngày làm việc,,20/QĐ-UBND,2025-10-01")
    reg.import_list(first)
    reg.import_list(second)
    again = reg.import_list(first)
    assert (again.created, again.superseded, again.unchanged, again.older) == (0, 0, 1, [])
    assert len(reg.history("1.000001")) == 2


def test_an_older_decision_does_not_rewrite_history(reg):
    reg.import_list(csv("1.000001,Cấp giấy phép X,Cấp tỉnh,,30 ngày,,20/QĐ-UBND,2025-10-01"))
    report = reg.import_list(csv("1.000001,Cấp giấy phép X,Cấp tỉnh,,20 ngày,,10/QĐ-UBND,"
                                 "2025-08-01"))
    assert report.older and "later version" in report.older[0]["reason"]
    assert len(reg.history("1.000001")) == 1


def test_abolition_is_a_version(reg):
    reg.import_list(csv("2.002278,Cấp giấy chứng nhận Y,Cấp tỉnh,,15 ngày làm việc,,"
                        "5/QĐ-UBND,2025-01-10"))
    reg.import_list(csv("2.002278,Cấp giấy chứng nhận Y,,,,Bãi bỏ,1805/QĐ-UBND,2025-11-18"))
    view = reg.view()
    assert view.procedure("2.002278", date(2025, 11, 17)).status == "in_force"
    gone = view.procedure("2.002278", date(2025, 11, 18))
    assert gone.status == "abolished" and gone.tiers == ("province",)
    assert reg.coverage(date(2025, 11, 18))["totals"]["tthc"] == 0
    assert reg.coverage(date(2025, 11, 17))["totals"]["tthc"] == 1


def test_strict_imports_nothing_when_a_row_is_bad(reg):
    broken = parse_file(DATA / "sample_tthc_list_broken.csv")
    report = reg.import_list(broken, strict=True)
    assert report.refused and len({p.row for p in report.problems}) == 12
    assert reg.coverage()["totals"]["tthc"] == 0
    lenient = reg.import_list(broken)
    assert not lenient.refused and lenient.created == 300


def test_sample_list_and_procedures_give_a_coverage_report(reg):
    parsed = parse_file(DATA / "sample_tthc_list.csv")
    assert reg.import_list(parsed).created == 300
    document = procedures_document(parsed.rows, seed=3)
    procedures = parse_procedure_file(json.dumps(document, ensure_ascii=False), "procs.json")
    assert procedures.problems == []
    report = reg.import_procedures(procedures)
    assert report.created == len(procedures.entries)
    assert reg.import_procedures(procedures).unchanged == len(procedures.entries)
    coverage = reg.coverage(date(2025, 12, 1))
    in_force = [r for r in parsed.rows if r.status == "in_force"]
    assert coverage["totals"]["tthc"] == len(in_force)
    assert coverage["totals"]["procedure_tiers"] == sum(len(r.tiers) for r in in_force)
    amend = sum(ip["needs_amendment"] for ip in document["internal_procedures"])
    flagged = sum("internal_procedure_amendment" in g["missing"] for g in coverage["gaps"])
    assert flagged == amend


def test_recording_and_flagging_internal_procedures(reg):
    steps = [{"order": 1, "action": "Tiếp nhận", "responsible": "TTPVHCC",
              "duration": {"value": 4, "unit": "working_hours"}},
             {"order": 2, "action": "Thẩm định", "responsible": "Phòng",
              "duration": {"value": 2, "unit": "working_days"}},
             {"order": 3, "action": "Trả kết quả", "responsible": "TTPVHCC", "counted": False}]
    assert reg.record_internal_procedure("1.000001", "province", "10/QĐ-UBND",
                                         date(2025, 8, 1), steps) == "created"
    assert reg.record_internal_procedure("1.000001", "province", "10/QĐ-UBND",
                                         date(2025, 8, 1), steps) == "unchanged"
    assert reg.flag_needs_amendment("1.000001", "province", date(2025, 9, 1)) == "superseded"
    assert reg.flag_needs_amendment("1.000001", "commune") == "missing"
    view = reg.view()
    before = view.internal_procedure("1.000001", "province", date(2025, 8, 31))
    after = view.internal_procedure("1.000001", "province", date(2025, 9, 1))
    assert (before.step_count, before.counted_hours, before.needs_amendment) == (3, 20, False)
    assert after.needs_amendment and after.decision_number == "10/QĐ-UBND"
    assert reg.record_electronic_procedure("1.000001", "province", "shared_one_stop",
                                           national_portal_connected=True,
                                           valid_from=date(2025, 9, 5)) == "created"
    assert view.electronic_procedure("1.000001", "province", date(2025, 9, 5)) is None  # old
    assert reg.view().electronic_procedure("1.000001", "province", date(2025, 9, 5))


def test_real_internal_procedures_file_reports_what_it_lacks():
    text = (DATA / "internal_procedures_sample.json").read_bytes()
    parsed = parse_procedure_file(text, "internal_procedures_sample.json")
    assert [(e.code, e.tier, len(e.steps)) for e in parsed.entries] == [("1.012994", "commune",
                                                                         7)]
    steps = parsed.entries[0].steps
    assert steps[0]["duration"] == {"value": 4, "unit": "working_hours"}
    assert steps[-1]["counted"] is False and "duration" not in steps[-1]
    by_row = {}
    for p in parsed.problems:
        by_row.setdefault(p.row, []).append(p.column)
    assert len(by_row) == 15
    assert by_row[2] == ["procedure_code"] and by_row[7] == ["tier"]


# --- the command line ---------------------------------------------------------------------

@pytest.fixture
def cli(database_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    runner = CliRunner()
    group = click.Group("tthc-rules", commands={"registry": registry_group})

    def run(*args):
        return runner.invoke(group, ["registry", *map(str, args)], catch_exceptions=False)
    return run


def test_cli_import_then_again(cli, tmp_path, monkeypatch):
    # A long path and a narrow terminal: the summary is still one line, never wrapped
    # mid-sentence (a pipe into a log or grep sees the whole of it).
    deep = tmp_path / ("a-rather-long-folder-name-" * 4) / "sample_tthc_list.csv"
    deep.parent.mkdir()
    deep.write_bytes((DATA / "sample_tthc_list.csv").read_bytes())
    monkeypatch.setenv("COLUMNS", "40")
    first = cli("import", deep)
    assert first.exit_code == 0
    summary = first.output.strip().splitlines()[-1]
    assert summary == (f"{deep}: 300 dòng đọc được (300 dòng vào sổ của vinh-phuc) — 300 mới, "
                       "0 phiên bản mới, 0 không đổi, 0 cũ hơn sổ đăng ký; 0 dòng lỗi bị bỏ qua.")
    again = cli("import", DATA / "sample_tthc_list.csv", "--json")
    assert again.exit_code == 0
    assert json.loads(again.output)["unchanged"] == 300


def test_cli_strict_and_lenient(cli):
    strict = cli("import", DATA / "sample_tthc_list_broken.csv", "--strict")
    assert strict.exit_code == 3 and "Không nhập gì" in strict.output
    assert "thiếu mã TTHC" in strict.output
    lenient = cli("import", DATA / "sample_tthc_list_broken.csv", "--json")
    assert lenient.exit_code == 1
    report = json.loads(lenient.output)
    assert report["created"] == 300 and len(report["problems"]) == 12


def test_cli_unreadable_file(cli, tmp_path):
    junk = tmp_path / "junk.csv"
    junk.write_text("a,b\n1,2\n", encoding="utf-8")
    result = cli("import", junk)
    assert result.exit_code == 4


def test_cli_coverage_formats(cli, tmp_path):
    cli("import", DATA / "sample_tthc_list.csv")
    rows = parse_file(DATA / "sample_tthc_list.csv").rows
    procs = tmp_path / "procs.json"
    procs.write_text(json.dumps(procedures_document(rows), ensure_ascii=False), "utf-8")
    assert cli("import", procs).exit_code == 0
    as_json = json.loads(cli("coverage", "--format", "json", "--as-of", "2025-12-01").output)
    assert as_json["as_of"] == "2025-12-01" and as_json["totals"]["tthc"] > 0
    as_csv = cli("coverage", "--format", "csv", "--labels", "keys", "--as-of",
                 "2025-12-01").output
    assert as_csv.splitlines()[1].startswith(f"total,all,{as_json['totals']['tthc']},")
    gaps = cli("coverage", "--format", "csv", "--gaps", "--labels", "keys", "--as-of",
               "2025-12-01").output
    assert len(gaps.splitlines()) == 1 + len(as_json["gaps"])
    table = cli("coverage", "--as-of", "2025-12-01", "--lang", "en")
    assert table.exit_code == 0 and "With both" in table.output and "Sở Tư pháp" in table.output

"""The record of scenario results: the suite's own hooks (``tests/conftest.py``) in a real
pytest-bdd run of a small feature, then what the file holds and how runs merge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from service.web.scenario_results import ScenarioRecorder, feature_file_key, load_results

PROJECT = Path(__file__).resolve().parents[2]

FEATURE = """\
# language: vi
Tính năng: Ghi kết quả kịch bản

  @QTNB-08
  Kịch bản: Kịch bản đạt
    Cho số 2
    Thì số đó là số chẵn

  @QTNB-08
  Kịch bản: Kịch bản không đạt
    Cho số 3
    Thì số đó là số chẵn

  @QTNB-09
  Khung kịch bản: Số <n>
    Cho số <n>
    Thì số đó là số chẵn

    Dữ liệu:
      | n |
      | 4 |
      | 5 |
      | 6 |

  @wip
  Kịch bản: Kịch bản bị bỏ qua
    Cho số 8
    Thì số đó là số chẵn
"""

STEPS = """\
import pytest
from pytest_bdd import given, parsers, scenarios, then

scenarios("so.feature")


@pytest.fixture
def box():
    return {}


@given(parsers.parse("số {n:d}"))
def number(box, n):
    box["n"] = n


@then("số đó là số chẵn")
def even(box):
    assert box["n"] % 2 == 0
"""

CONFTEST = """\
import pytest

from tests.conftest import (  # the suite's own hooks, as they are
    pytest_bdd_before_scenario,
    pytest_runtest_makereport,
    pytest_sessionfinish,
)


def pytest_configure(config):
    for tag in ("QTNB-08", "QTNB-09", "wip"):
        config.addinivalue_line("markers", f"{tag}: tag")


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("wip"):
            item.add_marker(pytest.mark.skip(reason="wip"))
"""


def run_suite(folder: Path, results: Path, *tests: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TTHC_SCENARIO_RESULTS": str(results),
           "PYTHONPATH": os.pathsep.join([str(PROJECT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error",
         "--rootdir", str(folder), *(tests or [str(folder)])],
        check=False, cwd=folder, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def suite(tmp_path) -> Path:
    folder = tmp_path / "suite"
    folder.mkdir()
    (folder / "so.feature").write_text(FEATURE, encoding="utf-8")
    (folder / "test_so.py").write_text(STEPS, encoding="utf-8")
    (folder / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    return folder


def test_a_run_records_each_scenario_with_its_outcome_and_time(suite, tmp_path):
    results = tmp_path / "out" / "scenario-results.json"
    run = run_suite(suite, results)
    assert run.returncode == 1, run.stdout + run.stderr  # two scenarios fail, on purpose
    document = json.loads(results.read_text(encoding="utf-8"))
    assert document["updated_at"].endswith("Z")
    file = feature_file_key(suite / "so.feature")
    records = document["scenarios"]
    assert sorted(records) == sorted(f"{file}::{name}" for name in (
        "Kịch bản đạt", "Kịch bản không đạt", "Số <n>", "Kịch bản bị bỏ qua"))
    passed = records[f"{file}::Kịch bản đạt"]
    assert passed["outcome"] == "passed" and passed["line"] == 5 and passed["file"] == file
    assert passed["finished_at"].endswith("Z") and passed["duration"] >= 0
    assert records[f"{file}::Kịch bản không đạt"]["outcome"] == "failed"
    outline = records[f"{file}::Số <n>"]
    assert outline["outcome"] == "failed"  # one row of three failed
    assert outline["runs"] == {"passed": 2, "failed": 1, "skipped": 0}
    assert records[f"{file}::Kịch bản bị bỏ qua"]["outcome"] == "skipped"


def test_a_later_partial_run_updates_what_ran_and_keeps_the_rest(suite, tmp_path):
    results = tmp_path / "scenario-results.json"
    run_suite(suite, results)
    before = load_results(results)
    (suite / "test_so.py").write_text(STEPS.replace("% 2 == 0", "% 1 == 0"), encoding="utf-8")
    run = run_suite(suite, results, "test_so.py::test_kịch_bản_không_đạt")
    assert run.returncode == 0, run.stdout + run.stderr
    after = load_results(results)
    file = feature_file_key(suite / "so.feature")
    assert after[f"{file}::Kịch bản không đạt"]["outcome"] == "passed"
    for name in ("Kịch bản đạt", "Số <n>", "Kịch bản bị bỏ qua"):
        assert after[f"{file}::{name}"] == before[f"{file}::{name}"]


def test_a_run_without_scenarios_writes_nothing(suite, tmp_path):
    (suite / "test_plain.py").write_text("def test_nothing():\n    pass\n", encoding="utf-8")
    results = tmp_path / "scenario-results.json"
    run = run_suite(suite, results, "test_plain.py")
    assert run.returncode == 0, run.stdout + run.stderr
    assert not results.exists()


def test_missing_or_broken_results_read_as_nothing_recorded(tmp_path):
    assert load_results(tmp_path / "absent.json") == {}
    (tmp_path / "broken.json").write_text("[1", encoding="utf-8")
    assert load_results(tmp_path / "broken.json") == {}
    (tmp_path / "odd.json").write_text("[1]", encoding="utf-8")
    assert load_results(tmp_path / "odd.json") == {}


def test_a_test_that_is_not_a_scenario_is_not_recorded(tmp_path):
    recorder = ScenarioRecorder(tmp_path / "r.json")
    recorder.reported("tests/test_x.py::test_y", "call", "passed", 0.1)
    recorder.reported("tests/test_x.py::test_y", "teardown", "passed", 0.0)
    assert recorder.save() is None and not (tmp_path / "r.json").exists()


def test_feature_files_are_named_as_the_catalogue_names_them(tmp_path):
    assert feature_file_key(PROJECT / "features" / "a" / "b.feature") == "features/a/b.feature"
    outside = tmp_path / "x.feature"
    assert feature_file_key(outside) == outside.resolve().as_posix()


def _recorded(recorder: ScenarioRecorder, name: str, *outcomes: str) -> None:
    for i, outcome in enumerate(outcomes):
        test_id = f"features/x.feature::{name}[{i}]"
        recorder._running[test_id] = ("features/x.feature", name, 3)
        recorder.reported(test_id, "call", outcome, 0.5)
        recorder.reported(test_id, "teardown", "passed", 0.0)


def test_processes_of_one_run_add_up_and_a_later_run_replaces_them(tmp_path):
    """With the suite in several processes, each saves the rows it ran of an outline: the
    record is the run's, not the last process's."""
    path = tmp_path / "r.json"
    first, second = ScenarioRecorder(path, run="a"), ScenarioRecorder(path, run="a")
    _recorded(first, "Số <n>", "passed", "failed")
    _recorded(second, "Số <n>", "passed")
    first.save(), second.save()
    record = load_results(path)["features/x.feature::Số <n>"]
    assert record["outcome"] == "failed"
    assert record["runs"] == {"passed": 2, "failed": 1, "skipped": 0}
    assert record["duration"] == 1.5

    later = ScenarioRecorder(path, run="b")
    _recorded(later, "Số <n>", "passed")
    later.save()
    record = load_results(path)["features/x.feature::Số <n>"]
    assert record["outcome"] == "passed" and record["runs"]["passed"] == 1

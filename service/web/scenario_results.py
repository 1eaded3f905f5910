"""Results of the Gherkin scenarios in the last recorded test run, for the rule pages.

A pytest plugin (hooks in ``tests/conftest.py``) feeds a :class:`ScenarioRecorder` while
the suite runs; at the end of the session it writes ``instance/scenario-results.json``
(or ``$TTHC_SCENARIO_RESULTS``)::

    {"updated_at": "2026-11-01T09:30:12Z",
     "scenarios": {"features/vinhphuc-9579/qtnb.feature::Thủ tục mới thiếu quy trình nội bộ":
                     {"file": "features/vinhphuc-9579/qtnb.feature", "name": "…", "line": 7,
                      "outcome": "passed", "finished_at": "…", "duration": 0.012}}}

The key is the feature file (relative to the project, as the rule catalogue names it) and
the scenario's name as written (an outline's rows are counted under its ``examples``).
Scenarios that did not run keep their earlier record; nothing is ever invented: a scenario
without a record shows as not run yet.

Each record carries a ``fingerprint``: a hash of the scenario's text (its background, steps
and examples) and of the version of the rules it ran against. The pages show a result only
while both are unchanged, so an edited scenario or a change of the rules never shows a pass
that was not run. ``make run`` runs the scenarios before serving, so a fresh deployment
shows real results.

When the suite runs in several processes (pytest-xdist), each process saves what it ran,
one at a time under a lock; records of the same run (``run``: the run's id, shared by its
processes) are combined as the rows of one outline are, and a later run replaces them.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from service.storage.locks import lock_beside

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_RESULTS_FILE = PROJECT_DIR / "instance" / "scenario-results.json"
OUTCOMES = ("passed", "failed", "skipped")


def results_path() -> Path:
    return Path(os.environ.get("TTHC_SCENARIO_RESULTS") or DEFAULT_RESULTS_FILE)


def feature_file_key(path: str | os.PathLike) -> str:
    """A feature file as the catalogue names it: relative to the project, else absolute."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(PROJECT_DIR).as_posix()
    except ValueError:
        return resolved.as_posix()


def scenario_key(file: str, name: str) -> str:
    return f"{file}::{name}"


def fingerprint(scenario: dict, rules_version: str) -> str:
    """A scenario's text and the rules' version, hashed: what a recorded result stands for."""
    text = json.dumps({k: scenario.get(k) for k in ("name", "background", "steps", "examples")},
                      ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(f"{rules_version}\n{text}".encode()).hexdigest()


def _fingerprints(records: dict[str, dict]) -> None:
    """Add the fingerprint of each record (its scenario as the feature file now reads, and
    the rules as the engine now loads them)."""
    from service.engine import get_engine
    from service.engine.scenarios import load_scenarios

    try:
        version = get_engine().policies.version
    except Exception:  # noqa: BLE001 - rules that do not load: no result stands for them
        return
    folders = {(PROJECT_DIR / r["file"]).parent for r in records.values()}
    scenarios = {}
    for folder in folders:
        for items in load_scenarios(folder, relative_to=PROJECT_DIR).values():
            for item in items:
                scenarios[(item["file"], item["line"])] = item
    for record in records.values():
        scenario = scenarios.get((record["file"], record["line"]))
        if scenario is not None:
            record["fingerprint"] = fingerprint(scenario, version)


def load_results(path: str | os.PathLike | None = None) -> dict[str, dict]:
    """The recorded results by scenario key; empty when nothing was recorded (or unreadable)."""
    try:
        data = json.loads(Path(path or results_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    scenarios = data.get("scenarios") if isinstance(data, dict) else None
    return scenarios if isinstance(scenarios, dict) else {}


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _worst(a: str, b: str) -> str:
    """Combined outcome of two rows of one outline: a failure wins, then a pass."""
    return min(a, b, key=lambda o: ("failed", "passed", "skipped").index(o))


class ScenarioRecorder:
    """Collects one outcome per scenario run; ``save()`` merges them into the results file."""

    def __init__(self, path: str | os.PathLike | None = None, run: str | None = None) -> None:
        self.path = Path(path or results_path())
        # the run's id (pytest-xdist's processes are given the one of their run)
        self.run = run or uuid.uuid4().hex
        self._running: dict[str, tuple[str, str, int]] = {}  # test id -> (file, name, line)
        self._phases: dict[str, dict[str, Any]] = {}  # test id -> outcome so far
        self.records: dict[str, dict] = {}

    def started(self, test_id: str, feature: Any, scenario: Any) -> None:
        """pytest-bdd is about to run ``scenario`` of ``feature`` as test ``test_id``."""
        template = next((t for t in getattr(feature, "scenarios", {}).values()
                         if t.line_number == scenario.line_number), scenario)
        self._running[test_id] = (feature_file_key(feature.filename), template.name,
                                  scenario.line_number)

    def reported(self, test_id: str, when: str, outcome: str, duration: float) -> None:
        """A phase (setup, call, teardown) of a test ended with ``outcome``."""
        if test_id not in self._running:
            return
        state = self._phases.setdefault(test_id, {"outcome": None, "duration": 0.0})
        state["duration"] += duration
        if outcome == "failed":
            state["outcome"] = "failed"
        elif outcome == "skipped" and state["outcome"] is None:
            state["outcome"] = "skipped"
        elif outcome == "passed" and when == "call" and state["outcome"] is None:
            state["outcome"] = "passed"
        if when == "teardown":
            self._finish(test_id)

    def _finish(self, test_id: str) -> None:
        file, name, line = self._running.pop(test_id)
        state = self._phases.pop(test_id)
        outcome = state["outcome"] or "skipped"
        key = scenario_key(file, name)
        earlier = self.records.get(key)
        if earlier is None:
            self.records[key] = {"file": file, "name": name, "line": line, "outcome": outcome,
                                 "finished_at": _now(), "duration": round(state["duration"], 4),
                                 "runs": {o: int(o == outcome) for o in OUTCOMES},
                                 "run": self.run}
            return
        _combine(earlier, {"outcome": outcome, "finished_at": _now(),
                           "duration": state["duration"],
                           "runs": {o: int(o == outcome) for o in OUTCOMES}})

    def save(self) -> Path | None:
        """Merge this session's records into the file; nothing is written when no scenario
        ran. Returns the file written."""
        if not self.records:
            return None
        _fingerprints(self.records)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with lock_beside(self.path, ".lock"):  # one process at a time merges
            merged = load_results(self.path)
            for key, record in self.records.items():
                earlier = merged.get(key)
                if earlier is not None and earlier.get("run") == self.run:
                    _combine(earlier, record)  # another process of this run ran other rows
                else:
                    merged[key] = dict(record)
            document = {"updated_at": _now(), "scenarios": dict(sorted(merged.items()))}
            fd, tmp = tempfile.mkstemp(prefix=".scenario-results-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(document, out, ensure_ascii=False, indent=1)
                out.write("\n")
            os.replace(tmp, self.path)
        return self.path


def _combine(earlier: dict, later: dict) -> None:
    """Add ``later``'s rows of a scenario to ``earlier``'s: a failure wins, then a pass."""
    earlier["outcome"] = _worst(earlier["outcome"], later["outcome"])
    earlier["finished_at"] = max(earlier["finished_at"], later["finished_at"])
    earlier["duration"] = round(earlier["duration"] + later["duration"], 4)
    runs = earlier.setdefault("runs", {o: 0 for o in OUTCOMES})
    for outcome, count in later.get("runs", {}).items():
        runs[outcome] = runs.get(outcome, 0) + count

"""Fixtures of the page tests: the service's app with the pages, a client, recorded results.

The pages read the Gherkin scenarios of ``tests/web/features`` (a fixed sample, so that the
tests do not move with the specification) and the scenario results of a file in the test's
temporary folder. A test marked ``database`` gets a migrated database of its own (a SQLite
file, or a schema of its own when ``$DATABASE_URL`` names PostgreSQL); any other test gets
an in-memory database that is never migrated.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FEATURES_DIR = HERE / "features"
EXAMPLES_DIR = HERE.parents[1] / "examples"


@pytest.fixture
def results_file(tmp_path) -> Path:
    """Where the pages look for the last recorded scenario results (absent at first)."""
    return tmp_path / "scenario-results.json"


@pytest.fixture
def settings(request, database_url, results_file) -> dict:
    return {"TESTING": True, "DATABASE_URL": database_url,
            "MIGRATE_ON_START": request.node.get_closest_marker("database") is not None,
            "AUTH": False,  # access control: tests/trust
            "FEATURES_DIR": str(FEATURES_DIR), "SCENARIO_RESULTS": str(results_file)}


@pytest.fixture
def example():
    """``example(name)``: the text of a submission of ``examples/``."""
    def load(name: str) -> str:
        return (EXAMPLES_DIR / name).read_text(encoding="utf-8")
    return load


def stamped(scenarios: dict) -> dict:
    """The records, each with the fingerprint a run against the current rules gives it
    (a record that already has one keeps it)."""
    from service.engine import get_engine
    from service.engine.scenarios import load_scenarios
    from service.web.scenario_results import PROJECT_DIR, fingerprint

    version = get_engine().policies.version
    known = {(s["file"], s["line"]): s
             for items in load_scenarios(FEATURES_DIR, relative_to=PROJECT_DIR).values()
             for s in items}
    out = {}
    for key, record in scenarios.items():
        scenario = known.get((record["file"], record["line"]))
        out[key] = {"fingerprint": fingerprint(scenario, version) if scenario else None,
                    **record}
    return out


@pytest.fixture
def record_results(results_file):
    """``record_results({"file::name": {...}})``: as if a test run against the current rules
    had recorded them."""
    def write(scenarios: dict) -> None:
        results_file.write_text(json.dumps({"updated_at": "2026-11-01T09:30:00Z",
                                            "scenarios": stamped(scenarios)},
                                           ensure_ascii=False), encoding="utf-8")
    return write

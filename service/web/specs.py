"""The Gherkin scenarios of each rule, with their result in the last recorded test run."""

from __future__ import annotations

import re
from pathlib import Path

from flask import current_app

from service.config import PROJECT_DIR
from service.engine import get_engine
from service.engine.scenarios import load_scenarios
from service.web.rulebook import fold
from service.web.scenario_results import fingerprint, load_results, results_path, scenario_key


def features_dir() -> Path:
    return Path(current_app.config.get("FEATURES_DIR") or PROJECT_DIR / "features")


def scenario_results_file() -> Path:
    return Path(current_app.config.get("SCENARIO_RESULTS") or results_path())


def anchor_of(scenario: dict) -> str:
    """A stable fragment id for a scenario: its file's name and its own, folded."""
    stem = Path(scenario["file"]).stem
    return "sc-" + re.sub(r"[^a-z0-9]+", "-", fold(f"{stem} {scenario['name']}")).strip("-")


def _with_result(scenario: dict, results: dict[str, dict], version: str) -> dict:
    record = results.get(scenario_key(scenario["file"], scenario["name"]))
    if record is None:  # an outline whose name holds a placeholder was recorded by line
        record = next((r for r in results.values() if r.get("file") == scenario["file"]
                       and r.get("line") == scenario["line"]), None)
    if record is not None and record.get("fingerprint") != fingerprint(scenario, version):
        record = {"outcome": "stale"}  # ran, but against another text or other rules
    return {**scenario, "anchor": anchor_of(scenario), "result": record}


def scenarios_by_rule() -> dict[str, list[dict]]:
    """Scenarios by rule id (the tag without ``@``), each with ``anchor`` and ``result`` (the
    recorded run; ``{"outcome": "stale"}`` when it ran against another text of the scenario
    or other rules; None when it has not run)."""
    results = load_results(scenario_results_file())
    version = get_engine().policies.version
    out: dict[str, list[dict]] = {}
    for tag, scenarios in load_scenarios(features_dir(), relative_to=PROJECT_DIR).items():
        seen: set[str] = set()
        items = []
        for scenario in scenarios:
            item = _with_result(scenario, results, version)
            while item["anchor"] in seen:  # two scenarios of one name in one file
                item["anchor"] += f"-{scenario['line']}"
            seen.add(item["anchor"])
            items.append(item)
        out[tag] = items
    return out

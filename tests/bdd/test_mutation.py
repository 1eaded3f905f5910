"""The scenarios bite: break one condition of a copy of ``policies/`` and its scenarios fail.

Each mutation copies the policy folder, changes one rule in it (through the YAML data, so
formatting changes in the rule files do not matter), checks that the copy still loads, and runs
that rule's scenarios (``-m <rule id>``) in a subprocess with ``TTHC_POLICIES`` pointing at the
copy. The scenarios must fail on every broken copy and pass on the unbroken one. The runs are
started together, so the whole test takes about as long as one of them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from service.engine.policy import load_policies

ROOT = Path(__file__).resolve().parents[2]
POLICIES = Path(os.environ.get("TTHC_POLICIES") or ROOT / "policies")


def _rule(folder: Path, rule_id: str) -> tuple[Path, dict, dict]:
    """The rule file holding ``rule_id`` in a policy folder, its data and the rule itself."""
    for path in sorted(folder.glob("*/rules/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for rule in data["rules"]:
            if rule["id"] == rule_id:
                return path, data, rule
    raise LookupError(f"rule {rule_id} not found under {folder}")


def coordinate_with_district_centre(rule: dict) -> None:
    """QTNB-04 asks for the district centre instead of the district People's Committee."""
    assert rule["fires_if"] == {"coordinating_types": {"lacks": "district_pc"}}, rule["fires_if"]
    rule["fires_if"] = {"coordinating_types": {"lacks": "district_centre"}}


def forget_missing_tiers(rule: dict) -> None:
    """QTNB-08 no longer asks for an internal procedure of every tier."""
    tests = rule["fires_if"]["any"]
    kept = [t for t in tests if "missing" not in repr(t)]
    assert len(kept) == len(tests) - 1, tests
    rule["fires_if"] = kept[0] if len(kept) == 1 else {"any": kept}


def ignore_the_district_centre(rule: dict) -> None:
    """QTDT-06 no longer asks a commune's electronic procedure to coordinate with the district
    public administration centre."""
    tests = rule["fires_if"]["any"]
    assert {"coordinating_types": {"lacks": "district_centre"}} in tests, tests
    rule["fires_if"] = {"any": [t for t in tests
                                if t != {"coordinating_types": {"lacks": "district_centre"}}]}


def count_abolitions(rule: dict) -> None:
    """CQDP-01 fires on procedures being abolished, as v1 did."""
    assert "abolished" in repr(rule["applies_if"]), rule.get("applies_if")
    del rule["applies_if"]


def _walk(node, change):
    """``node`` with ``change`` applied to every mapping and list in it, leaves first."""
    if isinstance(node, dict):
        node = {k: _walk(v, change) for k, v in node.items()}
    elif isinstance(node, list):
        node = [_walk(v, change) for v in node]
    return change(node)


def equal_is_over(rule: dict) -> None:
    """ND118-02 counts a total equal to the time limit as over it."""
    def at_least(node):
        if isinstance(node, dict) and "greater_than" in node:
            return {"at_least": node["greater_than"]}
        return node
    assert repr(rule["fires_if"]).count("greater_than") == 2, rule["fires_if"]
    rule["fires_if"] = _walk(rule["fires_if"], at_least)


def accept_for_committee(rule: dict) -> None:
    """QTNB-13 no longer asks a reviewer to look at «TM. Ủy ban nhân dân»."""
    def drop(node):
        return [v for v in node if v != "for_committee"] if isinstance(node, list) else node
    assert repr(rule["fires_if"]).count("for_committee") == 3, rule["fires_if"]
    rule["fires_if"] = _walk(rule["fires_if"], drop)


def refuse_the_chairman(rule: dict) -> None:
    """QTNB-05 refuses a Submission letter addressed «Kính gửi: Chủ tịch UBND tỉnh», as v1 did."""
    route, delegate = rule["fires_if"]["all"]
    assert route == {"addressed_to.type": {"not_in": ["ppc_office", "ppc_chairman", "ppc"]}}
    rule["fires_if"]["all"] = [{"addressed_to.type": {"is_not": "ppc_office"}}, delegate]


def forget_the_letter(rule: dict) -> None:
    """QTNB-06 (national since v3) no longer asks for the Tờ trình or a proposal letter."""
    tests = rule["fires_if"]["any"]
    assert tests[0] == {"all": [{"documents": {"lacks": "to_trinh"}},
                                {"documents": {"lacks": "proposal_letter"}}]}, tests
    rule["fires_if"] = tests[1]


def keep_ended_provinces(rule: dict) -> None:
    """JUR-01 lets a dossier name a province that had ended, and fires on one that exists."""
    assert rule["fires_if"] == {"named_province_ended": {"is": True}}, rule["fires_if"]
    rule["fires_if"] = {"named_province_ended": {"is": False}}


MUTATIONS = {
    "QTNB-04": coordinate_with_district_centre,
    "QTNB-08": forget_missing_tiers,
    "QTDT-06": ignore_the_district_centre,
    "CQDP-01": count_abolitions,
    "ND118-02": equal_is_over,
    "QTNB-13": accept_for_committee,
    "QTNB-05": refuse_the_chairman,
    "QTNB-06": forget_the_letter,
    "JUR-01": keep_ended_provinces,
}


def _policy_copy(target: Path, rule_id: str | None = None) -> Path:
    folder = target / "policies"
    shutil.copytree(POLICIES, folder)
    if rule_id:
        path, data, rule = _rule(folder, rule_id)
        original = yaml.safe_dump(rule, allow_unicode=True, sort_keys=True)
        MUTATIONS[rule_id](rule)
        assert yaml.safe_dump(rule, allow_unicode=True, sort_keys=True) != original
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
    load_policies(folder)  # the copy is a valid policy folder: failures come from the rule
    return folder


def _scenarios(folder: Path, marker: str, results: Path) -> subprocess.Popen:
    # only pytest-bdd among the plugins: the others' imports (hypothesis, schemathesis) would
    # be half of each run
    env = {**os.environ, "TTHC_POLICIES": str(folder),
           "TTHC_SCENARIO_RESULTS": str(results), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", "tests/bdd/test_features.py", "-m", marker,
         "-q", "-p", "no:cacheprovider", "-p", "pytest_bdd.plugin", "--confcutdir",
         "tests/bdd"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.mark.skipif(not POLICIES.is_dir(), reason="no policy folder to copy")
def test_broken_rules_fail_their_scenarios_and_the_unbroken_copy_passes(tmp_path: Path) -> None:
    runs = {}
    for rule_id in MUTATIONS:
        folder = _policy_copy(tmp_path / rule_id, rule_id)
        runs[rule_id] = _scenarios(folder, rule_id, tmp_path / f"{rule_id}.json")
    unbroken = _policy_copy(tmp_path / "unbroken")
    runs["unbroken"] = _scenarios(unbroken, " or ".join(MUTATIONS), tmp_path / "unbroken.json")

    outputs = {name: run.communicate(timeout=300)[0] for name, run in runs.items()}
    codes = {name: run.returncode for name, run in runs.items()}

    assert codes["unbroken"] == 0 and " passed" in outputs["unbroken"], (
        f"the scenarios fail on an unbroken copy of policies/:\n{outputs['unbroken']}")
    survivors = [f"{rule_id} ({MUTATIONS[rule_id].__doc__.strip()}): exit {codes[rule_id]}\n"
                 f"{outputs[rule_id][-2000:]}"
                 for rule_id in MUTATIONS
                 if codes[rule_id] != 1 or " failed" not in outputs[rule_id]]
    assert not survivors, "broken rules whose scenarios still pass:\n" + "\n".join(survivors)

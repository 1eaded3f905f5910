"""The engine end to end: examples, ordering, determinism, dates, failing closed."""

import json
from datetime import date
from pathlib import Path

import pytest

from service.contract.schemas import load_submission
from service.engine import EngineError, finding_key, get_engine, matchers, path_key

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# What the catalogue makes of each example: outcome and the (rule, subject path) findings.
EXPECTED = {
    "contract-example.json": ("accepted", []),
    "publication-new-and-amended.json": ("accepted", [("QTNB-09", "procedures.2")]),
    "publication-missing-internal-procedure.json": (
        "rejected", [("QTNB-08", "procedures.0"), ("QTNB-08", "procedures.1"),
                     ("QTNB-09", "procedures.2")]),
    "internal-procedure-three-tiers.json": ("accepted", []),
    "internal-procedure-amendment.json": ("needs_review", [("QTNB-12", "internal_procedures.0")]),
    "electronic-procedure-district-commune.json": (
        "needs_review", [("CHUNG-02", "electronic_procedures.1")]),
    "after-2025-reform-commune.json": ("accepted", []),
    "after-2025-reform-district.json": (
        "rejected", [("CQDP-01", "internal_procedures.1"), ("CQDP-01", "procedures.0")]),
    "before-any-policy.json": ("no_policy", []),
    "internal-procedure-signed-on-behalf.json": ("accepted", []),
    "other-province-lang-son.json": ("accepted", []),
    "publication-abolishing-district-tthc.json": ("accepted", []),
    "other-province-cao-bang-without-to-trinh.json": ("rejected", [("QTNB-06", "")]),
    "ha-noi-approved-by-the-centre-under-delegation.json": ("accepted", []),
    "vinh-phuc-after-the-merger.json": ("rejected", [("JUR-01", "")]),
}


def load(name: str) -> dict:
    return load_submission(json.loads((EXAMPLES / name).read_text(encoding="utf-8")))


def test_every_example_has_an_expectation():
    assert sorted(p.name for p in EXAMPLES.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_verdicts(name):
    outcome, findings = EXPECTED[name]
    verdict = get_engine().evaluate(load(name))
    assert verdict["outcome"] == outcome
    assert [(f["rule_id"], f["subject"]["path"]) for f in verdict["findings"]] == findings


def test_findings_carry_subject_facts_basis_and_messages():
    verdict = get_engine().evaluate(load("publication-missing-internal-procedure.json"))
    first = verdict["findings"][0]
    assert first["subject"] == {"procedure_code": "1.009994", "path": "procedures.0"}
    assert first["facts"] == {"change": "new", "missing_tiers": ["district"],
                              "missing_document": True}
    assert first["legal_basis"]["anchor"] == "§QTNB-6"
    assert "đồng thời xây dựng, trình dự thảo quyết định" in first["legal_basis"]["quote"]
    assert "13/12/2019" in first["legal_basis"]["source"]
    assert "cấp huyện" in first["message"]["vi"] and "district tier" in first["message"]["en"]
    assert "procedures.0" not in first["message"]["vi"]
    assert verdict["province"] == "vinh-phuc"
    assert [p["id"] for p in verdict["policies"]] == ["vinhphuc-9579", "vn-approval",
                                                      "vn-one-stop", "vn-registry"]
    assert all(p["version"].startswith("sha256:") for p in verdict["policies"])


def test_same_input_same_verdict_byte_for_byte():
    engine = get_engine()
    a = engine.evaluate(load("publication-missing-internal-procedure.json"))
    b = engine.evaluate(load("publication-missing-internal-procedure.json"))
    assert a["decision_id"] != b["decision_id"]
    a.pop("decision_id"), b.pop("decision_id")
    assert json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)


def test_finding_order_severity_rule_then_numeric_path():
    assert path_key("procedures.10") > path_key("procedures.9")
    findings = [
        {"severity": "info", "rule_id": "A-01", "subject": {"path": "procedures.0"}},
        {"severity": "error", "rule_id": "B-01", "subject": {"path": "procedures.10"}},
        {"severity": "error", "rule_id": "B-01", "subject": {"path": "procedures.9"}},
        {"severity": "warning", "rule_id": "A-01", "subject": {"path": ""}},
        {"severity": "error", "rule_id": "A-02", "subject": {"path": "procedures.1"}},
    ]
    ordered = sorted(findings, key=finding_key)
    assert [(f["rule_id"], f["subject"]["path"]) for f in ordered] == [
        ("A-02", "procedures.1"), ("B-01", "procedures.9"), ("B-01", "procedures.10"),
        ("A-01", ""), ("A-01", "procedures.0")]


def test_as_of_overrides_submitted_on():
    engine = get_engine()
    submission = load("after-2025-reform-district.json")
    before = engine.evaluate(submission, as_of=date(2025, 6, 30))
    assert before["evaluated_on"] == "2025-06-30"
    assert "CQDP-01" not in {f["rule_id"] for f in before["findings"]}
    assert "vn-two-tier-2025" not in {p["id"] for p in before["policies"]}


def test_an_action_exception_fails_closed(monkeypatch):
    """A failure while taking a firing from the engine refuses the verdict, and the engine
    goes on working for the next submission."""
    engine = get_engine()

    def failing_action(collected, rule_name, content):
        raise RuntimeError("action failed")

    with monkeypatch.context() as patch:
        patch.setattr(matchers.DurableMatcher, "record", staticmethod(failing_action))
        with pytest.raises(EngineError, match="action failed"):
            engine.evaluate(load("publication-missing-internal-procedure.json"))
        # A submission that fires no rule records nothing and is still evaluated.
        assert engine.evaluate(load("contract-example.json"))["outcome"] == "accepted"
    assert engine.evaluate(load("publication-missing-internal-procedure.json"))[
        "outcome"] == "rejected"


def test_reload_swaps_and_a_broken_file_keeps_the_last_good(tmp_path):
    import shutil

    from service import engine as engine_module
    from service.engine.policy import PolicyError

    serving = get_engine()
    folder = tmp_path / "policies"
    shutil.copytree(serving.policies.directory, folder)
    rule_file = folder / "vinhphuc-9579" / "rules" / "10-internal-procedures.yaml"
    # Moving QTNB-04's end date is a new version of its pack.
    rule_file.write_text(rule_file.read_text(encoding="utf-8").replace(
        "valid_until: 2025-06-30", "valid_until: 2026-06-30"), encoding="utf-8")
    try:
        fresh = engine_module.reload_policies(folder)
        assert get_engine() is fresh
        old = {p.id: p.version for p in serving.policies.packs}
        new = {p.id: p.version for p in fresh.policies.packs}
        assert old["vinhphuc-9579"] != new["vinhphuc-9579"]
        assert old["vn-one-stop"] == new["vn-one-stop"]

        rule_file.write_text("rules: [{id: QTNB-99}]\n", encoding="utf-8")
        with pytest.raises(PolicyError, match="10-internal-procedures.yaml: rule QTNB-99"):
            engine_module.reload_policies(folder)
        assert get_engine() is fresh
        assert fresh.evaluate(load("contract-example.json"))["outcome"] == "accepted"
    finally:
        engine_module.set_engine(serving)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_agrees_with_evaluate(name):
    engine = get_engine()
    submission = load(name)
    verdict = engine.evaluate(submission)
    outcome, keys = engine.check(submission)
    assert outcome == verdict["outcome"]
    assert keys == sorted((f["rule_id"], f["subject"]["path"]) for f in verdict["findings"])

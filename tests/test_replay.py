"""Replaying stored history under a changed rule lists exactly the verdicts it changes."""

import random
import shutil
from datetime import date, timedelta

import pytest

from service.contract.schemas import load_submission
from service.engine import get_engine
from service.storage import Store
from service.storage.replay import replay

DEPT = {"code": "STP", "type": "department"}
START = date(2024, 9, 1)


def generated(rng: random.Random, i: int) -> dict:
    """Internal-procedure submissions around the end of QTNB-04 (2025-06-30)."""
    tier = rng.choice(["district", "commune"])
    coordinating = [{"code": "UBND-H", "type": "district_pc"}] if rng.random() < 0.5 else []
    if rng.random() < 0.3:
        coordinating.append({"code": "TTPVHCC", "type": "provincial_centre"})
    day = START + timedelta(days=rng.randrange(0, 300))
    steps = [{"order": 1, "action": "Tiếp nhận", "responsible": "Bộ phận Một cửa",
              "duration": {"value": 4, "unit": "working_hours"}}]
    if rng.random() < 0.2:
        steps.append({"order": 2, "action": "Thẩm định"})  # no one responsible: ND61-01
    return {"reference": f"{i}/TTr-STP", "kind": "internal_procedure",
            "submitted_on": day.isoformat(), "submitter": DEPT,
            "addressed_to": {"type": "ppc_office"},
            "documents": ["to_trinh", "draft_internal_procedure_decision"],
            "procedures": [{"code": f"2.{i:06d}", "name": f"Thủ tục {i}",
                            "managing_agency": DEPT, "tiers": [tier]}],
            "internal_procedures": [{"procedure_code": f"2.{i:06d}", "tier": tier,
                                     "drafted_by": DEPT, "coordinating": coordinating,
                                     "steps": steps}]}


@pytest.fixture()
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'replay.sqlite3'}")
    store.upgrade()
    yield store
    store.dispose()


def test_moving_qtnb04_end_date_lists_exactly_the_changed_verdicts(store, tmp_path):
    rng = random.Random(4)
    engine = get_engine()
    stored = []
    for i in range(2000):
        submission = load_submission(generated(rng, i))
        result = store.create_submission(submission, engine.evaluate)
        stored.append((result.submission, submission))

    draft = tmp_path / "draft"
    shutil.copytree(engine.policies.directory, draft)
    rules = draft / "vinhphuc-9579" / "rules" / "10-internal-procedures.yaml"
    text = rules.read_text(encoding="utf-8")
    assert text.count("valid_until: 2025-06-30") == 1
    rules.write_text(text.replace("valid_until: 2025-06-30", "valid_until: 2024-12-31"),
                     encoding="utf-8")

    # Expected, from the stored verdicts alone: QTNB-04 findings after the new end date.
    expected = {}
    for record, submission in stored:
        fired = {f["rule_id"] for f in record.verdict.findings}
        if "QTNB-04" in fired and submission["submitted_on"] > date(2024, 12, 31):
            others = [f for f in record.verdict.findings if f["rule_id"] != "QTNB-04"]
            after = "rejected" if any(f["severity"] == "error" for f in others) else (
                "needs_review" if others else "accepted")
            expected[record.id] = after
    assert 100 < len(expected) < 2000

    report = replay(store, str(draft))
    assert report.evaluated == 2000
    assert {c.submission_id: c.after for c in report.changes} == expected
    assert all(c.lost == ["QTNB-04"] and c.gained == [] for c in report.changes)
    assert set(report.by_rule()) == {"QTNB-04"}
    assert sorted(report.by_rule()["QTNB-04"]["lost"]) == sorted(expected)
    moved = report.by_outcome()
    assert sum(len(v) for v in moved.values()) == sum(
        1 for c in report.changes if c.before != c.after)
    assert report.as_csv().count("\n") == len(expected) + 1

    # The same with two worker processes, and nothing changes under the unchanged rules.
    parallel = replay(store, str(draft), workers=2)
    assert [c.__dict__ for c in parallel.changes] == [c.__dict__ for c in report.changes]
    assert replay(store, engine.policies.directory).changes == []
    since = replay(store, str(draft), since=date(2025, 3, 1))
    assert {c.submission_id for c in since.changes} == {
        r.id for r, s in stored if r.id in expected and s["submitted_on"] >= date(2025, 3, 1)}

"""The registry per province: a TTHC row, an approval and the coverage report belong to one
province; a national code held by two provinces is two separate histories."""

from datetime import date

import pytest

from service.contract.schemas import load_submission
from service.engine import get_engine
from service.registry import approvals

pytestmark = pytest.mark.database

DEPT = {"code": "SXD", "name": "Sở Xây dựng", "type": "department"}
STEPS = [{"order": 1, "action": "Tiếp nhận", "responsible": "Trung tâm PVHCC tỉnh",
          "duration": {"value": 4, "unit": "working_hours"}},
         {"order": 2, "action": "Thẩm định", "responsible": "Phòng chuyên môn",
          "duration": {"value": 19, "unit": "working_days"}}]


def internal_submission(code: str, on: str, province: str | None, **ip) -> dict:
    body = {
        "kind": "internal_procedure", "submitted_on": on, "submitter": DEPT,
        "addressed_to": {"type": "ppc_office"},
        "documents": ["to_trinh", "draft_internal_procedure_decision"],
        "procedures": [{"code": code, "name": "Cấp giấy phép xây dựng", "managing_agency": DEPT,
                        "tiers": ["province"], "reception": "provincial_centre"}],
        "internal_procedures": [{"procedure_code": code, "tier": "province", "drafted_by": DEPT,
                                 "coordinating": [{"type": "provincial_centre"}],
                                 "steps": STEPS, **ip}]}
    if province:
        body["province"] = province
    return load_submission(body)


def stored(store, submission: dict) -> str:
    return store.create_submission(submission, get_engine().evaluate).submission.id


def test_one_provinces_decision_never_closes_anothers_version(store, reg):
    nghe_an = stored(store, internal_submission("1.012994", "2025-11-01", "nghe-an"))
    approvals.approve(reg, nghe_an, "3857/QĐ-UBND", date(2025, 11, 26))
    cao_bang = stored(store, internal_submission("1.012994", "2025-12-01", "cao-bang"))
    record = approvals.approve(reg, cao_bang, "2001/QĐ-UBND", date(2025, 12, 10))
    assert [(e["action"], e["outcome"]) for e in record.effects] == [
        ("internal_procedure_approved", "created")]
    day = date(2026, 1, 5)
    held_in_nghe_an = reg.view(province="nghe-an").internal_procedure("1.012994", "province",
                                                                       day)
    held_in_cao_bang = reg.view(province="cao-bang").internal_procedure("1.012994", "province",
                                                                         day)
    assert held_in_nghe_an.decision_number == "3857/QĐ-UBND"
    assert held_in_cao_bang.decision_number == "2001/QĐ-UBND"

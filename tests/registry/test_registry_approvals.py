"""Approvals on the registry's store: what a decision writes, what it leaves alone; the
``registry approve`` command; coverage filters; replays that read the registry."""

import json
import shutil
from datetime import date

import pytest
from click.testing import CliRunner

from service.cli.registry import registry as registry_group
from service.contract.schemas import load_submission
from service.engine import get_engine
from service.registry import approvals
from service.registry.coverage import (
    ElectronicProcedureRecord,
    InternalProcedureRecord,
    ProcedureRecord,
    coverage_report,
    filter_records,
)
from service.registry.importer import parse_csv
from service.storage.replay import replay

DEPT = {"code": "SXD", "name": "Sở Xây dựng", "type": "department"}
STEPS = [{"order": 1, "action": "Tiếp nhận", "responsible": "Trung tâm PVHCC tỉnh",
          "duration": {"value": 4, "unit": "working_hours"}},
         {"order": 2, "action": "Thẩm định", "responsible": "Phòng chuyên môn",
          "duration": {"value": 19, "unit": "working_days"}},
         {"order": 3, "action": "Trả kết quả", "responsible": "Trung tâm PVHCC tỉnh",
          "counted": False}]


def internal_submission(code: str, on: str, kind: str = "internal_procedure", **ip) -> dict:
    return load_submission({
        "kind": kind, "submitted_on": on, "submitter": DEPT,
        "addressed_to": {"type": "ppc_office"},
        "documents": ["to_trinh", "draft_internal_procedure_decision"],
        "procedures": [{"code": code, "name": "Cấp giấy phép xây dựng", "managing_agency": DEPT,
                        "tiers": ["province"], "reception": "provincial_centre"}],
        "internal_procedures": [{"procedure_code": code, "tier": "province", "drafted_by": DEPT,
                                 "coordinating": [{"type": "provincial_centre"}],
                                 "steps": STEPS, **ip}]})


def stored(store, submission: dict) -> str:
    return store.create_submission(submission, get_engine().evaluate).submission.id


@pytest.mark.database
def test_a_later_version_held_is_left_alone_and_said(store, reg):
    reg.record_internal_procedure("1.000001", "province", "900/QĐ-UBND", date(2025, 9, 1),
                                  STEPS)
    submission_id = stored(store, internal_submission("1.000001", "2025-03-01"))
    record = approvals.approve(reg, submission_id, "100/QĐ-UBND", date(2025, 3, 10))
    assert [(e["action"], e["outcome"]) for e in record.effects] == [
        ("internal_procedure_approved", "older")]
    assert "2025-09-01" in record.effects[0]["detail"]
    assert reg.view().internal_procedure("1.000001", "province",
                                         date(2025, 9, 2)).decision_number == "900/QĐ-UBND"
    assert approvals.approval_of(reg, submission_id).decision_number == "100/QĐ-UBND"


@pytest.mark.database
def test_approving_twice_or_a_missing_submission(store, reg):
    submission_id = stored(store, internal_submission("1.000002", "2025-03-01"))
    approvals.approve(reg, submission_id, "100/QĐ-UBND", date(2025, 3, 10))
    with pytest.raises(approvals.AlreadyApproved, match="100/QĐ-UBND"):
        approvals.approve(reg, submission_id, "101/QĐ-UBND", date(2025, 3, 11))
    with pytest.raises(approvals.SubmissionNotFound):
        approvals.approve(reg, "01ARZ3NDEKTSV4RRFFQ69G5FAV", "1/QĐ-UBND", date(2025, 3, 11))
    # nothing of the refused second approval went in
    _, versions, _ = reg.records("1.000002")
    assert [v.decision_number for v in versions] == ["100/QĐ-UBND"]


@pytest.mark.database
def test_the_approve_command(store, reg, database_url):
    submission_id = stored(store, internal_submission("1.000003", "2025-03-01"))
    runner = CliRunner()
    args = ["approve", submission_id, "--decision", "120/QĐ-UBND", "--date", "2025-03-12",
            "--database", database_url]
    result = runner.invoke(registry_group, [*args, "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert (body["decision"], body["decided_on"], body["approved_by"]) == (
        "120/QĐ-UBND", "2025-03-12", {"type": "ppc_chairman"})
    assert body["effects"][0]["outcome"] == "created"
    again = runner.invoke(registry_group, args)
    assert again.exit_code == 1 and "already approved" in again.output
    early = runner.invoke(registry_group, ["approve", stored(store, internal_submission(
        "1.000004", "2025-03-01")), "--decision", "1/QĐ-UBND", "--date", "2025-02-01",
        "--database", database_url])
    assert early.exit_code == 1 and "before the submission" in early.output


@pytest.mark.database
def test_an_amendment_clears_the_flag_and_rejected_ones_are_refused(store, reg):
    reg.import_list(parse_csv("Mã TTHC,Tên TTHC,Cấp thực hiện,Số quyết định,Ngày quyết định\n"
                              "1.000005,Cấp giấy phép xây dựng,Cấp tỉnh,10/QĐ-UBND,2025-01-02\n"))
    first = stored(store, internal_submission("1.000005", "2025-02-01"))
    approvals.approve(reg, first, "50/QĐ-UBND", date(2025, 2, 10))
    assert reg.flag_needs_amendment("1.000005", "province", date(2025, 4, 1)) == "superseded"
    report = reg.coverage(date(2025, 4, 2))
    assert report["gaps"][0]["missing"] == ["internal_procedure_amendment",
                                            "electronic_procedure"]
    amendment = stored(store, internal_submission(
        "1.000005", "2025-04-05", kind="internal_procedure_amendment",
        amends={"decision": "50/QĐ-UBND", "approved_by": {"type": "ppc_chairman"}},
        amendment_reason="law_changed"))
    approvals.approve(reg, amendment, "70/QĐ-UBND", date(2025, 4, 20))
    assert reg.coverage(date(2025, 4, 21))["totals"]["with_internal_procedure"] == 1
    assert reg.coverage(date(2025, 4, 19))["totals"]["with_internal_procedure"] == 0

    rejected = stored(store, internal_submission("1.000005", "2025-05-01",
                                                 kind="internal_procedure_amendment"))
    with pytest.raises(approvals.NotApprovable, match="was rejected"):
        approvals.approve(reg, rejected, "80/QĐ-UBND", date(2025, 5, 2))


def test_coverage_filters_keep_only_the_matching_procedure_tiers():
    procedures = [ProcedureRecord("1.000001", "A", ("province", "commune"), "in_force",
                                  "Hộ tịch", "Sở Tư pháp", "Sở Tư pháp; UBND cấp xã"),
                  ProcedureRecord("1.000002", "B", ("province",), "in_force", "Xây dựng",
                                  "Sở Xây dựng", "Sở Xây dựng")]
    internal = [InternalProcedureRecord("1.000001", "commune"),
                InternalProcedureRecord("1.000002", "province")]
    electronic = [ElectronicProcedureRecord("1.000001", "commune")]
    kept = filter_records(procedures, internal, electronic, tier="commune")
    assert [(p.code, p.tiers) for p in kept[0]] == [("1.000001", ("commune",))]
    assert coverage_report(*kept)["totals"]["with_both"] == 1  # A is complete at commune
    kept = filter_records(procedures, internal, electronic, field="ho tich")
    assert coverage_report(*kept)["totals"]["with_both"] == 0  # not at province
    kept = filter_records(procedures, internal, electronic, agency="sở xây dựng")
    assert [p.code for p in kept[0]] == ["1.000002"] and len(kept[1]) == 1
    assert filter_records(procedures, internal, electronic) == (procedures, internal,
                                                                  electronic)


@pytest.mark.database
def test_a_replay_reads_the_registry_as_of_each_verdict(store, reg, tmp_path):
    """A stored amendment cites a decision the registry did not hold then; once the registry
    holds another decision for that TTHC from before the submission, a replay with the same
    rules finds REG-01 — and the stored verdict of a TTHC the registry does not know is
    unchanged."""
    cited = stored(store, internal_submission(
        "1.000006", "2025-06-01", kind="internal_procedure_amendment",
        amends={"decision": "55/QĐ-UBND", "approved_by": {"type": "ppc_chairman"}},
        amendment_reason="law_changed"))
    unknown = stored(store, internal_submission("1.000007", "2025-06-01"))
    policies = tmp_path / "policies"
    shutil.copytree(get_engine().policies.directory, policies)
    assert replay(store, str(policies)).changes == []
    reg.record_internal_procedure("1.000006", "province", "44/QĐ-UBND", date(2025, 1, 5),
                                  STEPS)
    report = replay(store, str(policies))
    assert [(c.submission_id, c.before, c.after, c.gained) for c in report.changes] == [
        (cited, "accepted", "rejected", ["REG-01"])]
    assert unknown not in {c.submission_id for c in report.changes}

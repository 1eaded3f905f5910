"""The registry per province: a TTHC row, an approval and the coverage report belong to one
province; a national code held by two provinces is two separate histories."""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from service.contract.schemas import load_submission
from service.engine import get_engine
from service.registry import approvals
from service.registry.cache import RegistryCache
from service.registry.importer import parse_csv, parse_file
from service.registry.procedure_file import parse_procedure_file
from service.registry.store import UnknownProvince
from service.storage.replay import replay

pytestmark = pytest.mark.database

REAL = Path(__file__).resolve().parent / "data" / "tthc_lists_sample.csv"

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


# --- imports and coverage per province ------------------------------------------------------

LIST = ("Mã TTHC,Tên TTHC,Cấp thực hiện,Cơ quan thực hiện,Thời hạn giải quyết,Số quyết định,"
        "Ngày quyết định\n")


def a_list(*lines: str, header: str = LIST):
    return parse_csv(header + "".join(line + "\n" for line in lines), source="list.csv")


def test_an_import_goes_to_the_province_it_names_and_no_other(reg):
    reg.import_list(a_list("1.000001,Cấp phép X,Cấp tỉnh,Sở Xây dựng,20 ngày làm việc,"
                           "10/QĐ-UBND,2025-08-01"), province="nghe-an")
    report = reg.import_list(a_list("1.000001,Cấp phép X,Cấp tỉnh; Cấp xã,Sở Xây dựng,"
                                    "15 ngày làm việc,77/QĐ-UBND,2025-09-01"),
                             province="cao-bang")
    assert (report.province, report.created, report.superseded) == ("cao-bang", 1, 0)
    assert [v.decision_number for v in reg.history("1.000001", "nghe-an")] == ["10/QĐ-UBND"]
    assert reg.history("1.000001", "nghe-an")[0].valid_to is None  # still in force
    assert [v.decision_number for v in reg.history("1.000001", "cao-bang")] == ["77/QĐ-UBND"]
    assert reg.history("1.000001") == []  # the default province holds nothing
    day = date(2025, 10, 1)
    assert reg.coverage(day, province="nghe-an")["totals"]["procedure_tiers"] == 1
    assert reg.coverage(day, province="cao-bang")["totals"]["procedure_tiers"] == 2
    assert reg.coverage(day)["totals"]["tthc"] == 0
    assert reg.coverage(day, province="cao-bang")["province"] == "cao-bang"


def test_the_default_province_is_the_setting(reg, monkeypatch):
    monkeypatch.setenv("TTHC_PROVINCE", "ha-tinh")
    report = reg.import_list(a_list("1.000001,Cấp phép X,Cấp tỉnh,,,10/QĐ-UBND,2025-08-01"))
    assert report.province == "ha-tinh" and report.provinces == {"ha-tinh": 1}
    assert len(reg.history("1.000001", "ha-tinh")) == 1
    assert reg.coverage(date(2025, 9, 1))["province"] == "ha-tinh"


def test_an_unknown_province_is_refused_before_anything_is_written(reg):
    with pytest.raises(UnknownProvince, match="atlantis"):
        reg.import_list(a_list("1.000001,Cấp phép X,Cấp tỉnh,,,10/QĐ-UBND,2025-08-01"),
                        province="atlantis")
    with pytest.raises(UnknownProvince):
        reg.coverage(province="Nghệ An")  # a name is not a slug
    with pytest.raises(UnknownProvince):
        reg.record_internal_procedure("1.000001", "province", "1/QĐ-UBND", date(2025, 1, 1),
                                      STEPS, province="atlantis")
    assert all(reg.coverage(province=slug)["totals"]["tthc"] == 0
               for slug in ("vinh-phuc", "nghe-an"))


def test_rows_that_name_their_province(reg):
    real = parse_file(REAL)
    report = reg.import_list(real)  # no province named: each row goes to its own
    assert report.provinces == {"can-tho": 50, "ha-tinh": 63, "phu-tho": 22 - 2}
    assert report.created == len({(r.province, r.code) for r in real.rows})
    assert reg.coverage(date(2025, 12, 1), province="phu-tho")["totals"]["tthc"] > 0
    assert reg.coverage(date(2025, 12, 1))["totals"]["tthc"] == 0  # vinh-phuc: none


def test_a_row_of_another_province_than_the_one_named_is_a_bad_row(reg):
    header = "Tỉnh," + LIST
    parsed = a_list("Nghệ An,1.000001,Cấp phép X,Cấp tỉnh,,,10/QĐ-UBND,2025-08-01",
                    "Cao Bằng,1.000002,Cấp phép Y,Cấp tỉnh,,,11/QĐ-UBND,2025-08-01",
                    ",1.000003,Cấp phép Z,Cấp tỉnh,,,12/QĐ-UBND,2025-08-01",
                    "Xứ Đoài,1.000004,Cấp phép W,Cấp tỉnh,,,13/QĐ-UBND,2025-08-01",
                    header=header)
    assert parsed.problems == []
    report = reg.import_list(parsed, province="nghe-an")
    assert [(p.row, p.column) for p in report.problems] == [(3, "Tỉnh"), (5, "Tỉnh")]
    assert "Cao Bằng" in report.problems[0].reason and "nghe-an" in report.problems[0].reason
    assert "không phải tên một tỉnh" in report.problems[1].reason
    assert (report.rows, report.created, report.provinces) == (2, 2, {"nghe-an": 2})
    assert reg.history("1.000002", "cao-bang") == [] and reg.history("1.000002") == []
    refused = reg.import_list(parsed, province="nghe-an", strict=True)
    assert refused.refused


def test_procedure_entries_name_their_province_and_variant(reg):
    document = [{"province": "Nghệ An", "procedure_code": "1.012994", "tier": "CẤP XÃ",
                 "decision_number": "3857/QĐ-UBND", "decision_date": "2025-11-26",
                 "variant": "Trường hợp  có  thu hồi đất", "steps": STEPS},
                {"province": "Nghệ An", "procedure_code": "1.012994", "tier": "CẤP XÃ",
                 "decision_number": "3857/QĐ-UBND", "decision_date": "2025-11-26",
                 "variant": "Trường hợp không thu hồi đất", "steps": STEPS[:1]},
                {"kind": "electronic_procedure", "province": "cao-bang",
                 "procedure_code": "1.012994", "tier": "commune", "platform": "other",
                 "valid_from": "2025-12-01"}]
    parsed = parse_procedure_file(json.dumps(document, ensure_ascii=False), "procs.json")
    assert parsed.problems == []
    report = reg.import_procedures(parsed)
    assert report.provinces == {"nghe-an": 2, "cao-bang": 1} and report.created == 3
    view = reg.view(["1.012994"], province="nghe-an")
    held = view.internal_procedures("1.012994", "commune", date(2025, 12, 1))
    assert [(v.variant, v.step_count) for v in held] == [
        ("Trường hợp có thu hồi đất", 2), ("Trường hợp không thu hồi đất", 1)]
    assert view.electronic_procedures("1.012994", "commune", date(2025, 12, 2)) == []
    assert reg.view(["1.012994"], province="cao-bang").electronic_procedure(
        "1.012994", "commune", date(2025, 12, 2)).platform == "other"
    named = reg.import_procedures(parsed, province="cao-bang")
    assert [p.row for p in named.problems] == [1, 2] and named.unchanged == 1


# --- approvals ------------------------------------------------------------------------------

def publication(code: str, on: str, province: str, change: str, **extra) -> dict:
    return load_submission({
        "kind": "publication", "submitted_on": on, "submitter": DEPT, "province": province,
        "addressed_to": {"type": "ppc_office"},
        "documents": ["to_trinh", "draft_publication_decision",
                      "draft_internal_procedure_decision"],
        "procedures": [{"code": code, "name": "Cấp giấy phép xây dựng", "managing_agency": DEPT,
                        "tiers": ["province"], "reception": "provincial_centre",
                        "change": change, **extra}],
        "internal_procedures": [] if change == "abolished" else [
            {"procedure_code": code, "tier": "province", "drafted_by": DEPT,
             "coordinating": [{"type": "provincial_centre"}], "steps": STEPS}]})


def test_an_abolition_or_an_amendment_touches_only_its_own_province(store, reg):
    for province, decision in (("nghe-an", "10/QĐ-UBND"), ("cao-bang", "20/QĐ-UBND")):
        reg.record_internal_procedure("1.000009", "province", decision, date(2025, 2, 1),
                                      STEPS, province=province, variant="Cấp mới")
    flagged = stored(store, publication("1.000009", "2025-03-01", "cao-bang", "amended",
                                        changed_elements=["time_limit"]))
    approvals.approve(reg, flagged, "30/QĐ-UBND", date(2025, 3, 10),
                      internal_procedures=False)
    abolished = stored(store, publication("1.000009", "2025-04-01", "cao-bang", "abolished"))
    record = approvals.approve(reg, abolished, "40/QĐ-UBND", date(2025, 4, 10))
    assert record.province == "cao-bang"
    assert ("internal_procedure_retired", "cao-bang") in {
        (e["action"], record.province) for e in record.effects}
    assert {e.get("variant") for e in record.effects
            if e["action"] == "internal_procedure_retired"} == {"Cấp mới"}
    day = date(2025, 5, 1)
    nghe_an = reg.view(province="nghe-an").internal_procedure("1.000009", "province", day,
                                                              variant="Cấp mới")
    assert (nghe_an.decision_number, nghe_an.needs_amendment) == ("10/QĐ-UBND", False)
    assert reg.view(province="cao-bang").internal_procedures("1.000009", "province", day) == []
    assert reg.history("1.000009", "nghe-an") == []  # nghe-an never published it
    assert [v.status for v in reg.history("1.000009", "cao-bang")] == ["in_force", "abolished"]


def test_an_approval_without_a_province_goes_to_the_default(store, reg):
    submission_id = stored(store, internal_submission("1.000010", "2025-03-01", None,
                                                      variant="Cấp lại"))
    record = approvals.approve(reg, submission_id, "50/QĐ-UBND", date(2025, 3, 10))
    assert record.province == "vinh-phuc" and record.to_dict()["province"] == "vinh-phuc"
    assert record.effects[0]["variant"] == "Cấp lại"
    assert approvals.approval_of(reg, submission_id).province == "vinh-phuc"
    held = reg.view().internal_procedure("1.000010", "province", date(2025, 3, 10), "Cấp lại")
    assert held.decision_number == "50/QĐ-UBND"


# --- what the engine reads ------------------------------------------------------------------

def test_an_evaluation_reads_only_its_provinces_registry(store, reg):
    reg.import_list(a_list("1.000011,Cấp phép X,Cấp tỉnh,,,10/QĐ-UBND,2025-01-01"),
                    province="vinh-phuc")
    reg.record_internal_procedure("1.000011", "province", "11/QĐ-UBND", date(2025, 2, 1),
                                  STEPS, province="vinh-phuc")
    amendment = {"amends": {"decision": "11/QĐ-UBND", "approved_by": {"type": "ppc_chairman"}},
                 "amendment_reason": "law_changed"}
    engine = get_engine()
    for province, held in (("vinh-phuc", True), ("cao-bang", None)):
        submission = internal_submission("1.000011", "2025-06-01", province, **amendment)
        submission["kind"] = "internal_procedure_amendment"
        facts = {f["path"]: f["facts"] for f in engine.evaluate(
            submission, registry=reg.view_for(submission)).get("registry_facts", [])}
        assert facts.get("internal_procedures.0", {}).get("amends.decision_in_registry") \
            is held, province
        # the store's own hooks read the fact's province
        fact = {"province": province, "amends": {"decision": "11/QĐ-UBND"}}
        reg.complete_internal_procedure(fact, submission["internal_procedures"][0],
                                        date(2025, 6, 1))
        assert fact["amends"].get("decision_in_registry") is held


def test_the_cache_keeps_provinces_apart(store, reg):
    for province, count in (("nghe-an", 2), ("cao-bang", 1)):
        reg.record_internal_procedure("1.000012", "province", "1/QĐ-UBND", date(2025, 1, 1),
                                      STEPS[:count], province=province)
    cache = RegistryCache(store)
    day = date(2025, 6, 1)
    for _ in range(2):
        for province, count in (("nghe-an", 2), ("cao-bang", 1)):
            view = cache.view(["1.000012"], province)
            assert view.internal_procedure("1.000012", "province", day).step_count == count
            assert view.province == province
        assert cache.view(["1.000012"], "vinh-phuc").internal_procedures(
            "1.000012", "province", day) == []
    assert (cache.hits, cache.misses) == (3, 3)
    reg.record_internal_procedure("1.000012", "province", "2/QĐ-UBND", date(2025, 3, 1),
                                  STEPS, province="cao-bang")
    assert cache.view(["1.000012"], "cao-bang").internal_procedure(
        "1.000012", "province", day).decision_number == "2/QĐ-UBND"
    submission = internal_submission("1.000012", "2025-06-01", "nghe-an")
    assert cache.view_for(submission).province == "nghe-an"


def test_a_replay_reads_each_submission_in_its_own_province(store, reg, tmp_path):
    reg.record_internal_procedure("1.000013", "province", "1/QĐ-UBND", date(2025, 1, 5),
                                  STEPS, province="vinh-phuc")
    amendment = {"amends": {"decision": "99/QĐ-UBND", "approved_by": {"type": "ppc_chairman"}},
                 "amendment_reason": "law_changed"}
    ids = {}
    for province in ("vinh-phuc", "cao-bang"):
        submission = internal_submission("1.000013", "2025-06-01", province, **amendment)
        submission["kind"] = "internal_procedure_amendment"
        ids[province] = store.create_submission(
            submission, lambda s: get_engine().evaluate(s, registry=reg.view_for(s))
        ).submission.id
    policies = tmp_path / "policies"
    shutil.copytree(get_engine().policies.directory, policies)
    assert replay(store, str(policies)).changes == []  # each read as it was evaluated
    # Cao Bằng's registry now holds the procedure, under another decision: only its
    # submission changes.
    reg.record_internal_procedure("1.000013", "province", "2/QĐ-UBND", date(2025, 1, 5),
                                  STEPS, province="cao-bang")
    changes = replay(store, str(policies)).changes
    assert [(c.submission_id, c.gained) for c in changes] == [(ids["cao-bang"], ["REG-01"])]

"""The procedure registry over HTTP: importing the published list, approvals, coverage, and
prechecks that use what the registry holds.

The story of ``test_the_registry_from_import_to_coverage`` (the figures are worked out by hand
in its comments): the shipped sample list (300 TTHC, 282 in force) is imported; then, for the
field «Chứng thực» (10 TTHC, each at province and commune tier), the Chairman approves
internal procedures, electronic procedures, a publication that changes a time limit without
approving new internal procedures, the amendment that follows, and an abolition.
"""

from __future__ import annotations

import copy
import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from openpyxl import Workbook

from generators.registry_sample import generate, procedures_document, sample_registry
from service.contract.schemas import load_submission
from service.engine import get_engine
from service.registry.coverage import coverage_report
from service.registry.importer import parse_file
from service.registry.view import RegistryView

DATA = Path(__file__).resolve().parents[1] / "registry" / "data"


@pytest.fixture(autouse=True)
def phu_tho(monkeypatch):
    """The story is dated December 2025: the deployment is set up for Phú Thọ, which Vĩnh
    Phúc joined on 01/07/2025 (a deployment still set up for a province that had ended
    evaluates for the successor, JUR-02, and would read the successor's registry)."""
    monkeypatch.setenv("TTHC_PROVINCE", "phu-tho")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SAMPLE = DATA / "sample_tthc_list.csv"
BROKEN = DATA / "sample_tthc_list_broken.csv"
SAMPLE_XLSX = DATA / "sample_tthc_list.xlsx"

IMPORTS = "/api/v1/registry/imports"
COVERAGE = "/api/v1/coverage"

# --- submissions about the field «Chứng thực» of the sample list -----------------------------

STP = {"code": "STP", "name": "Sở Tư pháp", "type": "department"}
OFFICE = {"code": "VPUBND", "type": "ppc_office"}
KSTT = {"code": "KSTT", "type": "tthc_control_division"}
IP_COORDINATING = {"province": [{"code": "TTPVHCC", "type": "provincial_centre"}],
                   "commune": [{"code": "UBND-XA", "type": "commune_pc"},
                               {"code": "TTPVHCC-XA", "type": "commune_centre"}]}
EP_LEAD = {"province": STP, "commune": {"code": "UBND-XA", "type": "commune_pc"}}
EP_COORDINATING = {"province": [{"code": "TTPVHCC", "type": "provincial_centre"}, KSTT],
                   "commune": [KSTT]}
DESK = {"province": "Trung tâm Phục vụ hành chính công tỉnh",
        "commune": "Bộ phận một cửa UBND cấp xã"}
TTHC = {  # as the sample list publishes them: name, tiers, time limit in working days
    "2.000394": ("Chứng thực di chúc", ["province", "commune"], 1),
    "1.010340": ("Chứng thực văn bản khai nhận di sản", ["province", "commune"], 1),
    "1.007492": ("Cấp bản sao từ sổ gốc", ["province", "commune"], 5),
}


def steps(tier: str, hours: float) -> list[dict]:
    return [{"order": 1, "action": "Tiếp nhận, kiểm tra hồ sơ", "responsible": DESK[tier],
             "duration": {"value": 2, "unit": "working_hours"}},
            {"order": 2, "action": "Thẩm định, trình ký", "responsible": "Công chức Tư pháp",
             "duration": {"value": hours - 4, "unit": "working_hours"}},
            {"order": 3, "action": "Ký chứng thực", "responsible": "Lãnh đạo",
             "duration": {"value": 2, "unit": "working_hours"}},
            {"order": 4, "action": "Trả kết quả", "responsible": DESK[tier], "counted": False}]


def procedure(code: str, days: float | None = None, **extra) -> dict:
    name, tiers, limit = TTHC[code]
    return {"code": code, "name": name, "field": "Chứng thực", "managing_agency": STP,
            "tiers": tiers, "reception": "provincial_centre",
            "time_limit": {"value": days or limit, "unit": "working_days"}, **extra}


def internal(code: str, tier: str, days: float | None = None, **extra) -> dict:
    return {"procedure_code": code, "tier": tier, "drafted_by": STP,
            "coordinating": copy.deepcopy(IP_COORDINATING[tier]),
            "steps": steps(tier, (days or TTHC[code][2]) * 8), **extra}


def electronic(code: str, tier: str, based_on: str) -> dict:
    return {"procedure_code": code, "tier": tier, "based_on": {"decision": based_on},
            "lead": EP_LEAD[tier], "coordinating": copy.deepcopy(EP_COORDINATING[tier]),
            "platform": "shared_one_stop", "national_portal_connected": True}


def submission(kind: str, on: str, procedures: list, ips=(), eps=(), documents=None) -> dict:
    if documents is None:
        documents = {"publication": ["to_trinh", "draft_publication_decision",
                                     "draft_internal_procedure_decision"],
                     "electronic_procedure": []}.get(
            kind, ["to_trinh", "draft_internal_procedure_decision"])
    body = {"reference": f"{len(procedures)}/TTr-STP", "kind": kind, "submitted_on": on,
            "submitter": STP, "documents": documents, "procedures": procedures,
            "internal_procedures": list(ips), "electronic_procedures": list(eps)}
    if kind != "electronic_procedure":
        body |= {"addressed_to": OFFICE, "approver": {"type": "ppc_chairman"}}
    return body


def amends(decision: str) -> dict:
    return {"amends": {"decision": decision, "approved_by": {"type": "ppc_chairman"}},
            "amendment_reason": "law_changed"}


INTERNAL = submission(  # 1.007492 has none at commune tier (QTNB-10 was Vĩnh Phúc's only)
    "internal_procedure", "2025-12-01",
    [procedure("2.000394"), procedure("1.010340"), procedure("1.007492")],
    [internal("2.000394", "province"), internal("2.000394", "commune"),
     internal("1.010340", "province"), internal("1.010340", "commune"),
     internal("1.007492", "province")])
ELECTRONIC = submission(
    "electronic_procedure", "2025-12-08", [procedure("2.000394"), procedure("1.007492")],
    eps=[electronic("2.000394", "province", "2950/QĐ-UBND"),
         electronic("2.000394", "commune", "2950/QĐ-UBND"),
         electronic("1.007492", "province", "2950/QĐ-UBND")])
TIME_LIMIT_CHANGED = submission(  # from 1 to 2 working days; new drafts come with it
    "publication", "2025-12-12",
    [procedure("1.010340", days=2, change="amended", changed_elements=["time_limit"])],
    [internal("1.010340", "province", days=2), internal("1.010340", "commune", days=2)])
AMENDMENT = submission(
    "internal_procedure_amendment", "2025-12-20", [procedure("1.010340", days=2)],
    [internal("1.010340", "province", days=2, **amends("2950/QĐ-UBND")),
     internal("1.010340", "commune", days=2, **amends("Quyết định số 2950/QD-UBND"))])
ABOLITION = submission("publication", "2025-12-22", [procedure("2.000394", change="abolished")],
                       documents=["to_trinh", "draft_publication_decision"])


# --- helpers ------------------------------------------------------------------------------

def upload(client, path: Path, query: str = "", name: str | None = None,
           data: bytes | None = None):
    content = path.read_bytes() if data is None else data
    return client.post(f"{IMPORTS}{query}", content_type="multipart/form-data",
                       data={"file": (io.BytesIO(content), name or path.name)})


def store_submission(client, body: dict) -> dict:
    response = client.post("/api/v1/submissions", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def approve(client, submission_id: str, decision: str, on: str, **extra):
    return client.post(f"/api/v1/submissions/{submission_id}/approval",
                       json={"decision": decision, "decided_on": on,
                             "approved_by": {"type": "ppc_chairman"}, **extra})


def figures(row: dict) -> tuple:
    return (row["tthc"], row["procedure_tiers"], row["with_internal_procedure"],
            row["with_electronic_procedure"], row["with_both"], row["pct_internal_procedure"],
            row["pct_electronic_procedure"], row["pct_both"])


def coverage(client, **query) -> dict:
    response = client.get(COVERAGE, query_string=query)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def plain(app) -> FlaskClient:
    """A client that does not insist on JSON (for the CSV answers)."""
    return FlaskClient(app, app.response_class)


def without_decision_id(verdict: dict) -> dict:
    return {k: v for k, v in verdict.items() if k != "decision_id"}


# --- imports ------------------------------------------------------------------------------

@pytest.mark.database
def test_importing_the_sample_list_and_again(client):
    first = upload(client, SAMPLE)
    assert first.status_code == 200, first.get_json()
    report = first.get_json()
    assert (report["format"], report["rows"], report["problems"], report["bad_rows"]) == \
        ("csv", 300, [], [])
    assert (report["created"], report["superseded"], report["unchanged"]) == (300, 0, 0)
    assert report["header_row"] == 1 and report["columns"]["code"] == "Mã TTHC"

    again = upload(client, SAMPLE).get_json()
    assert (again["created"], again["superseded"], again["unchanged"]) == (0, 0, 300)
    as_xlsx = upload(client, SAMPLE_XLSX).get_json()  # the same list as a workbook
    assert (as_xlsx["format"], as_xlsx["rows"], as_xlsx["created"], as_xlsx["superseded"],
            as_xlsx["unchanged"]) == ("xlsx", 300, 0, 0, 300)
    body = client.post(IMPORTS, data=SAMPLE.read_bytes(),
                       content_type="text/csv; charset=utf-8").get_json()
    assert (body["source"], body["unchanged"]) == ("body (text/csv)", 300)

    totals = coverage(client, as_of="2025-12-01")["totals"]
    # 282 TTHC in force (18 of the 300 are abolished): 202 at province tier only, 40 at
    # commune tier only, 40 at both: 202 + 40 + 2 × 40 = 322 procedure-tiers; nothing held.
    assert figures(totals) == (282, 322, 0, 0, 0, 0.0, 0.0, 0.0)


@pytest.mark.database
def test_a_broken_list_reports_every_bad_row_and_loses_no_good_one(client, store):
    response = upload(client, BROKEN)
    assert response.status_code == 200
    report = response.get_json()
    expected = generate(9579, 300, bad=12).expected_problems  # (row, column) of the 12 bad rows
    assert [(p["row"], p["column"]) for p in report["problems"]] == expected
    assert all(p["reason"] for p in report["problems"])
    assert report["bad_rows"] == sorted(row for row, _ in expected)
    assert (report["rows"], report["created"]) == (300, 300)

    # Every good row went in: importing the clean list now changes nothing.
    clean = upload(client, SAMPLE).get_json()
    assert (clean["created"], clean["superseded"], clean["unchanged"]) == (0, 0, 300)


@pytest.mark.database
def test_strict_refuses_a_broken_list_and_imports_nothing(client):
    response = upload(client, BROKEN, "?strict=true")
    assert response.status_code == 422
    body = response.get_json()
    assert body["report"]["refused"] is True and body["report"]["created"] == 0
    expected = generate(9579, 300, bad=12).expected_problems
    assert {f"rows.{row}.{column}" for row, column in expected} == set(body["errors"])
    assert coverage(client)["totals"]["tthc"] == 0
    # the clean list passes strict
    assert upload(client, SAMPLE, "?strict=true").get_json()["created"] == 300


@pytest.mark.database
@pytest.mark.parametrize("send, status, key", [
    ({"data": b"not,a,list\n1,2,3\n", "content_type": "text/csv"}, 400, "file"),
    ({"data": b"PK\x03\x04 not really a workbook", "content_type": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}, 400, "file"),
    ({"data": b"", "content_type": "text/csv"}, 400, "file"),
    ({"data": b"%PDF-1.4", "content_type": "application/pdf"}, 415, "Content-Type"),
    ({"data": b"x", "content_type": "text/csv; charset=klingon"}, 415, "Content-Type"),
    ({"data": {"other": (io.BytesIO(b"x"), "a.csv")}, "content_type": "multipart/form-data"},
     400, "file"),
    ({"data": {"file": (io.BytesIO(b"\xd0\xcf\x11\xe0"), "list.xls")},
          "content_type": "multipart/form-data"}, 415, "file"),
    ({"data": {"file": (io.BytesIO(b"{\"not\": \"a list\"}"), "p.json")},
          "content_type": "multipart/form-data"}, 400, "file"),
])
def test_unreadable_input_is_400_or_415_never_500(client, send, status, key):
    response = client.post(IMPORTS, **send)
    assert response.status_code == status, response.get_json()
    assert key in response.get_json()["errors"]


@pytest.mark.database
def test_cells_no_column_can_hold(client):
    text = ("Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Số quyết định\n"
            "1.000001,Thủ tục\x00 một\x07,Hộ tịch,Cấp tỉnh,\n"
            f"1.000002,Thủ tục hai,{'Lĩnh vực rất dài ' * 30},Cấp tỉnh,{'9' * 120}/QĐ-UBND\n")
    report = client.post(IMPORTS, data=text.encode(), content_type="text/csv").get_json()
    assert (report["rows"], report["created"]) == (1, 1)
    assert [(p["row"], p["column"]) for p in report["problems"]] == [
        (3, "Lĩnh vực"), (3, "Số quyết định")]
    record = client.get("/api/v1/registry/procedures/1.000001").get_json()
    assert record["procedure"]["name"] == "Thủ tục một"


@pytest.mark.database
def test_import_parameters_and_limits(client, app):
    response = client.post(f"{IMPORTS}?strict=maybe", data=b"x", content_type="text/csv")
    assert response.status_code == 422 and "strict" in response.get_json()["errors"]
    response = client.post(f"{IMPORTS}?stricht=true", data=b"x", content_type="text/csv")
    assert response.status_code == 422 and "stricht" in response.get_json()["errors"]
    app.config["REGISTRY_IMPORT_MAX_LENGTH"] = 1000
    response = upload(client, SAMPLE)
    assert response.status_code == 413


@pytest.mark.database
def test_a_workbook_sheet_and_a_semicolon_list(client, tmp_path):
    workbook = Workbook()
    workbook.active.title = "Ghi chú"
    sheet = workbook.create_sheet("Danh mục")
    sheet.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH"])
    sheet.append(["STT", "Mã TTHC", "Tên TTHC", "Cấp thực hiện", "Thời hạn giải quyết"])
    sheet.append([1, "1.000001", "Thủ tục một", "Cấp tỉnh", "20 ngày làm việc"])
    sheet.append([2, "1.00000X", "Thủ tục hai", "Cấp xã", "5 ngày"])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    report = upload(client, path, "?sheet=Danh%20m%E1%BB%A5c").get_json()
    assert (report["rows"], report["created"], report["header_row"]) == (1, 1, 2)
    assert [(p["row"], p["column"]) for p in report["problems"]] == [(4, "Mã TTHC")]
    missing = upload(client, path, "?sheet=Nope")
    assert missing.status_code == 400

    text = "Mã TTHC;Tên TTHC;Cấp thực hiện\n1.000002;Thủ tục ba;Cấp tỉnh\n"
    report = client.post(IMPORTS, data=text.encode("utf-16"),
                         content_type="text/csv; charset=UTF-16").get_json()
    assert (report["rows"], report["created"]) == (1, 1)
    assert client.get("/api/v1/registry/procedures/1.000002").get_json()["procedure"][
        "name"] == "Thủ tục ba"


@pytest.mark.database
def test_approved_procedures_as_json_and_the_coverage_they_give(client):
    assert upload(client, SAMPLE).status_code == 200
    rows = parse_file(SAMPLE).rows
    document = procedures_document(rows)
    entries = len(document["internal_procedures"]) + len(document["electronic_procedures"])
    report = client.post(IMPORTS, json=document).get_json()
    assert (report["format"], report["rows"], report["created"], report["problems"]) == \
        ("json", entries, entries, [])
    # The figures of the database are those the report computes from the same records.
    sample = sample_registry(rows)
    expected = coverage_report(sample.procedures, sample.internal_procedures,
                               sample.electronic_procedures, as_of=date(2025, 12, 31))
    got = coverage(client, as_of="2025-12-31")
    for part in ("totals", "by_agency", "by_tier", "by_field", "gaps", "unmatched"):
        assert got[part] == expected[part], part
    assert 0 < got["totals"]["with_both"] < got["totals"]["tthc"]

    real = upload(client, DATA / "internal_procedures_sample.json").get_json()
    # 16 entries published without a code (13) or a tier (10): 15 bad, 1 taken
    assert (real["rows"], len(real["bad_rows"]), len(real["problems"])) == (1, 15, 23)
    assert {p["column"] for p in real["problems"]} == {"procedure_code", "tier"}


@pytest.mark.database
def test_a_list_larger_than_the_body_limit_of_submissions(client, app):
    lines = ["STT,Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Cơ quan thực hiện,Thời hạn giải quyết"]
    lines += [f"{i},1.{i:06d},Thủ tục số {i} về cấp giấy phép hoạt động,Lĩnh vực {i % 40},"
              f"Cấp tỉnh; Cấp xã,Sở Công Thương,{i % 30 + 1} ngày làm việc kể từ ngày nhận đủ "
              f"hồ sơ hợp lệ" for i in range(1, 6001)]
    data = "\n".join(lines).encode()
    assert len(data) > app.config["MAX_CONTENT_LENGTH"]
    report = client.post(IMPORTS, data=data, content_type="text/csv").get_json()
    assert (report["rows"], report["created"], report["problems"]) == (6000, 6000, [])


# --- one TTHC, approvals, coverage ---------------------------------------------------------

@pytest.mark.database
def test_the_registry_from_import_to_coverage(client, app):
    assert upload(client, SAMPLE).status_code == 200
    chung_thuc = coverage(client, field="chứng thực", as_of="2025-12-01")
    # 10 TTHC of «Chứng thực», all at province and commune tier: 20 procedure-tiers, none held.
    assert figures(chung_thuc["totals"]) == (10, 20, 0, 0, 0, 0.0, 0.0, 0.0)
    assert len(chung_thuc["gaps"]) == 20 and chung_thuc["filters"] == {"field": "chứng thực"}

    # 1. The internal procedures of three TTHC (1.007492 at province tier only).
    stored = store_submission(client, INTERNAL)
    assert stored["outcome"] == "accepted"  # a Phú Thọ dossier: the national rules only
    response = approve(client, stored["id"], "2950/QĐ-UBND", "2025-12-05")
    assert response.status_code == 201, response.get_json()
    approval = response.get_json()
    assert response.headers["Location"] == approval["links"]["self"]
    assert [(e["action"], e["code"], e["tier"], e["outcome"]) for e in approval["effects"]] == [
        ("internal_procedure_approved", "2.000394", "province", "created"),
        ("internal_procedure_approved", "2.000394", "commune", "created"),
        ("internal_procedure_approved", "1.010340", "province", "created"),
        ("internal_procedure_approved", "1.010340", "commune", "created"),
        ("internal_procedure_approved", "1.007492", "province", "created")]
    history = client.get(f"/api/v1/submissions/{stored['id']}").get_json()["history"]
    assert history[-1]["event"] == "approved"
    assert (history[-1]["decision"], history[-1]["decided_on"]) == ("2950/QĐ-UBND",
                                                                    "2025-12-05")
    again = approve(client, stored["id"], "2951/QĐ-UBND", "2025-12-06")
    assert again.status_code == 409 and "already approved" in again.get_json()["errors"][
        "approval"][0]

    # 2. Electronic procedures built on them: 2.000394 at both tiers, 1.007492 at province.
    stored = store_submission(client, ELECTRONIC)
    assert stored["outcome"] == "accepted"
    assert approve(client, stored["id"], "3010/QĐ-UBND", "2025-12-10").status_code == 201

    # 3. A publication changes the time limit of 1.010340 (1 → 2 working days); the decision
    #    publishes it but does not approve the new internal procedures that came with it.
    stored = store_submission(client, TIME_LIMIT_CHANGED)
    assert stored["outcome"] == "accepted"
    approval = approve(client, stored["id"], "3100/QĐ-UBND", "2025-12-15",
                       approves_internal_procedures=False).get_json()
    assert [(e["action"], e.get("tier"), e["outcome"]) for e in approval["effects"]] == [
        ("procedure_published", None, "superseded"),
        ("internal_procedure_needs_amendment", "province", "flagged"),
        ("internal_procedure_needs_amendment", "commune", "flagged"),
        ("internal_procedure_approved", "province", "skipped"),
        ("internal_procedure_approved", "commune", "skipped")]

    record = client.get("/api/v1/registry/procedures/1.010340",
                        query_string={"as_of": "2025-12-16"}).get_json()
    assert record["procedure"]["time_limit"] == {"value": 2, "unit": "working_days"}
    assert record["procedure"]["decision_number"] == "3100/QĐ-UBND"
    assert record["procedure"]["handling_agency"] == "Sở Tư pháp; UBND cấp xã"  # kept
    assert [v["decision_number"] for v in record["history"]] == ["1893/QĐ-UBND",
                                                                 "3100/QĐ-UBND"]
    assert [(t["tier"], t["internal_procedure"]["decision_number"],
             t["internal_procedure"]["needs_amendment"], len(t["internal_procedure_history"]))
            for t in record["tiers"]] == [("province", "2950/QĐ-UBND", True, 2),
                                          ("commune", "2950/QĐ-UBND", True, 2)]

    # Coverage on 2025-12-16, «Chứng thực» (10 TTHC × 2 tiers):
    #   internal procedure at both tiers, not needing amendment: 2.000394 only        → 1
    #   (1.010340 needs amendment at both; 1.007492 has none at commune tier)
    #   electronic procedure at both tiers: 2.000394 (1.007492 at province only)      → 1
    #   both: 2.000394                                                                → 1
    #   province tier: IP 2.000394, 1.007492 → 2; EP the same → 2; both → 2 (20.0%)
    #   commune tier:  IP 2.000394 → 1; EP 2.000394 → 1; both → 1 (10.0%)
    #   gaps: 20 procedure-tiers − 3 complete (2.000394 ×2, 1.007492 province) = 17
    report = coverage(client, field="Chứng thực", as_of="2025-12-16")
    assert figures(report["totals"]) == (10, 20, 1, 1, 1, 10.0, 10.0, 10.0)
    assert [(r["key"], *figures(r)) for r in report["by_tier"]] == [
        ("province", 10, 10, 2, 2, 2, 20.0, 20.0, 20.0),
        ("commune", 10, 10, 1, 1, 1, 10.0, 10.0, 10.0)]
    assert [(r["key"], r["tthc"], r["with_both"]) for r in report["by_agency"]] == [
        ("Sở Tư pháp", 10, 1)]
    assert len(report["gaps"]) == 17
    gaps = {(g["code"], g["tier"]): g["missing"] for g in report["gaps"]}
    assert gaps[("1.010340", "province")] == ["internal_procedure_amendment",
                                              "electronic_procedure"]
    assert gaps[("1.007492", "commune")] == ["internal_procedure", "electronic_procedure"]
    # The whole registry that day: 282 TTHC in force, 322 procedure-tiers; complete at every
    # tier only 2.000394 → 1 of 282 = 0.354… → 0.4%. Province tier: 202 + 40 = 242 TTHC,
    # two complete → 0.826… → 0.8%; commune tier: 40 + 40 = 80 TTHC, one → 1.25 → 1.3%
    # (half up).
    everything = coverage(client, as_of="2025-12-16")
    assert figures(everything["totals"]) == (282, 322, 1, 1, 1, 0.4, 0.4, 0.4)
    assert [(r["key"], *figures(r)) for r in everything["by_tier"]] == [
        ("province", 242, 242, 2, 2, 2, 0.8, 0.8, 0.8),
        ("commune", 80, 80, 1, 1, 1, 1.3, 1.3, 1.3)]
    assert coverage(client, field="Chứng thực", tier="commune",
                    as_of="2025-12-16")["totals"]["with_both"] == 1
    assert coverage(client, agency="SỞ TƯ PHÁP", as_of="2025-12-16")["totals"][
        "with_both"] == 1

    # 4. The amendment (citing the decision the registry holds) is approved: no more flag.
    precheck = client.post("/api/v1/prechecks", json=AMENDMENT).get_json()
    assert precheck["outcome"] == "accepted"
    assert precheck["registry_facts"] == [
        {"path": "procedures.0", "facts": {"has_approved_internal_procedure": True}},
        {"path": "internal_procedures.0", "facts": {"amends.decision_in_registry": True,
                                                    "amends.decision_in_force": True}},
        {"path": "internal_procedures.1", "facts": {"amends.decision_in_registry": True,
                                                    "amends.decision_in_force": True}}]
    stored = store_submission(client, AMENDMENT)
    # The stored verdict says, as the precheck did, which facts came from the registry.
    assert stored["verdict"]["registry_facts"] == precheck["registry_facts"]
    assert client.get(f"/api/v1/submissions/{stored['id']}").get_json()["verdict"][
        "registry_facts"] == precheck["registry_facts"]
    approval = approve(client, stored["id"], "3300/QĐ-UBND", "2025-12-22").get_json()
    assert [(e["tier"], e["outcome"], e["amends"]) for e in approval["effects"]] == [
        ("province", "superseded", "2950/QĐ-UBND"),
        ("commune", "superseded", "Quyết định số 2950/QD-UBND")]

    # 5. 2.000394 is abolished: its internal and electronic procedures are retired.
    stored = store_submission(client, ABOLITION)
    assert stored["outcome"] == "accepted"
    approval = approve(client, stored["id"], "3400/QĐ-UBND", "2025-12-26").get_json()
    assert [(e["action"], e.get("tier"), e["outcome"]) for e in approval["effects"]] == [
        ("procedure_abolished", None, "superseded"),
        ("internal_procedure_retired", "province", "retired"),
        ("internal_procedure_retired", "commune", "retired"),
        ("electronic_procedure_retired", "province", "retired"),
        ("electronic_procedure_retired", "commune", "retired")]
    record = client.get("/api/v1/registry/procedures/2.000394",
                        query_string={"as_of": "2025-12-31"}).get_json()
    assert record["procedure"]["status"] == "abolished"
    assert [(t["tier"], t["internal_procedure"], t["electronic_procedure"],
             t["internal_procedure_history"][-1]["valid_to"]) for t in record["tiers"]] == [
        ("province", None, None, "2025-12-26"), ("commune", None, None, "2025-12-26")]

    # Coverage on 2025-12-31, «Chứng thực»: 9 TTHC in force (2.000394 abolished).
    #   IP at both tiers: 1.010340 (amended, no flag) → 1 of 9 = 11.1%
    #   EP at both tiers: none (1.007492 at province only) → 0; both → 0
    #   province: IP 1.010340, 1.007492 → 2 (22.2%); EP 1.007492 → 1; both 1.007492 → 1 (11.1%)
    #   commune:  IP 1.010340 → 1 (11.1%); EP → 0; both → 0
    report = coverage(client, field="Chứng thực", as_of="2025-12-31")
    assert figures(report["totals"]) == (9, 18, 1, 0, 0, 11.1, 0.0, 0.0)
    assert [(r["key"], *figures(r)) for r in report["by_tier"]] == [
        ("province", 9, 9, 2, 1, 1, 22.2, 11.1, 11.1),
        ("commune", 9, 9, 1, 0, 0, 11.1, 0.0, 0.0)]
    assert report["unmatched"] == []
    # History: the figures of 2025-12-16 are still those of that day.
    assert figures(coverage(client, field="Chứng thực", as_of="2025-12-16")["totals"]) == \
        (10, 20, 1, 1, 1, 10.0, 10.0, 10.0)

    # The same report as CSV (by format, or by Accept), and the gaps.
    raw = plain(app)
    as_csv = raw.get(COVERAGE, query_string={"format": "csv", "field": "Chứng thực",
                                             "as_of": "2025-12-31", "labels": "keys"})
    assert as_csv.status_code == 200 and as_csv.mimetype == "text/csv"
    assert "coverage-phu-tho-2025-12-31.csv" in as_csv.headers["Content-Disposition"]
    lines = list(csv.DictReader(io.StringIO(as_csv.get_data(as_text=True))))
    assert (lines[0]["group"], lines[0]["tthc"], lines[0]["with_internal_procedure"],
            lines[0]["pct_internal_procedure"]) == ("total", "9", "1", "11.1")
    accepted = raw.get(COVERAGE, headers={"Accept": "text/csv"},
                       query_string={"field": "Chứng thực", "as_of": "2025-12-31",
                                     "gaps": "true", "labels": "keys"})
    gap_lines = list(csv.DictReader(io.StringIO(accepted.get_data(as_text=True))))
    # 18 procedure-tiers, complete only 1.007492 at province tier: 17 gaps
    assert accepted.mimetype == "text/csv" and len(gap_lines) == 17
    assert coverage(client)["as_of"]  # JSON stays the default


@pytest.mark.database
def test_approval_refusals(client, example):
    rejected = store_submission(client, {**example("publication-missing-internal-procedure.json"),
                                         "province": "vinh-phuc"})
    assert rejected["outcome"] == "rejected"
    response = approve(client, rejected["id"], "100/QĐ-UBND", "2020-03-10")
    assert response.status_code == 409
    assert "was rejected" in response.get_json()["errors"]["outcome"][0]
    assert client.get(f"/api/v1/submissions/{rejected['id']}/approval").status_code == 404

    response = approve(client, "01ARZ3NDEKTSV4RRFFQ69G5FAV", "1/QĐ-UBND", "2020-03-10")
    assert response.status_code == 404
    assert approve(client, "not-an-id", "1/QĐ-UBND", "2020-03-10").status_code == 404

    accepted = store_submission(client, example())
    bad = client.post(f"/api/v1/submissions/{accepted['id']}/approval",
                      json={"decision": " ", "decided_on": "2020-02-30", "signed": True})
    assert bad.status_code == 422
    assert set(bad.get_json()["errors"]) == {"decision", "decided_on", "signed"}
    early = approve(client, accepted["id"], "1/QĐ-UBND", "2020-03-01")
    assert early.status_code == 422 and "decided_on" in early.get_json()["errors"]
    not_json = client.post(f"/api/v1/submissions/{accepted['id']}/approval", data="x",
                           content_type="text/plain")
    assert not_json.status_code == 415
    internal_only = store_submission(client, example("internal-procedure-three-tiers.json"))
    response = approve(client, internal_only["id"], "1/QĐ-UBND", "2021-07-01",
                       approves_internal_procedures=False)
    assert response.status_code == 422
    assert "approves_internal_procedures" in response.get_json()["errors"]

    # A publication of a new TTHC with its internal procedure: both go in the registry.
    response = approve(client, accepted["id"], "1580/QĐ-UBND", "2020-03-20")
    assert response.status_code == 201
    assert [(e["action"], e["outcome"]) for e in response.get_json()["effects"]] == [
        ("procedure_published", "created"), ("internal_procedure_approved", "created")]
    record = client.get("/api/v1/registry/procedures/1.009994").get_json()
    assert record["procedure"]["managing_agency"] == "SXD"  # the code: no name was given
    assert record["tiers"][0]["internal_procedure"]["steps"] == \
        accepted["submission"]["internal_procedures"][0]["steps"]
    assert record["tiers"][0]["internal_procedure"]["counted_hours"] == 4 + 19 * 8
    read = client.get(f"/api/v1/submissions/{accepted['id']}/approval").get_json()
    assert read["decision"] == "1580/QĐ-UBND" and read["effects"] == response.get_json()[
        "effects"]


@pytest.mark.database
def test_an_unknown_procedure(client):
    for path in ("/api/v1/registry/procedures/1.999999",
                 "/api/v1/registry/procedures/not-a-code"):
        response = client.get(path)
        assert response.status_code == 404 and "code" in response.get_json()["errors"]


# --- prechecks against the registry ---------------------------------------------------------

@pytest.mark.database
def test_a_precheck_of_an_unknown_procedure_is_the_stateless_verdict(client, example):
    assert upload(client, SAMPLE).status_code == 200
    for name in ("contract-example.json", "publication-missing-internal-procedure.json",
                 "electronic-procedure-district-commune.json"):
        body = example(name)
        verdict = client.post("/api/v1/prechecks", json=body).get_json()
        stateless = get_engine().evaluate(load_submission(body))
        assert "registry_facts" not in verdict
        assert json.dumps(without_decision_id(verdict), ensure_ascii=False) == \
            json.dumps(without_decision_id(stateless), ensure_ascii=False)


@pytest.mark.database
def test_a_precheck_uses_the_registry_facts(client):
    assert upload(client, SAMPLE).status_code == 200
    # Before any approval the registry knows the TTHC but holds no internal procedure.
    publication = submission("publication", "2025-12-12", [
        procedure("1.007492", change="amended", changed_elements=["fee"])],
        documents=["to_trinh", "draft_publication_decision"])
    verdict = client.post("/api/v1/prechecks", json=publication).get_json()
    assert verdict["registry_facts"] == [
        {"path": "procedures.0", "facts": {"has_approved_internal_procedure": False}}]
    stored = store_submission(client, INTERNAL)
    approve(client, stored["id"], "2950/QĐ-UBND", "2025-12-05")
    # Approved at province tier only: still not at every tier of the TTHC.
    verdict = client.post("/api/v1/prechecks", json=publication).get_json()
    assert verdict["registry_facts"][0]["facts"] == {"has_approved_internal_procedure": False}
    publication["procedures"][0]["code"] = "2.000394"
    publication["procedures"][0]["name"] = TTHC["2.000394"][0]
    verdict = client.post("/api/v1/prechecks", json=publication).get_json()
    assert verdict["registry_facts"][0]["facts"] == {"has_approved_internal_procedure": True}

    # An electronic procedure built on a decision the registry does not hold: REG-01; the
    # approved internal procedure it is compared with comes from the registry.
    wrong = submission("electronic_procedure", "2025-12-08", [procedure("1.007492")],
                       eps=[electronic("1.007492", "province", "9999/QĐ-UBND")])
    verdict = client.post("/api/v1/prechecks", json=wrong).get_json()
    assert verdict["outcome"] == "rejected"
    assert [f["rule_id"] for f in verdict["findings"]] == ["REG-01"]
    facts = verdict["registry_facts"][1]["facts"]
    assert facts["based_on.decision_in_registry"] is False
    assert facts["paired_ip"] == {"step_count": 4, "counted_hours": 40, "source": "registry"}


def test_an_empty_registry_gives_the_stateless_verdict():
    engine = get_engine()
    paths = sorted(EXAMPLES.glob("*.json"))
    assert len(paths) >= 5
    for path in paths:
        body = load_submission(json.loads(path.read_text(encoding="utf-8")))
        assert without_decision_id(engine.evaluate(body, registry=RegistryView())) == \
            without_decision_id(engine.evaluate(body))

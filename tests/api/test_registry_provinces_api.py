"""The registry per province over HTTP and on the command line: imports, reads and coverage
take ``province``; an unknown slug is a 422 (exit 4); a precheck reads only the registry of
its own province; an approval goes to the submission's province."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from service.cli.registry import registry as registry_group

pytestmark = pytest.mark.database

IMPORTS = "/api/v1/registry/imports"
LIST = ("Mã TTHC,Tên TTHC,Cấp thực hiện,Cơ quan thực hiện,Số quyết định,Ngày quyết định\n"
        "1.000001,Cấp phép X,Cấp tỉnh,Sở Xây dựng,10/QĐ-UBND,2025-08-01\n")
DEPT = {"code": "SXD", "name": "Sở Xây dựng", "type": "department"}
STEPS = [{"order": 1, "action": "Tiếp nhận", "responsible": "Trung tâm PVHCC tỉnh",
          "duration": {"value": 4, "unit": "working_hours"}}]


def internal(province: str | None, decision: str | None = None) -> dict:
    body = {"kind": "internal_procedure_amendment" if decision else "internal_procedure",
            "submitted_on": "2025-09-01", "submitter": DEPT,
            "addressed_to": {"type": "ppc_office"},
            "documents": ["to_trinh", "draft_internal_procedure_decision"],
            "procedures": [{"code": "1.000001", "name": "Cấp phép X", "managing_agency": DEPT,
                            "tiers": ["province"], "reception": "provincial_centre"}],
            "internal_procedures": [{"procedure_code": "1.000001", "tier": "province",
                                     "drafted_by": DEPT, "steps": STEPS,
                                     "coordinating": [{"type": "provincial_centre"}]}]}
    if decision:
        body["internal_procedures"][0] |= {
            "amends": {"decision": decision, "approved_by": {"type": "ppc_chairman"}},
            "amendment_reason": "law_changed"}
    if province:
        body["province"] = province
    return body


def test_imports_reads_and_coverage_take_the_province(client):
    response = client.post(f"{IMPORTS}?province=cao-bang", data=LIST.encode(),
                           content_type="text/csv")
    assert response.status_code == 200, response.get_json()
    report = response.get_json()
    assert (report["province"], report["provinces"], report["created"]) == (
        "cao-bang", {"cao-bang": 1}, 1)
    held = client.get("/api/v1/registry/procedures/1.000001?province=cao-bang")
    assert held.status_code == 200 and held.get_json()["province"] == "cao-bang"
    assert held.get_json()["links"]["self"].endswith("province=cao-bang")
    assert client.get("/api/v1/registry/procedures/1.000001").status_code == 404
    figures = client.get("/api/v1/coverage?province=cao-bang&as_of=2025-09-01").get_json()
    assert (figures["province"], figures["totals"]["tthc"]) == ("cao-bang", 1)
    default = client.get("/api/v1/coverage?as_of=2025-09-01").get_json()
    assert (default["province"], default["totals"]["tthc"]) == ("vinh-phuc", 0)


@pytest.mark.parametrize("method, path", [
    ("post", f"{IMPORTS}?province=atlantis"),
    ("get", "/api/v1/registry/procedures/1.000001?province=atlantis"),
    ("get", "/api/v1/coverage?province=Ngh%E1%BB%87%20An"),
    ("get", "/api/v1/coverage?province=atlantis&format=csv"),
])
def test_an_unknown_province_is_422_naming_it(client, method, path):
    response = getattr(client, method)(path, data=LIST.encode(), content_type="text/csv")
    assert response.status_code == 422
    assert "không phải mã tỉnh" in response.get_json()["errors"]["province"][0]
    assert client.get("/api/v1/coverage").get_json()["totals"]["tthc"] == 0


def test_a_precheck_reads_only_its_provinces_registry_and_approvals_go_there(client):
    first = client.post("/api/v1/submissions", json=internal("nghe-an"),
                        headers={"Idempotency-Key": "na-1"}).get_json()
    approval = client.post(f"/api/v1/submissions/{first['id']}/approval",
                           json={"decision": "3857/QĐ-UBND", "decided_on": "2025-09-10"})
    assert approval.status_code == 201 and approval.get_json()["province"] == "nghe-an"
    for province, held in (("nghe-an", True), ("cao-bang", None), (None, None)):
        verdict = client.post("/api/v1/prechecks",
                              json=internal(province, "3857/QĐ-UBND")).get_json()
        facts = {f["path"]: f["facts"] for f in verdict.get("registry_facts", [])}
        assert facts.get("internal_procedures.0", {}).get(
            "amends.decision_in_registry") is held, province


def test_the_command_line_takes_the_province(tmp_path, database_url):
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    runner = CliRunner()
    base = ["--database", database_url]
    imported = runner.invoke(registry_group, ["import", str(path), "--province", "nghe-an",
                                              "--json", *base])
    assert imported.exit_code == 0, imported.output
    assert json.loads(imported.output)["provinces"] == {"nghe-an": 1}
    table = runner.invoke(registry_group, ["coverage", "--province", "nghe-an", "--as-of",
                                           "2025-09-01", *base])
    assert table.exit_code == 0 and "Tỉnh Nghệ An" in table.output
    report = json.loads(runner.invoke(registry_group, ["coverage", "--format", "json",
                                                       "--as-of", "2025-09-01", *base]).output)
    assert (report["province"], report["totals"]["tthc"]) == ("vinh-phuc", 0)
    for command in (["import", str(path)], ["coverage"]):
        wrong = runner.invoke(registry_group, [*command, "--province", "atlantis", *base])
        assert wrong.exit_code == 4, wrong.output
        assert "không phải mã tỉnh" in wrong.output and "Traceback" not in wrong.output

"""One door: the command line, the API and the pages give the same findings on the same dossier,
with the same procedure registry (``tthc-rules check --database``, ``POST /api/v1/prechecks``,
``POST /check``).

The registry holds what the dossiers cite: 2.000394's internal procedures, approved by
2950/QĐ-UBND, in Phú Thọ (dossiers of December 2025) and in Vĩnh Phúc (dossiers of 2024), so
that REG-01 (a cited decision the registry does not hold) and QTDT-09 (an electronic procedure
that does not mirror the approved internal procedure the registry holds) can only fire where the
registry is read.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from service.cli import main

from .test_pages import csrf_token

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STEPS = [{"order": i, "action": "Bước", "responsible": "Công chức",
          "duration": {"value": 4, "unit": "working_hours"}} for i in (1, 2, 3)]
DEPARTMENT = {"code": "STP", "name": "Sở Tư pháp", "type": "department"}


def electronic(province: str, on: str, decision: str, steps: int) -> dict:
    """An electronic procedure of 2.000394 at commune tier, built on ``decision``."""
    return {
        "reference": "12/TTr-STP", "kind": "electronic_procedure", "submitted_on": on,
        "province": province, "submitter": DEPARTMENT,
        "procedures": [{"code": "2.000394", "name": "Chứng thực di chúc",
                        "managing_agency": DEPARTMENT, "tiers": ["commune"]}],
        "electronic_procedures": [{
            "procedure_code": "2.000394", "tier": "commune",
            "based_on": {"decision": decision, "approved_by": {"type": "ppc_chairman"}},
            "lead": {"code": "UBND-X", "type": "commune_pc"},
            "coordinating": [{"type": "tthc_control_division"},
                             {"type": "district_centre"}, {"type": "district_software_admin"}],
            "platform": "shared_one_stop", "national_portal_connected": True,
            "steps": [{"order": i, "action": "Bước", "responsible": "Công chức",
                       "duration": {"value": 4, "unit": "working_hours"}}
                      for i in range(1, steps + 1)]}]}


DOSSIERS = {
    "REG-01 (Phú Thọ, 2025)": electronic("phu-tho", "2025-12-08", "9999/QĐ-UBND", 3),
    "QTDT-09 from the registry (Vĩnh Phúc, 2024)": electronic("vinh-phuc", "2024-10-08",
                                                              "2950/QĐ-UBND", 5),
    "held and mirrored (Phú Thọ, 2025)": electronic("phu-tho", "2025-12-08", "2950/QĐ-UBND", 3),
    **{name: json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
       for name in sorted(p.name for p in EXAMPLES.glob("*.json"))},
}
EXPECTED_FROM_REGISTRY = {"REG-01 (Phú Thọ, 2025)": "REG-01",
                          "QTDT-09 from the registry (Vĩnh Phúc, 2024)": "QTDT-09"}


@pytest.fixture
def registry(store):
    from service.registry.importer import parse_csv
    from service.registry.store import RegistryStore

    registry = RegistryStore(store)
    for province, day in (("phu-tho", date(2025, 8, 1)), ("vinh-phuc", date(2024, 3, 1))):
        listing = ("STT,Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Cơ quan thực hiện\n"
                   "1,2.000394,Chứng thực di chúc,Chứng thực,Cấp xã,UBND cấp xã\n")
        registry.import_list(parse_csv(listing.encode("utf-8"), "list.csv"), today=day,
                             province=province)
        registry.record_internal_procedure("2.000394", "commune", "2950/QĐ-UBND", day, STEPS,
                                           province=province)
    return registry


def _page_findings(page: str) -> list[tuple[str, str]]:
    tree = html.fromstring(page)
    return [("".join(li.xpath(".//a[contains(@class,'rule-link')]/text()")).strip(),
             " ".join("".join(li.xpath(".//p[contains(@class,'finding-message')]//text()"))
                      .split()))
            for li in tree.xpath("//li[contains(concat(' ', @class, ' '), ' finding ')]")]


@pytest.mark.database
def test_the_command_line_the_api_and_the_pages_give_the_same_findings(
        app, client, registry, database_url, tmp_path):
    runner = CliRunner()
    for name, body in DOSSIERS.items():
        path = tmp_path / "dossier.json"
        path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        result = runner.invoke(main, ["check", str(path), "--json", "--database",
                                      database_url])
        cli = json.loads(result.stdout)
        api = client.post("/api/v1/prechecks", json=body).get_json()
        form = {"submission": json.dumps(body, ensure_ascii=False),
                "csrf_token": csrf_token(client)}
        page = client.post("/check", data=form)
        assert page.status_code == 200, name

        def said(verdict):
            return [(f["rule_id"], f["subject"]["path"], f["message"]["vi"])
                    for f in verdict["findings"]]

        assert said(cli) == said(api), name
        assert (cli["outcome"], cli.get("registry_facts")) == \
            (api["outcome"], api.get("registry_facts")), name
        # the page groups the findings by where they are: the same ones, in its own order
        assert sorted(_page_findings(page.get_data(as_text=True))) == \
            sorted((rule, message) for rule, _, message in said(api)), name
        if name in EXPECTED_FROM_REGISTRY:
            assert EXPECTED_FROM_REGISTRY[name] in {f["rule_id"] for f in cli["findings"]}, \
                (name, said(cli))
            assert cli.get("registry_facts"), name


def test_check_without_a_database_says_so_and_checks_without_the_registry(tmp_path):
    path = EXAMPLES / "contract-example.json"
    missing = tmp_path / "nowhere.sqlite3"
    result = CliRunner().invoke(main, ["check", str(path), "--database",
                                       f"sqlite:///{missing}"])
    assert result.exit_code == 0, result.output
    assert "chưa có sổ đăng ký thủ tục" in result.stderr
    assert not missing.exists()  # reading nothing creates nothing
    quiet = CliRunner().invoke(main, ["check", str(path), "--no-registry", "--database",
                                      f"sqlite:///{missing}"])
    assert quiet.exit_code == 0 and quiet.stderr == ""

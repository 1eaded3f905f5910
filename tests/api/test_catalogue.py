"""GET /api/v1/rules, /api/v1/rules/<id> (with their Gherkin scenarios), /api/v1/policies."""

from __future__ import annotations

import os
from datetime import date

import pytest

from service.engine import get_engine
from service.engine.catalogue import select_rules

FEATURE = """# language: vi
@QTNB-01
Tính năng: Quy trình nội bộ
  Bối cảnh:
    Cho ngày nộp hồ sơ là 02/03/2020

  @QTNB-08
  Kịch bản: Thiếu dự thảo quyết định phê duyệt quy trình nội bộ
    Cho hồ sơ trình công bố thủ tục "1.009994" mới ban hành
    Và hồ sơ gồm:
      | văn bản  |
      | Tờ trình |
    Khi kiểm tra hồ sơ
    Thì hồ sơ bị từ chối theo quy tắc "QTNB-08"

  Quy tắc: Thủ tục không thay đổi
    @QTNB-09
    Khung kịch bản: Thủ tục <loại>
      Cho thủ tục "<mã>" <loại>
      Thì không có phát hiện theo quy tắc "QTNB-08"

      @QTNB-06
      Dữ liệu:
        | mã       | loại            |
        | 1.000001 | không thay đổi  |
"""


@pytest.fixture
def features(app, tmp_path):
    folder = tmp_path / "features"
    (folder / "vinhphuc-9579").mkdir(parents=True)
    app.config["FEATURES_DIR"] = str(folder)
    return folder


def versions_of(packs) -> str:
    return ",".join(f"{p.id}={p.version}" for p in packs)


def test_the_catalogue_lists_every_rule(client):
    response = client.get("/api/v1/rules")
    assert response.status_code == 200
    items = response.get_json()["items"]
    policies = get_engine().policies
    assert [r["id"] for r in items] == [r.id for r in policies.rules]
    assert response.headers["X-Policy-Versions"] == versions_of(policies.packs)
    for rule in items:
        assert rule["severity"] in ("error", "warning", "info")
        assert rule["legal_basis"] and all((b["quote"] or b["note"]) and b["gloss"]
                                           for b in rule["legal_basis"])
        assert rule["message"]["vi"] and rule["message"]["en"]
        assert rule["links"]["self"] == f"/api/v1/rules/{rule['id']}"


@pytest.mark.parametrize("day", ["2019-01-01", "2020-03-02", "2025-09-15"])
def test_rules_in_force_on_a_day(client, day):
    items = client.get(f"/api/v1/rules?on={day}").get_json()["items"]
    expected = select_rules(get_engine().policies, date.fromisoformat(day))
    assert [r["id"] for r in items] == [r.id for r in expected]
    assert all(r["valid_from"] <= day and (r["valid_until"] is None or day <= r["valid_until"])
               for r in items)


def test_rules_of_one_pack(client):
    items = client.get("/api/v1/rules?pack=vn-one-stop").get_json()["items"]
    assert items and {r["pack"] for r in items} == {"vn-one-stop"}


@pytest.mark.parametrize("query, parameters", [
    ("pack=no-such-pack", {"pack"}), ("on=2020-02-30", {"on"}), ("on=", {"on"}),
    ("severity=error", {"severity"})])
def test_bad_catalogue_parameters_are_422(client, query, parameters):
    response = client.get(f"/api/v1/rules?{query}")
    assert response.status_code == 422
    assert set(response.get_json()["errors"]) == parameters


def test_one_rule(client, features):
    response = client.get("/api/v1/rules/QTNB-08")
    assert response.status_code == 200
    rule = response.get_json()
    assert (rule["id"], rule["pack"], rule["severity"]) == ("QTNB-08", "vinhphuc-9579", "error")
    assert rule["valid_from"] == "2019-11-29"
    assert rule["legal_basis"][0]["document"] == "9579/UBND-KSTT"
    assert rule["message"] == get_engine().policies.rule("QTNB-08").message
    assert "{Subject}" in rule["message"]["vi"] and "problems" in rule["message_parts"]
    assert rule["source_file"].endswith(".yaml")
    pack = next(p for p in get_engine().policies.packs if p.id == "vinhphuc-9579")
    assert response.headers["X-Policy-Versions"] == versions_of([pack])


@pytest.mark.parametrize("rule_id", ["QTNB-99", "qtnb-08", "%00"])
def test_an_unknown_rule_is_404(client, rule_id):
    response = client.get(f"/api/v1/rules/{rule_id}")
    assert response.status_code == 404
    assert list(response.get_json()["errors"]) == ["rule_id"]


def test_a_rule_lists_the_scenarios_tagged_with_its_id(client, features):
    (features / "vinhphuc-9579" / "quy-trinh.feature").write_text(FEATURE, encoding="utf-8")
    scenarios = client.get("/api/v1/rules/QTNB-08").get_json()["scenarios"]
    assert len(scenarios) == 1
    scenario = scenarios[0]
    assert scenario["name"] == "Thiếu dự thảo quyết định phê duyệt quy trình nội bộ"
    assert scenario["keyword"] == "Kịch bản"
    assert scenario["file"].endswith("features/vinhphuc-9579/quy-trinh.feature")
    assert scenario["line"] == 8
    assert scenario["tags"] == ["@QTNB-01", "@QTNB-08"]
    assert scenario["background"] == [
        {"keyword": "Cho", "text": "ngày nộp hồ sơ là 02/03/2020", "line": 5}]
    assert [s["keyword"] for s in scenario["steps"]] == ["Cho", "Và", "Khi", "Thì"]
    assert scenario["steps"][1]["table"] == [["văn bản"], ["Tờ trình"]]


def test_feature_rule_and_examples_tags_count(client, features):
    (features / "vinhphuc-9579" / "quy-trinh.feature").write_text(FEATURE, encoding="utf-8")
    by_rule = {rule["id"]: [s["name"] for s in rule["scenarios"]]
               for rule in client.get("/api/v1/rules").get_json()["items"]}
    assert len(by_rule["QTNB-01"]) == 2  # the feature's tag
    assert by_rule["QTNB-09"] == by_rule["QTNB-06"] == ["Thủ tục <loại>"]
    outline = client.get("/api/v1/rules/QTNB-06").get_json()["scenarios"][0]
    assert outline["examples"][0]["header"] == ["mã", "loại"]
    assert outline["examples"][0]["rows"] == [["1.000001", "không thay đổi"]]


def test_no_feature_files_means_no_scenarios(app, client, tmp_path):
    app.config["FEATURES_DIR"] = str(tmp_path / "nowhere")
    assert all(r["scenarios"] == [] for r in client.get("/api/v1/rules").get_json()["items"])


def test_a_broken_feature_file_is_skipped(client, features, caplog):
    folder = features / "vinhphuc-9579"
    (folder / "broken.feature").write_text("# language: vi\nKịch bản without a feature\n",
                                           encoding="utf-8")
    (folder / "binary.feature").write_bytes(b"\xff\xfe\x00")
    (folder / "quy-trinh.feature").write_text(FEATURE, encoding="utf-8")
    response = client.get("/api/v1/rules/QTNB-08")
    assert response.status_code == 200
    assert len(response.get_json()["scenarios"]) == 1
    assert "broken.feature" in caplog.text


def test_an_edited_feature_file_is_read_again(client, features):
    path = features / "vinhphuc-9579" / "quy-trinh.feature"
    path.write_text(FEATURE, encoding="utf-8")
    assert len(client.get("/api/v1/rules/QTNB-08").get_json()["scenarios"]) == 1
    path.write_text(FEATURE.replace("@QTNB-08", "@QTNB-10"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert client.get("/api/v1/rules/QTNB-08").get_json()["scenarios"] == []


def test_the_projects_own_features_are_found(client):
    rules = client.get("/api/v1/rules").get_json()["items"]
    for rule in rules:
        for scenario in rule["scenarios"]:
            assert scenario["file"].startswith("features/")
            assert f"@{rule['id']}" in scenario["tags"]


def test_the_policy_packs(client):
    response = client.get("/api/v1/policies")
    assert response.status_code == 200
    items = response.get_json()["items"]
    packs = get_engine().policies.packs
    assert [p["id"] for p in items] == [p.id for p in packs]
    assert response.headers["X-Policy-Versions"] == versions_of(packs)
    by_id = {p["id"]: p for p in items}
    vinh_phuc = by_id["vinhphuc-9579"]
    assert vinh_phuc["document"] == "9579/UBND-KSTT"
    assert vinh_phuc["issuer"] == "Ủy ban nhân dân tỉnh Vĩnh Phúc"
    # v3: the directive of a province that ended on 2025-06-30
    assert (vinh_phuc["valid_from"], vinh_phuc["valid_until"]) == ("2019-11-29", "2025-06-30")
    assert vinh_phuc["version"].startswith("sha256:") and len(vinh_phuc["version"]) == 71
    assert "QTNB-08" in vinh_phuc["rules"] and "QTNB-05" not in vinh_phuc["rules"]
    approval = by_id["vn-approval"]
    assert approval["jurisdiction"] == "national" and approval["valid_from"] == "2019-01-06"
    assert {"QTNB-05", "QTNB-06", "QTNB-07", "QTNB-13", "QTNB-15", "CB-01"} == \
        set(approval["rules"])
    assert by_id["reading"]["scope"] == "open_points" and by_id["reading"]["document_date"] is None


def test_the_delegations_are_listed_with_the_packs(client):
    delegations = client.get("/api/v1/policies").get_json()["delegations"]
    ha_noi, = [d for d in delegations if d["province"] == "ha-noi"]
    assert ha_noi["delegate"] == {"type": "provincial_centre",
                                  "name": "Trung tâm Phục vụ hành chính công Thành phố Hà Nội"}
    assert ha_noi["acts"] == ["approve_internal_procedure", "approve_electronic_procedure"]
    assert (ha_noi["decision"]["number"], ha_noi["decision"]["date"]) == ("1716/QĐ-UBND",
                                                                          "2025-03-25")
    assert (ha_noi["in_force_from"], ha_noi["in_force_until"]) == ("2025-03-25", None)

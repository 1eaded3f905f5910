"""/openapi.json: a valid OpenAPI 3 document of every endpoint, from the marshmallow schemas."""

from __future__ import annotations

import json
import re

import pytest
from openapi_spec_validator import validate

from service.contract.schemas import SubmissionSchema


@pytest.fixture
def document(client) -> dict:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def test_the_document_is_valid_openapi_3(document):
    assert document["openapi"].startswith("3.")
    validate(document)


def test_every_route_is_documented(app, document):
    for rule in app.url_map.iter_rules():
        if rule.endpoint in ("static",) or rule.endpoint.startswith("web.") \
                or rule.rule == "/openapi.json":
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        assert path in document["paths"], path
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            operation = document["paths"][path][method.lower()]
            assert operation["summary"] and operation["responses"]


@pytest.mark.parametrize("path", ["/api/v1/prechecks", "/api/v1/submissions"])
def test_the_request_body_is_the_contract_submission(document, path):
    operation = document["paths"][path]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Submission"}
    for status in ("400", "413", "415", "422"):
        assert status in operation["responses"]
    submission = document["components"]["schemas"]["Submission"]
    assert set(submission["properties"]) == set(SubmissionSchema().fields)
    assert submission["additionalProperties"] is False
    assert set(submission["required"]) == {"kind", "submitted_on", "submitter", "procedures"}


def test_the_response_schemas_are_components(document):
    names = set(document["components"]["schemas"])
    assert {"Verdict", "Finding", "SubmissionResource", "SubmissionSummary", "SubmissionPage",
            "CatalogueRule", "Scenario", "PolicyPack", "Error"} <= names
    verdict = document["paths"]["/api/v1/prechecks"]["post"]["responses"]["200"]
    assert verdict["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Verdict"}
    assert "X-Policy-Versions" in verdict["headers"]


def test_enums_and_list_parameters_are_documented(document):
    verdict = document["components"]["schemas"]["Verdict"]["properties"]
    assert verdict["outcome"]["enum"] == ["accepted", "needs_review", "rejected", "no_policy"]
    parameters = {p["name"]: p for p in
                  document["paths"]["/api/v1/submissions"]["get"]["parameters"]}
    assert set(parameters) == {"outcome", "submitter", "kind", "since", "limit", "cursor"}
    assert parameters["limit"]["schema"]["maximum"] == 100
    header = {p["name"] for p in document["paths"]["/api/v1/submissions"]["post"]["parameters"]}
    assert header == {"Idempotency-Key"}


def test_patterns_are_ecmascript(document):
    patterns = re.findall(r'"pattern": "((?:[^"\\]|\\.)*)"', json.dumps(document))
    assert patterns
    for pattern in patterns:
        # anchored at both ends; `(?![\\s\\S])` is the end that, unlike `$`, does not also
        # match before a final newline (in ECMAScript and in Python alike)
        assert "\\\\Z" not in pattern and pattern.startswith("^")
        assert pattern.endswith(("$", "(?![\\\\s\\\\S])")), pattern
    code = document["components"]["schemas"]["Procedure"]["properties"]["code"]["pattern"]
    assert re.fullmatch(code.strip("^$"), "1.014461.H35")


def test_the_document_is_also_printed_by_the_cli(runner):
    result = runner.invoke(args=["openapi", "print"])
    assert result.exit_code == 0
    assert json.loads(result.output)["info"]["title"] == "tthc-rules"


# --- the document says what the server does --------------------------------------------------

def _valid(document: dict, schema: dict, value) -> bool:
    from openapi_schema_validator import OAS30Validator

    return OAS30Validator({**schema, "components": document["components"]}).is_valid(value)


def _body_schema(document: dict, path: str, media: str = "application/json") -> dict:
    return document["paths"][path]["post"]["requestBody"]["content"][media]["schema"]


def test_every_operation_has_a_unique_operation_id(document):
    ids = [operation["operationId"] for item in document["paths"].values()
           for method, operation in item.items() if method in ("get", "post", "delete")]
    assert len(ids) == len(set(ids)) == 20
    assert {"create_precheck", "create_submission", "list_rules", "get_head"} <= set(ids)


EXAMPLES_DIR = __import__("pathlib").Path(__file__).resolve().parents[2] / "examples"


def _example(name: str = "contract-example.json") -> dict:
    return json.loads((EXAMPLES_DIR / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES_DIR.glob("*.json")))
def test_every_example_is_valid_by_the_document(document, name):
    assert _valid(document, _body_schema(document, "/api/v1/prechecks"), _example(name))


def _without(drop: str, kind: str = "publication") -> dict:
    body = _example()
    body["kind"] = kind
    if drop == "addressed_to":
        body.pop("addressed_to")
    elif drop == "addressed_to null":
        body["addressed_to"] = None
    elif drop == "addressed_to empty":
        body["addressed_to"] = {}
    elif drop == "change":
        body["procedures"][0].pop("change")
    elif drop == "change null":
        body["procedures"][0]["change"] = None
    return body


@pytest.mark.database
@pytest.mark.parametrize("drop", ["addressed_to", "addressed_to null", "addressed_to empty",
                                  "change", "change null"])
def test_a_publication_the_server_refuses_is_invalid_by_the_document(client, document, drop):
    body = _without(drop)
    assert client.post("/api/v1/prechecks", json=body).status_code == 422
    assert not _valid(document, _body_schema(document, "/api/v1/prechecks"), body)


@pytest.mark.database
@pytest.mark.parametrize("kind, drop", [("electronic_procedure", "addressed_to"),
                                        ("electronic_procedure", "addressed_to null"),
                                        ("internal_procedure", "change"),
                                        ("internal_procedure_amendment", "change")])
def test_what_other_kinds_may_leave_out_stays_valid(client, document, kind, drop):
    body = _without(drop, kind)
    schema = _body_schema(document, "/api/v1/prechecks")
    assert _valid(document, schema, body)
    assert client.post("/api/v1/prechecks", json=body).status_code != 422


@pytest.mark.database
@pytest.mark.parametrize("body, server", [
    ({"role": "reviewer", "agency": "SXD"}, 422), ({"role": "admin", "agency": "SXD"}, 422),
    ({"role": "submitter"}, 422), ({"role": "submitter", "agency": None}, 422),
    ({"role": "submitter", "agency": " SXD"}, 422), ({"role": "submitter", "agency": "SXD\n"}, 422),
    ({"role": "submitter", "agency": "SXD"}, 201), ({"role": "reviewer"}, 201),
    ({"role": "admin", "agency": None, "name": "ops"}, 201),
])
def test_a_key_request_is_valid_by_the_document_exactly_when_the_server_takes_it(
        client, document, body, server):
    assert client.post("/api/v1/admin/keys", json=body).status_code == server
    assert _valid(document, _body_schema(document, "/api/v1/admin/keys"), body) \
        is (server == 201)


def test_an_unknown_pack_is_invalid_by_the_document(client, document):
    parameter = next(p for p in document["paths"]["/api/v1/rules"]["get"]["parameters"]
                     if p["name"] == "pack")
    assert client.get("/api/v1/rules?pack=no-such-pack").status_code == 422
    assert not _valid(document, parameter["schema"], "no-such-pack")
    for pack in ("vinhphuc-9579", "vn-one-stop", "vn-two-tier-2025"):
        assert _valid(document, parameter["schema"], pack)
        assert client.get(f"/api/v1/rules?pack={pack}").status_code == 200


@pytest.mark.database
@pytest.mark.parametrize("text, server", [
    ("hello,world\n1,2\n", 400), ("", 400), ("Tên TTHC\nx\n", 400),
    ("Mã TTHC,Tên TTHC\n1.009994,Cấp giấy phép xây dựng\n", 200),
    ("STT,Mã TTHC,Tên TTHC,Lĩnh vực\n1,1.009994,Cấp giấy phép,Xây dựng\nrác\n", 200),
])
def test_a_csv_import_is_valid_by_the_document_when_the_server_reads_it(client, document,
                                                                       text, server):
    answer = client.post("/api/v1/registry/imports", data=text.encode(),
                         content_type="text/csv")
    assert answer.status_code == server
    schema = _body_schema(document, "/api/v1/registry/imports", "text/csv")
    assert _valid(document, schema, text) is (server == 200)


@pytest.mark.database
@pytest.mark.parametrize("where, value, taken", [
    ("signer", "", True), ("signer", "   ", True), ("signer", None, True),  # read as absent
    ("name", "   ", False), ("name", "", False)])  # a required name that is blank: missing
def test_a_blank_text_is_valid_by_the_document_exactly_when_the_server_takes_it(
        client, document, where, value, taken):
    body = _example()
    if where == "signer":
        body["procedures"][0]["managing_agency"]["signer"] = value
    else:
        body["procedures"][0]["name"] = value
    answer = client.post("/api/v1/prechecks", json=body)
    assert (answer.status_code == 200) is taken, answer.get_json()
    assert _valid(document, _body_schema(document, "/api/v1/prechecks"), body) is taken


def test_a_nullable_choice_lists_null_among_its_values(document):
    reception = document["components"]["schemas"]["Procedure"]["properties"]["reception"]
    assert reception["nullable"] is True and None in reception["enum"]

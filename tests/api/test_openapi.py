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
        assert "\\\\Z" not in pattern and pattern.startswith("^") and pattern.endswith("$")
    code = document["components"]["schemas"]["Procedure"]["properties"]["code"]["pattern"]
    assert re.fullmatch(code.strip("^$"), "1.014461.H35")


def test_the_document_is_also_printed_by_the_cli(runner):
    result = runner.invoke(args=["openapi", "print"])
    assert result.exit_code == 0
    assert json.loads(result.output)["info"]["title"] == "tthc-rules"

"""Fixtures of the HTTP tests: ``app``, ``client``, ``runner``, a fresh database per test.

A test marked ``database`` gets a migrated database of its own: a SQLite file in its
temporary folder, or, when ``$DATABASE_URL`` names PostgreSQL, a schema of its own in that
database, dropped afterwards. Any other test gets an empty in-memory database that is
never migrated, so a test that reaches the database without the marker fails.

Every response the client receives is checked against the OpenAPI document: the
operation's documented response for its status (or the default error response).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from werkzeug.exceptions import HTTPException

from service.app import create_app

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"


def openapi(app) -> dict:
    return app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()


def _resolve(spec: dict, node: dict) -> dict:
    while "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = spec["components"][kind][name]
    return node


def documented_schema(app, method: str, path: str, status: int) -> dict:
    """The JSON schema the OpenAPI document gives for this response."""
    spec = openapi(app)
    error = {"$ref": "#/components/schemas/Error"}
    try:
        rule, _ = app.url_map.bind("localhost").match(path, method=method, return_rule=True)
    except HTTPException:
        return error
    route = rule.rule.replace("<", "{").replace(">", "}")
    operation = spec["paths"].get(route, {}).get(method.lower())
    if operation is None:
        return error
    responses = operation["responses"]
    response = _resolve(spec, responses.get(str(status)) or responses["default"])
    return response["content"]["application/json"]["schema"]


def check_documented(app, method: str, path: str, response) -> None:
    assert response.mimetype == "application/json", (path, response.status)
    schema = documented_schema(app, method, path, response.status_code)
    root = {**schema, "components": openapi(app)["components"]}
    OAS30Validator(root, format_checker=oas30_format_checker).validate(response.get_json())


class CheckingClient(FlaskClient):
    """A test client that checks each response against the OpenAPI document."""

    def open(self, *args, **kwargs):
        response = super().open(*args, **kwargs)
        request = response.request
        if request.path != "/openapi.json" and request.method != "OPTIONS":
            check_documented(self.application, request.method, request.path, response)
        return response


@pytest.fixture
def settings(request, database_url, tmp_path) -> dict:
    """Settings of the app under test; a test may change them before using ``app``."""
    return {"TESTING": True, "DATABASE_URL": database_url,
            "MIGRATE_ON_START": request.node.get_closest_marker("database") is not None,
            "AUTH": False}  # access control: tests/trust


@pytest.fixture
def app(settings):
    app = create_app(settings)
    app.test_client_class = CheckingClient
    yield app
    app.extensions["tthc-rules"]["store"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def store(app):
    return app.extensions["tthc-rules"]["store"]


@pytest.fixture
def example():
    """``example(name)``: a submission of ``examples/`` as a fresh dict."""
    def load(name: str = "contract-example.json") -> dict:
        return json.loads((EXAMPLES_DIR / name).read_text(encoding="utf-8"))
    return load

"""Every response a test client receives, checked against the OpenAPI document: the
operation's documented response for its status (or the default error response)."""

from __future__ import annotations

from flask.testing import FlaskClient
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from werkzeug.exceptions import HTTPException

_DOCUMENTS: dict[tuple, dict] = {}


def openapi(app) -> dict:
    """The app's OpenAPI document. Every app of the suite writes the same one for the same
    packs (the code writes the rest), so it is written once per set of packs, not once per
    test (a tenth of a second each); ``test_openapi.py`` reads each app's own."""
    from service.engine import get_engine
    from service.engine.policy import PolicyError

    try:
        key = tuple(p.id for p in get_engine().policies.packs)
    except PolicyError:
        key = ()
    if key not in _DOCUMENTS:
        api = app.extensions["flask-smorest"]["apis"][""]["ext_obj"]
        _DOCUMENTS[key] = api.spec.to_dict()
    return _DOCUMENTS[key]


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

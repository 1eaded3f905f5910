"""The HTTP API (contract v1): one blueprint per resource, JSON errors, the OpenAPI
document generated from the same marshmallow schemas at ``/openapi.json``."""

from __future__ import annotations

from flask import Flask
from flask_smorest import Api

from service.api import audit, health, policies, prechecks, readings, registry, rules, submissions
from service.api.docs import ErrorSchema, ecma_pattern
from service.api.errors import register_error_handlers

API_SETTINGS = {
    "API_TITLE": "tthc-rules",
    "API_VERSION": "1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": "/",
    "OPENAPI_JSON_PATH": "openapi.json",
    "API_SPEC_OPTIONS": {"info": {"description": (
        "Checks proposed submissions of administrative procedures (TTHC) against document "
        "9579/UBND-KSTT and the national rules, and explains every finding with its rule, "
        "its facts and the quoted law. Bad input is answered 400, 413, 415 or 422 with "
        "`{\"errors\": {path: [messages]}}` naming every offending field.")}},
}


class ContractApi(Api):
    """flask-smorest's Api, documenting errors in the contract's shape (the handlers of
    ``service.api.errors`` replace its own)."""

    ERROR_SCHEMA = ErrorSchema


def init_api(app: Flask) -> ContractApi:
    for key, value in API_SETTINGS.items():
        app.config.setdefault(key, value)
    api = ContractApi(app)
    api.ma_plugin.converter.add_attribute_function(ecma_pattern)
    for module in (prechecks, submissions, registry, rules, policies, audit, health):
        api.register_blueprint(module.blp)
    api.register_blueprint(readings.blp)
    register_error_handlers(app)
    return api

"""The HTTP API (contract v1): one blueprint per resource, JSON errors, the OpenAPI
document generated from the same marshmallow schemas at ``/openapi.json``."""

from __future__ import annotations

import threading
from collections.abc import Callable

from flask import Flask
from flask_smorest import Api
from flask_smorest.spec import openapi_cli

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
    ``service.api.errors`` replace its own).

    The OpenAPI document is written when it is first read (``/openapi.json``, the docs
    pages, a test), not when the app starts: turning some forty schemas into JSON Schema
    takes most of a start-up, and a worker that never serves the document never pays for
    it. Routes are registered at once, as always; what writes the document (flask-smorest's
    own steps, then :meth:`document_with`'s) runs once, in order, under a lock.
    """

    ERROR_SCHEMA = ErrorSchema

    def __init__(self, app: Flask) -> None:
        self._steps: list[Callable[[], object]] = []
        self._writing = False
        self._lock = threading.RLock()
        self._document = None
        super().__init__(app)

    @property
    def spec(self):
        """The document (an ``apispec.APISpec``), written on first use."""
        if self._steps:
            with self._lock:
                if not self._writing:  # a step reading the document reads it as it stands
                    self._writing = True
                    try:
                        while self._steps:
                            self._steps.pop(0)()
                    finally:
                        self._writing = False
        return self._document

    @spec.setter
    def spec(self, value) -> None:
        self._document = value

    def document_with(self, step: Callable[[], object]) -> None:
        """Run ``step`` when the document is written, after what is already waiting."""
        self._steps.append(step)

    def _init_spec(self, **kwargs) -> None:
        self._app.cli.add_command(openapi_cli)  # `flask openapi print`, as Api's own does
        self.document_with(lambda: Api._init_spec(self, **kwargs))

    def register_blueprint(self, blp, *, parameters=None, **options) -> None:
        """The blueprint's routes now; its pages of the document when it is written."""
        name = options.get("name", blp.name)
        self._app.extensions["flask-smorest"]["blp_name_to_api"][name] = self
        self._app.register_blueprint(blp, **options)

        def document() -> None:
            blp.register_views_in_doc(self, self._app, self._document, name=name,
                                      parameters=parameters)
            self._document.tag({"name": name, "description": blp.description})

        self.document_with(document)


def init_api(app: Flask) -> ContractApi:
    for key, value in API_SETTINGS.items():
        app.config.setdefault(key, value)
    api = ContractApi(app)
    api.document_with(lambda: api.ma_plugin.converter.add_attribute_function(ecma_pattern))
    for module in (prechecks, submissions, registry, rules, policies, audit, health):
        api.register_blueprint(module.blp)
    api.register_blueprint(readings.blp)
    register_error_handlers(app)
    return api

"""Every error as JSON: ``{"errors": {path: [messages]}, "status": …, "message": …}``.

Callers never see a traceback or an HTML page: HTTP errors keep their status, a database
that does not answer is a 503, anything unexpected a 500 that is logged.
"""

from __future__ import annotations

from http import HTTPStatus

from flask import Flask, Response, current_app, jsonify, request
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from service.contract.schemas import flatten_errors
from service.engine.policy import PolicyError

_UNKNOWN_PARAMETER = "is not a parameter of this endpoint."


def error_response(status: int, errors: dict[str, list[str]],
                   headers: dict | None = None) -> tuple[Response, int, dict]:
    body = {"errors": errors, "status": status, "message": HTTPStatus(status).phrase}
    return jsonify(body), status, headers or {}


def _default_errors(error: HTTPException) -> dict[str, list[str]]:
    """What a bare HTTP error (raised by Flask or Werkzeug) says, by its status."""
    if error.code == 404:
        return {"url": [f"no resource at {request.path}."]}
    if error.code == 405:
        allowed = ", ".join(sorted(getattr(error, "valid_methods", None) or ()))
        return {"method": [(f"{request.method} is not allowed on {request.path}; "
                           f"allowed: {allowed}.")]}
    if error.code == 413:
        limit = request.max_content_length or current_app.config["MAX_CONTENT_LENGTH"]
        mib = f" ({limit / 1048576:g} MiB)" if limit >= 1048576 else ""
        return {"body": [f"is larger than the limit of {limit} bytes{mib}."]}
    if error.code == 415:
        return {"Content-Type": ["must be application/json."]}
    return {"request": [error.description or HTTPStatus(error.code).phrase]}


def handle_http_error(error: HTTPException):
    data = getattr(error, "data", None) or {}
    if "errors" in data:
        errors = data["errors"]
    elif "messages" in data:  # webargs: {"query": {"limit": [...]}}
        errors = {}
        for messages in data["messages"].values():
            errors.update(flatten_errors(
                {name: [_UNKNOWN_PARAMETER if m == "Unknown field." else m for m in found]
                 if isinstance(found, list) else found for name, found in messages.items()}))
    else:
        errors = _default_errors(error)
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    headers.update(data.get("headers") or {})
    return error_response(error.code or 500, errors, headers)


def handle_database_error(error: OperationalError):
    current_app.logger.error("database unavailable on %s %s", request.method, request.path,
                             exc_info=error)
    return error_response(503, {"database": ["is not available; try again later."]},
                          {"Retry-After": "5"})


def handle_policy_error(error: PolicyError):
    current_app.logger.error("the policy files cannot be loaded: %s", error)
    return error_response(503, {"policies": ["the rules cannot be loaded; try again later."]},
                          {"Retry-After": "5"})


def handle_unexpected(error: Exception):
    current_app.logger.error("unexpected error on %s %s", request.method, request.path,
                             exc_info=error)
    return error_response(500, {"server": [("an unexpected error occurred; it has been "
                                           "logged.")]})


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(OperationalError, handle_database_error)
    app.register_error_handler(PolicyError, handle_policy_error)
    app.register_error_handler(Exception, handle_unexpected)

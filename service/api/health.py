"""``/healthz`` (the process answers) and ``/readyz`` (rules compiled, database usable)."""

from __future__ import annotations

from flask import current_app, jsonify
from flask_smorest import Blueprint

from service.api.docs import HealthSchema, ReadinessSchema
from service.api.http import store
from service.engine import get_engine

blp = Blueprint("health", __name__, description="Liveness and readiness probes.")


@blp.route("/healthz", methods=["GET"])
@blp.alt_response(200, schema=HealthSchema, success=True, description="The process answers.")
def healthz():
    """Liveness"""
    return jsonify({"status": "ok"})


def _check(name: str, probe) -> dict:
    try:
        detail = probe()
    except Exception as exc:  # noqa: BLE001 - a probe reports every failure, never raises
        current_app.logger.warning("readiness check %s failed: %s", name, exc)
        return {"status": "failed", "detail": type(exc).__name__}
    return {"status": "ok", "detail": detail}


def _rules() -> str:
    return f"{len(get_engine().policies.rules)} rules compiled"


def _database() -> str:
    store().check()
    return "reachable, schema up to date"


@blp.route("/readyz", methods=["GET"])
@blp.alt_response(200, schema=ReadinessSchema, success=True, description="Ready to serve.")
@blp.alt_response(503, schema=ReadinessSchema, description="Not ready: see `checks`.")
def readyz():
    """Readiness"""
    checks = {"rules": _check("rules", _rules), "database": _check("database", _database)}
    ready = all(c["status"] == "ok" for c in checks.values())
    return jsonify({"status": "ready" if ready else "unavailable", "checks": checks}), \
        200 if ready else 503

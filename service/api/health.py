"""``/healthz`` (the process answers) and ``/readyz`` (rules compiled, database usable).

``/readyz`` answers 200 ``ready``; 200 ``degraded`` when the rules that serve are not what the
files on disk say (the last good set kept in the database serves, or the files stopped
compiling after the rules were loaded: ``checks.rules.detail`` says which and why), or when
authentication is off while the service binds beyond loopback (``checks.access``,
``warning``); 503 ``unavailable`` when no rules or no database can serve."""

from __future__ import annotations

from flask import current_app, jsonify
from flask_smorest import Blueprint

from service.api.docs import HealthSchema, ReadinessSchema
from service.api.http import store
from service.engine import get_engine
from service.trust import reload

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


def _files_differ() -> str | None:
    """Why the rule files on disk are not the rules serving, read afresh: every worker of a
    host reads the same files, so every worker answers alike (the one that handled a reload
    that failed knows more, and says it first)."""
    files = reload.read_files(reload.policy_root())
    if files is None:
        return "the rule files on disk cannot be read"
    on_disk = {p["id"]: p["version"] for p in reload.versions_of(files)}
    serving = {p["id"]: p["version"] for p in reload.serving_versions()}
    if on_disk == serving:
        return None
    changed = sorted(k for k in on_disk.keys() | serving.keys()
                     if on_disk.get(k) != serving.get(k))
    return (f"the rule files on disk are not the rules serving ({', '.join(changed)}): a "
            f"reload failed, or the files changed and were not reloaded")


def _rules_check() -> dict:
    check = _check("rules", _rules)
    if check["status"] != "ok":
        return check
    degraded = reload.state().degraded() or _files_differ()
    if degraded:
        return {"status": "degraded", "detail": f"{check['detail']}, {degraded}"}
    return check


def _database() -> str:
    store().check()
    return "reachable, schema up to date"


def _access_check() -> dict:
    settings = current_app.extensions["tthc-rules"].get("auth") or {}
    if settings.get("warning"):
        return {"status": "warning", "detail": settings["warning"]}
    return {"status": "ok", "detail": f"authentication {'on' if settings.get('on') else 'off'}"
                                      f": {settings.get('reason', '')}"}


@blp.route("/readyz", methods=["GET"])
@blp.alt_response(200, schema=ReadinessSchema, success=True, description=(
    "Ready to serve (`ready`), or serving rules other than the files on disk say "
    "(`degraded`: `checks.rules.detail` says why)."))
@blp.alt_response(503, schema=ReadinessSchema, description="Not ready: see `checks`.")
def readyz():
    """Readiness"""
    checks = {"rules": _rules_check(), "database": _check("database", _database),
              "access": _access_check()}
    if any(c["status"] == "failed" for c in checks.values()):
        return jsonify({"status": "unavailable", "checks": checks}), 503
    degraded = any(c["status"] in ("degraded", "warning") for c in checks.values())
    return jsonify({"status": "degraded" if degraded else "ready", "checks": checks}), 200

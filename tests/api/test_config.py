"""Settings from the environment, and the WSGI entry point."""

from __future__ import annotations

import importlib.util

import pytest
from flask import Flask

from service.config import (
    DEFAULT_DATABASE_FILE,
    ONE_MIB,
    PROJECT_DIR,
    ConfigError,
    settings_from_environment,
)


def test_the_defaults():
    settings = settings_from_environment({})
    assert settings == {"DATABASE_URL": f"sqlite:///{DEFAULT_DATABASE_FILE}",
                        "MAX_CONTENT_LENGTH": ONE_MIB, "MIGRATE_ON_START": True,
                        "FEATURES_DIR": str(PROJECT_DIR / "features"), "AUTH": None,
                        "BIND": None, "POLICY_CHECK_SECONDS": 3.0,
                        "AUDIT_ANCHORS": str(PROJECT_DIR / "instance" / "anchors.jsonl"),
                        "AUDIT_ANCHOR_SECONDS": 60.0, "TRUSTED_PROXIES": 0,
                        "RATE_LIMITS": True, "RATE_LIMIT_STORAGE": "memory",
                        "RATE_LIMIT_LOGIN": "10/minute", "RATE_LIMIT_CHECK": "30/minute",
                        "RATE_LIMIT_READING": "10/minute", "RATE_LIMIT_API": "300/minute",
                        "RATE_LIMIT_AUTH_FAILURES": "20/minute", "READ_MEMORY_MIB": 512,
                        "READ_SECONDS": 20.0}
    assert DEFAULT_DATABASE_FILE == PROJECT_DIR / "instance" / "tthc-rules.sqlite3"


def test_the_environment_overrides_them():
    settings = settings_from_environment({
        "DATABASE_URL": "postgresql://postgres@db/tthc", "MAX_CONTENT_LENGTH": "2048",
        "MIGRATE_ON_START": "0", "FEATURES_DIR": "/srv/features", "TTHC_AUTH": "on",
        "TTHC_BIND": "0.0.0.0:8000", "TTHC_POLICY_CHECK": "0.5",
        "TTHC_AUDIT_ANCHORS": "/srv/anchors/tthc.jsonl", "TTHC_AUDIT_ANCHOR_SECONDS": "300",
        "TTHC_TRUSTED_PROXIES": "1", "TTHC_RATE_LIMITS": "off",
        "TTHC_RATE_LIMIT_STORAGE": "redis://127.0.0.1:6379/0",
        "TTHC_RATE_LIMIT_LOGIN": "5/minute;20/hour", "TTHC_RATE_LIMIT_API": "10/second",
        "TTHC_READ_MEMORY_MIB": "256", "TTHC_READ_SECONDS": "10"})
    assert settings == {"DATABASE_URL": "postgresql://postgres@db/tthc",
                        "MAX_CONTENT_LENGTH": 2048, "MIGRATE_ON_START": False,
                        "FEATURES_DIR": "/srv/features", "AUTH": True, "BIND": "0.0.0.0:8000",
                        "POLICY_CHECK_SECONDS": 0.5, "AUDIT_ANCHORS": "/srv/anchors/tthc.jsonl",
                        "AUDIT_ANCHOR_SECONDS": 300.0, "TRUSTED_PROXIES": 1,
                        "RATE_LIMITS": False, "RATE_LIMIT_STORAGE": "redis://127.0.0.1:6379/0",
                        "RATE_LIMIT_LOGIN": "5/minute;20/hour", "RATE_LIMIT_CHECK": "30/minute",
                        "RATE_LIMIT_READING": "10/minute", "RATE_LIMIT_API": "10/second",
                        "RATE_LIMIT_AUTH_FAILURES": "20/minute", "READ_MEMORY_MIB": 256,
                        "READ_SECONDS": 10.0}
    assert settings_from_environment({"TTHC_AUDIT_ANCHORS": "off"})["AUDIT_ANCHORS"] is None


@pytest.mark.parametrize("name, value", [
    ("MAX_CONTENT_LENGTH", "1MB"), ("MAX_CONTENT_LENGTH", "0"), ("MAX_CONTENT_LENGTH", "-5"),
    ("MIGRATE_ON_START", "maybe"), ("TTHC_AUTH", "sometimes"), ("TTHC_POLICY_CHECK", "soon"),
    ("TTHC_AUDIT_ANCHOR_SECONDS", "0"), ("TTHC_AUDIT_ANCHOR_SECONDS", "hourly"),
    ("TTHC_TRUSTED_PROXIES", "all"), ("TTHC_RATE_LIMITS", "sometimes"),
    ("TTHC_RATE_LIMIT_STORAGE", "mongodb://x"), ("TTHC_RATE_LIMIT_API", "lots"),
    ("TTHC_READ_MEMORY_MIB", "1"), ("TTHC_READ_SECONDS", "forever")])
def test_a_setting_that_cannot_be_used_is_refused(name, value):
    with pytest.raises(ConfigError, match=name):
        settings_from_environment({name: value})


@pytest.mark.database
def test_wsgi_exposes_the_app_configured_from_the_environment(database_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("MAX_CONTENT_LENGTH", "4096")
    spec = importlib.util.spec_from_file_location("wsgi", PROJECT_DIR / "wsgi.py")
    wsgi = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wsgi)
    try:
        assert isinstance(wsgi.app, Flask)
        assert wsgi.app.config["MAX_CONTENT_LENGTH"] == 4096
        assert wsgi.app.test_client().get("/readyz").status_code == 200
    finally:
        wsgi.app.extensions["tthc-rules"]["store"].dispose()


def test_make_run_recycles_workers_and_keeps_its_own_control_socket():
    """``make run``: workers replaced now and then (memory returned), within gunicorn's
    timeout, with a control socket of this checkout's (not ``~/.gunicorn``'s, shared by
    every gunicorn of the user)."""
    run = (PROJECT_DIR / "Makefile").read_text(encoding="utf-8").split("\nrun:")[1]
    run = run.split("\n\n")[0].replace("\\\n", " ")
    command = next(line for line in run.splitlines() if "gunicorn" in line and "BIN" in line)
    for option in ("--max-requests 1000", "--max-requests-jitter 100", "--timeout 30",
                   "--control-socket instance/gunicorn-$(PORT).ctl"):
        assert option in " ".join(command.split()), option

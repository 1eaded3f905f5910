"""Settings of the web service, read from the environment.

=====================  =====================================================================
``DATABASE_URL``       SQLAlchemy URL; default: the SQLite file ``instance/tthc-rules.sqlite3``
                       (``postgresql://…`` uses psycopg 3)
``MAX_CONTENT_LENGTH`` largest request body in bytes; default 1 MiB
``MIGRATE_ON_START``   ``1`` (default) brings the database schema up to date at start-up
``FEATURES_DIR``       where the Gherkin features that specify the rules live; default
                       ``features/`` of the project
``TTHC_POLICIES``      the policy folder (read by the engine); default ``policies/``
``TTHC_AUTH``          ``on``, ``off`` or ``auto`` (default): API keys are required when on;
                       ``auto`` turns them on when the service binds beyond loopback
                       (``service.trust.auth`` tells how that is found out)
``TTHC_BIND``          where the service binds, when gunicorn's options do not show it
``TTHC_POLICY_CHECK``  seconds between a worker's looks at the policy generation asked for
                       by a reload (``service.trust.reload``); default 3
``TTHC_AUDIT_ANCHORS`` a file outside the database where the decision log's head is
                       appended as an anchor (JSON Lines, append-only, under ``flock``): by
                       the service as requests come in, and by ``tthc-rules audit head``;
                       ``tthc-rules audit verify`` checks the log against it. Unset: the
                       service writes none
``TTHC_AUDIT_ANCHOR_SECONDS``  the least time between two anchors the service writes;
                       default 60
=====================  =====================================================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
INSTANCE_DIR = PROJECT_DIR / "instance"
DEFAULT_DATABASE_FILE = INSTANCE_DIR / "tthc-rules.sqlite3"
ONE_MIB = 1024 * 1024


class ConfigError(ValueError):
    """A setting in the environment cannot be used."""


def _flag(name: str, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{name}={value!r}: expected 1 or 0 (on or off)")


def _positive_int(name: str, value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise ConfigError(f"{name}={value!r}: expected a positive number of bytes")
    return number


def _auth(value: str | None) -> bool | None:
    if value is None or value.strip().lower() in ("", "auto"):
        return None
    return _flag("TTHC_AUTH", value)


def _seconds(name: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 3600:
        raise ConfigError(f"{name}={value!r}: expected a number of seconds from 0 to 3600")
    return number


def _interval(name: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 1 <= number <= 86400:
        raise ConfigError(f"{name}={value!r}: expected a number of seconds from 1 to 86400")
    return number


def default_database_url() -> str:
    return f"sqlite:///{DEFAULT_DATABASE_FILE}"


def settings_from_environment(environ: Mapping[str, str] | None = None) -> dict:
    """The service's settings: defaults overridden by the environment."""
    env = os.environ if environ is None else environ
    return {
        "DATABASE_URL": env.get("DATABASE_URL") or default_database_url(),
        "MAX_CONTENT_LENGTH": _positive_int("MAX_CONTENT_LENGTH", env["MAX_CONTENT_LENGTH"])
        if env.get("MAX_CONTENT_LENGTH") else ONE_MIB,
        "MIGRATE_ON_START": _flag("MIGRATE_ON_START", env.get("MIGRATE_ON_START", "1")),
        "FEATURES_DIR": env.get("FEATURES_DIR") or str(PROJECT_DIR / "features"),
        "AUTH": _auth(env.get("TTHC_AUTH")),
        "BIND": env.get("TTHC_BIND") or None,
        "POLICY_CHECK_SECONDS": _seconds("TTHC_POLICY_CHECK", env["TTHC_POLICY_CHECK"])
        if env.get("TTHC_POLICY_CHECK") else 3.0,
        "AUDIT_ANCHORS": env.get("TTHC_AUDIT_ANCHORS") or None,
        "AUDIT_ANCHOR_SECONDS": _interval("TTHC_AUDIT_ANCHOR_SECONDS",
                                          env["TTHC_AUDIT_ANCHOR_SECONDS"])
        if env.get("TTHC_AUDIT_ANCHOR_SECONDS") else 60.0,
    }

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
                       ``tthc-rules audit verify`` checks the log against it. Default
                       ``instance/anchors.jsonl``; ``off`` writes none
``TTHC_AUDIT_ANCHOR_SECONDS``  the least time between two anchors the service writes;
                       default 60
``TTHC_RATE_LIMITS``   ``on`` (default) or ``off``: the rate limits of ``service.trust.limits``
``TTHC_RATE_LIMIT_STORAGE``  where the counts are kept: ``memory`` (default: each worker
                       counts alone), ``database`` (the service's database: every worker
                       and host shares them) or a ``redis://`` URL
``TTHC_RATE_LIMIT_LOGIN``, ``_CHECK``, ``_READING``, ``_API``, ``_AUTH_FAILURES``
                       the limits (``10/minute``, ``30/minute``, ``10/minute``,
                       ``300/minute``, ``20/minute``; several as ``5/second;100/hour``):
                       sign-in attempts, pre-checks and readings on the pages per client
                       address, API requests per key, and keys that fail to authenticate
                       per client address
``TTHC_READ_MEMORY_MIB`` the memory one reading of uploaded files may take (a Word or HTML
                       draft, a registry list), in its own process; default 512
``TTHC_READ_SECONDS``  the time it may take; default 20 (less than gunicorn's 30 s timeout)
``TTHC_TRUSTED_PROXIES`` how many proxies in front of the service to believe about the
                       client's address, scheme and host (``X-Forwarded-For``, ``-Proto``,
                       ``-Host``); default 0: none. Set it to 1 behind one nginx that sets
                       them, so that rate limits count per client and TLS is seen
=====================  =====================================================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
INSTANCE_DIR = PROJECT_DIR / "instance"
DEFAULT_DATABASE_FILE = INSTANCE_DIR / "tthc-rules.sqlite3"
DEFAULT_ANCHORS_FILE = INSTANCE_DIR / "anchors.jsonl"
ONE_MIB = 1024 * 1024
RATE_LIMITS = {"LOGIN": "10/minute", "CHECK": "30/minute", "READING": "10/minute",
               "API": "300/minute", "AUTH_FAILURES": "20/minute"}
READ_MEMORY_MIB = 512
READ_SECONDS = 20.0


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


def _count(name: str, value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= 10:
        raise ConfigError(f"{name}={value!r}: expected a number from 0 to 10")
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


def anchors_file(environ: Mapping[str, str] | None = None) -> str | None:
    """The anchor file ``TTHC_AUDIT_ANCHORS`` names (default ``instance/anchors.jsonl``);
    None when it is ``off``."""
    env = os.environ if environ is None else environ
    return _anchors(env.get("TTHC_AUDIT_ANCHORS"))


def read_bounds(environ: Mapping[str, str] | None = None):
    """What one reading of uploaded files may take (``TTHC_READ_MEMORY_MIB``,
    ``TTHC_READ_SECONDS``), for the command line as for the service."""
    from service.untrusted.sandbox import Bounds

    settings = settings_from_environment(environ)
    return Bounds(settings["READ_MEMORY_MIB"], settings["READ_SECONDS"])


def _anchors(value: str | None) -> str | None:
    if value is None or not value.strip():
        return str(DEFAULT_ANCHORS_FILE)
    if value.strip().lower() in ("off", "none", "0", "no"):
        return None
    return value


def _rate_limit(name: str, value: str) -> str:
    from limits import parse_many

    try:
        parse_many(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r}: expected limits such as 10/minute or "
                          f"5/second;100/hour") from None
    return value


def _rate_limit_storage(value: str | None) -> str:
    value = (value or "memory").strip()
    if value in ("memory", "database") or value.startswith(("redis://", "rediss://",
                                                             "redis+unix://")):
        return value
    raise ConfigError(f"TTHC_RATE_LIMIT_STORAGE={value!r}: expected memory, database or a "
                      f"redis:// URL")


def _bounded(name: str, value: str, low: float, high: float) -> float:
    try:
        number = float(value)
    except ValueError:
        number = low - 1
    if not low <= number <= high:
        raise ConfigError(f"{name}={value!r}: expected a number from {low:g} to {high:g}")
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
        "AUDIT_ANCHORS": _anchors(env.get("TTHC_AUDIT_ANCHORS")),
        "AUDIT_ANCHOR_SECONDS": _interval("TTHC_AUDIT_ANCHOR_SECONDS",
                                          env["TTHC_AUDIT_ANCHOR_SECONDS"])
        if env.get("TTHC_AUDIT_ANCHOR_SECONDS") else 60.0,
        "TRUSTED_PROXIES": _count("TTHC_TRUSTED_PROXIES", env["TTHC_TRUSTED_PROXIES"])
        if env.get("TTHC_TRUSTED_PROXIES") else 0,
        "RATE_LIMITS": _flag("TTHC_RATE_LIMITS", env.get("TTHC_RATE_LIMITS", "1")),
        "RATE_LIMIT_STORAGE": _rate_limit_storage(env.get("TTHC_RATE_LIMIT_STORAGE")),
        **{f"RATE_LIMIT_{what}": _rate_limit(f"TTHC_RATE_LIMIT_{what}",
                                             env[f"TTHC_RATE_LIMIT_{what}"])
           if env.get(f"TTHC_RATE_LIMIT_{what}") else default
           for what, default in RATE_LIMITS.items()},
        "READ_MEMORY_MIB": int(_bounded("TTHC_READ_MEMORY_MIB", env["TTHC_READ_MEMORY_MIB"],
                                        32, 65536))
        if env.get("TTHC_READ_MEMORY_MIB") else READ_MEMORY_MIB,
        "READ_SECONDS": _bounded("TTHC_READ_SECONDS", env["TTHC_READ_SECONDS"], 0.1, 600)
        if env.get("TTHC_READ_SECONDS") else READ_SECONDS,
    }

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
from openapi_checks import CheckingClient

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def settings(request, database_url, tmp_path) -> dict:
    """Settings of the app under test; a test may change them before using ``app``."""
    return {"TESTING": True, "DATABASE_URL": database_url,
            "MIGRATE_ON_START": request.node.get_closest_marker("database") is not None,
            "AUTH": False}  # access control: tests/trust


@pytest.fixture
def client_class():
    return CheckingClient


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def example():
    """``example(name)``: a submission of ``examples/`` as a fresh dict."""
    def load(name: str = "contract-example.json") -> dict:
        return json.loads((EXAMPLES_DIR / name).read_text(encoding="utf-8"))
    return load

"""Fixtures of the trust tests: an app on a database of its own, API keys of every role.

A test marked ``database`` gets a migrated database of its own: a SQLite file in its
temporary folder, or, when ``$DATABASE_URL`` names PostgreSQL, a schema of its own in that
database, dropped afterwards; any other test gets an in-memory database never migrated.
Every response of ``client`` is checked against the OpenAPI document, as in ``tests/api``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from databases import fresh_database  # noqa: F401 - the trust tests import it from here

from service.app import create_app

HERE = Path(__file__).resolve().parent
EXAMPLES_DIR = HERE.parents[1] / "examples"


def _api_checks():
    """``tests/api/conftest.py`` as a module: its OpenAPI-checking test client."""
    spec = importlib.util.spec_from_file_location("_tthc_api_checks",
                                                  HERE.parent / "api" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


API_CHECKS = _api_checks()
CheckingClient = API_CHECKS.CheckingClient


@pytest.fixture
def settings(request, database_url) -> dict:
    return {"TESTING": True, "DATABASE_URL": database_url, "AUTH": False,
            "MIGRATE_ON_START": request.node.get_closest_marker("database") is not None}


@pytest.fixture
def app(settings):
    app = create_app(settings)
    app.test_client_class = CheckingClient
    yield app
    app.extensions["tthc-rules"]["store"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def store(app):
    return app.extensions["tthc-rules"]["store"]


def load_example(name: str = "contract-example.json") -> dict:
    return json.loads((EXAMPLES_DIR / name).read_text(encoding="utf-8"))


@pytest.fixture
def example():
    return load_example

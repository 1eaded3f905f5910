"""Fixtures of the trust tests: an app on a database of its own, API keys of every role.

A test marked ``database`` gets a migrated database of its own: a SQLite file in its
temporary folder, or, when ``$DATABASE_URL`` names PostgreSQL, a schema of its own in that
database, dropped afterwards; any other test gets an in-memory database never migrated.
Every response of ``client`` is checked against the OpenAPI document, as in ``tests/api``.
"""

from __future__ import annotations

import json
from pathlib import Path

import openapi_checks
import pytest
from databases import fresh_database  # noqa: F401 - the trust tests import it from here
from openapi_checks import CheckingClient

HERE = Path(__file__).resolve().parent
EXAMPLES_DIR = HERE.parents[1] / "examples"


API_CHECKS = openapi_checks  # check_documented, for tests that build their own clients


@pytest.fixture
def settings(request, database_url) -> dict:
    return {"TESTING": True, "DATABASE_URL": database_url, "AUTH": False,
            "MIGRATE_ON_START": request.node.get_closest_marker("database") is not None}


@pytest.fixture
def client_class():
    return CheckingClient


def load_example(name: str = "contract-example.json") -> dict:
    return json.loads((EXAMPLES_DIR / name).read_text(encoding="utf-8"))


@pytest.fixture
def example():
    return load_example

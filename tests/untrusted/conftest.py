"""The apps of the bounded-reading tests: pages and API both, on a database of their own."""

from __future__ import annotations

import pytest


@pytest.fixture
def settings(request, database_url) -> dict:
    return {"TESTING": True, "DATABASE_URL": database_url, "AUTH": False,
            "MIGRATE_ON_START": request.node.get_closest_marker("database") is not None}

"""A migrated database of its own for each registry test that needs one: a SQLite file in the
test's temporary folder, or, when ``$DATABASE_URL`` names PostgreSQL, a schema of its own in
that database, dropped afterwards."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, make_url, text

SERVER_URL = os.environ.get("DATABASE_URL", "")


@pytest.fixture
def database_url(tmp_path):
    if not SERVER_URL.startswith("postgresql"):
        yield f"sqlite:///{tmp_path / 'registry.sqlite3'}"
        return
    schema = f"test_registry_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(SERVER_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

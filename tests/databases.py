"""An empty database of its own for a test: a SQLite file in the test's temporary folder, or,
when ``$DATABASE_URL`` names PostgreSQL (CI's second pass), a schema of its own in that
database, dropped afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, create_engine, make_url, text

SERVER_URL = os.environ.get("DATABASE_URL", "")


@contextmanager
def fresh_database(tmp_path: Path, name: str = "test") -> Iterator[str]:
    """The URL of an empty database named after ``name``."""
    if not SERVER_URL.startswith("postgresql"):
        yield f"sqlite:///{tmp_path / (name + '.sqlite3')}"
        return
    schema = f"{name}_{uuid.uuid4().hex[:16]}"
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


def bypassing_triggers(connection: Connection) -> Connection:
    """``connection``, with the decision log's append-only triggers (PostgreSQL, migration
    0009) not firing for its transaction: what the tables' owner or a superuser can do
    (``session_replication_role``, superuser only; the owner: ``ALTER TABLE … DISABLE
    TRIGGER``), so that a test can tamper as such a person would. Nothing on SQLite."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL session_replication_role = replica"))
    return connection

"""A database of its own for a test: a SQLite file in the test's temporary folder, or, when
``$DATABASE_URL`` names PostgreSQL (CI's second pass), a schema of its own in that database,
dropped afterwards.

Empty, or ``migrated``: then it is a copy of one database each test process migrates once
with the real migrations (a file copy on SQLite; on PostgreSQL the template schema as
``pg_dump`` prints it, replayed under the new name, or the migrations themselves when there
is no ``pg_dump``). Migrating costs a quarter of a second on SQLite and half a second on
PostgreSQL, and most of the suite's database tests only want the schema. The tests of the
migrations themselves ask for an empty one (marker ``empty_database``).
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, create_engine, make_url, text

SERVER_URL = os.environ.get("DATABASE_URL", "")


def _in_schema(schema: str) -> str:
    url = make_url(SERVER_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def _on_server(statement: str) -> None:
    """One statement on the server, in a transaction of its own."""
    admin = create_engine(SERVER_URL)
    try:
        with admin.begin() as connection:
            connection.execute(text(statement))
    finally:
        admin.dispose()


def _migrate(url: str) -> None:
    from service.storage import Store

    store = Store(url)
    try:
        store.upgrade()
    finally:
        store.dispose()


@cache
def _sqlite_template() -> Path:
    """This process's migrated SQLite file."""
    folder = Path(tempfile.mkdtemp(prefix="tthc-template-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "template.sqlite3"
    _migrate(f"sqlite:///{path}")
    return path


@cache
def _server_template() -> tuple[str, str] | None:
    """This process's migrated template schema, and the SQL that makes a copy of it under
    another name (its name in that SQL stands for the copy's); None without ``pg_dump``."""
    schema = f"tthc_template_{uuid.uuid4().hex[:16]}"
    _on_server(f'CREATE SCHEMA "{schema}"')
    atexit.register(_on_server, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    _migrate(_in_schema(schema))
    url = make_url(SERVER_URL)
    command = ["pg_dump", "--schema", schema, "--no-owner", "--no-privileges", "--inserts",
               "--host", url.host or "127.0.0.1", "--port", str(url.port or 5432),
               "--username", url.username or "postgres", url.database or "postgres"]
    environment = {**os.environ, "PGPASSWORD": url.password or ""}
    try:
        printed = subprocess.run(command, capture_output=True, text=True, check=True,
                                 env=environment, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    # psql's own lines (\restrict …) and comments out; % is the driver's placeholder sign
    script = "\n".join(line for line in printed.splitlines()
                       if not line.startswith(("--", "\\")))
    return schema, script.replace("%", "%%")


@contextmanager
def fresh_database(tmp_path: Path, name: str = "test", migrated: bool = False
                   ) -> Iterator[str]:
    """The URL of a database named after ``name``: empty, or ``migrated`` to the head."""
    if not SERVER_URL.startswith("postgresql"):
        path = tmp_path / (name + ".sqlite3")
        if migrated:
            shutil.copyfile(_sqlite_template(), path)
        yield f"sqlite:///{path}"
        return
    schema = f"{name}_{uuid.uuid4().hex[:16]}"
    template = _server_template() if migrated else None
    admin = create_engine(SERVER_URL)
    with admin.begin() as connection:
        if template is None:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        else:
            connection.exec_driver_sql(template[1].replace(template[0], schema))
    try:
        if migrated and template is None:
            _migrate(_in_schema(schema))
        yield _in_schema(schema)
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

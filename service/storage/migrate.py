"""Schema migrations (Alembic, ``migrations/``), safe when several processes start at once.

On PostgreSQL the upgrade runs in one transaction holding an advisory lock; on a SQLite
file an exclusive lock on a file next to the database serialises the processes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, text

from service.config import PROJECT_DIR
from service.storage.locks import lock_beside

MIGRATIONS_DIR = PROJECT_DIR / "migrations"
ADVISORY_LOCK_KEY = 0x74746863  # "tthc"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite database URL; None for memory or any other database."""
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:" \
            or database.startswith("file:"):
        return None
    return Path(database)


@contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    database = sqlite_file(engine.url)
    if database is None:
        yield
        return
    with lock_beside(database, ".migrate-lock"):
        yield


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; other processes wait, then find nothing to do."""
    with _file_lock(engine), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": ADVISORY_LOCK_KEY})
        command.upgrade(alembic_config(connection), revision)

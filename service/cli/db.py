"""``tthc-rules db``: bring the database schema up to date, print its revision."""

from __future__ import annotations

import click

from service.cli.common import database_errors, database_option, open_store


@click.group()
def db() -> None:
    """The database (DATABASE_URL; default: the SQLite file instance/tthc-rules.sqlite3)."""


@db.command()
@click.argument("revision", default="head")
@database_option
def upgrade(revision: str, database: str | None) -> None:
    """Bring the database schema up to REVISION (default: the latest). Safe to run while
    the service starts: concurrent upgrades wait for each other."""
    store = open_store(database)
    database_errors(store, lambda: store.upgrade(revision))
    click.echo(f"{store.url.render_as_string(hide_password=True)}: schema at {revision}")


@db.command()
@database_option
def current(database: str | None) -> None:
    """Print the schema revision of the database and the latest one."""
    from service.storage.migrate import current_revision, head_revision

    store = open_store(database)

    def read() -> str | None:
        with store.engine.connect() as connection:
            return current_revision(connection)
    revision = database_errors(store, read)
    click.echo(f"current: {revision or 'none'}\nlatest:  {head_revision()}")

"""What the commands share: exit codes, the database they open, how a database error reads.

Every module of ``service.cli`` imports this one; no module outside ``service.cli`` imports
the command line.
"""

from __future__ import annotations

import click

EXIT = {"accepted": 0, "needs_review": 1, "rejected": 2, "no_policy": 3}
EXIT_BAD_INPUT = 4


class BadInputError(click.ClickException):
    exit_code = EXIT_BAD_INPUT


def open_store():
    """The database of ``DATABASE_URL`` (default: the SQLite file in ``instance/``)."""
    from service.config import ConfigError, settings_from_environment
    from service.storage import Store

    try:
        return Store(settings_from_environment()["DATABASE_URL"])
    except (ConfigError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None


def database_errors(store, action):
    """Run ``action``; a database error becomes one line naming the database. The store's
    connections are closed after."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return action()
    except SQLAlchemyError as exc:
        where = store.url.render_as_string(hide_password=True)
        raise click.ClickException(f"{where}: {str(exc).splitlines()[0]}") from None
    finally:
        store.dispose()

"""What the commands share: exit codes, the database they open (``--database URL``), dates a
person types, how a database error reads.

Every module of ``service.cli`` imports this one; no module outside ``service.cli`` imports
the command line.
"""

from __future__ import annotations

import calendar
import os
import sys
from datetime import date, datetime

import click
import rich.console

EXIT = {"accepted": 0, "needs_review": 1, "rejected": 2, "no_policy": 3}
EXIT_BAD_INPUT = 4
EX_USAGE = 64  # sysexits.h: the command was used wrongly (an option, an argument, a value)


class BadInputError(click.ClickException):
    exit_code = EXIT_BAD_INPUT


class Main(click.Group):
    """The ``tthc-rules`` group: a usage error of any subcommand (an unknown option, a
    missing argument, a value that cannot be taken) exits ``EX_USAGE`` (64), so that 0–4
    keep their meanings (an outcome, or a file that is not a submission)."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as exc:
            exc.exit_code = EX_USAGE
            raise

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            exc.exit_code = EX_USAGE
            raise
        except BrokenPipeError:
            closed_pipe()


EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE: what a shell shows for a command its pipe ended


class Console(rich.console.Console):
    """rich's console, which ends with 141 on a closed pipe (rich's own ends with 1)."""

    def on_broken_pipe(self) -> None:
        closed_pipe()


def closed_pipe() -> None:
    """Whoever read the output stopped (``| head -2``): leave quietly with 141, as a command
    ended by SIGPIPE does, never with a code that means an outcome (1 is needs_review)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing left to flush at exit
    except (OSError, ValueError):
        pass
    sys.exit(EXIT_CLOSED_PIPE)


# --- dates ------------------------------------------------------------------------------------

class IsoDate(click.ParamType):
    """A calendar date written ``YYYY-MM-DD``; an impossible one (``2025-02-30``) is named as
    such."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx) -> date:
        if isinstance(value, date):
            return value
        text = str(value).strip()
        try:
            shape = datetime.strptime(text, "%Y-%m-%d") if len(text) == 10 else None
        except ValueError:
            shape = None
        if shape is not None:
            return shape.date()
        parts = text.split("-")
        if len(parts) == 3 and [len(p) for p in parts] == [4, 2, 2] \
                and all(p.isascii() and p.isdigit() for p in parts):
            year, month, _day = (int(p) for p in parts)
            if not 1 <= month <= 12:
                self.fail(f"{text!r} is not a real date: there is no month {month}.",
                          param, ctx)
            days = calendar.monthrange(year, month)[1] if year >= 1 else 31
            self.fail(f"{text!r} is not a real date: month {month} of {year} has {days} days.",
                      param, ctx)
        self.fail(f"{text!r} is not a date written YYYY-MM-DD.", param, ctx)


ISO_DATE = IsoDate()


# --- the database -----------------------------------------------------------------------------

def database_option(function):
    """``--database URL``: the same option, meaning the same, on every command that opens a
    database (``--database-url`` is its older spelling)."""
    return click.option(
        "--database", "--database-url", "database", metavar="URL", default=None,
        help="SQLAlchemy database URL (default: $DATABASE_URL, else the service's SQLite "
             "file instance/tthc-rules.sqlite3).")(function)


def database_url(database: str | None = None) -> str:
    """``--database``, else ``$DATABASE_URL``, else the service's SQLite file."""
    if database:
        return database
    from service.config import ConfigError, settings_from_environment

    try:
        return settings_from_environment()["DATABASE_URL"]
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def open_store(database: str | None = None):
    """The database of ``--database`` or ``DATABASE_URL`` (default: the SQLite file in
    ``instance/``)."""
    from service.storage import Store

    url = database_url(database)
    try:
        return Store(url)
    except ValueError as exc:  # includes SQLAlchemy's ArgumentError for a malformed URL
        raise click.ClickException(f"{url}: {exc}") from None


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

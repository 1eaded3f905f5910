"""``tthc-rules policies reload``: compile the policy files and record a new generation."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import click

from service.cli.common import database_errors, database_option, open_store
from service.engine import Engine
from service.engine.policy import PolicyError, load_policies
from service.trust.reload import (
    pack_versions,
    policy_root,
    read_files,
    record_generation,
    record_snapshot,
)


@click.group("policies")
def policies_command() -> None:
    """The policy files the service serves."""


def _master_pid(pid: int | None, pidfile: str | None) -> int | None:
    if pidfile is not None:
        try:
            return int(Path(pidfile).read_text().strip())
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"{pidfile}: no process id: {exc}") from None
    return pid


@policies_command.command("reload")
@click.option("--pid", type=int, default=None, help="Also send SIGHUP to this gunicorn "
                                                    "master process.")
@click.option("--pidfile", type=click.Path(dir_okay=False), default=None,
              help="Also send SIGHUP to the gunicorn master whose id this file holds "
                   "(gunicorn --pid FILE).")
@database_option
def reload_command(pid: int | None, pidfile: str | None, database: str | None) -> None:
    """Compile the policy files ($TTHC_POLICIES or policies/); when they compile, keep them
    in the database (--database or DATABASE_URL) as the last good set and record a new
    generation, which every worker reaches within a few seconds. A broken file changes
    nothing and exits 1."""

    files = read_files(policy_root())
    try:
        engine = Engine(load_policies(os.environ.get("TTHC_POLICIES") or None))
    except PolicyError as exc:
        click.echo(f"the policy files do not compile; nothing changed: {exc}", err=True)
        raise SystemExit(1) from None
    by = "tthc-rules policies reload"
    try:
        store = open_store(database)

        def record() -> int:
            record_snapshot(store, engine, files, policy_root(), by)
            return record_generation(store, engine, by)
        generation = database_errors(store, record)
    finally:
        engine.close()
    for pack in pack_versions(engine):
        click.echo(f"{pack['id']}  {pack['version']}")
    click.echo(f"policy generation {generation} recorded: the workers reload within a few "
               f"seconds")
    master = _master_pid(pid, pidfile)
    if master is not None:
        try:
            os.kill(master, signal.SIGHUP)
        except OSError as exc:
            raise click.ClickException(f"SIGHUP to process {master}: {exc}") from None
        click.echo(f"SIGHUP sent to process {master}")

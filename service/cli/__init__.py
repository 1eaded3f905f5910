"""The ``tthc-rules`` command: check a submission file, list the rule catalogue, and more.

A thin shell: each subcommand lives in its own module of this package and calls the engine,
the registry or the stores; nothing outside ``service.cli`` imports it. Exit status: what
each command says (``check``: 0–4), 1 for an error it reports, 64 for a usage error, 141
when whoever read the output closed it early (``| head``).
"""

from __future__ import annotations

import click

from service.cli.audit import audit_command
from service.cli.check import check, rules
from service.cli.common import Main
from service.cli.db import db
from service.cli.keys import keys_command
from service.cli.policies import policies_command
from service.cli.read import read_command
from service.cli.registry import registry
from service.cli.replay import replay


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tthc-rules", prog_name="tthc-rules")
def main() -> None:
    """tthc-rules: rules-as-code checks of TTHC internal and electronic procedures.

    \b
    Exit status: as each command says (check: 0 accepted, 1 needs_review,
    2 rejected, 3 no_policy, 4 not a valid submission); 1 for an error it
    reports; 64 for a usage error (an unknown option, a missing argument,
    a value that cannot be taken); 141 when the output was closed early
    (a pipe into head), as for a command ended by SIGPIPE.
    """


for command in (check, rules, db, replay, registry, audit_command, keys_command,
                policies_command):
    main.add_command(command)
main.add_command(read_command)

if __name__ == "__main__":  # pragma: no cover
    main()

"""The ``tthc-rules`` command: check a submission file, list the rule catalogue, and more.

A thin shell: each subcommand lives in its own module of this package and calls the engine,
the registry or the stores; nothing outside ``service.cli`` imports it.
"""

from __future__ import annotations

import click

from service.cli.audit import audit_command
from service.cli.check import check, rules
from service.cli.db import db
from service.cli.keys import keys_command
from service.cli.policies import policies_command
from service.cli.read import read_command
from service.cli.registry import registry
from service.cli.replay import replay


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """tthc-rules: rules-as-code checks of TTHC internal and electronic procedures."""


for command in (check, rules, db, replay, registry, audit_command, keys_command,
                policies_command):
    main.add_command(command)
main.add_command(read_command)

if __name__ == "__main__":  # pragma: no cover
    main()

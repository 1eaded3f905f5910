"""``tthc-rules replay``: which stored verdicts would a draft rule change change?"""

from __future__ import annotations

import json
import sys

import click

from service.cli.common import ISO_DATE, database_option, database_url


@click.command()
@click.option("--policies", "policy_dir", required=True,
              type=click.Path(file_okay=False, exists=True),
              help="The policy folder holding the draft rule files.")
@click.option("--since", type=ISO_DATE, default=None,
              help="Only submissions submitted on or after this date.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes evaluating in parallel.")
@database_option
def replay(policy_dir: str, since, fmt: str, workers: int, database: str | None) -> None:
    """Re-evaluate stored submissions against the rule files in --policies and report the
    verdicts that would change, per rule and per outcome."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from service.cli.common import Console
    from service.engine.policy import PolicyError
    from service.storage import Store
    from service.storage.replay import replay as run_replay

    store = Store(database_url(database))
    err = Console(stderr=True)
    try:
        with Progress("[progress.description]{task.description}", BarColumn(),
                      MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                      transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("replaying", total=None)
            report = run_replay(store, policy_dir, since, workers,
                                progress=lambda done, total: bar.update(
                                    task, completed=done, total=total))
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.dispose()
    if fmt == "json":
        click.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        sys.stdout.write(report.as_csv())
    else:
        print_table(report)


def print_table(report) -> None:
    from rich.table import Table

    from service.cli.common import Console

    console = Console()
    console.print(f"{report.evaluated} submissions re-evaluated; {len(report.changes)} "
                  f"verdicts would change "
                  f"({sum(c.before != c.after for c in report.changes)} in outcome).", soft_wrap=True)
    rules = Table("rule", "gains a finding", "loses a finding", title="per rule")
    for rule_id, moved in report.by_rule().items():
        rules.add_row(rule_id, str(len(moved["gained"])), str(len(moved["lost"])))
    console.print(rules)
    outcomes = Table("outcome", "submissions", "first ones", title="per outcome")
    for move, ids in report.by_outcome().items():
        outcomes.add_row(move, str(len(ids)), ", ".join(ids[:3]) + (" …" if len(ids) > 3
                                                                     else ""))
    console.print(outcomes)

"""``tthc-rules audit``: verify the decision log's hash chain, print its head."""

from __future__ import annotations

import sys
from typing import Any

import click

from service.cli.common import database_errors, open_store
from service.trust.audit import ChainMissing, Report, head_of, verify


def _anchor(_ctx: Any, _param: Any, values: tuple[str, ...]) -> dict[int, str]:
    anchors = {}
    for value in values:
        seq, sep, digest = value.partition("=")
        if not sep or not seq.strip().isdigit() or not digest.startswith("sha256:"):
            raise click.BadParameter(f"{value!r}: expected SEQ=sha256:HEX")
        anchors[int(seq)] = digest.strip()
    return anchors


@click.group("audit")
def audit_command() -> None:
    """The decision log's hash chain (DATABASE_URL)."""


@audit_command.command("verify")
@click.option("--anchor", "anchors", multiple=True, callback=_anchor, metavar="SEQ=HASH",
              help="An entry hash recorded elsewhere (from `audit head`) that must still be "
                   "in the chain. Repeatable.")
def verify_command(anchors: dict[int, str]) -> None:
    """Walk the chain; name the first entry altered or removed. Exit 0 intact, 1 broken."""

    store = open_store()

    def walk() -> Report:
        with store.sessions() as session:
            return verify(session, anchors)
    try:
        report = database_errors(store, walk)
    except ChainMissing as exc:
        raise click.ClickException(str(exc)) from None
    if report.intact:
        click.echo(f"decision log intact: {report.entries} entries, last seq={report.last_seq} "
                   f"{report.last_hash}"
                   + (f"; {report.anchors_checked} anchor(s) found" if anchors else ""))
        return
    first = report.problems[0]
    click.echo(f"decision log BROKEN: first at {first}", err=True)
    for other in report.problems[1:]:
        click.echo(f"  then {other}", err=True)
    click.echo(f"({report.entries} entries walked)", err=True)
    sys.exit(1)


@audit_command.command("head")
def head_command() -> None:
    """Print the end of the chain (seq, entry hash, length): record it elsewhere and check it
    later with `audit verify --anchor SEQ=HASH`."""

    store = open_store()

    def read() -> tuple[int, str, int]:
        with store.sessions() as session:
            head = head_of(session)
            return head.last_seq, head.last_hash, head.length
    try:
        seq, digest, length = database_errors(store, read)
    except ChainMissing as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{seq}={digest}  ({length} entries)")

"""``tthc-rules audit``: verify the decision log (its hash chain, the stored verdicts and
submissions, and the anchors kept outside the database); take an anchor of its head."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from service.cli.common import database_errors, database_option, open_store
from service.config import anchors_file
from service.trust.audit import (
    Anchor,
    ChainMissing,
    Report,
    append_anchor,
    current_anchor,
    head_of,
    read_anchors,
    verify,
)


def _anchor(_ctx: Any, _param: Any, values: tuple[str, ...]) -> dict[int, str]:
    anchors = {}
    for value in values:
        seq, sep, digest = value.partition("=")
        if not sep or not seq.strip().isdigit() or not digest.startswith("sha256:"):
            raise click.BadParameter(f"{value!r}: expected SEQ=sha256:HEX")
        anchors[int(seq)] = digest.strip()
    return anchors


ANCHORS_HELP = "an anchor file (default: $TTHC_AUDIT_ANCHORS, else instance/anchors.jsonl)"


@click.group("audit")
def audit_command() -> None:
    """The decision log: verify it, anchor its head outside the database."""


def _anchor_files(files: tuple[Path, ...]) -> list[Path]:
    if files:
        return list(files)
    default = anchors_file()
    return [Path(default)] if default and Path(default).is_file() else []


def _read(files: list[Path]) -> tuple[list[Anchor], list[str]]:
    anchors, problems = [], []
    for path in files:
        try:
            found, wrong = read_anchors(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise click.ClickException(f"{path}: cannot be read: {exc}") from None
        if not found and not wrong:
            problems.append(f"{path.name}: holds no anchor")
        anchors += found
        problems += wrong
    return anchors, problems


@audit_command.command("verify")
@click.option("--anchors", "anchor_files", multiple=True, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An anchor file (from `audit head`, the service's own, or saved answers "
                   "of GET /api/v1/audit/head); default $TTHC_AUDIT_ANCHORS (else "
                   "instance/anchors.jsonl, the service's own) when it exists. Repeatable.")
@click.option("--anchor", "anchors", multiple=True, callback=_anchor, metavar="SEQ=HASH",
              help="One entry hash recorded elsewhere that must still be in the chain. "
                   "Repeatable.")
@database_option
def verify_command(anchor_files: tuple[Path, ...], anchors: dict[int, str],
                   database: str | None) -> None:
    """Walk the log; name the first entry altered, removed or rewritten, and the first
    stored verdict or submission that is not what its entry logged. Exit 0 intact, 1 not.

    \b
    Without an anchor this proves the log is consistent with itself: no entry
    changed, removed, inserted or reordered unless every hash after it and the
    head were recomputed too; no stored verdict or body differs from its entry.
    With anchors it also proves the log still holds every anchored entry with
    its anchored hash: a log cut short or rewritten from some entry on is
    named, and the change began after the last anchored entry that holds.
    """
    files = _anchor_files(anchor_files)
    kept, file_problems = _read(files)
    kept += [Anchor(seq, digest, 0, "", where="--anchor")
             for seq, digest in anchors.items()]
    store = open_store(database)

    def walk() -> Report:
        with store.sessions() as session:
            return verify(session, kept)
    try:
        report = database_errors(store, walk)
    except ChainMissing as exc:
        raise click.ClickException(str(exc)) from None
    report.anchor_file_problems = file_problems
    checked = (f"{report.verdicts_checked} stored verdict(s) and {report.bodies_checked} "
               f"stored submission(s) match their entries")
    if report.intact:
        click.echo(f"decision log intact: {report.entries} entries, last seq="
                   f"{report.last_seq} {report.last_hash}; {checked}; " + _anchors_line(
                       report, files))
        return
    for problem in file_problems:
        click.echo(f"anchor file: {problem}", err=True)
    if report.problems:
        first = report.problems[0]
        click.echo(f"decision log BROKEN: first at {first}", err=True)
        for other in report.problems[1:]:
            click.echo(f"  then {other}", err=True)
    else:
        click.echo("decision log not proven: an anchor file is damaged (above); the log "
                   "itself " + ("holds against the other anchors" if report.anchors_checked
                                else "was checked without anchors"), err=True)
    click.echo(f"({report.entries} entries walked; {report.anchors_checked} anchor(s) "
               f"checked, {report.anchors_held} hold)", err=True)
    sys.exit(1)


def _anchors_line(report: Report, files: list[Path]) -> str:
    if not report.anchors_checked:
        return (f"no anchor checked: none of the {report.entries} entries is vouched for "
                f"by an anchor, so a rewrite of the log and its head together would not "
                f"show (keep anchors: `audit head`, TTHC_AUDIT_ANCHORS)")
    newest = report.newest_anchor
    where = ", ".join(str(f) for f in files) or "--anchor"
    line = (f"all {report.anchors_checked} anchor(s) of {where} hold, the newest at "
            f"seq={newest.seq} ({newest.at})")
    if not report.unanchored:
        return line + "; every entry is vouched for by an anchor"
    span = (f"seq={report.last_seq}" if report.unanchored == 1 else
            f"seq={newest.seq + 1}..{report.last_seq}")
    return (line + f"; {report.unanchored} entries after it ({span}) are NOT yet vouched "
                   f"for by any anchor: a change to them, or their removal, would not show "
                   f"until a later anchor covers them")


@audit_command.command("head")
@click.option("--anchors", "anchor_file", metavar="FILE", default=None,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Append the head to this anchor file (default: $TTHC_AUDIT_ANCHORS, "
                   "else instance/anchors.jsonl; `off`: none).")
@database_option
def head_command(anchor_file: Path | None, database: str | None) -> None:
    """Print the end of the chain (seq=hash, length) and append it, as an anchor, to the
    anchor file; check it later with `audit verify --anchors FILE`. Keep the file where
    whoever can write to the database cannot."""
    if anchor_file is None and anchors_file():
        anchor_file = Path(anchors_file())
    store = open_store(database)

    def read() -> Anchor:
        with store.sessions() as session:
            head_of(session)
            return current_anchor(session)
    try:
        anchor = database_errors(store, read)
    except ChainMissing as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{anchor.seq}={anchor.entry_hash}  ({anchor.length} entries)")
    if anchor_file is None:
        click.echo("no anchor file (--anchors or TTHC_AUDIT_ANCHORS): record the line above "
                   "elsewhere, and check it with `audit verify --anchor SEQ=HASH`", err=True)
        return
    try:
        written = append_anchor(anchor_file, _Head(anchor))
    except OSError as exc:
        raise click.ClickException(f"{anchor_file}: cannot be written: {exc}") from None
    click.echo(f"anchor appended to {anchor_file}" if written is not None else
               f"{anchor_file} already ends with this head", err=True)


class _Head:
    """An anchor read as the head it was taken of."""

    def __init__(self, anchor: Anchor) -> None:
        self.last_seq, self.last_hash, self.length = anchor.seq, anchor.entry_hash, \
            anchor.length

"""``tthc-rules registry``: import published TTHC lists and approved procedures, report coverage.

The registry is per province: ``--province SLUG`` (default: ``$TTHC_PROVINCE``, else
``vinh-phuc``) says whose registry an import writes and a report reads; an unknown slug
exits 4.

``registry import FILE [--strict] [--province SLUG]``
    A ``.csv`` or ``.xlsx`` published list of TTHC, or a ``.json`` file of approved internal
    procedures and electronic procedures. Every bad row is listed (row as in the file, column,
    reason); the good ones go in, in one transaction — with ``--strict`` nothing goes in when
    any row is bad. Importing the same file again changes nothing. A row naming its province
    goes to that province, unless ``--province`` names another (then it is a bad row).
    Exit status: 0 all rows taken, 1 some rows bad (the others taken), 3 refused (``--strict``),
    4 the file cannot be read (or the province is unknown).
``registry coverage [--format table|json|csv] [--as-of DATE] [--agency A] [--tier T] [--field F]
[--province SLUG] [--gaps] [--labels vi|en|keys]``
    The §CHUNG report of one province: TTHC in force with an internal procedure, an electronic
    procedure, both; per agency, tier and field, and the gaps (of one agency, tier or field
    when given). As CSV (``service.registry.coverage.report_to_csv``): Vietnamese labels and
    a byte-order mark by default, for Excel; ``--labels keys`` for programs; formula-like
    cells neutralised in every form.
``registry approve SUBMISSION_ID --decision NUMBER --date YYYY-MM-DD``
    Record the Chairman's decision approving a stored submission (accepted or needs_review,
    once); the registry takes the procedures it carried (``service.registry.approvals``).
    Exit status: 0 recorded, 1 refused (not found, rejected, already approved, bad date).

The database is ``$DATABASE_URL`` (default: the service's SQLite file) or ``--database``; its
schema is brought up to date first unless ``MIGRATE_ON_START=0``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from service.cli.common import ISO_DATE, BadInputError, database_option

EXIT_SOME_BAD = 1
EXIT_REFUSED = 3
EXIT_UNREADABLE = 4

def _province(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from service.engine.jurisdiction import known

    if value is not None and not known(value.strip()):
        raise BadInputError(f"--province: «{value}» không phải mã tỉnh, thành phố đã biết "
                            f"(ví dụ: vinh-phuc, phu-tho, cao-bang).")
    return value.strip() if value else None


PROVINCE_OPTION = click.option(
    "--province", metavar="SLUG", default=None, callback=_province, expose_value=True,
    help="The province whose registry (e.g. vinh-phuc, nghe-an; default: $TTHC_PROVINCE, "
         "else vinh-phuc).")

DATABASE_OPTION = database_option


@click.group("registry", context_settings={"help_option_names": ["-h", "--help"]})
def registry() -> None:
    """The procedure registry: published TTHC, approved internal and electronic procedures."""


@contextmanager
def _registry_store(database: str | None) -> Iterator:
    """The registry on the database, migrated first; its connections closed after."""
    from service.config import ConfigError, settings_from_environment
    from service.registry.store import RegistryStore
    from service.storage import Store

    try:
        settings = settings_from_environment()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    store = Store(database or settings["DATABASE_URL"])
    try:
        if settings["MIGRATE_ON_START"]:
            store.upgrade()
        yield RegistryStore(store)
    finally:
        store.dispose()


def _parse(path: Path, sheet: str | None):
    """The file parsed; a file that is no list at all exits 4 with one clear line."""
    from service.config import read_bounds
    from service.registry.importer import UnreadableFile, parse_file
    from service.registry.procedure_file import parse_procedure_file
    from service.untrusted.sandbox import Exceeded, run

    try:
        if path.suffix.lower() == ".json":
            return parse_procedure_file(path.read_bytes(), source=str(path))
        # in a process of its own, with a memory and a time limit
        return run(parse_file, path, sheet=sheet, bounds=read_bounds())
    except Exceeded as exc:
        raise BadInputError(f"{path.name}: {exc.vi}") from None
    except UnreadableFile as exc:
        message = str(exc)
        raise BadInputError((message if path.name in message else f"{path.name}: {message}")
                            + ".") from None
    except OSError as exc:
        raise BadInputError(f"{path.name}: không đọc được tệp ({exc.strerror or exc}).") \
            from None


@registry.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True,
              help="Import nothing when any row is bad.")
@click.option("--sheet", default=None, help="The sheet of a workbook (default: the first "
                                            "with a recognised header).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@PROVINCE_OPTION
@DATABASE_OPTION
def import_command(file: Path, strict: bool, sheet: str | None, as_json: bool,
                   province: str | None, database: str | None) -> None:
    """Import FILE: a published TTHC list (.csv, .xlsx) or approved procedures (.json)."""
    from rich.progress import track

    from service.cli.common import Console

    parsed = _parse(file, sheet)
    rows = parsed.entries if hasattr(parsed, "entries") else parsed.rows
    if not rows and parsed.problems and parsed.problems[0].column == "" \
            and parsed.problems[0].row == 1:
        console = Console(stderr=True, highlight=False)
        _print_notes(getattr(parsed, "notes", []), console)
        _print_problems(parsed.problems, console)
        sys.exit(EXIT_UNREADABLE)
    err = Console(stderr=True)

    def progress(items):
        return track(items, description=f"Đang nhập {file.name}", console=err,
                     transient=True, disable=not err.is_terminal)

    with _registry_store(database) as store:
        if hasattr(parsed, "entries"):
            report = store.import_procedures(parsed, strict=strict, progress=progress,
                                             province=province)
        else:
            report = store.import_list(parsed, strict=strict, progress=progress,
                                       province=province)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_report(report, Console(highlight=False))
    if report.refused:
        sys.exit(EXIT_REFUSED)
    if report.problems:
        sys.exit(EXIT_SOME_BAD)


def _print_notes(notes, console) -> None:
    from rich.markup import escape

    for note in notes:
        console.print(f"[yellow]Lưu ý:[/] {escape(note)}", soft_wrap=True)


def _print_problems(problems, console) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table("Dòng", "Cột", "Lý do", "Giá trị", title=f"{len(problems)} lỗi",
                  title_justify="left")
    for p in problems:
        table.add_row(str(p.row), escape(p.column), escape(p.reason), escape(p.value),
                      style="red")
    console.print(table)


def _row_ranges(rows: list[int]) -> str:
    """Row numbers as ranges: 5–7, 9."""
    out: list[str] = []
    for row in sorted(set(rows)):
        if out and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in out)


def _print_readings(readings, console) -> None:
    """How rows were read, where the reading is an assumption a person should check: each
    reading once, with the rows it applies to."""
    from rich.markup import escape
    from rich.table import Table

    rows_of: dict[str, list[int]] = {}
    for reading in readings:
        for note in reading["notes"]:
            rows_of.setdefault(note, []).append(reading["row"])
    table = Table("Dòng", "Cách đọc", title=f"Cách đọc cần kiểm tra ({len(readings)} dòng)",
                  title_justify="left")
    for note, rows in sorted(rows_of.items(), key=lambda item: min(item[1])):
        table.add_row(_row_ranges(rows), escape(note))
    console.print(table)


def _print_report(report, console) -> None:
    from rich.markup import escape

    _print_notes(report.notes, console)
    if report.problems:
        _print_problems(report.problems, console)
    if report.readings:
        _print_readings(report.readings, console)
    bad = len({p.row for p in report.problems})
    if report.refused:
        console.print(f"[bold red]Không nhập gì[/] từ {escape(report.source)}: {bad} dòng lỗi "
                      "và đã chọn --strict.", soft_wrap=True)
        return
    for older in report.older:
        console.print(f"[yellow]dòng {older['row']}[/] {older['code']}: "
                      f"{escape(older['reason'])}", soft_wrap=True)
    places = ", ".join(f"{n} dòng vào sổ của {slug}" for slug, n in
                       sorted(report.provinces.items())) or f"sổ của {report.province}"
    console.print(f"{escape(report.source)}: {report.rows} dòng đọc được ({places}) — "
                  f"{report.created} mới, {report.superseded} phiên bản mới, "
                  f"{report.unchanged} không đổi, {len(report.older)} cũ hơn sổ đăng ký; "
                  f"{bad} dòng lỗi bị bỏ qua.", soft_wrap=True)


@registry.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True)
@click.option("--as-of", type=ISO_DATE, default=None,
              help="The records in force on this date (default: today).")
@click.option("--gaps", is_flag=True, help="With --format csv: list the gaps instead.")
@click.option("--labels", type=click.Choice(["vi", "en", "keys"]), default="vi",
              show_default=True,
              help="With --format csv: vi/en column names and values for people (UTF-8 with "
                   "a byte-order mark, for Excel), or keys, the machine form. Cells that "
                   "begin with = + - @ get a single quote in front in every form.")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the table.")
@click.option("--max-gaps", type=int, default=50, show_default=True,
              help="Gaps listed under the table.")
@click.option("--agency", default=None, help="Only this agency's procedure-tiers.")
@click.option("--tier", type=click.Choice(["province", "district", "commune"]), default=None,
              help="Only this tier.")
@click.option("--field", "field_", metavar="FIELD", default=None,
              help="Only this field (lĩnh vực).")
@PROVINCE_OPTION
@DATABASE_OPTION
def coverage(fmt: str, as_of, gaps: bool, labels: str, lang: str, max_gaps: int,
             agency: str | None,
             tier: str | None, field_: str | None, province: str | None,
             database: str | None) -> None:
    """The §CHUNG coverage report: 100% of TTHC with internal AND electronic procedures."""
    from service.registry.coverage import gaps_to_csv, render_tables, report_to_csv

    with _registry_store(database) as store:
        report = store.coverage(as_of, agency=agency, tier=tier, field=field_,
                                province=province)
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    elif fmt == "csv":  # bytes: UTF-8 whatever the terminal's encoding
        text = gaps_to_csv(report, labels) if gaps else report_to_csv(report, labels)
        click.echo(text.encode("utf-8"), nl=False)
    else:
        from service.cli.common import Console

        console = Console(highlight=False)
        from service.engine.jurisdiction import provinces

        place = provinces()[report["province"]].full_name
        console.print(f"{place} — {report['as_of']}", style="dim")
        for table in render_tables(report, lang=lang, max_gaps=max_gaps):
            console.print(table)


AGENCY_TYPES_OPTION = ["ppc_chairman", "ppc_office", "department", "other"]


@registry.command()
@click.argument("submission_id")
@click.option("--decision", required=True, metavar="NUMBER",
              help="The approving decision's number, e.g. 1580/QĐ-UBND.")
@click.option("--date", "decided_on", required=True, type=ISO_DATE,
              help="The decision's date.")
@click.option("--approved-by", default="ppc_chairman", show_default=True,
              type=click.Choice(AGENCY_TYPES_OPTION), help="Who signed it.")
@click.option("--without-internal-procedures", is_flag=True,
              help="A publication's decision that does not approve the internal procedures "
                   "the submission carried.")
@click.option("--json", "as_json", is_flag=True, help="Print the approval as JSON.")
@DATABASE_OPTION
def approve(submission_id: str, decision: str, decided_on, approved_by: str,
            without_internal_procedures: bool, as_json: bool, database: str | None) -> None:
    """Record the decision approving stored submission SUBMISSION_ID."""
    from service.registry import approvals

    if not decision.strip() or len(decision.strip()) > 100:
        raise click.BadParameter("must be 1 to 100 characters.", param_hint="--decision")
    with _registry_store(database) as store:
        try:
            record = approvals.approve(store, submission_id.strip(), decision.strip(),
                                       decided_on, {"type": approved_by},
                                       internal_procedures=not without_internal_procedures)
        except approvals.ApprovalError as exc:
            raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    from service.cli.common import Console

    console = Console(highlight=False)
    console.print(f"Submission {record.submission_id} approved by decision "
                  f"{record.decision_number} of {record.decided_on.isoformat()}.", soft_wrap=True)
    table = Table("action", "code", "tier", "outcome", "detail", title_justify="left")
    for e in record.effects:
        table.add_row(e["action"], e["code"], e.get("tier", ""), e["outcome"],
                      e.get("detail", ""))
    console.print(table)

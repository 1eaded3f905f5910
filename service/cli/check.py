"""``tthc-rules check`` and ``tthc-rules rules``: evaluate a submission file, list the rules.

Exit status of ``check``: 0 accepted, 1 needs_review, 2 rejected, 3 no_policy, 4 bad input
(64, as for every command, a usage error).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from service.cli.common import (
    EXIT,
    ISO_DATE,
    BadInputError,
    database_option,
    database_url,
    open_store,
)

# The outcome and severity words people read (the JSON keeps the contract's values).
OUTCOME_LABEL = {
    "vi": {"accepted": "Đạt", "needs_review": "Cần xem xét thêm",
           "rejected": "Chưa đạt — đề nghị hoàn thiện hồ sơ",
           "no_policy": "Chưa có quy định áp dụng"},
    "en": {"accepted": "Accepted", "needs_review": "Needs further review",
           "rejected": "Not accepted — please complete the dossier",
           "no_policy": "No rules apply"},
}
SEVERITY_LABEL = {
    "vi": {"error": "LỖI", "warning": "CẢNH BÁO", "info": "THÔNG TIN"},
    "en": {"error": "ERROR", "warning": "WARNING", "info": "NOTE"},
}
WORDS = {
    "vi": {"evaluated": "Kiểm tra theo quy định có hiệu lực ngày {day}, {province}.",
           "packs": "Bộ quy định áp dụng:", "none": "Không có phát hiện nào.",
           "no_registry": "Không đọc được sổ đăng ký thủ tục ({why}): hồ sơ được kiểm tra mà "
                          "không đối chiếu với sổ đăng ký.",
           "no_database": "cơ sở dữ liệu {where} chưa có sổ đăng ký thủ tục"},
    "en": {"evaluated": "Checked under the rules in force on {day}, {province}.",
           "packs": "Rule packs applied:", "none": "No findings.",
           "no_registry": "The procedure registry could not be read ({why}): the submission "
                          "was checked without it.",
           "no_database": "the database {where} holds no procedure registry"},
}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def read_submission(path: str) -> dict:
    """Read and validate a submission file; raise click errors a person can act on."""
    from service.contract.schemas import BadInput, load_submission

    try:
        text = Path(path).read_text(encoding="utf-8") if path != "-" else sys.stdin.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(f"{path}: cannot be read: {exc}") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputError(f"{path}: not valid JSON: {exc}") from None
    try:
        return load_submission(raw)
    except BadInput as exc:
        lines = "\n".join(f"  {field}: {' '.join(msgs)}" for field, msgs in exc.errors.items())
        raise BadInputError(f"{path}: the submission breaks the contract:\n{lines}") \
            from None


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the verdict as contract JSON.")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the messages.")
@click.option("--as-of", type=ISO_DATE, default=None,
              help="Evaluate with the rules in force on this date instead of submitted_on.")
@click.option("--policies", "policy_dir", type=click.Path(file_okay=False, exists=True),
              default=None, help="Use the rule files of this folder.")
@click.option("--no-registry", is_flag=True,
              help="Do not compare with the procedure registry of the database.")
@database_option
def check(file: str, as_json: bool, lang: str, as_of: date | None,
          policy_dir: str | None, no_registry: bool, database: str | None) -> None:
    """Evaluate the submission in FILE ('-' for standard input) and print its verdict.

    As the service does, the submission is compared with what the procedure registry of the
    database holds about its procedures (REG-01, QTDT-09, approved internal procedures); a
    registry that cannot be read is said on standard error, and the check goes on without it.

    \b
    Exit status:
      0  accepted
      1  needs_review
      2  rejected
      3  no_policy (no policy pack in force on that date)
      4  FILE is not a valid submission (every offending field is named)
     64  usage error (an unknown option, a missing FILE, an impossible date)
    """
    submission = read_submission(file)
    registry = None if no_registry else registry_view(submission, database, lang)
    verdict = _engine(policy_dir).evaluate(submission, as_of, registry=registry)
    if as_json:
        click.echo(json.dumps(verdict, ensure_ascii=False, indent=2))
    else:
        print_verdict(verdict, lang, submission)
    sys.exit(EXIT[verdict["outcome"]])


def registry_view(submission: dict, database: str | None, lang: str):
    """What the registry of the database (``--database``, else ``$DATABASE_URL``, else the
    service's SQLite file) holds about the submission's procedures, as the service reads it;
    None, said on standard error, when it cannot be read."""
    from sqlalchemy import inspect, make_url
    from sqlalchemy.exc import SQLAlchemyError

    from service.registry.store import RegistryStore

    words = WORDS[lang]
    url = make_url(database_url(database))
    where = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite" and url.database and \
            not Path(url.database).is_file():  # never create a database to read nothing
        click.echo(words["no_registry"].format(why=words["no_database"].format(where=where)),
                   err=True)
        return None
    store = open_store(database)
    try:
        if not inspect(store.engine).has_table("registry_procedures"):
            why = words["no_database"].format(where=where)
        else:
            return RegistryStore(store).view_for(submission)
    except SQLAlchemyError as exc:
        why = str(exc).splitlines()[0]
    finally:
        store.dispose()
    click.echo(words["no_registry"].format(why=why), err=True)
    return None


def _engine(policy_dir: str | None):
    from service.engine import Engine, get_engine
    from service.engine.policy import PolicyError, load_policies

    if policy_dir is None:
        return get_engine()
    try:
        return Engine(load_policies(policy_dir))
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from None


def print_verdict(verdict: dict, lang: str, submission: dict | None = None) -> None:
    """The verdict for people: the outcome in words, the day and province of the rules
    applied, then each finding (severity, rule, where in the dossier, message, legal basis)."""
    from service.cli.common import Console
    from service.engine.jurisdiction import provinces
    from service.engine.wording import wording

    w = wording(lang)
    # soft_wrap: a message is one line, however narrow the terminal or the pipe
    console = Console(highlight=False, soft_wrap=True)
    outcome = verdict["outcome"]
    style = {"accepted": "bold green", "needs_review": "bold yellow",
             "rejected": "bold red"}.get(outcome, "bold")
    words = WORDS[lang]
    console.print(f"[{style}]{OUTCOME_LABEL[lang][outcome]}[/]")
    province = verdict.get("province")
    known = provinces().get(province) if province else None
    day = "/".join(reversed(verdict["evaluated_on"].split("-")))
    if known is None:
        place = province or "—"
    elif lang == "vi":
        place = known.full_name
    else:
        place = f"{known.name} {'City' if known.kind == 'city' else 'province'}"
    console.print(words["evaluated"].format(day=day, province=place), markup=False)
    if verdict["policies"]:
        console.print(words["packs"] + " " + "; ".join(
            pack_name(p["id"], lang) for p in verdict["policies"]), style="dim", markup=False)
    for f in verdict["findings"]:
        where = w.subject(f["subject"], submission)
        console.print(f"\n[{SEVERITY_STYLE[f['severity']]}]"
                      f"{SEVERITY_LABEL[lang][f['severity']]}[/] [bold]{f['rule_id']}[/] — "
                      f"{escape(where)}", markup=True)
        console.print(f"  {f['message'][lang]}", markup=False)
        basis = f["legal_basis"]
        cited = " ".join(x for x in (basis["document"], basis.get("anchor")) if x)
        # the quoted text, or (in English) its gloss; a basis not quoted yet is named only:
        # its note is a to-do for legal staff, not for the department or the reviewer
        if lang == "en":
            console.print(f"  {cited}: {basis['gloss']}", style="dim", markup=False)
        elif basis["quote"].strip():
            console.print(f"  {cited}: «{basis['quote']}»", style="dim", markup=False)
        else:
            console.print(f"  {cited}", style="dim", markup=False)
    if not verdict["findings"]:
        console.print("\n" + words["none"])


def pack_name(pack_id: str, lang: str) -> str:
    """A pack as people know it: its short title (its id when it has none)."""
    from service.engine import get_engine

    pack = next((p for p in get_engine().policies.packs if p.id == pack_id), None)
    if pack is not None and pack.short_title:
        return pack.short_title[lang]
    return pack.title if pack is not None and lang == "vi" else pack_id


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as JSON.")
@click.option("--on", "on_date", type=ISO_DATE, default=None,
              help="Only the rules in force on this date.")
def rules(as_json: bool, on_date: date | None) -> None:
    """List the rule catalogue: id, pack, severity, validity, legal basis."""
    from service.engine import get_engine
    from service.engine.catalogue import rule_summary, select_rules

    selected = select_rules(get_engine().policies, on_date)
    if as_json:
        click.echo(json.dumps([rule_summary(r) for r in selected], ensure_ascii=False,
                              indent=2))
        return
    from rich.table import Table

    from service.cli.common import Console

    table = Table("id", "pack", "severity", "valid", "basis", "title")
    for r in selected:
        table.add_row(r.id, r.pack_id, r.severity,
                      f"{r.valid_from} → {r.valid_until or '…'}",
                      f"{r.legal_basis[0]['document']} {r.legal_basis[0]['anchor']}",
                      r.title["vi"])
    Console().print(table)

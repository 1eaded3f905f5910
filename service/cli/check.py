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

from service.cli.common import EXIT, ISO_DATE, BadInputError

OUTCOME_LABEL = {
    "vi": {"accepted": "CHẤP NHẬN", "needs_review": "CẦN XEM XÉT", "rejected": "TỪ CHỐI",
           "no_policy": "KHÔNG CÓ QUY ĐỊNH ÁP DỤNG"},
    "en": {"accepted": "ACCEPTED", "needs_review": "NEEDS REVIEW", "rejected": "REJECTED",
           "no_policy": "NO POLICY IN FORCE"},
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
def check(file: str, as_json: bool, lang: str, as_of: date | None,
          policy_dir: str | None) -> None:
    """Evaluate the submission in FILE ('-' for standard input) and print its verdict.

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
    verdict = _engine(policy_dir).evaluate(submission, as_of)
    if as_json:
        click.echo(json.dumps(verdict, ensure_ascii=False, indent=2))
    else:
        print_verdict(verdict, lang)
    sys.exit(EXIT[verdict["outcome"]])


def _engine(policy_dir: str | None):
    from service.engine import Engine, get_engine
    from service.engine.policy import PolicyError, load_policies

    if policy_dir is None:
        return get_engine()
    try:
        return Engine(load_policies(policy_dir))
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from None


def print_verdict(verdict: dict, lang: str) -> None:
    from rich.console import Console

    # soft_wrap: a message is one line, however narrow the terminal or the pipe
    console = Console(highlight=False, soft_wrap=True)
    outcome = verdict["outcome"]
    style = {"accepted": "bold green", "needs_review": "bold yellow",
             "rejected": "bold red"}.get(outcome, "bold")
    console.print(f"[{style}]{OUTCOME_LABEL[lang][outcome]}[/] ({outcome}) — "
                  f"{verdict['evaluated_on']}")
    for p in verdict["policies"]:
        console.print(f"  {p['id']} {p['version'][:19]}", style="dim")
    for f in verdict["findings"]:
        subject = f["subject"]
        where = " ".join(x for x in (subject.get("procedure_code"), subject.get("tier"),
                                     f"[{subject['path'] or 'submission'}]") if x)
        console.print(f"\n[{SEVERITY_STYLE[f['severity']]}]{f['severity'].upper()}[/] "
                      f"[bold]{f['rule_id']}[/] {where}", markup=True)
        console.print(f"  {f['message'][lang]}", markup=False)
        basis = f["legal_basis"]
        quote = basis["quote"] if lang == "vi" else basis["gloss"]
        console.print(f"  {basis['document']} {basis['anchor']}: «{quote}»", style="dim",
                      markup=False)
    if not verdict["findings"]:
        console.print("\n" + ("Không có phát hiện nào." if lang == "vi" else "No findings."))


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
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "pack", "severity", "valid", "basis", "title")
    for r in selected:
        table.add_row(r.id, r.pack_id, r.severity,
                      f"{r.valid_from} → {r.valid_until or '…'}",
                      f"{r.legal_basis[0]['document']} {r.legal_basis[0]['anchor']}",
                      r.title["vi"])
    Console().print(table)

"""The reviewers' pre-check (``/check``): paste, upload or pick a submission; see its verdict.

It evaluates in-process, as ``POST /api/v1/prechecks`` does: the same strict JSON reading,
``service.contract.schemas.load_submission`` and the engine; like the API it writes the evaluation to
the decision log when the application has a store, and stores nothing else. The page is open:
its entries are logged as anonymous (``caller``), where the API's pre-checks name the key that
asked.
"""

from __future__ import annotations

import json
from pathlib import Path

from flask import current_app, request
from flask_babel import gettext, lazy_gettext
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import RequestEntityTooLarge

from service.api.http import (
    NotJson,
    evaluate,
    inspect,
    load_clean,
    load_with_problems,
    read_document,
)
from service.config import PROJECT_DIR
from service.contract.schemas import BadInput
from service.engine import EngineError
from service.trust.auth import caller
from service.web.blueprint import bp
from service.web.frame import page, words
from service.web.i18n import format_number
from service.web.validation import problems
from service.web.verdicts import verdict_context


class Unreadable(Exception):
    """The input is not one JSON submission; ``errors`` as in the contract."""

    def __init__(self, status: int, errors: dict[str, list[str]]) -> None:
        super().__init__(errors)
        self.status = status
        self.errors = errors


def examples_dir() -> Path:
    return Path(current_app.config.get("EXAMPLES_DIR") or PROJECT_DIR / "examples")


def example_names() -> list[str]:
    folder = examples_dir()
    return sorted(p.name for p in folder.glob("*.json")) if folder.is_dir() else []


# The examples of ``examples/`` by what each one shows (a file without a title here is
# named by its kind and number).
EXAMPLE_TITLES = {
    "contract-example.json": lazy_gettext("Publication of a new TTHC, complete"),
    "publication-new-and-amended.json": lazy_gettext(
        "Publication of new and amended TTHC, province and district tiers"),
    "publication-missing-internal-procedure.json": lazy_gettext(
        "Publication without the draft decision on internal procedures"),
    "internal-procedure-three-tiers.json": lazy_gettext(
        "Internal procedures at province, district and commune tiers"),
    "internal-procedure-amendment.json": lazy_gettext(
        "Amendment of an approved internal procedure, without a reason"),
    "electronic-procedure-district-commune.json": lazy_gettext(
        "Electronic procedures at district and commune tiers"),
    "after-2025-reform-commune.json": lazy_gettext(
        "After 1 July 2025: internal procedure at commune tier"),
    "after-2025-reform-district.json": lazy_gettext(
        "After 1 July 2025: the same naming the district tier"),
    "before-any-policy.json": lazy_gettext("Submitted before any rule set was in force"),
    "internal-procedure-signed-on-behalf.json": lazy_gettext(
        "Amendment of a decision signed on the Chairman's behalf («KT. Chủ tịch»)"),
    "other-province-lang-son.json": lazy_gettext(
        "Another province (Lạng Sơn): two cases of one TTHC with their own time limits"),
    "publication-abolishing-district-tthc.json": lazy_gettext(
        "After 1 July 2025: a publication abolishing a district-tier TTHC"),
    "other-province-cao-bang-without-to-trinh.json": lazy_gettext(
        "Another province (Cao Bằng): internal procedures sent without a Tờ trình"),
    "ha-noi-approved-by-the-centre-under-delegation.json": lazy_gettext(
        "Hà Nội: internal procedures approved by the city's centre under a delegation"),
    "vinh-phuc-after-the-merger.json": lazy_gettext(
        "After 1 July 2025: a dossier naming Vĩnh Phúc, merged into Phú Thọ"),
}


def example_title(name: str) -> str:
    title = EXAMPLE_TITLES.get(name)
    if title is not None:
        return str(title)
    try:
        data = json.loads((examples_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return name
    if not isinstance(data, dict):
        return name
    kind = words().kind(str(data.get("kind", "")))
    reference = data.get("reference")
    return f"{kind} — {reference}" if reference else kind


def examples() -> list[tuple[str, str]]:
    """(file name, title) of each example, by title."""
    return sorted(((n, example_title(n)) for n in example_names()), key=lambda e: e[1])


def not_json_message(exc: NotJson) -> str:
    """Why the text is not JSON, with the place the reader can find it."""
    detail = exc.detail
    if isinstance(detail, json.JSONDecodeError):
        return gettext("Not valid JSON: the text stops making sense at line %(line)s, "
                       "column %(column)s.", line=detail.lineno, column=detail.colno)
    if detail is not None:
        return gettext("Not valid JSON: %(detail)s", detail=detail)
    return str(exc)


def parse_text(text: str) -> dict:
    """A submission from JSON text, read and validated as the API does; raises
    :class:`Unreadable`."""
    try:
        document = read_document(text)
        submission = load_clean(document)
        if submission is not None:
            return submission
        problems = inspect(document)
    except NotJson as exc:
        raise Unreadable(400, {"body": [not_json_message(exc)]}) from None
    try:
        return load_with_problems(document.value, problems)
    except BadInput as exc:
        raise Unreadable(422, exc.errors) from None


def _form_input() -> tuple[str, str | None]:
    """The submission's text and the example it came from: file, then pasted text, then the
    example picked (a form field or ``?example=``)."""
    upload = request.files.get("file")
    if upload is not None and upload.filename:
        data = upload.read()
        try:
            return data.decode("utf-8-sig"), None
        except UnicodeDecodeError:
            raise Unreadable(400, {"file": [gettext("The file is not UTF-8 text.")]}) from None
    text = request.form.get("submission", "")
    if text.strip():
        return text, None
    name = request.values.get("example", "")
    if name:
        if name not in example_names():
            raise Unreadable(400, {"example": [
                gettext("There is no example “%(name)s”.", name=name)]})
        return (examples_dir() / name).read_text(encoding="utf-8"), name
    raise Unreadable(400, {"body": [
        gettext("No submission: paste JSON, upload a file or pick an example.")]})


def _record(submission: dict, verdict: dict) -> None:
    store = current_app.extensions.get("tthc-rules", {}).get("store")
    if store is not None:
        store.record_precheck(submission, verdict, caller=caller())


@bp.route("/check", methods=["GET", "POST"])
def check():
    t = words()
    context = {"examples": examples(), "text": "", "example": None, "verdict": None,
               "problems": None, "submission": None}
    if request.method == "GET" and not request.args.get("example"):
        return page("check.html", **context)
    try:
        text, context["example"] = _form_input()
        context["text"] = "" if context["example"] else text
        submission = parse_text(text)
    except RequestEntityTooLarge:
        limit = format_number(current_app.config.get("MAX_CONTENT_LENGTH") or 0)
        errors = {"body": [gettext("The submission is over the limit of %(limit)s bytes.",
                                   limit=limit)]}
        return page("check.html", 413, **{**context, "problems": problems(errors, t)})
    except Unreadable as exc:
        return page("check.html", exc.status,
                    **{**context, "problems": problems(exc.errors, t)})
    try:
        verdict = evaluate(submission)  # with the registry, as the API's prechecks
        _record(submission, verdict)
    except (EngineError, SQLAlchemyError) as exc:
        current_app.logger.error("pre-check page could not evaluate", exc_info=exc)
        errors = {"": [gettext("The check cannot run right now; please try again later.")]}
        return page("check.html", 503, **{**context, "problems": problems(errors, t)})
    return page("check.html", **{**context, "submission": submission,
                                 "example_title": example_title(context["example"] or ""),
                                 **verdict_context(verdict, submission, t)})

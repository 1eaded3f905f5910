"""The reviewers' pre-check (``/check``): paste, upload or pick a submission; see its verdict.

It evaluates in-process, as ``POST /api/v1/prechecks`` does: the same strict JSON reading,
``service.contract.schemas.load_submission`` and the engine; like the API it writes the evaluation to
the decision log when the application has a store, and stores nothing else. The page is open:
its entries are logged as anonymous (``caller``), where the API's pre-checks name the key that
asked.
"""

from __future__ import annotations

from pathlib import Path

from flask import current_app, request
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
from service.web.verdicts import group_findings, severity_counts


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
        message = str(exc) if exc.detail is None else words()("error_not_json",
                                                               detail=exc.detail)
        raise Unreadable(400, {"body": [message]}) from None
    try:
        return load_with_problems(document.value, problems)
    except BadInput as exc:
        raise Unreadable(422, exc.errors) from None


def _form_input() -> tuple[str, str | None]:
    """The submission's text and the example it came from: file, then pasted text, then the
    example picked (a form field or ``?example=``)."""
    t = words()
    upload = request.files.get("file")
    if upload is not None and upload.filename:
        data = upload.read()
        try:
            return data.decode("utf-8-sig"), None
        except UnicodeDecodeError:
            raise Unreadable(400, {"file": [t("error_not_utf8")]}) from None
    text = request.form.get("submission", "")
    if text.strip():
        return text, None
    name = request.values.get("example", "")
    if name:
        if name not in example_names():
            raise Unreadable(400, {"example": [t("error_unknown_example", name=name)]})
        return (examples_dir() / name).read_text(encoding="utf-8"), name
    raise Unreadable(400, {"body": [t("error_no_input")]})


def _record(submission: dict, verdict: dict) -> None:
    store = current_app.extensions.get("tthc-rules", {}).get("store")
    if store is not None:
        store.record_precheck(submission, verdict, caller=caller())


@bp.route("/check", methods=["GET", "POST"])
def check():
    t = words()
    context = {"examples": example_names(), "text": "", "example": None, "verdict": None,
               "errors": None, "submission": None}
    if request.method == "GET" and not request.args.get("example"):
        return page("check.html", **context)
    try:
        text, context["example"] = _form_input()
        context["text"] = "" if context["example"] else text
        submission = parse_text(text)
    except RequestEntityTooLarge:
        limit = current_app.config.get("MAX_CONTENT_LENGTH")
        return page("check.html", 413, **{**context,
                                          "errors": {"body": [t("error_too_large",
                                                                limit=limit)]}})
    except Unreadable as exc:
        return page("check.html", exc.status, **{**context, "errors": exc.errors})
    try:
        verdict = evaluate(submission)  # with the registry, as the API's prechecks
        _record(submission, verdict)
    except (EngineError, SQLAlchemyError) as exc:
        current_app.logger.error("pre-check page could not evaluate", exc_info=exc)
        return page("check.html", 503, **{**context, "errors": {"": [t("error_engine")]}})
    return page("check.html", **{**context, "verdict": verdict, "submission": submission,
                                 "groups": group_findings(verdict["findings"], submission),
                                 "counts": severity_counts(verdict["findings"])})

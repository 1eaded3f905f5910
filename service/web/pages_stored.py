"""Stored submissions for reviewers (``/submissions``, ``/submissions/<id>``), read through
the store's own queries."""

from __future__ import annotations

import re
from datetime import date

from flask import current_app, request, url_for
from flask_babel import gettext
from sqlalchemy.exc import SQLAlchemyError

from service.api.docs import ULID_PATTERN
from service.contract.schemas import KINDS
from service.storage import Filters
from service.web.blueprint import bp
from service.web.frame import page, words
from service.web.verdicts import verdict_context

OUTCOMES = ("rejected", "needs_review", "accepted", "no_policy")
PAGE_SIZE = 50


def _store():
    return current_app.extensions.get("tthc-rules", {}).get("store")


def _unavailable(error: Exception | None = None):
    if error is not None:
        current_app.logger.error("submission storage unavailable", exc_info=error)
    return page("stored_unavailable.html", 503)


def _filters() -> tuple[Filters, dict, list[str]]:
    """The filters of the query string; values that cannot be used are named, not fatal."""
    args = {k: (request.args.get(k) or "").strip() for k in
            ("outcome", "submitter", "kind", "since")}
    problems = []
    if args["outcome"] and args["outcome"] not in OUTCOMES:
        problems.append(gettext("Invalid filter: %(detail)s",
                                detail=f"{gettext('Outcome')}: {args['outcome']}"))
        args["outcome"] = ""
    if args["kind"] and args["kind"] not in KINDS:
        problems.append(gettext("Invalid filter: %(detail)s",
                                detail=f"{gettext('Kind')}: {args['kind']}"))
        args["kind"] = ""
    since = None
    if args["since"]:
        try:
            since = date.fromisoformat(args["since"])
        except ValueError:
            problems.append(gettext("Invalid filter: %(detail)s",
                                    detail=f"{gettext('Received since')}: {args['since']}"))
            args["since"] = ""
    filters = Filters(outcome=args["outcome"] or None, submitter=args["submitter"] or None,
                      kind=args["kind"] or None, since=since)
    return filters, args, problems


@bp.route("/submissions")
def submissions():
    store = _store()
    if store is None:
        return _unavailable()
    filters, args, problems = _filters()
    before = request.args.get("before") or None
    if before is not None and not re.fullmatch(ULID_PATTERN, before):
        before = None
    try:
        records, more = store.list_submissions(filters, PAGE_SIZE, before=before)
    except SQLAlchemyError as exc:
        return _unavailable(exc)
    next_url = None
    if more:
        next_url = url_for("web.submissions", **{k: v for k, v in args.items() if v},
                           before=records[-1].id)
    return page("submissions.html", 400 if problems else 200, records=records, args=args,
                problems=problems, next_url=next_url, outcomes=OUTCOMES, kinds=KINDS)


@bp.route("/submissions/<submission_id>")
def submission(submission_id: str):
    store = _store()
    if store is None:
        return _unavailable()
    record = None
    if re.fullmatch(ULID_PATTERN, submission_id):
        try:
            record = store.get_submission(submission_id)
        except SQLAlchemyError as exc:
            return _unavailable(exc)
    if record is None:
        return page("submission_missing.html", 404, submission_id=submission_id)
    verdict = record.verdict.as_contract()
    return page("submission.html", record=record, **verdict_context(verdict, record.body, words()))

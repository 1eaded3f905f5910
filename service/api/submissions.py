"""``/api/v1/submissions``: evaluate and store submissions; read them back."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flask import jsonify, request, url_for
from flask_smorest import Blueprint, abort
from marshmallow import RAISE

from service.api.docs import (
    POLICY_VERSIONS_HEADER,
    SUBMISSION_BODY,
    ULID_PATTERN,
    SubmissionPageSchema,
    SubmissionQuerySchema,
    SubmissionResourceSchema,
    documents_bad_input,
)
from service.api.http import evaluate, policy_versions, read_submission, store
from service.api.registry import approval_history
from service.engine.jurisdiction import province_of
from service.storage import Filters, IdempotencyConflict
from service.storage.models import Submission
from service.trust import auth

blp = Blueprint("submissions", __name__, url_prefix="/api/v1/submissions",
                description="Evaluate and store submissions with their verdicts; list and "
                            "read them.")

IDEMPOTENCY_KEY = "Idempotency-Key"
_KEY = re.compile(r"[\x21-\x7e][\x20-\x7e]{0,254}")

IDEMPOTENCY_PARAMETER = {
    "in": "header", "name": IDEMPOTENCY_KEY, "required": False,
    "schema": {"type": "string", "minLength": 1, "maxLength": 255},
    "description": "Sending the same key with the same submission again returns the stored "
                   "resource (header `Idempotent-Replayed: true`) instead of storing it "
                   "twice; the same key with a different submission is a 409. Keys belong "
                   "to the caller's agency: another agency's use of the same key is never "
                   "seen."}
CREATED_HEADERS = {
    **POLICY_VERSIONS_HEADER,
    "Location": {"description": "The stored submission.", "schema": {"type": "string"}},
    "Idempotent-Replayed": {"description": "With an `Idempotency-Key`: `true` when the "
                                           "resource was stored by an earlier request.",
                            "schema": {"type": "string", "enum": ["true", "false"]}}}


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _url(submission_id: str) -> str:
    return url_for("submissions.get_submission", submission_id=submission_id)


def summary(record: Submission) -> dict:
    return {"id": record.id, "reference": record.reference, "kind": record.kind,
            "submitter": record.body["submitter"],
            "submitted_on": record.submitted_on.isoformat(),
            "received_at": _time(record.received_at), "outcome": record.verdict.outcome,
            "decision_id": record.verdict.decision_id, "links": {"self": _url(record.id)}}


def resource(record: Submission) -> dict:
    history = [{"event": "received", "at": _time(record.received_at)}]
    history += [{"event": "evaluated", "at": _time(entry.logged_at),
                 "decision_id": entry.decision_id, "outcome": entry.outcome,
                 "evaluated_on": entry.evaluated_on.isoformat(), "policies": entry.policies,
                 "rule_ids": entry.rule_ids} for entry in record.decisions]
    return {**summary(record), "input_hash": record.input_hash, "submission": record.body,
            "verdict": record.verdict.as_contract(province_of(record.body)), "history": history}


def _idempotency_key() -> tuple[str | None, dict[str, list[str]]]:
    """The ``Idempotency-Key`` header, and what is wrong with it."""
    key = request.headers.get(IDEMPOTENCY_KEY)
    if key is None or _KEY.fullmatch(key.strip()):
        return (key.strip() if key else None), {}
    return None, {IDEMPOTENCY_KEY: ["must be 1 to 255 printable ASCII characters."]}


@blp.route("", methods=["POST"])
@blp.doc(requestBody=SUBMISSION_BODY, parameters=[IDEMPOTENCY_PARAMETER])
@blp.alt_response(201, schema=SubmissionResourceSchema, success=True, headers=CREATED_HEADERS,
                  description="Stored with its verdict (or, with a repeated "
                              "`Idempotency-Key`, the resource stored before).")
@blp.alt_response(409, response="CONFLICT")
@documents_bad_input(blp)
def create_submission():
    """Evaluate and store a submission

    Validates and evaluates the submission like a precheck, then stores the submission,
    its verdict and the decision-log entry together.
    """
    key, key_errors = _idempotency_key()
    submission = read_submission(key_errors)
    try:
        stored = store().create_submission(submission, evaluate, key, caller=auth.caller(),
                                           scope=auth.idempotency_scope(submission))
    except IdempotencyConflict as exc:
        earlier = store().get_submission(exc.submission_id)
        if earlier is None or not auth.may_read(earlier.submitter_code):
            abort(409, errors={IDEMPOTENCY_KEY: [("was already used with a different body; "
                                                 "choose another key.")]})
        abort(409, errors={IDEMPOTENCY_KEY: [(f"was used for submission {exc.submission_id} "
                                             f"with a different body.")]},
              headers={"Location": _url(exc.submission_id)})
    body = resource(stored.submission)
    headers = {"Location": body["links"]["self"], **policy_versions(body["verdict"]["policies"])}
    if key is not None:
        headers["Idempotent-Replayed"] = "true" if stored.replayed else "false"
    return jsonify(body), 201, headers


@blp.route("", methods=["GET"])
@blp.arguments(SubmissionQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@blp.alt_response(200, schema=SubmissionPageSchema, success=True,
                  description="Newest first. Follow `next` for the following page.")
def list_submissions(limit: int, cursor: str | None = None, **filters):
    """List stored submissions"""
    visible = auth.reading_scope(Filters(**filters))  # a submitter's: its agency's only
    records, more = store().list_submissions(visible, limit, before=cursor) \
        if visible is not None else ([], False)
    next_url = None
    if more:
        query = {k: v.isoformat() if hasattr(v, "isoformat") else v
                 for k, v in filters.items()}
        next_url = url_for("submissions.list_submissions", **query, limit=limit,
                           cursor=records[-1].id)
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
    return jsonify({"items": [summary(r) for r in records], "next": next_url}), 200, headers


@blp.route("/<submission_id>", methods=["GET"])
@blp.alt_response(200, schema=SubmissionResourceSchema, success=True,
                  headers=POLICY_VERSIONS_HEADER, description="The submission, its verdict "
                                                              "and its history.")
@blp.alt_response(404, response="NOT_FOUND")
def get_submission(submission_id: str):
    """Read a stored submission"""
    record = store().get_submission(submission_id) \
        if re.fullmatch(ULID_PATTERN, submission_id) else None
    if record is None or not auth.may_read(record.submitter_code):  # existence not told
        abort(404, errors={"id": [f"no submission {submission_id}."]})
    body = resource(record)
    body["history"] += approval_history(record.id)
    return jsonify(body), 200, policy_versions(body["verdict"]["policies"])

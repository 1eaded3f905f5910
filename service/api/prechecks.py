"""``/api/v1/prechecks``: evaluate a submission; only the decision log remembers it."""

from __future__ import annotations

from flask import jsonify
from flask_smorest import Blueprint

from service.api.docs import (
    POLICY_VERSIONS_HEADER,
    SUBMISSION_BODY,
    VerdictSchema,
    documents_bad_input,
)
from service.api.http import evaluate, policy_versions, read_submission, store
from service.trust import auth

blp = Blueprint("prechecks", __name__, url_prefix="/api/v1/prechecks",
                description="Evaluate a submission without storing it.")


@blp.route("", methods=["POST"])
@blp.doc(requestBody=SUBMISSION_BODY)
@blp.alt_response(200, schema=VerdictSchema, success=True, headers=POLICY_VERSIONS_HEADER,
                  description="The verdict of the rules in force on `submitted_on`.")
@documents_bad_input(blp)
def create_precheck():
    """Evaluate a submission

    Validates the submission, evaluates it against the rules in force on its
    `submitted_on` and returns the verdict. Nothing is stored but the decision-log entry.
    """
    submission = read_submission()
    verdict = evaluate(submission)
    store().record_precheck(submission, verdict, caller=auth.caller())
    return jsonify(verdict), 200, policy_versions(verdict["policies"])

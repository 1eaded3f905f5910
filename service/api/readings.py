"""``/api/v1/readings``: read a department's draft decision (Word, HTML), and its Tờ trình,
into a submission and a reading that explains it. Nothing is stored: the caller reviews what
was read, corrects it, and sends it to ``/api/v1/prechecks``; with ``?check=true`` the
submission read (its open points included) is evaluated at once, as a pre-check is."""

from __future__ import annotations

from http import HTTPStatus

from flask import current_app, jsonify, request
from flask_smorest import Blueprint, abort
from marshmallow import RAISE, Schema, fields

from service.api.docs import POLICY_VERSIONS_HEADER, VerdictSchema
from service.contract.schemas import TIERS, Enum
from service.engine.jurisdiction import known as known_province
from service.engine.jurisdiction import slugs
from service.untrusted import sandbox

DEFAULT_READING_LIMIT = 25 * 1024 * 1024  # all files of one dossier together
MAX_FILES = 20

blp = Blueprint("readings", __name__, url_prefix="/api/v1/readings",
                description="Read a draft decision (Word or HTML) into a submission.")


class PlacedAsSchema(Schema):
    procedure_code = fields.String(required=True)
    tier = Enum(TIERS, required=True)
    variant = fields.String()


class WhereSchema(Schema):
    file = fields.String(required=True)
    paragraph = fields.Integer()
    table = fields.Integer(metadata={"description": "The table's number in its file (1-based, "
                                                    "top-level tables in printed order)."})
    row = fields.Integer(metadata={"description": "The row in that table (1-based)."})


class OpenPointSourceSchema(Schema):
    """Where one of the submission's ``open_points`` comes from in the reading."""
    index = fields.Integer(required=True, metadata={
        "description": "Its index in `submission.open_points` (the same order)."})
    kind = Enum(("unplaced_table", "total_differs"), required=True)
    table = fields.Integer(required=True, metadata={
        "description": "The step table it is about: its index in `reading.tables` (which "
                       "also lists its points in `open_points`)."})
    where = fields.Nested(WhereSchema, required=True, metadata={
        "description": "The table in its file (`table`), for a total its row (`row`)."})
    reason = fields.String(metadata={
        "description": "For `unplaced_table`: why (`no_code`, `listed_without_code`, "
                       "`no_heading`, `group_members_without_code`, `duplicate`)."})
    placed_as = fields.List(fields.Nested(PlacedAsSchema), metadata={
        "description": "For `total_differs`: the internal procedures the table was read as "
                       "(the point names the first)."})


class ReadingPartSchema(Schema):
    files = fields.List(fields.Dict(), required=True, metadata={
        "description": "Each file read: what it is (decision, to_trinh), its number, date, "
                       "title, kind, signature and the proposal it cites."})
    notes = fields.List(fields.Dict(), required=True, metadata={
        "description": "Every inference: `kind`, `message` {vi, en}, the `words` it came "
                       "from, `where` {file, paragraph | table, row} and `place` (Vietnamese)."})
    unplaced = fields.List(fields.Dict(), required=True, metadata={
        "description": "What could not be placed, kept for a person to see: step tables "
                       "(`kind: table`, with their steps and `table`, their index in "
                       "`tables`: no code found, a second table for the same procedure, …) "
                       "and rows (`kind: row`, text only in extra columns); each with "
                       "`reason`, `message` {vi, en} and `where`."})
    totals = fields.List(fields.Dict(), required=True, metadata={
        "description": "Printed totals against the sums of the counted steps "
                       "(`printed`, `summed`, `agrees`)."})
    tables = fields.List(fields.Dict(), required=True, metadata={
        "description": "Every step table (a table printing several procedures, cases or "
                       "paths gives one entry each) as printed: `index`, heading, case, "
                       "tiers, header, rows (label, action, responsible, duration_text, "
                       "duration, counted), totals, phase rows, what it was read as "
                       "(`placed_as`) and the indices of its `open_points` in "
                       "`submission.open_points`."})
    open_points = fields.List(fields.Nested(OpenPointSourceSchema), required=True, metadata={
        "description": "Where each of `submission.open_points` comes from (same order): a "
                       "correction that places a table, or corrects its steps or total, "
                       "removes the points whose `table` is that table's index."})
    contract = fields.Dict(required=True, metadata={
        "description": "`valid`: whether the submission meets the contract; `errors` by "
                       "path when not (e.g. no procedure code found)."})


class ReadingSchema(Schema):
    submission = fields.Dict(required=True, metadata={
        "description": "A contract v1.2 submission as read (see `POST /api/v1/prechecks`), "
                       "with `open_points`: every step table that could not be placed and "
                       "every printed total that differs from its steps; complete when "
                       "`reading.contract.valid`."})
    reading = fields.Nested(ReadingPartSchema, required=True)
    verdict = fields.Nested(VerdictSchema, allow_none=True, metadata={
        "description": "With `check=true` only: the verdict on the submission read, its open "
                       "points included (so never `accepted` while one remains: READ-01, "
                       "READ-02); null when the submission read is not complete "
                       "(`reading.contract.errors` says what is missing)."})


class ReadingQuerySchema(Schema):
    check = fields.Boolean(load_default=False, metadata={
        "description": "Also evaluate the submission read, as `POST /api/v1/prechecks` does "
                       "(logged in the decision log), and answer its `verdict`."})


READING_BODY = {
    "required": True,
    "description": "The dossier's files: the draft decision(s) and the Tờ trình, as Word "
                   "(.docx) or HTML, in the form field `files` (repeated; `file` also "
                   "accepted). Optional field `province`: a province slug, used when the "
                   "documents do not name it. Legacy .doc, .docm with macros, encrypted "
                   "documents, PDF and other formats are refused (422) with the reason.",
    "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["files"],
        "properties": {"files": {"type": "array", "minItems": 1, "maxItems": MAX_FILES,
                                 "items": {"type": "string", "format": "binary"}},
                       "province": {"type": "string", "example": "cao-bang",
                                    "enum": slugs()}}}}},
}


@blp.route("", methods=["POST"])
@blp.arguments(ReadingQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@blp.doc(requestBody=READING_BODY)
@blp.alt_response(200, schema=ReadingSchema, success=True, headers=POLICY_VERSIONS_HEADER,
                  description="What was read: the submission and the reading (and, with "
                              "`check=true`, the verdict; `X-Policy-Versions` then names the "
                              "packs used).")
@blp.alt_response(400, response=HTTPStatus(400).name)
@blp.alt_response(413, response=HTTPStatus(413).name)
@blp.alt_response(415, response=HTTPStatus(415).name)
@blp.alt_response(422, response=HTTPStatus(422).name)
def create_reading(check: bool = False):
    """Read a draft decision

    Reads the uploaded files of one dossier (a draft decision and its Tờ trình, Word or
    HTML) and answers the submission they make, with the reading: every inference with
    the words it came from and where, the step tables that could not be placed, and the
    printed totals against the sums. What the reading could not settle is in the
    submission's `open_points`. Nothing is stored; with `check=true` the submission is
    evaluated as a pre-check (and logged as one).
    """
    from service.documents import Unreadable, read_files

    # the body's limit, READING_MAX_LENGTH, is set before any hook reads it (service.app)
    if request.mimetype != "multipart/form-data":
        abort(415, errors={"Content-Type": [
            (f"must be multipart/form-data (the files in the field `files`), not "
            f"{request.content_type or 'absent'}.")]})
    uploads = request.files.getlist("files") + request.files.getlist("file")  # 413 past the limit
    province = request.form.get("province", "").strip() or None
    uploads = [u for u in uploads if u is not None and (u.filename or "").strip()]
    if not uploads:
        abort(400, errors={"files": [("send at least one file (.docx or .html) in the form "
                                     "field `files`.")]})
    if len(uploads) > MAX_FILES:
        abort(400, errors={"files": [f"at most {MAX_FILES} files in one dossier."]})
    if province is not None and not known_province(province):
        abort(422, errors={"province": [("is not a known province: name it by its slug, such "
                                        "as vinh-phuc, phu-tho or cao-bang.")]})
    files = [((u.filename or "tệp").strip()[:200], u.read()) for u in uploads]
    try:  # in a process of its own, with a memory and a time limit
        out = sandbox.run(read_files, files, province,
                          bounds=sandbox.Bounds.of(current_app.config))
    except Unreadable as exc:
        index = next((i for i, (name, _) in enumerate(files) if name == exc.file), 0)
        abort(422, errors={f"files.{index}": [f"{exc.file}: {exc.vi}", exc.en]})
    except sandbox.Exceeded as exc:
        abort(422, errors={"files": [exc.vi, exc.en]})
    if not check:
        return jsonify(out), 200
    return _checked(out)


def _checked(out: dict):
    """The reading with the verdict on the submission read, through the one evaluation door
    (the registry's view included) and logged as a pre-check."""
    from service.api.http import evaluate, policy_versions, store
    from service.contract.schemas import load_submission
    from service.trust import auth

    if not out["reading"]["contract"]["valid"]:
        return jsonify({**out, "verdict": None}), 200
    submission = load_submission(out["submission"])
    verdict = evaluate(submission)
    store().record_precheck(submission, verdict, caller=auth.caller())
    return jsonify({**out, "verdict": verdict}), 200, policy_versions(verdict["policies"])

"""``/api/v1/readings``: read a department's draft decision (Word, HTML), and its Tờ trình,
into a submission and a reading that explains it. Nothing is evaluated or stored: the
caller reviews what was read, corrects it, and sends it to ``/api/v1/prechecks``."""

from __future__ import annotations

from http import HTTPStatus

from flask import current_app, jsonify, request
from flask_smorest import Blueprint, abort
from marshmallow import Schema, fields

from service.engine.jurisdiction import known as known_province
from service.engine.jurisdiction import slugs
from service.untrusted import sandbox

DEFAULT_READING_LIMIT = 25 * 1024 * 1024  # all files of one dossier together
MAX_FILES = 20

blp = Blueprint("readings", __name__, url_prefix="/api/v1/readings",
                description="Read a draft decision (Word or HTML) into a submission.")


class ReadingPartSchema(Schema):
    files = fields.List(fields.Dict(), required=True, metadata={
        "description": "Each file read: what it is (decision, to_trinh), its number, date, "
                       "title, kind, signature and the proposal it cites."})
    notes = fields.List(fields.Dict(), required=True, metadata={
        "description": "Every inference: `kind`, `message` {vi, en}, the `words` it came "
                       "from, `where` {file, paragraph | table, row} and `place` (Vietnamese)."})
    unplaced = fields.List(fields.Dict(), required=True, metadata={
        "description": "What could not be placed, kept for a person to see: step tables "
                       "(`kind: table`, with their steps: no code found, a second table for "
                       "the same procedure, …) and rows (`kind: row`, text only in extra "
                       "columns); each with `reason`, `message` {vi, en} and `where`."})
    totals = fields.List(fields.Dict(), required=True, metadata={
        "description": "Printed totals against the sums of the counted steps "
                       "(`printed`, `summed`, `agrees`)."})
    tables = fields.List(fields.Dict(), required=True, metadata={
        "description": "Every step table as printed: heading, case, tiers, header, rows "
                       "(label, action, responsible, duration_text, duration, counted), "
                       "totals, phase rows, and what it was read as (`placed_as`)."})
    contract = fields.Dict(required=True, metadata={
        "description": "`valid`: whether the submission meets the contract; `errors` by "
                       "path when not (e.g. no procedure code found)."})


class ReadingSchema(Schema):
    submission = fields.Dict(required=True, metadata={
        "description": "A contract v1.1 submission as read (see `POST /api/v1/prechecks`); "
                       "complete when `reading.contract.valid`."})
    reading = fields.Nested(ReadingPartSchema, required=True)


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
@blp.doc(requestBody=READING_BODY)
@blp.alt_response(200, schema=ReadingSchema, success=True,
                  description="What was read: the submission and the reading.")
@blp.alt_response(400, response=HTTPStatus(400).name)
@blp.alt_response(413, response=HTTPStatus(413).name)
@blp.alt_response(415, response=HTTPStatus(415).name)
@blp.alt_response(422, response=HTTPStatus(422).name)
def create_reading():
    """Read a draft decision

    Reads the uploaded files of one dossier (a draft decision and its Tờ trình, Word or
    HTML) and answers the submission they make, with the reading: every inference with
    the words it came from and where, the step tables that could not be placed, and the
    printed totals against the sums. Nothing is evaluated or stored.
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
    return jsonify(out), 200

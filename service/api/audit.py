"""``/api/v1/audit/head``: the decision log's head as an anchor a reviewer can save; and the
service's own anchors, appended to ``AUDIT_ANCHORS`` while it handles requests
(``service.trust.audit.AnchorPublisher``)."""

from __future__ import annotations

from flask import Flask, current_app, jsonify
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from service.api.http import store
from service.trust.audit import AnchorPublisher, current_anchor

blp = Blueprint("audit", __name__, url_prefix="/api/v1/audit",
                description="The decision log's hash chain: its head, to keep outside the "
                            "service and check later with `tthc-rules audit verify "
                            "--anchors FILE`.")

_HASH = {"pattern": "^sha256:[0-9a-f]{64}$"}


class AnchorSchema(Schema):
    seq = fields.Integer(required=True, metadata={
        "description": "The last entry of the log (0 while it is empty)."})
    entry_hash = fields.String(required=True, metadata={
        **_HASH, "description": "That entry's hash: it covers every entry before it."})
    length = fields.Integer(required=True, metadata={"description": "Entries in the log."})
    at = fields.String(required=True, metadata={"format": "date-time",
                                                "description": "When the head was read (UTC)."})
    prev = fields.String(required=True, allow_none=True, metadata={
        **_HASH, "description": "In an anchor file: the anchor_hash of the anchor before "
                               "it. Null here."})
    anchor_hash = fields.String(required=True, metadata={
        **_HASH, "description": "SHA-256 of the canonical JSON of the five fields above: "
                               "an anchor changed after it was saved does not verify."})


@blp.route("/head", methods=["GET"])
@blp.alt_response(200, schema=AnchorSchema, success=True, description=(
    "The head now. Save the answer as it is (one JSON object per line, or the file alone) "
    "and later run `tthc-rules audit verify --anchors FILE`: an entry removed or rewritten "
    "since shows."))
def get_head():
    """Read the decision log's head

    The end of the hash chain of every evaluation, as an anchor: whoever keeps it can later
    prove that the log up to it was neither cut short nor rewritten.
    """
    with store().sessions() as session:
        anchor = current_anchor(session)
    return jsonify(anchor.as_json())


def init_app(app: Flask, store_) -> None:
    """Publish anchors while requests come in, when ``AUDIT_ANCHORS`` names a file."""
    path = app.config.get("AUDIT_ANCHORS")
    if not path:
        return
    publisher = AnchorPublisher(store_, path, app.config.get("AUDIT_ANCHOR_SECONDS", 60.0))
    app.extensions["tthc-rules"]["anchors"] = publisher

    @app.after_request
    def _anchor(response):
        if publisher.due():
            publisher.publish(current_app.logger)
        return response

"""``/api/v1/admin``: API keys and policy reloads (admin keys only, see ``service.trust.auth``)."""

from __future__ import annotations

from flask import jsonify, url_for
from flask_smorest import Blueprint, abort
from marshmallow import Schema, fields, validate

from service.api.docs import PolicyRefSchema
from service.api.http import read_json, store
from service.engine.policy import PolicyError
from service.trust import auth
from service.trust.reload import follower, reload_here, serving_versions

blp = Blueprint("admin", __name__, url_prefix="/api/v1/admin",
                description="API keys and policy reloads; an admin key is required (or "
                            "authentication is off).")

_KEY_FIELDS = ("role", "agency", "name")
_ROLE = fields.String(required=True, validate=validate.OneOf(auth.ROLES), metadata={
    "description": "`submitter` (bound to `agency`), `reviewer` or `admin`."})


class KeySchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True, allow_none=True)
    role = _ROLE
    agency = fields.String(required=True, allow_none=True, metadata={
        "description": "The agency code a submitter key acts for; null for other roles."})
    hint = fields.String(required=True, metadata={
        "description": "The token's first characters, to tell keys apart."})
    created_at = fields.String(required=True, metadata={"format": "date-time"})
    revoked_at = fields.String(required=True, allow_none=True,
                               metadata={"format": "date-time"})


class KeyListSchema(Schema):
    items = fields.List(fields.Nested(KeySchema), required=True)


class NewKeySchema(KeySchema):
    token = fields.String(required=True, metadata={
        "description": "The key to send as `Authorization: Bearer <token>`. Shown this "
                       "once: only its SHA-256 is stored."})


class KeyRequestSchema(Schema):
    role = _ROLE
    agency = fields.String(allow_none=True, validate=validate.Length(min=1, max=50), metadata={
        "description": "Required for a submitter; not allowed for other roles."})
    name = fields.String(allow_none=True, validate=validate.Length(min=1, max=100),
                         metadata={"description": "Who holds the key."})


class ReloadSchema(Schema):
    generation = fields.Integer(required=True, metadata={
        "description": "The policy generation recorded: every worker reaches it within "
                       "a few seconds."})
    policies = fields.List(fields.Nested(PolicyRefSchema), required=True, metadata={
        "description": "The packs now serving, with their versions."})


class ReloadFailureSchema(Schema):
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()),
                         required=True, metadata={"example": {"policies": [
                             "policies/x/rules/a.yaml: not valid YAML"]}})
    status = fields.Integer(required=True)
    message = fields.String(required=True)
    serving = fields.List(fields.Nested(PolicyRefSchema), required=True, metadata={
        "description": "The packs still serving: the last good ones."})


KEY_BODY = {"required": True, "content": {"application/json": {"schema": KeyRequestSchema}}}


def _key_request() -> tuple[str, str | None, str | None]:
    body, problems = read_json()
    if not isinstance(body, dict):
        abort(400, errors={"body": ["must be a JSON object: role, agency, name."]})
    errors: dict[str, list[str]] = dict(problems)
    for name in body:
        if name not in _KEY_FIELDS:
            errors.setdefault(name, []).append("is not a field of a key.")
    values = {name: body.get(name) for name in _KEY_FIELDS}
    for name, value in values.items():
        if value is not None and not isinstance(value, str):
            errors.setdefault(name, []).append("must be a string.")
    if not errors:
        try:
            auth.check_key_fields(values["role"], values["agency"], values["name"])
        except auth.KeyError_ as exc:
            errors.update(exc.errors)
    if errors:
        abort(422, errors=errors)
    return values["role"], values["agency"], values["name"]


@blp.route("/keys", methods=["GET"])
@blp.alt_response(200, schema=KeyListSchema, success=True,
                  description="Every key, revoked ones too, oldest first; never a token.")
def list_keys():
    """List the API keys"""
    return jsonify({"items": [k.as_dict() for k in auth.list_keys(store())]})


@blp.route("/keys", methods=["POST"])
@blp.doc(requestBody=KEY_BODY)
@blp.alt_response(201, schema=NewKeySchema, success=True, description=(
    "The key, with its token: the only time the token is shown."),
    headers={"Location": {"description": "The key.", "schema": {"type": "string"}}})
@blp.alt_response(400, response="BAD_REQUEST")
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
@blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def create_key():
    """Create an API key"""
    role, agency, name = _key_request()
    key, token = auth.create_key(store(), role, agency, name)
    return (jsonify({**key.as_dict(), "token": token}), 201,
            {"Location": url_for("admin.revoke_key", key_id=key.id)})


@blp.route("/keys/<key_id>", methods=["DELETE"])
@blp.alt_response(200, schema=KeySchema, success=True,
                  description="The key, revoked (revoking it again changes nothing).")
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(409, response="CONFLICT", description=(
    "The key is the last active admin key: revoking it would leave no admin. Create "
    "another admin key first."))
def revoke_key(key_id: str):
    """Revoke an API key

    Requests with the key are refused from then on. The last active admin key cannot be
    revoked here (an admin would lock every admin out, itself first); the command line can.
    """
    try:
        key = auth.revoke_key(store(), int(key_id)) \
            if key_id.isascii() and key_id.isdigit() and len(key_id) < 19 else None
    except auth.LastAdminKey as exc:
        abort(409, errors={"id": [str(exc)]})
    if key is None:
        abort(404, errors={"id": [f"no key {key_id}."]})
    return jsonify(key.as_dict())


@blp.route("/reload", methods=["POST"])
@blp.alt_response(200, schema=ReloadSchema, success=True, description=(
    "The rule files compiled and serve in this worker; the others follow."))
@blp.alt_response(422, schema=ReloadFailureSchema, description=(
    "The rule files do not compile: nothing changed, the last good rules serve on."))
def reload_policies():
    """Reload the policy files

    Compiles the policy files and swaps them in atomically; records a new policy
    generation that every worker of every host reaches within a few seconds. A file that
    does not compile changes nothing: the answer says why and which versions still serve.
    """
    who = auth.current()
    try:
        generation, engine = reload_here(store(), who.label() if who else "unknown")
    except PolicyError as exc:
        body = {"errors": {"policies": [str(exc)]}, "status": 422,
                "message": "Unprocessable Entity", "serving": serving_versions()}
        return jsonify(body), 422
    follower().reloaded(generation)
    return jsonify({"generation": generation,
                    "policies": [p.summary() for p in engine.policies.packs]})

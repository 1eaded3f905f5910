"""What the schemas of the policy files (rules, packs, delegations) share."""

from __future__ import annotations

from marshmallow import RAISE, Schema, fields, validate


class Strict(Schema):
    """A mapping whose every key must be one the schema names."""

    class Meta:
        unknown = RAISE


class LangText(Strict):
    """A text in Vietnamese and in English, neither empty."""

    vi = fields.String(required=True, validate=validate.Length(min=1))
    en = fields.String(required=True, validate=validate.Length(min=1))

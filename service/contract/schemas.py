"""Contract v1 as marshmallow schemas: the single source of truth for what callers may send.

``load_submission(raw)`` validates a decoded JSON body and returns the normalised submission
the engine takes (defaults applied, dates parsed); bad input raises :class:`BadInput` whose
``errors`` map every offending field's path (``procedures.0.code``) to messages.
The OpenAPI document is generated from these same schemas.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any, ClassVar

from marshmallow import (
    RAISE,
    Schema,
    ValidationError,
    fields,
    post_load,
    validate,
    validates_schema,
)

from service.engine.jurisdiction import known as known_province
from service.engine.jurisdiction import slugs as province_slugs

KINDS = ("publication", "internal_procedure", "internal_procedure_amendment",
         "electronic_procedure")
AGENCY_TYPES = ("department", "central_vertical_agency", "department_unit", "ppc", "ppc_office",
                "tthc_control_division", "provincial_centre", "ppc_chairman", "district_pc",
                "district_centre", "district_division", "district_software_admin",
                "commune_pc", "commune_centre", "other")
# v1.2: ``ppc`` (the Committee itself, «Kính gửi: Ủy ban nhân dân tỉnh»), ``by_authorisation``
# («TUQ.», apart from «TL.»), ``proposal_letter`` (a «Văn bản số …» proposing in place of a
# Tờ trình), ``open_points`` (what reading the documents could not settle).
DOCUMENTS = ("to_trinh", "draft_publication_decision", "draft_internal_procedure_decision",
             "proposal_letter")
CHANGES = ("new", "amended", "replaced", "abolished", "listed", "unchanged")
CHANGED_ELEMENTS = ("time_limit", "place", "sequence", "fee", "dossier", "form",
                    "requirement", "legal_basis", "name", "result", "applicant", "method")
TIERS = ("province", "district", "commune")
RECEPTIONS = ("provincial_centre", "agency")
UNITS = ("working_days", "working_hours")
PLATFORMS = ("shared_one_stop", "other")
SCOPES = ("tier_wide", "single_unit")
AMENDMENT_REASONS = ("law_changed", "practice_mismatch")
SIGNED_AS = ("self", "on_behalf", "for_committee", "by_order", "by_authorisation")
OPEN_POINT_KINDS = ("unplaced_table", "total_differs")
TTHC_CODE = re.compile(r"[0-9]\.[0-9]{6}(\.H[0-9]{2}|\.000\.00\.00\.H[0-9]{2})?\Z")

MAX_PROCEDURES = 500
MAX_STEPS = 100
MAX_PARTIES = 50
MAX_OPEN_POINTS = 1000


class BadInput(ValueError):
    """Input that breaks the contract; ``errors`` maps field paths to messages."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


# --- fields -------------------------------------------------------------------------------

def one_of(values: tuple[str, ...]) -> validate.OneOf:
    return validate.OneOf(values, error=f"must be one of: {', '.join(values)}.")


class Enum(fields.String):
    def __init__(self, values: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(validate=one_of(values), metadata={"enum": list(values)}, **kwargs)
        self.values = values

    def _jsonschema_type_mapping(self) -> dict:  # pragma: no cover - apispec hook
        return {"type": "string", "enum": list(self.values)}


class StrictBool(fields.Boolean):
    """Only JSON true and false (marshmallow would also take "yes", 1, "on"...)."""
    truthy: ClassVar[set] = {True}
    falsy: ClassVar[set] = {False}
    default_error_messages: ClassVar[dict[str, str]] = {"invalid": "must be true or false."}

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> bool:
        if type(value) is not bool:  # 1 and 0 equal True and False in a set look-up
            raise self.make_error("invalid")
        return value


class Number(fields.Float):
    """A JSON number (marshmallow's Float would also take the string "19")."""
    default_error_messages: ClassVar[dict[str, str]] = {"invalid": "must be a number."}

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.make_error("invalid")
        try:
            return super()._deserialize(value, attr, data, **kwargs)
        except OverflowError:  # an integer too large for a float
            raise self.make_error("invalid") from None


class IsoDate(fields.Date):
    """A real calendar date written YYYY-MM-DD."""
    default_error_messages: ClassVar[dict[str, str]] = {"invalid": "must be a real date written YYYY-MM-DD."}

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> date:
        if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


def text(max_len: int, **kwargs: Any) -> fields.String:
    return fields.String(validate=validate.Length(min=1, max=max_len,
                                                  error=f"must be 1 to {max_len} characters."),
                         **kwargs)


def _no_repeats(items: list) -> None:
    repeated = sorted({str(v) for v in items if items.count(v) > 1})
    if repeated:
        raise ValidationError(f"values must be unique; repeated: {', '.join(repeated)}.")


def unique_list(values: tuple[str, ...], min_len: int = 0, **kwargs: Any) -> fields.List:
    checks = [_no_repeats]
    if min_len:
        checks.append(validate.Length(min=min_len, error=f"must hold at least {min_len}."))
    return fields.List(Enum(values), validate=checks, **kwargs)


class _Strict(Schema):
    class Meta:
        unknown = RAISE


# --- contract types -----------------------------------------------------------------------

class AgencySchema(_Strict):
    code = text(50)
    name = text(300)
    type = Enum(AGENCY_TYPES, required=True)
    signed_as = Enum(SIGNED_AS)  # v1.1: how a decision is signed (absent = self)
    signer = text(200)  # v1.1: the signer's title and name as printed


class DurationSchema(_Strict):
    value = Number(required=True, allow_nan=False,
                         validate=validate.Range(min=0, max=100000,
                                                 error="must be a number from 0 to 100000."))
    unit = Enum(UNITS, required=True)

    @post_load
    def _integral(self, data: dict, **kwargs: Any) -> dict:
        return integral_duration(data)


def integral_duration(data: dict) -> dict:
    """4.0 days reads as 4, so that the same duration always prints the same way."""
    if float(data["value"]).is_integer():
        data["value"] = int(data["value"])
    return data


class StepSchema(_Strict):
    order = fields.Integer(required=True, strict=True,
                           validate=validate.Range(min=1, max=1000,
                                                   error="must be an integer from 1 to 1000."))
    action = text(2000)
    responsible = text(500)
    duration = fields.Nested(DurationSchema)
    counted = StrictBool(load_default=True)


def steps_field() -> fields.List:
    def unique_orders(steps: list) -> None:
        orders = [s.get("order") for s in steps if isinstance(s, dict)]
        repeated = sorted({o for o in orders if o is not None and orders.count(o) > 1})
        if repeated:
            raise ValidationError(f"step orders must be unique; repeated: "
                                  f"{', '.join(map(str, repeated))}.")
    return fields.List(fields.Nested(StepSchema), load_default=list,
                       validate=[validate.Length(max=MAX_STEPS), unique_orders])


class DecisionRefSchema(_Strict):
    decision = text(100)
    approved_by = fields.Nested(AgencySchema)


class ProcedureSchema(_Strict):
    code = fields.String(required=True, validate=validate.Regexp(
        TTHC_CODE, error="must be a national TTHC code such as 1.001806, 1.014461.H35 or "
                         "2.000001.000.00.00.H35."))
    name = text(1000, required=True)
    field = text(300)
    change = Enum(CHANGES)
    changed_elements = unique_list(CHANGED_ELEMENTS, load_default=list)
    managing_agency = fields.Nested(AgencySchema, required=True)
    handling_agency = fields.Nested(AgencySchema)
    tiers = unique_list(TIERS, min_len=1, required=True)
    reception = Enum(RECEPTIONS)
    time_limit = fields.Nested(DurationSchema)
    has_approved_internal_procedure = StrictBool()


class InternalProcedureSchema(_Strict):
    procedure_code = fields.String(required=True)
    tier = Enum(TIERS, required=True)
    drafted_by = fields.Nested(AgencySchema, required=True)
    coordinating = fields.List(fields.Nested(AgencySchema), load_default=list,
                               validate=validate.Length(max=MAX_PARTIES))
    steps = steps_field()
    amends = fields.Nested(DecisionRefSchema)
    amendment_reason = Enum(AMENDMENT_REASONS)
    variant = text(300)  # v1.1: the printed sub-case when a TTHC has several step tables
    time_limit = fields.Nested(DurationSchema)  # v1.1: this variant's own legal time limit


class ElectronicProcedureSchema(_Strict):
    procedure_code = fields.String(required=True)
    tier = Enum(TIERS, required=True)
    based_on = fields.Nested(DecisionRefSchema)
    lead = fields.Nested(AgencySchema, required=True)
    coordinating = fields.List(fields.Nested(AgencySchema), load_default=list,
                               validate=validate.Length(max=MAX_PARTIES))
    platform = Enum(PLATFORMS, required=True)
    scope = Enum(SCOPES, load_default="tier_wide")
    national_portal_connected = StrictBool()
    steps = steps_field()
    variant = text(300)  # v1.1


class OpenPointSchema(_Strict):
    """v1.2: one thing reading the documents could not settle (a table not tied to a
    procedure and tier, a printed total that differs from the sum of its steps)."""
    kind = Enum(OPEN_POINT_KINDS, required=True)
    place = text(300, required=True)  # «tệp du-thao.docx, bảng 5»
    heading = text(1000)
    procedure_code = fields.String()
    tier = Enum(TIERS)
    variant = text(300)
    printed = fields.Nested(DurationSchema)
    summed = fields.Nested(DurationSchema)


def _known_province(slug: str) -> None:
    if not known_province(slug):
        raise ValidationError("is not a known province: name it by its slug, such as "
                              "vinh-phuc, phu-tho or cao-bang.")


class SubmissionSchema(_Strict):
    reference = text(100)
    province = fields.String(validate=_known_province,  # v1.1; absent = TTHC_PROVINCE
                             metadata={"enum": province_slugs()})
    kind = Enum(KINDS, required=True)
    submitted_on = IsoDate(required=True)
    submitter = fields.Nested(AgencySchema, required=True)
    addressed_to = fields.Nested(AgencySchema)
    approver = fields.Nested(AgencySchema)
    documents = unique_list(DOCUMENTS, load_default=list)
    procedures = fields.List(fields.Nested(ProcedureSchema), required=True, validate=validate.Length(
        min=1, max=MAX_PROCEDURES, error=f"must hold 1 to {MAX_PROCEDURES} procedures."))
    internal_procedures = fields.List(fields.Nested(InternalProcedureSchema), load_default=list,
                                      validate=validate.Length(max=3 * MAX_PROCEDURES))
    electronic_procedures = fields.List(fields.Nested(ElectronicProcedureSchema),
                                        load_default=list,
                                        validate=validate.Length(max=3 * MAX_PROCEDURES))
    open_points = fields.List(fields.Nested(OpenPointSchema), load_default=list,  # v1.2
                              validate=validate.Length(
                                  max=MAX_OPEN_POINTS,
                                  error=f"must hold at most {MAX_OPEN_POINTS} open points."))

    @validates_schema(skip_on_field_errors=False)
    def _cross_references(self, data: dict, **kwargs: Any) -> None:
        cross_references(data)

    @post_load
    def _defaults(self, data: dict, **kwargs: Any) -> dict:
        return submission_defaults(data)


def cross_references(data: dict) -> None:
    """The rules that tie the parts of a submission together (raise ValidationError)."""
    errors: dict[str, list[str]] = {}
    kind = data.get("kind")
    if kind and kind != "electronic_procedure" and not data.get("addressed_to"):
        errors["addressed_to"] = [f"is required for a {kind} submission."]
    tiers_of: dict[str, set] = {}
    for i, p in enumerate(data.get("procedures") or []):
        code = p.get("code")
        if code in tiers_of:
            errors[f"procedures.{i}.code"] = [f"{code} appears twice in procedures."]
        elif code:
            tiers_of[code] = set(p.get("tiers") or ())
        if kind == "publication" and "change" not in p:
            errors[f"procedures.{i}.change"] = ["is required in a publication."]
        if "province" in (p.get("tiers") or ()) and "reception" not in p:
            errors[f"procedures.{i}.reception"] = [
                "is required when the procedure is handled at province tier."]
    for key in ("internal_procedures", "electronic_procedures"):
        seen: set = set()
        for i, item in enumerate(data.get(key) or []):
            code, tier = item.get("procedure_code"), item.get("tier")
            variant = variant_key(item.get("variant"))
            if code not in tiers_of:
                errors[f"{key}.{i}.procedure_code"] = [
                    f"names no procedure of this submission ({code!r})."]
            elif tier and tier not in tiers_of[code]:
                errors[f"{key}.{i}.tier"] = [
                    f"{tier} is not one of the tiers of procedure {code}."]
            elif (code, tier, variant) in seen:
                errors[f"{key}.{i}"] = [
                    f"a second entry for procedure {code} at {tier} tier"
                    + (f" for the case «{item['variant']}»." if variant else ".")]
            seen.add((code, tier, variant))
    ip_variants = {(ip.get("procedure_code"), ip.get("tier"), variant_key(ip.get("variant")))
                   for ip in data.get("internal_procedures") or [] if isinstance(ip, dict)}
    for i, point in enumerate(data.get("open_points") or []):
        if isinstance(point, dict):
            errors.update(_open_point_errors(point, f"open_points.{i}", tiers_of, ip_variants))
    if errors:
        raise ValidationError(errors)


def _open_point_errors(point: dict, where: str, tiers_of: dict[str, set],
                       ip_variants: set) -> dict[str, list[str]]:
    """What ties an open point to the rest of the submission (contract v1.2)."""
    errors: dict[str, list[str]] = {}
    kind = point.get("kind")
    if kind == "unplaced_table":
        for key in ("procedure_code", "printed", "summed"):
            if key in point:
                errors[f"{where}.{key}"] = [
                    "is not given for a table that could not be placed (unplaced_table)."]
    elif kind == "total_differs":
        for key in ("procedure_code", "tier", "printed", "summed"):
            if key not in point:
                errors[f"{where}.{key}"] = [
                    "is required for a total that differs (total_differs)."]
        code, tier = point.get("procedure_code"), point.get("tier")
        if "procedure_code" in point and code not in tiers_of:
            errors[f"{where}.procedure_code"] = [
                f"names no procedure of this submission ({code!r})."]
        elif code in tiers_of and tier and tier not in tiers_of[code]:
            errors[f"{where}.tier"] = [f"{tier} is not one of the tiers of procedure {code}."]
        elif code in tiers_of and tier and point.get("variant") and \
                (code, tier, variant_key(point["variant"])) not in ip_variants:
            errors[f"{where}.variant"] = [(
                f"names no internal procedure of procedure {code} at {tier} tier "
                f"(«{point['variant']}»).")]
    return errors


def variant_key(variant: str | None) -> str:
    """A variant as it is compared: Unicode NFC, every run of white space one space, trimmed
    (absent and empty are the same value)."""
    if not variant:
        return ""
    return " ".join(unicodedata.normalize("NFC", variant).split())


def submission_defaults(data: dict) -> dict:
    """Defaults that depend on other fields: handling agency = managing agency."""
    for p in data["procedures"]:
        p.setdefault("handling_agency", p["managing_agency"])
        p.setdefault("change", "unchanged")
    return data


def _optional_fields_take_null(*schemas: type[Schema]) -> None:
    """The contract reads an optional field sent as null as absent (``_clean`` drops it);
    saying so on the fields puts ``nullable`` in the OpenAPI document."""
    for schema in schemas:
        for field in schema._declared_fields.values():
            if not field.required:
                field.allow_none = True


_optional_fields_take_null(AgencySchema, DurationSchema, StepSchema, DecisionRefSchema,
                           ProcedureSchema, InternalProcedureSchema, ElectronicProcedureSchema,
                           OpenPointSchema, SubmissionSchema)


# --- reading raw input --------------------------------------------------------------------

def _clean(node: Any) -> Any:
    """Drop keys whose value is null or a blank string: the contract reads them as absent."""
    if isinstance(node, dict):
        return {k: _clean(v) for k, v in node.items()
                if v is not None and not (isinstance(v, str) and not v.strip())}
    if isinstance(node, list):
        return [_clean(v) for v in node]
    return node


def flatten_errors(errors: Any, prefix: str = "") -> dict[str, list[str]]:
    """marshmallow's nested messages as {"procedures.0.code": [...]}."""
    out: dict[str, list[str]] = {}
    if isinstance(errors, dict):
        for key, value in errors.items():
            name = prefix if key == "_schema" else f"{prefix}.{key}" if prefix else str(key)
            for path, messages in flatten_errors(value, name).items():
                out.setdefault(path, []).extend(messages)
    elif isinstance(errors, list):
        if all(isinstance(e, str) for e in errors):
            out[prefix or "body"] = [_friendly(e) for e in errors]
        else:
            for item in errors:
                for path, messages in flatten_errors(item, prefix).items():
                    out.setdefault(path, []).extend(messages)
    else:
        out[prefix or "body"] = [_friendly(str(errors))]
    return out


_FRIENDLY = {
    "Unknown field.": "is not a field of the contract (unknown field).",
    "Missing data for required field.": "is required.",
    "Not a valid string.": "must be a string.",
    "Not a valid integer.": "must be an integer.",
    "Not a valid number.": "must be a number.",
    "Not a valid list.": "must be a list.",
    "Invalid input type.": "must be an object.",
    "Field may not be null.": "must not be null.",
}


def _friendly(message: str) -> str:
    return _FRIENDLY.get(message, message)


_SCHEMA = SubmissionSchema()


def load_submission_slow(raw: Any) -> dict:
    """The marshmallow path alone (the fast path's reference in tests)."""
    return _SCHEMA.load(_clean(raw))


def load_submission(raw: Any) -> dict:
    """Validate decoded JSON against the contract; return the normalised submission."""
    from service.contract.fastload import Unsure, load_fast

    if not isinstance(raw, dict):
        raise BadInput({"body": ["must be a JSON object (a submission)."]})
    try:
        return load_fast(raw)
    except Unsure:
        pass  # marshmallow decides, and names every problem
    try:
        return _SCHEMA.load(_clean(raw))
    except ValidationError as exc:
        raise BadInput(flatten_errors(exc.messages)) from None

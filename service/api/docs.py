"""Response schemas of the API, for the OpenAPI document.

Requests are described by the contract's own schemas (``service.contract.schemas``); these describe
what comes back. Views build their JSON directly; the test suite checks every response
against these schemas, so the document cannot drift from the service.
"""

from __future__ import annotations

from http import HTTPStatus

from marshmallow import Schema, fields, validate

from service.contract.schemas import (
    KINDS,
    TIERS,
    AgencySchema,
    Enum,
    IsoDate,
    SubmissionSchema,
    text,
)
from service.engine.policy import SEVERITIES

OUTCOMES = ("accepted", "needs_review", "rejected", "no_policy")
ULID_PATTERN = r"^[0-9A-HJKMNP-TV-Z]{26}$"

POLICY_VERSIONS_HEADER = {
    "X-Policy-Versions": {
        "description": "The policy packs used, as `id=version` pairs joined by commas "
                       "(`vinhphuc-9579=sha256:…,vn-one-stop=sha256:…`); empty when none.",
        "schema": {"type": "string"}}}


def _str(**kwargs) -> fields.String:
    return fields.String(required=True, **kwargs)


def _list(schema: type[Schema], **kwargs) -> fields.List:
    return fields.List(fields.Nested(schema), required=True, **kwargs)


# --- errors and health --------------------------------------------------------------------

class ErrorSchema(Schema):
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()),
                         required=True, metadata={
                             "description": "Every offending field or parameter by its path "
                                            "(`procedures.0.code`), with its messages.",
                             "example": {"procedures.0.code": ["is required."]}})
    status = fields.Integer(required=True, metadata={"description": "The HTTP status."})
    message = _str(metadata={"description": "The HTTP status phrase."})


class HealthSchema(Schema):
    status = _str(validate=validate.OneOf(["ok"]))


class CheckSchema(Schema):
    status = _str(validate=validate.OneOf(["ok", "degraded", "warning", "failed"]))
    detail = fields.String()


class ReadinessSchema(Schema):
    status = _str(validate=validate.OneOf(["ready", "degraded", "unavailable"]))
    checks = fields.Dict(keys=fields.String(), values=fields.Nested(CheckSchema), required=True)


# --- verdict ------------------------------------------------------------------------------

class LangTextSchema(Schema):
    vi = _str()
    en = _str()


class PolicyRefSchema(Schema):
    id = _str()
    version = _str(metadata={"description": "sha256 of the pack's files", "example":
                             "sha256:efd795c2bd017fb6d5293f419e3b62788d94e8b56478d02ca91f3702141a66e8"})
    title = _str()


class PolicyVersionSchema(Schema):
    id = _str()
    version = _str()


class LegalReferenceSchema(Schema):
    document = _str(metadata={"example": "9579/UBND-KSTT"})
    anchor = _str(metadata={"example": "§QTNB-6",
                            "description": "Empty when the article is not known yet."})
    quote = _str(metadata={"description": "The Vietnamese text of the law, quoted; empty when "
                                          "it is not available (then `note` says so)."})
    gloss = _str(metadata={"description": "Its meaning in English."})
    source = fields.String(metadata={"description": "Where the quote was taken from, when "
                                                    "that is not the document itself."})
    note = fields.String(metadata={"description": "What is not quoted yet, for legal staff."})
    url = fields.String()
    in_force_from = IsoDate(metadata={"description": "Cited only for dossiers of this day "
                                                     "or later."})
    in_force_until = IsoDate()
    jurisdiction = fields.List(fields.String(), metadata={
        "description": "Cited only for dossiers of these provinces."})
    kinds = fields.List(fields.String(), metadata={
        "description": "Cited only for submissions of these kinds."})


class FindingLegalBasisSchema(LegalReferenceSchema):
    references = _list(LegalReferenceSchema, metadata={
        "description": "Every provision the rule stands on; the first is repeated above."})


class SubjectSchema(Schema):
    procedure_code = fields.String()
    tier = Enum(TIERS)
    variant = fields.String(metadata={"description": "The case of an internal or electronic "
                                                    "procedure, normalised (v1.1)."})
    path = _str(metadata={"description": "`procedures.0`, `internal_procedures.1`; empty for "
                                         "the whole submission."})


class FindingSchema(Schema):
    rule_id = _str(metadata={"example": "QTNB-08"})
    severity = Enum(SEVERITIES, required=True)
    pack = _str()
    subject = fields.Nested(SubjectSchema, required=True)
    message = fields.Nested(LangTextSchema, required=True)
    legal_basis = fields.Nested(FindingLegalBasisSchema, required=True)
    facts = fields.Dict(keys=fields.String(), required=True,
                        metadata={"description": "The facts that made the rule fire."})


class RegistryFactsSchema(Schema):
    path = _str()
    facts = fields.Dict(keys=fields.String(), required=True)


class VerdictSchema(Schema):
    decision_id = _str(validate=validate.Regexp(ULID_PATTERN))
    outcome = Enum(OUTCOMES, required=True)
    evaluated_on = IsoDate(required=True)
    province = fields.String(metadata={
        "description": "The province whose packs were considered (v1.1): the submission's, "
                       "or the deployment's default."})
    policies = _list(PolicyRefSchema, metadata={
        "description": "The packs that applied: in force that day, and national or binding "
                       "the province."})
    findings = _list(FindingSchema, metadata={
        "description": "By severity (error, warning, info), rule id, then subject path."})
    registry_facts = fields.List(fields.Nested(RegistryFactsSchema))


# --- stored submissions -------------------------------------------------------------------

class SelfLinkSchema(Schema):
    self = _str()


class SubmissionSummarySchema(Schema):
    id = _str(validate=validate.Regexp(ULID_PATTERN))
    reference = fields.String(required=True, allow_none=True)
    kind = Enum(KINDS, required=True)
    submitter = fields.Nested(AgencySchema, required=True)
    submitted_on = IsoDate(required=True)
    received_at = fields.DateTime(required=True, metadata={"description": "UTC"})
    outcome = Enum(OUTCOMES, required=True)
    decision_id = _str(validate=validate.Regexp(ULID_PATTERN))
    links = fields.Nested(SelfLinkSchema, required=True)


class HistoryEventSchema(Schema):
    event = Enum(("received", "evaluated", "approved"), required=True)
    at = fields.DateTime(required=True)
    decision_id = fields.String()
    outcome = Enum(OUTCOMES)
    evaluated_on = IsoDate()
    policies = fields.List(fields.Nested(PolicyVersionSchema))
    rule_ids = fields.List(fields.String(), metadata={"description": "The rules that fired."})
    decision = fields.String(metadata={"description": "`approved`: the approving decision's "
                                                      "number."})
    decided_on = IsoDate(metadata={"description": "`approved`: the decision's date."})
    approved_by = fields.Nested(AgencySchema)
    approval = fields.String(metadata={"description": "`approved`: the approval, with what "
                                                      "the registry took from it."})


class SubmissionResourceSchema(SubmissionSummarySchema):
    input_hash = _str(metadata={"description": "sha256 of the canonical JSON (sorted keys, no "
                                               "spaces, UTF-8) of `submission`."})
    submission = fields.Nested(SubmissionSchema, required=True,
                               metadata={"description": "The submission as evaluated: "
                                                        "normalised, defaults applied."})
    verdict = fields.Nested(VerdictSchema, required=True)
    history = _list(HistoryEventSchema)


class SubmissionPageSchema(Schema):
    items = _list(SubmissionSummarySchema)
    next = fields.String(required=True, allow_none=True,
                         metadata={"description": "The next page's URL; null on the last."})


class SubmissionQuerySchema(Schema):
    outcome = Enum(OUTCOMES)
    submitter = fields.String(validate=[
        validate.Length(min=1, max=50, error="must be 1 to 50 characters."),
        validate.Regexp(r"[^\x00]*\Z", error="must not contain NUL characters.")],
        metadata={"description": "The submitter's agency code."})
    kind = Enum(KINDS)
    since = IsoDate(metadata={"description": "Only those received on or after this day (UTC)."})
    limit = fields.Integer(load_default=20, validate=validate.Range(
        min=1, max=100, error="must be an integer from 1 to 100."))
    cursor = fields.String(validate=validate.Regexp(
        ULID_PATTERN, error="must be the cursor of a `next` link."),
        metadata={"description": "From a `next` link: the page after it."})


# --- catalogue ----------------------------------------------------------------------------

class ScenarioStepSchema(Schema):
    keyword = _str()
    text = _str()
    line = fields.Integer(required=True)
    table = fields.List(fields.List(fields.String()))


class ExamplesSchema(Schema):
    name = _str()
    tags = fields.List(fields.String(), required=True)
    header = fields.List(fields.String(), required=True)
    rows = fields.List(fields.List(fields.String()), required=True)


class ScenarioSchema(Schema):
    name = _str()
    keyword = _str()
    file = _str(metadata={"example": "features/vinhphuc-9579/quy-trinh-noi-bo.feature"})
    line = fields.Integer(required=True)
    tags = fields.List(fields.String(), required=True)
    background = _list(ScenarioStepSchema)
    steps = _list(ScenarioStepSchema)
    examples = _list(ExamplesSchema)


class CatalogueRuleSchema(Schema):
    id = _str(metadata={"example": "QTNB-08"})
    pack = _str()
    severity = Enum(SEVERITIES, required=True)
    subject = fields.Raw(required=True, metadata={"oneOf": [
        {"type": "string"}, {"type": "array", "items": {"type": "string"}}]})
    valid_from = IsoDate(required=True)
    valid_until = IsoDate(required=True, allow_none=True)
    jurisdiction = fields.Raw(metadata={"description": "`national` or the province slugs its "
                                                       "pack binds."})
    title = fields.Nested(LangTextSchema, required=True)
    legal_basis = _list(LegalReferenceSchema)
    message = fields.Nested(LangTextSchema, required=True,
                            metadata={"description": "Message templates; {placeholders} are "
                                                     "filled from the finding's facts."})
    message_parts = fields.Dict(keys=fields.String(), metadata={
        "description": "Phrases of the message, each said only when its condition holds."})
    interpretation = fields.Nested(LangTextSchema, required=True, allow_none=True)
    source_file = _str()
    scenarios = _list(ScenarioSchema, metadata={
        "description": "The Gherkin scenarios tagged with the rule's id."})
    links = fields.Nested(SelfLinkSchema, required=True)


class RuleListSchema(Schema):
    items = _list(CatalogueRuleSchema)


class RuleQuerySchema(Schema):
    on = IsoDate(metadata={"description": "Only the rules in force on this day."})
    pack = text(100, metadata={"description": "Only the rules of this pack."})


class PolicyPackSchema(Schema):
    id = _str()
    version = _str()
    title = _str()
    title_en = _str()
    short_title = fields.Nested(LangTextSchema, allow_none=True, metadata={
        "description": "How people name the pack in a line, in Vietnamese and English."})
    issuer = _str()
    document = _str()
    document_date = IsoDate(required=True, allow_none=True, metadata={
        "description": "The date of the document; null for a pack that rests on no legal text "
                       "(`reading`)."})
    valid_from = IsoDate(required=True)
    valid_until = IsoDate(required=True, allow_none=True)
    jurisdiction = fields.Raw(metadata={"description": "`national` or a list of province "
                                                       "slugs."})
    source = _str()
    notes = fields.String(required=True, allow_none=True)
    interpretation = fields.Nested(LangTextSchema, allow_none=True)
    scope = fields.String(allow_none=True, metadata={
        "description": "`open_points`: the pack applies, whatever the date, to a submission "
                       "that carries open points (and to no other); null: by date and "
                       "jurisdiction."})
    rules = fields.List(fields.String(), required=True)


class DelegateSchema(Schema):
    type = _str()
    name = fields.String()


class DelegatingDecisionSchema(Schema):
    number = _str()
    date = IsoDate(required=True)
    issuer = _str()
    quote = _str()
    source = fields.String()
    gloss = _str()


class DelegationSchema(Schema):
    province = _str()
    delegate = fields.Nested(DelegateSchema, required=True)
    acts = fields.List(fields.String(), required=True, metadata={
        "description": "What is delegated: `approve_internal_procedure`, "
                       "`approve_electronic_procedure`, `publish_procedures`."})
    decision = fields.Nested(DelegatingDecisionSchema, required=True)
    in_force_from = IsoDate(required=True)
    in_force_until = IsoDate(required=True, allow_none=True)
    interpretation = fields.Nested(LangTextSchema)


class PolicyListSchema(Schema):
    items = _list(PolicyPackSchema)
    delegations = _list(DelegationSchema, metadata={
        "description": "Delegations of approval (policies/delegations.yaml): on a day one is "
                       "in force for a dossier's province and act, the delegate stands where "
                       "the Chairman stands (catalogue v3)."})


def ecma_pattern(self, field, ret: dict, **kwargs) -> dict:
    """apispec attribute function: a Python pattern ending in ``\\Z`` as the anchored
    ECMAScript pattern OpenAPI expects (marshmallow's ``Regexp`` matches from the start)."""
    pattern = ret.get("pattern")
    if not pattern or not pattern.endswith("\\Z"):
        return {}
    return {"pattern": f"^{pattern.removeprefix('^')[:-2]}$"}


SUBMISSION_BODY = {
    "required": True,
    "description": "A submission (contract v1). Unknown fields are rejected at every depth; "
                   "`null` and blank strings count as absent.",
    "content": {"application/json": {"schema": SubmissionSchema}},
}


def documents_bad_input(blp):
    """Document the answers to a body that is not a valid submission."""
    def decorate(view):
        for code in (400, 413, 415, 422):
            view = blp.alt_response(code, response=HTTPStatus(code).name)(view)
        return view
    return decorate

"""Finishing the OpenAPI document: an ``operationId`` on every operation, and the rules the
server applies that the generated schemas do not say, so that a request the document calls
valid is one the server takes.

* ``GET /api/v1/rules?pack=``: one of the packs loaded when the service started;
* ``POST /api/v1/admin/keys``: a submitter key needs an agency code, the other roles take
  none;
* a submission: ``addressed_to`` for every kind but ``electronic_procedure``; every
  procedure of a ``publication`` has its ``change``; a procedure at the province tier has its
  ``reception``;
* ``POST /api/v1/registry/imports`` as ``text/csv``: a TTHC list whose first line heads the
  code and name columns.

What no JSON Schema can say stays in the descriptions and the documented 400 and 422
answers: that a submission's ``procedure_code`` names one of its procedures, that codes are
unique, that a workbook is a real workbook.
"""

from __future__ import annotations

import re

from flask import Flask

from service.engine import get_engine
from service.engine.policy import PolicyError

# Each rule says what may not be: "not (kind is not electronic_procedure and addressed_to is
# absent or null)" rather than "anyOf (an electronic procedure, or one with addressed_to)",
# which generators of invalid data read branch by branch.
SUBMISSION_RULES = [
    {"not": {"required": ["kind"],
             "properties": {"kind": {"not": {"enum": ["electronic_procedure"]}}},
             "anyOf": [{"not": {"required": ["addressed_to"]}},
                       {"required": ["addressed_to"],
                        "properties": {"addressed_to": {"not": {"type": "object"}}}}]},
     "description": "`addressed_to` is required for every kind but `electronic_procedure`."},
    {"not": {"required": ["kind", "procedures"],
             "properties": {"kind": {"enum": ["publication"]},
                            "procedures": {"not": {"items": {
                                "required": ["change"],
                                "properties": {"change": {"type": "string"}}}}}}},
     "description": "In a `publication`, every procedure has its `change`."},
]
KEY_RULES = [
    {"anyOf": [
        {"required": ["role", "agency"], "properties": {
            "role": {"type": "string", "enum": ["submitter"]},
            "agency": {"type": "string", "pattern":
                       r"^[^\s\u0000\ud800-\udfff]([^\n\r\u0000\ud800-\udfff]{0,48}"
                       r"[^\s\u0000\ud800-\udfff])?(?![\s\S])"}}},
        {"properties": {"role": {"type": "string", "enum": ["reviewer", "admin"]},
                        "agency": {"not": {"type": "string"}}}}],
     "description": "A submitter key has an agency code (1 to 50 characters, no space at "
                    "either end); a reviewer or admin key has none (absent or null)."},
]
# A CSV list as the body: its first line heads the code and name columns (then any
# others); the rows follow, one per line. The server reads more (titles above the header,
# other spellings, `;` or tab): what the document promises, it takes.
CSV_LIST = {
    "type": "string",
    "pattern": r'^(STT,)?Mã TTHC,Tên TTHC[^\r\n\u0000]*(\r?\n[^\r\n\u0000]*)*(?![\s\S])',
    "description": "A published TTHC list as CSV (UTF-8): a header line naming the code and "
                   "name columns first (`Mã TTHC,Tên TTHC`, after an optional `STT`; the "
                   "rest of the line names other columns), then one row per line. A header "
                   "the server does not recognise is refused with 400.",
}


def _operation_id(endpoint: str, taken: set[str]) -> str:
    blueprint, _, view = endpoint.partition(".")
    name = view or blueprint
    if name in taken:
        name = f"{blueprint}_{view}"
    return name


def operation_ids(spec: dict, app: Flask) -> None:
    """``operationId``: the view's name (``create_precheck``, ``list_rules``), unique."""
    taken: set[str] = set()
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.endpoint):
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            operation = spec["paths"].get(path, {}).get(method.lower())
            if operation is None:
                continue
            name = _operation_id(rule.endpoint, taken)
            if name in taken:
                raise ValueError(f"two operations would be named {name}")
            taken.add(name)
            operation["operationId"] = name


def _add(schema: dict, rules: list[dict]) -> None:
    schema["allOf"] = [*schema.get("allOf", []), *rules]


def _nullables(node) -> None:
    """Null where the server takes it, and only there. apispec writes a nullable nested
    schema as ``anyOf: [{type: object, nullable: true}, {$ref}]``, whose first branch takes
    any object at all (``addressed_to: {}``, which the server refuses): it becomes the
    reference or null. A nullable enum lists null among its values (OpenAPI 3.0.3: an
    ``enum`` without null refuses it, ``nullable`` or not)."""
    if isinstance(node, dict):
        branches = node.get("anyOf")
        if isinstance(branches, list) and len(branches) == 2 and \
                branches[0] == {"type": "object", "nullable": True} and "$ref" in branches[1]:
            node["anyOf"] = [branches[1], {"type": "object", "nullable": True, "enum": [None]}]
        if node.get("nullable") is True and isinstance(node.get("enum"), list) \
                and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        for value in list(node.values()):
            _nullables(value)
    elif isinstance(node, list):
        for value in node:
            _nullables(value)


# The submission's schemas, whose blank strings the contract reads as absent
# (``service.contract.schemas._clean``).
NOT_BLANK = r"^[\s\S]*\S[\s\S]*(?![\s\S])"  # anchored both ends, as every pattern here
CONTRACT_SCHEMAS = ("Agency", "Duration", "Step", "DecisionRef", "Procedure",
                    "InternalProcedure", "ElectronicProcedure", "Submission")


def _blank_is_absent(schemas: dict) -> None:
    """An optional text field may be blank (read as absent: no ``minLength``); a required
    one must hold more than white space (``NOT_BLANK``), or it is missing."""
    for name in CONTRACT_SCHEMAS:
        schema = schemas.get(name, {})
        required = set(schema.get("required", ()))
        for field, prop in schema.get("properties", {}).items():
            if prop.get("type") != "string" or "enum" in prop:
                continue
            if field in required:
                prop.setdefault("pattern", NOT_BLANK)
            elif prop.get("minLength") == 1:
                del prop["minLength"]


def tighten(spec: dict) -> None:
    """Say in the document the rules the server applies (the module's docstring)."""
    _nullables(spec)
    schemas = spec["components"]["schemas"]
    _blank_is_absent(schemas)
    _add(schemas["Submission"], SUBMISSION_RULES)
    key_body = spec["paths"]["/api/v1/admin/keys"]["post"]["requestBody"]["content"][
        "application/json"]
    key_body["schema"] = {"allOf": [key_body["schema"], *KEY_RULES]}
    imports = spec["paths"]["/api/v1/registry/imports"]["post"]["requestBody"]["content"]
    imports["text/csv"]["schema"] = CSV_LIST
    try:
        packs = [p.id for p in get_engine().policies.packs]
    except PolicyError:
        packs = []
    for parameter in spec["paths"]["/api/v1/rules"]["get"].get("parameters", []):
        if parameter["name"] == "pack" and packs:
            parameter["schema"] = {**parameter["schema"], "enum": packs}
            parameter["description"] = (f"Only the rules of this pack: one of those loaded "
                                        f"when the service started ({', '.join(packs)}).")


def finish(api, app: Flask) -> None:
    spec = api.spec.to_dict()
    operation_ids(spec, app)
    tighten(spec)

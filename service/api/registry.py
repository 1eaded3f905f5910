"""The procedure registry over HTTP: importing published lists, one TTHC with its history, the
§CHUNG coverage report, and recording the Chairman's approval of a stored submission.

The registry is per province: ``province`` (a slug of ``policies/provinces.yaml``; default
the deployment's ``TTHC_PROVINCE``) says whose registry an import writes and a read reads; an
unknown slug is a 422 naming ``province``.

``POST /api/v1/registry/imports``
    A published TTHC list (CSV or ``.xlsx``; or a JSON file of approved internal and
    electronic procedures), as a multipart upload (field ``file``) or as the body itself.
    Answers the import report: rows taken, and every bad row with its row number, column and
    reason. ``strict=true`` imports nothing when any row is bad (422).
``GET /api/v1/registry/procedures/<code>``
    The TTHC with its versions, and per tier (and variant) its approved internal procedure
    and electronic procedure with their history.
``GET /api/v1/coverage``
    The §CHUNG report as JSON, or as CSV (``format=csv`` or ``Accept: text/csv``).
``POST|GET /api/v1/submissions/<id>/approval``
    Record (or read) the decision approving a stored submission; the registry of the
    submission's province takes the procedures it carried (``service.registry.approvals``).
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from http import HTTPStatus
from typing import Any, NoReturn

from flask import Response, current_app, jsonify, request, url_for
from flask_smorest import Blueprint, abort
from marshmallow import RAISE, Schema, ValidationError, fields, validate
from sqlalchemy.exc import IntegrityError
from werkzeug.exceptions import HTTPException

from service.api.docs import ULID_PATTERN
from service.api.http import read_json, store
from service.contract.schemas import (
    PLATFORMS,
    SCOPES,
    TIERS,
    TTHC_CODE,
    UNITS,
    AgencySchema,
    Enum,
    IsoDate,
    StepSchema,
    StrictBool,
    flatten_errors,
    one_of,
    text,
)
from service.engine.jurisdiction import default_province, known, slugs
from service.registry import approvals
from service.registry.coverage import CSV_LABELS, gaps_to_csv, report_to_csv
from service.registry.importer import (
    ParseResult,
    Problem,
    UnreadableFile,
    parse_csv,
    parse_xlsx,
)
from service.registry.procedure_file import ProcedureFile, parse_procedure_file
from service.registry.store import ImportReport, RegistryStore
from service.untrusted import sandbox

blp = Blueprint("registry", __name__, url_prefix="/api/v1",
                description="The procedure registry: published TTHC, approved internal and "
                            "electronic procedures, the §CHUNG coverage report, approvals.")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPES = ("text/csv", "application/csv", "text/plain")
FORMATS = ("csv", "xlsx", "json")
DEFAULT_IMPORT_LIMIT = 16 * 1024 * 1024  # bytes of an uploaded list
CHANGES = ("new", "amended", "replaced", "abolished", "listed", "unchanged")


def _str(**kwargs) -> fields.String:
    return fields.String(required=True, **kwargs)


def _opt_str(**kwargs) -> fields.String:
    return fields.String(required=True, allow_none=True, **kwargs)


def _list(schema: type[Schema], **kwargs) -> fields.List:
    return fields.List(fields.Nested(schema), required=True, **kwargs)


def _enum(values: tuple[str, ...], description: str, **kwargs) -> fields.String:
    """``schemas.Enum`` with a description."""
    return fields.String(validate=one_of(values),
                         metadata={"enum": list(values), "description": description},
                         **kwargs)


def _known_province(slug: str) -> None:
    if not known(slug):
        raise ValidationError(f"«{slug}» không phải mã tỉnh, thành phố đã biết (ví dụ: "
                              "vinh-phuc, phu-tho, cao-bang).")


def province_field(description: str) -> fields.String:
    return fields.String(validate=_known_province, metadata={
        "description": description + " A province slug (`policies/provinces.yaml`); default "
                                     "the deployment's `TTHC_PROVINCE`.",
        "example": "vinh-phuc", "enum": slugs()})


# --- imports ------------------------------------------------------------------------------

class ImportQuerySchema(Schema):
    province = province_field("The province whose registry the file goes to. A row naming "
                              "another province is then a problem of that row; without "
                              "it, a row naming its province goes to that province.")
    strict = fields.Boolean(load_default=False, metadata={
        "description": "Import nothing when any row is bad (then 422)."})
    sheet = text(100, metadata={"description": "The sheet of a workbook (default: the first "
                                               "with a recognised header)."})


class ProblemSchema(Schema):
    row = fields.Integer(required=True, metadata={
        "description": "As numbered in the file (a list's header is row 1 when on top; an "
                       "entry's position, from 1, in a JSON file)."})
    column = _str(metadata={"description": "The column (as headed in the file) or key at "
                                           "fault; empty for the file as a whole."})
    reason = _str()
    value = _str(metadata={"description": "The value as printed."})


class OlderRowSchema(Schema):
    row = fields.Integer(required=True)
    code = _str()
    tier = Enum(TIERS)
    reason = _str()


class RowReadingSchema(Schema):
    row = fields.Integer(required=True)
    code = _str()
    notes = fields.List(fields.String(), required=True, metadata={
        "description": "How the row was read where a reading is an assumption a person "
                       "checks (in Vietnamese), e.g. a bare «ngày» read as working days, "
                       "rows of one TTHC whose tiers were merged, a code read from a number "
                       "cell."})


class SkippedRowSchema(Schema):
    row = fields.Integer(required=True)
    text = _str()
    reason = _str()


class ImportReportSchema(Schema):
    source = _str(metadata={"description": "The file's name, or the body's type."})
    province = _str(metadata={"description": "The import's province."})
    provinces = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True,
                            metadata={"description": "Good rows per province they went to."})
    format = Enum(FORMATS, required=True)
    strict = fields.Boolean(required=True)
    refused = fields.Boolean(required=True, metadata={
        "description": "`strict` and some row was bad: nothing was imported."})
    rows = fields.Integer(required=True, metadata={"description": "Good rows read."})
    bad_rows = fields.List(fields.Integer(), required=True, metadata={
        "description": "Row numbers of the rows left out (each named in `problems`)."})
    problems = _list(ProblemSchema)
    created = fields.Integer(required=True, metadata={"description": "Entries the registry "
                                                                     "did not hold."})
    superseded = fields.Integer(required=True, metadata={"description": "New versions of "
                                                                        "entries it held."})
    unchanged = fields.Integer(required=True, metadata={"description": "Rows a version held "
                                                                       "already says."})
    older = _list(OlderRowSchema, metadata={
        "description": "Good rows older than the version in force: history is not "
                       "rewritten."})
    header_row = fields.Integer(required=True, allow_none=True)
    columns = fields.Dict(keys=fields.String(), values=fields.String(), required=True,
                          metadata={"description": "The columns recognised, by key."})
    skipped = _list(SkippedRowSchema, metadata={"description": "Section headings skipped."})
    notes = fields.List(fields.String(), required=True, metadata={
        "description": "On the file as a whole, e.g. the encoding it was read in."})
    readings = _list(RowReadingSchema, metadata={
        "description": "Every good row read with an assumption, and how; the registry keeps "
                       "them with the version the row wrote."})


class ImportRefusedSchema(Schema):
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()),
                         required=True, metadata={
                             "description": "Every bad row, as `rows.<row>.<column>` (or a "
                                            "bad query parameter).",
                             "example": {"rows.14.Mã TTHC": ["no TTHC code"]}})
    status = fields.Integer(required=True)
    message = _str()
    report = fields.Nested(ImportReportSchema, metadata={
        "description": "When `strict` refused the file: the import report."})


IMPORT_BODY = {
    "required": True,
    "description": "A published TTHC list — columns like STT | Mã TTHC | Tên TTHC | Lĩnh vực | "
                   "Cấp thực hiện | Cơ quan thực hiện | Thời hạn giải quyết — as CSV (UTF-8, "
                   "`,` `;` or tab) or an Excel workbook; or a JSON file of approved internal "
                   "and electronic procedures. Upload it as the form field `file` (its name's "
                   "extension tells the format) or send it as the body.",
    "content": {
        "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                           "properties": {"file": {"type": "string",
                                                                   "format": "binary"}}}},
        "text/csv": {"schema": {"type": "string"}},
        XLSX: {"schema": {"type": "string", "format": "binary"}},
        "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
    },
}


def _unreadable(message: str, key: str = "file") -> NoReturn:
    abort(400, errors={key: [message]})


def _sniff(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{"):
        return "json"
    return "csv"


def _by_name(name: str, data: bytes) -> str:
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix in ("xlsx", "xlsm"):
        return "xlsx"
    if suffix in ("csv", "tsv", "txt"):
        return "csv"
    if suffix == "json":
        return "json"
    if suffix in ("xls", "ods"):
        abort(415, errors={"file": [(f"«{name}»: a .{suffix} file is not read; save the list "
                                    f"as .xlsx or CSV.")]})
    return _sniff(data)


def _upload() -> tuple[bytes, str, str]:
    """The uploaded file's bytes, its format and a name for it (the request's size limit is
    import limit, ``REGISTRY_IMPORT_MAX_LENGTH``, set before any hook reads it: service.app)."""
    mimetype = request.mimetype
    if mimetype == "multipart/form-data":
        files = request.files.getlist("file")
        if len(files) != 1:
            _unreadable("send exactly one file, in the form field `file`.")
        upload = files[0]
        data = upload.read()
        name = (upload.filename or "upload").strip()[:200] or "upload"
        fmt = _by_name(name, data)
    elif mimetype in CSV_TYPES:
        data, name, fmt = request.get_data(), f"body ({mimetype})", "csv"
    elif mimetype in (XLSX, "application/octet-stream"):
        data = request.get_data()
        name, fmt = f"body ({mimetype})", "xlsx" if mimetype == XLSX else _sniff(data)
    elif mimetype == "application/json":
        data, name, fmt = request.get_data(), "body (application/json)", "json"
    else:
        abort(415, errors={"Content-Type": [
            (f"must be multipart/form-data (field `file`), text/csv, {XLSX} or "
            f"application/json, not {request.content_type or 'absent'}.")]})
    if not data.strip():
        _unreadable("is empty; a list of TTHC is expected.")
    return data, fmt, name


def _csv_text(data: bytes) -> bytes | str:
    charset = request.mimetype_params.get("charset") if request.mimetype in CSV_TYPES else None
    if not charset or charset.lower().replace("-", "") in ("utf8", "usascii"):
        return data
    try:
        return data.decode(charset)
    except LookupError:
        abort(415, errors={"Content-Type": [f"unknown charset {charset}."]})
    except UnicodeDecodeError as exc:
        _unreadable(f"is not {charset}: {exc.reason} at byte {exc.start}.")


def _workbook(data: bytes) -> io.BytesIO:
    """The workbook as a stream (the importer checks what its zip really expands to)."""
    return io.BytesIO(data)


def _parse(data: bytes, fmt: str, name: str, sheet: str | None) -> ParseResult | ProcedureFile:
    bounds = sandbox.Bounds.of(current_app.config)
    try:  # a workbook or a CSV is read in a process of its own, with a memory and a time limit
        if fmt == "xlsx":
            return sandbox.run(parse_xlsx, _workbook(data), sheet=sheet, source=name,
                               bounds=bounds)
        if fmt == "json":
            return parse_procedure_file(data, source=name)
        return sandbox.run(parse_csv, _csv_text(data), source=name, bounds=bounds)
    except HTTPException:
        raise
    except sandbox.Exceeded as exc:
        _unreadable(f"«{name}»: {exc.vi} ({exc.en})")
    except UnreadableFile as exc:
        _unreadable(f"{exc}.")
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file makes a reader raise
        current_app.logger.info("unreadable registry import %s: %r", name, exc)
        _unreadable(f"cannot be read as {'an Excel workbook' if fmt == 'xlsx' else fmt}: "
                    f"{type(exc).__name__}.")


def _import_report(report: ImportReport, parsed: ParseResult | ProcedureFile, fmt: str,
                   strict: bool) -> dict:
    body = report.to_dict()
    older = [{k: v for k, v in o.items() if v is not None} for o in body.pop("older")]
    return {"source": body["source"], "province": body["province"],
            "provinces": body["provinces"], "format": fmt, "strict": strict,
            "refused": body["refused"], "rows": body["rows"],
            "bad_rows": sorted({p.row for p in report.problems}),
            "problems": body["problems"], "created": body["created"],
            "superseded": body["superseded"], "unchanged": body["unchanged"], "older": older,
            "header_row": getattr(parsed, "header_row", None),
            "columns": getattr(parsed, "columns", {}),
            "skipped": getattr(parsed, "skipped", []), "notes": body["notes"],
            "readings": body["readings"]}


def _problem_errors(problems: list[Problem]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for p in problems:
        key = f"rows.{p.row}.{p.column}" if p.column else f"rows.{p.row}"
        errors.setdefault(key, []).append(p.reason + (f" (value: «{p.value}»)" if p.value
                                                      else ""))
    return errors


@blp.route("/registry/imports", methods=["POST"])
@blp.arguments(ImportQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@blp.doc(requestBody=IMPORT_BODY)
@blp.alt_response(200, schema=ImportReportSchema, success=True,
                  description="Imported: the good rows went in (in one transaction); every "
                              "bad row is in `problems`. Importing the same file again "
                              "changes nothing (`unchanged`).")
@blp.alt_response(422, schema=ImportRefusedSchema,
                  description="`strict` and some row was bad: nothing was imported (or a "
                              "query parameter is wrong).")
@blp.alt_response(400, response="BAD_REQUEST")
@blp.alt_response(409, response="CONFLICT")
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
def import_list(strict: bool = False, sheet: str | None = None, province: str | None = None):
    """Import a published TTHC list

    Reads a CSV or Excel list of TTHC (or a JSON file of approved internal and electronic
    procedures) into the registry. A row already held changes nothing; a row of a later
    decision adds a new version and keeps the old one.
    """
    data, fmt, name = _upload()
    parsed = _parse(data, fmt, name, sheet)
    found = parsed.entries if isinstance(parsed, ProcedureFile) else parsed.rows
    if not found and parsed.problems and parsed.problems[0].row == 1 \
            and parsed.problems[0].column == "":
        _unreadable(f"«{name}»: {parsed.problems[0].reason}.")
    registry = RegistryStore(store())
    try:
        if isinstance(parsed, ProcedureFile):
            report = registry.import_procedures(parsed, strict=strict, province=province)
        else:
            report = registry.import_list(parsed, strict=strict, province=province)
    except IntegrityError:
        abort(409, errors={"file": [("another import changed the same TTHC at the same "
                                    "moment; nothing was imported: send it again.")]})
    body = _import_report(report, parsed, fmt, strict)
    if report.refused:
        status = HTTPStatus.UNPROCESSABLE_ENTITY
        return jsonify({"errors": _problem_errors(report.problems), "status": status.value,
                        "message": status.phrase, "report": body}), status.value
    return jsonify(body), 200


# --- one TTHC -----------------------------------------------------------------------------

class AsOfQuerySchema(Schema):
    as_of = IsoDate(metadata={"description": "The day whose versions are `in force` "
                                             "(default: today)."})
    province = province_field("The province whose registry is read.")


class TimeLimitSchema(Schema):
    value = fields.Float(required=True)
    unit = Enum(UNITS, required=True)


class VersionSchema(Schema):
    valid_from = IsoDate(required=True)
    valid_to = IsoDate(required=True, allow_none=True, metadata={
        "description": "The first day it no longer holds; null while in force."})
    in_force = fields.Boolean(required=True, metadata={"description": "On `as_of`."})
    recorded_at = fields.DateTime(required=True)
    source = _opt_str(metadata={"description": "The file and row, or the approval, it "
                                               "came from."})


class ProcedureVersionSchema(VersionSchema):
    name = _str()
    field = _opt_str()
    managing_agency = _opt_str()
    handling_agency = _opt_str()
    tiers = fields.List(Enum(TIERS), required=True)
    reception = _opt_str()
    time_limit = fields.Nested(TimeLimitSchema, required=True, allow_none=True)
    time_limit_text = _opt_str()
    status = Enum(("in_force", "abolished"), required=True)
    change = _opt_str(metadata={"description": f"One of {', '.join(CHANGES)}."})
    decision_number = _opt_str()
    decision_date = IsoDate(required=True, allow_none=True)
    readings = fields.List(fields.String(), required=True, metadata={
        "description": "How the published list's row was read, where a reading is an "
                       "assumption (empty when none, or when an approval wrote it)."})


class InternalVersionSchema(VersionSchema):
    decision_number = _opt_str()
    decision_date = IsoDate(required=True, allow_none=True)
    steps = _list(StepSchema)
    step_count = fields.Integer(required=True)
    counted_hours = fields.Float(required=True, metadata={
        "description": "Counted steps' durations, in working hours."})
    needs_amendment = fields.Boolean(required=True, metadata={
        "description": "§QTNB-7: the TTHC changed its time limit, place or sequence since."})


class ElectronicVersionSchema(VersionSchema):
    platform = Enum(PLATFORMS, required=True)
    scope = Enum(SCOPES, required=True)
    national_portal_connected = fields.Boolean(required=True, allow_none=True)
    based_on_decision = _opt_str()


class TierRecordSchema(Schema):
    tier = Enum(TIERS, required=True)
    variant = _opt_str(metadata={"description": "The printed sub-case, when the TTHC has "
                                                "several step tables; null for none."})
    internal_procedure = fields.Nested(InternalVersionSchema, required=True, allow_none=True,
                                       metadata={"description": "In force on `as_of`."})
    electronic_procedure = fields.Nested(ElectronicVersionSchema, required=True,
                                         allow_none=True)
    internal_procedure_history = _list(InternalVersionSchema, metadata={
        "description": "Every version, oldest first."})
    electronic_procedure_history = _list(ElectronicVersionSchema)


class RegistryLinksSchema(Schema):
    self = _str()
    coverage = _str()


class RegistryProcedureSchema(Schema):
    code = _str()
    province = _str()
    as_of = IsoDate(required=True)
    procedure = fields.Nested(ProcedureVersionSchema, required=True, allow_none=True,
                              metadata={"description": "The version in force on `as_of`; "
                                                       "null when none."})
    history = _list(ProcedureVersionSchema, metadata={"description": "Oldest first."})
    tiers = _list(TierRecordSchema, metadata={
        "description": "Each tier of the TTHC, and each tier the registry holds a procedure "
                       "for, in the order province, district, commune (and, within a "
                       "tier, by variant)."})
    links = fields.Nested(RegistryLinksSchema, required=True)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _version(row: Any, day: date) -> dict:
    return {"valid_from": row.valid_from.isoformat(), "valid_to": _day(row.valid_to),
            "in_force": row.valid_from <= day and (row.valid_to is None or day < row.valid_to),
            "recorded_at": _moment(row.recorded_at), "source": row.source}


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _procedure_version(row: Any, day: date) -> dict:
    limit = None
    if row.time_limit_value is not None and row.time_limit_unit:
        limit = {"value": _number(row.time_limit_value), "unit": row.time_limit_unit}
    return {**_version(row, day), "name": row.name, "field": row.field,
            "managing_agency": row.managing_agency, "handling_agency": row.handling_agency,
            "tiers": list(row.tiers), "reception": row.reception, "time_limit": limit,
            "time_limit_text": row.time_limit_text, "status": row.status, "change": row.change,
            "decision_number": row.decision_number, "decision_date": _day(row.decision_date),
            "readings": list(row.readings or [])}


def _internal_version(row: Any, day: date) -> dict:
    return {**_version(row, day), "decision_number": row.decision_number,
            "decision_date": _day(row.decision_date), "steps": row.steps,
            "step_count": row.step_count, "counted_hours": _number(row.counted_hours),
            "needs_amendment": row.needs_amendment}


def _electronic_version(row: Any, day: date) -> dict:
    return {**_version(row, day), "platform": row.platform, "scope": row.scope,
            "national_portal_connected": row.national_portal_connected,
            "based_on_decision": row.based_on_decision}


@blp.route("/registry/procedures/<code>", methods=["GET"])
@blp.arguments(AsOfQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@blp.alt_response(200, schema=RegistryProcedureSchema, success=True,
                  description="The TTHC, its versions, and its procedures per tier.")
@blp.alt_response(404, response="NOT_FOUND")
def get_procedure(code: str, as_of: date | None = None, province: str | None = None):
    """Read one TTHC of the registry"""
    day = as_of or date.today()
    where = province or default_province()
    found = RegistryStore(store()).records(code, where) if TTHC_CODE.fullmatch(code) \
        else ([], [], [])
    procedures, internal, electronic = found
    if not any(found):
        abort(404, errors={"code": [f"the registry of {where} holds no TTHC {code}."]})
    history = [_procedure_version(p, day) for p in procedures]
    current = next((v for v in reversed(history) if v["in_force"]), None)
    keys = {(t, "") for t in (current["tiers"] if current else ())} | {
        (r.tier, r.variant) for r in (*internal, *electronic)}
    rows = []
    for tier, variant in sorted(keys, key=lambda k: (TIERS.index(k[0]), k[1])):
        ips = [_internal_version(r, day) for r in internal
               if (r.tier, r.variant) == (tier, variant)]
        eps = [_electronic_version(r, day) for r in electronic
               if (r.tier, r.variant) == (tier, variant)]
        rows.append({"tier": tier, "variant": variant or None,
                     "internal_procedure": next((v for v in ips if v["in_force"]), None),
                     "electronic_procedure": next((v for v in eps if v["in_force"]), None),
                     "internal_procedure_history": ips,
                     "electronic_procedure_history": eps})
    links = {"self": url_for("registry.get_procedure", code=code, province=province),
             "coverage": url_for("registry.get_coverage", province=province)}
    return jsonify({"code": code, "province": where, "as_of": day.isoformat(),
                    "procedure": current, "history": history, "tiers": rows,
                    "links": links}), 200


# --- coverage -----------------------------------------------------------------------------

class CoverageQuerySchema(Schema):
    as_of = IsoDate(metadata={"description": "The records in force on this day (default: "
                                             "today)."})
    province = province_field("The province whose registry is reported.")
    format = _enum(("json", "csv"), (
        "`csv`: the figures (or, with `gaps`, the gaps) as CSV. Without it, "
                       "`Accept: text/csv` asks for CSV."))
    gaps = fields.Boolean(load_default=False, metadata={
        "description": "With CSV: the gaps, one line per procedure-tier missing something."})
    labels = _enum(CSV_LABELS, (
        "With CSV: `vi` (default) Vietnamese column names, tiers and what is missing, "
        "percentages as «66,7%», UTF-8 with a byte-order mark so that Excel opens it right "
        "on a double-click; `en` the same in English; `keys` the machine form (JSON keys "
        "and values, no byte-order mark). In every form a cell beginning with `=`, `+`, `-`, "
        "`@`, tab or carriage return gets a single quote in front (OWASP's advice against "
        "CSV injection): the exact values are in the JSON report."), load_default="vi")
    agency = text(300, metadata={"description": "Only this agency's procedure-tiers (case "
                                                "and accents aside)."})
    tier = _enum(TIERS, "Only this tier.")
    field = text(300, metadata={"description": "Only this field (lĩnh vực)."})


class CoverageRowSchema(Schema):
    group = Enum(("total", "agency", "tier", "field"), required=True)
    key = _str()
    tthc = fields.Integer(required=True)
    procedure_tiers = fields.Integer(required=True)
    with_internal_procedure = fields.Integer(required=True)
    with_electronic_procedure = fields.Integer(required=True)
    with_both = fields.Integer(required=True)
    pct_internal_procedure = fields.Float(required=True, allow_none=True)
    pct_electronic_procedure = fields.Float(required=True, allow_none=True)
    pct_both = fields.Float(required=True, allow_none=True)


class GapSchema(Schema):
    code = _str()
    name = _str()
    tier = Enum(TIERS, required=True)
    agency = _str()
    field = _str()
    missing = fields.List(Enum(("internal_procedure", "internal_procedure_amendment",
                                "electronic_procedure")), required=True)


class UnmatchedSchema(Schema):
    kind = Enum(("internal_procedure", "electronic_procedure"), required=True)
    code = _str()
    tier = _str()
    reason = _str()


class CoverageSchema(Schema):
    as_of = IsoDate(required=True)
    province = _str(metadata={"description": "The province whose registry is reported."})
    filters = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    definitions = fields.Dict(keys=fields.String(), values=fields.String(), required=True,
                              metadata={"description": "How the figures are counted."})
    totals = fields.Nested(CoverageRowSchema, required=True)
    by_agency = _list(CoverageRowSchema)
    by_tier = _list(CoverageRowSchema)
    by_field = _list(CoverageRowSchema)
    gaps = _list(GapSchema, metadata={"description": "Procedure-tiers missing an internal "
                                                     "procedure, its amendment, or an "
                                                     "electronic procedure."})
    tthc_without_tier = fields.List(fields.String(), required=True)
    unmatched = _list(UnmatchedSchema, metadata={
        "description": "Procedures held for no TTHC in force at that tier."})


CSV_RESPONSE = {"text/csv": {"schema": {"type": "string"}, "example":
                             "\ufeffNhóm,Tên nhóm,Số TTHC,Số TTHC × cấp,Có quy trình nội bộ,…"
                             "\r\nTổng,Tất cả,282,322,12,9,9,\"4,3%\",…\r\n"}}


@blp.route("/coverage", methods=["GET"])
@blp.arguments(CoverageQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@blp.alt_response(200, schema=CoverageSchema, success=True,
                  description="§CHUNG: how many TTHC in force have an approved internal "
                              "procedure, an electronic procedure, both — in total, per "
                              "agency, tier and field — and the gaps. As CSV with "
                              "`format=csv` or `Accept: text/csv`.")
@blp.doc(responses={200: {"content": CSV_RESPONSE}})
def get_coverage(format: str | None = None, gaps: bool = False, as_of: date | None = None,
                 labels: str = "vi", **filters: str):
    """The §CHUNG coverage report"""
    report = RegistryStore(store()).coverage(as_of, **filters)
    fmt = format or ("csv" if request.accept_mimetypes.best_match(
        ["application/json", "text/csv"]) == "text/csv" else "json")
    if fmt == "json":
        return jsonify(report), 200, {"Vary": "Accept"}
    name = f"coverage{'-gaps' if gaps else ''}-{report['province']}-{report['as_of']}.csv"
    text = gaps_to_csv(report, labels) if gaps else report_to_csv(report, labels)
    return Response(text.encode("utf-8"), 200, content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"',
                             "Vary": "Accept"})


# --- approvals ----------------------------------------------------------------------------

class ApprovalRequestSchema(Schema):
    class Meta:
        unknown = RAISE

    decision = text(100, required=True, metadata={
        "description": "The approving decision's number.", "example": "1580/QĐ-UBND"})
    decided_on = IsoDate(required=True, metadata={
        "description": "Its date; the registry holds what it approves from this day. Not "
                       "before the submission's `submitted_on`."})
    approved_by = fields.Nested(AgencySchema, metadata={
        "description": "Who signed it; default the Chairman of the Provincial PC."})
    approves_internal_procedures = StrictBool(load_default=True, metadata={
        "description": "A publication's decision only: `false` when it publishes the TTHC "
                       "but does not approve the internal procedures the submission "
                       "carried (the Chairman approves those by a decision of their own, "
                       "recorded on an `internal_procedure` submission). Its TTHC whose "
                       "time limit, place or sequence changed then keep their approved "
                       "internal procedure marked as needing amendment (§QTNB-7)."})


class EffectSchema(Schema):
    variant = fields.String(metadata={"description": "The variant of the internal or "
                                                     "electronic procedure, when it has one."})
    action = Enum(("procedure_published", "procedure_abolished", "internal_procedure_approved",
                   "electronic_procedure_recorded", "internal_procedure_retired",
                   "electronic_procedure_retired", "internal_procedure_needs_amendment"),
                  required=True)
    code = _str()
    tier = Enum(TIERS)
    outcome = _enum(("created", "superseded", "unchanged", "older", "retired", "flagged",
                     "skipped"), "`older`: the registry holds a version from a later date, "
                                 "left as it is (see `detail`).", required=True)
    change = Enum(CHANGES)
    changed_elements = fields.List(fields.String())
    decision = fields.String(metadata={"description": "The decision of the procedure "
                                                      "retired or flagged."})
    amends = fields.String()
    valid_to = IsoDate()
    detail = fields.String()


class ApprovalLinksSchema(Schema):
    self = _str()
    submission = _str()


class ApprovalSchema(Schema):
    submission_id = _str(validate=validate.Regexp(ULID_PATTERN))
    province = _str(metadata={"description": "The submission's province: the registry the "
                                             "approval wrote to."})
    decision = _str()
    decided_on = IsoDate(required=True)
    approved_by = fields.Nested(AgencySchema, required=True)
    recorded_at = fields.DateTime(required=True, metadata={"description": "UTC"})
    effects = _list(EffectSchema, metadata={"description": "What the registry recorded, "
                                                           "retired or flagged."})
    links = fields.Nested(ApprovalLinksSchema, required=True)


APPROVAL_BODY = {"required": True, "content": {"application/json": {
    "schema": ApprovalRequestSchema,
    "example": {"decision": "1580/QĐ-UBND", "decided_on": "2022-05-12",
                "approved_by": {"type": "ppc_chairman"}}}}}


def _clean(node: Any) -> Any:
    """null and blank strings read as absent (as in a submission)."""
    if isinstance(node, dict):
        return {k: _clean(v) for k, v in node.items()
                if v is not None and not (isinstance(v, str) and not v.strip())}
    return node


def _approval_url(submission_id: str) -> str:
    return url_for("registry.get_approval", submission_id=submission_id)


def _approval_body(record: approvals.ApprovalRecord) -> dict:
    return {**record.to_dict(),
            "links": {"self": _approval_url(record.submission_id),
                      "submission": url_for("submissions.get_submission",
                                            submission_id=record.submission_id)}}


def _known_id(submission_id: str) -> None:
    if not re.fullmatch(ULID_PATTERN, submission_id):
        abort(404, errors={"id": [f"no submission {submission_id}."]})


def approval_history(submission_id: str) -> list[dict]:
    """The ``approved`` event of a stored submission's history (none while not approved)."""
    record = approvals.approval_of(RegistryStore(store()), submission_id)
    if record is None:
        return []
    return [{"event": "approved", "at": _moment(record.recorded_at),
             "decision": record.decision_number, "decided_on": record.decided_on.isoformat(),
             "approved_by": record.approved_by, "approval": _approval_url(submission_id)}]


@blp.route("/submissions/<submission_id>/approval", methods=["POST"])
@blp.doc(requestBody=APPROVAL_BODY)
@blp.alt_response(201, schema=ApprovalSchema, success=True, headers={
    "Location": {"description": "The approval.", "schema": {"type": "string"}}},
    description="Recorded; the registry holds what the submission carried.")
@blp.alt_response(400, response="BAD_REQUEST")
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(409, response="CONFLICT")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
@blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def create_approval(submission_id: str):
    """Record the decision approving a stored submission

    A reviewer records the Chairman's decision (number, date) on a stored submission whose
    verdict was `accepted` or `needs_review`, once. The registry then holds the internal
    and electronic procedures it carried; a publication's TTHC are published or abolished
    (their procedures retired), and one whose time limit, place or sequence changed has its
    approved internal procedure marked as needing amendment (§QTNB-7) until an amendment is
    approved.
    """
    _known_id(submission_id)
    raw, problems = read_json()
    errors: dict[str, list[str]] = {}
    body: dict = {}
    if not isinstance(raw, dict):
        errors["body"] = ["must be a JSON object."]
    else:
        try:
            body = ApprovalRequestSchema().load(_clean(raw))
        except ValidationError as exc:
            errors = flatten_errors(exc.messages)
    for path, messages in problems.items():
        errors.setdefault(path, []).extend(messages)
    if errors:
        abort(422, errors=errors)
    try:
        record = approvals.approve(RegistryStore(store()), submission_id,
                                   body["decision"].strip(), body["decided_on"],
                                   body.get("approved_by"),
                                   body["approves_internal_procedures"])
    except approvals.SubmissionNotFound as exc:
        abort(404, errors={"id": [str(exc)]})
    except approvals.DecidedBeforeSubmission as exc:
        abort(422, errors={"decided_on": [str(exc)]})
    except approvals.NotForKind as exc:
        abort(422, errors={"approves_internal_procedures": [str(exc)]})
    except approvals.AlreadyApproved as exc:
        abort(409, errors={"approval": [str(exc)]},
              headers={"Location": _approval_url(submission_id)})
    except approvals.NotApprovable as exc:
        abort(409, errors={"outcome": [str(exc)]})
    except approvals.ConcurrentChange as exc:
        abort(409, errors={"registry": [str(exc)]})
    body = _approval_body(record)
    return jsonify(body), 201, {"Location": body["links"]["self"]}


@blp.route("/submissions/<submission_id>/approval", methods=["GET"])
@blp.alt_response(200, schema=ApprovalSchema, success=True,
                  description="The decision approving the submission and what it did.")
@blp.alt_response(404, response="NOT_FOUND")
def get_approval(submission_id: str):
    """Read the approval of a stored submission"""
    _known_id(submission_id)
    record = approvals.approval_of(RegistryStore(store()), submission_id)
    if record is None:
        if store().get_submission(submission_id) is None:
            abort(404, errors={"id": [f"no submission {submission_id}."]})
        abort(404, errors={"approval": [f"submission {submission_id} is not approved."]})
    return jsonify(_approval_body(record)), 200

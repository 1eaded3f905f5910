"""Reading a draft decision on the pre-check page: «Tải lên dự thảo (.docx, .html)».

``/check/reading`` takes the dossier's files (the draft decision, its Tờ trình), reads them
with ``service.documents`` and shows what was read, as long as the decision and no longer:

- what cannot be checked yet, as an error summary that links to the field that fixes it;
- a short summary (the Tờ trình, the procedures, the tiers, the totals, what is left open),
  each linking down; the button that checks the dossier stays in sight as the page scrolls;
- the dossier's fields a reviewer corrects (the Tờ trình's number and date, each
  procedure's change);
- every printed step table once, as printed (``service.web.reading_views``): a table shared
  by several procedures shows each procedure's rows under its heading, with what each row
  was read as and that table's corrections (``service.web.reading_fixes``);
- the reading notes, those a reviewer should look at first.

The reviewer corrects it in plain fields and asks for the verdict (``/check/reading/verdict``),
evaluated as ``/check`` evaluates; the verdict comes first on the same page, above the
reading as corrected, each open point linking to its table. The whole submission's JSON is
the advanced form, closed; the fields apply after it. Between two requests the page's state
(what was read, the tables as printed, what each table became) is in the form, signed with
the application's key and compressed: a state that was changed is refused, never trusted.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter

from flask import current_app, request
from flask_babel import gettext, lazy_gettext, ngettext
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import RequestEntityTooLarge

from service.api.http import evaluate
from service.contract.schemas import CHANGES, TIERS, BadInput, load_submission
from service.engine import EngineError
from service.untrusted import sandbox
from service.web.blueprint import bp
from service.web.frame import page, words
from service.web.i18n import format_day, format_number
from service.web.reading_fixes import (
    CASES,
    UNITS,
    Fix,
    apply_changes,
    apply_front,
    apply_tables,
    change_id,
    default_values,
    front_from_form,
    initial_front,
    initial_items,
    item_title,
    point_anchors,
    values_from_form,
)
from service.web.reading_views import (
    duration_words,
    grids_of,
    note_views,
    place_words,
    printed_tables,
    total_words,
)
from service.web.validation import field_label
from service.web.validation import message as contract_message
from service.web.verdicts import verdict_context

__all__ = ["duration_words", "place_words", "total_words"]  # (the page's words, as before)

STATE_SALT = "tthc-rules reading page"
STATE_VERSION = 2

DOCUMENTS = {
    "decision": lazy_gettext("Draft decision"),
    "to_trinh": lazy_gettext("Tờ trình (the department's submission letter)"),
    "unknown": lazy_gettext("Document of unknown kind"),
}
DECISION_KINDS = {
    "publication": lazy_gettext("Decision publishing a list of TTHC"),
    "internal_procedure": lazy_gettext("Decision approving internal procedures"),
    "internal_procedure_amendment": lazy_gettext("Decision amending internal procedures"),
    "electronic_procedure": lazy_gettext("Decision approving electronic procedures"),
}
SIGNED = {
    "self": lazy_gettext("Signed by the Chairman"),
    "on_behalf": lazy_gettext("Signed on the Chairman's behalf (KT. CHỦ TỊCH)"),
    "for_committee": lazy_gettext("Signed for the People's Committee (TM. ỦY BAN NHÂN DÂN)"),
    "by_order": lazy_gettext("Signed by order (TL.)"),
    "by_authorisation": lazy_gettext("Signed by authorisation (TUQ.)"),
}
PROPOSALS = {
    "to_trinh": lazy_gettext("Tờ trình"),
    "proposal_letter": lazy_gettext("Proposal letter («Văn bản số …»)"),
}
UNIT_WORDS = {"working_days": lazy_gettext("working days"),
              "working_hours": lazy_gettext("working hours")}
# what the reading keeps between two requests (the rest of it is not shown again)
TABLE_KEYS = ("where", "heading", "members", "variant", "tiers", "header", "columns", "steps",
              "totals", "phases", "unplaced_rows", "placed_as")


def province_name(slug: str | None) -> str:
    from service.engine.jurisdiction import provinces

    if not slug or not isinstance(slug, str):
        return "—"
    known = provinces().get(slug)
    return known.full_name if known else slug


def province_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The provinces to choose from, by name: the 34 from 01/07/2025, then the former ones."""
    from service.engine.jurisdiction import provinces, slugify

    groups = {True: [], False: []}
    for p in provinces().values():
        groups[p.current].append((p.slug, p.full_name))
    for items in groups.values():
        items.sort(key=lambda item: slugify(item[1].split(" ", 1)[-1]))
    return [(gettext("From 1 July 2025"), groups[True]),
            (gettext("Before 1 July 2025"), groups[False])]


# --- the page's state between two requests ------------------------------------------------------

def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key, salt=STATE_SALT)


def make_state(out: dict, grids: dict) -> dict:
    """What the page keeps of a reading: enough to draw it again and to correct it."""
    reading = out["reading"]
    return {"v": STATE_VERSION,
            "reading": {"files": reading["files"], "notes": reading["notes"],
                        "unplaced": [{k: u.get(k) for k in ("kind", "where", "heading", "steps",
                                                           "reason", "message")}
                                     for u in reading["unplaced"]],
                        "tables": [{k: t.get(k) for k in TABLE_KEYS} for t in reading["tables"]]},
            "grids": [[file, number, [[[c.text, c.row, c.col] for c in line] for line in rows]]
                      for (file, number), rows in grids.items()],
            "items": initial_items(out), "front": initial_front(out["submission"])}


def dump_state(state: dict) -> str:
    return _serializer().dumps(state)


class StateRefused(Exception):
    """The page's state was changed, or comes from another version of the page."""


def load_state(text: str) -> dict | None:
    """The state a page wrote (None when it wrote none); raises :class:`StateRefused`."""
    if not text:
        return None
    try:
        state = _serializer().loads(text)
    except BadSignature:
        raise StateRefused from None
    if not isinstance(state, dict) or state.get("v") != STATE_VERSION:
        raise StateRefused
    return state


def grids_from_state(state: dict) -> dict:
    from service.documents.model import Cell

    return {(file, number): [[Cell(text, r, c) for text, r, c in line] for line in rows]
            for file, number, rows in state["grids"]}


# --- what the page shows --------------------------------------------------------------------------

def _counts(submission: dict) -> dict:
    """The procedures by change, the internal procedures by tier, the open points by kind."""
    def items(key: str) -> list[dict]:
        value = submission.get(key)
        return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []

    procedures = items("procedures")
    return {"procedures": len(procedures),
            "changes": Counter(p.get("change") for p in procedures
                               if p.get("change") in CHANGES),
            "tiers": Counter(ip.get("tier") for ip in items("internal_procedures")
                             if ip.get("tier") in TIERS),
            "points": Counter(_text(p.get("kind")) for p in items("open_points"))}


def _reading_context(state: dict, submission: dict, values: list[dict], front: dict,
                     lang: str) -> dict:
    """Everything the page shows of a reading, as corrected so far."""
    reading = state["reading"]
    marks = {k: set(item["applied"].get("not_steps") or [])
             for k, item in enumerate(state["items"])}
    tables = printed_tables(reading, grids_from_state(state), lang, marks)
    anchors = [""] * len(state["items"])
    for p in tables:
        for view in p.readings:
            if view.k < len(anchors):
                anchors[view.k] = view.anchor
    # what the reviewer has since placed is placed
    for p in tables:
        for view in p.readings:
            if view.k < len(state["items"]):
                view.placed_as = [dict(w) for w in state["items"][view.k]["was"]]
    decision = next((f for f in reading["files"] if f.get("document") == "decision"), None)
    procedures = _procedures_shown(submission)
    by_code: dict[str, list[str]] = {}
    for k, item in enumerate(state["items"]):
        for w in item["was"]:
            if anchors[k] and anchors[k] not in by_code.setdefault(w["procedure_code"], []):
                by_code[w["procedure_code"]].append(anchors[k])
    points = point_anchors(submission, state["items"], anchors)
    segments = {s.anchor: s for p in tables for s in p.segments}
    open_segments = [segments[a] for a in dict.fromkeys(points.values()) if a in segments]
    return {"reading": reading, "tables": tables, "items": state["items"], "values": values,
            "open_segments": open_segments,
            "front": front, "decision": decision, "procedures": procedures,
            "procedure_tables": by_code, "read_counts": _counts(submission),
            "point_links": points, "notes": note_views(reading, tables, lang),
            "publication": submission.get("kind") == "publication",
            "shown": _submission_shown(submission)}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _procedures_shown(submission: dict) -> list[dict]:
    """The submission's procedures as the page lists them, whatever the advanced form made
    of them (only what has the contract's shape is shown)."""
    procedures = submission.get("procedures")
    out = []
    for p in procedures if isinstance(procedures, list) else []:
        if isinstance(p, dict) and _text(p.get("code")):
            tiers = p.get("tiers") if isinstance(p.get("tiers"), list) else []
            out.append({"code": p["code"], "name": _text(p.get("name")),
                        "tiers": [x for x in tiers if x in TIERS],
                        "change": p.get("change") if p.get("change") in CHANGES else None})
    return out


def _submission_shown(submission: dict) -> dict:
    """The submission's fields the page says in words, only where they have the contract's
    shape (the advanced form may have made them anything)."""
    out: dict = {}
    for key in ("kind", "province"):
        out[key] = _text(submission.get(key))
    for key in ("submitter", "approver"):
        agency = submission.get(key)
        if isinstance(agency, dict):
            out[key] = {k: _text(agency.get(k)) for k in ("name", "signed_as", "signer")}
    return out


def _show(status: int = 200, **given):
    """The page, with what it shows by default and what follows from what it is given."""
    context = {"state": None, "reading": None, "tables": [], "notes": [], "fixes": [],
               "fixes_title": None, "items": [], "values": [], "verdict": None,
               "json_text": "", "advanced_open": False, "tiers": TIERS, "documents": DOCUMENTS,
               "decision_kinds": DECISION_KINDS, "signed": SIGNED, "proposals": PROPOSALS,
               "changes": CHANGES, "units": UNITS, "unit_words": UNIT_WORDS, "cases": CASES,
               "province_name": province_name, "provinces": province_choices(),
               "item_title": item_title, "change_id": change_id, "province": "",
               "submission": None, "front": None, "state_text": "", **given}
    errors: dict[str, str] = {}
    for fix in context["fixes"]:
        errors.setdefault(fix.target, fix.message)
    context["field_errors"] = errors
    context["error_tables"] = {int(found[1]) for found in (
        re.match(r"(?:code|tier|variant|limit|case)_(\d+)(?:_|$)", name) for name in errors)
        if found}
    context["shown_day"] = shown_day
    return page("reading.html", status, **context)


def shown_day(value: str) -> str:
    """A date as people write it (29/11/2025); what is not a date, as it was typed."""
    from datetime import date

    try:
        return format_day(date.fromisoformat(value))
    except (TypeError, ValueError):
        return value


def _upload_problem(status: int, target: str, what: str, message: str):
    return _show(status, fixes=[Fix(target, what, message)],
                 fixes_title=ngettext("The draft cannot be read: %(num)d problem",
                                      "The draft cannot be read: %(num)d problems", 1))


def contract_fixes(errors: dict, raw: dict, items: list[dict]) -> tuple[list[Fix], bool]:
    """The contract's errors as an error summary, each linking to the field that fixes it
    when there is one (a table's code, the Tờ trình's date or number), else to the advanced
    form; and whether that is needed."""
    t = words()
    fixes, advanced = [], False
    ips = raw.get("internal_procedures") if isinstance(raw.get("internal_procedures"), list) \
        else []
    empty = [k for k, item in enumerate(items) if not item["was"]]
    for path, messages in errors.items():
        target = None
        found = re.match(r"internal_procedures\.(\d+)(\.procedure_code|\.tier)?\Z", path)
        if found and int(found[1]) < len(ips) and isinstance(ips[int(found[1])], dict):
            ip = ips[int(found[1])]
            target = next((f"code_{k}" for k, item in enumerate(items) if any(
                ip.get("procedure_code") == w["procedure_code"] and ip.get("tier") == w["tier"]
                for w in item["was"])), None)
        elif path == "procedures" and empty:
            target = f"code_{empty[0]}"
        elif path in ("submitted_on", "reference") and items:
            target = path
        if target is None:
            target, advanced = "submission", True
        fixes.append(Fix(target, field_label(path),
                         " ".join(contract_message(m, t, path) for m in messages)))
    return fixes, advanced


def reading_fixes(out: dict, items: list[dict]) -> tuple[list[Fix], bool]:
    """What keeps the reading from being checked: its tables without a code, then what the
    contract still misses."""
    contract = out["reading"].get("contract") or {}
    if contract.get("valid", True):
        return [], False
    fixes = [Fix(f"code_{k}", item_title(k, item),
                 gettext("no procedure code; type the code of the procedure it serves."))
             for k, item in enumerate(items) if not item["was"]]
    errors = {path: messages for path, messages in (contract.get("errors") or {}).items()
              if not (path == "procedures" and fixes)}
    more, advanced = contract_fixes(errors, out["submission"], items)
    return fixes + more, advanced


def _json(raw: dict) -> str:
    return json.dumps(raw, ensure_ascii=False, indent=2)


# --- the pages --------------------------------------------------------------------------------

def _read(files: list[tuple[str, bytes]], province: str | None) -> tuple[dict, dict]:
    """The reading and the decision's tables as printed (run in the reading's process)."""
    from service.documents import read_files

    layout: dict = {}
    return read_files(files, province, layout=layout), layout


@bp.route("/check/reading", methods=["GET", "POST"])
def check_reading():
    from service.documents import Unreadable
    from service.engine.jurisdiction import known

    if request.method == "GET":
        return _show()
    try:  # the body's limit is the endpoint's (service.app.BODY_LIMITS)
        uploads = [u for u in request.files.getlist("files") + request.files.getlist("file")
                   if u is not None and (u.filename or "").strip()]
        province = request.form.get("province", "").strip() or None
        files = [((u.filename or "tệp").strip()[:200], u.read()) for u in uploads]
    except RequestEntityTooLarge:
        limit = format_number(request.max_content_length / (1024 * 1024))
        return _upload_problem(413, "files", gettext("The dossier's files"), gettext(
            "the files are too large: together they may hold at most %(limit)s MiB.",
            limit=limit))
    if not files:
        return _upload_problem(400, "files", gettext("The dossier's files"),
                               gettext("no file was chosen."))
    if province and not known(province):
        return _upload_problem(422, "province", gettext("Province"), gettext(
            "«%(value)s» is not a province this service knows.", value=province))
    try:  # in a process of its own, with a memory and a time limit
        out, layout = sandbox.run(_read, files, province,
                                  bounds=sandbox.Bounds.of(current_app.config))
    except Unreadable as exc:
        return _upload_problem(422, "files", exc.file or gettext("The dossier's files"),
                               exc.vi if words().lang == "vi" else exc.en)
    except sandbox.Exceeded as exc:
        return _upload_problem(422, "files", gettext("The dossier's files"),
                               exc.vi if words().lang == "vi" else exc.en)
    state = make_state(out, grids_of(layout, out["reading"]))
    fixes, advanced = reading_fixes(out, state["items"])
    context = _reading_context(state, out["submission"], default_values(state["items"]),
                               state["front"], words().lang)
    return _show(
        **context, state_text=dump_state(state), fixes=fixes, advanced_open=advanced,
        province=province or "", submission=out["submission"],
        fixes_title=ngettext("It cannot be checked yet: %(num)d thing to complete",
                             "It cannot be checked yet: %(num)d things to complete",
                             len(fixes)),
        json_text=_json(out["submission"]))


@bp.route("/check/reading/verdict", methods=["POST"])
def check_reading_verdict():  # the body's limit is the endpoint's (service.app.BODY_LIMITS)
    text = request.form.get("submission", "")
    lang = words().lang
    try:
        state = load_state(request.form.get("state", ""))
    except StateRefused:
        return _upload_problem(400, "files", gettext("The page's data"), gettext(
            "it was changed, or comes from an older page: read the files again."))
    items = state["items"] if state else []
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raw = exc
    procedures = raw.get("procedures") if isinstance(raw, dict) and \
        isinstance(raw.get("procedures"), list) else []
    front = state["front"] if state else None
    wanted_front, front_problems = (front_from_form(front, request.form, procedures)
                                    if front else (None, []))
    values, wants, table_problems = values_from_form(items, request.form)

    def shown(status: int, fixes: list[Fix], advanced: bool = False, json_text: str = text,
              shown_values: list[dict] | None = None, shown_front: dict | None = None,
              submission: dict | None = None, **more):
        context = {"json_text": json_text, "fixes": fixes, "advanced_open": advanced,
                   "submission": submission, **more}
        if state:
            read = submission or (raw if isinstance(raw, dict) else {})
            context.update(_reading_context(
                state, read, shown_values if shown_values is not None else values,
                shown_front or wanted_front, lang))
            context["state_text"] = dump_state(state)
            _link_points(context)
        if fixes:
            context["fixes_title"] = ngettext("The correction has %(num)d problem",
                                              "The correction has %(num)d problems",
                                              len(fixes))
        return _show(status, **context)

    what = gettext("The submission (advanced form)")
    if isinstance(raw, ValueError):
        where = getattr(raw, "lineno", None)
        return shown(400, [Fix("submission", what, gettext(
            "not valid JSON: the text stops making sense at line %(line)s, column %(column)s.",
            line=where, column=getattr(raw, "colno", None)) if where else gettext(
            "not valid JSON."))], True)
    if not isinstance(raw, dict):
        return shown(422, [Fix("submission", what, gettext(
            "must be one submission, in braces { }."))], True)
    if front_problems or table_problems:
        return shown(422, front_problems + table_problems)
    before = copy.deepcopy(state) if state else None
    if state:
        apply_front(raw, state["front"], wanted_front)
        apply_tables(raw, items, wants)
        apply_changes(raw, state["front"], wanted_front)
        state["front"] = initial_front(raw)
    text = _json(raw)
    try:
        submission = load_submission(raw)
    except BadInput as exc:
        fixes, advanced = contract_fixes(exc.errors, raw, items)
        return shown(422, fixes, advanced, json_text=text, shown_values=default_values(items),
                     shown_front=state["front"] if state else None)
    try:
        verdict = evaluate(submission)
        store = current_app.extensions.get("tthc-rules", {}).get("store")
        if store is not None:
            store.record_precheck(submission, verdict)
    except (EngineError, SQLAlchemyError) as exc:
        current_app.logger.error("reading page could not evaluate", exc_info=exc)
        if before is not None:
            state = before
        return shown(503, [Fix("correct-title", gettext("The check"), gettext(
            "it cannot run right now; please try again later."))])
    return shown(200, [], json_text=text, submission=submission,
                 shown_values=default_values(items),
                 shown_front=state["front"] if state else None,
                 **verdict_context(verdict, submission, words()))


def _link_points(context: dict) -> None:
    """Each finding about an open point links to the table on the page it came from."""
    links = context.get("point_links") or {}
    for group in context.get("groups") or []:
        for tier in group.tiers:
            for finding in tier.findings:
                path = (finding.get("subject") or {}).get("path") or ""
                if path.startswith("open_points."):
                    index = path.split(".")[1]
                    if index.isdigit() and int(index) in links:
                        finding["table_anchor"] = links[int(index)]

"""Reading approved internal procedures and electronic procedures from a JSON file.

The file is a list of entries, or ``{"internal_procedures": [...], "electronic_procedures":
[...]}``. An internal-procedure entry is what provinces publish with an approving decision
(the shape of ``internal_procedures_sample.json``): ``procedure_code``, ``tier`` (as printed;
several tiers give one entry each), ``decision_number``, ``decision_date``, ``steps`` (contract
Steps; extra keys such as ``label`` or ``duration_text`` are ignored), optionally
``needs_amendment``. An electronic-procedure entry has ``"kind": "electronic_procedure"``,
``procedure_code``, ``tier``, ``platform`` and optionally ``scope``,
``national_portal_connected``, ``based_on_decision``, ``valid_from``. Either kind may say its
``variant`` (the printed sub-case of a TTHC with several step tables) and its ``province``
(slug or printed name, as ``province: "Nghệ An"`` in the published sample; the import decides
where it goes, ``service.registry.store``).

Every entry is either read or named in ``problems`` (row = its position in the file, from 1;
column = the key at fault). Pure: no database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from service.contract.schemas import PLATFORMS, SCOPES, UNITS, variant_key
from service.registry.importer import Problem
from service.registry.normalise import (
    clean_text,
    normalise_code,
    normalise_date,
    normalise_tiers,
)

KINDS = ("internal_procedure", "electronic_procedure")


@dataclass
class ProcedureEntry:
    """One approved internal procedure, or one electronic procedure, at one tier."""
    kind: str
    row: int
    code: str
    tier: str
    decision_number: str | None = None
    decision_date: date | None = None
    steps: list[dict] = field(default_factory=list)
    needs_amendment: bool = False
    platform: str | None = None
    scope: str = "tier_wide"
    national_portal_connected: bool | None = None
    based_on_decision: str | None = None
    valid_from: date | None = None
    variant: str = ""  # variant_key(); "" for none
    province: str | None = None  # as printed; None when the entry does not say
    notes: list[str] = field(default_factory=list)  # how it was read (as the list importer's)


@dataclass
class ProcedureFile:
    source: str
    entries: list[ProcedureEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def parse_procedure_file(data: bytes | str, source: str = "<json>") -> ProcedureFile:
    result = ProcedureFile(source)
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        result.problems.append(Problem(1, "", f"không phải JSON hợp lệ: {exc}"))
        return result
    if isinstance(document, dict) and not ({"internal_procedures", "electronic_procedures"}
                                           & set(document)):
        result.problems.append(Problem(1, "", "cần một danh sách mục, hoặc một đối tượng có "
                                              "internal_procedures hoặc electronic_procedures"))
        return result
    if isinstance(document, dict):
        items = [({"kind": "internal_procedure"} | i) if isinstance(i, dict) else i
                 for i in document.get("internal_procedures", [])]
        items += [({"kind": "electronic_procedure"} | i) if isinstance(i, dict) else i
                  for i in document.get("electronic_procedures", [])]
    elif isinstance(document, list):
        items = document
    else:
        result.problems.append(Problem(1, "", "cần một danh sách mục"))
        return result
    for number, item in enumerate(items, start=1):
        entries, problems = _entry(number, item)
        result.entries += entries
        result.problems += problems
    return result


def _entry(number: int, item: Any) -> tuple[list[ProcedureEntry], list[Problem]]:
    if not isinstance(item, dict):
        return [], [Problem(number, "", "mỗi mục phải là một đối tượng JSON")]
    problems: list[Problem] = []

    def fail(column: str, reason: str, value: Any = "") -> None:
        problems.append(Problem(number, column, reason, clean_text(value)))

    kind = item.get("kind") or "internal_procedure"
    if kind not in KINDS:
        fail("kind", f"«{kind}» không phải một trong {', '.join(KINDS)}", kind)
    printed = item.get("procedure_code", item.get("code"))
    code = normalise_code(printed)
    if code is None:
        fail("procedure_code", "thiếu mã TTHC" if not clean_text(printed)
             else f"«{clean_text(printed)}» không phải mã TTHC quốc gia", printed)
    decided = normalise_date(item.get("decision_date"))
    if decided.error:
        fail("decision_date", decided.error, item.get("decision_date"))
    tiers = normalise_tiers(item.get("tier"), decided.value)
    if tiers.error:
        fail("tier", tiers.error, item.get("tier"))
    elif not tiers.value:
        fail("tier", "thiếu cấp thực hiện")
    valid_from = normalise_date(item.get("valid_from"))
    if valid_from.error:
        fail("valid_from", valid_from.error, item.get("valid_from"))
    for key in ("decision_number", "based_on_decision"):
        if len(clean_text(item.get(key))) > 100:
            fail(key, "dài quá 100 ký tự", clean_text(item.get(key))[:100] + "…")
    for key, limit in (("variant", 300), ("province", 100)):
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            fail(key, "phải là văn bản", value)
        elif len(clean_text(value)) > limit:
            fail(key, f"dài quá {limit} ký tự", clean_text(value)[:100] + "…")
    common = {"decision_number": clean_text(item.get("decision_number")) or None,
              "decision_date": decided.value, "valid_from": valid_from.value,
              "variant": variant_key(clean_text(item.get("variant")) or None),
              "province": clean_text(item.get("province")) or None,
              "notes": [*decided.notes, *(tiers.notes if not tiers.error else [])]}
    extra: dict[str, Any] = {}
    if kind == "internal_procedure":
        extra["steps"] = _steps(item.get("steps") or [], fail)
        if not isinstance(item.get("needs_amendment", False), bool):
            fail("needs_amendment", "phải là true hoặc false", item.get("needs_amendment"))
        extra["needs_amendment"] = item.get("needs_amendment") is True
    elif kind == "electronic_procedure":
        extra = _electronic(item, fail)
    if problems:
        return [], problems
    return [ProcedureEntry(kind, number, code, tier, **common | {"notes": list(common["notes"])},
                           **extra) for tier in tiers.value], []


def _steps(steps: Any, fail) -> list[dict]:
    if not isinstance(steps, list):
        fail("steps", "phải là một danh sách")
        return []
    out = []
    for i, step in enumerate(steps):
        where = f"steps.{i}"
        if not isinstance(step, dict):
            fail(where, "mỗi bước phải là một đối tượng JSON")
            continue
        order = step.get("order")
        if not isinstance(order, int) or isinstance(order, bool) or order < 1:
            fail(f"{where}.order", "phải là số nguyên từ 1", order)
            continue
        clean = {"order": order}
        for key in ("action", "responsible"):
            if clean_text(step.get(key)):
                clean[key] = clean_text(step.get(key))
        duration = step.get("duration")
        if duration is not None:
            value, unit = (duration.get("value"), duration.get("unit")) \
                if isinstance(duration, dict) else (None, None)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0 \
                    or unit not in UNITS:
                fail(f"{where}.duration", f"phải có dạng {{value ≥ 0, unit: {' | '.join(UNITS)}}}",
                     json.dumps(duration, ensure_ascii=False))
                continue
            clean["duration"] = {"value": value, "unit": unit}
        if step.get("counted", True) is not True:
            clean["counted"] = False
        out.append(clean)
    orders = [s["order"] for s in out]
    if len(set(orders)) != len(orders):
        fail("steps", "số thứ tự bước bị lặp")
    return sorted(out, key=lambda s: s["order"])


def _electronic(item: dict, fail) -> dict:
    platform = item.get("platform")
    if platform not in PLATFORMS:
        fail("platform", f"phải là một trong {', '.join(PLATFORMS)}", platform)
    scope = item.get("scope") or "tier_wide"
    if scope not in SCOPES:
        fail("scope", f"phải là một trong {', '.join(SCOPES)}", scope)
    connected = item.get("national_portal_connected")
    if connected is not None and not isinstance(connected, bool):
        fail("national_portal_connected", "phải là true, false hoặc để trống", connected)
    return {"platform": platform, "scope": scope, "national_portal_connected": connected,
            "based_on_decision": clean_text(item.get("based_on_decision")) or None}

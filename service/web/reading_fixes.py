"""A reviewer's corrections of a reading, in plain fields, applied to the submission read.

What can be corrected: the Tờ trình (or proposal letter) — its number, its date, whether it is
in the dossier —; each procedure's change (a publication); and for each step table: its
procedure code(s), tier(s), case and total, the rows that are not steps, and its split into
alternative paths (cases), each with its steps and its total.

Each step table keeps, between two requests, what it was read as (``items``: its steps, its
printed totals, the internal procedures it became) and the corrections the submission already
holds (``applied``). A correction applies only when its fields differ from what the
submission already holds, so that what the advanced form (the submission's JSON) changed is
kept otherwise. When a table's corrections change, its internal procedures are made again from
its steps, and its open points (contract v1.2: an unplaced table, a printed total that differs
from its steps) are worked out again: a correction that settles one removes it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext

from service.contract.schemas import CHANGES, TIERS, TTHC_CODE, variant_key
from service.web.reading_views import short, table_words

MAX_ACTION, MAX_RESPONSIBLE, MAX_STEPS, MAX_NAMES = 2000, 500, 100, 500
MAX_VARIANT, MAX_HEADING, MAX_PLACE = 300, 1000, 300
CASES = 3  # the case slots a table offers when it is split
UNITS = ("working_days", "working_hours")
PROPOSALS = ("to_trinh", "proposal_letter")


@dataclass
class Fix:
    """One line of an error summary: what to fix, why, and the field where it is fixed."""
    target: str  # the id of the field (or the part of the page) to go to
    what: str
    message: str


# --- what each table was read as ----------------------------------------------------------------

def _contract_steps(steps: list[dict]) -> list[dict]:
    out = []
    for k, s in enumerate(steps[:MAX_STEPS]):
        step: dict = {"order": k + 1}
        if s.get("action"):
            step["action"] = s["action"][:MAX_ACTION]
        if s.get("responsible"):
            step["responsible"] = s["responsible"][:MAX_RESPONSIBLE]
        if s.get("duration"):
            step["duration"] = s["duration"]
        step["counted"] = bool(s.get("counted"))
        out.append(step)
    return out


def _totals_of(t: dict) -> list[dict]:
    """The table's printed totals, each with where it is printed and the steps (orders,
    1-based) it adds up: a part total the steps since the part total before it, the whole
    total every step."""
    rows = [s["row"] for s in t["steps"]]
    out, since = [], 0
    for x in t.get("totals") or []:
        row = (x.get("where") or {}).get("row") if (x.get("where") or {}).get("table") == \
            (t.get("where") or {}).get("table") else None
        place = (x.get("place") or "")[:MAX_PLACE]
        if x.get("scope") == "part" and row:
            upto = sum(1 for r in rows if r < row)
            out.append({"printed": x.get("printed"), "steps": [since + 1, upto], "place": place})
            since = upto
        else:
            out.append({"printed": x.get("printed"), "steps": [1, len(rows)], "place": place})
    return out


def _point_heading(t: dict) -> str:
    """The words above a table, as an open point names it: its procedure(s) (its case is
    added where the point names one)."""
    from service.documents.text import clean

    return "; ".join(clean(h) for h in (t.get("members") or [t.get("heading")]) if h
                     and clean(h))[:MAX_HEADING]


def _heading_of(words: str, variant: str | None) -> str:
    if variant:
        words = f"{words} – {variant}" if words else variant
    return words[:MAX_HEADING]


def table_place(where: dict) -> str:
    """A table's place as the reader writes it in the data: «tệp du-thao.docx, bảng 5»."""
    from service.documents.notes import Place

    if not where.get("file"):
        return ""
    return Place(where["file"], table=where.get("table")).label()[:MAX_PLACE]


def initial_items(out: dict) -> list[dict]:
    """What each step table was read as, and what the submission read holds for it."""
    from service.documents.annex import procedure_name

    submission = out["submission"]
    ips = submission.get("internal_procedures") or []
    items = []
    for t in out["reading"]["tables"]:
        heads = t.get("members") or ([t["heading"]] if t.get("heading") else [])
        names = [procedure_name(h) for h in heads]
        was = [{"procedure_code": p["procedure_code"], "tier": p["tier"],
                "variant": p.get("variant")} for p in t.get("placed_as") or []]
        mine = [ip for ip in ips if any(_same(ip, w) for w in was)]
        totals = _totals_of(t)
        limit = next((ip.get("time_limit") for ip in mine if ip.get("time_limit")), None) or \
            next((x["printed"] for x in reversed(totals) if x["printed"]), None)
        item = {
            "where": t.get("where") or {}, "heading": (t.get("heading") or "")[:MAX_HEADING],
            "place": (t.get("place") or table_place(t.get("where") or {}))[:MAX_PLACE],
            "point_heading": _point_heading(t),
            "name": names[0] if names else "", "names": names[:MAX_NAMES],
            "variant": t.get("variant"), "tiers": list(t.get("tiers") or []),
            "steps": _contract_steps(t["steps"]), "totals": totals,
            "centre": any("trung tâm phục vụ hành chính công" in (s.get("responsible") or "")
                          .lower() for s in t["steps"]),
            "was": was, "points": []}
        codes = list(dict.fromkeys(w["procedure_code"] for w in was))
        tiers = list(dict.fromkeys(w["tier"] for w in was)) or item["tiers"] or ["province"]
        tiers = [x for x in TIERS if x in tiers]
        item["applied"] = {"codes": codes, "tiers": tiers,
                           "variant": " ".join((t.get("variant") or "").split()),
                           "limit": limit, "not_steps": [], "cases": []}
        items.append(item)
    _claim_points(submission.get("open_points") or [], items, out["reading"]["tables"])
    return items


def _signature(point: dict) -> list:
    return [point.get("kind"), point.get("place"), point.get("heading"),
            point.get("procedure_code"), point.get("tier"), variant_key(point.get("variant"))]


def _claim_points(points: list[dict], items: list[dict], tables: list[dict]) -> None:
    """Each open point the reader wrote, given to the table it came from: as the reading's
    table names its points (``open_points``: their indices), else by the point's place (and
    for a total, the procedure, tier and case the table became)."""
    claimed: set[int] = set()
    for item, t in zip(items, tables, strict=True):
        for i in t.get("open_points") or []:
            if isinstance(i, int) and 0 <= i < len(points) and isinstance(points[i], dict):
                item["points"].append(_signature(points[i]))
                claimed.add(i)
    taken: set[int] = set()
    for i, p in enumerate(points):
        if i in claimed or not isinstance(p, dict):
            continue
        k = next((k for k, item in enumerate(items) if _claims(item, p)
                  and (p.get("kind") != "unplaced_table" or k not in taken)), None)
        if k is not None:
            items[k]["points"].append(_signature(p))
            taken.add(k)


def _claims(item: dict, point: dict) -> bool:
    place = point.get("place") or ""
    if place != item["place"] and not place.startswith(item["place"] + ","):
        return False
    if point.get("kind") == "unplaced_table":
        return not item["was"] and point.get("heading", "") in ("", item["heading"])
    return any(w["procedure_code"] == point.get("procedure_code") and w["tier"] ==
               point.get("tier") and variant_key(w.get("variant")) ==
               variant_key(point.get("variant")) for w in item["was"])


def initial_front(submission: dict) -> dict:
    """The dossier's fields a reviewer corrects in plain fields, as the submission holds
    them."""
    documents = submission.get("documents") if isinstance(submission.get("documents"),
                                                          list) else []
    kind = "proposal_letter" if "proposal_letter" in documents and "to_trinh" not in \
        documents else "to_trinh"
    procedures = submission.get("procedures") if isinstance(submission.get("procedures"),
                                                            list) else []
    changes = {p["code"]: p.get("change") or "" for p in procedures
               if isinstance(p, dict) and isinstance(p.get("code"), str)}
    return {"reference": str(submission.get("reference") or ""),
            "submitted_on": str(submission.get("submitted_on") or ""),
            "proposal": kind, "in_dossier": kind in documents, "changes": changes}


# --- what the fields say ----------------------------------------------------------------------

def _number(text: str) -> float | None:
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if re.fullmatch(r"\d+([.,]\d+)?", text):
        value = float(text.replace(",", "."))
        return int(value) if value.is_integer() else value
    raise ValueError(text)


def _orders(text: str, count: int) -> list[int]:
    """«1-3, 5» → [1, 2, 3, 5]; raises ValueError naming what is not a step."""
    out: list[int] = []
    for part in [p for p in re.split(r"[,;\s]+", text.strip()) if p]:
        found = re.fullmatch(r"(\d+)(?:[-–](\d+))?", part)
        if not found:
            raise ValueError(part)
        low, high = int(found[1]), int(found[2] or found[1])
        if not 1 <= low <= high <= count:
            raise ValueError(part)
        out += range(low, high + 1)
    return list(dict.fromkeys(out))


def _spoken_orders(orders: list[int]) -> str:
    """[1, 2, 3, 5] → «1-3, 5»."""
    runs: list[list[int]] = []
    for n in sorted(orders):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}-{b}" if b > a else str(a) for a, b in runs)


def _amount_text(duration: dict | None) -> tuple[str, str]:
    if not isinstance(duration, dict) or duration.get("value") is None:
        return "", "working_days"
    value = duration["value"]
    text = f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value)
    return text, duration.get("unit") if duration.get("unit") in UNITS else "working_days"


def default_values(items: list[dict]) -> list[dict]:
    """Each table's fields as the submission holds them now."""
    values = []
    for item in items:
        a = item["applied"]
        limit, unit = _amount_text(a.get("limit"))
        cases = []
        for case in a.get("cases") or []:
            total, case_unit = _amount_text(case.get("total"))
            cases.append({"name": case.get("name") or "", "steps":
                          _spoken_orders(case.get("steps") or []), "total": total,
                          "unit": case_unit})
        while len(cases) < CASES:
            cases.append({"name": "", "steps": "", "total": "", "unit": unit})
        values.append({"codes": ", ".join(a["codes"]), "tiers": list(a["tiers"]),
                       "variant": a.get("variant") or "", "limit": limit, "unit": unit,
                       "not_steps": list(a.get("not_steps") or []), "cases": cases})
    return values


def item_title(k: int, item: dict) -> str:
    """«Bảng 6 trong tệp du-thao.docx, «Thủ tục …», b) Trường hợp …»."""
    title = table_words(item.get("where"))
    if item.get("name"):
        title += f", «{short(item['name'])}»"
    if item.get("variant"):
        title += ", " + short(item["variant"], 60)
    return title


def values_from_form(items: list[dict], form) -> tuple[list[dict], list[dict], list[Fix]]:
    """Each table's fields as posted, what they mean, and what is wrong with them."""
    values, wants, fixes = [], [], []
    for k, item in enumerate(items):
        count = len(item["steps"])
        title = item_title(k, item)
        value = {"codes": form.get(f"code_{k}", "")[:2000],
                 "tiers": [x for x in form.getlist(f"tier_{k}") if x in TIERS],
                 "variant": form.get(f"variant_{k}", "")[:MAX_VARIANT],
                 "limit": form.get(f"limit_{k}", "")[:20],
                 "unit": form.get(f"unit_{k}", "working_days"),
                 "not_steps": [], "cases": []}
        if f"code_{k}" not in form:  # the table's fields were not posted: as they are
            values.append(default_values([item])[0])
            wants.append(copy.deepcopy(item["applied"]))
            continue
        for raw in form.getlist(f"notstep_{k}"):
            if raw.isdigit() and 1 <= int(raw) <= count:
                value["not_steps"].append(int(raw))
        value["unit"] = value["unit"] if value["unit"] in UNITS else "working_days"
        want = {"codes": [], "tiers": [x for x in TIERS if x in value["tiers"]],
                "variant": " ".join(value["variant"].split()), "limit": None,
                "not_steps": sorted(set(value["not_steps"])), "cases": []}
        codes = [c for c in re.split(r"[\s,;]+", value["codes"].strip()) if c]
        bad = [c for c in codes if not TTHC_CODE.match(c)]
        if bad:
            fixes.append(Fix(f"code_{k}", title, gettext(
                "«%(value)s» is not a TTHC code (a code looks like 1.001806).", value=bad[0])))
        elif codes and not value["tiers"]:
            fixes.append(Fix(f"tier_{k}_{TIERS[0]}", title,
                             gettext("choose at least one tier.")))
        want["codes"] = list(dict.fromkeys(codes))
        try:
            amount = _number(value["limit"])
            want["limit"] = {"value": amount, "unit": value["unit"]} if amount is not None \
                else None
        except ValueError:
            fixes.append(Fix(f"limit_{k}", title, gettext(
                "the total «%(value)s» is not a number of days or hours.",
                value=value["limit"])))
        names: set[str] = set()
        for j in range(1, CASES + 1):
            case = {"name": form.get(f"case_{k}_{j}_name", "")[:MAX_VARIANT],
                    "steps": form.get(f"case_{k}_{j}_steps", "")[:200],
                    "total": form.get(f"case_{k}_{j}_total", "")[:20],
                    "unit": form.get(f"case_{k}_{j}_unit", "working_days")}
            case["unit"] = case["unit"] if case["unit"] in UNITS else "working_days"
            value["cases"].append(case)
            if not (case["name"].strip() or case["steps"].strip() or case["total"].strip()):
                continue
            field = f"case_{k}_{j}_name"
            name = " ".join(case["name"].split()) or gettext("Case %(n)s", n=j)
            if variant_key(name) in names:
                fixes.append(Fix(field, title, gettext(
                    "two cases are named «%(name)s»; give each case its own name.",
                    name=name)))
            names.add(variant_key(name))
            try:
                orders = _orders(case["steps"], count) if case["steps"].strip() else \
                    list(range(1, count + 1))
            except ValueError as exc:
                fixes.append(Fix(f"case_{k}_{j}_steps", title, gettext(
                    "«%(value)s» is not a step of this table (its steps are 1 to %(count)s; "
                    "write them as 1-3, 5).", value=str(exc), count=count)))
                orders = []
            try:
                total = _number(case["total"])
            except ValueError:
                fixes.append(Fix(f"case_{k}_{j}_total", title, gettext(
                    "the total «%(value)s» is not a number of days or hours.",
                    value=case["total"])))
                total = None
            want["cases"].append({"name": name, "steps": orders, "total": {
                "value": total, "unit": case["unit"]} if total is not None else None})
        if len(want["cases"]) == 1:
            fixes.append(Fix(f"case_{k}_2_name", title, gettext(
                "a table split into cases needs at least two cases.")))
        values.append(value)
        wants.append(want)
    return values, wants, fixes


def front_from_form(front: dict, form, procedures: list[dict]) -> tuple[dict, list[Fix]]:
    """The dossier's fields as posted (those not posted as they are), and what is wrong."""
    fixes = []
    value = copy.deepcopy(front)
    if "reference" in form:
        value["reference"] = " ".join(form.get("reference", "").split())
        if len(value["reference"]) > 100:
            fixes.append(Fix("reference", gettext("Number of the Tờ trình"), gettext(
                "at most 100 characters.")))
    if "submitted_on" in form:
        value["submitted_on"] = form.get("submitted_on", "").strip()
        try:
            date.fromisoformat(value["submitted_on"])
        except ValueError:
            fixes.append(Fix("submitted_on", gettext("Date of the Tờ trình"), gettext(
                "«%(value)s» is not a date; give it as day, month and year.",
                value=value["submitted_on"]) if value["submitted_on"] else gettext(
                "give the date of the Tờ trình.")))
    if "proposal" in form:
        kind = form.get("proposal")
        value["proposal"] = kind if kind in PROPOSALS else "to_trinh"
        value["in_dossier"] = form.get("in_dossier") == "yes"
    for p in procedures:
        code = p.get("code") if isinstance(p, dict) else None
        name = f"change_{code}"
        if isinstance(code, str) and name in form:
            change = form.get(name, "")
            if change and change not in CHANGES:
                fixes.append(Fix(change_id(code), gettext("Procedure %(code)s", code=code),
                                 gettext("choose one of the kinds of change listed.")))
                continue
            value.setdefault("changes", {})[code] = change
    return value, fixes


def change_id(code: str) -> str:
    return "change-" + re.sub(r"[^0-9A-Za-z]", "-", code)


# --- applying them ------------------------------------------------------------------------------

def _same(ip: object, placement: dict) -> bool:
    return isinstance(ip, dict) and ip.get("procedure_code") == placement["procedure_code"] \
        and ip.get("tier") == placement["tier"] and \
        variant_key(ip.get("variant")) == variant_key(placement.get("variant"))


def apply_front(raw: dict, front: dict, wanted: dict) -> None:
    """The dossier's fields that a reviewer changed, into the submission."""
    if wanted["reference"] != front["reference"]:
        if wanted["reference"]:
            raw["reference"] = wanted["reference"]
        else:
            raw.pop("reference", None)
    if wanted["submitted_on"] != front["submitted_on"]:
        raw["submitted_on"] = wanted["submitted_on"]
    if (wanted["proposal"], wanted["in_dossier"]) != (front["proposal"], front["in_dossier"]):
        documents = raw.get("documents") if isinstance(raw.get("documents"), list) else []
        documents = [d for d in documents if d not in PROPOSALS]
        if wanted["in_dossier"]:
            documents.insert(0, wanted["proposal"])
        raw["documents"] = documents


def apply_changes(raw: dict, front: dict, wanted: dict) -> None:
    """Each procedure's change that a reviewer changed."""
    procedures = raw.get("procedures") if isinstance(raw.get("procedures"), list) else []
    for p in procedures:
        if not isinstance(p, dict) or not isinstance(p.get("code"), str):
            continue
        code = p["code"]
        change = (wanted.get("changes") or {}).get(code)
        if change is None or change == (front.get("changes") or {}).get(code, ""):
            continue
        if change:
            p["change"] = change
        else:
            p.pop("change", None)


def apply_tables(raw: dict, items: list[dict], wants: list[dict]) -> None:
    """Each table whose fields changed becomes again the internal procedures they say: one
    per code, tier and case, with the table's steps less those that are not steps."""
    if not isinstance(raw.get("internal_procedures", []), list):
        return  # the advanced form broke the list: the contract says so
    for item, want in zip(items, wants, strict=True):
        if want == item["applied"]:
            continue
        ips = raw.setdefault("internal_procedures", [])
        old = [ip for ip in ips if any(_same(ip, w) for w in item["was"])]
        template = copy.deepcopy(old[0]) if old else None
        raw["internal_procedures"] = ips = [ip for ip in ips
                                            if not any(_same(ip, w) for w in item["was"])]
        placements = []
        cases = want["cases"] or [{"name": want["variant"], "steps": None,
                                   "total": want["limit"]}]
        for code in want["codes"]:
            for tier in [x for x in TIERS if x in want["tiers"]]:
                for case in cases:
                    placement = {"procedure_code": code, "tier": tier,
                                 "variant": case["name"] or None}
                    if any(_same(ip, placement) for ip in ips):
                        continue
                    ips.append(_new_ip(raw, item, template, placement,
                                       _steps_of(item, case["steps"], want["not_steps"]),
                                       case["total"]))
                    placements.append(placement)
                    _ensure_procedure(raw, item, code, tier, want["codes"].index(code))
        _drop_unused(raw, {w["procedure_code"] for w in item["was"]} - set(want["codes"]))
        item["was"] = placements
        _replace_points(raw, item, want)
        item["applied"] = copy.deepcopy(want)


def _steps_of(item: dict, orders: list[int] | None, not_steps: list[int]) -> list[dict]:
    """The table's steps (those of ``orders``, else all) less those that are not steps,
    numbered again from 1."""
    chosen = [s for s in item["steps"] if (orders is None or s["order"] in orders)
              and s["order"] not in not_steps]
    return [{**copy.deepcopy(s), "order": n + 1} for n, s in enumerate(chosen)]


def _submitter(raw: dict) -> dict:
    submitter = raw.get("submitter")
    return dict(submitter) if isinstance(submitter, dict) else {"type": "other"}


def _new_ip(raw: dict, item: dict, template: dict | None, placement: dict, steps: list[dict],
            limit: dict | None) -> dict:
    rest = {k: v for k, v in (template or {}).items()
            if k not in ("procedure_code", "tier", "variant", "steps", "time_limit")}
    ip = {"procedure_code": placement["procedure_code"], "tier": placement["tier"], **rest}
    ip.setdefault("drafted_by", _submitter(raw))
    ip["steps"] = steps
    if placement.get("variant"):
        ip["variant"] = placement["variant"]
    if limit:
        ip["time_limit"] = limit
    if placement["tier"] != "province" and isinstance(ip.get("coordinating"), list):
        ip["coordinating"] = [p for p in ip["coordinating"]
                              if not (isinstance(p, dict) and p.get("type") == "provincial_centre")]
        if not ip["coordinating"]:
            del ip["coordinating"]
    return ip


def _ensure_procedure(raw: dict, item: dict, code: str, tier: str, k: int) -> None:
    """The procedure of a code typed for a table: its name is the table's heading (the k-th
    procedure of a group table)."""
    procedures = raw.setdefault("procedures", [])
    if not isinstance(procedures, list):
        return
    proc = next((p for p in procedures if isinstance(p, dict) and p.get("code") == code), None)
    if proc is None:
        names = item.get("names") or [item["name"]]
        proc = {"code": code, "name": (names[k] if k < len(names) else names[0]) or code,
                "managing_agency": _submitter(raw), "tiers": []}
        if raw.get("kind") == "publication":
            proc["change"] = "listed"
        procedures.append(proc)
    if isinstance(proc.get("tiers"), list) and tier not in proc["tiers"]:
        proc["tiers"].append(tier)
    if tier == "province" and "reception" not in proc:
        proc["reception"] = "provincial_centre" if item["centre"] else "agency"


def _drop_unused(raw: dict, codes: set[str]) -> None:
    """A procedure no table is any longer read as, unless the decision's list publishes it."""
    if raw.get("kind") == "publication" or not isinstance(raw.get("procedures"), list):
        return
    used = {ip.get("procedure_code") for ip in raw.get("internal_procedures", [])
            if isinstance(ip, dict)}
    raw["procedures"] = [p for p in raw["procedures"] if not (
        isinstance(p, dict) and p.get("code") in codes and p.get("code") not in used)]


# --- open points ----------------------------------------------------------------------------------

def _hours(duration: dict) -> float:
    return duration["value"] * (8 if duration["unit"] == "working_days" else 1)


def _sum(steps: list[dict]) -> dict | None:
    from service.documents.durations import total_of

    return total_of([s["duration"] for s in steps if s.get("counted", True)
                     and isinstance(s.get("duration"), dict)])


def points_of(item: dict, want: dict) -> list[dict]:
    """The open points of a table as corrected: unplaced, or each printed (or corrected)
    total that differs from the sum of its steps, for each internal procedure it became."""
    place = item.get("place") or table_place(item["where"])
    if not place:
        return []
    words = item.get("point_heading", item["heading"])
    if not item["was"]:
        point = {"kind": "unplaced_table", "place": place}
        heading = _heading_of(words, want["variant"] or None)
        if heading:
            point["heading"] = heading
        return [point] if item["steps"] else []
    # (case, where the total is printed, printed, summed)
    comparisons: list[tuple[str | None, str, dict, dict]] = []
    if want["cases"]:
        for case in want["cases"]:
            summed = _sum(_steps_of(item, case["steps"], want["not_steps"]))
            if case["total"] and summed:
                comparisons.append((case["name"], place, case["total"], summed))
    else:
        totals = item["totals"]
        whole = [x for x in totals if x["steps"] == [1, len(item["steps"])]]
        for x in totals:
            printed = want["limit"] if x in whole and want["limit"] else x["printed"]
            low, high = x["steps"]
            summed = _sum([s for s in item["steps"] if low <= s["order"] <= high
                           and s["order"] not in want["not_steps"]])
            if printed and summed:
                comparisons.append((want["variant"] or None, x.get("place") or place, printed,
                                    summed))
        if not whole and want["limit"]:
            summed = _sum(_steps_of(item, None, want["not_steps"]))
            if summed:
                comparisons.append((want["variant"] or None, place, want["limit"], summed))
    out = []
    for variant, where, printed, summed in comparisons:
        if abs(_hours(printed) - _hours(summed)) < 1e-6:
            continue
        # one point per printed total, for the first internal procedure the table (or its
        # case) became, as the reader writes it
        first = next((w for w in item["was"]
                      if variant_key(w.get("variant")) == variant_key(variant)), None)
        if first is None:
            continue
        point = {"kind": "total_differs", "place": where}
        heading = _heading_of(words, variant)
        if heading:
            point["heading"] = heading
        point.update({"procedure_code": first["procedure_code"], "tier": first["tier"],
                      "printed": printed, "summed": summed})
        if variant:
            point["variant"] = variant
        out.append(point)
    return out


def _replace_points(raw: dict, item: dict, want: dict) -> None:
    """The table's open points in the submission, worked out again."""
    points = raw.get("open_points")
    if points is not None and not isinstance(points, list):
        return
    mine = [list(s) for s in item["points"]]
    kept = [p for p in points or [] if not (isinstance(p, dict) and _signature(p) in mine)]
    fresh = points_of(item, want)
    item["points"] = [_signature(p) for p in fresh]
    if kept or fresh:
        raw["open_points"] = kept + fresh
    else:
        raw.pop("open_points", None)


def point_anchors(raw: dict, items: list[dict], anchors: list[str]) -> dict[int, str]:
    """For each open point of the submission, the place on the page of the table it came
    from (by its index in ``open_points``)."""
    out = {}
    points = raw.get("open_points") if isinstance(raw.get("open_points"), list) else []
    for i, p in enumerate(points):
        if not isinstance(p, dict):
            continue
        k = next((k for k, item in enumerate(items) if _signature(p) in
                  [list(s) for s in item["points"]]), None)
        if k is None:
            k = next((k for k, item in enumerate(items) if _claims(item, p)), None)
        if k is not None and k < len(anchors):
            out[i] = anchors[k]
    return out

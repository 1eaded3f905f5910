"""Decisions the reader has never seen (``tests/data/blind``, built by
``generators/blind_decisions.py``), read in Word and in HTML and compared, field by field, with
what a careful reader takes from each (``NAME.expected.json``, written by hand following the
reading conventions of the real decisions).

Each comparison that fails today is marked ``xfail(strict=True)`` with what is read wrong, so
that the suite stays green and a fix shows as an XPASS to acknowledge (remove the mark)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from service.documents import read_paths

from .conftest import TODAY

FOLDER = Path(__file__).resolve().parents[1] / "data" / "blind"
STEMS = sorted(p.name[: -len(".expected.json")] for p in FOLDER.glob("*.expected.json"))
FORMATS = ("docx", "html")

# what is read wrong today, by decision and aspect (the same in Word and HTML)
KNOWN: dict[tuple[str, str], str] = {}
KNOWN_IN: dict[tuple[str, str, str], str] = {}  # what only one format reads wrong
XFAIL: dict[tuple[str, str, str], str] = {
    **{(stem, fmt, aspect): reason for (stem, aspect), reason in KNOWN.items()
       for fmt in ("docx", "html")},
    **KNOWN_IN}


@cache
def expected(stem: str) -> dict:
    return json.loads((FOLDER / f"{stem}.expected.json").read_text(encoding="utf-8"))


@cache
def reading(stem: str, fmt: str) -> dict:
    return read_paths([FOLDER / f"{stem}.{fmt}"], today=TODAY)


def cases(aspect: str) -> list:
    out = []
    for stem in STEMS:
        for fmt in FORMATS:
            reason = XFAIL.get((stem, fmt, aspect))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(stem, fmt, id=f"{stem}.{fmt}", marks=marks))
    return out


# ---- helpers: the scoring's own normalisations (shared/tools/reader-status.py) -------------

def norm_code(c):
    if not c:
        return None
    c = re.sub(r"\s+", "", str(c))
    m = re.fullmatch(r"(\d)\.(\d{3})\.(\d{3})", c)
    return f"{m[1]}.{m[2]}{m[3]}" if m else c


def step_key(s: dict) -> tuple:
    d = s.get("duration") or None
    counted = s.get("counted", True)
    if d is None:
        return (bool(counted), None, None)
    return (bool(counted), d.get("unit"), round(float(d.get("value")), 6))


def hours(d: dict | None) -> float | None:
    if not d:
        return None
    return round(float(d["value"]) * (8 if d["unit"] == "working_days" else 1), 6)


def norm_variant(v: str | None) -> str:
    """A case's words without its number («a)», «1.1.») and trailing punctuation."""
    v = " ".join((v or "").split()).casefold()
    v = re.sub(r"^(\d+(\.\d+)*\.?|[a-zđ]\))\s*", "", v)
    return v.strip(" .:;,")


def same_variant(want: str | None, got: str | None) -> bool:
    a, b = norm_variant(want), norm_variant(got)
    if not a or not b:
        return a == b
    return a == b or a in b or b in a


def words(d: dict | None) -> str:
    if not d:
        return "none"
    return f"{d['value']:g} {'ngày' if d['unit'] == 'working_days' else 'giờ'}"


def steps_words(steps: list[dict]) -> str:
    return "[" + ", ".join(
        ("-" if not s.get("counted", True) else "") + words(s.get("duration")) for s in steps) + "]"


# ---- the tests ------------------------------------------------------------------------------

@pytest.mark.parametrize(("stem", "fmt"), cases("front"))
def test_header_signature_province_and_proposal(stem, fmt):
    """The decision's number and date, its signature, its province, and the proposal's
    reference and date (a Tờ trình, or a letter held as ``proposal_letter``)."""
    exp, out = expected(stem), reading(stem, fmt)
    sub, front = out["submission"], out["reading"]["files"][0]
    dec, prop = exp["decision"], exp["decision"]["proposed_by"]
    sig = dec["signature"]
    approver = sub.get("approver") or {}
    wrong = []

    def want(what, got, exp_value):
        if isinstance(got, str):  # text typed decomposed («Unicode tổ hợp») reads the same
            got = unicodedata.normalize("NFC", got)
        if got != exp_value:
            wrong.append(f"{what}: read {got!r}, want {exp_value!r}")

    def nothing_invented(what, got, printed_digits: bool):
        """A draft leaves blanks: nothing may be read where nothing is printed."""
        if got and (not printed_digits or re.search(r"\d", str(got))):
            wrong.append(f"{what}: read {got!r} where the draft prints none")

    if dec["number"] is None:
        nothing_invented("decision number", front.get("number"), printed_digits=False)
        nothing_invented("decision date", front.get("date"), printed_digits=False)
    else:
        want("decision number", front.get("number"), dec["number"])
        want("decision date", front.get("date"), dec["date"])
    want("signed_as", approver.get("signed_as") or "self", sig["signed_as"])
    want("signer", " ".join((approver.get("signer") or "").split()),
         " ".join(f"{sig['title']} {sig['name']}".split()))
    want("province", sub.get("province"), exp["source"]["province_slug"])
    if prop["reference"] is None:
        nothing_invented("Tờ trình number", sub.get("reference"), printed_digits=False)
        if sub.get("submitted_on") not in (None, TODAY.isoformat()):
            wrong.append(f"Tờ trình date: read {sub.get('submitted_on')!r} where the draft "
                         "prints no day (only the reading's own date may stand in)")
    else:
        want("Tờ trình/letter number", re.sub(r"\s+", "", sub.get("reference") or ""),
             re.sub(r"\s+", "", prop["reference"]))
        want("Tờ trình/letter date (submitted_on)", sub.get("submitted_on"), prop["date"])
    want("proposing agency", (sub.get("submitter") or {}).get("name"), prop["agency"])
    letter = prop["document_type"] == "Văn bản"
    want("documents hold proposal_letter", "proposal_letter" in (sub.get("documents") or []),
         letter)
    if prop["reference"] is not None:
        want("documents hold to_trinh", "to_trinh" in (sub.get("documents") or []), not letter)
    assert not wrong, f"{stem}.{fmt}: " + "; ".join(wrong)


@pytest.mark.parametrize(("stem", "fmt"), cases("changes"))
def test_each_listed_procedure_and_its_change(stem, fmt):
    exp, out = expected(stem), reading(stem, fmt)
    read = {norm_code(p.get("code")): p.get("change") for p in out["submission"].get(
        "procedures") or []}
    wrong = [f"{code}: read {read.get(norm_code(code))!r}, want {change!r}"
             for code, change in exp["procedure_changes"].items()
             if read.get(norm_code(code)) != change]
    assert not wrong, f"{stem}.{fmt}: " + "; ".join(wrong)


@pytest.mark.parametrize(("stem", "fmt"), cases("tables"))
def test_every_coded_table_as_printed(stem, fmt):
    """Each coded step table: its code and tier (the k-th table of a code and tier against the
    k-th internal procedure read for them, as the scoring pairs them), every step's duration and
    counted flag, its case (variant) and its time limit; and nothing read beyond them."""
    exp, out = expected(stem), reading(stem, fmt)
    got = defaultdict(list)
    for ip in out["submission"].get("internal_procedures") or []:
        got[(norm_code(ip.get("procedure_code")), ip.get("tier"))].append(ip)
    seen: dict = defaultdict(int)
    wrong = []
    for ip in exp["internal_procedures"]:
        if not ip["procedure_code"]:
            continue
        code = norm_code(ip["procedure_code"])
        for tier in ip["tier_norm"].split(";"):
            k = seen[(code, tier)]
            seen[(code, tier)] += 1
            cands = got.get((code, tier), [])
            where = f"{ip['id']} {code} {tier}" + (f" «{ip['variant']}»" if ip["variant"] else "")
            if k >= len(cands):
                others = sorted(t for (c, t) in got if c == code)
                wrong.append(f"{where}: not read" + (f" (read at tier {others})" if others
                                                     else " (no internal procedure for it)"))
                continue
            ip_read = cands[k]
            want_keys = [step_key(s) for s in ip["steps"]]
            got_keys = [step_key(s) for s in ip_read.get("steps") or []]
            if want_keys != got_keys:
                wrong.append(f"{where}: steps {steps_words(ip_read.get('steps') or [])}, want "
                             f"{steps_words(ip['steps'])}")
            if ip.get("variant_is_path"):
                variants = [c.get("variant") for c in cands]
                if not ip_read.get("variant") or len(set(variants)) != len(variants):
                    wrong.append(f"{where}: path read with variant {ip_read.get('variant')!r}")
            elif not same_variant(ip["variant"], ip_read.get("variant")):
                wrong.append(f"{where}: variant {ip_read.get('variant')!r}, want "
                             f"{ip['variant']!r}")
            if ip["time_limit"] and hours(ip_read.get("time_limit")) != hours(ip["time_limit"]):
                wrong.append(f"{where}: time limit {words(ip_read.get('time_limit'))}, want "
                             f"{words(ip['time_limit'])}")
    for key, cands in got.items():
        if len(cands) > seen.get(key, 0):
            wrong.append(f"read {len(cands) - seen.get(key, 0)} internal procedure(s) more than "
                         f"printed for {key[0]} at {key[1]}: "
                         + ", ".join(f"«{c.get('variant')}» {steps_words(c['steps'])}"
                                     for c in cands[seen.get(key, 0):]))
    assert not wrong, f"{stem}.{fmt}: " + "; ".join(wrong)


@pytest.mark.parametrize(("stem", "fmt"), cases("open"))
def test_what_is_left_open(stem, fmt):
    """Tables that print no code anywhere are shown as unplaced (never guessed, never dropped);
    a printed total that differs from its steps is an open point; nothing else is."""
    exp, out = expected(stem), reading(stem, fmt)
    points = out["submission"].get("open_points") or []
    unplaced_read = [u for u in out["reading"]["unplaced"] if u.get("kind") == "table"]
    unplaced_want = [p for p in exp["open_points"] if p["kind"] == "unplaced_table"]
    wrong = []
    if len(unplaced_read) != len(unplaced_want):
        wrong.append(f"unplaced tables: read {len(unplaced_read)}, want {len(unplaced_want)}")
    n_points = sum(1 for p in points if p["kind"] == "unplaced_table")
    if n_points != len(unplaced_want):
        wrong.append(f"unplaced_table open points: {n_points}, want {len(unplaced_want)}")
    differs_read = sorted((norm_code(p.get("procedure_code")), p.get("tier"))
                          for p in points if p["kind"] == "total_differs")
    differs_want = sorted((norm_code(p["procedure_code"]), p["tier"])
                          for p in exp["open_points"] if p["kind"] == "total_differs")
    if differs_read != differs_want:
        wrong.append(f"total_differs points {differs_read}, want {differs_want}"
                     + "".join(f" [{p.get('procedure_code')} {p.get('tier')} "
                               f"«{p.get('variant')}»: printed {words(p.get('printed'))}, "
                               f"summed {words(p.get('summed'))}]"
                               for p in points if p["kind"] == "total_differs"))
    assert not wrong, f"{stem}.{fmt}: " + "; ".join(wrong)


def verdict_of(out: dict) -> dict | None:
    """What ``tthc-rules read FILE --check`` evaluates: None when what was read is not yet a
    complete submission (then no verdict at all, exit 4)."""
    if not out["reading"]["contract"]["valid"]:
        return None
    from service.contract.schemas import load_submission
    from service.engine import evaluate

    return evaluate(load_submission(out["submission"]))


@pytest.mark.parametrize(("stem", "fmt"), cases("verdict"))
def test_never_accepted_while_something_is_open(stem, fmt):
    """«Đạt» (accepted) only when the reading left nothing open: not while a table is
    unplaced, nor while a printed total differs from its steps (expected or read)."""
    exp, out = expected(stem), reading(stem, fmt)
    open_read = out["submission"].get("open_points") or []
    open_want = exp["open_points"]
    verdict = verdict_of(out)
    outcome = verdict["outcome"] if verdict else None
    assert not (outcome == "accepted" and (open_read or open_want)), (
        f"{stem}.{fmt}: «Đạt» while open: read {[p['kind'] for p in open_read]}, "
        f"want {[p['kind'] for p in open_want]}")
    # nor while a printed, coded step table was left unread (neither placed nor unplaced)
    read_codes = {norm_code(ip.get("procedure_code"))
                  for ip in out["submission"].get("internal_procedures") or []}
    unread = sorted({norm_code(ip["procedure_code"]) for ip in exp["internal_procedures"]
                     if ip["procedure_code"]} - read_codes)
    assert not (outcome == "accepted" and unread), (
        f"{stem}.{fmt}: «Đạt» while the step tables of {unread} were not read at all")


def test_the_command_line_check_is_not_accepted_with_an_unplaced_table():
    """The command itself, on one decision with unplaced tables: never exit 0 («Đạt»)."""
    path = FOLDER / "quang-tri-1532-2025.docx"
    bin_ = Path(sys.executable).with_name("tthc-rules")
    r = subprocess.run([str(bin_), "read", str(path), "--check"], check=False,
                       capture_output=True,
                       text=True, timeout=120)
    assert r.returncode != 0, r.stdout[-2000:]
    assert "\nĐạt\n" not in r.stdout


def test_the_expected_readings_are_the_generators():
    """The stored expectations are those written in the generator (rebuild with
    ``python -m generators.blind_decisions`` after changing it)."""
    from generators.blind_decisions import decisions

    built = {d.name: json.loads(json.dumps(d.expected(), ensure_ascii=False))
             for d in decisions()}
    assert sorted(built) == STEMS
    for stem, exp in built.items():
        assert exp == expected(stem), f"{stem}: run python -m generators.blind_decisions"

"""Generators of valid contract submissions (raw JSON dicts that ``load_submission`` accepts).

One builder, two sources of choices:

* :func:`submissions` is a Hypothesis strategy (shrinks to a small failing input);
* :func:`random_submission` / :func:`random_submissions` draw from a seeded
  :class:`random.Random` (reproducible batches, large benchmark inputs without Hypothesis's
  size limits).

What is generated: every ``kind``; ``submitted_on`` from 2017 to 2027, half of the time on
or next to a date where rules change or a cited text takes effect (2018-06-21, 2019-01-06,
2019-11-28/29, 2020-03-05, 2025-06-30, 2025-07-01, 2025-09-15); a ``province`` (present or
not, of Vĩnh Phúc or another province, old or new names); every agency type, with and
without codes (including codes that look like numbers, differ only in case or by a trailing
space, or hold quotes, a backslash, a newline, Vietnamese letters or an emoji), names that
are the same or not once normalised (case, spaces, tone marks, « tỉnh …»), and how a decision
is signed (``signed_as``, ``signer``); tiers, receptions, changes and changed elements;
subsets of the documents; optional fields present, absent, ``null`` or blank; internal and
electronic procedures naming the submission's procedures and tiers (unique ``(procedure_code,
tier, variant)``, some pairs with two cases and their own time limits), either conforming to
the 9579 roles or random; step tables with missing
action/responsible/duration, ``counted: false``, days and hours, whole and fractional values
up to the contract's maximum (values under 1e-4 working hours only with
``tiny_durations=True``: see ``TINY_DURATIONS``); ``amends``/``based_on`` present, absent,
``null`` or empty; electronic procedures that mirror their paired internal procedure's
steps, or not; keys in varying order.

Sizes are bounded (1-6 procedures, up to 6 steps, up to 4 coordinating agencies by
default) so that thousands of examples run in seconds; pass larger bounds for benchmarks,
e.g. ``random_submission(rng, max_procedures=500, max_steps=20)``.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar

from hypothesis import strategies as st

from service.contract.schemas import (
    AGENCY_TYPES,
    AMENDMENT_REASONS,
    CHANGED_ELEMENTS,
    CHANGES,
    DOCUMENTS,
    KINDS,
    MAX_PARTIES,
    MAX_PROCEDURES,
    MAX_STEPS,
    PLATFORMS,
    RECEPTIONS,
    SCOPES,
    SIGNED_AS,
    TIERS,
    UNITS,
)
from service.registry.view import (
    ElectronicProcedureVersion,
    InternalProcedureVersion,
    ProcedureVersion,
    RegistryView,
)

__all__ = ["BOUNDARY_DATES", "FIRST_DATE", "LAST_DATE", "Sizes", "build_registry",
           "build_submission", "dates", "random_date", "random_registry", "random_submission",
           "random_submissions", "registries", "submissions"]

FIRST_DATE = date(2017, 1, 1)
LAST_DATE = date(2027, 12, 31)
# Dates where a pack or a rule starts or ends (each is also generated a day either side).
BOUNDARY_DATES = (date(2018, 6, 21), date(2019, 1, 6), date(2019, 11, 28), date(2019, 11, 29),
                  date(2020, 3, 5), date(2025, 1, 1), date(2025, 3, 25), date(2025, 6, 30),
                  date(2025, 7, 1), date(2025, 9, 15))

# 2020 first: the value Hypothesis favours and shrinks to, a year every pack but the
# two-tier one is in force.
YEARS = (2020, *(y for y in range(FIRST_DATE.year, LAST_DATE.year + 1) if y != 2020))
BLANKS = ("", " ", "  \t", "\n")
AGENCY_CODES = ("SXD", "STP", "SYT", "SNV", "VPUBND", "TTPVHCC", "KSTT", "UBND-VY",
                "TTHCC-VY", "sxd", "SỞ-TP", "01", "1", "1.0", "1e5", 'S"X\\D', "SXD ",
                "A\nB", "Ω😀")
AGENCY_NAMES = ("Sở Xây dựng", "Sở Tư pháp", "Văn phòng UBND tỉnh",
                "Trung tâm Phục vụ hành chính công tỉnh", "UBND huyện Tam Dương", "x",
                "SỞ XÂY DỰNG", "Sở  Xây\u00a0dựng tỉnh Vĩnh Phúc", "Sở Xây dựng tỉnh Cao Bằng",
                "Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch",
                'Sở "X"\\Y\ntỉnh Vĩnh Phúc', "Ω😀 1e5",
                "Trung tâm Phục vụ hành chính công Thành phố Hà Nội",
                "Trung tâm Phục vụ hành chính công thành phố")
# Where a reading's open points are, and what the tables were headed.
PLACES = ("tệp du-thao.docx, bảng 5", "tệp a.html, bảng 1", "x")
HEADINGS = ("Quy trình nội bộ giải quyết thủ tục", "1.1. Đối với trường hợp …", "h" * 1000)
# Province slugs a submission may name (both lists, old and new names).
PROVINCES = ("vinh-phuc", "vinh-phuc", "phu-tho", "cao-bang", "nghe-an", "ha-noi",
             "thua-thien-hue", "hue", "ba-ria-vung-tau", "ho-chi-minh")
SIGNERS = ("Phó Chủ tịch Nguyễn Văn A", "Chủ tịch", "Chánh Văn phòng", "x", 'K"T\\\n😀')
# Cases of one TTHC at one tier, as printed (two differ only in spaces once normalised).
VARIANTS = ("a) Trường hợp không thành lập hội đồng", "b) Trường hợp thành lập hội đồng",
            "b)  Trường hợp thành lập\u00a0hội đồng", "Trường hợp thuộc thẩm quyền cấp xã")
PROCEDURE_NAMES = ("Cấp giấy phép xây dựng mới", "Chứng thực bản sao từ bản chính",
                   "Đăng ký khai sinh", "Cấp phiếu lý lịch tư pháp", "T")
FIELDS = ("Xây dựng", "Tư pháp", "Hộ tịch", "Y tế")
ACTIONS = ("Tiếp nhận, kiểm tra, số hóa hồ sơ", "Thẩm định hồ sơ", "Phê duyệt",
           "Trả kết quả", "Chuyển hồ sơ")
RESPONSIBLES = ("Trung tâm PVHCC tỉnh", "Phòng Quản lý xây dựng", "Lãnh đạo Sở",
                "Công chức một cửa", "UBND cấp xã")
DECISIONS = ("1580/QĐ-CT", "2019/QĐ-UBND", "12/QĐ-CT", "Quyết định số 7")
REFERENCES = ("125/TTr-SXD", "QTĐT-2022-017", "TTr 1", "r" * 100)
# Whole values written as floats (7.0), sums that are not exact in binary (0.1 + 0.2), a
# value a hair under an integer, the contract's maximum, the smallest value JSON writes
# without an exponent.
DURATION_FRACTIONS = (0.5, 0.25, 1.5, 2.75, 0.1, 0.2, 0.3, 7.0, 12.125, 2.9999999, 99999.5,
                      100000, 0.0001)
# Durations under 1e-4 working hours, which JSON writes with an exponent: valid input, but
# durable-rules 2.0.28 cannot parse a fact holding a number with a bare exponent (1e-05, or
# a total such as 1.5e-05 + 1.5e-05 = 3e-05; see tests/test_differential.py), so they are
# generated only on request (``tiny_durations=True``).
TINY_DURATIONS = (1.5e-05, 1e-05, 2e-05, 3e-06)

KEY_ELEMENTS = ("time_limit", "place", "sequence")
OTHER_ELEMENTS = tuple(e for e in CHANGED_ELEMENTS if e not in KEY_ELEMENTS)
DRAFTER_TYPES = ("department", "central_vertical_agency")
DISTRICT_TYPES = ("district_pc", "district_centre", "district_division",
                  "district_software_admin")
COORDINATING_TYPES = ("provincial_centre", "district_pc", "department_unit",
                      "tthc_control_division", "district_centre", "district_division",
                      "district_software_admin", "commune_pc", "commune_centre")
# The parties an electronic procedure must have (QTDT-02..06): (lead, coordinating).
EP_ROLES = {
    ("province", "provincial_centre"): ("department", ("provincial_centre",)),
    ("province", "agency"): ("department_unit", ("tthc_control_division",)),
    "district": ("district_centre",
                 ("district_division", "district_software_admin", "tthc_control_division")),
    "commune": ("commune_pc",
                ("tthc_control_division", "district_centre", "district_software_admin")),
}


@dataclass(frozen=True)
class Sizes:
    """Bounds of a generated submission (clamped to the contract's limits)."""
    min_procedures: int = 1
    max_procedures: int = 6
    max_steps: int = 6
    max_parties: int = 4
    tiny_durations: bool = False  # also durations from TINY_DURATIONS

    def __post_init__(self) -> None:
        if not 1 <= self.min_procedures <= self.max_procedures <= MAX_PROCEDURES:
            raise ValueError(f"need 1 <= min_procedures <= max_procedures <= {MAX_PROCEDURES}")
        if not 0 <= self.max_steps <= MAX_STEPS or not 0 <= self.max_parties <= MAX_PARTIES:
            raise ValueError(f"max_steps must be 0..{MAX_STEPS}, max_parties 0..{MAX_PARTIES}")


# --- two sources of choices ---------------------------------------------------------------

class _Draws:
    """Choices drawn by Hypothesis (every choice shrinks toward the first/absent option)."""

    _ranges: ClassVar[dict[tuple[int, int], st.SearchStrategy[int]]] = {}

    def __init__(self, draw: Callable) -> None:
        self.draw = draw

    def number(self, lo: int, hi: int) -> int:
        strategy = self._ranges.get((lo, hi))
        if strategy is None:  # building a strategy costs more than drawing from it
            strategy = self._ranges[(lo, hi)] = st.integers(lo, hi)
        return self.draw(strategy)

    def pick(self, options: Sequence) -> Any:
        return options[self.number(0, len(options) - 1)] if len(options) > 1 else options[0]

    def chance(self, percent: int) -> bool:
        if percent <= 0 or percent >= 100:
            return percent >= 100
        return self.number(0, 99) >= 100 - percent

    def subset(self, options: Sequence, min_size: int = 0, max_size: int | None = None) -> list:
        top = len(options) if max_size is None else min(max_size, len(options))
        if top == 0:
            return []
        pool = list(options)
        chosen = []
        while pool and len(chosen) < top and (len(chosen) < min_size or self.chance(65)):
            chosen.append(pool.pop(self.number(0, len(pool) - 1)))
        return chosen


class _Rolls:
    """Choices from a seeded ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, options: Sequence) -> Any:
        return options[self.rng.randrange(len(options))]

    def chance(self, percent: int) -> bool:
        return self.rng.randrange(100) < percent

    def number(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def subset(self, options: Sequence, min_size: int = 0, max_size: int | None = None) -> list:
        top = len(options) if max_size is None else min(max_size, len(options))
        return self.rng.sample(list(options), self.rng.randint(min_size, top))


# --- pieces -------------------------------------------------------------------------------

def _maybe(c, target: dict, key: str, make: Callable[[], Any], present: int = 60,
           blank: bool = False) -> None:
    """Set ``target[key]`` with ``present``% chance; otherwise leave it out, or send null,
    or (for strings) a blank string, all of which the contract reads as absent."""
    roll = c.number(0, 99)  # one choice; 0 (what Hypothesis shrinks to) leaves the key out
    if roll >= 100 - present:
        target[key] = make()
    elif roll >= (100 - present) * 2 // 3:
        target[key] = None
    elif blank and roll >= (100 - present) // 3:
        target[key] = c.pick(BLANKS)


def _shuffled(c, items: list) -> list:
    return c.subset(items, min_size=len(items), max_size=len(items)) if len(items) > 1 \
        else list(items)


def _date(c) -> date:
    if c.chance(50):
        return c.pick(BOUNDARY_DATES) + timedelta(days=c.pick((0, 0, -1, 1)))
    # A year, then a day in it: Hypothesis favours the first option and small integers, and
    # one wide range would crowd the dates into 2017, before any policy.
    year = c.pick(YEARS)
    start = date(year, 1, 1)
    return start + timedelta(days=c.number(0, (date(year, 12, 31) - start).days))


def _agency_type(c, preferred: Sequence[str] = ()) -> str:
    if preferred and c.chance(65):
        return c.pick(preferred)
    return c.pick(AGENCY_TYPES)


def _agency(c, preferred: Sequence[str] = (), codes: Sequence[str] = AGENCY_CODES,
            type_: str | None = None) -> dict:
    agency: dict = {"type": type_ or _agency_type(c, preferred)}
    _maybe(c, agency, "code", lambda: c.pick(codes), present=75, blank=True)
    _maybe(c, agency, "name", lambda: c.pick(AGENCY_NAMES), present=40, blank=True)
    _maybe(c, agency, "signed_as", lambda: c.pick(SIGNED_AS), present=25)
    _maybe(c, agency, "signer", lambda: c.pick(SIGNERS), present=15, blank=True)
    return _shuffled_keys(c, agency)


def _shuffled_keys(c, obj: dict) -> dict:
    """The same object with its keys in another order now and then (JSON is unordered)."""
    if len(obj) > 1 and c.chance(20):
        return {k: obj[k] for k in reversed(list(obj))}
    return obj


def _duration(c, sizes: Sizes) -> dict:
    fractions = DURATION_FRACTIONS + (TINY_DURATIONS if sizes.tiny_durations else ())
    value: float | int = c.pick(fractions) if c.chance(25) else c.number(0, 40)
    return {"value": value, "unit": c.pick(UNITS)}


def _changed_elements(c) -> list:
    elements = [e for e in KEY_ELEMENTS if c.chance(20)] + c.subset(OTHER_ELEMENTS, max_size=3)
    return _shuffled(c, elements)


def _codes(c, count: int) -> list[str]:
    head = c.number(1, 3)
    base = c.number(0, 999_999 - count)
    return [f"{head}.{base + i:06d}{c.pick(('', '', '.H35', '.000.00.00.H35'))}"
            for i in range(count)]


def _procedure(c, kind: str, code: str, sizes: Sizes) -> dict:
    p: dict = {"code": code, "name": c.pick(PROCEDURE_NAMES)}
    _maybe(c, p, "field", lambda: c.pick(FIELDS), present=50, blank=True)
    if kind == "publication":
        p["change"] = c.pick(CHANGES)
    else:  # accepted and ignored outside a publication
        _maybe(c, p, "change", lambda: c.pick(CHANGES), present=20)
    _maybe(c, p, "changed_elements", lambda: _changed_elements(c), present=70)
    p["managing_agency"] = _agency(c, DRAFTER_TYPES)
    _maybe(c, p, "handling_agency", lambda: _agency(c, DRAFTER_TYPES + ("provincial_centre",)),
           present=40)
    p["tiers"] = c.subset(TIERS, min_size=1)
    if "province" in p["tiers"]:
        p["reception"] = c.pick(RECEPTIONS)
    else:  # accepted and ignored without the province tier
        _maybe(c, p, "reception", lambda: c.pick(RECEPTIONS), present=15)
    _maybe(c, p, "time_limit", lambda: _duration(c, sizes), present=60)
    _maybe(c, p, "has_approved_internal_procedure", lambda: c.chance(50), present=60)
    return _shuffled_keys(c, p)


def _steps(c, sizes: Sizes) -> list[dict]:
    count = c.number(0, sizes.max_steps)
    tidy = c.chance(40)  # every step complete: the step-table rules then hold back
    keep = 100 if tidy else 80
    order = 0
    steps = []
    for _ in range(count):
        order += c.number(1, 3) if c.chance(30) else 1
        step: dict = {"order": order}
        _maybe(c, step, "action", lambda: c.pick(ACTIONS), present=keep, blank=True)
        _maybe(c, step, "responsible", lambda: c.pick(RESPONSIBLES), present=keep, blank=True)
        if c.chance(15):
            step["counted"] = False
            _maybe(c, step, "duration", lambda: _duration(c, sizes), present=50)
        else:
            _maybe(c, step, "duration", lambda: _duration(c, sizes), present=keep)
            _maybe(c, step, "counted", lambda: True, present=20)
        steps.append(_shuffled_keys(c, step))
    return _shuffled(c, steps) if c.chance(15) else steps


def _decision_ref(c) -> dict:
    ref: dict = {}
    _maybe(c, ref, "decision", lambda: c.pick(DECISIONS), present=75, blank=True)
    _maybe(c, ref, "approved_by", lambda: _agency(c, ("ppc_chairman", "ppc_chairman", "provincial_centre")), present=60)
    return ref


def _party_list(c, required: Sequence[str], sizes: Sizes, preferred: Sequence[str]) -> list:
    parties = [_agency(c, type_=t) for t in required[:sizes.max_parties]]
    extra = c.number(0, max(0, min(2, sizes.max_parties - len(parties))))
    parties += [_agency(c, preferred) for _ in range(extra)]
    return _shuffled(c, parties)


def _coordinating(c, target: dict, required: Sequence[str] | None, sizes: Sizes) -> None:
    if required is not None:
        target["coordinating"] = _party_list(c, required, sizes, COORDINATING_TYPES)
    else:
        _maybe(c, target, "coordinating",
               lambda: [_agency(c, COORDINATING_TYPES)
                        for _ in range(c.number(0, sizes.max_parties))], present=75)


def _expected_drafter(p: dict, tier: str) -> dict:
    handling = p.get("handling_agency") or p["managing_agency"]
    if tier == "province" and handling["type"] in DRAFTER_TYPES:
        return handling
    return p["managing_agency"]


def _internal_procedure(c, kind: str, p: dict, tier: str, sizes: Sizes) -> dict:
    ip: dict = {"procedure_code": p["code"], "tier": tier}
    conform = c.chance(40)
    if conform:
        ip["drafted_by"] = copy.deepcopy(_expected_drafter(p, tier))
    else:
        codes = [a["code"] for a in (p["managing_agency"], p.get("handling_agency"))
                 if a and isinstance(a.get("code"), str) and a["code"].strip()]
        ip["drafted_by"] = _agency(c, DRAFTER_TYPES, codes=tuple(codes) or AGENCY_CODES)
    required = ["provincial_centre"] if tier == "province" else ["district_pc"]
    _coordinating(c, ip, required if conform else None, sizes)
    _maybe(c, ip, "steps", lambda: _steps(c, sizes), present=85)
    amendment = kind == "internal_procedure_amendment"
    _maybe(c, ip, "amends", lambda: _decision_ref(c), present=75 if amendment else 10)
    _maybe(c, ip, "amendment_reason", lambda: c.pick(AMENDMENT_REASONS),
           present=60 if amendment else 10)
    _maybe(c, ip, "time_limit", lambda: _duration(c, sizes), present=15)
    return _shuffled_keys(c, ip)


def _electronic_procedure(c, p: dict, tier: str, paired: dict | None, sizes: Sizes) -> dict:
    ep: dict = {"procedure_code": p["code"], "tier": tier}
    conform = c.chance(40)
    if conform:
        lead, required = EP_ROLES[(tier, p["reception"]) if tier == "province" else tier]
        ep["lead"] = _agency(c, type_=lead)
        _coordinating(c, ep, required, sizes)
    else:
        ep["lead"] = _agency(c, COORDINATING_TYPES + DRAFTER_TYPES)
        _coordinating(c, ep, None, sizes)
    ep["platform"] = "shared_one_stop" if conform and c.chance(80) else c.pick(PLATFORMS)
    _maybe(c, ep, "scope", lambda: c.pick(SCOPES), present=50)
    _maybe(c, ep, "national_portal_connected", lambda: c.chance(70), present=60)
    _maybe(c, ep, "based_on", lambda: _decision_ref(c), present=80)
    if paired is not None and "steps" in paired and c.chance(50):
        ep["steps"] = copy.deepcopy(paired["steps"])  # mirrors the internal procedure
        if ep["steps"] and c.chance(30):
            ep["steps"] = _shuffled(c, ep["steps"])
    else:
        _maybe(c, ep, "steps", lambda: _steps(c, sizes), present=75)
    return _shuffled_keys(c, ep)


def _pairs_subset(c, pairs: list, everything: int, some: int) -> list:
    """All pairs (``everything``%), a random subset (``some``%), or none."""
    if c.chance(everything):
        return list(pairs)
    if c.chance(some):
        return c.subset(pairs)
    return []


# --- the builder --------------------------------------------------------------------------

def build_submission(c, sizes: Sizes = Sizes()) -> dict:
    """One valid raw submission, every choice taken from ``c`` (see ``_Draws``/``_Rolls``)."""
    kind = c.pick(KINDS)
    sub: dict = {"kind": kind, "submitted_on": _date(c).isoformat()}
    _maybe(c, sub, "province", lambda: c.pick(PROVINCES), present=40)
    _maybe(c, sub, "reference", lambda: c.pick(REFERENCES), present=50, blank=True)
    sub["submitter"] = _agency(c, DRAFTER_TYPES + ("district_pc", "commune_pc"))
    if kind != "electronic_procedure":
        sub["addressed_to"] = _agency(c, ("ppc_office", "ppc_office", "ppc", "provincial_centre"))
    else:
        _maybe(c, sub, "addressed_to", lambda: _agency(c, ("ppc_office",)), present=40)
    _maybe(c, sub, "approver", lambda: _agency(c, ("ppc_chairman", "ppc_chairman", "provincial_centre")), present=50)
    _maybe(c, sub, "documents",
           lambda: _shuffled(c, list(DOCUMENTS)) if c.chance(50) else c.subset(DOCUMENTS),
           present=85)

    count = c.number(sizes.min_procedures, sizes.max_procedures)
    procedures = [_procedure(c, kind, code, sizes) for code in _codes(c, count)]
    sub["procedures"] = procedures
    pairs = [(p, t) for p in procedures for t in p["tiers"]]

    ip_odds = {"publication": (45, 60), "internal_procedure": (70, 80),
               "internal_procedure_amendment": (60, 80), "electronic_procedure": (10, 35)}
    ep_odds = (60, 85) if kind == "electronic_procedure" else (3, 12)
    ips = []
    for p, t in _pairs_subset(c, pairs, *ip_odds[kind]):
        ip = _internal_procedure(c, kind, p, t, sizes)
        if c.chance(20):  # one case of several, or two cases of one TTHC at one tier
            first, second = c.subset(VARIANTS[:2] + VARIANTS[3:], min_size=2, max_size=2)
            ip["variant"] = first
            if c.chance(50):
                other = _internal_procedure(c, kind, p, t, sizes)
                other["variant"] = second
                ips.append(other)
        ips.append(ip)
    if ips or c.chance(50):
        sub["internal_procedures"] = ips
    elif c.chance(30):
        sub["internal_procedures"] = None
    by_key = {(ip["procedure_code"], ip["tier"]): ip for ip in ips}
    eps = []
    for p, t in _pairs_subset(c, pairs, *ep_odds):
        paired = by_key.get((p["code"], t))
        ep = _electronic_procedure(c, p, t, paired, sizes)
        if c.chance(25):  # its IP's case (spelled alike or not), or another
            ep["variant"] = c.pick(VARIANTS + ((paired or {}).get("variant") or "x",))
        eps.append(ep)
    if eps or c.chance(50):
        sub["electronic_procedures"] = eps
    elif c.chance(30):
        sub["electronic_procedures"] = None
    if c.chance(20):
        sub["open_points"] = [_open_point(c, pairs, ips, sizes)
                              for _ in range(c.number(1, 3))]
    return _shuffled_keys(c, sub)


def _open_point(c, pairs: list, ips: list, sizes: Sizes) -> dict:
    """What a reading could not settle (contract v1.2): a table not placed, or a printed total
    differing from its steps, for a procedure and tier of the submission (and a case of one
    of its internal procedures)."""
    point: dict = {"kind": "unplaced_table", "place": c.pick(PLACES)}
    _maybe(c, point, "heading", lambda: c.pick(HEADINGS), present=60, blank=True)
    if c.chance(50):
        p, tier = c.pick(pairs)
        point = {"kind": "total_differs", "place": c.pick(PLACES),
                 "procedure_code": p["code"], "tier": tier,
                 "printed": _duration(c, sizes), "summed": _duration(c, sizes)}
        cases = [ip["variant"] for ip in ips if ip["procedure_code"] == p["code"]
                 and ip["tier"] == tier and ip.get("variant")]
        if cases and c.chance(50):
            point["variant"] = c.pick(cases)
    return point


def submissions(min_procedures: int = 1, max_procedures: int = 6, max_steps: int = 6,
                max_parties: int = 4, tiny_durations: bool = False) -> st.SearchStrategy[dict]:
    """Hypothesis strategy of valid raw submissions (JSON-like dicts)."""
    sizes = Sizes(min_procedures, max_procedures, max_steps, max_parties, tiny_durations)
    return st.composite(lambda draw: build_submission(_Draws(draw), sizes))()


def dates() -> st.SearchStrategy[date]:
    """Dates from 2017 to 2027, half of them on or next to a rule boundary."""
    return st.composite(lambda draw: _date(_Draws(draw)))()


def random_submission(rng: random.Random, min_procedures: int = 1, max_procedures: int = 6,
                      max_steps: int = 6, max_parties: int = 4,
                      tiny_durations: bool = False) -> dict:
    """One valid raw submission drawn from ``rng`` (the builder of ``submissions``; sizes of
    lists and subsets are uniform here, geometric under Hypothesis)."""
    return build_submission(_Rolls(rng), Sizes(min_procedures, max_procedures, max_steps,
                                               max_parties, tiny_durations))


def random_date(rng: random.Random) -> date:
    return _date(_Rolls(rng))


def random_submissions(seed: int, count: int, **sizes: int) -> Iterator[dict]:
    """``count`` submissions from ``random.Random(seed)``: the same list for the same seed."""
    rng = random.Random(seed)
    for _ in range(count):
        yield random_submission(rng, **sizes)


# --- a procedure registry to evaluate a submission against ------------------------------------

def _spellings(decision: str) -> tuple[str, ...]:
    """Ways the registry may print a decision the submission cites (all the same number)."""
    return (decision, f"Quyết định số {decision}", decision.lower(),
            decision.replace("Đ", "D"), f" {decision} ngày 01/02/2020")


def _cited(submission: dict) -> dict[tuple[str, str], list[str]]:
    cited: dict[tuple[str, str], list[str]] = {}
    for key, ref in (("internal_procedures", "amends"), ("electronic_procedures", "based_on")):
        for item in submission.get(key) or ():
            decision = (item.get(ref) or {}).get("decision")
            if decision:
                cited.setdefault((item["procedure_code"], item["tier"]), []).append(decision)
    return cited


def _ep_totals(submission: dict) -> dict[tuple[str, str], tuple[int, float]]:
    totals = {}
    for ep in submission.get("electronic_procedures") or ():
        steps = ep.get("steps") or []
        hours = sum((s.get("duration") or {}).get("value", 0) *
                    (8 if (s.get("duration") or {}).get("unit") == "working_days" else 1)
                    for s in steps if s.get("counted", True))
        totals[(ep["procedure_code"], ep["tier"])] = (len(steps), hours)
    return totals


def build_registry(c, submission: dict) -> RegistryView:
    """A registry for a LOADED submission (``load_submission``'s result): for some of its
    procedures, versions of the TTHC and, per tier, of approved internal procedures (in force
    or superseded; their decision one the submission cites, spelled another way, or another;
    their step table the same as the electronic procedure's, or not) and of electronic
    procedures; sometimes a record of a procedure the submission does not name."""
    day = submission["submitted_on"]
    cited = _cited(submission)
    totals = _ep_totals(submission)
    procedures, internal, electronic = [], [], []

    def start() -> date:
        return day + timedelta(days=c.pick((0, -1, -30, -400, 1, 30)))

    codes = [(p["code"], tuple(p["tiers"])) for p in submission["procedures"]]
    if c.chance(20):
        codes.append(("9.999999", ("province",)))
    for code, tiers in codes:
        if not c.chance(60):
            continue
        if c.chance(70):
            procedures.append(ProcedureVersion(
                start(), None if c.chance(80) else day + timedelta(days=c.pick((0, 1, 90))),
                code, "Thủ tục", tiers if c.chance(80) else tiers[:1],
                c.pick(("in_force", "abolished"))))
        for tier in tiers:
            if not c.chance(60):
                continue
            spellings = [d for decision in cited.get((code, tier), ())
                         for d in _spellings(decision)]
            count, hours = totals.get((code, tier), (0, 0))
            valid_from = start()
            for version in range(c.number(1, 2)):
                if c.chance(60) and count:
                    step_count, counted = count, hours
                else:
                    step_count, counted = c.number(0, 5), c.pick((0, 8, 12.5, 20, 0.1, 40))
                if version == 0 and c.chance(40):  # superseded before the later version
                    until = valid_from + timedelta(days=c.pick((1, 30, 400)))
                else:
                    until = None
                decision = c.pick(spellings) if spellings and c.chance(60) else \
                    c.pick(DECISIONS + ("",))
                internal.append(InternalProcedureVersion(
                    valid_from, until, code, tier, decision or None, valid_from, step_count,
                    counted, c.chance(10)))
                if until is None:
                    break
                valid_from = until
            if c.chance(40):
                electronic.append(ElectronicProcedureVersion(
                    start(), None, code, tier, c.pick(PLATFORMS), c.pick(SCOPES),
                    c.pick((None, True, False))))
    return RegistryView(procedures, internal, electronic)


def registries(submission: dict) -> st.SearchStrategy[RegistryView | None]:
    """Hypothesis strategy: no registry, or one built for a LOADED ``submission``."""
    return st.none() | st.composite(lambda draw: build_registry(_Draws(draw), submission))()


def random_registry(rng: random.Random, submission: dict) -> RegistryView:
    return build_registry(_Rolls(rng), submission)

"""A step's time cell as a duration: «0,5 ngày làm việc», «04 giờ», «1/4 ngày», or not
counted («Không tính thời gian», «Giờ hành chính», prose, an empty cell)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from service.documents.text import clean, fold

DAYS, HOURS = "working_days", "working_hours"

# a number: 04, 0,5, 1.5, 1/4, ½
_NUMBER = r"(?P<num>\d+\s*/\s*\d+|\d+(?:[.,]\d+)?|[½¼¾])"
_UNIT = (r"(?P<unit>ngay\s+lam\s+viec|ngay\s+lv|ngay|gio\s+lam\s+viec|gio\s+lv|gio|"
         r"buoi\s+lam\s+viec|buoi|phut|h)\b")
# a number, perhaps its value in words «(một)», then its unit
_AMOUNT = re.compile(_NUMBER + r"\s*(?:\([^)]{0,30}\)\s*)?" + _UNIT)
_BARE_NUMBER = re.compile(r"^\s*" + _NUMBER + r"\s*$")
# never counted, whatever number follows («Không tính thời gian (15 ngày hoàn thiện)»)
_NOT_COUNTED = re.compile(r"^\W*(khong tinh|gio hanh chinh|khong quy dinh|khong xac dinh|"
                          r"khong ap dung)")
# not counted when no amount is given («Theo quy định», «Trong ngày»)
_NO_AMOUNT = re.compile(r"theo quy dinh|ngay khi|ngay sau khi|trong ngay|trong gio")
_VULGAR = {"½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4)}


@dataclass(frozen=True)
class TimeCell:
    """What a time cell says: a duration (or none), whether it counts, and why, in words a
    note can carry (None when the reading needs no note)."""
    duration: dict | None
    counted: bool
    note: tuple[str, str, str] | None = None  # kind, vi, en


def _number(raw: str) -> tuple[float, bool]:
    """The number, and whether it was written as a fraction."""
    raw = raw.replace(" ", "")
    if raw in _VULGAR:
        return float(_VULGAR[raw]), True
    if "/" in raw:
        num, den = raw.split("/")
        if int(den) == 0:
            raise ValueError(raw)
        return float(Fraction(int(num), int(den))), True
    return float(raw.replace(",", ".")), False


def _value(v: float) -> float | int:
    v = round(v, 6)
    return int(v) if float(v).is_integer() else v


def header_unit(header: str) -> str | None:
    """The unit a column's header gives its bare numbers: «Thời gian (ngày làm việc)»,
    «Số giờ». A conversion note («tính mỗi ngày 08 giờ làm việc») gives none."""
    h = fold(header)
    h = re.sub(r"tinh moi ngay[^)]*|moi ngay\s*\d+\s*gio[^)]*|1 ngay\s*=\s*\d+\s*gio[^)]*", "", h)
    if re.search(r"\bgio\b", h) and not re.search(r"\bngay\b", h):
        return HOURS
    if re.search(r"\bngay\b", h) and not re.search(r"\bgio\b", h):
        return DAYS
    return None


def read_time(text: str, unit_from_header: str | None = None) -> TimeCell:
    """Read one time cell."""
    words = clean(text)
    if not words:
        return TimeCell(None, False, ("time_empty", ("Ô thời gian để trống: bước không tính "
                                      "thời gian."), "Empty time cell: the step is not counted."))
    folded = fold(words)
    if _NOT_COUNTED.search(folded) or (_NO_AMOUNT.search(folded) and not _AMOUNT.search(folded)):
        return TimeCell(None, False)
    match = _AMOUNT.search(folded)
    if match is None:
        bare = _BARE_NUMBER.match(folded)
        if bare and unit_from_header:
            value, _ = _number(bare["num"])
            unit_vi = "ngày làm việc" if unit_from_header == DAYS else "giờ làm việc"
            return TimeCell({"value": _value(value), "unit": unit_from_header}, True,
                            ("time_unit_from_header",
                             f"Số không kèm đơn vị: đọc theo đơn vị ghi ở đầu cột ({unit_vi}).",
                             "A number without a unit: read in the unit of the column header."))
        if bare:
            return TimeCell(None, True, ("time_no_unit",
                                         ("Số không kèm đơn vị, đầu cột cũng không ghi: không "
                                         "đọc được thời gian."),
                                         ("A number with no unit, none in the header either: no "
                                         "duration read.")))
        return TimeCell(None, False, ("time_prose",
                                      ("Ô thời gian ghi bằng lời, không có số ngày hay giờ: "
                                      "bước không tính thời gian."),
                                      ("The time cell is prose with no days or hours: the step "
                                      "is not counted.")))
    try:
        value, fraction = _number(match["num"])
    except (ValueError, ZeroDivisionError):
        return TimeCell(None, True, ("time_unreadable", "Không đọc được số trong ô thời gian.",
                                     "The number in the time cell cannot be read."))
    unit = match["unit"]
    note = None
    if unit.startswith("gio") or unit == "h":
        duration = {"value": _value(value), "unit": HOURS}
    elif unit == "phut":
        duration = {"value": _value(value / 60), "unit": HOURS}
        note = ("time_minutes", "Phút được quy ra giờ làm việc.",
                "Minutes converted to working hours.")
    elif unit.startswith("buoi"):
        duration = {"value": _value(value / 2), "unit": DAYS}
        note = ("time_half_day", "Một buổi được đọc là nửa ngày làm việc.",
                "A «buổi» is read as half a working day.")
    else:
        duration = {"value": _value(value), "unit": DAYS}
        if unit == "ngay":
            note = ("time_bare_day", "«ngày» không ghi «làm việc»: đọc là ngày làm việc.",
                    "A bare «ngày» is read as working days.")
    if fraction:
        note = ("time_fraction",
                f"Phân số «{match['num']}» được đọc là {str(_value(value)).replace('.', ',')}"
                + (" ngày làm việc." if duration["unit"] == DAYS else " giờ làm việc.")
                + (" «ngày» không ghi «làm việc»: đọc là ngày làm việc." if unit == "ngay" else ""),
                f"The fraction «{match['num']}» is read as {_value(value)}.")
    if len(_AMOUNT.findall(folded)) > 1 and note is None and "tuong duong" not in folded:
        note = ("time_first_of_several", "Ô thời gian ghi nhiều số: lấy số đầu tiên.",
                "The time cell holds several amounts: the first is taken.")
    return TimeCell(duration, True, note)


def hours(duration: dict) -> float:
    return duration["value"] * (8 if duration["unit"] == DAYS else 1)


def total_of(durations: list[dict]) -> dict | None:
    """The sum, in days when every part is in days, else in hours."""
    if not durations:
        return None
    if all(d["unit"] == DAYS for d in durations):
        return {"value": _value(sum(d["value"] for d in durations)), "unit": DAYS}
    return {"value": _value(sum(hours(d) for d in durations)), "unit": HOURS}


def spoken(duration: dict | None) -> str:
    """«4,5 ngày làm việc», «4 giờ làm việc»."""
    if duration is None:
        return "—"
    value = str(duration["value"]).replace(".", ",")
    return f"{value} {'ngày làm việc' if duration['unit'] == DAYS else 'giờ làm việc'}"

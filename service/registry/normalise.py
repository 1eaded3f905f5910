"""Reading one printed value of a published TTHC list: code, tiers, time limit, change type.

Published lists are typed by hand and printed as decided: codes as ``1.014.111`` or
``3000410``, tiers as ``Cấp Tỉnh; Cấp Xã`` or ``áp dụng chung``, time limits as a paragraph of
legal text. Each function here takes what was printed and returns the contract's value, or
says why it cannot; none of them guesses silently: every reading that is an assumption comes
back as a note a person can check.

Pure functions only (no files, no database).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from service.contract.schemas import TIERS, TTHC_CODE
from service.engine.jurisdiction import known as known_province
from service.engine.jurisdiction import province_named

TWO_TIER_REFORM = date(2025, 7, 1)  # Luật 72/2025/QH15: no district tier from this day
HOURS_PER_DAY = 8

_SPACES = re.compile(r"[\s\u00a0\u200b\u2007\u202f\ufeff]+")
# Control characters and unpaired surrogates: no database column holds them (NUL), no cell
# means them.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(value: Any) -> str:
    """A cell as text: NFC, control characters dropped, white space (incl. non-breaking)
    collapsed, trimmed."""
    if value is None:
        return ""
    text = _UNPRINTABLE.sub("", str(value))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(value: Any) -> str:
    """Text for comparing: no diacritics, ``đ`` as ``d``, lower case, punctuation as spaces."""
    text = unicodedata.normalize("NFD", clean_text(value).replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


# --- codes ----------------------------------------------------------------------------------

_CODE = re.compile(r"([0-9])\.?([0-9]{3})\.?([0-9]{3})((?:\.000\.00\.00)?)\.?(H[0-9]{2})?")


def normalise_code(printed: Any) -> str | None:
    """The national TTHC code a printed one stands for, or None when it cannot be read.

    ``1.014.111`` → ``1.014111``; ``3000410`` → ``3.000410``; spaces anywhere are dropped;
    ``1.014383.h13`` → ``1.014383.H13``. What is left must fully match the contract's pattern:
    a truncated ``1.01443`` is not completed.
    """
    text = _SPACES.sub("", unicodedata.normalize("NFKC", str(printed or ""))).upper()
    text = text.rstrip(".")
    m = _CODE.fullmatch(text)
    if not m:
        return None
    head, long_form, province = f"{m[1]}.{m[2]}{m[3]}", m[4], m[5]
    if long_form and not province:
        return None
    code = head + (f"{long_form}.{province}" if province else "")
    return code if TTHC_CODE.fullmatch(code) else None


def code_from_number(value: float) -> tuple[str, str]:
    """A code typed into a spreadsheet number cell, as text, with a note (in Vietnamese).

    A number cell keeps no trailing zeros (``1.014110`` is stored as 1.01411), so the six
    decimals are restored; an integer such as 3000410 is kept as it is.
    """
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value)), ""
    return f"{value:.6f}", (f"mã TTHC đọc từ ô số ({value!r}) thành {value:.6f} (ô số không "
                            "giữ số 0 ở cuối)")


# --- tiers ----------------------------------------------------------------------------------

_TIER_WORDS = {
    "tinh": "province", "province": "province", "cap tinh": "province",
    "huyen": "district", "district": "district", "quan": "district", "thi xa": "district",
    "thanh pho thuoc tinh": "district",
    "xa": "commune", "commune": "commune", "phuong": "commune", "thi tran": "commune",
    "dac khu": "commune",
}
TIER_NAMES = {"province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"}
_TIER_SPLIT = re.compile(r"[;,/+\n|&]|\s+và\s+|\s+-\s+", re.IGNORECASE)
# «áp dụng chung», «dùng chung cho các cấp», «các cấp», «tất cả các cấp»…: every tier.
_COMMON = re.compile(r"(?:(?:ap dung|dung|thuc hien|ap dung thong nhat)\s+)?"
                     r"(?:chung(?:\s+cho)?(?:\s+(?:tat ca\s+|moi\s+)?cac cap)?"
                     r"|(?:cho\s+)?(?:tat ca\s+|moi\s+)?cac cap|moi cap|all)")
# Bodies that are not a tier of local government, printed beside one in the tier column.
_NOT_A_TIER = re.compile(r"(?:co quan|don vi|to chuc)\s+khac|khac|trung uong|"
                         r"(?:co quan|bo|nganh)\s+trung uong|bo nganh|bo|nganh doc|"
                         r"co quan nganh doc|co quan (?:duoc )?to chuc theo nganh doc")
_TIER_HELP = "cấp tỉnh, cấp huyện, cấp xã"


def tiers_on(day: date | None) -> tuple[str, ...]:
    """The tiers of local government on a date: province and commune from 2025-07-01."""
    if day is not None and day < TWO_TIER_REFORM:
        return TIERS
    return ("province", "commune")


@dataclass
class Reading:
    """The value read from one cell, the notes on how it was read, or why it was not."""
    value: Any = None
    notes: list[str] = field(default_factory=list)
    error: str | None = None


def vi_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def tier_list(tiers: Iterable[str]) -> str:
    return ", ".join(TIER_NAMES[t] for t in tiers)


def normalise_tiers(printed: Any, decided_on: date | None = None) -> Reading:
    """Tiers (contract order, no repeats) from ``Cấp Tỉnh; Cấp Xã``, ``CẤP TỈNH``, ``xã``…

    ``áp dụng chung`` and ``dùng chung cho các cấp`` (applies in common, to every tier) mean
    every tier of local government on the decision's date — province and commune from
    2025-07-01, also district before — and are noted as a reading, not a fact printed. A
    body that is not a tier (``Cơ quan khác``, ``Trung ương``) printed beside a tier is left
    out, with a note; printed alone it is an error, as is any other word.
    """
    text = clean_text(printed)
    if not text:
        return Reading([])
    found: set[str] = set()
    notes: list[str] = []
    others: list[str] = []
    for part in _TIER_SPLIT.split(text):
        words = fold(part)
        if not words:
            continue
        words = re.sub(r"^(ubnd|uy ban nhan dan)\s+", "", words)
        words = re.sub(r"^cap\s+", "", words)
        if _COMMON.fullmatch(words):
            common = tiers_on(decided_on)
            found.update(common)
            when = vi_date(decided_on) if decided_on else "(quyết định không ghi ngày)"
            notes.append(f"cấp «{part.strip()}» được hiểu là mọi cấp chính quyền địa phương "
                         f"vào ngày {when}: {tier_list(common)}")
        elif _NOT_A_TIER.fullmatch(words):
            others.append(part.strip())
        elif words in _TIER_WORDS:
            found.add(_TIER_WORDS[words])
        else:
            return Reading(error=f"«{part.strip()}» không phải cấp chính quyền địa phương "
                                 f"({_TIER_HELP})")
    if others and not found:
        return Reading(error=f"«{'; '.join(others)}» không phải cấp chính quyền địa phương "
                             f"({_TIER_HELP})")
    tiers = [t for t in TIERS if t in found]
    if others:
        notes.append(f"«{'; '.join(others)}» không phải cấp chính quyền địa phương: bỏ qua, "
                     f"giữ {tier_list(tiers)}")
    return Reading(tiers, notes)


# --- time limits ----------------------------------------------------------------------------

_DURATION = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:\((?P<words>[^)]{0,40})\)\s*)?"
    r"(?P<unit>ngày\s+làm\s+việc|ngày|giờ\s+làm\s+việc|giờ|tháng|năm|tuần)(?!\w)",
    re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?:sau|trước|lúc|vào|đến|tới|từ)\s*$", re.IGNORECASE)
_EXTENSION_BEFORE = re.compile(r"(?:kéo\s+dài|gia\s+hạn)[^.;:]{0,30}$", re.IGNORECASE)
_DATE_PART_BEFORE = {"tháng": re.compile(r"ngày\s*$", re.IGNORECASE),
                     "năm": re.compile(r"tháng\s*$", re.IGNORECASE)}
_CALENDAR_AFTER = re.compile(r"^\s*(?:\(?\s*(?:kể|tính)\s+cả\s+ngày\s+nghỉ|liên\s+tục|lịch)",
                             re.IGNORECASE)


@dataclass(frozen=True)
class _Found:
    value: float
    unit: str  # working_days, working_hours, or a unit that is not working time
    bare_day: bool
    printed: str

    @property
    def hours(self) -> float | None:
        if self.unit == "working_days":
            return self.value * HOURS_PER_DAY
        if self.unit == "working_hours":
            return self.value
        return None


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _vi_number(value: float) -> str:
    """A number as Vietnamese prints it (decimal comma)."""
    return str(_number(value)).replace(".", ",")


def normalise_time_limit(printed: Any) -> Reading:
    """The legal time limit (a contract Duration) in a printed text, when it holds one.

    ``N ngày làm việc`` and ``N giờ (làm việc)`` are read as printed; a bare ``N ngày`` is
    read as working days and noted as an assumption; ``0,5 ngày`` is 0.5; a spelled-out number
    in brackets (``02 (hai)``) is skipped. Not durations: clock times (``sau 15 giờ``) and
    extensions (``kéo dài thêm không quá 02 ngày``). Several durations that are the same time
    (``168 giờ (tương đương 21 ngày)``) are one. When the text holds several different
    durations, calendar days, months, or none at all, the value is left unknown (None) and the
    text kept: that is not an error.
    """
    text = clean_text(printed)
    if not text:
        return Reading(None)
    found: list[_Found] = []
    notes: list[str] = []
    for m in _DURATION.finditer(text):
        before, after = text[:m.start()], text[m.end():]
        unit_words = " ".join(m["unit"].lower().split())
        if unit_words == "giờ" and _CLOCK_BEFORE.search(before):
            continue  # a time of day: «sau 15 giờ»
        if unit_words in _DATE_PART_BEFORE and _DATE_PART_BEFORE[unit_words].search(before):
            continue  # part of a date: «ngày 18 tháng 11 năm 2025»
        if _EXTENSION_BEFORE.search(before):
            notes.append(f"«{m[0]}» là thời gian gia hạn, không phải thời hạn giải quyết")
            continue
        value = float(m["num"].replace(",", "."))
        if unit_words == "ngày làm việc":
            unit = "working_days"
        elif unit_words.startswith("giờ"):
            unit = "working_hours"
        elif unit_words == "ngày":
            unit = "calendar_days" if _CALENDAR_AFTER.search(after) else "working_days"
        else:
            unit = unit_words
        found.append(_Found(value, unit, unit_words == "ngày" and unit == "working_days",
                            m[0]))
    if not found:
        return Reading(None, notes + ["thời hạn không ghi số ngày, số giờ: chưa rõ giá trị"])
    if any(f.hours is None for f in found):
        odd = next(f for f in found if f.hours is None)
        return Reading(None, notes + [(f"«{odd.printed}» không tính bằng ngày làm việc: chưa "
                                      "rõ giá trị")])
    if len({f.hours for f in found}) > 1:
        listed = "; ".join(dict.fromkeys(f.printed for f in found))
        return Reading(None, notes + [(f"có nhiều thời hạn khác nhau ({listed}): chưa rõ giá "
                                      "trị")])
    first = found[0]
    if any(f.bare_day for f in found):
        bare = next(f for f in found if f.bare_day)
        notes.append(f"«{bare.printed}» không ghi «làm việc»: được hiểu là "
                     f"{_vi_number(bare.value)} ngày làm việc (giả định)")
    return Reading({"value": _number(first.value), "unit": first.unit}, notes)


# --- change type, status, reception ---------------------------------------------------------

_CHANGES = {
    "moi ban hanh": "new", "ban hanh moi": "new", "moi": "new", "tthc moi": "new",
    "cong bo moi": "new", "new": "new",
    "sua doi bo sung": "amended", "sua doi": "amended", "bo sung": "amended",
    "duoc sua doi bo sung": "amended", "sua doi bo sung thay the": "amended",
    "amended": "amended",
    "thay the": "replaced", "duoc thay the": "replaced", "replaced": "replaced",
    "bai bo": "abolished", "bi bai bo": "abolished", "da bai bo": "abolished",
    "abolished": "abolished",
    "listed": "listed", "cong bo lai": "listed", "giu nguyen": "listed",
    "khong thay doi": "unchanged", "unchanged": "unchanged",
}
_STATUSES = {
    "con hieu luc": "in_force", "hieu luc": "in_force", "dang thuc hien": "in_force",
    "dang ap dung": "in_force", "in force": "in_force", "in_force": "in_force",
    "het hieu luc": "abolished", "bai bo": "abolished", "da bai bo": "abolished",
    "bi bai bo": "abolished", "abolished": "abolished",
}


def normalise_change(printed: Any) -> Reading:
    """``mới ban hành`` → new, ``sửa đổi, bổ sung`` → amended, ``thay thế`` → replaced,
    ``bãi bỏ`` → abolished (English values accepted); empty → None."""
    text = clean_text(printed)
    if not text:
        return Reading(None)
    words = fold(text).replace("in force", "in_force")
    if words in _CHANGES:
        return Reading(_CHANGES[words])
    return Reading(error=f"«{text}» không phải loại thay đổi (mới ban hành, sửa đổi, bổ sung, "
                         "thay thế, bãi bỏ)")


def normalise_status(printed: Any) -> Reading:
    """``còn hiệu lực`` → in_force, ``hết hiệu lực`` / ``bãi bỏ`` → abolished; empty → None."""
    text = clean_text(printed)
    if not text:
        return Reading(None)
    words = fold(text)
    words = "in_force" if words == "in force" else words
    if words in _STATUSES:
        return Reading(_STATUSES[words])
    return Reading(error=f"«{text}» không phải trạng thái (còn hiệu lực, hết hiệu lực)")


def normalise_reception(printed: Any) -> Reading:
    """Where a province-tier TTHC is received: ``provincial_centre`` or ``agency``."""
    text = clean_text(printed)
    if not text:
        return Reading(None)
    words = fold(text)
    if words in ("provincial centre", "provincial_centre") or (
            "tinh" in words.split() and ("trung tam" in words or "mot cua" in words)):
        return Reading("provincial_centre")
    if words == "agency" or any(w in words for w in ("co quan", "don vi", "tai so")):
        return Reading("agency")
    return Reading(error=f"«{text}» không phải nơi tiếp nhận (Trung tâm Phục vụ hành chính công "
                         "tỉnh, tại cơ quan, đơn vị)")


# --- dates ----------------------------------------------------------------------------------

_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def normalise_date(printed: Any) -> Reading:
    """A decision date from ``2025-11-18``, ``18/11/2025``, ``18-11-2025``, ``ngày 18 tháng 11
    năm 2025`` or a spreadsheet date; a weekend date is kept and noted."""
    if isinstance(printed, datetime):
        day = printed.date()
    elif isinstance(printed, date):
        day = printed
    else:
        text = clean_text(printed)
        if not text:
            return Reading(None)
        day = _parse_date(text)
        if day is None:
            return Reading(error=f"«{text}» không phải ngày có thật (ngày/tháng/năm hoặc "
                                 "năm-tháng-ngày)")
    notes = []
    if day.weekday() >= 5:
        notes.append(f"quyết định ghi ngày {_WEEKDAYS[day.weekday()]} ({vi_date(day)})")
    return Reading(day, notes)


def _parse_date(text: str) -> date | None:
    patterns = ((r"(\d{4})-(\d{1,2})-(\d{1,2})", (1, 2, 3)),
                (r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", (3, 2, 1)),
                (r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", (3, 2, 1)))
    for pattern, (y, m, d) in patterns:
        match = re.fullmatch(pattern, text, re.IGNORECASE)
        if match:
            try:
                return date(int(match[y]), int(match[m]), int(match[d]))
            except ValueError:
                return None
    return None


# --- provinces ------------------------------------------------------------------------------

def normalise_province(printed: Any) -> Reading:
    """A province's slug from its slug (``nghe-an``) or its printed name (``Nghệ An``,
    ``Tỉnh Cao Bằng``, ``UBND tỉnh Hà Tĩnh``); empty → None."""
    text = clean_text(printed)
    if not text:
        return Reading(None)
    slug = text.lower() if known_province(text.lower()) else province_named(text)
    if slug is None:
        return Reading(error=f"«{text}» không phải tên một tỉnh, thành phố đã biết")
    return Reading(slug)


# --- decision numbers -----------------------------------------------------------------------

_DECISION = re.compile(r"([0-9]+)/([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)")


def decision_key(printed: Any) -> str | None:
    """A decision number for comparing: ``Quyết định số 1805/QĐ-UBND ngày …`` and
    ``1805/qd-ubnd`` both give ``1805/QD-UBND``; text with no ``N/ABC`` number is compared
    whole (folded). None when empty."""
    text = clean_text(printed).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c)).upper()
    if not text:
        return None
    match = _DECISION.search(re.sub(r"\s*([/-])\s*", r"\1", text))
    return f"{match[1].lstrip('0') or '0'}/{match[2]}" if match else fold(text)

"""Provinces: the list a submission's ``province`` is checked against, and the deployment's
default province.

The list is data (``policies/provinces.yaml``): the 63 provinces and centrally-run cities
before 01/07/2025 and the 34 from then, each with its slug and Vietnamese name. A slug is
known when it is in either list, on any date (a 2026 dossier may still name ``vinh-phuc``).

A unit that ended names its successor: a unit of the first list that is not in the second
ended on 30/06/2025 and was merged into the unit of the second list formed from it
(Nghị quyết 202/2025/QH15); a unit that ended on another day says so in the file (Thừa Thiên
Huế became the city of Huế on 01/01/2025). :func:`ended_by` tells whether the unit a slug
names had ended by a day, and its successor then (catalogue v3, JUR-01 and JUR-02).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml

PROVINCES_FILE = Path(__file__).resolve().parents[2] / "policies" / "provinces.yaml"
DEFAULT_PROVINCE = "vinh-phuc"


@dataclass(frozen=True)
class Province:
    slug: str
    name: str  # without «Tỉnh»/«Thành phố»: «Vĩnh Phúc», «Hồ Chí Minh»
    kind: str  # province | city
    current: bool  # one of the 34 units from 01/07/2025
    formed_from: tuple[str, ...] = ()
    until: date | None = None  # the last day of a unit that ended
    successor: str | None = None  # the unit it became part of (or was renamed to)

    @property
    def full_name(self) -> str:
        return ("Thành phố " if self.kind == "city" else "Tỉnh ") + self.name


def slugify(name: str) -> str:
    """The slug of a Vietnamese province name: diacritics removed («đ» → d), lowercase,
    words joined by «-» («Bà Rịa - Vũng Tàu» → ``ba-ria-vung-tau``)."""
    text = name.replace("Đ", "D").replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


MERGER_LAST_DAY = date(2025, 6, 30)


@cache
def provinces() -> dict[str, Province]:
    """Every known province by slug (a slug in both lists is described as it is now), each
    unit that ended with its last day and its successor."""
    data = yaml.safe_load(PROVINCES_FILE.read_text(encoding="utf-8"))
    after = {item["slug"]: item for item in data["from_2025_07_01"]}
    merged_into: dict[str, list[str]] = {}
    for item in data["from_2025_07_01"]:
        for slug in item.get("formed_from", ()):
            merged_into.setdefault(slug, []).append(item["slug"])
    out: dict[str, Province] = {}
    for item in data["until_2025_06_30"]:
        slug = item["slug"]
        if slug in after:
            continue
        until, successor = item.get("until"), item.get("successor")
        if successor is None:
            into = merged_into.get(slug, [])
            if len(into) != 1:
                raise ValueError(f"{PROVINCES_FILE}: {slug} ended but names "
                                 f"{len(into)} successors ({', '.join(into) or 'none'})")
            successor = into[0]
        out[slug] = Province(slug, item["name"], item["kind"], False,
                             until=until or MERGER_LAST_DAY, successor=successor)
    for slug, item in after.items():
        out[slug] = Province(slug, item["name"], item["kind"], True,
                             tuple(item.get("formed_from", ())))
    return out


def ended_by(slug: str, day: date) -> Province | None:
    """The unit that stands for ``slug`` on ``day`` when the unit it names had ended by then
    (following a chain of endings); None when it still existed that day, or is unknown."""
    unit = provinces().get(slug)
    if unit is None or unit.until is None or day <= unit.until:
        return None
    seen = {slug}
    while unit.until is not None and day > unit.until and unit.successor not in seen:
        seen.add(unit.successor)
        unit = provinces()[unit.successor]
    return unit


def slugs() -> list[str]:
    """Every known slug, sorted (what the OpenAPI document lists)."""
    return sorted(provinces())


def known(slug: str) -> bool:
    return slug in provinces()


def province_named(text: str) -> str | None:
    """The slug of the province a printed name designates («ỦY BAN NHÂN DÂN TỈNH CAO BẰNG»,
    «Thành phố Hồ Chí Minh», «tỉnh Vĩnh Phúc»), or None."""
    slug = slugify(text)
    for prefix in ("uy-ban-nhan-dan-", "ubnd-"):
        slug = slug.removeprefix(prefix)
    for prefix in ("tinh-", "thanh-pho-", "tp-"):
        if slug.startswith(prefix) and slug[len(prefix):] in provinces():
            return slug[len(prefix):]
    return slug if slug in provinces() else None


def default_province() -> str:
    """The deployment's province (``TTHC_PROVINCE``, default ``vinh-phuc``)."""
    slug = (os.environ.get("TTHC_PROVINCE") or DEFAULT_PROVINCE).strip()
    if not known(slug):
        raise ValueError(f"TTHC_PROVINCE={slug!r}: not a known province slug")
    return slug


def province_of(submission: dict) -> str:
    """The province whose packs a submission gets: its own ``province``, else the default."""
    return submission.get("province") or default_province()


@dataclass(frozen=True)
class Where:
    """Which province a submission is evaluated for on a day (catalogue v3, JUR-01/JUR-02).

    * ``province`` — the verdict's province: the one the dossier names (even one that had
      ended: JUR-01), else the deployment's default, or its successor when the default had
      ended (JUR-02);
    * ``bound`` — the province whose own packs and delegations apply: none under JUR-01;
    * ``registry`` — whose registry entries are read: the successor under JUR-01;
    * ``named``, ``default`` — what the dossier names and the deployment's setting;
    * ``successor`` — the unit that stands for an ended one (JUR-01 or JUR-02), else None.
    """

    province: str
    bound: str | None
    registry: str
    named: str | None
    default: str
    successor: str | None = None

    @property
    def named_ended(self) -> bool:
        return self.named is not None and self.successor is not None

    @property
    def default_ended(self) -> bool:
        return self.named is None and self.successor is not None


def resolve(submission: dict, day: date) -> Where:
    """Where a submission is evaluated on ``day`` (see :class:`Where`)."""
    named = submission.get("province") or None
    default = default_province()
    if named is not None:
        after = ended_by(named, day)
        if after is None:
            return Where(named, named, named, named, default)
        return Where(named, None, after.slug, named, default, after.slug)
    after = ended_by(default, day)
    if after is None:
        return Where(default, default, default, None, default)
    return Where(after.slug, after.slug, after.slug, None, default, after.slug)


def registry_province_of(submission: dict) -> str:
    """Whose registry entries an evaluation of ``submission`` on its own date reads."""
    day = submission.get("submitted_on")
    if isinstance(day, str):  # a stored body: the date as sent
        try:
            day = date.fromisoformat(day)
        except ValueError:
            day = None
    if not isinstance(day, date):
        return province_of(submission)
    return resolve(submission, day).registry

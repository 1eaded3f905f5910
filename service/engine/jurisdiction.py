"""Provinces: the list a submission's ``province`` is checked against, and the deployment's
default province.

The list is data (``policies/provinces.yaml``): the 63 provinces and centrally-run cities
before 01/07/2025 and the 34 from then, each with its slug and Vietnamese name. A slug is
known when it is in either list, on any date (a 2026 dossier may still name ``vinh-phuc``).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
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


@cache
def provinces() -> dict[str, Province]:
    """Every known province by slug (a slug in both lists is described as it is now)."""
    data = yaml.safe_load(PROVINCES_FILE.read_text(encoding="utf-8"))
    out: dict[str, Province] = {}
    for key, current in (("until_2025_06_30", False), ("from_2025_07_01", True)):
        for item in data[key]:
            out[item["slug"]] = Province(item["slug"], item["name"], item["kind"], current,
                                         tuple(item.get("formed_from", ())))
    return out


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

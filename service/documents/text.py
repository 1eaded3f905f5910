"""Text as the reader compares it: Vietnamese folded to plain letters, white space collapsed."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_FOLD = str.maketrans({"đ": "d", "Đ": "d"})


def clean(text: str) -> str:
    """Every run of white space (non-breaking included) one space, trimmed; NFC."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Lowercase, without tone marks or diacritics («Thời gian» → ``thoi gian``), white
    space collapsed: how headings and labels are matched."""
    text = unicodedata.normalize("NFD", text.translate(_FOLD))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return _SPACE.sub(" ", text.lower()).strip()


def words_only(text: str) -> str:
    """Folded, with punctuation removed: for comparing names."""
    return _SPACE.sub(" ", re.sub(r"[^0-9a-z]+", " ", fold(text))).strip()


def short(text: str, limit: int = 160) -> str:
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def is_upper(text: str) -> bool:
    """Mostly capital letters (a heading printed in capitals)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)

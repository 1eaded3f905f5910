"""Text as the reader compares it: Vietnamese folded to plain letters, white space collapsed."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def _fold_table() -> dict[int, str]:
    """Every Latin letter with marks (Vietnamese included) to its plain lowercase letter."""
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for start, end in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(start, end + 1):
            base = "".join(c for c in unicodedata.normalize("NFD", chr(code))
                           if unicodedata.category(c) != "Mn")
            if base != chr(code) and base.isascii():
                table[code] = base.lower()
    for mark in range(0x0300, 0x0370):  # combining marks left by decomposed text
        table[mark] = None
    return table


_FOLD = _fold_table()


def clean(text: str) -> str:
    """Every run of white space (non-breaking included) one space, trimmed; NFC."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Lowercase, without tone marks or diacritics («Thời gian» → ``thoi gian``), white
    space collapsed: how headings and labels are matched."""
    return _SPACE.sub(" ", text.translate(_FOLD).lower()).strip()


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

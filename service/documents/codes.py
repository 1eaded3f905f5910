"""National TTHC codes as printed: «1.001806», «1.014.111», «1. 001806», «3000410», with a
province suffix «1.014461.H35» or «2.000001.000.00.00.H35»."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.contract.schemas import TTHC_CODE

_SUFFIX = r"(?P<suffix>\.\s?000\.00\.00\.H\d{2}|\.\s?H\d{2})?"
# 1.001806 · 1.014.111 · 1. 001806 · 1 .001806
_DOTTED = re.compile(r"(?<![\d.])(?P<a>\d)\s?\.\s?(?P<b>\d{3})\s?\.?\s?(?P<c>\d{3})(?![\d])" + _SUFFIX)
# 3000410, only where the words say a code is meant («Mã TTHC: 3000410», a code column)
_BARE = re.compile(r"(?<![\d.])(?P<a>\d)(?P<b>\d{3})(?P<c>\d{3})(?![\d.])" + _SUFFIX)
_CODE_WORD = re.compile(r"m[ãa]\s*(s[ốo]|tthc|th[ủu]\s*t[ụu]c)?\s*[:.]?\s*$", re.IGNORECASE)


# «Mã TTHC:», «mã số», «Mã số TTHC:», «Mã thủ tục hành chính:»
_LABEL = (r"m[ãa]\s*(s[ốo])?\s*(tthc|th[ủu]\s*t[ụu]c(\s*h[àa]nh\s*ch[íi]nh)?)?\s*[:.]?\s*")


@dataclass(frozen=True)
class Code:
    code: str  # as the contract writes it
    printed: str  # as the document prints it
    odd: bool  # printed otherwise than the contract writes it
    start: int
    end: int


def _make(match: re.Match, text: str) -> Code | None:
    suffix = (match["suffix"] or "").replace(" ", "")
    code = f"{match['a']}.{match['b']}{match['c']}{suffix}"
    if not TTHC_CODE.match(code):
        return None
    printed = text[match.start():match.end()]
    return Code(code, printed, printed != code, match.start(), match.end())


def find_codes(text: str, code_context: bool = False) -> list[Code]:
    """Every code printed in ``text``. Seven bare digits count only in a code column
    (``code_context``) or right after «Mã …»."""
    found: list[Code] = []
    taken: list[tuple[int, int]] = []
    for match in _DOTTED.finditer(text):
        code = _make(match, text)
        if code is not None:
            found.append(code)
            taken.append((code.start, code.end))
    for match in _BARE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if code_context or _CODE_WORD.search(text[max(0, match.start() - 20):match.start()]):
            code = _make(match, text)
            if code is not None:
                found.append(code)
    return sorted(found, key=lambda c: c.start)


def without_codes(text: str, codes: list[Code]) -> str:
    """The text with its printed codes, and the «(Mã TTHC: …)» around them, taken out."""
    out = text
    for code in sorted(codes, key=lambda c: -c.start):
        out = out[:code.start] + out[code.end:]
    out = re.sub(r"\(\s*(" + _LABEL + r")?[;,\s]*\)", "", out, flags=re.IGNORECASE)
    out = re.sub(r"[-–:;,\s]*(" + _LABEL + r")$", "", out, flags=re.IGNORECASE)
    out = re.sub(r"^\s*(" + _LABEL + r")[-–:;,\s]*", "", out, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", out).strip(" -–:;,.")

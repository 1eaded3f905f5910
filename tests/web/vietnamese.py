"""What a person reads on a Vietnamese page, and what must never be in it: an English word, a
value of the data format (an enum), a note for legal staff.

``visible_text(html)`` is the page's own text as a browser shows it before anything is opened:
without the contents of a closed ``<details>`` (its ``<summary>`` stays), form state (hidden
fields, the advanced form's JSON), scripts, styles and the language switch's «English»; and
without the words the page quotes from the documents read (marked ``lang="vi"``: a
department's draft may well print «scan» or «email») and file names.

``foreign_words(text)`` names every word that is not Vietnamese: a word is Vietnamese when it
is one Vietnamese syllable (an initial consonant, a vowel group and a final consonant of
Vietnamese spelling, whatever its tone marks); an abbreviation (two capitals or more, such as
«UBND», «TTr», «NĐ») or a number passes; so do the file kinds a reviewer uploads. English
words break Vietnamese spelling almost always («and», «of», «Decree», «listed»,
«working_days»); the few that do not («to», «in») say nothing alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from html.parser import HTMLParser

_INITIAL = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
_VOWELS = r"(?:[aeiouy]{1,3})"
_FINAL = r"(?:ch|nh|ng|c|m|n|p|t)?"
SYLLABLE = re.compile(rf"{_INITIAL}{_VOWELS}{_FINAL}")
FILE_KINDS = {"docx", "html", "htm", "doc", "docm", "pdf", "json", "xlsx", "csv"}
# words Vietnamese writes as they are: the word processor's name, «trang web», «Unicode»
LOANS = {"word", "web", "unicode"}
WORD = re.compile(r"[^\W\d_]+(?:_[^\W\d_]+)*")


def _base(word: str) -> str:
    """The word's letters without tone or vowel marks, «đ» as «d», lower case."""
    text = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@cache
def place_words() -> frozenset[str]:
    """The words of the provinces' names (Đắk Lắk, Kon Tum …), proper names as they are."""
    from service.engine.jurisdiction import provinces

    return frozenset(_base(w) for p in provinces().values() for w in WORD.findall(p.full_name))


def is_vietnamese(word: str) -> bool:
    if sum(c.isupper() for c in word) >= 2 and "_" not in word:
        return True  # an abbreviation: UBND, TTHC, TTr, NĐ-CP
    base = _base(word)
    if len(base) == 1:
        return True  # a list's letter: «a)», «b)»
    return base in FILE_KINDS or base in LOANS or base in place_words() or \
        bool(SYLLABLE.fullmatch(base))


def foreign_words(text: str) -> list[str]:
    """The words that are not Vietnamese (a word cut short, «khởi ngh…», is not judged)."""
    return [m[0] for m in WORD.finditer(text)
            if not text.startswith("…", m.end()) and not is_vietnamese(m[0])]


_SKIP = frozenset({"script", "style", "textarea", "head", "title", "template"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})


class _Visible(HTMLParser):

    def __init__(self, quoted: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.quoted = quoted  # with the words quoted from the documents read
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its content)
        self.parts: list[str] = []

    def _hidden(self) -> bool:
        return any(hides for _, hides in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        # the document's own words (marked lang="vi") and file names are what a department
        # wrote, not the page's: they are shown as they are
        hides = tag in _SKIP or "hidden" in attrs or "lang-switch" in classes or \
            (not self.quoted and ((attrs.get("lang") == "vi" and tag != "html")
                                  or "file-name" in classes))
        if tag == "summary" and self.stack and self.stack[-1][0] == "details":
            # a closed details hides all but its summary
            self.stack[-1] = ("details", False)
            self.stack.append(("summary", hides))
            return
        if tag == "details" and "open" not in attrs:
            self.stack.append(("details", True))
            return
        self.stack.append((tag, hides))

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        while self.stack:
            top, _ = self.stack.pop()
            if top == "summary" and tag == "summary":
                # after a closed details' summary, its content is hidden again
                if self.stack and self.stack[-1][0] == "details":
                    self.stack[-1] = ("details", True)
                return
            if top == tag:
                return

    def handle_data(self, data):
        if not self._hidden():
            self.parts.append(data)


def visible_text(html: str, quoted: bool = False) -> str:
    """The page's text as shown before anything is opened; ``quoted``: with the words it
    quotes from the documents read and file names."""
    parser = _Visible(quoted)
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


@cache
def legal_staff_notes() -> list[str]:
    """Every part of a legal basis note that is a to-do for legal staff (as the rule files
    write it), which a reviewer or a department must never read."""
    from service.engine import get_engine
    from service.web.rulebook import staff_clauses

    found: dict[str, None] = {}
    for rule in get_engine().policies.rules:
        for basis in rule.legal_basis:
            for clause in staff_clauses(basis.get("note") or ""):
                found[clause] = None
    return list(found)


def enum_values() -> set[str]:
    """The values of the data format a person must never read as such."""
    from service.contract import schemas

    values: set[str] = set()
    for name in ("KINDS", "AGENCY_TYPES", "DOCUMENTS", "CHANGES", "CHANGED_ELEMENTS", "TIERS",
                 "RECEPTIONS", "UNITS", "PLATFORMS", "SCOPES", "AMENDMENT_REASONS", "SIGNED_AS"):
        values |= set(getattr(schemas, name, ()))
    return values


def problems(html: str) -> list[str]:
    """What a person must not read on this Vietnamese page: its foreign words, enum values
    and legal-staff notes, each once."""
    text = visible_text(html)
    found = [f"word «{w}»" for w in dict.fromkeys(foreign_words(text))]
    words = set(WORD.findall(text))
    found += [f"value «{v}»" for v in sorted(enum_values()) if v in words]
    shown = visible_text(html, quoted=True)  # a note for legal staff, wherever it is
    found += [f"legal-staff note «{n[:60]}…»" for n in legal_staff_notes()
              if " ".join(n.split()) in shown]
    return found

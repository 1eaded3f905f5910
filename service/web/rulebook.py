"""The rule book's data: packs and rules as pages show them, and the search over them."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from service.engine.policy import Pack, PolicySet, Rule

DIRECTIVE_DOCUMENT = "9579/UBND-KSTT"


def fold(text: str) -> str:
    """Text for matching: no diacritics, ``đ`` as ``d``, lower case, punctuation as spaces."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def directive_anchor(basis: dict) -> str | None:
    """The paragraph id of the annotated directive a legal basis cites (``QTNB-6``), if any."""
    anchor = basis.get("anchor", "")
    if basis.get("document") == DIRECTIVE_DOCUMENT and anchor.startswith("§"):
        return anchor.removeprefix("§")
    return None


def _haystack(rule: Rule) -> str:
    parts = [rule.id, rule.id.replace("-", ""), rule.pack_id, *rule.title.values(),
             *rule.message.values(), *(rule.interpretation or {}).values()]
    for basis in rule.legal_basis:
        parts += [basis.get("document", ""), basis.get("anchor", ""),
                  basis.get("quote", ""), basis.get("gloss", "")]
    return " " + fold(" ".join(parts)) + " "


def search(policies: PolicySet, query: str) -> list[Rule]:
    """Rules matching ``query`` by id or text, in Vietnamese or English, with or without
    diacritics: as a phrase where it occurs as one, else word by word (each word the start
    of a word of the rule). An exact id comes first."""
    words = fold(query).split()
    if not words:
        return list(policies.rules)
    phrase = " " + " ".join(words)
    found = [r for r in policies.rules if phrase in _haystack(r)]
    if not found:  # not as a phrase: every word, each at the start of a word
        found = [r for r in policies.rules if all(f" {w}" in _haystack(r) for w in words)]
    exact = "".join(words)
    found.sort(key=lambda r: fold(r.id).replace(" ", "") != exact)
    return found


def in_force(item: Pack | Rule, day: date | None = None) -> bool:
    return item.in_force(day or date.today())


def rule_packs(policies: PolicySet) -> dict[str, Pack]:
    return {p.id: p for p in policies.packs}


def citing_rules(policies: PolicySet) -> dict[str, list[Rule]]:
    """For each directive paragraph id, the rules whose legal basis cites it."""
    out: dict[str, list[Rule]] = {}
    for rule in policies.rules:
        for basis in rule.legal_basis:
            anchor = directive_anchor(basis)
            if anchor and rule not in out.setdefault(anchor, []):
                out[anchor].append(rule)
    return out

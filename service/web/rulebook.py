"""The rule book's data: packs and rules as pages show them, and the search over them."""

from __future__ import annotations

import re
import string
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


def pack_of(policies: PolicySet, pack_id: str) -> Pack | None:
    return next((p for p in policies.packs if p.id == pack_id), None)


def pack_label(pack: Pack | None) -> str:
    """A pack as people name it: its document and the document's date."""
    if pack is None:
        return ""
    return f"{pack.document} ({pack.document_date:%d/%m/%Y})"


# Made-up values for the rule book's example messages, by placeholder name; a placeholder
# not listed here is shown as «…».
EXAMPLE_VALUES: dict[str, object] = {
    "procedure_code": "1.009994", "procedure_name": "Cấp giấy phép xây dựng",
    "tier": "commune", "tiers": ["province", "commune"], "change": "new",
    "drafted_by_type": "other", "drafted_by_code": "SXD", "drafted_by_name": "Sở Xây dựng",
    "managing_agency_code": "SNN", "handling_agency_code": "SNN",
    "addressed_to_type": "other", "approver_type": "other", "approved_by_type": "other",
    "lead_type": "other", "platform": "other",
    "missing_documents": ["to_trinh"], "missing_document": True,
    "missing_tiers": ["district"], "missing_coordinating": ["district_pc"],
    "missing_parties": ["provincial_centre"], "lacks_department": True,
    "lacks_provincial_centre": True, "agency_types": ["district_pc"],
    "step_count": 5, "counted_hours": 160, "time_limit_hours": 120,
    "internal_procedure_step_count": 6, "internal_procedure_counted_hours": 152,
    "internal_procedure_source": "submission",
    "steps_missing_action": [2], "steps_missing_responsible": [3],
    "steps_missing_duration": [4], "amends_decision": "123/QĐ-UBND",
    "based_on_decision": "123/QĐ-UBND",
}


class _ExampleFormatter(string.Formatter):
    def __init__(self, labels: dict, lang: str) -> None:
        self.labels = {k: v.get(lang, k) for k, v in labels.items() if isinstance(v, dict)}
        self.yes_no = ("có", "không") if lang == "vi" else ("yes", "no")

    def get_value(self, key, args, kwargs):
        return EXAMPLE_VALUES.get(key, "…") if isinstance(key, str) else "…"

    def get_field(self, field_name, args, kwargs):
        return self.get_value(field_name, args, kwargs), field_name

    def format_field(self, value, spec):
        if isinstance(value, bool):
            return self.yes_no[0] if value else self.yes_no[1]
        if isinstance(value, list):
            return ", ".join(self.format_field(v, "") for v in value)
        if isinstance(value, str):
            return self.labels.get(value, value)
        return format(value)


def example_message(rule: Rule, labels: dict) -> dict[str, str]:
    """The rule's message in both languages, as a finding would say it, with made-up
    values in place of the submission's."""
    out = {}
    for lang in ("vi", "en"):
        try:
            out[lang] = _ExampleFormatter(labels, lang).format(rule.message[lang])
        except (ValueError, IndexError, KeyError, TypeError):
            out[lang] = re.sub(r"\{[^{}]*\}", "…", rule.message[lang])
    return out

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


# The rule files open an interpretation with its tag, which the page's heading says in words,
# and mark what the catalogue's second version changed («v2:»), which means nothing to a reader.
_INTERP_TAG = re.compile(r"^\s*\[(?:cách hiểu|interp)\]\s*", re.IGNORECASE)
_VERSION_TAG = re.compile(r"(^|[.;]\s+)v2:\s*(\S)")


def _plain(text: str) -> str:
    text = _INTERP_TAG.sub("", text)
    return _VERSION_TAG.sub(lambda m: m[1] + m[2].upper(), text)


def interpretation(texts: dict | None) -> dict:
    """A rule's interpretation for the page: its ``{vi, en}`` texts without the tags of the
    rule files («[cách hiểu]», «[interp]», «v2:»)."""
    return {lang: _plain(text) for lang, text in (texts or {}).items() if isinstance(text, str)}


# A legal basis whose text is not quoted yet carries a note: what the text is, and what legal
# staff still have to add («Chưa trích điều, khoản và nguyên văn: bộ phận pháp chế bổ sung»).
# The second part is work for legal staff, shown only in the rule book's section for them.
_CLAUSE = re.compile(r"(?<=[.:;])\s+")
_STAFF_WORK = re.compile(r"pháp chế|chưa trích", re.IGNORECASE)


def _clauses(note: str) -> list[str]:
    return [c for c in _CLAUSE.split(" ".join(note.split())) if c]


def staff_clauses(note: str) -> list[str]:
    """The clauses of a note that are work for legal staff."""
    return [c for c in _clauses(note) if _STAFF_WORK.search(c)]


def public_note(note: str | None) -> str:
    """A note as a reviewer or a department reads it: what the text is, without the work
    left to legal staff (empty when the note is only that)."""
    kept = [c for c in _clauses(note or "") if not _STAFF_WORK.search(c)]
    text = " ".join(kept).strip()
    if text.endswith((":", ";", ",")):
        text = text[:-1].rstrip() + "."
    return text


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


def pack_label(pack: Pack | None, lang: str = "vi") -> str:
    """A pack as people name it: its short title («Cơ chế một cửa theo Nghị định
    118/2025/NĐ-CP (từ 01/7/2025)»), else its document and the document's date."""
    if pack is None:
        return ""
    if pack.short_title:
        return pack.short_title.get(lang) or pack.short_title["vi"]
    if pack.document_date is None:
        return pack.document
    return f"{pack.document} ({pack.document_date:%d/%m/%Y})"


# A made-up dossier for the rule book's example messages: one procedure, new, with an internal
# and an electronic procedure at commune tier, and for each kind of subject the facts the engine
# would hold about it, where every agency is one no rule expects. The engine's own report and
# wording turn them into the message a finding would carry.
_POINTS = [{"kind": "unplaced_table", "place": "tệp du-thao.docx, bảng 5",
            "heading": "5. Thủ tục cấp giấy phép sửa chữa nhà ở"},
           {"kind": "total_differs", "place": "tệp du-thao.docx, bảng 4",
            "procedure_code": "1.009994", "tier": "commune"}]
EXAMPLE_SUBMISSION: dict = {
    "procedures": [{"code": "1.009994", "name": "Cấp giấy phép xây dựng"}],
    "internal_procedures": [{"procedure_code": "1.009994", "tier": "commune"}],
    "electronic_procedures": [{"procedure_code": "1.009994", "tier": "commune"}],
    "open_points": _POINTS,
}
_OTHER = {"type": "other"}
_DEPARTMENT = {"code": "SXD", "name": "Sở Xây dựng", "type": "department"}
_PROCEDURE = {"code": "1.009994", "managing_agency": _DEPARTMENT, "handling_agency": _DEPARTMENT,
              "reception": "provincial_centre", "time_limit_hours": 120}
_STEPS = {"step_count": 5, "counted_hours": 160, "steps_missing_action": [2],
          "steps_missing_responsible": [3], "steps_missing_duration": [4],
          "steps_at_fault": [2, 3, 4], "steps_at_fault_count": 3}
_DISTRICT = {"district_agencies": [{"role": "coordinating", "type": "district_pc"}],
             "district_agency_count": 1}
_CITED = {"decision": "123/QĐ-UBND", "decision_in_registry": False,
          "approved_by": {"type": "other"}}
EXAMPLE_FACTS: dict[str, dict] = {
    "submission": {
        "entity": "submission", "path": "", "kind": "internal_procedure", "documents": {},
        "addressed_to": _OTHER, "submitter": _DEPARTMENT,
        "approver": {"type": "other", "signed_as": "by_order",
                     "signer": "TL. Chủ tịch, Chánh Văn phòng"},
        "district_agencies": [{"role": "submitter", "type": "district_pc"}],
        "district_agency_count": 1,
        "named_province": "vinh-phuc", "default_province": "vinh-phuc",
        "successor": "phu-tho", "named_province_ended": True,
        "default_province_ended": True},
    "procedure": {
        "entity": "procedure", "path": "procedures.0", "kind": "publication",
        "procedure_code": "1.009994", "change": "new", "changed_elements": {"fee": True},
        "tiers": {"province": True, "commune": True}, "documents": {},
        "managing_agency": _DEPARTMENT, "handling_agency": _DEPARTMENT,
        "ip_tiers": {"province": True}, "missing_ip_tiers": ["commune"],
        "missing_ip_tier_count": 1, "has_approved_internal_procedure": False,
        "district_tier": True, **_DISTRICT},
    "internal_procedure": {
        "entity": "internal_procedure", "path": "internal_procedures.0",
        "kind": "internal_procedure_amendment", "procedure_code": "1.009994",
        "tier": "commune", "procedure": _PROCEDURE,
        "drafted_by": {"code": "PKT", "name": "Phòng Kinh tế", "type": "other"},
        "coordinating_types": {"district_pc": True}, "amends": _CITED, **_STEPS, **_DISTRICT},
    "electronic_procedure": {
        "entity": "electronic_procedure", "path": "electronic_procedures.0",
        "kind": "electronic_procedure", "procedure_code": "1.009994", "tier": "commune",
        "procedure": {**_PROCEDURE, "reception": "agency"}, "lead": _OTHER,
        "coordinating_types": {"district_pc": True}, "party_types": {"other": True},
        "platform": "other", "scope": "single_unit", "national_portal_connected": False,
        "based_on": _CITED, "paired_ip": {"step_count": 6, "counted_hours": 152,
                                          "source": "submission"},
        **_STEPS, **_DISTRICT},
    # one open point of each kind (the rule's own condition picks its kind)
    "open_point": [
        {"entity": "open_point", "path": "open_points.0", "kind": "internal_procedure",
         "point": {k: v for k, v in _POINTS[0].items()}},
        {"entity": "open_point", "path": "open_points.1", "kind": "internal_procedure",
         "point": {
            "kind": "total_differs", "place": _POINTS[1]["place"]},
         "procedure_code": "1.009994", "tier": "commune", "printed_hours": 40,
         "summed_hours": 48}],
}


def _example_fact(rule: Rule, entity: str) -> dict:
    facts = EXAMPLE_FACTS[entity]
    if isinstance(facts, dict):
        return facts
    condition = rule.applies_if if isinstance(rule.applies_if, dict) else {}
    kind = (condition.get("point.kind") or {}).get("is")
    return next((f for f in facts if f["point"]["kind"] == kind), facts[0])


def example_message(rule: Rule, vocabulary: dict) -> dict[str, str]:
    """The rule's message in both languages, as a finding would carry it, written by the
    engine's own report and wording about a made-up dossier (``EXAMPLE_FACTS``)."""
    from service.engine.core import report_facts
    from service.engine.wording import Wording

    entity = rule.subject if isinstance(rule.subject, str) else rule.subject[0]
    fact = _example_fact(rule, entity)
    out = {}
    for lang in ("vi", "en"):
        wording = Wording(vocabulary, lang)
        try:
            out[lang] = wording.message(rule.message[lang], rule.message_parts,
                                        report_facts(rule, fact), fact,
                                        wording.place(fact["path"], EXAMPLE_SUBMISSION))
        except (ValueError, IndexError, KeyError, TypeError, AttributeError):
            out[lang] = re.sub(r"\{[^{}]*\}", "…", rule.message[lang])
    return out

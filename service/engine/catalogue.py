"""The rule catalogue and the policy packs as JSON: one shape for the CLI and the API."""

from __future__ import annotations

from datetime import date

from service.engine.policy import Pack, PolicySet, Rule


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def basis_entry(basis: dict) -> dict:
    """A legal basis entry as JSON: its dates as ISO strings."""
    return {k: (v.isoformat() if isinstance(v, date) else list(v) if isinstance(v, tuple)
                else v) for k, v in basis.items()}


def rule_summary(rule: Rule) -> dict:
    """A rule's id, pack, severity, subject, validity, title and legal basis (each text with
    the days, provinces and kinds of dossier it is cited for, when it says)."""
    return {"id": rule.id, "pack": rule.pack_id, "severity": rule.severity,
            "subject": rule.subject if isinstance(rule.subject, str) else list(rule.subject),
            "valid_from": rule.valid_from.isoformat(), "valid_until": _iso(rule.valid_until),
            "jurisdiction": "national" if rule.jurisdiction is None else list(rule.jurisdiction),
            "title": rule.title, "legal_basis": [basis_entry(b) for b in rule.legal_basis]}


def rule_details(rule: Rule) -> dict:
    """The summary plus its messages (with their phrases said only when their condition
    holds), interpretation and source file."""
    details = {**rule_summary(rule), "message": rule.message,
               "interpretation": rule.interpretation, "source_file": rule.source_file}
    if rule.message_parts:
        details["message_parts"] = rule.message_parts
    return details


def pack_summary(pack: Pack) -> dict:
    return {"id": pack.id, "version": pack.version, "title": pack.title,
            "title_en": pack.title_en, "short_title": pack.short_title, "issuer": pack.issuer, "document": pack.document,
            "document_date": _iso(pack.document_date),
            "valid_from": pack.valid_from.isoformat(), "valid_until": _iso(pack.valid_until),
            "jurisdiction": "national" if pack.jurisdiction is None else list(pack.jurisdiction),
            "source": pack.source, "notes": pack.notes, "interpretation": pack.interpretation,
            "scope": pack.scope, "rules": [r.id for r in pack.rules]}


def select_rules(policies: PolicySet, day: date | None = None,
                 pack: str | None = None) -> list[Rule]:
    """The rules of ``pack`` (default: every pack) in force on ``day`` (default: all), in
    every jurisdiction."""
    in_force = {p.id for p in policies.packs if p.in_force(day)} if day else None
    return [r for r in policies.rules
            if (pack is None or r.pack_id == pack)
            and (day is None or (r.pack_id in in_force and r.in_force(day)))]

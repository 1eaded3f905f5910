"""The rule catalogue and the policy packs as JSON: one shape for the CLI and the API."""

from __future__ import annotations

from datetime import date

from service.engine.policy import Pack, PolicySet, Rule


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def rule_summary(rule: Rule) -> dict:
    """A rule's id, pack, severity, subject, validity, title and legal basis."""
    return {"id": rule.id, "pack": rule.pack_id, "severity": rule.severity,
            "subject": rule.subject if isinstance(rule.subject, str) else list(rule.subject),
            "valid_from": rule.valid_from.isoformat(), "valid_until": _iso(rule.valid_until),
            "title": rule.title, "legal_basis": [dict(b) for b in rule.legal_basis]}


def rule_details(rule: Rule) -> dict:
    """The summary plus its messages, interpretation and source file."""
    return {**rule_summary(rule), "message": rule.message,
            "interpretation": rule.interpretation, "source_file": rule.source_file}


def pack_summary(pack: Pack) -> dict:
    return {"id": pack.id, "version": pack.version, "title": pack.title,
            "title_en": pack.title_en, "issuer": pack.issuer, "document": pack.document,
            "document_date": pack.document_date.isoformat(),
            "valid_from": pack.valid_from.isoformat(), "valid_until": _iso(pack.valid_until),
            "source": pack.source, "notes": pack.notes, "rules": [r.id for r in pack.rules]}


def select_rules(policies: PolicySet, day: date | None = None,
                 pack: str | None = None) -> list[Rule]:
    """The rules of ``pack`` (default: every pack) in force on ``day`` (default: all)."""
    in_force = {p.id for p in policies.packs if p.in_force(day)} if day else None
    return [r for r in policies.rules
            if (pack is None or r.pack_id == pack)
            and (day is None or (r.pack_id in in_force and r.in_force(day)))]

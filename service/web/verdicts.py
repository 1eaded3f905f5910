"""A verdict as a reviewer reads it: findings grouped by procedure, then by tier."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask_babel import gettext, lazy_gettext

TIER_ORDER = ("province", "district", "commune")


@dataclass
class TierGroup:
    tier: str | None  # None: about the whole procedure (or the whole submission)
    findings: list[dict] = field(default_factory=list)


@dataclass
class ProcedureGroup:
    code: str | None  # None: about the submission as a whole
    name: str | None
    tiers: list[TierGroup] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(t.findings) for t in self.tiers)


def group_findings(findings: list[dict], submission: dict | None) -> list[ProcedureGroup]:
    """The submission's own findings first, then each procedure in the submission's order;
    within a procedure, findings about it as a whole, then tier by tier. Findings keep the
    verdict's order inside a group."""
    procedures = (submission or {}).get("procedures", [])
    names = {p.get("code"): p.get("name") for p in procedures}
    order = {p.get("code"): i for i, p in enumerate(procedures)}
    groups: dict[str | None, ProcedureGroup] = {}
    for index, finding in enumerate(findings):
        finding = {**finding, "anchor": finding_anchor(index)}
        subject = finding.get("subject", {})
        code = subject.get("procedure_code")
        group = groups.setdefault(code, ProcedureGroup(code, names.get(code)))
        tier = subject.get("tier")
        bucket = next((t for t in group.tiers if t.tier == tier), None)
        if bucket is None:
            bucket = TierGroup(tier)
            group.tiers.append(bucket)
        bucket.findings.append(finding)
    for group in groups.values():
        group.tiers.sort(key=lambda t: -1 if t.tier is None else
                         TIER_ORDER.index(t.tier) if t.tier in TIER_ORDER else len(TIER_ORDER))
    return sorted(groups.values(),
                  key=lambda g: -1 if g.code is None else order.get(g.code, len(order)))


def severity_counts(findings: list[dict]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding["severity"]] = counts.get(finding["severity"], 0) + 1
    return counts


ENTITY_NAMES = {
    "internal_procedures": lazy_gettext("internal procedure"),
    "electronic_procedures": lazy_gettext("electronic procedure"),
}


def place_of(subject: dict, labels: dict, lang: str) -> str:
    """Where a finding is, as people name it: «thủ tục 1.009994, quy trình nội bộ cấp xã,
    bước 3» (the catalogue's own wording when the finding carries one)."""
    named = subject.get("place")
    if isinstance(named, dict) and named.get(lang):
        return named[lang]
    path = str(subject.get("path") or "")
    parts: list[str] = []
    code = subject.get("procedure_code")
    if code:
        parts.append(gettext("procedure %(code)s", code=code))
    head = path.split(".", 1)[0]
    if head in ENTITY_NAMES:
        entity = str(ENTITY_NAMES[head])
        tier = subject.get("tier")
        if tier:
            entity += " " + labels.get(tier, {}).get(lang, tier)
        parts.append(entity)
    if subject.get("variant"):
        parts.append(gettext("case «%(variant)s»", variant=subject["variant"]))
    step = re.search(r"\bsteps\.(\d+)", path)
    if step:
        parts.append(gettext("step %(n)s", n=int(step[1]) + 1))
    return ", ".join(parts) or gettext("the submission as a whole")


@dataclass
class SummaryLine:
    rule_id: str
    links: list[tuple[str, str]]  # (fragment id of the finding, what it is about)


def error_summary(findings: list[dict]) -> list[SummaryLine]:
    """The errors, one line per rule in the verdict's order, each linking to its findings:
    «QTNB-08 ở thủ tục 1.009994, 1.009995»."""
    lines: dict[str, SummaryLine] = {}
    for index, finding in enumerate(findings):
        if finding.get("severity") != "error":
            continue
        subject = finding.get("subject", {})
        about = subject.get("procedure_code") or ""
        line = lines.setdefault(finding["rule_id"], SummaryLine(finding["rule_id"], []))
        line.links.append((finding_anchor(index), about))
    return list(lines.values())


def finding_anchor(index: int) -> str:
    return f"finding-{index + 1}"


@dataclass
class BasisBlock:
    rule_ids: list[str]
    basis: dict


def bases_of(findings: list[dict]) -> list[BasisBlock]:
    """Each legal basis the findings cite, once per verdict, with the rules citing it (in the
    verdict's order)."""
    blocks: dict[tuple, BasisBlock] = {}
    for finding in findings:
        basis = finding.get("legal_basis") or {}
        key = (basis.get("document"), basis.get("anchor"), basis.get("quote"),
               basis.get("note"))
        block = blocks.setdefault(key, BasisBlock([], basis))
        if finding["rule_id"] not in block.rule_ids:
            block.rule_ids.append(finding["rule_id"])
    return list(blocks.values())


def verdict_context(verdict: dict, submission: dict | None) -> dict:
    """What a page needs to show a verdict."""
    findings = verdict["findings"]
    return {"verdict": verdict, "groups": group_findings(findings, submission),
            "counts": severity_counts(findings), "summary": error_summary(findings),
            "bases": bases_of(findings)}

"""A verdict as a reviewer reads it: findings grouped by procedure, then by tier."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    for finding in findings:
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

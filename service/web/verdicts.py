"""A verdict as a reviewer reads it: findings grouped by procedure, then by tier."""

from __future__ import annotations

from dataclasses import dataclass, field

from service.web.i18n import Words

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
    abolished: bool = False  # a publication abolishes it

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
    abolished = {p.get("code") for p in procedures if p.get("change") == "abolished"} \
        if (submission or {}).get("kind") == "publication" else set()
    groups: dict[str | None, ProcedureGroup] = {}
    for index, finding in enumerate(findings):
        finding = {**finding, "anchor": finding_anchor(index)}
        subject = finding.get("subject", {})
        code = subject.get("procedure_code")
        group = groups.setdefault(code, ProcedureGroup(code, names.get(code),
                                                       abolished=code in abolished))
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


def is_open_point(finding: dict) -> bool:
    """A finding about what a reading could not settle (contract v1.2 ``open_points``)."""
    return ((finding.get("subject") or {}).get("path") or "").startswith("open_points.")


def severity_counts(findings: list[dict]) -> dict[str, int]:
    """The findings by severity, and (``open``) those about a point a reading left open."""
    counts = {"error": 0, "warning": 0, "info": 0, "open": 0}
    for finding in findings:
        counts[finding["severity"]] = counts.get(finding["severity"], 0) + 1
        counts["open"] += is_open_point(finding)
    return counts


@dataclass
class SummaryLine:
    rule_id: str
    links: list[tuple[str, str]]  # (fragment id of the finding, the place it is about)


def error_summary(groups: list[ProcedureGroup], t: Words) -> list[SummaryLine]:
    """The errors and the points a reading left open (which keep a verdict from «Đạt» as
    errors do), one line per rule, in the order the page shows the findings, each place
    named as people name it and linking to its finding: «CQDP-01 ở thủ tục 1.012994; quy
    trình nội bộ cấp huyện của thủ tục 1.012994». A place named twice by one rule links to its
    first finding."""
    lines: dict[str, SummaryLine] = {}
    for finding in (f for g in groups for tier in g.tiers for f in tier.findings):
        if finding.get("severity") != "error" and not is_open_point(finding):
            continue
        line = lines.setdefault(finding["rule_id"], SummaryLine(finding["rule_id"], []))
        place = t.place(finding.get("subject") or {})
        if place not in (about for _, about in line.links):
            line.links.append((finding["anchor"], place))
    return list(lines.values())


def finding_anchor(index: int) -> str:
    return f"finding-{index + 1}"


@dataclass
class BasisBlock:
    rule_ids: list[str]
    basis: dict


def bases_of(findings: list[dict]) -> list[BasisBlock]:
    """Each text the findings stand on (every text of a finding's ``legal_basis.references``,
    else its ``legal_basis``), once per verdict, with the rules citing it (in the verdict's
    order)."""
    blocks: dict[tuple, BasisBlock] = {}
    for finding in findings:
        basis = finding.get("legal_basis") or {}
        for text in basis.get("references") or [basis]:
            key = (text.get("document"), text.get("anchor"), text.get("quote"),
                   text.get("note"))
            block = blocks.setdefault(key, BasisBlock([], text))
            if finding["rule_id"] not in block.rule_ids:
                block.rule_ids.append(finding["rule_id"])
    return list(blocks.values())


def verdict_context(verdict: dict, submission: dict | None, t: Words) -> dict:
    """What a page needs to show a verdict."""
    findings = verdict["findings"]
    groups = group_findings(findings, submission)
    return {"verdict": verdict, "groups": groups, "counts": severity_counts(findings),
            "summary": error_summary(groups, t), "bases": bases_of(findings)}

"""The engine: ``evaluate(submission, as_of=None) -> verdict``. It never imports Flask.

``submission`` is a validated, normalised submission (``service.contract.schemas.load_submission``).
The rules in force on ``as_of`` (default: ``submitted_on``) are those of the packs whose
window holds that date, and of those only the rules whose own window holds it too.
"""

from __future__ import annotations

import os
import string
import threading
from datetime import date
from typing import Any

from ulid import ULID

from service.engine.conditions import holds, is_absent, lookup
from service.engine.facts import build_facts
from service.engine.matchers import DurableMatcher, EngineError, ReferenceMatcher
from service.engine.policy import PolicySet, Rule, load_policies

__all__ = ["Engine", "EngineError", "evaluate", "get_engine", "outcome_of"]

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def outcome_of(findings: list[dict]) -> str:
    severities = {f["severity"] for f in findings}
    if "error" in severities:
        return "rejected"
    if "warning" in severities:
        return "needs_review"
    return "accepted"


def path_key(path: str) -> tuple:
    """Sort key of a subject path: list indices compare as numbers."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in path.split(".") if p)


def finding_key(f: dict) -> tuple:
    return SEVERITY_RANK[f["severity"]], f["rule_id"], path_key(f["subject"]["path"])


class _Labels(string.Formatter):
    """Formats message placeholders: enum values by their label, lists joined."""

    def __init__(self, vocabulary: dict, lang: str) -> None:
        self.labels = {k: v[lang] for k, v in vocabulary.get("labels", {}).items()}
        self.yes_no = ("có", "không") if lang == "vi" else ("yes", "no")

    def format_field(self, value: Any, spec: str) -> str:
        if isinstance(value, bool):
            return self.yes_no[0] if value else self.yes_no[1]
        if isinstance(value, list):
            return ", ".join(self.format_field(v, spec) for v in value) or "—"
        if isinstance(value, str):
            return self.labels.get(value, value)
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "—")


def report_facts(rule: Rule, fact: dict) -> dict:
    """The facts a finding shows, as the rule's ``report`` section asks."""
    out: dict = {}
    for name, spec in rule.report.items():
        if isinstance(spec, str):
            value = lookup(fact, spec)
            if is_absent(value):
                continue
            out[name] = sorted(value) if isinstance(value, dict) and \
                all(v is True for v in value.values()) else value
        elif "missing" in spec:
            have = lookup(fact, spec["missing"])
            have = {} if is_absent(have) else have
            out[name] = [v for v in spec["of"] if v not in have]
        else:
            out[name] = holds(spec["holds"], fact)
    return out


class Engine:
    """A loaded policy set with its compiled matcher; swapped whole on reload."""

    def __init__(self, policies: PolicySet, matcher: str = "durable") -> None:
        self.policies = policies
        self.matcher = (DurableMatcher if matcher == "durable" else ReferenceMatcher)(policies)
        self.rules = {r.id: r for r in policies.rules}
        self._formatters = {lang: _Labels(policies.vocabulary, lang) for lang in ("vi", "en")}

    def policies_in_force(self, day: date) -> list:
        return [p for p in self.policies.packs if p.in_force(day)]

    def evaluate(self, submission: dict, as_of: date | None = None,
                 registry: Any = None) -> dict:
        day = as_of or submission["submitted_on"]
        packs = self.policies_in_force(day)
        verdict = {"decision_id": str(ULID()), "outcome": "no_policy",
                   "evaluated_on": day.isoformat(),
                   "policies": [p.summary() for p in packs], "findings": []}
        if not packs:
            return verdict
        facts = build_facts(submission, day, registry)
        findings = [self._finding(self.rules[rule_id], facts[i])
                    for rule_id, i in self.matcher.match(facts)]
        findings.sort(key=finding_key)
        verdict["outcome"] = outcome_of(findings)
        verdict["findings"] = findings
        registry_facts = [{"path": f["path"], "facts": f["from_registry"]}
                          for f in facts if f.get("from_registry")]
        if registry_facts:
            verdict["registry_facts"] = registry_facts
        return verdict

    def check(self, submission: dict, as_of: date | None = None,
              registry: Any = None) -> tuple[str, list[tuple[str, str]]]:
        """The outcome and the (rule id, subject path) of each finding, nothing else: what a
        replay compares, without building messages and legal bases."""
        day = as_of or submission["submitted_on"]
        if not self.policies_in_force(day):
            return "no_policy", []
        facts = build_facts(submission, day, registry)
        matched = [(self.rules[rule_id], facts[i]["path"])
                   for rule_id, i in self.matcher.match(facts)]
        outcome = outcome_of([{"severity": rule.severity} for rule, _ in matched])
        return outcome, sorted((rule.id, path) for rule, path in matched)

    def _finding(self, rule: Rule, fact: dict) -> dict:
        subject = {}
        if "procedure_code" in fact:
            subject["procedure_code"] = fact["procedure_code"]
        if "tier" in fact:
            subject["tier"] = fact["tier"]
        subject["path"] = fact["path"]
        facts = report_facts(rule, fact)
        values = {**subject, **facts}
        primary = rule.legal_basis[0]
        return {
            "rule_id": rule.id,
            "severity": rule.severity,
            "pack": rule.pack_id,
            "subject": subject,
            "message": {lang: fmt.vformat(rule.message[lang], (), values)
                        for lang, fmt in self._formatters.items()},
            "legal_basis": {"document": primary["document"], "anchor": primary["anchor"],
                            "quote": primary["quote"], "gloss": primary["gloss"],
                            "references": [dict(b) for b in rule.legal_basis]},
            "facts": facts,
        }

    def close(self) -> None:
        self.matcher.close()


_ENGINE: Engine | None = None
_ENGINE_LOCK = threading.Lock()


def get_engine() -> Engine:
    """The process's engine (compiled once) over ``$TTHC_POLICIES`` or the project's
    ``policies/``."""
    global _ENGINE
    if _ENGINE is None:
        with _ENGINE_LOCK:
            if _ENGINE is None:
                _ENGINE = Engine(load_policies(os.environ.get("TTHC_POLICIES") or None))
    return _ENGINE


_RETIRED: list[Engine] = []


def set_engine(engine: Engine) -> None:
    """Swap the process's engine atomically.

    The engine it replaces stays compiled until the next swap, so that an evaluation that
    picked it up just before the swap still finishes; the one before it is closed.
    """
    global _ENGINE
    with _ENGINE_LOCK:
        previous, _ENGINE = _ENGINE, engine
        if engine in _RETIRED:  # swapped back in: it must not be closed later
            _RETIRED.remove(engine)
        while len(_RETIRED) > 1:
            _RETIRED.pop(0).close()
        if previous is not None and previous is not engine:
            _RETIRED.append(previous)


def reload_policies(directory: str | os.PathLike | None = None) -> Engine:
    """Load and compile the rule files first, then swap them in.

    A broken rule file raises :class:`~service.engine.policy.PolicyError` and leaves the engine
    that was serving in place.
    """
    engine = Engine(load_policies(directory or os.environ.get("TTHC_POLICIES") or None))
    set_engine(engine)
    return engine


def evaluate(submission: dict, as_of: date | None = None, registry: Any = None) -> dict:
    """Evaluate a validated submission against the rules in force on ``as_of``."""
    return get_engine().evaluate(submission, as_of, registry)

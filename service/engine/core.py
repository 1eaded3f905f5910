"""The engine: ``evaluate(submission, as_of=None) -> verdict``. It never imports Flask.

``submission`` is a validated, normalised submission (``service.contract.schemas.load_submission``).
The submission is evaluated for its province (its ``province``, else the deployment's
``TTHC_PROVINCE``; see ``jurisdiction.resolve`` for a province that had ended: JUR-01,
JUR-02). The rules applied on ``as_of`` (default: ``submitted_on``) are those of the packs
whose window holds that date and whose jurisdiction is national or names that province, and
of those only the rules whose own window holds the date too; a pack of scope ``open_points``
applies, whatever the date, when the submission carries open points (a partial reading).
"""

from __future__ import annotations

import os
import threading
from datetime import date
from typing import Any

from ulid import ULID

from service.engine.catalogue import basis_entry
from service.engine.conditions import holds, is_absent, lookup
from service.engine.facts import build_facts
from service.engine.jurisdiction import Where, resolve
from service.engine.matchers import DurableMatcher, EngineError, ReferenceMatcher
from service.engine.policy import PolicySet, Rule, load_policies
from service.engine.wording import Wording

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


_NOTHING = object()


def report_value(spec: Any, fact: dict) -> Any:
    """One reported value (``_NOTHING`` when there is none to show):

    * ``path`` — the fact at that path (a set reads as its sorted values);
    * ``{missing: set, of: [..]}`` — the values of ``of`` the set lacks; an item of ``of``
      that is a list of alternatives is lacking when the set holds none of them, and is
      named by its first value;
    * ``{holds: condition}`` — whether the condition holds;
    * ``{first: [paths]}`` — the first of the paths that is given;
    * ``{value: literal}`` — that literal;
    * ``{when: condition, then: spec, else: spec}`` — ``then`` when the condition holds,
      else ``else`` (nothing without one).
    """
    if isinstance(spec, str):
        value = lookup(fact, spec)
        if is_absent(value):
            return _NOTHING
        if isinstance(value, dict) and value and all(v is True for v in value.values()):
            return sorted(value)
        return value
    if "missing" in spec:
        have = lookup(fact, spec["missing"])
        have = {} if is_absent(have) else have
        return [v[0] if isinstance(v, list) else v for v in spec["of"]
                if (not any(a in have for a in v) if isinstance(v, list) else v not in have)]
    if "holds" in spec:
        return holds(spec["holds"], fact)
    if "value" in spec:
        return spec["value"]
    if "first" in spec:
        for path in spec["first"]:
            value = report_value(path, fact)
            if value is not _NOTHING:
                return value
        return _NOTHING
    if holds(spec["when"], fact):
        return report_value(spec["then"], fact)
    return report_value(spec["else"], fact) if "else" in spec else _NOTHING


def report_facts(rule: Rule, fact: dict) -> dict:
    """The facts a finding shows, as the rule's ``report`` section asks."""
    out: dict = {}
    for name, spec in rule.report.items():
        value = report_value(spec, fact)
        if value is not _NOTHING:
            out[name] = value
    return out


class Engine:
    """A loaded policy set with its compiled matcher; swapped whole on reload."""

    def __init__(self, policies: PolicySet, matcher: str = "durable") -> None:
        self.policies = policies
        self.matcher = (DurableMatcher if matcher == "durable" else ReferenceMatcher)(policies)
        self.rules = {r.id: r for r in policies.rules}
        self.wording = {lang: Wording(policies.vocabulary, lang) for lang in ("vi", "en")}

    def packs_for(self, submission: dict, day: date, where: Where) -> list:
        """The packs that apply to ``submission`` evaluated on ``day`` for ``where``."""
        return self.policies.applying(day, where.bound,
                                      open_points=bool(submission.get("open_points")))

    def evaluate(self, submission: dict, as_of: date | None = None,
                 registry: Any = None) -> dict:
        day = as_of or submission["submitted_on"]
        where = resolve(submission, day)
        packs = self.packs_for(submission, day, where)
        verdict = {"decision_id": str(ULID()), "outcome": "no_policy",
                   "evaluated_on": day.isoformat(), "province": where.province,
                   "policies": [p.summary() for p in packs], "findings": []}
        if not packs:
            return verdict
        facts = build_facts(submission, day, registry, where=where,
                            delegations=self.policies.delegations)
        findings = [self._finding(self.rules[rule_id], facts[i], submission, day, where.bound)
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
        where = resolve(submission, day)
        if not self.packs_for(submission, day, where):
            return "no_policy", []
        facts = build_facts(submission, day, registry, where=where,
                            delegations=self.policies.delegations)
        matched = [(self.rules[rule_id], facts[i]["path"])
                   for rule_id, i in self.matcher.match(facts)]
        outcome = outcome_of([{"severity": rule.severity} for rule, _ in matched])
        return outcome, sorted((rule.id, path) for rule, path in matched)

    def _finding(self, rule: Rule, fact: dict, submission: dict, day: date,
                 province: str | None) -> dict:
        subject = {}
        if "procedure_code" in fact:
            subject["procedure_code"] = fact["procedure_code"]
        if "tier" in fact:
            subject["tier"] = fact["tier"]
        if "variant" in fact:
            subject["variant"] = fact["variant"]
        subject["path"] = fact["path"]
        facts = report_facts(rule, fact)
        references = [basis_entry(b) for b in rule.references(day, province,
                                                                submission["kind"])]
        primary = references[0]
        basis = {"document": primary["document"], "anchor": primary["anchor"],
                 "quote": primary["quote"], "gloss": primary["gloss"]}
        for key in ("source", "note", "url"):
            if key in primary:
                basis[key] = primary[key]
        basis["references"] = references
        return {
            "rule_id": rule.id,
            "severity": rule.severity,
            "pack": rule.pack_id,
            "subject": subject,
            "message": {lang: w.message(rule.message[lang], rule.message_parts, facts, fact,
                                        w.place(fact["path"], submission))
                        for lang, w in self.wording.items()},
            "legal_basis": basis,
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

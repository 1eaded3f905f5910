"""Matching facts against rules: durable-rules (the engine) and a plain-Python reference.

Both take a :class:`~service.engine.policy.PolicySet` and a list of facts and return the pairs
``(rule_id, fact_index)`` whose conditions hold. The durable-rules matcher follows the
measured constraints of the library (see the README's engineering notes):

* a :class:`durable.engine.Host` whose timer threads never start;
* ``assert_fact`` so that every matching rule fires, one fresh session (sid) per
  evaluation, deleted in ``finally`` under one process-wide lock (at most one live sid);
* every rule's pattern starts with a positive test on ``entity``;
* an exception inside an action fails the evaluation (fail closed);
* a rule whose condition holds through several branches of an ``$or`` fires once per
  branch (durable-rules expands a condition into alternatives): a (rule, fact) pair is
  reported once;
* each session starts with a marker fact that a marker rule handles: durable-rules 2.0.28
  crashes in ``delete_state`` for a session in which no fact was handled (measured here:
  "free(): invalid pointer" / SIGSEGV), which a submission that breaks no rule would be.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import threading

import orjson
from durable import engine as durable

from service.engine.conditions import compile_condition, holds
from service.engine.facts import as_of_number
from service.engine.policy import PolicySet, Rule


class EngineError(RuntimeError):
    """The rules engine could not produce a trustworthy result."""


def rule_pattern(rule: Rule) -> list:
    """The full condition of a rule, in the condition language: subject, dates, the pack's
    jurisdiction, scope, test."""
    entity = {"is": rule.subject} if isinstance(rule.subject, str) else {"in": list(rule.subject)}
    parts: list = [{"entity": entity}]
    if not rule.any_date:
        parts.append({"as_of": {"at_least": as_of_number(rule.valid_from)}})
        if rule.valid_until is not None:
            parts.append({"as_of": {"at_most": as_of_number(rule.valid_until)}})
    if rule.jurisdiction is not None:
        parts.append({"bound_province": {"in": list(rule.jurisdiction)}})
    for cond in (rule.applies_if, rule.fires_if):
        if cond is not None:
            parts.append(cond)
    return parts


class _QuietHost(durable.Host):
    """A Host without the timer threads (they cause wrong results and crashes).

    Its actions never run: :meth:`DurableMatcher._assert` takes the firings from the C
    engine itself. durable-rules still wants an action for every rule it registers.
    """

    def _run(self) -> None:  # the timers serve durable's queues, which we never use
        pass

    def get_action(self, action_name: str):
        return _ignore


_MARKER = "_session"
_ENGINE_C = durable.durable_rules_engine
_NOT_HANDLED, _OBSERVED, _NO_STATE = 1, 2, 3  # return codes of the C engine's assert_fact
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                           check_circular=False).encode
# durable-rules cannot parse a number with an exponent and no decimal point ("error code:
# 204"), which is how Python writes 0.00001 (1e-05) or 1e+16: such numbers get a ".0".
_BARE_EXPONENT = re.compile(r'("(?:[^"\\]|\\.)*")|(?<![\w.])(-?[0-9]+)([eE][-+]?[0-9]+)')


def _dumps(fact: dict) -> str:
    try:
        text = orjson.dumps(fact).decode()  # ~10× json's encoder; the same JSON values
    except TypeError:  # what orjson refuses (integers beyond 64 bits): json's encoder
        text = _encode(fact)
    if "e-" in text or "e+" in text:
        text = _BARE_EXPONENT.sub(lambda m: m.group(1) or f"{m.group(2)}.0{m.group(3)}", text)
    return text


def _ignore(c) -> None:
    pass


def _fields_read(conditions) -> set[str]:
    """The top-level fact fields that compiled conditions name: every key that is not an
    operator (``$and``, ``$gte``, ...), and every ``$m`` reference, up to its first dot.
    Naming more than is read only hands the engine more to parse; never less."""
    fields: set[str] = set()
    stack = list(conditions)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$m" and isinstance(value, str):
                    fields.add(value.split(".", 1)[0])
                elif not key.startswith("$"):
                    fields.add(key.split(".", 1)[0])
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return fields


_HOST: _QuietHost | None = None
_LOCK = threading.Lock()
_SIDS = itertools.count(1)


def _host() -> _QuietHost:
    global _HOST
    if _HOST is None:
        _HOST = _QuietHost()
    return _HOST


class DurableMatcher:
    """All rules of a policy set compiled into one durable-rules ruleset."""

    def __init__(self, policies: PolicySet) -> None:
        self.policies = policies
        self.name = f"tthc_{policies.version}_{id(self):x}"
        definition = {
            rule.id: {"all": [{"m": compile_condition(rule_pattern(rule))}], "run": rule.id}
            for rule in policies.rules
        }
        definition[_MARKER] = {"all": [{"m": {"entity": _MARKER}}], "run": _MARKER}
        with _LOCK:
            # set_rulesets consumes the "run" keys of what it is given: pass a copy.
            _host().set_rulesets({self.name: copy.deepcopy(definition)})
            self._ruleset = _host().get_ruleset(self.name)
        self.definition = definition
        # The facts' fields that some condition reads: only those are handed to the C
        # engine (with the path, which names the fact). A field no condition names cannot
        # change what matches, and parsing it costs the C engine as much as any other.
        self.fields = frozenset(_fields_read(rule["all"][0]["m"] for rule in definition.values())
                                | {"path"})

    def _assert(self, text: str, collected: list[tuple[str, str]]) -> None:
        """``Host.assert_fact`` without its costs: the fact arrives as JSON text; a fact no
        rule handles is a return code, not an exception that serialises the fact again; and
        the firings are taken straight from the C engine's action queue, recording the rule
        and the fact's path, instead of through durable's Python closures."""
        handle = self._ruleset._handle
        try:
            code, state_handle = _ENGINE_C.assert_fact(handle, text)
        except Exception as exc:  # the C engine's own "error code: …"
            raise EngineError(f"the rules engine refused a fact: {exc}") from exc
        if code == _NOT_HANDLED:
            return
        if code == _OBSERVED:
            raise EngineError("a fact was asserted twice in one session")
        if code == _NO_STATE:
            state_handle = 0
        started = _ENGINE_C.start_action_for_state(handle, state_handle)
        if not started:
            return
        state_text, message_text = started[0], started[1]
        while message_text:
            try:
                (rule_name, content), = json.loads(message_text).items()
                if rule_name != _MARKER:
                    self.record(collected, rule_name, content)
                # durable's own dispatcher writes the (unchanged) state back, then continues.
                _ENGINE_C.update_state(handle, state_text)
                message_text = _ENGINE_C.complete_and_start_action(handle, state_handle)
            except Exception as exc:
                _ENGINE_C.abandon_action(handle, state_handle)
                raise EngineError(f"a rule action failed: {exc}") from exc

    @staticmethod
    def record(collected: list[tuple[str, str]], rule_name: str, content: dict) -> None:
        """The action of every rule: note which rule fired for which fact."""
        collected.append((rule_name, content["m"]["path"]))

    def match(self, facts: list[dict]) -> list[tuple[str, int]]:
        index = {f["path"]: i for i, f in enumerate(facts)}
        host = _host()
        with _LOCK:
            sid = str(next(_SIDS))
            collected: list[tuple[str, str]] = []
            try:
                self._assert(f'{{"entity":"{_MARKER}","sid":"{sid}"}}', collected)
                head = f'{{"sid":"{sid}",'
                fields = self.fields
                for fact in facts:
                    read = {k: v for k, v in fact.items() if k in fields}
                    self._assert(head + _dumps(read)[1:], collected)
            finally:
                host.delete_state(self.name, sid)
        return [(rule_id, index[path]) for rule_id, path in dict.fromkeys(collected)]

    def close(self) -> None:
        """Unregister the ruleset (after a reload has swapped in a new one)."""
        host = _host()
        with _LOCK:
            ruleset = host._ruleset_directory.pop(self.name, None)
            if ruleset is not None:
                host._ruleset_list.remove(ruleset)
                durable.durable_rules_engine.delete_ruleset(ruleset._handle)


class ReferenceMatcher:
    """The same rule data interpreted by plain Python: the differential tests' oracle."""

    def __init__(self, policies: PolicySet) -> None:
        self.policies = policies
        self.patterns = [(r.id, (r.subject,) if isinstance(r.subject, str) else r.subject,
                          rule_pattern(r)) for r in policies.rules]

    def match(self, facts: list[dict]) -> list[tuple[str, int]]:
        return [(rule_id, i) for i, fact in enumerate(facts)
                for rule_id, subject, pattern in self.patterns
                if fact["entity"] in subject and holds(pattern, fact)]

    def close(self) -> None:
        pass

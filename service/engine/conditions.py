"""The condition language of rule files: checked, compiled to durable-rules, and interpreted.

A condition is YAML data a lawyer can read::

    all:
      - tier: {in: [district, commune]}
      - coordinating_types: {lacks: district_pc}

Composition: ``all: [...]``, ``any: [...]``, ``not: cond``; a bare list means ``all``.
A leaf names one fact (a dotted path from ``service.engine.facts.FACTS``) and one test:

=================  ==========================================================
``is: v``           the fact equals v (v may be ``{fact: other.path}``)
``is_not: v``       the fact is present and differs from v
``in: [..]``        the fact equals one of the values
``not_in: [..]``    the fact is present and equals none of the values
``has: v``          the set-valued fact contains v
``lacks: v``        the set-valued fact does not contain v
``present: bool``   the fact is (or is not) given
``greater_than``,   numeric comparison with a number or ``{fact: path}``
``less_than``,
``at_least``,
``at_most``
=================  ==========================================================

The day evaluated, ``as_of``, compares with dates written as dates (``as_of: {at_least:
2025-07-01}``); :func:`dates_as_numbers` turns them into the numbers the facts hold.

Every comparison is false when a compared fact is absent; ``present: false`` tests absence.
The same semantics are implemented twice: :func:`compile_condition` emits durable-rules JSON
(the engine) and :func:`holds` interprets the data in plain Python (report facts and the
reference evaluator). Both are checked against each other by the differential tests.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from service.engine.facts import BOOL, FACTS, LIST, NUMBER, SCALAR, SET, as_of_number

COMPARISONS = {"greater_than": "$gt", "less_than": "$lt", "at_least": "$gte", "at_most": "$lte"}
OPERATORS = {"is", "is_not", "in", "not_in", "has", "lacks", "present", *COMPARISONS}
_ABSENT = object()


class ConditionError(ValueError):
    """A condition in a rule file is malformed; the message says where and why."""


# --- checking -----------------------------------------------------------------------------

def catalogue_for(subjects: str | tuple | list) -> dict[str, str]:
    """The facts a rule about ``subjects`` (one entity or several) may test."""
    if isinstance(subjects, str):
        return FACTS[subjects]
    merged: dict[str, str] = {}
    for entity in subjects:
        merged.update(FACTS[entity])
    return merged


def check_condition(cond: Any, entity: str | tuple | list, where: str = "condition") -> None:
    """Raise ConditionError unless ``cond`` is well formed for facts of ``entity``.

    For a rule about several entities, a fact known to only some of them is absent on the
    others (``has`` is then false, ``lacks`` true).
    """
    catalogue = catalogue_for(entity)
    if isinstance(cond, list):
        if not cond:
            raise ConditionError(f"{where}: an empty list of conditions")
        for i, part in enumerate(cond):
            check_condition(part, entity, f"{where}[{i}]")
        return
    if not isinstance(cond, dict) or len(cond) != 1:
        raise ConditionError(f"{where}: expected one mapping such as {{all: [...]}} or "
                             f"{{fact.path: {{operator: value}}}}, got {cond!r}")
    (key, arg), = cond.items()
    if key in ("all", "any"):
        if not isinstance(arg, list) or not arg:
            raise ConditionError(f"{where}.{key}: expected a non-empty list of conditions")
        for i, part in enumerate(arg):
            check_condition(part, entity, f"{where}.{key}[{i}]")
        return
    if key == "not":
        check_condition(arg, entity, f"{where}.not")
        return
    if key not in catalogue:
        raise ConditionError(f"{where}: unknown fact {key!r} for {_name(entity)}; known facts: "
                             f"{', '.join(sorted(catalogue))}")
    kind = catalogue[key]
    if not isinstance(arg, dict) or len(arg) != 1:
        raise ConditionError(f"{where}.{key}: expected one test such as {{is: value}}, "
                             f"got {arg!r}")
    (op, value), = arg.items()
    if op not in OPERATORS:
        raise ConditionError(f"{where}.{key}: unknown operator {op!r}; known: "
                             f"{', '.join(sorted(OPERATORS))}")
    _check_leaf(where, catalogue, key, kind, op, value)


def _name(entity: str | tuple | list) -> str:
    return f"the subject {entity}" if isinstance(entity, str) else \
        "the subjects " + " / ".join(entity)


def _check_leaf(where: str, catalogue: dict, key: str, kind: str, op: str, value: Any) -> None:
    place = f"{where}.{key}.{op}"
    if op == "present":
        if not isinstance(value, bool):
            raise ConditionError(f"{place}: expected true or false")
        return
    if op in ("has", "lacks"):
        if kind != SET:
            raise ConditionError(f"{place}: {key!r} is not a set of values")
        if not isinstance(value, str):
            raise ConditionError(f"{place}: expected one value")
        return
    if kind in (SET, LIST):
        raise ConditionError(f"{place}: {key!r} is a collection; use has/lacks or a *_count fact")
    if op in ("in", "not_in"):
        if not isinstance(value, list) or not value:
            raise ConditionError(f"{place}: expected a non-empty list of values")
        for v in value:
            _check_literal(place, kind, v)
        return
    if isinstance(value, dict):
        if set(value) != {"fact"} or value["fact"] not in catalogue:
            raise ConditionError(f"{place}: expected a literal or {{fact: known.path}}, "
                                 f"got {value!r}")
        return
    if op in COMPARISONS and kind != NUMBER:
        raise ConditionError(f"{place}: {key!r} is not a number")
    _check_literal(place, kind, value)


def _check_literal(place: str, kind: str, value: Any) -> None:
    if isinstance(value, date):
        if not place.split(".")[-2:-1] == ["as_of"]:
            raise ConditionError(f"{place}: a date compares only with as_of, the day "
                                 f"evaluated")
        return
    ok = {
        NUMBER: isinstance(value, (int, float)) and not isinstance(value, bool),
        BOOL: isinstance(value, bool),
        SCALAR: isinstance(value, str),
    }[kind]
    if not ok:
        raise ConditionError(f"{place}: value {value!r} does not fit a {kind} fact")


def dates_as_numbers(node: Any) -> Any:
    """A checked condition (or any rule data) with its date literals as the numbers the
    facts hold (``as_of`` is yyyymmdd)."""
    if isinstance(node, date):
        return as_of_number(node)
    if isinstance(node, dict):
        return {k: dates_as_numbers(v) for k, v in node.items()}
    if isinstance(node, list):
        return [dates_as_numbers(v) for v in node]
    return node


# --- compiling to durable-rules ------------------------------------------------------------

def compile_condition(cond: Any) -> dict:
    """Translate a checked condition into durable-rules JSON (one message pattern)."""
    if isinstance(cond, list):
        return _junction("$and", [compile_condition(c) for c in cond])
    (key, arg), = cond.items()
    if key == "all":
        return _junction("$and", [compile_condition(c) for c in arg])
    if key == "any":
        return _junction("$or", [compile_condition(c) for c in arg])
    if key == "not":
        return _negate(arg)
    (op, value), = arg.items()
    return _compile_leaf(key, op, value)


def _junction(op: str, parts: list[dict]) -> dict:
    """``{op: parts}``, with nested junctions of the same operator flattened."""
    flat: list[dict] = []
    for part in parts:
        flat.extend(part[op] if set(part) == {op} else [part])
    return flat[0] if len(flat) == 1 else {op: flat}


def _ref(value: Any) -> Any:
    return {"$m": value["fact"]} if isinstance(value, dict) else value


def _guard(key: str, value: Any) -> list[dict]:
    guards = [{"$ex": {key: 1}}]
    if isinstance(value, dict):
        guards.append({"$ex": {value["fact"]: 1}})
    return guards


def _compile_leaf(key: str, op: str, value: Any) -> dict:
    if op == "present":
        return {"$ex" if value else "$nex": {key: 1}}
    if op == "has":
        return {"$ex": {f"{key}.{value}": 1}}
    if op == "lacks":
        return {"$nex": {f"{key}.{value}": 1}}
    if op == "is":  # durable-rules writes equality as {path: value}; there is no "$eq"
        return _junction("$and", _guard(key, value)[1:] + [{key: _ref(value)}])
    if op == "is_not":
        return _junction("$and", _guard(key, value) + [{"$neq": {key: _ref(value)}}])
    if op == "in":
        return _junction("$or", [{key: v} for v in value])
    if op == "not_in":
        return _junction("$and", [{"$ex": {key: 1}}] + [{"$neq": {key: v}} for v in value])
    return _junction("$and", _guard(key, value) + [{COMPARISONS[op]: {key: _ref(value)}}])


def _negate(cond: Any) -> dict:
    """Push a negation down to the leaves (durable-rules has no ``$not``)."""
    if isinstance(cond, list):
        cond = {"all": cond}
    (key, arg), = cond.items()
    if key == "all":
        return _junction("$or", [_negate(c) for c in arg])
    if key == "any":
        return _junction("$and", [_negate(c) for c in arg])
    if key == "not":
        return compile_condition(arg)
    (op, value), = arg.items()
    if op == "present":
        return _compile_leaf(key, op, not value)
    if op in ("has", "lacks"):
        return _compile_leaf(key, "lacks" if op == "has" else "has", value)
    # A comparison is false when a fact is absent, so its negation holds when one is absent.
    absent = [{"$nex": {key: 1}}]
    if isinstance(value, dict):
        absent.append({"$nex": {value["fact"]: 1}})
    if op == "is":
        opposite = {"$neq": {key: _ref(value)}}
    elif op == "is_not":
        opposite = {key: _ref(value)}
    elif op == "in":
        opposite = {"$and": [{"$neq": {key: v}} for v in value]}
    elif op == "not_in":
        opposite = _junction("$or", [{key: v} for v in value])
    else:
        inverse = {"greater_than": "$lte", "less_than": "$gte",
                   "at_least": "$lt", "at_most": "$gt"}[op]
        opposite = {inverse: {key: _ref(value)}}
    return _junction("$or", absent + [opposite])


# --- interpreting in plain Python ------------------------------------------------------------

def lookup(fact: dict, path: str) -> Any:
    """The value at a dotted path of a fact, or ``_ABSENT``."""
    node: Any = fact
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return _ABSENT
        node = node[part]
    return node


def is_absent(value: Any) -> bool:
    return value is _ABSENT


def holds(cond: Any, fact: dict) -> bool:
    """Evaluate a checked condition against one fact, with the semantics compiled above."""
    if isinstance(cond, list):
        return all(holds(c, fact) for c in cond)
    (key, arg), = cond.items()
    if key == "all":
        return all(holds(c, fact) for c in arg)
    if key == "any":
        return any(holds(c, fact) for c in arg)
    if key == "not":
        return not holds(arg, fact)
    (op, value), = arg.items()
    left = lookup(fact, key)
    if op == "present":
        return (left is not _ABSENT) == value
    if op == "has":
        return left is not _ABSENT and value in left
    if op == "lacks":
        return left is _ABSENT or value not in left
    if left is _ABSENT:
        return False
    if op == "in":
        return left in value
    if op == "not_in":
        return left not in value
    right = lookup(fact, value["fact"]) if isinstance(value, dict) else value
    if right is _ABSENT:
        return False
    if op == "is":
        return left == right
    if op == "is_not":
        return left != right
    return {"greater_than": left > right, "less_than": left < right,
            "at_least": left >= right, "at_most": left <= right}[op]

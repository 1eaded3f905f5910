"""The fast loader accepts exactly what marshmallow accepts, with the same result."""

import copy
import json
import random
from pathlib import Path

import pytest
from marshmallow import ValidationError, fields, validate

from service.contract import schemas
from service.contract.fastload import HOOKS, Unsure, _check, load_fast

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.json"))
ODD_VALUES = [None, "", "  ", 0, -1, 1.5, True, False, "x", [], {}, ["x"], {"x": 1},
              "2020-02-30", "2020-2-3", "٢٠٢٠-٠٣-٠٢", 10 ** 400, float("nan"), float("inf"),
              "1.009994", "province", "working_days", "department", 101 * "a", 2001 * "b"]


def slow(raw):
    try:
        return ("ok", schemas.load_submission_slow(raw))
    except ValidationError:
        return ("bad", None)


def fast(raw):
    try:
        return ("ok", load_fast(raw))
    except Unsure:
        return ("unsure", None)


def paths(node, prefix=()):
    """Every (container, key) place in a JSON tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key
            yield from paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield node, i
            yield from paths(value, prefix + (i,))


def mutate(raw: dict, rng: random.Random) -> dict:
    out = copy.deepcopy(raw)
    for _ in range(rng.randint(1, 3)):
        places = list(paths(out))
        container, key = rng.choice(places)
        action = rng.random()
        if action < 0.5:
            container[key] = rng.choice(ODD_VALUES)
        elif action < 0.7 and isinstance(container, dict):
            del container[key]
        elif action < 0.85 and isinstance(container, dict):
            container[rng.choice(["extra", "Code", "steps", "note"])] = rng.choice(ODD_VALUES)
        elif isinstance(container, list) and container:
            container.append(copy.deepcopy(rng.choice(container)))
    return out


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_take_the_fast_path_with_the_same_result(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert fast(raw) == slow(raw)


def test_mutated_submissions_agree():
    rng = random.Random(20191129)
    raws = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
    accepted = rejected = unsure_but_valid = 0
    for _ in range(3000):
        raw = mutate(rng.choice(raws), rng)
        f, s = fast(raw), slow(raw)
        if f[0] == "ok":
            assert s == f, json.dumps(raw, ensure_ascii=False, default=str)[:2000]
            accepted += 1
        elif s[0] == "ok":
            unsure_but_valid += 1
        else:
            rejected += 1
    # Both kinds of input were exercised, and the fast path rarely gives up on valid input.
    assert accepted > 300 and rejected > 300
    assert unsure_but_valid <= accepted // 20


def test_every_schema_hook_is_known_to_the_fast_path():
    def hooked(cls):
        return {name for name in dir(cls)
                if getattr(getattr(cls, name, None), "__marshmallow_hook__", None)}

    for cls in (schemas.SubmissionSchema, schemas.ProcedureSchema,
                schemas.InternalProcedureSchema, schemas.ElectronicProcedureSchema,
                schemas.StepSchema, schemas.DurationSchema, schemas.AgencySchema,
                schemas.DecisionRefSchema):
        assert bool(hooked(cls)) == (cls in HOOKS), cls.__name__


def _fields(schema, seen=None):
    """Every field of a schema and of the schemas nested in it (list items included)."""
    seen = set() if seen is None else seen
    for field in schema.fields.values():
        while True:
            yield field
            if isinstance(field, fields.List):
                field = field.inner
                continue
            break
        if isinstance(field, fields.Nested) and type(field.schema) not in seen:
            seen.add(type(field.schema))
            yield from _fields(field.schema, seen)


def _probes(validator):
    """Values on both sides of each boundary the validator draws."""
    if isinstance(validator, validate.Length):
        for n in {validator.min, validator.max, validator.equal} - {None}:
            yield from (["x"] * m for m in (n - 1, n, n + 1) if m >= 0)
            yield from ("y" * m for m in (n - 1, n, n + 1) if m >= 0)
    elif isinstance(validator, validate.Range):
        for bound in {validator.min, validator.max} - {None}:
            yield from (bound - 1, bound - 0.5, bound, bound + 0.5, bound + 1)
    elif isinstance(validator, validate.OneOf):
        yield from validator.choices
        yield from ("", "other", validator.choices[0].upper() + "!")
    elif isinstance(validator, validate.Regexp):
        yield from ("1.009994", "1.00999", "1.0099944", "x.009994", "1.009994 ", "2.002386")


def test_compiled_checks_draw_the_same_boundaries_as_the_validators():
    probed = 0
    for field in _fields(schemas.SubmissionSchema()):
        check = _check(field)
        for validator in field.validators:
            for value in _probes(validator):
                try:
                    for v in field.validators:
                        v(value)
                    expected = True
                except (ValidationError, TypeError):
                    expected = False
                try:
                    check(value)
                    got = True
                except (Unsure, TypeError):
                    got = False
                assert got == expected, (field, validator, value)
                probed += 1
    assert probed > 200

"""A fast path for loading valid submissions, compiled from the marshmallow schemas.

marshmallow stays the single definition of the contract: this module walks the schema
classes once, at import, and builds plain closures that check the same field types,
required fields, unknown fields, validators (the schemas' own validator objects are called)
and defaults, then call the same schema-level functions (``cross_references``,
``submission_defaults``, ``integral_duration``). It only ever *accepts*: at the first thing
it is not sure of, it gives up (:class:`Unsure`) and the caller runs marshmallow, which
produces the errors. A field type it does not know makes compilation fail, so a schema
change cannot silently bypass validation. Tests assert that both paths accept and reject
the same inputs and produce the same output.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

from service.contract import schemas as s


class Unsure(Exception):
    """The fast path cannot vouch for this input; let marshmallow decide."""


_MISSING = object()
Loader = Callable[[Any], Any]

# Schema-level hooks, by schema class: (validators, post-processors). They must match the
# schemas' @validates_schema / @post_load methods; ``test_fastload`` checks the pairing.
HOOKS: dict[type, tuple[tuple, tuple]] = {
    s.SubmissionSchema: ((s.cross_references,), (s.submission_defaults,)),
    s.DurationSchema: ((), (s.integral_duration,)),
}


def _check(field: fields.Field) -> Callable[[Any], None] | None:
    """One function raising :class:`Unsure` where one of the field's validators would fail
    (None: the field has none). marshmallow's common validators become plain comparisons
    with the same parameters; any other validator object is called as it is."""
    checks: list[Callable[[Any], bool]] = []
    for v in field.validators:
        if type(v) is validate.Length:
            low, high, equal = v.min, v.max, v.equal
            checks.append(lambda x, low=low, high=high, equal=equal:
                          (low is None or len(x) >= low) and (high is None or len(x) <= high)
                          and (equal is None or len(x) == equal))
        elif type(v) is validate.OneOf:
            checks.append(lambda x, choices=frozenset(v.choices): x in choices)
        elif type(v) is validate.Range:
            low, high = v.min, v.max
            low_in, high_in = v.min_inclusive, v.max_inclusive
            checks.append(lambda x, low=low, high=high, low_in=low_in, high_in=high_in:
                          (low is None or (x >= low if low_in else x > low))
                          and (high is None or (x <= high if high_in else x < high)))
        elif type(v) is validate.Regexp:
            checks.append(lambda x, match=v.regex.match: match(x) is not None)
        else:
            checks.append(lambda x, v=v: _passes(v, x))
    if not checks:
        return None
    if len(checks) == 1:
        only = checks[0]

        def check_one(value: Any) -> None:
            if not only(value):
                raise Unsure
        return check_one

    def check_all(value: Any) -> None:
        for passes in checks:
            if not passes(value):
                raise Unsure
    return check_all


def _passes(validator: Callable[[Any], Any], value: Any) -> bool:
    try:
        validator(value)
    except ValidationError:
        return False
    return True


def _absent(value: Any) -> bool:
    """The contract reads null and blank strings as absent (``schemas._clean``)."""
    return value is None or (type(value) is str and not value.strip())


def _field_loader(field: fields.Field) -> Loader:
    if isinstance(field, fields.Nested):
        return _schema_loader(type(field.schema) if isinstance(field.schema, Schema)
                              else field.nested)
    if isinstance(field, fields.List):
        inner = _field_loader(field.inner)
        check = _check(field)

        def load_list(value: Any) -> list:
            if type(value) is not list:
                raise Unsure
            out = [inner(v) for v in value]
            if check is not None:
                check(out)
            return out
        return load_list
    if isinstance(field, s.StrictBool):
        def load_bool(value: Any) -> bool:
            if type(value) is not bool:
                raise Unsure
            return value
        return load_bool
    if isinstance(field, s.IsoDate):
        def load_date(value: Any) -> date:
            if type(value) is not str or len(value) != 10 or value[4] != "-" \
                    or value[7] != "-" or not (value[:4] + value[5:7] + value[8:]).isascii() \
                    or not (value[:4] + value[5:7] + value[8:]).isdigit():
                raise Unsure
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise Unsure from None
        return load_date
    check = _check(field)
    if isinstance(field, s.Number):
        def load_number(value: Any) -> float:
            if type(value) not in (int, float):
                raise Unsure
            try:
                out = float(value)
            except OverflowError:
                raise Unsure from None
            if not math.isfinite(out):
                raise Unsure
            if check is not None:
                check(out)
            return out
        return load_number
    if isinstance(field, fields.Integer) and field.strict:
        def load_int(value: Any) -> int:
            if type(value) is not int:
                raise Unsure
            if check is not None:
                check(value)
            return value
        return load_int
    if type(field) in (fields.String, s.Enum):
        if check is None:
            def load_str(value: Any) -> str:
                if type(value) is not str:
                    raise Unsure
                return value
            return load_str

        def load_checked_str(value: Any) -> str:
            if type(value) is not str:
                raise Unsure
            check(value)
            return value
        return load_checked_str
    raise TypeError(f"the fast loader does not know {type(field).__name__}: teach it or "
                    f"leave the field to marshmallow")


def _schema_loader(schema_class: type) -> Loader:
    schema = schema_class()
    plan = []
    for name, field in schema.fields.items():
        plan.append((name, field.required, field.load_default, _field_loader(field)))
    known = frozenset(schema.fields)
    validators, post = HOOKS.get(schema_class, ((), ()))

    def load_object(value: Any) -> dict:
        if type(value) is not dict:
            raise Unsure
        if not known.issuperset(value):
            for key in value:
                if key not in known and not _absent(value[key]):
                    raise Unsure
        out: dict = {}
        get = value.get
        for name, required, default, loader in plan:
            raw = get(name, _MISSING)
            if raw is _MISSING or raw is None or (type(raw) is str and not raw.strip()):
                if required:
                    raise Unsure
                if default is not _UNSET:
                    out[name] = default() if callable(default) else default
                continue
            out[name] = loader(raw)
        try:
            for check in validators:
                check(out)
        except ValidationError:
            raise Unsure from None
        for hook in post:
            out = hook(out)
        return out
    return load_object


_UNSET = fields.Field().load_default  # marshmallow's "no default" marker
load_fast: Loader = _schema_loader(s.SubmissionSchema)

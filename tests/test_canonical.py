"""The fast canonical JSON writes exactly the bytes of its definition (``json.dumps`` with
sorted keys, no spaces, no ASCII escapes, no NaN), or refuses exactly what it refuses: every
hash of the decision log and every input hash depends on it."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.storage.canonical import canonical_bytes, canonical_text


def same(value) -> None:
    try:
        expected = canonical_text(value).encode()
    except (TypeError, ValueError, UnicodeEncodeError) as exc:
        with pytest.raises(type(exc)):
            canonical_bytes(value)
        return
    except RecursionError:
        return
    assert canonical_bytes(value) == expected


scalars = (st.none() | st.booleans() | st.integers() | st.integers(-2**70, 2**70)
           | st.floats(allow_nan=True, allow_infinity=True)
           | st.floats(min_value=-1e-3, max_value=1e-3)
           | st.floats(min_value=1e14, max_value=1e18)
           | st.text() | st.text(alphabet=st.characters(codec=None, max_codepoint=0x3000))
           | st.dates())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5)
                      | st.dictionaries(st.text(max_size=6), inner, max_size=5), max_leaves=30)


@settings(max_examples=600, deadline=None)
@given(values)
def test_the_same_bytes_as_the_definition(value):
    same(value)


def test_floats_of_every_magnitude():
    rng = random.Random(9579)
    for exponent in range(-330, 309):
        for _ in range(20):
            value = rng.uniform(1, 10) * 10.0 ** exponent
            if math.isfinite(value):
                same([value, -value, {"v": value}])


@pytest.mark.parametrize("value", [
    float("nan"), [float("inf")], {"a": -float("inf")}, 2**64, {1: "key not text"},
    {"a": "\ud800"}, datetime(2025, 6, 30, 12, 0), time(12, 0), object(), b"bytes",
    (1, 2), {"b": 1, "a": [date(2025, 6, 30), None, True, 1.5, 1e-05, 1e16, -0.0]},
    {"é": 1, "e": 2, "Z": 3, "\U0001f600": 4, "\uffff": 5}, "\x00\x1f\x7f\u2028",
])
def test_the_values_json_treats_apart(value):
    same(value)


def test_subclasses_are_written_as_their_base():
    class Text(str):
        pass

    class Mapping(dict):
        pass

    same({"a": Text("x"), "b": Mapping(c=1), "d": True, "e": 1})


def test_a_submission():
    from bench.workloads import submission
    from service.contract.schemas import load_submission

    same(load_submission(submission(5)))


@settings(max_examples=400, deadline=None)
@given(values)
def test_json_columns_read_back_what_json_would_have_stored(value):
    import json

    from service.storage.canonical import json_plain, json_text, plain

    try:
        expected = json.loads(json.dumps(value, allow_nan=False, default=plain))
    except (TypeError, ValueError, RecursionError) as exc:
        if not isinstance(exc, RecursionError):
            with pytest.raises(type(exc)):
                json_plain(value)
        return
    assert json_plain(value) == expected
    assert list(_keys(json_plain(value))) == list(_keys(expected))
    try:
        stored = json.dumps(value)
    except TypeError:
        return
    assert json.loads(json_text(value)) == json.loads(stored)


def _keys(value):
    """Every key of a JSON value, in order (dict equality ignores the order)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


@settings(max_examples=300, deadline=None)
@given(values)
def test_json_answers_are_the_bytes_flask_would_write(value):
    import json

    from flask import Flask

    from service.api.jsonout import FastJSONProvider

    app = Flask(__name__)
    provider = FastJSONProvider(app)
    provider.ensure_ascii = provider.sort_keys = False
    try:
        expected = json.dumps(value, separators=(",", ":"), ensure_ascii=False,
                              default=provider.default)
    except (TypeError, ValueError, RecursionError) as exc:
        if not isinstance(exc, RecursionError):
            with pytest.raises(type(exc)):
                provider.dumps(value, separators=(",", ":"))
        return
    assert provider.dumps(value, separators=(",", ":")) == expected

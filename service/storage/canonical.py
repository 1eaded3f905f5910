"""Canonical JSON: what every hash of the decision log and every input hash is taken over.

The definition is Python's ``json.dumps(value, sort_keys=True, separators=(",", ":"),
ensure_ascii=False, allow_nan=False)``, with dates as ISO text; those bytes are what anyone
recomputing a hash reproduces. :func:`canonical_bytes` writes them with orjson (a quarter of
the time on a submission) when orjson's bytes are provably the same, and with ``json``
otherwise:

* orjson writes every string, integer, ``true``/``false``/``null`` and nested structure as
  ``json`` does with these options, and sorts keys the same way (code point order);
* it writes floats from 1e-4 up to 1e16 (and zero) as ``json`` does, but others otherwise
  (``1e-7`` for ``1e-07``, ``0.00001`` for ``1e-05``), and NaN and the infinities as
  ``null`` where ``json`` refuses them: a value that holds such a float is written by
  ``json`` (which raises where it always did);
* whatever orjson refuses (integers beyond 64 bits, keys that are not text, unpaired
  surrogates, other types) is written, or refused, by ``json``.

``tests/test_canonical.py`` checks the equivalence on generated values of every kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import orjson

_PLAIN_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS \
    | orjson.OPT_PASSTHROUGH_SUBCLASS
_OPTIONS = orjson.OPT_SORT_KEYS | _PLAIN_OPTIONS


def plain(value: Any) -> str:
    """Dates as ISO text; anything else that JSON cannot hold is refused."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


class _Slow(Exception):
    """A value that orjson would not write as ``json`` does."""


def canonical_text(value: Any) -> str:
    """The canonical JSON of ``value`` as text (``json``'s definition, module docstring)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=plain)


def canonical_bytes(value: Any) -> bytes:
    """The canonical JSON of ``value``, UTF-8 encoded: exactly
    ``canonical_text(value).encode()``."""
    data = _orjson_dumps(value, _OPTIONS, plain)
    return data if data is not None else canonical_text(value).encode()


def _orjson_dumps(value: Any, option: int, default: Callable[[Any], Any]) -> bytes | None:
    """``value`` written by orjson, or None where its bytes would not be ``json``'s."""
    if not _orjson_writes_as_json(value):
        return None

    def fallback(item: Any) -> Any:
        # OPT_PASSTHROUGH_SUBCLASS hands subclasses of str, int, dict and list here: json
        # writes them as their base type, and so does the slow path (orjson cannot).
        if isinstance(item, (str, int, dict, list)):
            raise _Slow
        return default(item)

    try:
        return orjson.dumps(value, default=fallback, option=option)
    except (orjson.JSONEncodeError, _Slow):
        return None


def _orjson_writes_as_json(value: Any) -> bool:
    """Every float in ``value`` is one orjson writes as ``json`` does: zero, or finite with
    a magnitude from 1e-4 up to 1e16 (``json`` writes others with an exponent, orjson
    otherwise, and NaN and the infinities orjson writes as ``null``)."""
    stack = [value]
    pop, push = stack.pop, stack.extend
    while stack:
        item = pop()
        kind = type(item)
        if kind is str or kind is int or kind is bool or item is None:
            continue
        if kind is dict:
            push(item.values())
        elif kind is list or kind is tuple:
            push(item)
        elif isinstance(item, float):
            if not (item == 0.0 or 1e-4 <= abs(item) < 1e16):  # NaN fails both
                return False
        elif isinstance(item, dict):
            push(item.values())
        elif isinstance(item, (list, tuple)):
            push(item)
    return True


def compact_text(value: Any, default: Callable[[Any], Any] = plain) -> str | None:
    """``value`` as ``json.dumps(value, separators=(",", ":"), ensure_ascii=False,
    default=default)`` writes it (keys in their order), written by orjson; None where
    orjson would not write the same text (see the module's docstring)."""
    data = _orjson_dumps(value, _PLAIN_OPTIONS, default)
    return data.decode() if data is not None else None


def json_text(value: Any) -> str:
    """``value`` as JSON text for a JSON column (the engines' ``json_serializer``): orjson's,
    where it writes the same values as ``json.dumps``, else ``json.dumps``'. The text may
    differ (no ``\\u`` escapes); what is read back does not."""
    text = compact_text(value, _refuse)
    return text if text is not None else json.dumps(value)


def _refuse(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON")


def json_plain(value: Any) -> Any:
    """``value`` as JSON reads it back (dates as text), its keys in the same order; NaN and
    the infinities refused."""
    text = compact_text(value)
    if text is not None:
        return orjson.loads(text)
    return json.loads(json.dumps(value, allow_nan=False, default=plain))

"""Canonical JSON: what every hash of the decision log and every input hash is taken over.

The definition is Python's ``json.dumps(value, sort_keys=True, separators=(",", ":"),
ensure_ascii=False, allow_nan=False)``, with dates as ISO text; those bytes are what anyone
recomputing a hash reproduces. :func:`canonical_bytes` writes them with orjson (about ten
times faster on a submission) when orjson's bytes are provably the same, and with ``json``
otherwise:

* orjson writes every string, integer, ``true``/``false``/``null`` and nested structure as
  ``json`` does with these options, and sorts keys the same way (code point order);
* it writes a float in exponent form otherwise than ``json`` does (``1e-7`` for ``1e-07``)
  and one below 1e-4 without an exponent (``0.00001`` for ``1e-05``): an output with ``e-``,
  ``e+`` or ``0.0000`` anywhere is written again by ``json``;
* it writes NaN and the infinities as ``null`` where ``json`` refuses them: an output with
  ``null`` anywhere is written again by ``json`` (which raises, as it always did);
* whatever orjson refuses (integers beyond 64 bits, keys that are not text, unpaired
  surrogates, other types) is written, or refused, by ``json``.

A false alarm (a string that holds ``e-``, a ``null`` value) costs only the slower path.
``tests/test_canonical.py`` checks the equivalence on generated values of every kind.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import orjson

_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME \
    | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS
_DOUBTFUL = (b"e-", b"e+", b"0.0000", b"null")


def plain(value: Any) -> str:
    """Dates as ISO text; anything else that JSON cannot hold is refused."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _subclass(value: Any) -> Any:
    # OPT_PASSTHROUGH_SUBCLASS hands subclasses of str, int, dict and list here: json
    # writes them as their base type, and so does the slow path (orjson cannot be told to).
    if isinstance(value, (str, int, dict, list)):
        raise _Slow
    return plain(value)


class _Slow(Exception):
    """A value that orjson would not write as ``json`` does."""


def canonical_text(value: Any) -> str:
    """The canonical JSON of ``value`` as text (``json``'s definition, module docstring)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=plain)


def canonical_bytes(value: Any) -> bytes:
    """The canonical JSON of ``value``, UTF-8 encoded: exactly
    ``canonical_text(value).encode()``."""
    try:
        data = orjson.dumps(value, default=_subclass, option=_OPTIONS)
    except (orjson.JSONEncodeError, _Slow):
        return canonical_text(value).encode()
    if any(marker in data for marker in _DOUBTFUL):
        return canonical_text(value).encode()
    return data

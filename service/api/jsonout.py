"""The application's JSON provider: Flask's, with its compact answers written by orjson.

Flask writes a JSON answer as ``json.dumps(obj, separators=(",", ":"), ensure_ascii=False,
default=...)`` here (``sort_keys`` off, ``service.app``). Where orjson writes exactly those
bytes (``service.storage.canonical.compact_text``: no float it spells otherwise, no NaN, no
integer past 64 bits, keys that are text), it writes them, in a fraction of the time; any
other answer, and every indented one, is Flask's own.
"""

from __future__ import annotations

from typing import Any

from flask.json.provider import DefaultJSONProvider

from service.storage.canonical import compact_text

_COMPACT = {"separators": (",", ":")}


class FastJSONProvider(DefaultJSONProvider):
    def dumps(self, obj: Any, **kwargs: Any) -> str:
        if kwargs == _COMPACT and not self.sort_keys and not self.ensure_ascii:
            text = compact_text(obj, self.default)
            if text is not None:
                return text
        return super().dumps(obj, **kwargs)

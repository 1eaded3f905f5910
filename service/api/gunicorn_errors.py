"""The answers gunicorn gives by itself, before the application sees a request (a request
line over ``--limit-request-line``, 414; header fields over ``--limit-request-field_size`` or
``--limit-request-fields``, 431; a request it cannot parse, 400), in the service's JSON error
shape instead of gunicorn's HTML page.

gunicorn writes them with ``gunicorn.util.write_error(sock, status, reason, message)``;
``use_json_errors()`` replaces that function in the process (``wsgi.py`` calls it, so it holds
in every worker, with or without ``--preload``). Its limits stay gunicorn's: 4094 bytes of
request line, 100 header fields of at most 8190 bytes each, by default.
"""

from __future__ import annotations

import json
import re

_FIELDS = {414: "url", 431: "headers"}


def _errors(status: int, message: str) -> dict[str, list[str]]:
    if status == 414:
        found = re.search(r"\((\d+) > (\d+)\)", message)
        text = (f"the request line (at least {found[1]} bytes) is longer than the server's "
                f"limit of {found[2]} bytes: send a shorter URL (fewer or shorter query "
                f"parameters)." if found else
                "the request line is longer than the server's limit.")
        return {"url": [text]}
    if status == 431:
        return {"headers": [f"too large for the server: {message}."]}
    return {_FIELDS.get(status, "request"): [message or "the request cannot be read."]}


def json_error_response(status: int, reason: str, message: str) -> bytes:
    """The bytes of a complete HTTP response for an error gunicorn answers itself."""
    body = json.dumps({"errors": _errors(status, message), "status": status,
                       "message": reason}, ensure_ascii=False).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


def use_json_errors() -> bool:
    """Make gunicorn answer its own errors as JSON; False when gunicorn is not there."""
    try:
        from gunicorn import util
    except ImportError:  # pragma: no cover - gunicorn is a dependency
        return False

    def write_error(sock, status_int, reason, mesg):
        util.write_nonblock(sock, json_error_response(status_int, reason, mesg))

    util.write_error = write_error
    return True

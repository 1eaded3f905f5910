"""Reading request bodies strictly, and the headers every evaluation carries."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NoReturn

from flask import current_app, request
from flask_smorest import abort
from werkzeug.exceptions import RequestEntityTooLarge

from service.contract.schemas import BadInput, load_submission
from service.engine import get_engine

MAX_DEPTH = 32


class _Repeated(dict):
    """A JSON object in which some names appeared more than once."""

    repeated: tuple[str, ...] = ()


def _repeated(pairs: list[tuple[str, Any]]) -> _Repeated:
    obj = _Repeated(pairs)
    seen: set[str] = set()
    obj.repeated = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
    return obj


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


def _join(path: str, key: Any) -> str:
    return f"{path}.{key}" if path else str(key)


def _unstorable(text: str) -> bool:
    """NUL and unpaired surrogates: valid JSON escapes that no database column can hold."""
    if "\x00" in text:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# The escapes that can put NUL or a surrogate into a decoded string. A text without any of
# them (and without such characters raw) decodes to strings that every column can hold.
_SUSPECT_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")


def _inspect(value: Any) -> tuple[dict[str, list[str]], str | None]:
    """Paths of repeated keys and of unstorable strings; the first path nested deeper than
    ``MAX_DEPTH``."""
    errors: dict[str, list[str]] = {}
    stack = [(value, "", 1)]
    while stack:
        node, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            return errors, path
        if isinstance(node, str):
            if _unstorable(node):
                errors.setdefault(path or "body", []).append(
                    "must not contain NUL or unpaired surrogate characters.")
            continue
        items: Iterable = ()
        if isinstance(node, dict):
            for key in getattr(node, "repeated", ()):
                errors.setdefault(_join(path, key), []).append(
                    "appears more than once in its object (duplicate key).")
            for key in node:
                if _unstorable(key):
                    errors.setdefault(path or "body", []).append(
                        "has a key with NUL or unpaired surrogate characters.")
            items = node.items()
        elif isinstance(node, list):
            items = enumerate(node)
        stack.extend((v, _join(path, k), depth + 1) for k, v in items
                     if isinstance(v, (dict, list, str)))
    return errors, None


class NotJson(ValueError):
    """Text that is not one acceptable JSON document; the message completes "the body …".
    ``detail`` is the decoder's own complaint when the text is not JSON at all."""

    def __init__(self, message: str, detail: Exception | None = None) -> None:
        super().__init__(message)
        self.detail = detail


@dataclass(frozen=True)
class Document:
    """Decoded JSON text. ``clean``: no object repeats a name and no string or name can hold
    NUL or a surrogate, so only the depth is left for :func:`inspect` to find."""

    value: Any
    clean: bool


def read_document(text: str) -> Document:
    """One JSON document, read strictly (no NaN; over-deep nesting refused); raises
    :class:`NotJson`."""
    repeated = False

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict:
        nonlocal repeated
        obj = dict(pairs)
        if len(obj) != len(pairs):
            repeated = True
            return _repeated(pairs)
        return obj

    try:
        value = json.loads(text, object_pairs_hook=pairs_hook, parse_constant=_no_constant)
    except RecursionError:
        raise NotJson(f"is nested more than {MAX_DEPTH} levels deep.") from None
    except ValueError as exc:  # JSONDecodeError, NaN, over-long integers
        raise NotJson(f"is not valid JSON: {exc}.", exc) from None
    clean = not repeated and _SUSPECT_ESCAPE.search(text) is None and not _unstorable(text)
    return Document(value, clean)


def inspect(document: Document) -> dict[str, list[str]]:
    """The paths of the document's repeated keys and unstorable strings; raises
    :class:`NotJson` when it is nested more than ``MAX_DEPTH`` levels deep."""
    problems, too_deep = _inspect(document.value)
    if too_deep is not None:
        raise NotJson(f"is nested more than {MAX_DEPTH} levels deep (at {too_deep}).")
    return problems


def parse_json(text: str) -> tuple[Any, dict[str, list[str]]]:
    """One JSON document, read strictly (no NaN, bounded depth), and the paths of its
    repeated keys and unstorable strings; raises :class:`NotJson`."""
    document = read_document(text)
    return document.value, inspect(document)


def load_clean(document: Document) -> dict | None:
    """The submission, when the document is clean and valid; else None (and the caller
    takes the full path: :func:`inspect`, then :func:`load_with_problems`, which names every
    problem).

    Nothing is skipped that could matter: a clean document has no repeated key and no
    unstorable string, and one valid against the schemas is nested no deeper than they are
    (``tests/api/test_json_reading.py`` holds them under ``MAX_DEPTH``).
    """
    if not document.clean or not isinstance(document.value, dict):
        return None
    try:
        return load_submission(document.value)
    except BadInput:
        return None


def load_with_problems(raw: Any, problems: dict[str, list[str]]) -> dict:
    """``load_submission``, with the reading's problems (repeated keys, unstorable strings)
    among the errors of the :class:`BadInput` it raises."""
    errors: dict[str, list[str]] = {}
    submission = None
    try:
        submission = load_submission(raw)
    except BadInput as exc:
        errors = dict(exc.errors)
    for path, messages in problems.items():
        errors.setdefault(path, []).extend(messages)
    if errors:
        raise BadInput(errors)
    return submission


def _bad_request(message: str) -> NoReturn:
    abort(400, errors={"body": [message]})


def _read_document() -> Document:
    """The request's JSON body, decoded.

    415 unless the body is declared JSON (UTF-8); 413 over the size limit (raised by
    Werkzeug while reading); 400 for anything that is not one JSON document.
    """
    mimetype = request.mimetype
    if not (mimetype == "application/json" or
            (mimetype.startswith("application/") and mimetype.endswith("+json"))):
        abort(415, errors={"Content-Type": [
            f"must be application/json, not {request.content_type or 'absent'}."]})
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        abort(415, errors={"Content-Type": [f"the charset must be utf-8, not {charset}."]})
    data = request.get_data(cache=True)
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is None and limit is not None and len(data) >= limit:
        raise RequestEntityTooLarge()  # a streamed body: Werkzeug stops reading at the limit
    if not data.strip():
        _bad_request("is empty; a JSON object is expected.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _bad_request(f"is not UTF-8: {exc.reason} at byte {exc.start}.")
    try:
        return read_document(text)
    except NotJson as exc:
        _bad_request(str(exc))


def _inspected(document: Document) -> dict[str, list[str]]:
    try:
        return inspect(document)
    except NotJson as exc:
        _bad_request(str(exc))


def read_json() -> tuple[Any, dict[str, list[str]]]:
    """The request's JSON body, and the paths of repeated keys and unstorable strings
    (the statuses of :func:`_read_document`)."""
    document = _read_document()
    return document.value, _inspected(document)


def read_submission(header_errors: dict[str, list[str]] | None = None) -> dict:
    """The request body as a validated, normalised submission, or a 400/422 naming every
    offending field (and the ``header_errors`` found by the caller)."""
    document = _read_document()
    if not header_errors:
        submission = load_clean(document)
        if submission is not None:
            return submission
    problems = _inspected(document)
    raw = document.value
    if not isinstance(raw, dict):
        _bad_request("must be a JSON object (a submission).")
    for path, messages in (header_errors or {}).items():
        problems.setdefault(path, []).extend(messages)
    try:
        return load_with_problems(raw, problems)
    except BadInput as exc:
        abort(422, errors=exc.errors)


def policy_versions(policies: Iterable[dict]) -> dict[str, str]:
    """The ``X-Policy-Versions`` header: ``id=version`` of each pack used."""
    return {"X-Policy-Versions": ",".join(f"{p['id']}={p['version']}" for p in policies)}


def store():
    return current_app.extensions["tthc-rules"]["store"]


def evaluate(submission: dict) -> dict:
    """The verdict on a submission, with what the registry holds about its procedures
    (without a registry entry, exactly the stateless verdict), read through the worker's
    :class:`~service.registry.cache.RegistryCache`."""
    engine = get_engine()
    registry = current_app.extensions["tthc-rules"]["registry"]
    return engine.evaluate(submission, registry=registry.view_for(submission))

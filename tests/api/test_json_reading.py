"""Reading JSON bodies: the quick path skips the walk over a document only when the walk
could find nothing (no repeated name, no NUL or surrogate, nesting bounded by the schemas)."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from marshmallow import fields

from service.api.http import MAX_DEPTH, _inspect, inspect, load_clean, read_document
from service.contract.schemas import SubmissionSchema, load_submission

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _depth(schema) -> int:
    """Levels of JSON nesting a document valid against ``schema`` can have."""
    def field_depth(field) -> int:
        if isinstance(field, fields.Nested):
            return _depth(field.schema)
        if isinstance(field, fields.List):
            return 1 + field_depth(field.inner)
        return 0
    return 1 + max((field_depth(f) for f in schema.fields.values()), default=0)


def test_a_valid_submission_is_nested_less_deep_than_the_limit():
    assert 3 <= _depth(SubmissionSchema()) < MAX_DEPTH


def test_the_examples_take_the_quick_path_and_load_as_the_full_path_does():
    for path in sorted(EXAMPLES.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        document = read_document(text)
        assert document.clean, path.name
        assert inspect(document) == {}
        assert load_clean(document) == load_submission(json.loads(text)), path.name


# Text made of anything JSON can carry, NUL and lone surrogates among it.
_text = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x1FFFF,
                              exclude_categories=()), max_size=8)
_keys = st.sampled_from(["a", "b", "c", "\u0000", "\ud800", "é"])


def _encode(node, ascii_only: bool) -> str:
    """JSON text of ``node``; an object is a list of pairs, so names may repeat."""
    if isinstance(node, tuple):  # ("object", pairs)
        return "{" + ",".join(f"{_encode(k, ascii_only)}:{_encode(v, ascii_only)}"
                              for k, v in node[1]) + "}"
    if isinstance(node, list):
        return "[" + ",".join(_encode(v, ascii_only) for v in node) + "]"
    if isinstance(node, str):
        return json.dumps(node, ensure_ascii=ascii_only)
    return json.dumps(node)


_documents = st.recursive(
    st.none() | st.booleans() | st.integers() | _text,
    lambda children: st.lists(children, max_size=4) |
    st.lists(st.tuples(_keys | _text, children), max_size=4).map(lambda p: ("object", p)),
    max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(_documents, st.booleans())
def test_a_clean_document_has_nothing_for_the_walk_to_find(node, ascii_only):
    text = _encode(node, ascii_only)
    document = read_document(text)
    problems, _ = _inspect(document.value)
    if document.clean:
        assert problems == {}
    else:
        # not clean: there was a reason (the walk may still find it is only a pair)
        assert (problems or "\\u" in text or "\x00" in text
                or any(0xD800 <= ord(c) <= 0xDFFF for c in text))

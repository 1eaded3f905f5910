"""The README's table of examples says what each example gives: every example file is in it,
and each row's outcome (and the rules it names) is what the engine gives."""

import json
import re
from pathlib import Path

import pytest

from service.contract.schemas import load_submission
from service.engine import get_engine

ROOT = Path(__file__).resolve().parents[1]
ROW = re.compile(r"^\| `(?P<file>[^`]+\.json)` \| (?P<what>.+?) \| (?P<outcome>accepted|"
                 r"needs_review|rejected|no_policy) (?P<said>[^|]*)\|$", re.MULTILINE)


def _rows() -> dict[str, tuple[str, set[str]]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out = {}
    for m in ROW.finditer(text):
        said = re.sub(r"\bno [A-Z][A-Z0-9]*-\d{2}\b", "", m["said"])  # «no CQDP-01 …»
        out[m["file"]] = (m["outcome"], set(re.findall(r"\b[A-Z][A-Z0-9]*-\d{2}\b", said)))
    return out


def test_every_example_is_in_the_readme_table():
    assert sorted(_rows()) == sorted(p.name for p in (ROOT / "examples").glob("*.json"))


@pytest.mark.parametrize("name", sorted(_rows()))
def test_each_example_gives_what_the_readme_says(name):
    outcome, rules = _rows()[name]
    raw = json.loads((ROOT / "examples" / name).read_text(encoding="utf-8"))
    verdict = get_engine().evaluate(load_submission(raw))
    assert verdict["outcome"] == outcome
    found = {f["rule_id"] for f in verdict["findings"]}
    assert rules <= found, (rules, found)
    absent = set(re.findall(r"\bno ([A-Z][A-Z0-9]*-\d{2})\b", _said(name)))
    assert not absent & found, (absent, found)


def _said(name: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return next(m["said"] for m in ROW.finditer(text) if m["file"] == name)

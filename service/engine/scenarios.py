"""The Gherkin scenarios that specify each rule: those tagged ``@<rule_id>``.

Feature files (``features/**/*.feature``, Vietnamese or English Gherkin) are parsed with
the official Gherkin parser; a file is read again only when it changes. A file that does
not parse is skipped and logged, never an error for a caller.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from gherkin.errors import ParserError
from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

log = logging.getLogger(__name__)


def _tags(node: dict) -> list[str]:
    return [t["name"] for t in node.get("tags", ())]


def _steps(steps: list[dict]) -> list[dict]:
    out = []
    for step in steps:
        item = {"keyword": step["keyword"].strip(), "text": step["text"],
                "line": step["location"]["line"]}
        if "dataTable" in step:
            item["table"] = [[c["value"] for c in row["cells"]]
                             for row in step["dataTable"]["rows"]]
        out.append(item)
    return out


def _scenarios(children: list[dict], inherited: list[str], background: list[dict],
               file: str) -> list[dict]:
    out: list[dict] = []
    for child in children:
        if "background" in child:
            background = background + _steps(child["background"]["steps"])
        elif "rule" in child:
            rule = child["rule"]
            out += _scenarios(rule["children"], inherited + _tags(rule), background, file)
        elif "scenario" in child:
            sc = child["scenario"]
            examples = [{"name": ex["name"], "tags": _tags(ex),
                         "header": [c["value"] for c in ex["tableHeader"]["cells"]]
                         if ex.get("tableHeader") else [],
                         "rows": [[c["value"] for c in row["cells"]]
                                  for row in ex.get("tableBody", ())]}
                        for ex in sc.get("examples", ())]
            tags = inherited + _tags(sc) + [t for ex in examples for t in ex["tags"]]
            out.append({"name": sc["name"], "keyword": sc["keyword"], "file": file,
                        "line": sc["location"]["line"], "tags": list(dict.fromkeys(tags)),
                        "background": background, "steps": _steps(sc["steps"]),
                        "examples": examples})
    return out


@lru_cache(maxsize=1024)
def _parse(path: Path, file: str, _mtime_ns: int, _size: int) -> tuple[dict, ...]:
    try:
        document = Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, ParserError) as exc:
        log.warning("feature file %s skipped: %s", file, exc)
        return ()
    feature = document.get("feature")
    if not feature:
        return ()
    return tuple(_scenarios(feature["children"], _tags(feature), [], file))


def load_scenarios(features_dir: str | Path, relative_to: str | Path | None = None) \
        -> dict[str, list[dict]]:
    """Scenarios by tag (``"QTNB-08"`` for ``@QTNB-08``), in file and line order."""
    root = Path(features_dir)
    base = Path(relative_to) if relative_to else root.parent
    by_tag: dict[str, list[dict]] = {}
    if not root.is_dir():
        return by_tag
    for path in sorted(root.rglob("*.feature")):
        try:
            stat = path.stat()
            file = str(path.relative_to(base)) if base in path.parents else str(path)
        except OSError:
            continue
        for scenario in _parse(path, file, stat.st_mtime_ns, stat.st_size):
            for tag in scenario["tags"]:
                by_tag.setdefault(tag.removeprefix("@"), []).append(scenario)
    return by_tag

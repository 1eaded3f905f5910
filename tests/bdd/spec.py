"""The Gherkin specification read as data: which scenario (or outline row) says what.

Used by ``test_catalogue_coverage``. Each scenario, and each row of a scenario outline, becomes
an ``Example`` with its tags, its submission date and the rules its steps say fire
(``có phát hiện "X"``, or ``phát hiện "X" … ghi nhận:`` and the like) or do not fire
(``không có phát hiện "X"``). The features are parsed by
pytest-bdd itself, so what is checked here is what runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pytest_bdd.feature import get_features

from . import vocabulary as vi

FEATURES = Path(__file__).resolve().parents[2] / "features"
RULE_ID = re.compile(r"[A-Z][A-Z0-9]*-\d{2}")
# «có phát hiện "X"» / «không có phát hiện "X"»; «phát hiện "X" … ghi nhận / ở mức / viện dẫn»
# asserts a finding of X too (exactly one).
ASSERTION = re.compile(r'(?P<neg>không )?(?:có )?phát hiện "(?P<rule>[^"]+)"')
# the day whose rules apply: the submission date, or «theo quy định có hiệu lực ngày …»
SUBMITTED = re.compile(r"(?:gửi ngày|có hiệu lực ngày) (?P<day>\d{1,2}/\d{1,2}/\d{4})")
# «Thì kết quả là "Đạt"»: the scenario states the outcome
OUTCOME = re.compile(r'kết quả là "')


@dataclass
class Example:
    """One scenario, or one row of a scenario outline, as its steps read once rendered."""

    where: str
    scenario: str
    tags: set[str]
    day: date | None  # the day whose rules apply
    fires: set[str] = field(default_factory=set)
    quiet: set[str] = field(default_factory=set)
    title: str = ""  # the scenario's name, as rendered
    outcome_stated: bool = False

    @property
    def rule_tags(self) -> set[str]:
        return {t for t in self.tags if RULE_ID.fullmatch(t)}


def examples(root: Path = FEATURES) -> list[Example]:
    out = []
    for feature in get_features([str(root)]):
        rel = Path(feature.filename).relative_to(root.parent)
        for template in feature.scenarios.values():
            rule_tags = template.rule.tags if template.rule else set()
            base = template.tags | feature.tags | rule_tags
            rows = [(ex.tags, ctx) for ex in template.examples for ctx in ex.as_contexts()]
            for n, (row_tags, context) in enumerate(rows or [(set(), {})]):
                scenario = template.render(context)
                where = f"{rel}:{template.line_number}" + (f" row {n + 1}" if rows else "")
                example = Example(where, f"{rel}:{template.line_number}", base | row_tags,
                                  None, title=scenario.name)
                for step in scenario.steps:
                    example.outcome_stated |= OUTCOME.match(step.name) is not None
                    submitted = SUBMITTED.search(step.name)
                    if submitted:
                        example.day = vi.day(submitted["day"])
                    asserted = ASSERTION.match(step.name)
                    if asserted:
                        rules = example.quiet if asserted["neg"] else example.fires
                        rules.add(asserted["rule"])
                out.append(example)
    return out

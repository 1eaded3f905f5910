"""The Gherkin specification covers the rule catalogue, and names only rules that exist.

For every rule loaded from the policy folder: at least two tagged scenarios, at least one
(scenario or outline row) in which it fires (``có phát hiện "X"``) and one in which it does
not (``không có phát hiện "X"``). For every date a rule starts or ends on its own, and for the
first day of every pack: a tagged example on each side of the date; a pack that applies
whatever the date (``scope: open_points``) has instead a tagged example in which its rules fire
before every other pack's first day. Tags are rule ids (or ``@wip``); every tagged rule is
asserted by its scenario; a scenario that says a rule «không bị phát hiện» also says what the
outcome is.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date, timedelta

import pytest

from service.engine.policy import load_policies

from .spec import FEATURES, RULE_ID, Example, examples

OTHER_TAGS = {"wip"}


@pytest.fixture(scope="module")
def policies():
    return load_policies(os.environ.get("TTHC_POLICIES") or None)


@pytest.fixture(scope="module")
def spec() -> list[Example]:
    return [e for e in examples() if "wip" not in e.tags]


def _listing(problems: list[str]) -> str:
    return "\n  " + "\n  ".join(problems)


def test_feature_files_are_vietnamese_and_sit_in_a_pack_folder(policies) -> None:
    packs = {p.id for p in policies.packs}
    problems = []
    for path in sorted(FEATURES.rglob("*.feature")):
        rel = path.relative_to(FEATURES)
        if path.read_text(encoding="utf-8").splitlines()[:1] != ["# language: vi"]:
            problems.append(f"{rel}: first line is not '# language: vi'")
        if len(rel.parts) != 2 or rel.parts[0] not in packs:
            problems.append(f"{rel}: not under features/<pack-id>/ (packs: {sorted(packs)})")
    assert not problems, _listing(problems)


def test_every_tag_names_a_known_rule(policies) -> None:
    known = {r.id for r in policies.rules}
    problems = []
    for e in examples():
        for tag in sorted(e.tags):
            if RULE_ID.fullmatch(tag):
                if tag not in known:
                    problems.append(f"{e.where}: @{tag} names no rule of policies/")
            elif tag not in OTHER_TAGS:
                problems.append(f"{e.where}: @{tag} is neither a rule id nor one of "
                                f"{sorted(OTHER_TAGS)}")
        for rule in sorted((e.fires | e.quiet) - known):
            problems.append(f"{e.where}: asserts a finding of {rule}, which is no rule")
    assert not problems, _listing(sorted(set(problems)))


def test_every_tagged_rule_is_asserted_by_its_scenario(spec) -> None:
    problems = [f"{e.where}: tagged @{rule} but says nothing of «phát hiện \"{rule}\"»"
                for e in spec for rule in sorted(e.rule_tags - e.fires - e.quiet)]
    assert not problems, _listing(problems)


def test_every_rule_fires_and_stays_quiet_in_tagged_scenarios(policies, spec) -> None:
    scenarios: dict[str, set] = defaultdict(set)
    fires: dict[str, int] = defaultdict(int)
    quiet: dict[str, int] = defaultdict(int)
    for e in spec:
        for rule in e.rule_tags:
            scenarios[rule].add(e.scenario)
            fires[rule] += rule in e.fires
            quiet[rule] += rule in e.quiet
    problems = []
    for rule in sorted(r.id for r in policies.rules):
        if len(scenarios[rule]) < 2:
            problems.append(f"{rule}: {len(scenarios[rule])} tagged scenario(s), need 2")
        if not fires[rule]:
            problems.append(f"{rule}: no tagged scenario in which it fires "
                            f"(«có phát hiện \"{rule}\"»)")
        if not quiet[rule]:
            problems.append(f"{rule}: no tagged scenario in which it does not fire "
                            f"(«không có phát hiện \"{rule}\"»)")
    assert not problems, _listing(problems)


def _has(spec: list[Example], rules: set[str], day: date, fires: bool) -> bool:
    """Some example tagged with one of ``rules``, submitted on ``day``, in which that rule
    fires (or, ``fires=False``, is asserted not to)."""
    for e in spec:
        if e.day != day:
            continue
        for rule in e.rule_tags & rules:
            if rule in (e.fires if fires else e.quiet):
                return True
    return False


def _boundaries(policies) -> list[tuple[str, set[str], date, date]]:
    """(what, rules, last day out, first day in) for every date that opens or closes a window."""
    out = []
    for pack in policies.packs:
        if pack.scope == "open_points":  # no window: see the test below
            continue
        rules = {r.id for r in pack.rules}
        out.append((f"pack {pack.id} starts", rules, pack.valid_from - timedelta(days=1),
                    pack.valid_from))
        if pack.valid_until:
            out.append((f"pack {pack.id} ends", rules, pack.valid_until + timedelta(days=1),
                        pack.valid_until))
        for r in pack.rules:
            if r.valid_from != pack.valid_from:
                out.append((f"{r.id} starts", {r.id}, r.valid_from - timedelta(days=1),
                            r.valid_from))
            if r.valid_until != pack.valid_until:
                out.append((f"{r.id} ends", {r.id}, r.valid_until + timedelta(days=1),
                            r.valid_until))
    return out


def test_every_validity_date_has_a_scenario_on_each_side(policies, spec) -> None:
    problems = []
    for what, rules, outside, inside in _boundaries(policies):
        names = ", ".join(sorted(rules)) if len(rules) < 4 else "one of its rules"
        if not _has(spec, rules, inside, fires=True):
            problems.append(f"{what}: no example on {inside:%d/%m/%Y} tagged and firing "
                            f"{names}")
        if not _has(spec, rules, outside, fires=False):
            problems.append(f"{what}: no example on {outside:%d/%m/%Y} tagged and not "
                            f"firing {names}")
    assert not problems, _listing(problems)


def test_rules_that_apply_whatever_the_date_fire_before_every_pack(policies, spec) -> None:
    first = min(p.valid_from for p in policies.packs if p.scope is None)
    problems = []
    for pack in (p for p in policies.packs if p.scope == "open_points"):
        for rule in pack.rules:
            if not any(e.day and e.day < first and rule.id in e.fires & e.rule_tags
                       for e in spec):
                problems.append(f"{rule.id}: no tagged example before {first:%d/%m/%Y} in "
                                f"which it fires")
    assert not problems, _listing(problems)


def test_a_scenario_that_says_a_rule_is_not_found_states_the_outcome(spec) -> None:
    problems = [f"{e.where}: «{e.title}» says «không bị phát hiện» but states no outcome "
                f"(«Thì kết quả là \"…\"»)"
                for e in spec if "không bị phát hiện" in e.title and not e.outcome_stated]
    assert not problems, _listing(problems)

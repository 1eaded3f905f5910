"""Replaying history under changed rules: which stored verdicts would a draft change?

Every stored submission is evaluated again, with a different set of policy files, on the
date it was first evaluated for, with what the procedure registry holds about its procedures
(the versions in force on that date); its findings are compared with the stored verdict's by
(rule, subject path). The report says, per rule, which submissions gain or lose a finding,
and per outcome, which verdicts move (``rejected → accepted`` …), with the submissions listed.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy import select

from service.engine import Engine
from service.engine.jurisdiction import province_of
from service.engine.policy import load_policies
from service.registry.store import RegistryStore
from service.storage.models import Submission, Verdict

BATCH = 500


@dataclass
class Change:
    submission_id: str
    reference: str | None
    before: str
    after: str
    gained: list[str]  # rule ids newly firing
    lost: list[str]  # rule ids no longer firing


@dataclass
class ReplayReport:
    evaluated: int = 0
    changes: list[Change] = field(default_factory=list)
    policies: list[dict] = field(default_factory=list)

    def by_rule(self) -> dict[str, dict]:
        rules: dict[str, dict] = defaultdict(lambda: {"gained": [], "lost": []})
        for c in self.changes:
            for rule_id in c.gained:
                rules[rule_id]["gained"].append(c.submission_id)
            for rule_id in c.lost:
                rules[rule_id]["lost"].append(c.submission_id)
        return dict(sorted(rules.items()))

    def by_outcome(self) -> dict[str, list[str]]:
        moves: dict[str, list[str]] = defaultdict(list)
        for c in self.changes:
            if c.before != c.after:
                moves[f"{c.before} → {c.after}"].append(c.submission_id)
        return dict(sorted(moves.items()))

    def as_json(self) -> dict:
        return {
            "evaluated": self.evaluated,
            "changed": len(self.changes),
            "outcome_changed": sum(c.before != c.after for c in self.changes),
            "policies": self.policies,
            "by_rule": self.by_rule(),
            "by_outcome": self.by_outcome(),
            "submissions": [c.__dict__ for c in self.changes],
        }

    def as_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["submission_id", "reference", "outcome_before", "outcome_after",
                         "rules_gained", "rules_lost"])
        for c in self.changes:
            writer.writerow([c.submission_id, c.reference or "", c.before, c.after,
                             " ".join(c.gained), " ".join(c.lost)])
        return out.getvalue()


def rehydrate(body: dict) -> dict:
    """A stored (normalised, JSON) submission as the engine takes it."""
    return {**body, "submitted_on": date.fromisoformat(body["submitted_on"])}


def compare(row_id: str, reference: str | None, verdict: dict,
            fresh: tuple[str, list[tuple[str, str]]]) -> Change | None:
    """A stored verdict against ``Engine.check``'s (outcome, finding keys)."""
    outcome, keys = fresh
    old = {(f["rule_id"], f["subject"]["path"]) for f in verdict["findings"]}
    new = set(keys)
    if old == new and verdict["outcome"] == outcome:
        return None
    return Change(row_id, reference, verdict["outcome"], outcome,
                  sorted({r for r, _ in new - old}), sorted({r for r, _ in old - new}))


def _rows(sessions, since: date | None, after: str | None, until: str | None,
          batch: int = BATCH) -> Iterator[tuple]:
    """Stored submissions in id order, by keyset pages."""
    while True:
        query = (select(Submission.id, Submission.reference, Submission.body,
                        Verdict.outcome, Verdict.findings, Verdict.evaluated_on)
                 .join(Verdict, Verdict.submission_id == Submission.id)
                 .order_by(Submission.id).limit(batch))
        if after is not None:
            query = query.where(Submission.id > after)
        if until is not None:
            query = query.where(Submission.id <= until)
        if since is not None:
            query = query.where(Submission.submitted_on >= since)
        with sessions() as session:
            page = session.execute(query).all()
        yield from page
        if len(page) < batch:
            return
        after = page[-1].id


def _pages(rows: Iterable[tuple], size: int = BATCH) -> Iterator[list[tuple]]:
    it = iter(rows)
    while page := list(islice(it, size)):
        yield page


def _replay_rows(engine: Engine, rows: Iterable[tuple],
                 tick: Callable[[int], None] | None = None,
                 registry: Any = None) -> tuple[int, list[Change]]:
    """Evaluate rows again; with ``registry`` (a ``RegistryStore``), each page of rows with
    one registry view of all their procedures (a view of more codes answers the same), read
    for each submission in its own province."""
    count, changes = 0, []
    for page in _pages(rows):
        view = None
        if registry is not None:
            view = registry.view({p["code"] for row in page for p in row.body["procedures"]})
        for row in page:
            body = rehydrate(row.body)
            fresh = engine.check(body, as_of=row.evaluated_on, registry=None if view is None
                                 else view.for_province(province_of(body)))
            change = compare(row.id, row.reference,
                             {"outcome": row.outcome, "findings": row.findings}, fresh)
            if change is not None:
                changes.append(change)
            count += 1
            if tick is not None and count % 100 == 0:
                tick(100)
    if tick is not None:
        tick(count % 100)
    return count, changes


def _worker(args: tuple) -> tuple[int, list[Change]]:
    database_url, policy_dir, since, after, until = args
    from service.storage import Store

    store = Store(database_url)
    engine = Engine(load_policies(policy_dir))
    try:
        return _replay_rows(engine, _rows(store.sessions, since, after, until),
                            registry=RegistryStore(store))
    finally:
        engine.close()
        store.dispose()


def replay(store, policy_dir: str | None, since: date | None = None, workers: int = 1,
           progress: Callable[[int, int], None] | None = None) -> ReplayReport:
    """Re-evaluate stored submissions with the rule files of ``policy_dir``.

    ``progress(done, total)`` is called as submissions are evaluated (one worker), or as
    workers finish their share.
    """
    policies = load_policies(policy_dir)  # fails here, before any work, if the files are bad
    report = ReplayReport(policies=[p.summary() for p in policies.packs])
    ids = _all_ids(store, since)
    total = len(ids)
    if workers <= 1 or total < 2 * BATCH:
        engine = Engine(policies)
        done = [0]

        def tick(n: int) -> None:
            done[0] += n
            if progress:
                progress(done[0], total)
        try:
            report.evaluated, report.changes = _replay_rows(
                engine, _rows(store.sessions, since, None, None), tick, RegistryStore(store))
        finally:
            engine.close()
        return report
    shares = [ids[i * total // workers:(i + 1) * total // workers] for i in range(workers)]
    tasks = [(store.url.render_as_string(hide_password=False), policy_dir, since,
              None if i == 0 else shares[i - 1][-1], share[-1])
             for i, share in enumerate(shares) if share]
    with multiprocessing.get_context("spawn").Pool(len(tasks)) as pool:
        done = 0
        for count, changes in pool.imap_unordered(_worker, tasks):
            report.evaluated += count
            report.changes.extend(changes)
            done += count
            if progress:
                progress(done, total)
    report.changes.sort(key=lambda c: c.submission_id)
    return report


def _all_ids(store, since: date | None) -> list[str]:
    query = select(Submission.id).order_by(Submission.id)
    if since is not None:
        query = query.where(Submission.submitted_on >= since)
    with store.sessions() as session:
        return list(session.scalars(query))

"""Benchmarks over a stored history: replay throughput and the §CHUNG coverage report.

    .venv/bin/python -m bench.history replay --submissions 20000
    .venv/bin/python -m bench.history replay --submissions 100000 --workers 2
    .venv/bin/python -m bench.history coverage --procedures 2000
    .venv/bin/python -m bench.history replay --quick    # a smoke run (either section)

Each run builds a throw-away SQLite database in a temporary folder.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ulid import ULID

from bench.workloads import submission
from service.contract.schemas import load_submission
from service.engine import get_engine
from service.storage import Store
from service.storage.models import Submission, Verdict
from service.storage.replay import replay
from service.storage.store import canonical_json, input_hash


def _history(store: Store, count: int) -> None:
    """``count`` stored submissions of 1–5 procedures over 2019–2026, written in batches."""
    import json

    engine = get_engine()
    rng = random.Random(7)
    shapes = [load_submission(submission(n)) for n in (1, 2, 3, 5)]
    start = date(2019, 6, 1)
    now = datetime.now(UTC)
    batch: list = []
    for i in range(count):
        sub = dict(rng.choice(shapes))
        sub["submitted_on"] = start + timedelta(days=rng.randrange(0, 2600))
        sub["reference"] = f"{i}/TTr"
        verdict = engine.evaluate(sub)
        digest = input_hash(sub)
        record = Submission(id=str(ULID()), reference=sub["reference"], kind=sub["kind"],
                            submitter_code="STP", submitted_on=sub["submitted_on"],
                            received_at=now, body=json.loads(canonical_json(sub)),
                            input_hash=digest)
        record.verdict = Verdict(decision_id=verdict["decision_id"],
                                 outcome=verdict["outcome"],
                                 evaluated_on=sub["submitted_on"],
                                 policies=verdict["policies"], findings=verdict["findings"])
        batch.append(record)
        if len(batch) == 2000 or i == count - 1:
            with store.sessions.begin() as session:  # replay reads no decision log
                session.add_all(batch)
            batch = []


def bench_replay(args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'history.sqlite3'}")
        store.upgrade()
        t0 = time.perf_counter()
        _history(store, args.submissions)
        print(f"== replay: {args.submissions:,} stored submissions "
              f"(written in {time.perf_counter() - t0:.1f} s)")
        draft = Path(tmp) / "draft"
        shutil.copytree(get_engine().policies.directory, draft)
        rules = draft / "vinhphuc-9579" / "rules" / "10-internal-procedures.yaml"
        rules.write_text(rules.read_text(encoding="utf-8").replace(
            "valid_until: 2025-06-30", "valid_until: 2024-12-31"), encoding="utf-8")
        for workers in sorted({1, args.workers}):
            rates = []
            for _ in range(args.rounds):
                t0 = time.perf_counter()
                report = replay(store, str(draft), workers=workers)
                elapsed = time.perf_counter() - t0
                rates.append(report.evaluated / elapsed)
            print(f"  {workers} worker(s): median {statistics.median(rates):,.0f} "
                  f"submissions/s (runs {min(rates):,.0f}–{max(rates):,.0f}); "
                  f"{len(report.changes):,} verdicts would change")
        store.dispose()


def _many(parsed, count: int):
    """The generated list's rows repeated under fresh codes until it holds ``count`` TTHC
    at two tiers each (province and commune)."""
    from dataclasses import replace

    rows = []
    for i in range(count):
        row = parsed.rows[i % len(parsed.rows)]
        rows.append(replace(row, row=i + 2, code=f"{3 + i // 900000}.{i % 900000 + 100000:06d}",
                            tiers=["province", "commune"], status="in_force",
                            reception=row.reception or "provincial_centre"))
    return replace(parsed, rows=rows, problems=[])


def bench_coverage(args) -> None:
    """The registry filled from a generated published list and its approved procedures."""
    import json

    from generators.registry_sample import generate, procedures_document
    from service.registry.importer import parse_csv
    from service.registry.procedure_file import parse_procedure_file
    from service.registry.store import RegistryStore

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'registry.sqlite3'}")
        store.upgrade()
        registry = RegistryStore(store)
        parsed = _many(parse_csv(generate().to_csv(), "generated.csv"), args.procedures)
        t0 = time.perf_counter()
        registry.import_list(parsed)
        imported = time.perf_counter() - t0
        document = procedures_document(parsed.rows)
        registry.import_procedures(parse_procedure_file(json.dumps(document, ensure_ascii=False)))
        pairs = sum(len(r.tiers) for r in parsed.rows)
        print(f"== coverage report: {len(parsed.rows):,} TTHC, {pairs:,} TTHC × tier pairs, "
              f"{len(document['internal_procedures']):,} internal and "
              f"{len(document['electronic_procedures']):,} electronic procedures "
              f"(list imported in {imported:.2f} s)")
        times = []
        for _ in range(args.rounds * 3):
            t0 = time.perf_counter()
            report = registry.coverage()
            times.append(time.perf_counter() - t0)
        print(f"  GET coverage (in-process): median {statistics.median(times) * 1e3:.0f} ms, "
              f"max {max(times) * 1e3:.0f} ms over {len(times)} runs; "
              f"{len(report.get('gaps', [])):,} gaps")
        store.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("section", choices=["replay", "coverage"])
    parser.add_argument("--submissions", type=int, default=20_000)
    parser.add_argument("--procedures", type=int, default=2_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 200 submissions or 50 TTHC, one round, one worker")
    args = parser.parse_args(argv)
    if args.quick:
        args.submissions, args.procedures, args.rounds, args.workers = 200, 50, 1, 1
    {"replay": bench_replay, "coverage": bench_coverage}[args.section](args)


if __name__ == "__main__":
    main()

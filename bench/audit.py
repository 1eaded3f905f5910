"""The decision log's cost: appending an evaluation (a pre-check, a stored submission) and
verifying the whole log.

    .venv/bin/python -m bench.audit                          # SQLite file, 2,000 evaluations
    .venv/bin/python -m bench.audit --evaluations 10000 --postgres
    .venv/bin/python -m bench.audit --quick                  # a smoke run: 40 evaluations

Evaluations alternate pre-checks and stored submissions of the typical submission
(``bench/workloads.py``), each evaluated by the engine first (not timed); the figures are the
store's own: the append (with its transaction and commit) and ``audit.verify`` over the whole
log (which also checks each stored verdict and submission body against its entry).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.server import create_database, drop_database
from bench.workloads import submission

DATABASE = "tthc_bench_audit"


def run(url: str, evaluations: int) -> None:
    from service.contract.schemas import load_submission
    from service.engine import get_engine
    from service.storage import Store
    from service.trust import audit

    store = Store(url)
    store.upgrade()
    engine = get_engine()
    body = load_submission(submission(5))
    prechecks, stored = [], []
    for i in range(evaluations):
        verdict = engine.evaluate(body)
        if i % 2:
            started = time.perf_counter()
            store.create_submission({**body, "reference": f"{i}/TTr-STP"},
                                    lambda _s, v=verdict: v, f"bench-{i}")
            stored.append(time.perf_counter() - started)
        else:
            started = time.perf_counter()
            store.record_precheck(body, verdict)
            prechecks.append(time.perf_counter() - started)
    started = time.perf_counter()
    with store.sessions() as session:
        report = audit.verify(session)
    walked = time.perf_counter() - started
    store.dispose()

    def ms(values: list[float]) -> str:
        ordered = sorted(values)
        return (f"median {statistics.median(ordered) * 1000:.2f} ms, "
                f"p99 {ordered[int(len(ordered) * 0.99) - 1] * 1000:.2f} ms")

    backend = "PostgreSQL" if url.startswith("postgresql") else "SQLite file"
    print(f"{backend}, {evaluations} evaluations of a 5-TTHC submission")
    print(f"pre-check logged:    {ms(prechecks)}")
    print(f"submission stored:   {ms(stored)}")
    print(f"verify whole log:    {walked:.2f} s for {report.entries} entries "
          f"({walked / max(report.entries, 1) * 1e6:.0f} µs per entry); intact={report.intact}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--evaluations", type=int, default=2000)
    parser.add_argument("--postgres", action="store_true",
                        help=f"a throw-away database {DATABASE} on 127.0.0.1:5432")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 40 evaluations")
    args = parser.parse_args(argv)
    if args.quick:
        args.evaluations = 40
    if args.postgres:
        try:
            run(create_database(DATABASE), args.evaluations)
        finally:
            drop_database(DATABASE)
        return
    with tempfile.TemporaryDirectory(prefix="tthc-bench-audit-") as folder:
        run(f"sqlite:///{Path(folder) / 'audit.sqlite3'}", args.evaluations)


if __name__ == "__main__":
    main()

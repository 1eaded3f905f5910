"""How fast the reader reads a decision: a made-up 20-table decision (list annex, headings,
cases, merged rows, totals), a made-up decision of 20 procedures mixing every family the
reader knows (a list in parts, cases, tables for two tiers, alternative paths), both in Word
and HTML, and the real decisions of ``tests/data/decisions`` (or ``$DECISIONS_DIR``).

    .venv/bin/python -m bench.reader
    .venv/bin/python -m bench.reader --tables 50 --rounds 30
    .venv/bin/python -m bench.reader --quick      # a smoke run: 3 tables, 1 round

Figures: median and slowest of the rounds, in milliseconds, for one whole reading
(file → blocks → submission and reading), in-process. The target is under 1 s for 20 tables.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from generators.decision_families import mixed_decision
from generators.decisions import as_file, twenty_table_decision
from service.documents import read_files


def timed(files: list[tuple[str, bytes]], rounds: int) -> tuple[float, float, dict]:
    out = read_files(files)  # warm: imports, caches
    samples = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        out = read_files(files)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000, max(samples) * 1000, out


def real_decisions() -> list[Path]:
    folder = Path(os.environ.get("DECISIONS_DIR")
                  or Path(__file__).resolve().parents[1] / "tests" / "data" / "decisions")
    return sorted(p for p in folder.iterdir() if p.suffix in (".docx", ".html"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="a smoke run: 3 tables, 1 round")
    args = parser.parse_args(argv)
    if args.quick:
        args.tables, args.rounds = 3, 1
    print(f"{'document':<34} {'size':>8} {'tables':>6} {'IPs':>4} {'median':>9} {'slowest':>9}")
    for label, draft in ((f"made-up {args.tables} tables", twenty_table_decision(args.tables)),
                         (f"mixed {args.tables} procedures", mixed_decision(args.tables))):
        for fmt in ("docx", "html"):
            name, data = as_file(draft, fmt)
            median, worst, out = timed([(name, data)], args.rounds)
            printed = len({(t["where"]["file"], t["where"]["table"])
                           for t in out["reading"]["tables"]})
            print(f"{f'{label} .{fmt}':<34} {len(data) // 1024:>6} kB {printed:>6} "
                  f"{len(out['submission']['internal_procedures']):>4} "
                  f"{median:>6.1f} ms {worst:>6.1f} ms")
    for path in real_decisions():
        median, worst, out = timed([(path.name, path.read_bytes())], args.rounds)
        printed = len({(t["where"]["file"], t["where"]["table"]) for t in out["reading"]["tables"]})
        print(f"{path.name:<34} {path.stat().st_size // 1024:>6} kB "
              f"{printed:>6} "
              f"{len(out['submission'].get('internal_procedures', [])):>4} "
              f"{median:>6.1f} ms {worst:>6.1f} ms")


if __name__ == "__main__":
    main()

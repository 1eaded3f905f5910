"""In-process benchmarks of the engine: evaluation, growth, request path, memory.

    .venv/bin/python -m bench.engine                 # everything, charts in bench/out/
    .venv/bin/python -m bench.engine engine growth   # some sections only
    .venv/bin/python -m bench.engine memory --evaluations 100000
    .venv/bin/python -m bench.engine --quick         # every section, a few rounds (smoke run)

Figures are medians, 99th percentiles and the min–max of the per-round medians over
repeated rounds; compare ratios within one run (the machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from bench.workloads import submission
from service.contract.schemas import load_submission
from service.engine import Engine, get_engine
from service.engine.policy import load_policies

OUT = Path(__file__).resolve().parent / "out"


def measure(fn: Callable[[], object], rounds: int, per_round: int) -> dict:
    """Run ``fn`` rounds × per_round times; seconds per call as median, p99, round spread."""
    for _ in range(min(per_round, 20)):
        fn()
    samples: list[float] = []
    medians: list[float] = []
    for _ in range(rounds):
        gc.collect()
        batch = []
        for _ in range(per_round):
            t0 = time.perf_counter()
            fn()
            batch.append(time.perf_counter() - t0)
        medians.append(statistics.median(batch))
        samples.extend(batch)
    samples.sort()
    return {"median": statistics.median(samples),
            "p99": samples[min(len(samples) - 1, int(len(samples) * 0.99))],
            "min": min(medians), "max": max(medians), "n": len(samples)}


def ms(stats: dict) -> str:
    return (f"median {stats['median'] * 1e3:8.3f} ms   p99 {stats['p99'] * 1e3:8.3f} ms   "
            f"round medians {stats['min'] * 1e3:.3f}–{stats['max'] * 1e3:.3f} ms   "
            f"(n={stats['n']})")


def section_engine(args) -> None:
    print("== engine: validated input → verdict")
    durable, reference = get_engine(), Engine(load_policies(), matcher="reference")
    for label, size, per_round in (("typical (5 procedures × 2 tiers)", 5, args.scale(400)),
                                   ("large (200 procedures × 2 tiers)", 200, args.scale(15))):
        sub = load_submission(submission(size))
        d = measure(lambda sub=sub: durable.evaluate(sub), args.rounds, per_round)
        r = measure(lambda sub=sub: reference.evaluate(sub), args.rounds, per_round)
        print(f"  {label}")
        print(f"    durable-rules   {ms(d)}")
        print(f"    plain Python    {ms(r)}")
        print(f"    ratio durable/plain = {d['median'] / r['median']:.2f}")


def section_request(args) -> None:
    print("== request path in-process: JSON text → validation → evaluation → verdict JSON")
    engine = get_engine()
    body = json.dumps(submission(5), ensure_ascii=False)

    def request() -> str:
        return json.dumps(engine.evaluate(load_submission(json.loads(body))),
                          ensure_ascii=False)

    def validation() -> dict:
        return load_submission(json.loads(body))

    print(f"  typical, whole path   {ms(measure(request, args.rounds, args.scale(300)))}")
    print(f"  typical, validation   {ms(measure(validation, args.rounds, args.scale(300)))}")


def _slope(xs: list[float], ys: list[float]) -> tuple[float, float]:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return slope, my - slope * mx


def _multiplied_policies(times: int, folder: Path) -> Path:
    """A copy of policies/ where every rule of vinhphuc-9579 appears ``times`` times."""
    source = Path(load_policies().directory)
    shutil.copytree(source, folder)
    for path in (folder / "vinhphuc-9579" / "rules").glob("*.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        rules = list(doc["rules"])
        for k in range(1, times):
            for rule in doc["rules"]:
                # a deep copy keeps dates as dates (a date turned into text no longer fits
                # the number an ``as_of`` condition compares with)
                duplicate = copy.deepcopy(rule)
                prefix, number = duplicate["id"].rsplit("-", 1)
                duplicate["id"] = f"{prefix}X{k}-{number}"
                rules.append(duplicate)
        doc["rules"] = rules
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return folder


def section_growth(args) -> None:
    print("== growth: time per evaluation against dossier size and number of rules")
    engine = get_engine()
    sizes = [1, 5, 20] if args.quick else [1, 2, 5, 10, 20, 50, 100, 200, 350, 500]
    per_eval = []
    for n in sizes:
        sub = load_submission(submission(n))
        stats = measure(lambda sub=sub: engine.evaluate(sub), max(1, args.rounds // 2),
                        args.scale(max(5, 400 // n)))
        per_eval.append(stats["median"])
        print(f"  {n:4d} procedures  {stats['median'] * 1e3:8.3f} ms   "
              f"{stats['median'] / n * 1e6:7.1f} µs per procedure")
    slope, intercept = _slope(sizes, per_eval)
    per_proc = [t / n for t, n in zip(per_eval, sizes)]
    five = sizes.index(5)
    print(f"  slope {slope * 1e6:.1f} µs per procedure, intercept {intercept * 1e3:.3f} ms; "
          f"per-procedure time max/min from 5 to {sizes[-1]} = "
          f"{max(per_proc[five:]) / min(per_proc[five:]):.2f}×, from 1 to {sizes[-1]} = "
          f"{max(per_proc) / min(per_proc):.2f}×")

    rule_counts, rule_times = [], []
    sub = load_submission(submission(5))
    with tempfile.TemporaryDirectory() as tmp:
        for times in (1, 2) if args.quick else (1, 2, 4, 8):
            policies = load_policies(_multiplied_policies(times, Path(tmp) / f"x{times}"))
            multiplied = Engine(policies)
            stats = measure(lambda m=multiplied: m.evaluate(sub), max(1, args.rounds // 2),
                            args.scale(200))
            rule_counts.append(len(policies.rules))
            rule_times.append(stats["median"])
            print(f"  {len(policies.rules):4d} rules  {stats['median'] * 1e3:8.3f} ms "
                  f"(typical dossier)")
            multiplied.close()
    rslope, _ = _slope(rule_counts, rule_times)
    print(f"  slope {rslope * 1e6:.2f} µs per rule")
    if not args.quick:
        _chart(sizes, per_eval, rule_counts, rule_times)


def _chart(sizes, per_eval, rule_counts, rule_times) -> None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("  (matplotlib not installed: no chart; pip install -e '.[bench]')")
        return
    OUT.mkdir(exist_ok=True)
    fig, (a, b) = plt.subplots(1, 2, figsize=(11, 4))
    a.plot(sizes, [t * 1e3 for t in per_eval], "o-")
    a.set(xlabel="procedures in the submission (2 tiers each)", ylabel="ms per evaluation",
          title="Evaluation time against dossier size")
    a.grid(alpha=0.3)
    b.plot(rule_counts, [t * 1e3 for t in rule_times], "s-", color="tab:orange")
    b.set(xlabel="rules in force", ylabel="ms per evaluation (typical dossier)",
          title="Evaluation time against rules in force")
    b.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(OUT / "growth.png", dpi=110)
    print(f"  chart: {OUT / 'growth.png'}")


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def section_memory(args) -> None:
    print(f"== memory: resident size over {args.evaluations:,} evaluations (typical dossier)")
    engine = get_engine()
    sub = load_submission(submission(5))
    step = max(1, args.evaluations // 10)
    readings = []
    for i in range(args.evaluations + 1):
        if i % step == 0:
            readings.append((i, _rss_mib()))
            print(f"  {i:>9,} evaluations  RSS {readings[-1][1]:7.1f} MiB")
        engine.evaluate(sub)
    warm = readings[1:] if len(readings) > 2 else readings
    print(f"  after warm-up: {warm[0][1]:.1f} → {warm[-1][1]:.1f} MiB "
          f"({warm[-1][1] - warm[0][1]:+.1f} MiB)")


SECTIONS = {"engine": section_engine, "request": section_request, "growth": section_growth,
            "memory": section_memory}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sections", nargs="*", metavar="SECTION",
                        help=f"sections to run, of {list(SECTIONS)} (default: all)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--evaluations", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: one short round of everything, no chart")
    args = parser.parse_args(argv)
    unknown = set(args.sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections {sorted(unknown)}; of {list(SECTIONS)}")
    if args.quick:
        args.rounds, args.evaluations = 1, min(args.evaluations, 300)
    args.scale = (lambda n: max(2, n // 50)) if args.quick else (lambda n: n)
    for name in args.sections or SECTIONS:
        SECTIONS[name](args)


if __name__ == "__main__":
    main()

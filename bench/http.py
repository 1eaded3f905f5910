"""HTTP benchmarks under gunicorn, each endpoint beside the web stack's ceiling in one run.

    .venv/bin/python -m bench.http                     # SQLite and PostgreSQL
    .venv/bin/python -m bench.http --duration 20 --connections 8 --workers 2
    .venv/bin/python -m bench.http --no-postgres
    .venv/bin/python -m bench.http --threads 4         # gthread workers instead of sync
    .venv/bin/python -m bench.http --quick             # a smoke run: 1 s per figure, SQLite

Needs ``wrk`` (Debian package ``wrk``). Serves the app with ``gunicorn --workers N`` on a
loopback port, loads it with ``wrk -t2 -cC --latency`` and prints requests/s and latency
percentiles; ``GET /healthz`` (a no-op JSON answer on the same server) is the ceiling the
other figures are compared with. PostgreSQL: a throw-away database ``tthc_bench`` on
127.0.0.1:5432 (user ``postgres``), dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.server import LOAD_ENV, Gunicorn, create_database, drop_database
from bench.workloads import submission

BENCH_DATABASE = "tthc_bench"
PG_BENCH = f"postgresql://postgres@127.0.0.1:5432/{BENCH_DATABASE}"

POST_LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("{body}", "r"):read("*a")
counter = 0
request = function()
  {extra}
  return wrk.format(nil, nil, nil, nil)
end
"""
IDEMPOTENT = """counter = counter + 1
  wrk.headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", {stamp}, math.random(1, 1e9), counter)"""


class Server(Gunicorn):
    def __init__(self, database_url: str, workers: int, threads: int = 1) -> None:
        super().__init__(database_url, workers, {"TTHC_AUTH": "off", **LOAD_ENV},
                         ("--threads", str(threads), "--log-level", "warning"))


def wrk(url: str, script: str | None, duration: int, connections: int) -> dict:
    args = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    if script:
        args += ["-s", script]
    out = subprocess.run(args + [url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def pct(label: str) -> float:
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)\b", out).groups()
        return float(value) * {"us": 1e-3, "ms": 1.0, "s": 1e3}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": pct("50"), "p99": pct("99"),
            "non_2xx": int(errors.group(1)) if errors else 0}


def run_suite(label: str, database_url: str, args, tmp: Path) -> list[tuple]:
    body = tmp / "typical.json"
    body.write_text(json.dumps(submission(5), ensure_ascii=False), encoding="utf-8")
    precheck = tmp / "precheck.lua"
    precheck.write_text(POST_LUA.format(body=body, extra=""), encoding="utf-8")
    store = tmp / "store.lua"
    store.write_text(POST_LUA.format(body=body, extra=IDEMPOTENT.format(
        stamp=int(time.time()))), encoding="utf-8")
    server = Server(database_url, args.workers, args.threads)
    rows = []
    warm = 1 if args.quick else 2
    try:
        wrk(server.url + "/healthz", None, warm, args.connections)  # warm-up
        wrk(server.url + "/api/v1/prechecks", str(precheck), warm, args.connections)
        ceiling = wrk(server.url + "/healthz", None, args.duration, args.connections)
        rows.append((label, "GET /healthz (no-op ceiling)", ceiling, 1.0))
        for name, path, script in (("POST /api/v1/prechecks", "/api/v1/prechecks", precheck),
                                   ("POST /api/v1/submissions", "/api/v1/submissions", store)):
            result = wrk(server.url + path, str(script), args.duration, args.connections)
            rows.append((label, name, result, result["rps"] / ceiling["rps"]))
    finally:
        server.stop()
    return rows


def postgres_database() -> bool:
    try:
        create_database(BENCH_DATABASE)
        return True
    except Exception as exc:  # noqa: BLE001 - the PostgreSQL part is optional
        print(f"(PostgreSQL not available: {exc})", file=sys.stderr)
        return False


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads per worker (gunicorn's gthread worker when over 1)")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 1 s per figure, one worker, SQLite only")
    args = parser.parse_args(argv)
    if args.quick:
        args.duration, args.workers, args.connections, args.no_postgres = 1, 1, 2, True
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        rows += run_suite("sqlite", f"sqlite:///{tmp_path / 'bench.sqlite3'}", args, tmp_path)
        if not args.no_postgres and postgres_database():
            try:
                rows += run_suite("postgresql", PG_BENCH, args, tmp_path)
            finally:
                drop_database(BENCH_DATABASE)
    kind = "sync" if args.threads == 1 else f"gthread ×{args.threads}"
    print(f"gunicorn {args.workers} {kind} workers, wrk -t2 -c{args.connections} "
          f"-d{args.duration}s, typical submission (5 procedures × 2 tiers, "
          f"{len(json.dumps(submission(5), ensure_ascii=False).encode()) // 1024} KiB)")
    print(f"{'database':<11} {'endpoint':<30} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'of ceiling':>10} {'non-2xx':>8}")
    for label, name, r, share in rows:
        print(f"{label:<11} {name:<30} {r['rps']:9.0f} {r['p50']:8.2f} {r['p99']:8.2f} "
              f"{share:10.0%} {r['non_2xx']:8d}")
    if any(r["non_2xx"] for _, _, r, _ in rows):
        print("WARNING: some answers were not 2xx: those figures are not the endpoint's")


if __name__ == "__main__":
    main()

"""Where a request's time goes under gunicorn: a sampling profile of one worker, broken down
by part of the request path.

    .venv/bin/python -m bench.profile                       # pre-checks, SQLite
    .venv/bin/python -m bench.profile --postgres            # pre-checks, PostgreSQL
    .venv/bin/python -m bench.profile --endpoint submissions --duration 20
    .venv/bin/python -m bench.profile --quick               # a smoke run (2 s)

Serves the app with ``gunicorn --workers 1`` (sync) on a loopback port, loads it with ``wrk
-t1 -c2`` (so that the worker always has a request waiting) and samples the worker with
``py-spy record --format raw`` (the ``py-spy`` package; it needs the right to ptrace the
worker, as root has). Every sample is put under the innermost part of the request path its
stack is in:

    routing        Werkzeug's URL map
    auth           the access table's hook (``service.trust.auth``)
    validation     reading the JSON body, the fast loader, marshmallow
    registry       the worker's registry cache (one generation query)
    facts          ``build_facts``
    matching       the durable-rules matcher
    wording        findings: messages, legal bases, reported facts
    evaluation     the rest of ``Engine.evaluate`` (packs, jurisdiction, the verdict)
    serialisation  the verdict as JSON
    log: hashes    the input hash, the verdict hash, the entry hash
    log: SQL       the decision-log statements (head update, insert), and for a stored
                   submission the ORM writes
    commit         the transaction's commit
    other hooks    the policy-reload check, rate limits, anchors, security headers
    web stack      everything else: gunicorn, Werkzeug, Flask, flask-smorest

The figures are each part's share of the worker's busy samples and the microseconds of a
request they stand for (busy samples ÷ rate ÷ requests answered while sampling). Sampling
at 1 kHz sees every part that costs more than a few microseconds a request on average; a
single profile is noisy, so compare the shares of two runs on the same machine.
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
from collections import Counter
from pathlib import Path

from bench.http import Server, wrk
from bench.server import create_database, drop_database
from bench.workloads import submission

DATABASE = "tthc_bench_profile"

def _in(functions: str, files: str) -> str:
    """A pattern for a frame ``[Class.]function (file:line)`` of those functions in those
    files (regular expressions)."""
    return rf"^(\w+\.)*({functions}) \((\S*/)?({files})"


# (part, pattern over a frame), the innermost match wins: the parts nest (a commit happens
# inside the log append, the log append inside the request).
PARTS: list[tuple[str, re.Pattern]] = [(part, re.compile(pattern)) for part, pattern in [
    ("commit", _in(r"_commit_impl|do_commit|commit", r"sqlalchemy/|psycopg/")),
    ("log: hashes", _in(r"input_hash|verdict_hash|entry_hash|_digest|canonical_json",
                        r"service/storage/|service/trust/audit")),
    ("log: SQL", _in(r"record_precheck|append|create_submission|_by_key",
                     r"service/storage/store\.py|service/trust/audit\.py")),
    ("serialisation", _in(r"jsonify|response|dumps|_default", r"flask/json/")
     + "|" + _in(r"\w+", r"service/api/jsonout\.py")),
    ("wording", _in(r"_finding|finding", r"service/engine/core\.py")),
    ("matching", _in(r"match", r"service/engine/matchers\.py")),
    ("facts", _in(r"build_facts", r"service/engine/facts\.py")),
    ("registry", _in(r"view_for", r"service/registry/cache\.py")),
    ("evaluation", _in(r"evaluate|check", r"service/engine/core\.py")),
    ("validation", _in(r"read_submission|read_json|_read_document",
                       r"service/api/http\.py")),
    ("auth", _in(r"\w+", r"service/trust/auth\.py")),
    ("other hooks", _in(r"\w+", r"service/trust/reload\.py|service/trust/limits\.py"
                                 r"|service/api/audit\.py|flask_limiter/|service/app\.py")),
    ("routing", _in(r"\w+", r"werkzeug/routing/")),
]]
ORDER = ["routing", "auth", "validation", "registry", "facts", "matching", "wording",
         "evaluation", "serialisation", "log: hashes", "log: SQL", "commit", "other hooks",
         "web stack"]


def py_spy() -> str | None:
    """``py-spy`` on the PATH or beside this Python (a virtual environment's bin/)."""
    beside = Path(sys.executable).parent / "py-spy"
    return shutil.which("py-spy") or (str(beside) if beside.exists() else None)


def part_of(stack: list[str]) -> str:
    """The part of the request path a sampled stack (outermost frame first) is in."""
    for frame in reversed(stack):
        for part, pattern in PARTS:
            if pattern.search(frame):
                return part
    return "web stack"


def breakdown(raw: str) -> Counter:
    """Samples per part, from ``py-spy record --format raw`` output (collapsed stacks)."""
    parts: Counter = Counter()
    for line in raw.splitlines():
        stack_text, _, count = line.rpartition(" ")
        if not stack_text or not count.isdigit():
            continue
        frames = stack_text.split(";")
        if not any("gunicorn" in f for f in frames):  # not a request (start-up, imports)
            continue
        parts[part_of(frames)] += int(count)
    return parts


def worker_pid(server: Server) -> int:
    pid = server.process.pid
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.2)
    raise RuntimeError("gunicorn started no worker")


def profile(database_url: str, endpoint: str, duration: int, rate: int,
            tmp: Path, keep: Path | None = None) -> tuple[Counter, dict, dict]:
    """Samples per part, the endpoint's wrk figures while sampling, and the no-op's."""
    body = tmp / "typical.json"
    body.write_text(json.dumps(submission(5), ensure_ascii=False), encoding="utf-8")
    script = tmp / "post.lua"
    key = ('counter = counter + 1\n  wrk.headers["Idempotency-Key"] = '
           'string.format("profile-%d-%d", math.random(1, 1e9), counter)'
           if endpoint == "submissions" else "")
    from bench.http import POST_LUA
    script.write_text(POST_LUA.format(body=body, extra=key), encoding="utf-8")
    server = Server(database_url, 1)
    try:
        pid = worker_pid(server)
        url = f"{server.url}/api/v1/{endpoint}"
        wrk(url, str(script), 1, 2)  # warm-up: imports, caches, the first connections
        noop = wrk(server.url + "/healthz", None, max(1, duration // 2), 2)
        out = tmp / "profile.txt"
        spy = subprocess.Popen(
            [py_spy(), "record", "--pid", str(pid), "--rate", str(rate), "--duration",
             str(duration), "--format", "raw", "--output", str(out), "--nonblocking"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(0.5)  # py-spy attaches
        loaded = wrk(url, str(script), duration, 2)
        _, errors = spy.communicate(timeout=duration + 60)
        if spy.returncode != 0 or not out.exists():
            raise RuntimeError(f"py-spy failed: {errors.strip()[-400:]}")
        if keep is not None:
            shutil.copyfile(out, keep)
        return breakdown(out.read_text(encoding="utf-8")), loaded, noop
    finally:
        server.stop()


def report(label: str, parts: Counter, loaded: dict, noop: dict, duration: int,
           rate: int) -> None:
    busy = sum(parts.values())
    requests = loaded["rps"] * duration
    per_request = busy / rate / max(requests, 1) * 1e6  # µs of a worker per request
    print(f"{label}: {loaded['rps']:.0f} req/s on 1 worker (no-op {noop['rps']:.0f} req/s, "
          f"{1e6 / max(noop['rps'], 1):.0f} µs a request); {busy:,} busy samples at "
          f"{rate} Hz; about {per_request:.0f} µs of the worker per request")
    print(f"  {'part':<15} {'samples':>8} {'share':>7} {'µs/request':>11}")
    for part in ORDER:
        count = parts.get(part, 0)
        share = count / busy if busy else 0.0
        print(f"  {part:<15} {count:>8,} {share:>7.1%} {share * per_request:>11.0f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--endpoint", choices=["prechecks", "submissions"],
                        default="prechecks")
    parser.add_argument("--duration", type=int, default=10, help="seconds sampled")
    parser.add_argument("--rate", type=int, default=1000, help="samples a second")
    parser.add_argument("--postgres", action="store_true",
                        help=f"a throw-away PostgreSQL database {DATABASE} instead of SQLite")
    parser.add_argument("--raw", type=Path, help="keep py-spy's collapsed stacks here")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 2 s sampled")
    args = parser.parse_args(argv)
    if args.quick:
        args.duration = 2
    if not shutil.which("wrk") or not py_spy():
        sys.exit("wrk and py-spy are needed (apt-get install wrk; pip install py-spy)")
    with tempfile.TemporaryDirectory() as tmp:
        if args.postgres:
            url = create_database(DATABASE)
            label = f"PostgreSQL, POST /api/v1/{args.endpoint}"
        else:
            url = f"sqlite:///{Path(tmp) / 'profile.sqlite3'}"
            label = f"SQLite, POST /api/v1/{args.endpoint}"
        try:
            parts, loaded, noop = profile(url, args.endpoint, args.duration, args.rate,
                                          Path(tmp), args.raw)
        finally:
            if args.postgres:
                drop_database(DATABASE)
    report(label, parts, loaded, noop, args.duration, args.rate)


if __name__ == "__main__":
    main()

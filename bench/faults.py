"""Load and faults: concurrent clients store submissions while gunicorn workers are killed.

    .venv/bin/python -m bench.faults                       # 8 clients × 250, 3 kills
    .venv/bin/python -m bench.faults --clients 16 --requests 100 --kills 5 --workers 4
    .venv/bin/python -m bench.faults --quick     # a smoke run: 2 clients × 15, 1 kill

Creates a throw-away PostgreSQL database (``tthc_faults`` on 127.0.0.1:5432, user
``postgres``; ``--database-url`` names another, empty one, e.g. a SQLite file), brings its schema up to date, creates a
submitter key (authentication on, as beyond loopback), and serves the app with
``gunicorn --workers W`` on a loopback port. N client threads each post R submissions
(``POST /api/v1/submissions``), each with an ``Idempotency-Key`` of its own; a request whose
connection dies, or that is answered 5xx, is sent again with the same key and body until it
is acknowledged (201). Meanwhile a worker is killed with SIGKILL K times, spread over the
run (gunicorn starts a new one). Afterwards, with the server stopped, the database is read:

* every acknowledged submission is stored exactly once, under its key, with the id, the
  verdict (decision id) and the outcome it was acknowledged with, and exactly one
  decision-log entry of that decision;
* nothing else is stored: no submission, verdict or log entry that was not acknowledged;
* the decision log's hash chain verifies (``service.trust.audit``).

Prints the figures and exits 1 if any check fails. Loopback only; bounded by
``--timeout`` (seconds for the whole load).
"""

from __future__ import annotations

import argparse
import copy
import http.client
import json
import os
import random
import signal
import socket
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.server import LOAD_ENV, Gunicorn, create_database, drop_database
from bench.workloads import submission

DATABASE = "tthc_faults"
PG_FAULTS = f"postgresql://postgres@127.0.0.1:5432/{DATABASE}"
RETRYABLE = (ConnectionError, http.client.HTTPException, socket.timeout, OSError)


# --- the server -----------------------------------------------------------------------------

class Server(Gunicorn):
    def __init__(self, database_url: str, workers: int) -> None:
        super().__init__(database_url, workers, {"TTHC_AUTH": "on", "MIGRATE_ON_START": "0",
                                                 **LOAD_ENV},
                         ("--log-level", "error", "--timeout", "30"))

    def workers(self) -> list[int]:
        pid = self.process.pid
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return []
        return [int(c) for c in children]

    def kill_a_worker(self, rng: random.Random) -> int | None:
        workers = self.workers()
        if not workers:
            return None
        victim = rng.choice(workers)
        try:
            os.kill(victim, signal.SIGKILL)
        except ProcessLookupError:
            return None
        return victim


# --- the clients ----------------------------------------------------------------------------

@dataclass
class Ack:
    key: str
    id: str
    decision_id: str
    outcome: str
    replayed: bool
    attempts: int


@dataclass
class Tally:
    acks: list[Ack] = field(default_factory=list)
    failures: Counter = field(default_factory=Counter)  # what made a request be sent again
    unexpected: list[str] = field(default_factory=list)  # answers that are not 201
    abandoned: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def body_for(base: dict, client: int, i: int) -> bytes:
    body = copy.deepcopy(base)
    body["reference"] = f"{client}-{i}/TTr-STP"
    return json.dumps(body, ensure_ascii=False).encode()


def post(server: Server, token: str, key: str, body: bytes) -> tuple[int, dict, dict]:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=30)
    try:
        conn.request("POST", "/api/v1/submissions", body=body, headers={
            "Content-Type": "application/json", "Authorization": f"Bearer {token}",
            "Idempotency-Key": key, "Connection": "close"})
        response = conn.getresponse()
        data = response.read()
        return response.status, dict(response.getheaders()), json.loads(data or b"{}")
    finally:
        conn.close()


def client(server: Server, token: str, run: str, number: int, requests: int, base: dict,
           tally: Tally, progress: list[int], deadline: float) -> None:
    for i in range(requests):
        key = f"faults-{run}-{number}-{i}"
        body = body_for(base, number, i)
        attempts = 0
        while True:
            attempts += 1
            if time.monotonic() > deadline:
                with tally.lock:
                    tally.abandoned.append(key)
                return
            try:
                status, headers, answer = post(server, token, key, body)
            except RETRYABLE as exc:
                with tally.lock:
                    tally.failures[type(exc).__name__] += 1
                time.sleep(0.05)
                continue
            if status >= 500:
                with tally.lock:
                    tally.failures[f"HTTP {status}"] += 1
                time.sleep(0.05)
                continue
            if status != 201:
                with tally.lock:
                    tally.unexpected.append(f"{key}: {status} {answer}")
                break
            ack = Ack(key, answer["id"], answer["verdict"]["decision_id"],
                      answer["verdict"]["outcome"],
                      headers.get("Idempotent-Replayed") == "true", attempts)
            with tally.lock:
                tally.acks.append(ack)
                progress[0] += 1
            break


# --- the checks -----------------------------------------------------------------------------

def check_database(database_url: str, tally: Tally, run: str) -> tuple[dict, list[str]]:
    from sqlalchemy import func, select

    from service.storage import Store
    from service.storage.models import DecisionLogEntry, Submission, Verdict
    from service.storage.store import idempotency_digest
    from service.trust import audit

    def stored_key(key: str) -> str:  # keys are stored per agency: the submitter key's, STP
        return idempotency_digest("agency:STP", key)

    problems: list[str] = []
    store = Store(database_url)
    try:
        with store.sessions() as session:
            submissions = {s.idempotency_key: s for s in session.scalars(select(Submission))}
            verdicts = {v.submission_id: v for v in session.scalars(select(Verdict))}
            entries = list(session.scalars(select(DecisionLogEntry)))
            report = audit.verify(session)
            chain = audit.head_of(session)
            log_count = session.scalar(select(func.count()).select_from(DecisionLogEntry))
        by_submission = Counter(e.submission_id for e in entries)
        by_decision = Counter(e.decision_id for e in entries)
        acked = {stored_key(a.key): a for a in tally.acks}
        for ack in tally.acks:
            stored = submissions.get(stored_key(ack.key))
            if stored is None:
                problems.append(f"{ack.key}: acknowledged as {ack.id}, not stored")
                continue
            if stored.id != ack.id:
                problems.append(f"{ack.key}: acknowledged as {ack.id}, stored as {stored.id}")
            verdict = verdicts.get(stored.id)
            if verdict is None or verdict.decision_id != ack.decision_id \
                    or verdict.outcome != ack.outcome:
                problems.append(f"{ack.key}: verdict {verdict and verdict.decision_id} is not "
                                f"the acknowledged {ack.decision_id}")
            if by_submission[stored.id] != 1 or by_decision[ack.decision_id] != 1:
                problems.append(f"{ack.key}: {by_submission[stored.id]} log entries for its "
                                f"submission, {by_decision[ack.decision_id]} for its decision")
        for key in submissions.keys() - acked.keys():
            problems.append(f"stored but never acknowledged: {submissions[key].id}")
        extra_verdicts = set(verdicts) - {s.id for s in submissions.values()}
        if extra_verdicts:
            problems.append(f"{len(extra_verdicts)} verdicts without their submission")
        others = [e for e in entries if e.submission_id not in
                  {s.id for s in submissions.values()}]
        if others:
            problems.append(f"{len(others)} decision-log entries of no stored submission")
        if not report.intact:
            problems.append(f"audit chain: {report.problems[0]}")
        figures = {"stored submissions": len(submissions), "verdicts": len(verdicts),
                   "decision-log entries": log_count, "chain length": chain.length,
                   "chain verifies": report.intact,
                   "keys of this run": sum(1 for k in acked if k in submissions)}
        return figures, problems
    finally:
        store.dispose()


# --- the run --------------------------------------------------------------------------------

def run(args) -> int:
    from service.storage import Store
    from service.trust import auth

    database_url = args.database_url or PG_FAULTS
    if not args.database_url:
        create_database(DATABASE)
    store = Store(database_url)
    store.upgrade()
    _key, token = auth.create_key(store, "submitter", "STP", name="bench.faults")
    store.dispose()

    server = Server(database_url, args.workers)
    stamp = f"{int(time.time())}"
    base = submission(args.procedures)
    tally, progress = Tally(), [0]
    total = args.clients * args.requests
    deadline = time.monotonic() + args.timeout
    rng = random.Random(args.seed)
    kills: list[tuple[int, int]] = []
    try:
        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(
            server, token, stamp, n, args.requests, base, tally, progress, deadline))
            for n in range(args.clients)]
        for thread in threads:
            thread.start()
        for k in range(args.kills):  # at evenly spaced points of the run's progress
            mark = total * (k + 1) // (args.kills + 1)
            while progress[0] < mark and any(t.is_alive() for t in threads) \
                    and time.monotonic() < deadline:
                time.sleep(0.01)
            victim = server.kill_a_worker(rng)
            if victim is not None:
                kills.append((victim, progress[0]))
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    finally:
        server.stop()

    figures, problems = check_database(database_url, tally, stamp)
    if tally.unexpected:
        problems += [f"unexpected answer: {u}" for u in tally.unexpected[:10]]
    if tally.abandoned:
        problems.append(f"{len(tally.abandoned)} requests never acknowledged before the "
                        f"timeout")
    if len(kills) != args.kills:
        problems.append(f"{len(kills)} of {args.kills} kills done")
    if not args.database_url:
        drop_database(DATABASE)

    retried = sum(1 for a in tally.acks if a.attempts > 1)
    replayed = sum(1 for a in tally.acks if a.replayed)
    backend = "PostgreSQL" if database_url.startswith("postgresql") else database_url
    print(f"clients {args.clients} × requests {args.requests} = {total}; gunicorn "
          f"{args.workers} sync workers on {backend}; submission of {args.procedures} TTHC")
    print(f"kills (SIGKILL) {len(kills)}: " + ", ".join(
        f"pid {pid} after {done} acks" for pid, done in kills))
    print(f"acknowledged {len(tally.acks)} in {elapsed:.1f} s ({len(tally.acks) / elapsed:.0f}/s);"
          f" failed attempts sent again {sum(tally.failures.values())} "
          f"({', '.join(f'{k} {v}' for k, v in tally.failures.most_common()) or 'none'}); "
          f"acks after a retry {retried}, of which replayed (stored by the lost attempt) "
          f"{replayed}")
    print("database: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    if problems:
        print(f"FAILED: {len(problems)} problems", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("OK: every acknowledged submission stored exactly once with its verdict and its "
          "decision-log entry, nothing else stored, the audit chain verifies")
    return 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=250, help="submissions per client")
    parser.add_argument("--kills", type=int, default=3, help="workers killed with SIGKILL")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--procedures", type=int, default=5, help="TTHC per submission")
    parser.add_argument("--seed", type=int, default=9579, help="which workers are killed")
    parser.add_argument("--timeout", type=float, default=600, help="seconds for the load")
    parser.add_argument("--database-url", default=None,
                        help=f"an existing, empty database instead of a throw-away "
                             f"{DATABASE}")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 2 clients × 15 requests, 2 workers, 1 kill")
    args = parser.parse_args(argv)
    if args.quick:
        args.clients, args.requests, args.workers, args.kills = 2, 15, 2, 1
    if min(args.clients, args.requests, args.workers) < 1 or args.kills < 0:
        parser.error("clients, requests and workers must be at least 1, kills at least 0")
    sys.exit(run(args))


if __name__ == "__main__":
    main()

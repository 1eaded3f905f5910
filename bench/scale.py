"""Two hosts, one database: stored submissions sent to two gunicorn instances that share one
PostgreSQL database, against one instance alone.

    .venv/bin/python -m bench.scale                          # 4,000 submissions
    .venv/bin/python -m bench.scale --submissions 8000 --clients 16 --workers 2
    .venv/bin/python -m bench.scale --quick                  # a smoke run (a few seconds)

Creates a throw-away database ``bench_scale_<pid>`` on 127.0.0.1:5432 (user ``postgres``),
brings its schema up to date and drops it at the end. Two "hosts" are two gunicorn
instances (``--workers`` sync workers each) on two loopback ports, with their own copy of the
policy files, authentication off (loopback), the API's rate limit raised past the load.

1. One host: half the submissions go to instance A alone (``POST /api/v1/submissions``, each
   with an ``Idempotency-Key``; every tenth repeats an earlier key with its body).
2. Two hosts: the other half go to A and B at once, the clients taking turns; a repeated key
   goes to the other instance than the first time, often while the first is in flight.
   Meanwhile the backends waiting for a lock on the decision log's head row are counted
   (``pg_stat_activity``, every 20 ms).
3. The checks: every acknowledged submission stored once under its key with the
   acknowledged id, a repeated key answered with the same id, as many verdicts and log
   entries as submissions, the hash chain verified (``audit.verify``).
4. One reload: a rule file of the shared policy copy is changed and ``tthc-rules policies
   reload`` records a generation; every worker of both instances must answer pre-checks
   with the new pack version within a few seconds.
5. The chain's ceiling: the time one stored submission holds the head row's lock (from the
   head's update to the end of the commit, which waits for the disk), measured apart; one
   chain serialises every host on it, so 1 ÷ that time bounds the stored submissions a
   second, whatever the number of hosts.

The machine's two cores serve both instances, the database and the clients: throughput of
two against one says whether the database (the head row's lock, the commits) lets a second
host add anything, not what a second machine would add.
"""

from __future__ import annotations

import argparse
import copy
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.server import LOAD_ENV, ROOT, Gunicorn, create_database, drop_database
from bench.workloads import submission


class Host(Gunicorn):
    def __init__(self, database_url: str, workers: int, policies: Path) -> None:
        super().__init__(database_url, workers,
                         {"TTHC_AUTH": "off", "TTHC_POLICIES": str(policies),
                          "TTHC_POLICY_CHECK": "0.5", "TTHC_AUDIT_ANCHORS": "off",
                          "MIGRATE_ON_START": "0", **LOAD_ENV},
                         ("--log-level", "error", "--timeout", "60"))


@dataclass
class Sent:
    key: str
    body: bytes
    host: int


@dataclass
class Tally:
    acks: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)  # key: (id, replayed)
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def post(host: Host, path: str, body: bytes, key: str | None = None) -> tuple[int, dict, dict]:
    headers = {"Content-Type": "application/json", "Connection": "close"}
    if key is not None:
        headers["Idempotency-Key"] = key
    conn = http.client.HTTPConnection(host.host, host.port, timeout=60)
    try:
        conn.request("POST", path, body=body, headers=headers)
        answer = conn.getresponse()
        data = answer.read()
        return answer.status, dict(answer.getheaders()), json.loads(data or b"{}")
    finally:
        conn.close()


def plan(count: int, hosts: int, run: str, base: dict) -> list[Sent]:
    """``count`` requests: every tenth repeats the key and body sent five before it, to the
    other host."""
    sent: list[Sent] = []
    for i in range(count):
        if i % 10 == 9 and i >= 5:
            earlier = sent[i - 5]
            sent.append(Sent(earlier.key, earlier.body, (earlier.host + 1) % hosts))
            continue
        body = copy.deepcopy(base)
        body["reference"] = f"{run}-{i}/TTr-STP"
        sent.append(Sent(f"scale-{run}-{i}", json.dumps(body, ensure_ascii=False).encode(),
                         i % hosts))
    return sent


def load(hosts: list[Host], sent: list[Sent], clients: int, tally: Tally) -> float:
    """Send everything from ``clients`` threads; the seconds it took."""
    queue = list(reversed(sent))
    queue_lock = threading.Lock()

    def work() -> None:
        while True:
            with queue_lock:
                if not queue:
                    return
                item = queue.pop()
            try:
                status, headers, answer = post(hosts[item.host], "/api/v1/submissions",
                                               item.body, item.key)
            except OSError as exc:
                with tally.lock:
                    tally.problems.append(f"{item.key}: {exc}")
                continue
            with tally.lock:
                if status != 201:
                    tally.problems.append(f"{item.key}: {status} {answer}")
                    continue
                tally.acks.setdefault(item.key, []).append(
                    (answer["id"], headers.get("Idempotent-Replayed") == "true"))

    threads = [threading.Thread(target=work) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


class LockWatch:
    """Samples, every 20 ms, how many backends wait for a lock on the log's head row."""

    def __init__(self, database_url: str) -> None:
        self.url = database_url
        self.samples: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> LockWatch:  # noqa: PYI034
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psycopg
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self._stop.wait(0.02):
                self.samples.append(conn.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND wait_event_type = 'Lock' AND query ILIKE '%decision_log_head%'"
                ).fetchone()[0])

    def summary(self) -> str:
        if not self.samples:
            return "no samples"
        waiting = sum(1 for s in self.samples if s)
        mean = statistics.mean(self.samples)
        return (f"{waiting / len(self.samples):.0%} of {len(self.samples)} samples had a "
                f"request waiting for the head row's lock (mean {mean:.2f} waiting, max "
                f"{max(self.samples)})")


def check(database_url: str, tally: Tally) -> tuple[list[str], dict]:
    from sqlalchemy import func, select

    from service.storage import Store
    from service.storage.models import DecisionLogEntry, Submission, Verdict
    from service.storage.store import idempotency_digest
    from service.trust import audit

    problems = list(tally.problems)
    store = Store(database_url)
    try:
        with store.sessions() as session:
            stored = {s.idempotency_key: s.id for s in session.execute(
                select(Submission.idempotency_key, Submission.id))}
            verdicts = session.scalar(select(func.count()).select_from(Verdict))
            entries = session.scalar(select(func.count()).select_from(DecisionLogEntry))
            report = audit.verify(session)
    finally:
        store.dispose()
    replays = 0
    for key, answers in tally.acks.items():
        ids = {a[0] for a in answers}
        if len(ids) != 1:
            problems.append(f"{key}: answered with {len(ids)} different ids")
        replays += sum(1 for a in answers if a[1])
        if sum(1 for a in answers if not a[1]) > 1:
            problems.append(f"{key}: stored more than once (two answers not replayed)")
        if stored.get(idempotency_digest("agency:STP", key)) not in ids:
            problems.append(f"{key}: acknowledged, not stored under its key with that id")
    if len(stored) != len(tally.acks):
        problems.append(f"{len(stored)} submissions stored for {len(tally.acks)} keys")
    if not verdicts == entries == len(stored):
        problems.append(f"{len(stored)} submissions, {verdicts} verdicts, {entries} entries")
    if not report.intact:
        problems.append(f"the audit chain does not verify: {report.problems[:3]}")
    figures = {"keys": len(tally.acks), "stored": len(stored), "verdicts": verdicts,
               "log entries": entries, "replayed answers": replays,
               "chain": "intact" if report.intact else "BROKEN"}
    return problems, figures


def follow_reload(database_url: str, hosts: list[Host], policies: Path,
                  workers: int) -> str:
    """Change a rule file, record a reload, and wait until every worker of every host
    answers with the new versions; what happened."""
    body = json.dumps(submission(1), ensure_ascii=False).encode()
    before = _pack_version(post(hosts[0], "/api/v1/prechecks", body)[1])
    rules = policies / "vinhphuc-9579" / "rules" / "10-internal-procedures.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# changed by bench.scale\n",
                     encoding="utf-8")
    env = {**os.environ, "TTHC_POLICIES": str(policies), "DATABASE_URL": database_url}
    done = subprocess.run([str(ROOT / ".venv/bin/tthc-rules"), "policies", "reload"],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return f"FAILED: reload exited {done.returncode}: {done.stderr.strip()[-300:]}"
    started = time.monotonic()
    seen: dict[int, set[str]] = {}
    while time.monotonic() - started < 30:
        for number, host in enumerate(hosts):
            # enough requests that every worker answers some (each takes the next connection)
            seen[number] = {_pack_version(post(host, "/api/v1/prechecks", body)[1])
                            for _ in range(4 * workers)}
        versions = set().union(*seen.values())
        if len(versions) == 1 and before not in versions:
            return (f"vinhphuc-9579 {before[:15]}… → {next(iter(versions))[:15]}… in every "
                    f"answer of both hosts {time.monotonic() - started:.1f} s after the reload")
        time.sleep(0.3)
    return f"FAILED: 30 s after the reload the hosts answered {seen} (before: {before})"


def _pack_version(headers: dict) -> str:
    """vinhphuc-9579's version in an answer's ``X-Policy-Versions``."""
    return next((p.split("=", 1)[1] for p in headers.get("X-Policy-Versions", "").split(",")
                 if p.startswith("vinhphuc-9579=")), "")


def head_lock_hold(database_url: str, rounds: int) -> float:
    """Median seconds from the head's update to the end of a synchronous commit: what one
    stored submission holds the chain for."""
    from sqlalchemy import update

    from service.storage import Store
    from service.storage.models import DecisionLogHead

    store = Store(database_url)
    held = []
    try:
        for _ in range(rounds):
            with store.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")  # the transaction is open
                started = time.perf_counter()
                connection.execute(update(DecisionLogHead.__table__)
                                   .where(DecisionLogHead.id == 1)
                                   .values(length=DecisionLogHead.length))
                connection.commit()
                held.append(time.perf_counter() - started)
    finally:
        store.dispose()
    return statistics.median(held)


def run(args) -> int:
    name = f"bench_scale_{os.getpid()}"
    url = create_database(name)
    base = submission(args.procedures)
    hosts: list[Host] = []
    try:
        from service.storage import Store

        store = Store(url)
        store.upgrade()
        store.dispose()
        with tempfile.TemporaryDirectory(prefix="tthc-scale-") as tmp:
            policies = Path(tmp) / "policies"
            shutil.copytree(ROOT / "policies", policies)
            hosts.append(Host(url, args.workers, policies))
            half = args.submissions // 2
            tally = Tally()
            one = load(hosts, plan(half, 1, "one", base), args.clients, tally)
            hosts.append(Host(url, args.workers, policies))
            with LockWatch(url) as watch:
                two = load(hosts, plan(args.submissions - half, 2, "two", base), args.clients,
                           tally)
            problems, figures = check(url, tally)
            reload = follow_reload(url, hosts, policies, args.workers)
            if reload.startswith("FAILED"):
                problems.append(reload)
        hold = head_lock_hold(url, args.hold_rounds)
    finally:
        for host in hosts:
            host.stop()
        drop_database(name)
    rate_one, rate_two = half / one, (args.submissions - half) / two
    print(f"PostgreSQL, gunicorn {args.workers} sync workers per host, {args.clients} client "
          f"threads, {args.procedures}-TTHC submissions, every tenth key repeated")
    print(f"one host:  {half:6,} submissions in {one:6.1f} s = {rate_one:7.1f} /s")
    print(f"two hosts: {args.submissions - half:6,} submissions in {two:6.1f} s = "
          f"{rate_two:7.1f} /s   (two against one: {rate_two / rate_one:.2f}×)")
    print(f"head lock during the two-host load: {watch.summary()}")
    print(f"head lock held per stored submission (update → synchronous commit): median "
          f"{hold * 1e3:.2f} ms, so one chain takes at most {1 / hold:,.0f} stored "
          f"submissions/s whatever the number of hosts; two hosts ran at "
          f"{rate_two * hold:.0%} of that")
    print("database: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    print(f"reload: {reload}")
    if problems:
        print(f"FAILED: {len(problems)} problems", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("OK: every key stored once with the id it was acknowledged with, repeats answered "
          "with it, verdicts and entries one each, the chain verifies, one reload followed")
    return 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--submissions", type=int, default=4000,
                        help="in all: half to one host, half to two")
    parser.add_argument("--clients", type=int, default=8, help="client threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per host")
    parser.add_argument("--procedures", type=int, default=5, help="TTHC per submission")
    parser.add_argument("--hold-rounds", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="a smoke run: 60 submissions")
    args = parser.parse_args(argv)
    if args.quick:
        args.submissions, args.clients, args.workers, args.hold_rounds = 60, 4, 1, 20
    sys.exit(run(args))


if __name__ == "__main__":
    main()

"""What the HTTP benchmarks share: gunicorn serving ``wsgi:app`` on a free loopback port,
and a throw-away PostgreSQL database."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
# Load tests send thousands of requests a minute from one address: the API's rate limit is
# raised far beyond them (the limiter still counts every request), or most answers would be
# 429s and the figures those of the refusal.
LOAD_ENV = {"TTHC_RATE_LIMIT_API": "100000000/minute"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """``gunicorn wsgi:app`` on 127.0.0.1, ready (``/readyz`` answers 200) once built."""

    host = "127.0.0.1"

    def __init__(self, database_url: str, workers: int, env: dict[str, str],
                 args: tuple[str, ...] = ()) -> None:
        self.port = free_port()
        self.url = f"http://{self.host}:{self.port}"
        self.process = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "--workers", str(workers),
             "--bind", f"{self.host}:{self.port}", "--no-control-socket", *args, "wsgi:app"],
            cwd=ROOT, env={**os.environ, "DATABASE_URL": database_url, **env},
            start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/readyz", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("the server did not become ready")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def create_database(name: str) -> str:
    """A new, empty database ``name`` on the local server (dropped first if it exists);
    its URL."""
    import psycopg
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return f"postgresql://postgres@127.0.0.1:5432/{name}"


def drop_database(name: str) -> None:
    import psycopg
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

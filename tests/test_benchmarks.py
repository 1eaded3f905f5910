"""The benchmarks run: each script's ``--quick`` smoke run (a few rounds), and it printed
its figures. Nothing is timed here: the figures are for people (docs/benchmarks.md).

The in-process benchmarks run always; those that serve the app with gunicorn need ``wrk``
(and ``py-spy`` for the profile) or a PostgreSQL server, and are skipped without them.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

NUMBER = r"[\d,]+(?:\.\d+)?"


def run(capsys, module, *argv: str) -> str:
    """The benchmark's output; it must finish without an error exit."""
    try:
        module.main(["--quick", *argv])
    except SystemExit as exc:
        assert exc.code in (None, 0), capsys.readouterr()
    return capsys.readouterr().out


def postgresql() -> bool:
    try:
        import psycopg

        from bench.server import PG_ADMIN

        psycopg.connect(PG_ADMIN, connect_timeout=2).close()
        return True
    except Exception:  # noqa: BLE001 - no server, no such tests
        return False


def py_spy() -> bool:
    return bool(shutil.which("py-spy") or (Path(sys.executable).parent / "py-spy").exists())


needs_wrk = pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")
needs_postgresql = pytest.mark.skipif(not postgresql(), reason="no PostgreSQL at 127.0.0.1")


def test_engine_every_section(capsys):
    from bench import engine

    out = run(capsys, engine)
    for heading in ("== engine", "== request path", "== growth", "== memory"):
        assert heading in out
    assert re.search(rf"durable-rules\s+median\s+{NUMBER} ms", out)
    assert re.search(rf"typical, whole path\s+median\s+{NUMBER} ms", out)
    assert re.search(rf"slope {NUMBER} µs per procedure", out)
    assert re.search(rf"\d+ rules\s+{NUMBER} ms", out)  # the policies copied twice load
    assert re.search(rf"after warm-up: {NUMBER} → {NUMBER} MiB", out)


@pytest.mark.parametrize("section, figure", [
    ("replay", rf"1 worker\(s\): median {NUMBER} submissions/s"),
    ("coverage", rf"GET coverage \(in-process\): median {NUMBER} ms"),
])
def test_history(capsys, section, figure):
    from bench import history

    assert re.search(figure, run(capsys, history, section))


def test_audit(capsys):
    from bench import audit

    out = run(capsys, audit)
    assert re.search(rf"pre-check logged:\s+median {NUMBER} ms", out)
    assert re.search(rf"submission stored:\s+median {NUMBER} ms", out)
    assert "intact=True" in out


def test_reader(capsys):
    from bench import reader

    out = run(capsys, reader)
    assert re.search(rf"made-up 3 tables \.docx\s+\d+ kB\s+\d+\s+\d+\s+{NUMBER} ms", out)


@pytest.mark.slow
@needs_wrk
def test_http(capsys):
    from bench import http

    out = run(capsys, http)
    for endpoint in ("GET /healthz", "POST /api/v1/prechecks", "POST /api/v1/submissions"):
        assert re.search(rf"sqlite\s+{re.escape(endpoint)}.*\s{NUMBER}\s+{NUMBER}\s+{NUMBER}\s+"
                         rf"\d+%\s+0$", out, re.MULTILINE), out


@pytest.mark.slow
@needs_wrk
@pytest.mark.skipif(not py_spy(), reason="py-spy is not installed")
def test_profile(capsys):
    from bench import profile

    out = run(capsys, profile)
    assert re.search(r"µs of the worker per request", out)
    for part in profile.ORDER:
        assert re.search(rf"^\s+{re.escape(part)}\s+{NUMBER}\s+{NUMBER}%", out, re.MULTILINE)


@pytest.mark.slow
@pytest.mark.database
@needs_postgresql
def test_faults(capsys):
    from bench import faults

    out = run(capsys, faults)
    assert re.search(rf"acknowledged 30 in {NUMBER} s", out)
    assert "chain verifies True" in out and out.rstrip().splitlines()[-1].startswith("OK")


@pytest.mark.slow
@pytest.mark.database
@needs_postgresql
def test_scale(capsys):
    from bench import scale

    out = run(capsys, scale)
    assert re.search(rf"two hosts:\s+{NUMBER} submissions in\s+{NUMBER} s = \s*{NUMBER} /s"
                     rf"\s+\(two against one: {NUMBER}×\)", out)
    assert re.search(rf"head lock held per stored submission .* median {NUMBER} ms", out)
    assert "chain intact" in out and "in every answer of both hosts" in out
    assert out.rstrip().splitlines()[-1].startswith("OK")

"""Schemathesis, as an outsider runs it: ``st run …/openapi.json --checks all`` against gunicorn
with authentication on and an admin key, with the project's ``schemathesis.toml`` (the
statuses with which the server refuses what no JSON Schema can say). Every check, the
stateful phase included: no 5xx, every answer as documented, every request the document
calls valid taken, every one it calls invalid refused, keys required where it says so.

A short run: ten examples per operation, valid and invalid, a fixed seed, without the
coverage phase (some 3,000 boundary cases, a minute on CI's machine). The full run, as the
service was probed:

    st run http://127.0.0.1:8000/openapi.json --checks all --max-examples 500 \\
        -H "Authorization: Bearer $ADMIN_KEY"
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.server import ROOT, Gunicorn

pytestmark = pytest.mark.slow


def test_schemathesis_finds_no_failure(tmp_path):
    from service.storage import Store
    from service.trust import auth

    url = f"sqlite:///{tmp_path / 'conformance.sqlite3'}"
    store = Store(url)
    store.upgrade()
    admin = auth.create_key(store, "admin")[1]
    store.dispose()
    server = Gunicorn(url, 2, {"TTHC_AUTH": "on", "TTHC_RATE_LIMITS": "off",
                               "TTHC_AUDIT_ANCHORS": "off"}, ("--log-level", "error"))
    try:
        done = subprocess.run(
            [str(Path(sys.executable).parent / "st"), "run", server.url + "/openapi.json",
             "--checks", "all", "--max-examples", "10", "--workers", "2", "--seed", "1",
             "--phases", "examples,fuzzing,stateful",
             "--no-color", "-H", f"Authorization: Bearer {admin}"],
            cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    finally:
        server.stop()
    report = done.stdout + done.stderr
    assert done.returncode == 0, report[-6000:]
    assert "passed" in report and "failure" not in report.split("SUMMARY")[-1].lower()

"""A client generated from ``/openapi.json`` by openapi-python-client works as generated:
named after the operationIds, it pre-checks, stores, reads and lists submissions, reads the
catalogue, the probes and the decision log's head — over WSGI, against the real application
with authentication on."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from service.trust import auth

pytestmark = [pytest.mark.database, pytest.mark.slow]

BIN = Path(sys.executable).parent
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "contract-example.json"


@pytest.fixture
def settings(settings) -> dict:
    return {**settings, "AUTH": True}


@pytest.fixture
def generated(app, client, tmp_path, monkeypatch):
    """The package openapi-python-client generates from the served document, imported."""
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(client.get("/openapi.json").get_json()), encoding="utf-8")
    out = tmp_path / "tthc_client"
    done = subprocess.run(
        [str(BIN / "openapi-python-client"), "generate", "--path", str(spec), "--meta", "none",
         "--output-path", str(out)], capture_output=True, text=True, timeout=300, check=False,
        cwd=tmp_path, env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"})
    assert done.returncode == 0, done.stdout + done.stderr
    monkeypatch.syspath_prepend(str(tmp_path))
    yield importlib.import_module("tthc_client")
    for name in [m for m in sys.modules if m == "tthc_client" or m.startswith("tthc_client.")]:
        del sys.modules[name]


def _client(package, app, token: str):
    import httpx

    client = package.AuthenticatedClient(base_url="http://tthc.test", token=token)
    client.set_httpx_client(httpx.Client(base_url="http://tthc.test",
                                         transport=httpx.WSGITransport(app=app),
                                         headers={"Authorization": f"Bearer {token}"}))
    return client


def test_the_generated_client_works_unedited(generated, app, store):
    api = importlib.import_module("tthc_client.api")
    names = {p.stem for p in Path(api.__file__).parent.rglob("*.py") if p.stem != "__init__"}
    assert {"create_precheck", "create_submission", "get_submission", "list_submissions",
            "list_rules", "get_rule", "readyz", "get_head", "create_key"} <= names

    from tthc_client.api.audit import get_head
    from tthc_client.api.health import readyz
    from tthc_client.api.prechecks import create_precheck
    from tthc_client.api.rules import get_rule, list_rules
    from tthc_client.api.submissions import create_submission, get_submission, list_submissions
    from tthc_client.models import ListRulesPack, Submission

    submitter = _client(generated, app, auth.create_key(store, "submitter", "SXD")[1])
    reviewer = _client(generated, app, auth.create_key(store, "reviewer")[1])
    body = Submission.from_dict(json.loads(EXAMPLE.read_text(encoding="utf-8")))

    verdict = create_precheck.sync(client=submitter, body=body)
    assert verdict.outcome.value == "accepted"
    assert verdict.policies[0].version.startswith("sha256:")

    stored = create_submission.sync_detailed(client=submitter, body=body,
                                             idempotency_key="gen-1")
    assert stored.status_code == 201
    again = create_submission.sync_detailed(client=submitter, body=body,
                                            idempotency_key="gen-1")
    assert again.parsed.id == stored.parsed.id
    assert again.headers["Idempotent-Replayed"] == "true"

    read = get_submission.sync(stored.parsed.id, client=reviewer)
    assert read.verdict.decision_id == stored.parsed.verdict.decision_id
    listed = list_submissions.sync(client=reviewer, limit=5)
    assert [item.id for item in listed.items] == [stored.parsed.id]

    rules = list_rules.sync(client=reviewer, pack=ListRulesPack("vinhphuc-9579"))
    assert rules.items and {r.pack for r in rules.items} == {"vinhphuc-9579"}
    assert get_rule.sync("QTNB-08", client=reviewer).id == "QTNB-08"

    assert readyz.sync(client=reviewer).status.value == "ready"
    head = get_head.sync(client=reviewer)
    assert (head.seq, head.length) == (2, 2)
    assert head.anchor_hash.startswith("sha256:")

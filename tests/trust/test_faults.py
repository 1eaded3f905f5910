"""Smaller faults: JSON nested too deep for the decoder, the open pre-check page's log entries,
the 403 text, the last admin key, gunicorn's own error answers."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient
from sqlalchemy import select

from service.cli import main
from service.config import PROJECT_DIR
from service.storage.models import DecisionLogEntry
from service.trust import audit, auth

from .conftest import fresh_database, load_example
from .test_reload import _free_port, _get, _wait


@pytest.fixture
def settings(settings) -> dict:
    return {**settings, "AUTH": True}


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


# --- JSON nested too deep -----------------------------------------------------------------

DEEP = {"array": "[" * 1000 + "]" * 1000,
        "object": '{"submitter": ' * 1000 + "1" + "}" * 1000,
        "mixed": '{"submitter": [' * 600 + "]}" * 600,
        "very deep": "[" * 100_000 + "]" * 100_000}


@pytest.mark.database
@pytest.mark.parametrize("shape", DEEP)
@pytest.mark.parametrize("role, path", [("submitter", "/api/v1/prechecks"),
                                        ("submitter", "/api/v1/submissions"),
                                        ("reviewer", "/api/v1/prechecks"),
                                        ("admin", "/api/v1/admin/keys"),
                                        ("reviewer", "/api/v1/registry/imports")])
def test_json_nested_beyond_the_decoder_is_a_400(client, store, role, path, shape):
    token = auth.create_key(store, role, "SXD" if role == "submitter" else None)[1]
    answer = client.post(path, data=DEEP[shape], content_type="application/json",
                         headers=bearer(token))
    assert answer.status_code == 400, answer.get_json()
    assert set(answer.get_json()) == {"errors", "status", "message"}


# --- the open pre-check page ----------------------------------------------------------------

@pytest.mark.database
def test_the_open_page_logs_explicit_anonymous_entries(client, store):
    assert client.post("/api/v1/prechecks", json=load_example()).status_code == 401
    token = auth.create_key(store, "reviewer")[1]
    key_id = auth.list_keys(store)[-1].id
    assert client.post("/api/v1/prechecks", json=load_example(),
                       headers=bearer(token)).status_code == 200
    app = client.application
    app.test_client_class = FlaskClient  # a page: HTML, not a documented JSON answer
    browser = app.test_client()
    form = browser.get("/check").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)[1]
    page = browser.post("/check", data={"example": "contract-example.json",
                                        "csrf_token": token})
    assert page.status_code == 200
    with store.sessions() as session:
        entries = list(session.scalars(select(DecisionLogEntry).order_by(DecisionLogEntry.seq)))
    assert [(e.source, e.caller) for e in entries] == [("precheck", f"key:{key_id}"),
                                                       ("precheck", "anonymous")]
    # The caller is part of what the entry's hash covers.
    assert all(e.hash_version == 2 and "caller" in audit.hashed_fields(e) for e in entries)
    with store.sessions() as session:
        assert audit.verify(session).intact


@pytest.mark.database
def test_with_authentication_off_the_caller_is_local(settings, store, client):
    app_client = client
    app_client.application.extensions["tthc-rules"]["auth"]["on"] = False
    app_client.application.extensions["tthc-rules"]["auth"]["explicit"] = True
    assert app_client.post("/api/v1/prechecks", json=load_example()).status_code == 200
    with store.sessions() as session:
        assert session.scalars(select(DecisionLogEntry.caller)).all() == ["local"]


# --- the 403 text ----------------------------------------------------------------------------

@pytest.mark.database
@pytest.mark.parametrize("role, method, path, text", [
    ("admin", "POST", "/api/v1/submissions", "an admin key may not POST /api/v1/submissions"),
    ("reviewer", "GET", "/api/v1/admin/keys", "a reviewer key may not GET"),
    ("submitter", "GET", "/api/v1/coverage", "a submitter key may not GET"),
])
def test_the_refusal_reads_right(client, store, role, method, path, text):
    token = auth.create_key(store, role, "SXD" if role == "submitter" else None)[1]
    answer = client.open(path, method=method, json=load_example(), headers=bearer(token))
    assert answer.status_code == 403
    assert answer.get_json()["errors"]["Authorization"][0].startswith(text)


# --- the last admin key ----------------------------------------------------------------------

@pytest.mark.database
def test_an_admin_cannot_revoke_the_last_admin_key(client, store):
    only, token = auth.create_key(store, "admin", name="ops")
    answer = client.delete(f"/api/v1/admin/keys/{only.id}", headers=bearer(token))
    assert answer.status_code == 409
    assert "last active admin key" in answer.get_json()["errors"]["id"][0]
    assert client.get("/api/v1/admin/keys", headers=bearer(token)).status_code == 200

    second, other = auth.create_key(store, "admin", name="ops 2")
    assert client.delete(f"/api/v1/admin/keys/{only.id}", headers=bearer(token)
                         ).status_code == 200  # its own, with another admin key left
    assert client.get("/api/v1/admin/keys", headers=bearer(token)).status_code == 401
    assert client.delete(f"/api/v1/admin/keys/{second.id}", headers=bearer(other)
                         ).status_code == 409
    reviewer = auth.create_key(store, "reviewer")[0]
    assert client.delete(f"/api/v1/admin/keys/{reviewer.id}", headers=bearer(other)
                         ).status_code == 200
    # Revoked keys do not count: a revoked admin key revoked again changes nothing.
    assert client.delete(f"/api/v1/admin/keys/{only.id}", headers=bearer(other)
                         ).status_code == 200


@pytest.mark.database
def test_the_command_line_revokes_the_last_admin_key_only_when_told(store, database_url):
    key = auth.create_key(store, "admin")[0]
    runner = CliRunner()
    refused = runner.invoke(main, ["keys", "revoke", str(key.id), "--database", database_url])
    assert refused.exit_code == 1
    assert "last active admin key" in refused.output and "--last-admin" in refused.output
    done = runner.invoke(main, ["keys", "revoke", str(key.id), "--last-admin",
                                "--database", database_url])
    assert done.exit_code == 0, done.output


# --- gunicorn's own answers ------------------------------------------------------------------

def test_gunicorn_errors_are_json():
    from service.api.gunicorn_errors import json_error_response

    raw = json_error_response(414, "URI Too Long", "Request Line is too large (5021 > 4094)")
    head, body = raw.split(b"\r\n\r\n", 1)
    assert head.startswith(b"HTTP/1.1 414 URI Too Long\r\n")
    assert b"Content-Type: application/json" in head
    assert f"Content-Length: {len(body)}".encode() in head
    said = ("the request line (at least 5021 bytes) is longer than the server's limit of "
            "4094 bytes: send a shorter URL (fewer or shorter query parameters).")
    assert json.loads(body) == {"errors": {"url": [said]}, "status": 414,
                                "message": "URI Too Long"}


@pytest.mark.database
@pytest.mark.slow
def test_gunicorn_answers_a_long_url_and_large_headers_in_json(tmp_path):
    port = _free_port()
    with fresh_database(tmp_path, "limits") as url:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "--no-control-socket",
             "--workers", "1", "--bind",
             f"127.0.0.1:{port}", "wsgi:app"], cwd=PROJECT_DIR,
            env={**os.environ, "DATABASE_URL": url, "TTHC_AUTH": "off"},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait(lambda: _get(f"http://127.0.0.1:{port}/healthz")["status"] == "ok",
                  what="gunicorn")
            for target, headers, status, field in (
                    ("/api/v1/rules?pack=" + "x" * 5000, {}, 414, "url"),
                    ("/api/v1/rules?pack=" + "x" * 9000, {}, 414, "url"),
                    ("/api/v1/rules", {"X-Big": "y" * 9000}, 431, "headers")):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request("GET", target, headers=headers)
                answer = connection.getresponse()
                body = json.loads(answer.read())
                connection.close()
                assert answer.status == status
                assert answer.getheader("Content-Type") == "application/json"
                assert body["status"] == status and field in body["errors"]
            # Below the limit the application answers, as ever.
            ok = _get(f"http://127.0.0.1:{port}/api/v1/rules?pack=vinhphuc-9579")
            assert ok["items"]
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=20)

"""API keys and their use: how a key is presented, stored, revoked; what is denied by
default; when authentication is on; the OpenAPI document's word on access."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from service.app import create_app
from service.cli import main
from service.trust import auth

from .conftest import CheckingClient, load_example

OWN = "SXD"


@pytest.fixture
def settings(settings) -> dict:
    return {**settings, "AUTH": True}


@pytest.fixture
def keys(store) -> dict[str, str]:
    return {"submitter": auth.create_key(store, "submitter", OWN)[1],
            "reviewer": auth.create_key(store, "reviewer")[1],
            "admin": auth.create_key(store, "admin", name="ops")[1]}


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


# --- presenting a key ---------------------------------------------------------------------

@pytest.mark.database
@pytest.mark.parametrize("form", ["bearer", "lowercase", "x-api-key", "basic", "both"])
def test_a_key_is_taken_in_every_form(client, keys, form):
    token = keys["reviewer"]
    headers = {"bearer": bearer(token), "lowercase": {"Authorization": f"bearer {token}"},
               "x-api-key": {"X-API-Key": token},
               "basic": {"Authorization": "Basic " + base64.b64encode(
                   f"anyone:{token}".encode()).decode()},
               "both": {**bearer(token), "X-API-Key": token}}[form]
    assert client.get("/api/v1/submissions", headers=headers).status_code == 200


@pytest.mark.database
@pytest.mark.parametrize("headers, error", [
    ({}, None),
    ({"Authorization": "Bearer tthc_nobody"}, "invalid_token"),
    ({"Authorization": "Token abc"}, "invalid_request"),
    ({"Authorization": "Basic !!!"}, "invalid_request"),
    ({"Authorization": "Bearer a", "X-API-Key": "b"}, "invalid_request"),
])
def test_a_missing_or_bad_key_is_a_401_with_a_challenge(client, keys, headers, error):
    response = client.get("/api/v1/submissions", headers=headers)
    assert response.status_code == 401
    challenge = response.headers["WWW-Authenticate"]
    assert challenge.startswith('Bearer realm="tthc-rules"')
    assert (f'error="{error}"' in challenge) if error else "error=" not in challenge
    assert list(response.get_json()["errors"]) == ["Authorization"]


@pytest.mark.database
def test_the_reviewers_pages_ask_for_the_key_with_a_page_not_a_basic_prompt(app, keys):
    app.test_client_class = None  # pages are HTML, not in the OpenAPI document
    client = app.test_client()
    response = client.get("/submissions")
    assert response.status_code == 401 and response.mimetype == "text/html"
    assert "Basic" not in response.headers["WWW-Authenticate"]  # the login form asks
    basic = base64.b64encode(f"reviewer:{keys['reviewer']}".encode()).decode()
    assert client.get("/submissions", headers={"Authorization": f"Basic {basic}"}
                      ).status_code == 200


@pytest.mark.database
def test_a_revoked_key_is_refused_at_once(client, store, keys):
    assert client.get("/api/v1/submissions", headers=bearer(keys["reviewer"])).status_code == 200
    key_id = next(k.id for k in auth.list_keys(store) if k.role == "reviewer")
    auth.revoke_key(store, key_id)
    response = client.get("/api/v1/submissions", headers=bearer(keys["reviewer"]))
    assert response.status_code == 401
    assert response.get_json()["errors"]["Authorization"] == ["this API key was revoked."]


# --- the table ----------------------------------------------------------------------------

@pytest.mark.database
def test_an_endpoint_missing_from_the_table_is_denied_to_everyone(settings, keys, store):
    app = create_app({**settings, "DATABASE_URL": store.url.render_as_string(False)})
    app.add_url_rule("/api/v1/forgotten", "forgotten", lambda: {"secret": 1})
    client = app.test_client()
    try:
        assert client.get("/api/v1/forgotten").status_code == 401
        for role in ("submitter", "reviewer", "admin"):
            response = client.get("/api/v1/forgotten", headers=bearer(keys[role]))
            assert response.status_code == 403
            assert "secret" not in response.get_data(as_text=True)
    finally:
        app.extensions["tthc-rules"]["store"].dispose()


@pytest.mark.database
@pytest.mark.parametrize("code", [None, "", "  ", "sxd", "SXD ", 7])
def test_a_submitter_acts_only_as_its_own_agency(client, keys, code):
    body = load_example()
    if code is None:
        del body["submitter"]["code"]
    else:
        body["submitter"]["code"] = code
    for path in ("/api/v1/prechecks", "/api/v1/submissions"):
        response = client.post(path, json=body, headers=bearer(keys["submitter"]))
        assert response.status_code == 403
        assert list(response.get_json()["errors"]) == ["submitter.code"]
        assert "'SXD'" in response.get_json()["errors"]["submitter.code"][0]


@pytest.mark.database
def test_a_submitter_sending_no_submission_gets_the_usual_bad_input(client, keys):
    headers = bearer(keys["submitter"])
    assert client.post("/api/v1/prechecks", data="[1", headers=headers,
                       content_type="application/json").status_code == 400
    response = client.post("/api/v1/prechecks", json={"submitter": "SXD"}, headers=headers)
    assert response.status_code == 422


@pytest.mark.database
def test_idempotency_keys_are_scoped_by_agency(client, keys, store):
    other = auth.create_key(store, "submitter", "SYT")[1]
    mine = load_example()
    theirs = {**load_example(), "submitter": {**mine["submitter"], "code": "SYT"}}
    stored = client.post("/api/v1/submissions", json=theirs,
                         headers={**bearer(other), "Idempotency-Key": "k-1"})
    assert stored.status_code == 201
    # Another agency's use of the key neither blocks nor shows: A stores its own submission.
    response = client.post("/api/v1/submissions", json=mine,
                           headers={**bearer(keys["submitter"]), "Idempotency-Key": "k-1"})
    assert response.status_code == 201
    assert response.headers["Idempotent-Replayed"] == "false"
    assert response.get_json()["id"] != stored.get_json()["id"]
    assert stored.get_json()["id"] not in response.get_data(as_text=True)
    # Each agency's retry finds its own submission.
    again = client.post("/api/v1/submissions", json=mine,
                        headers={**bearer(keys["submitter"]), "Idempotency-Key": "k-1"})
    assert (again.status_code, again.headers["Idempotent-Replayed"]) == (201, "true")
    assert again.get_json()["id"] == response.get_json()["id"]
    theirs_again = client.post("/api/v1/submissions", json=theirs,
                               headers={**bearer(other), "Idempotency-Key": "k-1"})
    assert theirs_again.get_json()["id"] == stored.get_json()["id"]
    # The same key with another body is a conflict within one agency only.
    theirs["reference"] = "another body"
    response = client.post("/api/v1/submissions", json=theirs,
                           headers={**bearer(other), "Idempotency-Key": "k-1"})
    assert response.status_code == 409
    assert response.headers["Location"].endswith(stored.get_json()["id"])
    # Two keys of one agency share its keys.
    second = auth.create_key(store, "submitter", OWN)[1]
    shared = client.post("/api/v1/submissions", json=mine,
                         headers={**bearer(second), "Idempotency-Key": "k-1"})
    assert shared.get_json()["id"] == again.get_json()["id"]


@pytest.mark.database
def test_a_key_used_by_another_agency_first_is_not_told(client, keys, store):
    """B's earlier use of a key tells A nothing, whatever A sends with it."""
    other = auth.create_key(store, "submitter", "SYT")[1]
    theirs = {**load_example(), "submitter": {**load_example()["submitter"], "code": "SYT"}}
    client.post("/api/v1/submissions", json=theirs,
                headers={**bearer(other), "Idempotency-Key": "secret-key"})
    answers = []
    for reference in ("a", "b"):
        mine = {**load_example(), "reference": reference}
        answers.append(client.post("/api/v1/submissions", json=mine, headers={
            **bearer(keys["submitter"]), "Idempotency-Key": f"secret-key-{reference}"}))
    first_use = client.post("/api/v1/submissions", json=load_example(), headers={
        **bearer(keys["submitter"]), "Idempotency-Key": "secret-key"})
    # Used by B or unused: the same answer (the same status and headers, a new submission).
    assert first_use.status_code == answers[0].status_code == 201
    assert {name for name, _ in first_use.headers} == {name for name, _ in answers[0].headers}
    assert first_use.headers["Idempotent-Replayed"] == "false"


@pytest.mark.database
def test_a_submitters_list_filters_hold_its_own_agency(client, keys, store):
    other = auth.create_key(store, "submitter", "SYT")[1]
    theirs = {**load_example(), "submitter": {**load_example()["submitter"], "code": "SYT"}}
    assert client.post("/api/v1/submissions", json=theirs, headers=bearer(other)
                       ).status_code == 201
    assert client.post("/api/v1/submissions", json=load_example(),
                       headers=bearer(keys["submitter"])).status_code == 201
    for query, expected in (("", {OWN}), ("?submitter=SXD", {OWN}), ("?submitter=SYT", set()),
                            ("?outcome=rejected&submitter=SYT", set())):
        page = client.get("/api/v1/submissions" + query, headers=bearer(keys["submitter"]))
        assert {i["submitter"]["code"] for i in page.get_json()["items"]} == expected
    everyone = client.get("/api/v1/submissions", headers=bearer(keys["reviewer"]))
    assert {i["submitter"]["code"] for i in everyone.get_json()["items"]} == {OWN, "SYT"}


# --- managing keys ------------------------------------------------------------------------

@pytest.mark.database
def test_keys_from_the_command_line(database_url, monkeypatch, store):
    monkeypatch.setenv("DATABASE_URL", database_url)
    runner = CliRunner()
    created = runner.invoke(main, ["keys", "create", "--role", "submitter", "--agency", "SXD",
                                   "--name", "Sở Xây dựng"])
    assert created.exit_code == 0, created.output
    token = created.stdout.strip()
    assert token.startswith("tthc_") and len(token) == 48
    assert "cannot be shown again" in created.stderr
    with store.sessions() as session:
        key = session.scalars(select(auth.ApiKey)).one()
    assert key.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in json.dumps(key.as_dict())
    listed = runner.invoke(main, ["keys", "list"])
    assert "submitter" in listed.output and "SXD" in listed.output and "active" in listed.output
    assert token not in listed.output and token[:9] in listed.output
    listed = json.loads(runner.invoke(main, ["keys", "list", "--json"]).output)
    assert [k["role"] for k in listed] == ["submitter"]
    revoked = runner.invoke(main, ["keys", "revoke", str(key.id)])
    assert revoked.exit_code == 0 and "revoked" in revoked.output
    assert "revoked 20" in runner.invoke(main, ["keys", "list"]).output
    assert runner.invoke(main, ["keys", "revoke", "999"]).exit_code == 1


@pytest.mark.parametrize("args, complaint", [
    (["--role", "submitter"], "agency: is required"),
    (["--role", "reviewer", "--agency", "SXD"], "only a submitter key has an agency"),
    (["--role", "submitter", "--agency", " SXD"], "without spaces"),
    (["--role", "root"], "Invalid value for '--role'")])
def test_a_key_that_cannot_be_created_is_refused(args, complaint):
    result = CliRunner().invoke(main, ["keys", "create", *args])
    assert result.exit_code == 64  # a usage error
    assert complaint in result.output


@pytest.mark.database
def test_keys_over_the_api(client, keys):
    admin = bearer(keys["admin"])
    created = client.post("/api/v1/admin/keys", json={"role": "reviewer", "name": "Phòng KSTT"},
                          headers=admin)
    assert created.status_code == 201
    token = created.get_json()["token"]
    assert client.get("/api/v1/submissions", headers=bearer(token)).status_code == 200
    listed = client.get("/api/v1/admin/keys", headers=admin).get_json()["items"]
    assert [k["role"] for k in listed] == ["submitter", "reviewer", "admin", "reviewer"]
    assert token not in json.dumps(listed)
    revoked = client.delete(created.headers["Location"], headers=admin)
    assert revoked.status_code == 200 and revoked.get_json()["revoked_at"]
    assert client.get("/api/v1/submissions", headers=bearer(token)).status_code == 401
    for missing in ("/api/v1/admin/keys/999", "/api/v1/admin/keys/x"):
        assert client.delete(missing, headers=admin).status_code == 404


@pytest.mark.database
@pytest.mark.parametrize("body, fields", [
    ({}, {"role"}), ({"role": "submitter"}, {"agency"}), ({"role": "admin", "x": 1}, {"x"}),
    ({"role": ["admin"]}, {"role"}), ({"role": "reviewer", "agency": "SXD"}, {"agency"}),
    ({"role": "reviewer", "name": ""}, {"name"})])
def test_a_bad_key_request_names_its_fields(client, keys, body, fields):
    response = client.post("/api/v1/admin/keys", json=body, headers=bearer(keys["admin"]))
    assert response.status_code == 422
    assert set(response.get_json()["errors"]) == fields


# --- when authentication applies ----------------------------------------------------------

@pytest.mark.parametrize("setting, bind, argv, environ, on", [
    (True, None, ["pytest"], {}, True),
    (False, "0.0.0.0:80", ["gunicorn", "-b", "0.0.0.0:80"], {}, False),
    (None, None, ["flask"], {}, False),
    (None, None, ["python"], {"PORT": "80"}, False),
    (None, "127.0.0.1:8000", ["x"], {}, False),
    (None, "[::1]:8000", ["x"], {}, False),
    (None, "localhost:8000", ["x"], {}, False),
    (None, "127.0.0.1:8000,0.0.0.0:8001", ["x"], {}, True),
    (None, "0.0.0.0:8000", ["x"], {}, True),
    (None, "[::]:8000", ["x"], {}, True),
    (None, "unix:/run/tthc.sock", ["x"], {}, True),
    (None, "tthc.example.vn:443", ["x"], {}, True),
    (None, None, ["/srv/.venv/bin/gunicorn", "--bind", "127.0.0.1:8000", "wsgi:app"], {},
     False),
    (None, None, ["gunicorn", "--bind=0.0.0.0:8000", "wsgi:app"], {}, True),
    (None, None, ["gunicorn", "-b0.0.0.0:8000", "wsgi:app"], {}, True),
    (None, None, ["gunicorn", "-w", "2", "wsgi:app"], {}, False),
    (None, None, ["gunicorn", "wsgi:app"], {"PORT": "8000"}, True),
    (None, None, ["gunicorn", "wsgi:app"], {"GUNICORN_CMD_ARGS": "--bind 10.0.0.5:80"}, True),
    (None, None, ["gunicorn", "wsgi:app"], {"GUNICORN_CMD_ARGS": "-b 127.0.0.1:80"}, False),
    (None, None, ["gunicorn", "-c", "conf.py", "wsgi:app"], {}, True),
    (None, None, ["/usr/lib/python3/site-packages/gunicorn/__main__.py", "wsgi:app"], {},
     False),
])
def test_when_authentication_is_on(setting, bind, argv, environ, on):
    assert auth.decide(setting, bind, argv, environ)[0] is on


def test_gunicorn_beyond_loopback_turns_it_on(monkeypatch):
    monkeypatch.setattr("sys.argv", ["gunicorn", "--bind", "0.0.0.0:8000", "wsgi:app"])
    monkeypatch.delenv("TTHC_AUTH", raising=False)
    monkeypatch.delenv("TTHC_BIND", raising=False)
    app = create_app({"DATABASE_URL": "sqlite://", "MIGRATE_ON_START": False})
    try:
        assert app.extensions["tthc-rules"]["auth"]["on"] is True
        assert app.test_client().get("/api/v1/submissions").status_code == 401
        assert app.test_client().get("/api/v1/rules").status_code == 200
    finally:
        app.extensions["tthc-rules"]["store"].dispose()


class _Socket:
    def __init__(self, address: str) -> None:
        self.address = address

    def getsockname(self):
        return (self.address, 8000)


@pytest.mark.parametrize("explicit", [False, True])
@pytest.mark.parametrize("arrival, checked", [
    ({}, False),
    ({"environ_base": {"gunicorn.socket": _Socket("127.0.0.1")}}, False),
    ({"environ_base": {"gunicorn.socket": _Socket("10.1.2.3")}}, True),
    ({"environ_base": {"werkzeug.socket": _Socket("192.168.1.9")}}, True),
    ({"headers": {"X-Forwarded-For": "203.0.113.9"}}, True),
    ({"headers": {"Forwarded": "for=203.0.113.9"}}, True),
    ({"headers": {"X-Forwarded-Proto": "https"}}, True),
    ({"headers": {"X-Forwarded-Host": "tthc.example.gov.vn"}}, True),
    ({"headers": {"X-Forwarded-Port": "443"}}, True),
    ({"headers": {"X-Real-IP": "203.0.113.9"}}, True),
    ({"headers": {"Via": "1.1 proxy"}}, True),
    ({"headers": {"Host": "tthc.example.gov.vn"}}, True),
    ({"headers": {"Host": "127.0.0.1:8000"}}, False),
    ({"headers": {"Host": "[::1]:8000"}}, False)])
def test_a_request_from_beyond_loopback_is_checked_unless_auth_is_explicitly_off(
        settings, explicit, arrival, checked):
    app = create_app({**settings, "AUTH": False if explicit else None})
    app.test_client_class = CheckingClient
    try:
        response = app.test_client().get("/api/v1/submissions/none", **arrival)
        assert response.status_code == (401 if checked and not explicit else 404)
    finally:
        app.extensions["tthc-rules"]["store"].dispose()


# --- the OpenAPI document -----------------------------------------------------------------

def test_the_document_says_who_may_call_each_operation(app):
    spec = app.test_client().get("/openapi.json").get_json()
    assert {"bearerKey", "headerKey"} <= set(spec["components"]["securitySchemes"])
    submissions = spec["paths"]["/api/v1/submissions/{submission_id}"]["get"]
    assert submissions["security"] == [{"bearerKey": []}, {"headerKey": []}]
    assert {"401", "403"} <= set(submissions["responses"])
    assert "submitter (own agency)" in submissions["description"]
    assert spec["paths"]["/api/v1/rules"]["get"]["security"] == []
    reload = spec["paths"]["/api/v1/admin/reload"]["post"]
    assert reload["description"].endswith("Access: an API key of role admin.")

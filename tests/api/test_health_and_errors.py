"""Probes, and errors that are not about the body: unknown routes and methods, a database
that does not answer, rules that do not load, an unexpected exception."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from service.engine.policy import PolicyError

UNREACHABLE = "postgresql://postgres@127.0.0.1:1/none?connect_timeout=2"


def test_healthz(client):
    response = client.get("/healthz")
    assert (response.status_code, response.get_json()) == (200, {"status": "ok"})


@pytest.mark.database
def test_readyz_when_ready(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ready"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "rules": "ok", "database": "ok", "access": "ok"}


@pytest.mark.database
@pytest.mark.parametrize("auth, bind, status", [
    (False, "0.0.0.0:8000", "warning"), (False, "127.0.0.1:8000", "ok"),
    (True, "0.0.0.0:8000", "ok"), (None, "10.0.0.5:8000", "ok")])
def test_readyz_warns_when_authentication_is_off_beyond_loopback(settings, auth, bind, status):
    from service.app import create_app

    app = create_app({**settings, "AUTH": auth, "BIND": bind})
    try:
        body = app.test_client().get("/readyz").get_json()
    finally:
        app.extensions["tthc-rules"]["store"].dispose()
    assert body["checks"]["access"]["status"] == status
    assert body["status"] == ("degraded" if status == "warning" else "ready")
    if status == "warning":
        assert "TTHC_AUTH=on" in body["checks"]["access"]["detail"]


@pytest.mark.database
def test_readyz_when_the_schema_is_not_at_the_migrations_head(client, store):
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM alembic_version"))
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"]["database"]["status"] == "failed"


@pytest.fixture
def unreachable(settings, request):
    """A client of an app whose database does not answer."""
    settings.update(DATABASE_URL=UNREACHABLE, MIGRATE_ON_START=False)
    return request.getfixturevalue("client")


def test_readyz_when_the_database_is_unreachable(unreachable):
    response = unreachable.get("/readyz")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"]["status"] == "failed"
    assert body["checks"]["rules"]["status"] == "ok"


def test_readyz_when_the_rules_do_not_load(client, monkeypatch):
    def broken():
        raise PolicyError("policies/x/rules/a.yaml: rule X-01: unknown fact")
    monkeypatch.setattr("service.api.health.get_engine", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"]["rules"]["status"] == "failed"


@pytest.mark.parametrize("method, path", [
    ("POST", "/api/v1/prechecks"), ("POST", "/api/v1/submissions"),
    ("GET", "/api/v1/submissions"), ("GET", "/api/v1/submissions/01ARZ3NDEKTSV4RRFFQ69G5FAV")])
def test_an_unreachable_database_is_503_not_500(unreachable, example, method, path):
    response = unreachable.open(path, method=method, json=example() if method == "POST" else None)
    assert response.status_code == 503
    assert list(response.get_json()["errors"]) == ["database"]
    assert response.headers["Retry-After"]


def test_rules_that_do_not_load_are_503(client, example, monkeypatch):
    def broken():
        raise PolicyError("policies/x/rules/a.yaml: not valid YAML")
    monkeypatch.setattr("service.api.http.get_engine", broken)
    response = client.post("/api/v1/prechecks", json=example())
    assert response.status_code == 503
    assert list(response.get_json()["errors"]) == ["policies"]
    assert "yaml" not in response.get_data(as_text=True)


@pytest.mark.database
def test_an_unexpected_error_is_a_logged_500_without_a_traceback(client, example,
                                                                  monkeypatch, caplog):
    class Exploding:
        def evaluate(self, submission, **_):
            raise RuntimeError("secret internals")
    monkeypatch.setattr("service.api.http.get_engine", Exploding)
    response = client.post("/api/v1/prechecks", json=example())
    assert response.status_code == 500
    text = response.get_data(as_text=True)
    assert "secret internals" not in text and "Traceback" not in text
    assert list(response.get_json()["errors"]) == ["server"]
    assert "secret internals" in caplog.text


@pytest.mark.parametrize("path", ["/api", "/api/v1", "/api/v2/prechecks",
                                  "/api/v1/prechecks/", "/api/v1/rules/QTNB-08/extra",
                                  "/openapi.yaml", "/static/x.js"])
def test_an_unknown_route_is_a_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert list(response.get_json()["errors"]) == ["url"]


@pytest.mark.parametrize("method, path, allowed", [
    ("GET", "/api/v1/prechecks", "OPTIONS, POST"),
    ("PUT", "/api/v1/submissions", "GET, HEAD, OPTIONS, POST"),
    ("DELETE", "/api/v1/submissions/01ARZ3NDEKTSV4RRFFQ69G5FAV", "GET, HEAD, OPTIONS"),
    ("POST", "/api/v1/rules", "GET, HEAD, OPTIONS"),
    ("PATCH", "/api/v1/policies", "GET, HEAD, OPTIONS"),
    ("POST", "/healthz", "GET, HEAD, OPTIONS"),
])
def test_a_method_not_allowed_is_a_json_405(client, method, path, allowed):
    response = client.open(path, method=method, json={})
    assert response.status_code == 405
    assert list(response.get_json()["errors"]) == ["method"]
    assert ", ".join(sorted(response.headers["Allow"].split(", "))) == allowed

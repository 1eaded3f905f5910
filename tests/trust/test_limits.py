"""Rate limits (``service.trust.limits``): wrong keys per address, sign-in attempts, the open
pre-check page, the API per key; a 429 with ``Retry-After``, as a page or as JSON; counts
shared through the database by several workers."""

from __future__ import annotations

import re

import pytest

from service.app import create_app
from service.trust import auth

from .conftest import load_example


@pytest.fixture
def settings(settings) -> dict:
    return {**settings, "AUTH": True, "RATE_LIMITS": True}


@pytest.fixture
def client_class():
    """Pages and API both: the API's answers are checked against the document below."""
    from flask.testing import FlaskClient

    return FlaskClient


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def csrf(client, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def first_refusal(send, tries: int = 60) -> tuple[int, object]:
    """The number of the first request answered 429 (0: none in ``tries``)."""
    for number in range(1, tries + 1):
        response = send(number)
        if response.status_code == 429:
            return number, response
    return 0, None


@pytest.mark.database
def test_wrong_keys_on_the_api_are_refused_long_before_the_sixtieth(client, store):
    good = auth.create_key(store, "reviewer")[1]
    number, refused = first_refusal(lambda n: client.get(
        "/api/v1/submissions", headers=bearer(f"tthc_wrong{n:04d}")))
    assert number == 21  # RATE_LIMIT_AUTH_FAILURES: 20/minute
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert refused.mimetype == "application/json"
    assert "Authorization" in refused.get_json()["errors"]
    # the address stays refused for the window, even with a good key
    assert client.get("/api/v1/submissions", headers=bearer(good)).status_code == 429
    # another address is not
    assert client.get("/api/v1/submissions", headers=bearer(good),
                      environ_base={"REMOTE_ADDR": "10.0.0.7"}).status_code == 200


@pytest.mark.database
def test_wrong_keys_on_the_login_page_get_a_429_page(client, store):
    auth.create_key(store, "reviewer")

    def sign_in(n: int):
        return client.post("/login", data={"key": f"tthc_wrong{n:04d}",
                                           "csrf_token": csrf(client, "/login")})
    number, refused = first_refusal(sign_in)
    assert number == 11  # RATE_LIMIT_LOGIN: 10/minute
    assert refused.mimetype == "text/html" and int(refused.headers["Retry-After"]) >= 1
    text = refused.get_data(as_text=True)
    assert "Quá nhiều yêu cầu" in text and "Traceback" not in text


@pytest.mark.database
def test_the_open_pre_check_page_is_limited_per_address(app, client):
    app.config["RATE_LIMIT_CHECK"] = "3/minute"

    def check(n: int, address: str = "192.0.2.1"):
        return client.post("/check", data={"example": "contract-example.json",
                                           "csrf_token": csrf(client, "/check")},
                           environ_base={"REMOTE_ADDR": address})
    number, refused = first_refusal(check, 10)
    assert number == 4 and refused.mimetype == "text/html"
    assert check(0, "192.0.2.2").status_code == 200
    assert client.get("/check", environ_base={"REMOTE_ADDR": "192.0.2.1"}).status_code == 200


@pytest.mark.database
def test_the_api_is_limited_per_key(app, client, store):
    app.config["RATE_LIMIT_API"] = "5/minute"
    one = auth.create_key(store, "reviewer")[1]
    other = auth.create_key(store, "reviewer")[1]
    number, refused = first_refusal(lambda n: client.get("/api/v1/submissions",
                                                         headers=bearer(one)), 10)
    assert number == 6
    assert refused.get_json()["status"] == 429 and "Retry-After" in refused.headers
    assert client.get("/api/v1/submissions", headers=bearer(other)).status_code == 200
    assert client.get("/readyz").status_code == 200  # the probes are not counted


@pytest.mark.database
def test_every_api_operation_documents_its_429(client):
    spec = client.get("/openapi.json").get_json()
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            if path.startswith("/api/") and method != "parameters":
                assert "429" in operation["responses"], (method, path)
    assert "Retry-After" in spec["components"]["responses"]["TOO_MANY_REQUESTS"]["headers"]


@pytest.mark.database
def test_off_means_off(settings, store):
    app = create_app({**settings, "RATE_LIMITS": False, "RATE_LIMIT_API": "1/minute"})
    try:
        token = auth.create_key(app.extensions["tthc-rules"]["store"], "reviewer")[1]
        client = app.test_client()
        assert [client.get("/api/v1/submissions", headers=bearer(token)).status_code
                for _ in range(3)] == [200] * 3
    finally:
        app.extensions["tthc-rules"]["store"].dispose()


@pytest.mark.database
def test_workers_share_their_counts_through_the_database(settings):
    """Two applications on one database stand for two workers (or hosts)."""
    shared = {**settings, "RATE_LIMIT_STORAGE": "database", "RATE_LIMIT_API": "4/minute"}
    workers = [create_app(shared), create_app({**shared, "MIGRATE_ON_START": False})]
    try:
        token = auth.create_key(workers[0].extensions["tthc-rules"]["store"], "reviewer")[1]
        clients = [w.test_client() for w in workers]
        answers = [clients[n % 2].get("/api/v1/submissions", headers=bearer(token)).status_code
                   for n in range(6)]
        assert answers == [200, 200, 200, 200, 429, 429]
        body = load_example()
        assert clients[0].post("/api/v1/prechecks", json=body,
                               headers=bearer(token)).status_code == 429
    finally:
        for worker in workers:
            worker.extensions["tthc-rules"]["store"].dispose()


def _redis_answers() -> bool:
    import socket

    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.mark.skipif(not _redis_answers(), reason="no Redis server on 127.0.0.1:6379")
def test_workers_share_their_counts_through_redis(settings):
    import uuid

    shared = {**settings, "RATE_LIMIT_STORAGE": "redis://127.0.0.1:6379/15",
              "RATE_LIMIT_CHECK": "3/minute"}
    workers = [create_app(shared), create_app(shared)]
    address = {"REMOTE_ADDR": f"198.51.100.{uuid.uuid4().int % 250 + 1}"}
    try:
        clients = [w.test_client() for w in workers]
        answers = []
        for n in range(5):
            client = clients[n % 2]
            token = csrf(client, "/check")
            answers.append(client.post("/check", environ_base=address, data={
                "example": "before-any-policy.json", "csrf_token": token}).status_code)
        assert 429 not in answers[:3] and answers[3:] == [429, 429]
    finally:
        for worker in workers:
            worker.extensions["tthc-rules"]["limiter"].reset()
            worker.extensions["tthc-rules"]["store"].dispose()


def test_counts_in_memory_start_no_thread_per_request_and_still_expire(monkeypatch):
    import threading
    import time

    from limits.storage import storage_from_string

    from service.trust.limits import SweptMemoryStorage

    storage = storage_from_string("tthc+memory://")
    assert isinstance(storage, SweptMemoryStorage)
    time.sleep(0.05)  # the timer limits starts once, at creation, has ended
    before = threading.active_count()
    for _ in range(200):
        storage.incr("key", 60)
    assert storage.get("key") == 200
    assert threading.active_count() == before
    storage.incr("short", 1)
    monkeypatch.setattr(SweptMemoryStorage, "SWEEP_SECONDS", 0.0)
    time.sleep(1.05)
    assert storage.get("short") == 0  # past its window: not counted, swept or not
    storage.incr("key", 60)  # a hit sweeps what expired
    assert "short" not in storage.expirations and storage.get("key") == 201

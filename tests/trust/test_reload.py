"""Safe policy reload: compile first, swap atomically, keep the last good rules when a file
is broken; every worker follows the generation a reload records; SIGHUP to gunicorn."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from service import engine as engine_module
from service.app import create_app
from service.cli import main
from service.config import PROJECT_DIR
from service.engine.policy import load_policies
from service.trust import auth
from service.trust.reload import PolicyReload, latest_generation, record_generation

from .conftest import fresh_database, load_example

PACK = "vinhphuc-9579"


@pytest.fixture
def policies(tmp_path, monkeypatch) -> Path:
    """A copy of the policy files that the engine reads; the engine serving before the test
    serves again after it."""
    folder = tmp_path / "policies"
    shutil.copytree(PROJECT_DIR / "policies", folder)
    monkeypatch.setenv("TTHC_POLICIES", str(folder))
    original = engine_module.get_engine()
    yield folder
    engine_module.set_engine(original)


def amend(folder: Path, note: str) -> None:
    """A change that compiles: the pack's version moves."""
    with open(folder / PACK / "pack.yaml", "a", encoding="utf-8") as handle:
        handle.write(f"\n# {note}\n")


def break_rules(folder: Path) -> Path:
    broken = folder / PACK / "rules" / "30-general.yaml"
    broken.write_text("rules: [ {id: QTNB-01, when: ", encoding="utf-8")
    return broken


def versions(verdict_or_list) -> dict[str, str]:
    return {p["id"]: p["version"] for p in verdict_or_list}


@pytest.fixture
def settings(settings) -> dict:
    return {**settings, "AUTH": True, "POLICY_CHECK_SECONDS": 0}


@pytest.fixture
def admin(store) -> dict:
    return {"Authorization": f"Bearer {auth.create_key(store, 'admin', name='ops')[1]}"}


@pytest.mark.database
def test_a_broken_file_leaves_the_last_good_rules_serving(client, store, admin, policies):
    before = versions(client.post("/api/v1/prechecks", json=load_example(),
                                  headers=admin).get_json()["policies"])
    amend(policies, "first change")
    reloaded = client.post("/api/v1/admin/reload", headers=admin)
    assert reloaded.status_code == 200
    assert reloaded.get_json()["generation"] == 1
    good = versions(reloaded.get_json()["policies"])
    assert good[PACK] != before[PACK]
    assert all(good[k] == v for k, v in before.items() if k != PACK)

    broken = break_rules(policies)
    refused = client.post("/api/v1/admin/reload", headers=admin)
    assert refused.status_code == 422
    assert broken.name in refused.get_json()["errors"]["policies"][0]
    assert versions(refused.get_json()["serving"]) == good
    assert latest_generation(store) == 1  # nothing recorded for the workers to follow

    verdict = client.post("/api/v1/prechecks", json=load_example(), headers=admin)
    assert verdict.status_code == 200
    assert versions(verdict.get_json()["policies"]) == {k: good[k] for k in before}
    assert f"{PACK}={good[PACK]}" in verdict.headers["X-Policy-Versions"]
    with store.sessions() as session:
        generations = session.query(PolicyReload).all()
    assert [(g.generation, g.requested_by) for g in generations] == [(1, "key 1 (ops), admin")]


@pytest.mark.database
def test_after_a_broken_reload_every_worker_says_degraded(settings, client, admin, policies):
    """Two applications on one database and one policy folder stand for two workers: the
    one that handled the reload and one that did not."""
    other = create_app({**settings, "MIGRATE_ON_START": False})
    try:
        workers = [client, other.test_client()]
        assert [w.get("/readyz").get_json()["status"] for w in workers] == ["ready"] * 2
        break_rules(policies)
        assert client.post("/api/v1/admin/reload", headers=admin).status_code == 422
        answers = [w.get("/readyz").get_json() for w in workers]
        assert [a["status"] for a in answers] == ["degraded", "degraded"]
        assert "do not compile" in answers[0]["checks"]["rules"]["detail"]
        assert f"not the rules serving ({PACK})" in answers[1]["checks"]["rules"]["detail"]
    finally:
        other.extensions["tthc-rules"]["store"].dispose()


@pytest.mark.database
def test_a_worker_follows_the_generation_recorded_elsewhere(client, store, policies,
                                                            database_url, monkeypatch):
    before = versions(client.get("/api/v1/policies").get_json()["items"])
    amend(policies, "changed on every host")
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = CliRunner().invoke(main, ["policies", "reload"])
    assert result.exit_code == 0, result.output
    assert "policy generation 1 recorded" in result.output
    after = versions(client.get("/api/v1/policies").get_json()["items"])
    assert after[PACK] != before[PACK]
    assert after[PACK] in result.output


@pytest.mark.database
def test_a_worker_whose_files_do_not_compile_keeps_its_rules(client, store, policies, caplog):
    serving = versions(client.get("/api/v1/policies").get_json()["items"])
    record_generation(store, engine_module.get_engine(), "another host")
    break_rules(policies)
    with caplog.at_level(logging.ERROR):
        assert versions(client.get("/api/v1/policies").get_json()["items"]) == serving
    assert "do not compile; the last good rules keep serving" in caplog.text
    caplog.clear()
    client.get("/api/v1/policies")  # the generation is reached: no second attempt
    assert "do not compile" not in caplog.text


def test_the_command_refuses_broken_files(policies, tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'none.sqlite3'}")
    break_rules(policies)
    result = CliRunner().invoke(main, ["policies", "reload"])
    assert result.exit_code == 1
    assert "do not compile; nothing changed" in result.output
    assert not (tmp_path / "none.sqlite3").exists()


@pytest.mark.database
def test_only_an_admin_reloads(client, store, policies):
    reviewer = auth.create_key(store, "reviewer")[1]
    response = client.post("/api/v1/admin/reload", headers={"Authorization": f"Bearer {reviewer}"})
    assert response.status_code == 403


# --- several workers under gunicorn -----------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def _wait(condition, timeout: float = 60.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.database
@pytest.mark.slow
def test_every_gunicorn_worker_follows_a_reload_and_sighup(tmp_path, policies):
    port = _free_port()
    with fresh_database(tmp_path, "reload") as url:
        env = {**os.environ, "DATABASE_URL": url, "TTHC_POLICIES": str(policies),
               "TTHC_POLICY_CHECK": "0.2", "TTHC_AUTH": "off"}
        pidfile = tmp_path / "gunicorn.pid"
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "--no-control-socket",
             "--workers", "2", "--bind",
             f"127.0.0.1:{port}", "--pid", str(pidfile), "wsgi:app"],
            cwd=PROJECT_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait(lambda: _get(base + "/healthz")["status"] == "ok", what="gunicorn")
            first = versions(_get(base + "/api/v1/policies")["items"])[PACK]

            def everyone_serves(version: str) -> bool:
                # Concurrent requests: a sync worker serves one at a time, so both workers
                # answer some of them (one-by-one requests may all land on one worker).
                with ThreadPoolExecutor(8) as pool:
                    answers = list(pool.map(lambda _: versions(_get(
                        base + "/api/v1/policies")["items"])[PACK], range(32)))
                return all(answer == version for answer in answers)

            amend(policies, "second")
            runner = CliRunner(env={"DATABASE_URL": url}).invoke(main, ["policies", "reload"])
            assert runner.exit_code == 0, runner.output
            second = runner.stdout.split(f"{PACK}  ")[1].split()[0]
            assert second != first
            _wait(lambda: everyone_serves(second), what="every worker at generation 1")

            break_rules(policies)
            refused = CliRunner(env={"DATABASE_URL": url}).invoke(
                main, ["policies", "reload", "--pidfile", str(pidfile)])
            assert refused.exit_code == 1
            time.sleep(0.5)
            assert everyone_serves(second)

            shutil.copytree(PROJECT_DIR / "policies", policies, dirs_exist_ok=True)
            amend(policies, "third, by SIGHUP alone")
            os.kill(int(pidfile.read_text()), signal.SIGHUP)
            third = versions(p.summary() for p in load_policies(policies).packs)[PACK]
            assert third not in (first, second)
            _wait(lambda: everyone_serves(third), what="new workers after SIGHUP")
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            server.stderr.close()


# --- rules that survive restarts -----------------------------------------------------------

@pytest.fixture
def fresh_worker(monkeypatch):
    """As in a worker that has just started: no engine compiled yet in this process."""
    def start():
        monkeypatch.setattr(engine_module.core, "_ENGINE", None)
    return start


def _precheck_versions(client, headers=None) -> tuple[int, dict]:
    answer = client.post("/api/v1/prechecks", json=load_example(), headers=headers or {})
    return answer.status_code, versions(answer.get_json().get("policies", []))


@pytest.mark.database
def test_a_worker_started_on_broken_files_serves_the_last_good_set(
        settings, policies, fresh_worker, caplog, admin):
    from service.app import create_app
    from service.trust.reload import PolicySnapshot

    first = create_app(settings)  # compiles the good files, keeps them
    good = versions(first.test_client().get("/api/v1/policies").get_json()["items"])
    store = first.extensions["tthc-rules"]["store"]
    with store.sessions() as session:
        kept = session.scalars(select(PolicySnapshot)).all()
    assert [s.packs for s in kept] == [[{"id": k, "version": v} for k, v in good.items()]]
    assert f"{PACK}/rules/30-general.yaml" in kept[0].files

    broken = break_rules(policies)
    fresh_worker()
    with caplog.at_level(logging.ERROR):
        second = create_app(settings)
    assert "the rule files do not compile" in caplog.text
    assert "serving the last good rules kept in the database instead" in caplog.text
    client = second.test_client()
    ready = client.get("/readyz")
    assert ready.status_code == 200
    body = ready.get_json()
    assert body["status"] == "degraded"
    assert body["checks"]["rules"]["status"] == "degraded"
    assert "serving the last good rules kept in the database" in body["checks"]["rules"][
        "detail"]
    assert broken.name in body["checks"]["rules"]["detail"]
    status, served = _precheck_versions(client, admin)
    assert (status, served[PACK]) == (200, good[PACK])
    assert versions(client.get("/api/v1/policies").get_json()["items"]) == good

    # The broken files are still refused; once mended, they serve and the worker is ready.
    assert client.post("/api/v1/admin/reload", headers=admin).status_code == 422
    assert client.get("/readyz").get_json()["status"] == "degraded"
    shutil.copytree(PROJECT_DIR / "policies", policies, dirs_exist_ok=True)
    amend(policies, "mended")
    assert client.post("/api/v1/admin/reload", headers=admin).status_code == 200
    assert client.get("/readyz").get_json()["status"] == "ready"
    assert _precheck_versions(client, admin)[1][PACK] != good[PACK]
    for app in (first, second):
        app.extensions["tthc-rules"]["store"].dispose()


@pytest.mark.database
def test_without_a_good_set_kept_a_broken_start_is_not_ready(settings, policies,
                                                             fresh_worker, caplog):
    from service.app import create_app

    break_rules(policies)
    fresh_worker()
    with caplog.at_level(logging.ERROR):
        app = create_app(settings)
    assert "the database keeps no good set yet: nothing serves" in caplog.text
    ready = app.test_client().get("/readyz")
    assert (ready.status_code, ready.get_json()["status"]) == (503, "unavailable")
    app.extensions["tthc-rules"]["store"].dispose()


@pytest.mark.database
def test_the_latest_generations_set_is_served_first(settings, policies, fresh_worker,
                                                    database_url, monkeypatch):
    from service.app import create_app

    monkeypatch.setenv("DATABASE_URL", database_url)
    first = create_app(settings)
    amend(policies, "the generation's")
    assert CliRunner().invoke(main, ["policies", "reload"]).exit_code == 0
    generation = versions(p.summary() for p in load_policies(policies).packs)
    shutil.copytree(PROJECT_DIR / "policies", policies, dirs_exist_ok=True)
    amend(policies, "compiled later by a worker, never reloaded")
    fresh_worker()
    later = create_app(settings)  # keeps this set too, more recently
    assert versions(later.test_client().get("/api/v1/policies").get_json()["items"]) \
        != generation
    break_rules(policies)
    fresh_worker()
    degraded = create_app(settings)
    served = versions(degraded.test_client().get("/api/v1/policies").get_json()["items"])
    assert served == generation
    for app in (first, later, degraded):
        app.extensions["tthc-rules"]["store"].dispose()


def test_snapshot_versions_are_the_engines(policies):
    from service.trust.reload import read_files, versions_of

    loaded = [{"id": p.id, "version": p.version} for p in load_policies(policies).packs]
    assert versions_of(read_files(policies)) == loaded
    amend(policies, "moved")
    assert versions_of(read_files(policies)) == [
        {"id": p.id, "version": p.version} for p in load_policies(policies).packs]
    assert versions_of(read_files(policies)) != loaded


@pytest.mark.database
@pytest.mark.slow
def test_a_sigkilled_gunicorn_worker_restarts_on_the_last_good_set(tmp_path, policies):
    port = _free_port()
    log = tmp_path / "gunicorn.log"
    with fresh_database(tmp_path, "restart") as url, open(log, "wb") as errors:
        env = {**os.environ, "DATABASE_URL": url, "TTHC_POLICIES": str(policies),
               "TTHC_AUTH": "off"}
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "--no-control-socket",
             "--workers", "2", "--bind",
             f"127.0.0.1:{port}", "wsgi:app"], cwd=PROJECT_DIR, env=env,
            stdout=subprocess.DEVNULL, stderr=errors)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait(lambda: len(_workers(server.pid)) == 2 and _get(base + "/readyz")[
                "status"] == "ready", what="gunicorn")
            good = versions(_get(base + "/api/v1/policies")["items"])
            broken = break_rules(policies)
            victim = _workers(server.pid)[0]
            os.kill(victim, signal.SIGKILL)
            _wait(lambda: len(_workers(server.pid)) == 2 and victim not in _workers(
                server.pid), what="a new worker")

            def answers() -> list[tuple[int, dict, dict]]:
                with ThreadPoolExecutor(8) as pool:
                    return list(pool.map(lambda _: _ready_and_precheck(base), range(16)))

            seen: list = []

            def from_database(ready: dict) -> bool:
                return "kept in the database" in ready["checks"]["rules"].get("detail", "")
            _wait(lambda: any(from_database(r[1]) for r in seen.__iadd__(answers())),
                  what="the new worker's /readyz")
            degraded = next(r for r in seen if from_database(r[1]))[1]
            assert broken.name in degraded["checks"]["rules"]["detail"]
            assert "serving the last good rules kept in the database" in \
                degraded["checks"]["rules"]["detail"]
            assert {r[0] for r in seen} == {200}
            # the worker that kept its rules says so too: the files on disk are not them
            assert {r[1]["status"] for r in seen} == {"degraded"}
            # every worker serves the last good set
            assert all(r[2] and r[2] == {k: good[k] for k in r[2]} for r in seen)
            refused = CliRunner(env={"DATABASE_URL": url, "TTHC_POLICIES": str(policies)}
                                ).invoke(main, ["policies", "reload"])
            assert refused.exit_code == 1  # the broken files are still refused
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    text = log.read_text(errors="replace")
    assert "the rule files do not compile" in text
    assert "serving the last good rules kept in the database instead" in text


def _workers(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _ready_and_precheck(base: str) -> tuple[int, dict, dict]:
    try:
        with urllib.request.urlopen(base + "/readyz", timeout=10) as answer:
            ready = json.load(answer)
    except urllib.error.HTTPError as error:
        ready = json.load(error)
    request = urllib.request.Request(base + "/api/v1/prechecks", method="POST",
                                     data=json.dumps(load_example()).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, ready, versions(json.load(answer)["policies"])
    except urllib.error.HTTPError as error:
        return error.code, ready, {}


@pytest.mark.database
def test_a_worker_with_broken_files_follows_a_generation_through_the_database(
        client, store, policies, caplog, database_url, monkeypatch):
    """Another host reloads a new set; here the files are broken: this worker serves the
    new set from the database rather than stay behind."""
    before = versions(client.get("/api/v1/policies").get_json()["items"])
    elsewhere = policies.parent / "elsewhere"
    shutil.copytree(policies, elsewhere)
    amend(elsewhere, "reloaded on another host")
    monkeypatch.setenv("TTHC_POLICIES", str(elsewhere))
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert CliRunner().invoke(main, ["policies", "reload"]).exit_code == 0
    new = versions(p.summary() for p in load_policies(elsewhere).packs)
    monkeypatch.setenv("TTHC_POLICIES", str(policies))
    break_rules(policies)
    with caplog.at_level(logging.ERROR):
        served = versions(client.get("/api/v1/policies").get_json()["items"])
    assert served == new != before
    assert "serving its set kept in the database instead" in caplog.text
    ready = client.get("/readyz").get_json()
    assert ready["status"] == "degraded" and "30-general.yaml" in ready["checks"]["rules"][
        "detail"]

"""Tampering with the decision log directly in the database (SQLite here; CI runs these again
on PostgreSQL), and what ``tthc-rules audit verify`` says without and with anchors.

The README's promise, tested here: without an anchor, ``verify`` catches a changed, removed,
inserted or reordered entry, and a stored verdict or body that is not what its entry logged,
unless the whole log after some entry and its head were rewritten consistently; with an
anchor taken after that entry, a log cut short (truncation with the head updated) or
rewritten (a suffix rewrite) is caught too, and the first anchored entry that differs is
named, with the last that still holds.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import time
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from databases import bypassing_triggers
from sqlalchemy import create_engine, delete, event, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from service.cli import main
from service.storage.models import DecisionLogEntry, DecisionLogHead, Submission, Verdict
from service.trust import audit

pytestmark = pytest.mark.database
ROOT = Path(__file__).resolve().parents[2]

SOURCES = ["precheck", "submission"] * 3  # seq 1..6


@pytest.fixture
def logged(client, example, store) -> list[DecisionLogEntry]:
    """Six entries: prechecks at odd seq, stored submissions at even seq."""
    for i, source in enumerate(SOURCES):
        if source == "submission":
            body = {**example(), "reference": f"{i}/TTr-SXD"}
            assert client.post("/api/v1/submissions", json=body).status_code == 201
        else:
            assert client.post("/api/v1/prechecks", json=example()).status_code == 200
    with store.sessions() as session:
        return list(session.scalars(select(DecisionLogEntry).order_by(DecisionLogEntry.seq)))


@pytest.fixture
def cli(database_url):
    def run(*args: str):
        return CliRunner().invoke(main, ["audit", *args, "--database", database_url])
    return run


@pytest.fixture
def anchors(tmp_path, cli, store, client, example):
    """An anchor file, and a function that takes an anchor of the head now (as the
    command line does)."""
    path = tmp_path / "anchors.jsonl"

    def take() -> None:
        result = cli("head", "--anchors", str(path))
        assert result.exit_code == 0, result.output
    take.path = path
    return take


@pytest.fixture
def raw(database_url):
    """A connection of its own, as someone with write access to the database has; on
    PostgreSQL the tables' owner, who can set the append-only triggers aside
    (``test_the_log_cannot_be_edited_in_place`` shows that nobody else gets past them)."""
    engine = create_engine(database_url)

    @event.listens_for(engine, "begin")
    def _as_owner(connection):
        bypassing_triggers(connection)
    yield engine
    engine.dispose()


def _anchored(take, client, example, at: set[int], count: int = 6) -> None:
    """Log ``count`` entries (prechecks and submissions alternating), taking an anchor after
    each seq of ``at``."""
    for seq in range(1, count + 1):
        if SOURCES[seq - 1] == "submission":
            body = {**example(), "reference": f"{seq}/TTr-SXD"}
            assert client.post("/api/v1/submissions", json=body).status_code == 201
        else:
            assert client.post("/api/v1/prechecks", json=example()).status_code == 200
        if seq in at:
            take()


def _rehash(session: Session, from_seq: int) -> None:
    """Recompute every hash from ``from_seq`` on, and the head: a consistent rewrite."""
    entries = list(session.scalars(select(DecisionLogEntry).order_by(DecisionLogEntry.seq)))
    prev = audit.GENESIS
    for entry in entries:
        if entry.seq >= from_seq:
            entry.prev_hash = prev
            entry.entry_hash = audit.entry_hash(entry)
        prev = entry.entry_hash
    last = entries[-1]
    session.execute(update(DecisionLogHead).values(last_seq=last.seq, last_hash=prev,
                                                   length=len(entries)))


def truncate_with_head(raw, keep: int) -> None:
    """Remove the entries after ``keep``, the submissions they stored (and so their
    verdicts), and set the head to the entry left last."""
    with Session(raw) as session, session.begin():
        gone = [e.submission_id for e in session.scalars(
            select(DecisionLogEntry).where(DecisionLogEntry.seq > keep)) if e.submission_id]
        session.execute(delete(DecisionLogEntry).where(DecisionLogEntry.seq > keep))
        session.execute(delete(Verdict).where(Verdict.submission_id.in_(gone)))
        session.execute(delete(Submission).where(Submission.id.in_(gone)))
        last = session.get(DecisionLogEntry, keep)
        session.execute(update(DecisionLogHead).values(last_seq=keep,
                                                       last_hash=last.entry_hash, length=keep))


def rewrite_suffix(raw, from_seq: int) -> None:
    """Turn the outcome of entry ``from_seq`` (a stored submission) around, in its stored
    verdict too, and recompute every hash after it and the head."""
    with Session(raw) as session, session.begin():
        entry = session.get(DecisionLogEntry, from_seq)
        verdict = session.get(Verdict, entry.decision_id)
        flipped = "accepted" if entry.outcome != "accepted" else "rejected"
        entry.outcome = verdict.outcome = flipped
        session.flush()
        entry.verdict_hash = audit.verdict_hash(verdict)
        _rehash(session, from_seq)


def edit_verdict(raw, seq: int) -> str:
    """``UPDATE verdicts SET outcome = …`` for the submission logged at ``seq``."""
    with raw.begin() as connection:
        decision = connection.execute(text("SELECT decision_id FROM decision_log WHERE "
                                           "seq = :s"), {"s": seq}).scalar()
        connection.execute(text("UPDATE verdicts SET outcome = CASE outcome WHEN 'accepted' "
                                "THEN 'rejected' ELSE 'accepted' END WHERE decision_id = :d"),
                           {"d": decision})
    return decision


def swap_rows(raw, a: int, b: int) -> None:
    with raw.begin() as connection:
        for old, new in ((a, -1), (b, a), (-1, b)):
            connection.execute(text("UPDATE decision_log SET seq = :new WHERE seq = :old"),
                               {"new": new, "old": old})


# --- the four tamperings, without and with anchors -----------------------------------------

def test_truncation_with_the_head_updated(client, example, anchors, raw, cli):
    _anchored(anchors, client, example, at={3, 6})
    truncate_with_head(raw, keep=4)
    bare = cli("verify")
    assert bare.exit_code == 0, bare.output  # consistent with itself: only an anchor tells
    assert "intact: 4 entries" in bare.output and "no anchor checked" in bare.output
    result = cli("verify", "--anchors", str(anchors.path))
    assert result.exit_code == 1
    assert "first at entry seq=5: truncated: the log was cut short" in result.output
    assert "names seq=6" in result.output and "the log ends at seq=4" in result.output
    assert "the anchored entry seq=3 still holds" in result.output


@pytest.mark.parametrize("at, named", [
    ({3, 6}, "the first entry that differs is one of seq=4..6"),
    ({3, 4, 6}, "seq=4 is the first that differs"),
])
def test_a_suffix_rewrite(client, example, anchors, raw, cli, at, named):
    _anchored(anchors, client, example, at=at)
    rewrite_suffix(raw, from_seq=4)
    assert cli("verify").exit_code == 0  # every hash and the head recomputed: consistent
    result = cli("verify", "--anchors", str(anchors.path))
    assert result.exit_code == 1
    first = min(at - {3})
    assert f"first at entry seq={first}: rewritten" in result.output
    assert named in result.output
    assert "the anchored entry seq=3 still holds" in result.output


def test_a_verdict_edit(client, example, anchors, raw, cli):
    _anchored(anchors, client, example, at={6})
    decision = edit_verdict(raw, seq=4)
    stored = client.get("/api/v1/submissions?limit=100").get_json()["items"]
    served = next(s for s in stored if s["decision_id"] == decision)
    assert served["outcome"] == "rejected"  # the API serves what the table now says
    for args in ((), ("--anchors", str(anchors.path))):
        result = cli("verify", *args)
        assert result.exit_code == 1
        assert f"first at entry seq=4 (decision {decision}): verdict: the stored verdict " \
               f"(outcome rejected) is not the one this entry logged" in result.output


def test_swapped_rows(client, example, anchors, raw, cli, logged):
    anchors()
    swap_rows(raw, 2, 4)
    for args in ((), ("--anchors", str(anchors.path))):
        result = cli("verify", *args)
        assert result.exit_code == 1
        assert f"first at entry seq=2 (decision {logged[3].decision_id}): altered" \
            in result.output


def test_an_anchor_taken_before_the_change_still_holds(client, example, anchors, raw, cli):
    """An anchor vouches for the entries up to it only: a change after it is the rest of
    ``verify``'s to catch."""
    _anchored(anchors, client, example, at={3})
    rewrite_suffix(raw, from_seq=4)
    result = cli("verify", "--anchors", str(anchors.path))
    assert result.exit_code == 0
    assert "all 1 anchor(s)" in result.output and "the newest at seq=3" in result.output
    # and it says plainly how much it could not vouch for
    last = int(re.search(r"last seq=(\d+)", result.output).group(1))
    assert f"{last - 3} entries after it (seq=4..{last}) are NOT yet vouched for by any " \
           f"anchor" in result.output
    bare = cli("verify")
    assert f"none of the {last} entries is vouched for by an anchor" in bare.output


def test_a_stored_body_edited_is_named(logged, raw, cli):
    with Session(raw) as session, session.begin():
        stored = session.get(Submission, logged[1].submission_id)
        stored.reference = "forged"
        stored.body = {**stored.body, "reference": "forged"}
    result = cli("verify")
    assert result.exit_code == 1
    assert "first at entry seq=2" in result.output and ": body: the stored submission is " \
        "not the one this entry logged" in result.output


# --- anchor files ---------------------------------------------------------------------------

def test_an_anchor_file_chains_its_lines(logged, anchors, client, example):
    anchors()
    assert client.post("/api/v1/prechecks", json=example()).status_code == 200
    anchors()
    anchors()  # the head has not moved: nothing appended
    lines = anchors.path.read_text().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert (first["seq"], second["seq"]) == (6, 7)
    assert first["prev"] is None and second["prev"] == first["anchor_hash"]
    found, problems = audit.read_anchors(anchors.path)
    assert [a.seq for a in found] == [6, 7] and problems == []


def test_a_damaged_anchor_file_is_not_taken_as_proof(logged, anchors, cli, client, example):
    anchors()
    assert client.post("/api/v1/prechecks", json=example()).status_code == 200
    anchors()
    lines = anchors.path.read_text().splitlines()
    changed = json.loads(lines[0])
    changed["entry_hash"] = "sha256:" + "e" * 64
    anchors.path.write_text(json.dumps(changed) + "\n" + lines[1] + "\n")
    result = cli("verify", "--anchors", str(anchors.path))
    assert result.exit_code == 1
    assert "anchors.jsonl line 1: the anchor does not match its anchor_hash" in result.output
    anchors.path.write_text(lines[1] + "\n")  # the first line removed
    result = cli("verify", "--anchors", str(anchors.path))
    assert result.exit_code == 0, result.output  # a lone anchor proves what it names
    anchors.path.write_text("not json\n")
    assert "line 1: not an anchor" in cli("verify", "--anchors", str(anchors.path)).output


def test_head_without_a_file_says_where_to_record_it(logged, cli):
    result = cli("head")
    assert result.exit_code == 0
    assert result.output.startswith(f"6={logged[-1].entry_hash}  (6 entries)")
    assert "audit verify --anchor SEQ=HASH" in result.output


def test_the_anchor_setting_is_the_default_file(logged, anchors, cli, monkeypatch, raw):
    monkeypatch.setenv("TTHC_AUDIT_ANCHORS", str(anchors.path))
    assert cli("head").exit_code == 0
    assert anchors.path.exists()
    truncate_with_head(raw, keep=4)
    result = cli("verify")
    assert result.exit_code == 1 and "truncated" in result.output


# --- the endpoint a reviewer saves ------------------------------------------------------------

def test_a_saved_head_is_an_anchor(logged, client, tmp_path, raw, cli):
    answer = client.get("/api/v1/audit/head")
    assert answer.status_code == 200
    head = answer.get_json()
    assert (head["seq"], head["length"], head["entry_hash"]) == (6, 6, logged[-1].entry_hash)
    assert head["prev"] is None and head["anchor_hash"].startswith("sha256:")
    saved = tmp_path / "saved.json"
    saved.write_bytes(answer.get_data())
    assert cli("verify", "--anchors", str(saved)).exit_code == 0
    rewrite_suffix(raw, from_seq=2)
    result = cli("verify", "--anchors", str(saved))
    assert result.exit_code == 1
    assert "first at entry seq=6: rewritten" in result.output
    assert "no anchored entry before it holds" in result.output


# --- the service's own anchors ----------------------------------------------------------------

def test_the_service_anchors_by_itself_once_per_interval(database_url, tmp_path, example):
    """Three workers of one host (three applications on one database and one anchor file):
    requests on any of them append the head at most once per interval, chained."""
    from service.app import create_app

    path = tmp_path / "service-anchors.jsonl"
    interval = 1.0
    settings = {"TESTING": True, "DATABASE_URL": database_url, "AUTH": False,
                "MIGRATE_ON_START": True, "AUDIT_ANCHORS": str(path),
                "AUDIT_ANCHOR_SECONDS": interval}
    workers = [create_app(settings) for _ in range(3)]
    try:
        clients = [w.test_client() for w in workers]
        for _ in range(2):
            for client in clients:
                assert client.post("/api/v1/prechecks", json=example()).status_code == 200
        time.sleep(interval + 0.1)
        for client in clients:
            assert client.post("/api/v1/prechecks", json=example()).status_code == 200
        found, problems = audit.read_anchors(path)
        assert problems == []
        assert 2 <= len(found) <= 3  # a slow machine may cross one more interval
        assert found[-1].seq > found[0].seq >= 1
        moments = [datetime.strptime(a.at, "%Y-%m-%dT%H:%M:%S.%fZ") for a in found]
        assert all((b - a).total_seconds() >= interval for a, b in itertools.pairwise(moments))
        assert [a.prev for a in found[1:]] == [a.anchor_hash for a in found[:-1]]
        result = CliRunner().invoke(main, ["audit", "verify", "--anchors", str(path),
                                           "--database", database_url])
        assert result.exit_code == 0, result.output
    finally:
        for worker in workers:
            worker.extensions["tthc-rules"]["store"].dispose()


def test_an_anchor_that_cannot_be_written_never_fails_a_request(database_url, tmp_path,
                                                               example, caplog):
    from service.app import create_app

    blocked = tmp_path / "a-file"
    blocked.write_text("")
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "AUTH": False,
                      "MIGRATE_ON_START": True, "AUDIT_ANCHORS": str(blocked / "anchors"),
                      "AUDIT_ANCHOR_SECONDS": 1})
    try:
        assert app.test_client().post("/api/v1/prechecks", json=example()).status_code == 200
        assert "the decision log's anchor could not be written" in caplog.text
    finally:
        app.extensions["tthc-rules"]["store"].dispose()


# --- the append-only tables -------------------------------------------------------------------

@pytest.mark.skipif(not os.environ.get("DATABASE_URL", "").startswith("postgresql"),
                    reason="triggers on PostgreSQL only: on SQLite whoever writes the file "
                           "can drop a trigger; the anchors show an edit there")
@pytest.mark.parametrize("statement", [
    "UPDATE decision_log SET outcome = 'accepted' WHERE seq = 2",
    "DELETE FROM decision_log WHERE seq >= 5",
    "TRUNCATE decision_log CASCADE",
    "UPDATE verdicts SET outcome = 'accepted'",
    "DELETE FROM verdicts",
    "UPDATE submissions SET reference = 'forged'",
    "DELETE FROM submissions"])
def test_the_log_cannot_be_edited_in_place(logged, database_url, statement):
    engine = create_engine(database_url)
    try:
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM decision_log")).scalar() == 6
    finally:
        engine.dispose()


@pytest.mark.skipif(not os.environ.get("DATABASE_URL", "").startswith("postgresql"),
                    reason="roles: PostgreSQL only")
def test_the_service_runs_as_a_role_that_may_only_add_to_the_log(logged, database_url,
                                                                 example):
    """``docs/postgresql-role.sql``, as the README says to run it: the service works under
    that role, and the role cannot change the log even with the triggers set aside."""
    from sqlalchemy import make_url

    from service.app import create_app

    schema = make_url(database_url).query["options"].split("search_path=")[1]
    role = f"tthc_app_{schema[-8:]}"
    grants = (ROOT / "docs" / "postgresql-role.sql").read_text(encoding="utf-8")
    statements = [line for line in grants.splitlines() if line and not line.startswith("--")]
    owner = create_engine(database_url)
    try:
        with owner.begin() as connection:
            connection.execute(text(f"CREATE ROLE {role} LOGIN"))
            for statement in statements:
                connection.execute(text(statement.replace("public", f'"{schema}"')
                                        .replace("tthc_app", role)))
        as_role = make_url(database_url).set(username=role).render_as_string(
            hide_password=False)
        app = create_app({"TESTING": True, "DATABASE_URL": as_role, "AUTH": False,
                          "MIGRATE_ON_START": False})
        try:
            client = app.test_client()
            assert client.post("/api/v1/prechecks", json=example()).status_code == 200
            assert client.post("/api/v1/submissions", json=example()).status_code == 201
            assert client.get("/readyz").get_json()["status"] == "ready"
            engine = app.extensions["tthc-rules"]["store"].engine
            for statement in ("UPDATE decision_log SET outcome = 'accepted'",
                              "DELETE FROM verdicts", "TRUNCATE submissions CASCADE"):
                with pytest.raises(DBAPIError, match="permission denied"), \
                        engine.begin() as connection:
                    connection.execute(text(statement))
        finally:
            app.extensions["tthc-rules"]["store"].dispose()
    finally:
        with owner.begin() as connection:
            if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                  {"r": role}).first():
                connection.execute(text(f"DROP OWNED BY {role}"))
                connection.execute(text(f"DROP ROLE {role}"))
        owner.dispose()

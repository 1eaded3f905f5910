"""The decision log's hash chain: appended by every evaluation, verified by
``tthc-rules audit verify``, which names the first entry altered or removed when a row is
changed directly in the database."""

from __future__ import annotations

import itertools
import json
import threading
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from databases import bypassing_triggers
from sqlalchemy import create_engine, select, text, update

from service.cli import main
from service.engine import get_engine
from service.storage import Store
from service.storage.models import DecisionLogEntry, DecisionLogHead
from service.trust import audit

from .conftest import fresh_database, load_example

pytestmark = pytest.mark.database


def _log(store: Store) -> list[DecisionLogEntry]:
    with store.sessions() as session:
        return list(session.scalars(select(DecisionLogEntry).order_by(DecisionLogEntry.seq)))


def _report(store: Store, anchors=None) -> audit.Report:
    with store.sessions() as session:
        return audit.verify(session, anchors)


def _sql(store: Store, *statements: str, **params) -> None:
    """Tamper as the tables' owner can (on PostgreSQL the triggers refuse anyone else)."""
    with store.engine.begin() as connection:
        bypassing_triggers(connection)
        for statement in statements:
            connection.execute(text(statement), params)


@pytest.fixture
def logged(client, example, store) -> list[DecisionLogEntry]:
    """Five entries: three prechecks and two stored submissions, interleaved."""
    body = example()
    for i in range(5):
        if i % 2:
            response = client.post("/api/v1/submissions", json=body,
                                   headers={"Idempotency-Key": f"k{i}"})
            assert response.status_code == 201
        else:
            assert client.post("/api/v1/prechecks", json=body).status_code == 200
    return _log(store)


@pytest.fixture
def cli(database_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)

    def run(*args: str):
        return CliRunner().invoke(main, ["audit", *args])
    return run


def test_every_evaluation_is_chained_to_the_one_before(logged, store, cli):
    assert [e.seq for e in logged] == [1, 2, 3, 4, 5]
    assert [e.source for e in logged] == ["precheck", "submission"] * 2 + ["precheck"]
    assert logged[0].prev_hash == audit.GENESIS
    for before, entry in itertools.pairwise(logged):
        assert entry.prev_hash == before.entry_hash
    assert all(audit.entry_hash(e) == e.entry_hash for e in logged)
    with store.sessions() as session:
        head = session.get(DecisionLogHead, audit.HEAD_ID)
        assert (head.last_seq, head.last_hash, head.length) == (5, logged[-1].entry_hash, 5)
    result = cli("verify")
    assert result.exit_code == 0, result.output
    assert "intact: 5 entries" in result.output
    assert cli("head").output.startswith(f"5={logged[-1].entry_hash}")


def test_an_altered_outcome_is_named(logged, store, cli):
    _sql(store, "UPDATE decision_log SET outcome = CASE outcome WHEN 'accepted' "
                "THEN 'rejected' ELSE 'accepted' END WHERE seq = 3")
    first = _report(store).problems[0]
    assert (first.seq, first.kind, first.decision_id) == (3, "altered", logged[2].decision_id)
    result = cli("verify")
    assert result.exit_code == 1
    assert "first at entry seq=3" in result.output
    assert logged[2].decision_id in result.output


@pytest.mark.parametrize("column, value", [
    ("rule_ids", '["QTNB-01"]'), ("logged_at", "2020-01-01 00:00:00"),
    ("submission_id", None), ("prev_hash", "sha256:" + "1" * 64)])
def test_any_altered_field_is_named(logged, store, column, value):
    _sql(store, f"UPDATE decision_log SET {column} = :value WHERE seq = 2", value=value)
    report = _report(store)
    assert (report.problems[0].seq, report.problems[0].kind) == (2, "altered")


def test_a_removed_middle_entry_is_named(logged, store, cli):
    _sql(store, "DELETE FROM decision_log WHERE seq = 3")
    problems = _report(store).problems
    assert [(p.seq, p.kind) for p in problems] == [(3, "removed")]
    result = cli("verify")
    assert result.exit_code == 1
    assert "seq=3 between seq=2 and seq=4 is missing" in result.output


def test_a_removed_first_entry_and_removed_last_entries_are_named(logged, store):
    _sql(store, "DELETE FROM decision_log WHERE seq = 1")
    assert [(p.seq, p.kind) for p in _report(store).problems] == [(1, "removed")]
    _sql(store, "DELETE FROM decision_log WHERE seq >= 4")
    problems = _report(store).problems
    removed = [p for p in problems if p.seq == 4]
    assert [p.kind for p in removed] == ["removed"]
    assert "the last entries were removed" in removed[0].detail
    # Entry 4 logged a stored submission: its verdict is now logged by no entry.
    assert (problems[-1].seq, problems[-1].decision_id, problems[-1].kind) == (
        None, logged[3].decision_id, "verdict")


def test_swapped_entries_are_named(logged, store, cli):
    _sql(store, "UPDATE decision_log SET seq = -2 WHERE seq = 2",
         "UPDATE decision_log SET seq = 2 WHERE seq = 4",
         "UPDATE decision_log SET seq = 4 WHERE seq = -2")
    first = _report(store).problems[0]
    assert (first.seq, first.kind, first.decision_id) == (2, "altered", logged[3].decision_id)
    assert "first at entry seq=2" in cli("verify").output


def test_swapped_contents_are_named(logged, store):
    a, b = logged[1], logged[3]
    for entry, other in ((a, b), (b, a)):
        _sql(store, "UPDATE decision_log SET logged_at = :at, source = :source WHERE seq = :s",
             at=other.logged_at, source=other.source + "x", s=entry.seq)
    assert [(p.seq, p.kind) for p in _report(store).problems] == [(2, "altered"),
                                                                  (4, "altered")]


def test_an_entry_altered_and_rehashed_is_named_by_the_next_link(logged, store, cli):
    entry = logged[2]
    entry.outcome = "accepted" if entry.outcome != "accepted" else "rejected"
    _sql(store, "UPDATE decision_log SET outcome = :o, entry_hash = :h WHERE seq = 3",
         o=entry.outcome, h=audit.entry_hash(entry))
    first = _report(store).problems[0]
    assert (first.seq, first.kind) == (3, "altered")
    assert "hash recomputed" in first.detail
    assert cli("verify").exit_code == 1


def test_a_rewritten_chain_is_caught_by_an_anchor(logged, store, cli):
    anchor = f"3={logged[2].entry_hash}"
    with store.sessions.begin() as session:  # rewrite entries 3.. and the head consistently
        bypassing_triggers(session.connection())
        entries = list(session.scalars(select(DecisionLogEntry).where(DecisionLogEntry.seq >= 3)
                                       .order_by(DecisionLogEntry.seq)))
        prev = logged[1].entry_hash
        for entry in entries:
            if entry.seq == 3:  # a precheck: no stored verdict tells
                entry.outcome = "accepted" if entry.outcome != "accepted" else "rejected"
            entry.prev_hash = prev
            entry.entry_hash = prev = audit.entry_hash(entry)
        session.execute(update(DecisionLogHead).values(last_hash=prev))
    assert _report(store).intact
    plain = cli("verify")
    assert plain.exit_code == 0, plain.output
    result = cli("verify", "--anchor", anchor)
    assert result.exit_code == 1
    assert "first at entry seq=3" in result.output
    assert cli("verify", "--anchor", "3=nothing").exit_code == 64  # a usage error


def test_an_entry_inserted_beyond_the_head_is_named(logged, store):
    with store.sessions.begin() as session:
        forged = DecisionLogEntry(**{c: getattr(logged[-1], c) for c in (
            "logged_at", "source", "evaluated_on", "policies", "input_hash", "outcome",
            "rule_ids")}, decision_id="0" * 26, seq=9, prev_hash=logged[-1].entry_hash)
        forged.entry_hash = audit.entry_hash(forged)
        session.add(forged)
    problems = _report(store).problems
    assert [(p.seq, p.kind) for p in problems] == [(9, "altered")]


def test_concurrent_appends_form_one_chain(store):
    engine = get_engine()
    submission = __import__("service.contract.schemas", fromlist=["x"]).load_submission(load_example())
    errors = []

    def worker():
        try:
            for _ in range(15):
                store.record_precheck(submission, engine.evaluate(submission))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = _report(store)
    assert report.intact, report.problems
    assert (report.entries, report.last_seq) == (90, 90)


def test_the_migration_chains_the_entries_already_logged(tmp_path):
    with fresh_database(tmp_path, "chain_migration") as url:
        store = Store(url)
        try:
            store.upgrade("0002_registry")
            with store.engine.begin() as connection:
                for seq in (1, 2, 5):  # a gap, as a rolled-back insert leaves
                    connection.execute(text(
                        "INSERT INTO decision_log (seq, decision_id, logged_at, source, "
                        "evaluated_on, policies, input_hash, outcome, rule_ids) VALUES "
                        "(:seq, :d, :at, 'precheck', '2020-03-02', '[]', 'sha256:x', "
                        "'accepted', '[]')"),
                        {"seq": seq, "d": f"{seq:026d}", "at": "2020-03-02 08:00:00.5+00:00"
                         if store.engine.dialect.name == "postgresql"
                         else "2020-03-02 08:00:00.500000"})
            store.upgrade()
            report = _report(store)
            assert report.intact, report.problems
            assert (report.entries, report.last_seq) == (3, 5)
            submission = __import__("service.contract.schemas", fromlist=["x"]).load_submission(
                load_example())
            store.record_precheck(submission, get_engine().evaluate(submission))
            assert _log(store)[-1].seq == 6
            assert _report(store).intact
        finally:
            store.dispose()


def test_verify_without_the_chain_is_an_error(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    Store(url).upgrade("0002_registry")
    monkeypatch.setenv("DATABASE_URL", url)
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 1
    assert "decision_log_head" in result.output
    create_engine(url).dispose()


def test_entries_and_keys_stored_before_version_2_stay_good(tmp_path):
    """A database at the revision before: a stored submission with its key, its verdict and
    its version-1 entry. After the upgrade the entry still verifies, its stored verdict is
    checked against it, and the agency's retry with the same key finds its submission."""
    from service.contract.schemas import load_submission
    from service.storage.store import canonical_json, input_hash

    submission = load_submission(load_example())
    verdict = get_engine().evaluate(submission)
    body = canonical_json(submission)
    digest = input_hash(submission)
    with fresh_database(tmp_path, "before_v2") as url:
        store = Store(url)
        try:
            store.upgrade("0006_registry_generation")
            findings = json.dumps(verdict["findings"], ensure_ascii=False)
            row = {"seq": 1, "decision_id": verdict["decision_id"], "source": "submission",
                   "submission_id": "01J0000000000000000000000S",
                   "logged_at": datetime(2026, 1, 2, 3, 4, 5, 600000, tzinfo=UTC),
                   "evaluated_on": date(2020, 3, 2),
                   "policies": [{"id": p["id"], "version": p["version"]}
                                for p in verdict["policies"]],
                   "input_hash": digest, "outcome": verdict["outcome"],
                   "rule_ids": list(dict.fromkeys(f["rule_id"] for f in verdict["findings"]))}
            (_, prev, entry_hash), = audit.chain([SimpleNamespace(**row)])
            stamp = "2026-01-02 03:04:05.600000" + \
                ("+00:00" if store.engine.dialect.name == "postgresql" else "")
            with store.engine.begin() as connection:
                connection.execute(text(
                    "INSERT INTO submissions (id, reference, kind, submitter_code, "
                    "submitted_on, received_at, body, input_hash, idempotency_key) VALUES "
                    "(:id, '125/TTr-SXD', 'publication', 'SXD', '2020-03-02', :at, :body, "
                    ":digest, 'key-from-before')"),
                    {"id": row["submission_id"], "at": stamp, "body": body, "digest": digest})
                connection.execute(text(
                    "INSERT INTO verdicts (decision_id, submission_id, outcome, evaluated_on, "
                    "policies, findings) VALUES (:d, :s, :o, '2020-03-02', :p, :f)"),
                    {"d": row["decision_id"], "s": row["submission_id"], "o": row["outcome"],
                     "p": json.dumps(verdict["policies"]), "f": findings})
                connection.execute(text(
                    "INSERT INTO decision_log (seq, decision_id, logged_at, source, "
                    "submission_id, evaluated_on, policies, input_hash, outcome, rule_ids, "
                    "prev_hash, entry_hash) VALUES (1, :d, :at, 'submission', :s, "
                    "'2020-03-02', :p, :i, :o, :r, :prev, :h)"),
                    {"d": row["decision_id"], "at": stamp, "s": row["submission_id"],
                     "p": json.dumps(row["policies"]), "i": digest,
                     "o": row["outcome"], "r": json.dumps(row["rule_ids"]),
                     "prev": prev, "h": entry_hash})
                connection.execute(text("UPDATE decision_log_head SET last_seq = 1, "
                                        "last_hash = :h, length = 1"), {"h": entry_hash})
            store.upgrade()
            report = _report(store)
            assert report.intact, report.problems
            assert (report.entries, report.verdicts_checked, report.bodies_checked) == (1, 1, 1)
            assert _log(store)[0].hash_version == 1
            again = store.create_submission(submission, get_engine().evaluate,
                                            "key-from-before", scope="agency:SXD")
            assert (again.replayed, again.submission.id) == (True, row["submission_id"])
            other = store.create_submission(submission, get_engine().evaluate,
                                            "key-from-before", scope="agency:SYT")
            assert not other.replayed
            with store.engine.begin() as connection:  # an old verdict edited is named too
                bypassing_triggers(connection).execute(text("UPDATE verdicts SET outcome = 'rejected' WHERE "
                                        "decision_id = :d"), {"d": row["decision_id"]})
            first = _report(store).problems[0]
            assert (first.seq, first.kind) == (1, "verdict")
        finally:
            store.dispose()

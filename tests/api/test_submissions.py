"""POST, GET /api/v1/submissions: storage, idempotency, listing with cursors and filters."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from service.storage.models import DecisionLogEntry, Submission, Verdict

URL = "/api/v1/submissions"
EXAMPLES = sorted(p.name for p in
                  (Path(__file__).resolve().parents[2] / "examples").glob("*.json"))


def counts(store) -> tuple[int, int, int]:
    with store.sessions() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (Submission, Verdict, DecisionLogEntry))


def without_id(verdict: dict) -> dict:
    return {k: v for k, v in verdict.items() if k != "decision_id"}


# --- storing and reading one --------------------------------------------------------------

@pytest.mark.database
def test_a_stored_submission_is_created_with_its_verdict(client, example, store):
    precheck = client.post("/api/v1/prechecks", json=example(
        "publication-missing-internal-procedure.json")).get_json()
    response = client.post(URL, json=example("publication-missing-internal-procedure.json"))
    assert response.status_code == 201
    created = response.get_json()
    assert response.headers["Location"] == f"{URL}/{created['id']}"
    assert created["links"]["self"] == response.headers["Location"]
    assert "Idempotent-Replayed" not in response.headers
    assert json.dumps(without_id(created["verdict"])) == json.dumps(without_id(precheck))
    assert created["outcome"] == "rejected" == created["verdict"]["outcome"]
    assert created["decision_id"] == created["verdict"]["decision_id"]
    assert (created["kind"], created["reference"], created["submitted_on"]) == \
        ("publication", "131/TTr-SXD", "2020-03-02")
    assert created["submitter"]["code"] == "SXD"
    assert response.headers["X-Policy-Versions"] == ",".join(
        f"{p['id']}={p['version']}" for p in created["verdict"]["policies"])
    assert counts(store) == (1, 1, 2)  # the precheck's log entry and this one


@pytest.mark.database
def test_get_returns_what_post_returned(client, example):
    created = client.post(URL, json=example()).get_json()
    response = client.get(created["links"]["self"])
    assert response.status_code == 200
    assert response.get_json() == created
    assert response.headers["X-Policy-Versions"].startswith("vinhphuc-9579=sha256:")


@pytest.mark.database
def test_the_stored_body_is_the_normalised_submission_and_its_hash(client, example):
    body = example()
    del body["procedures"][0]["handling_agency"]
    body["reference"] = "  125/TTr-SXD"
    created = client.post(URL, json=body).get_json()
    stored = created["submission"]
    assert stored["procedures"][0]["handling_agency"] == stored["procedures"][0][
        "managing_agency"]
    canonical = json.dumps(stored, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert created["input_hash"] == "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


@pytest.mark.database
def test_history_records_receipt_and_evaluation(client, example, store):
    created = client.post(URL, json=example("internal-procedure-amendment.json")).get_json()
    received, evaluated = created["history"]
    assert received == {"event": "received", "at": created["received_at"]}
    assert evaluated["event"] == "evaluated"
    assert evaluated["decision_id"] == created["verdict"]["decision_id"]
    assert evaluated["outcome"] == "needs_review"
    assert evaluated["rule_ids"] == ["QTNB-12"]
    assert [p["id"] for p in evaluated["policies"]] == \
        [p["id"] for p in created["verdict"]["policies"]]
    moment = datetime.fromisoformat(created["received_at"])
    assert moment.tzinfo == UTC and abs(datetime.now(UTC) - moment) < timedelta(minutes=1)
    with store.sessions() as session:
        entry = session.scalars(select(DecisionLogEntry)).one()
    assert (entry.source, entry.submission_id) == ("submission", created["id"])


@pytest.mark.database
@pytest.mark.parametrize("name", EXAMPLES)
def test_every_example_is_stored_with_its_verdict(client, example, name):
    precheck = client.post("/api/v1/prechecks", json=example(name)).get_json()
    created = client.post(URL, json=example(name)).get_json()
    assert json.dumps(without_id(created["verdict"])) == json.dumps(without_id(precheck))
    assert client.get(created["links"]["self"]).get_json() == created


@pytest.mark.database
@pytest.mark.parametrize("submission_id", [
    "01ARZ3NDEKTSV4RRFFQ69G5FAV", "nope", "01arz3ndektsv4rrffq69g5fav", "%00", "x" * 300])
def test_an_unknown_submission_is_404(client, submission_id):
    response = client.get(f"{URL}/{submission_id}")
    assert response.status_code == 404
    assert list(response.get_json()["errors"]) == ["id"]


@pytest.mark.database
def test_a_failed_write_leaves_nothing_half_written(client, example, store, monkeypatch):
    import service.storage.store as store_module

    def broken_log_entry(*args, **kwargs):
        entry = original(*args, **kwargs)
        entry.outcome = None  # NOT NULL: the third insert of the transaction fails
        return entry
    original = store_module._log_entry
    monkeypatch.setattr(store_module, "_log_entry", broken_log_entry)
    response = client.post(URL, json=example())
    assert response.status_code == 500
    assert counts(store) == (0, 0, 0)


# --- idempotency --------------------------------------------------------------------------

@pytest.mark.database
def test_the_same_key_and_body_replays_the_stored_resource(client, example, store):
    headers = {"Idempotency-Key": "order-125/TTr-SXD"}
    first = client.post(URL, json=example(), headers=headers)
    again = client.post(URL, json=example(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.headers["Idempotent-Replayed"] == "false"
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Location"] == first.headers["Location"]
    assert again.get_json() == first.get_json()
    assert counts(store) == (1, 1, 1)


@pytest.mark.database
def test_the_same_key_and_the_same_submission_written_differently_replays(client, example):
    headers = {"Idempotency-Key": "k-1"}
    first = client.post(URL, json=example(), headers=headers).get_json()
    body = example()
    body["electronic_procedures"] = None  # the default, []
    body["internal_procedures"][0]["amends"] = None
    body["internal_procedures"][0]["steps"][0]["counted"] = True
    body["procedures"][0]["time_limit"]["value"] = 20.0
    again = client.post(URL, json=body, headers=headers)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json()["id"] == first["id"]


@pytest.mark.database
def test_the_same_key_with_another_body_is_409(client, example, store):
    headers = {"Idempotency-Key": "k-2"}
    first = client.post(URL, json=example(), headers=headers).get_json()
    other = example()
    other["reference"] = "126/TTr-SXD"
    response = client.post(URL, json=other, headers=headers)
    assert response.status_code == 409
    assert list(response.get_json()["errors"]) == ["Idempotency-Key"]
    assert response.headers["Location"] == first["links"]["self"]
    assert counts(store) == (1, 1, 1)


@pytest.mark.database
def test_without_a_key_each_post_stores_a_new_submission(client, example, store):
    ids = {client.post(URL, json=example()).get_json()["id"] for _ in range(2)}
    assert len(ids) == 2
    assert counts(store) == (2, 2, 2)


@pytest.mark.database
@pytest.mark.parametrize("other_reference, status, replayed", [
    (None, 201, "true"), ("126/TTr-SXD", 409, None)])
def test_a_key_stored_between_look_up_and_write_is_replayed_or_refused(
        client, example, store, monkeypatch, other_reference, status, replayed):
    headers = {"Idempotency-Key": "raced"}
    first = client.post(URL, json=example(), headers=headers).get_json()
    real = store._by_key
    calls = []

    def look_up_too_early(key, digest):  # the first look-up misses, as in a race
        calls.append(key)
        return None if len(calls) == 1 else real(key, digest)
    monkeypatch.setattr(store, "_by_key", look_up_too_early)
    body = example()
    if other_reference:
        body["reference"] = other_reference
    response = client.post(URL, json=body, headers=headers)
    assert response.status_code == status
    assert len(calls) == 2
    if replayed:
        assert response.headers["Idempotent-Replayed"] == replayed
        assert response.get_json()["id"] == first["id"]
    assert counts(store) == (1, 1, 1)


@pytest.mark.database
def test_concurrent_requests_with_one_key_store_one_submission(app, example, store):
    barrier = threading.Barrier(6)
    results: list = []

    def post() -> None:
        client = app.test_client()
        barrier.wait()
        response = client.post(URL, json=example(), headers={"Idempotency-Key": "same"})
        results.append((response.status_code, response.headers.get("Idempotent-Replayed"),
                        response.get_json()["id"]))
    threads = [threading.Thread(target=post) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {status for status, _, _ in results} == {201}
    assert [replayed for _, replayed, _ in results].count("false") == 1
    assert len({submission_id for _, _, submission_id in results}) == 1
    assert counts(store) == (1, 1, 1)


@pytest.mark.parametrize("key", ["", "   ", "x" * 256, "clé", "a\tb"])
def test_a_malformed_idempotency_key_is_422(client, example, key):
    response = client.post(URL, json=example(), headers={"Idempotency-Key": key})
    assert response.status_code == 422
    assert list(response.get_json()["errors"]) == ["Idempotency-Key"]


def test_a_malformed_key_is_named_with_the_bodys_problems(client, example):
    body = example()
    body["kind"] = "decree"
    response = client.post(URL, json=body, headers={"Idempotency-Key": ""})
    assert response.status_code == 422
    assert set(response.get_json()["errors"]) == {"kind", "Idempotency-Key"}


# --- listing ------------------------------------------------------------------------------

def store_examples(client, example, names=EXAMPLES) -> list[dict]:
    return [client.post(URL, json=example(name)).get_json() for name in names]


def pages(client, url: str) -> list[dict]:
    out = []
    while url:
        response = client.get(url)
        assert response.status_code == 200
        page = response.get_json()
        out.append(page)
        if page["next"]:
            assert response.headers["Link"] == f'<{page["next"]}>; rel="next"'
        else:
            assert "Link" not in response.headers
        url = page["next"]
    return out


@pytest.mark.database
def test_the_list_is_newest_first_in_pages(client, example):
    created = store_examples(client, example)
    found = pages(client, f"{URL}?limit=2")
    assert [len(p["items"]) for p in found] == \
        [2] * (len(EXAMPLES) // 2) + [1] * (len(EXAMPLES) % 2)
    ids = [item["id"] for page in found for item in page["items"]]
    assert ids == [c["id"] for c in reversed(created)]
    first = found[0]["items"][0]
    newest = created[-1]
    assert first == {k: newest[k] for k in first}


@pytest.mark.database
def test_an_empty_list(client):
    response = client.get(URL)
    assert response.get_json() == {"items": [], "next": None}


@pytest.mark.database
def test_a_cursor_is_stable_while_submissions_arrive(client, example):
    created = store_examples(client, example, EXAMPLES[:4])
    first = client.get(f"{URL}?limit=2").get_json()
    store_examples(client, example, EXAMPLES[4:6])
    rest = pages(client, first["next"])
    ids = [item["id"] for page in [first, *rest] for item in page["items"]]
    assert ids == [c["id"] for c in reversed(created)]


@pytest.mark.database
def test_the_default_limit_is_20(client, example):
    store_examples(client, example, ["contract-example.json"] * 21)
    page = client.get(URL).get_json()
    assert len(page["items"]) == 20 and "limit=20" in page["next"]


@pytest.mark.database
@pytest.mark.parametrize("query, expected", [
    ("outcome=rejected", {"after-2025-reform-district.json",
                          "other-province-cao-bang-without-to-trinh.json",
                          "publication-missing-internal-procedure.json",
                          "vinh-phuc-after-the-merger.json"}),
    ("outcome=no_policy", {"before-any-policy.json"}),
    ("submitter=STP", {"before-any-policy.json", "internal-procedure-three-tiers.json",
                       "publication-abolishing-district-tthc.json"}),
    ("kind=electronic_procedure", {"electronic-procedure-district-commune.json"}),
    ("kind=publication&outcome=accepted", {"contract-example.json",
                                           "publication-new-and-amended.json",
                                           "publication-abolishing-district-tthc.json"}),
    ("submitter=UNKNOWN", set()),
])
def test_filters(client, example, query, expected):
    created = dict(zip((c["id"] for c in store_examples(client, example)), EXAMPLES))
    found = pages(client, f"{URL}?{query}&limit=1")
    names = {created[item["id"]] for page in found for item in page["items"]}
    assert names == expected
    for page in found[:-1]:
        assert all(part in page["next"] for part in query.split("&"))


@pytest.mark.database
def test_since_filters_on_the_day_received(client, example):
    store_examples(client, example, EXAMPLES[:2])
    today = datetime.now(UTC).date()
    assert len(client.get(f"{URL}?since={today}").get_json()["items"]) == 2
    tomorrow = today + timedelta(days=1)
    assert client.get(f"{URL}?since={tomorrow}").get_json()["items"] == []
    assert len(client.get(f"{URL}?since={date(2000, 1, 1)}").get_json()["items"]) == 2


@pytest.mark.parametrize("query, parameters", [
    ("outcome=maybe", {"outcome"}),
    ("kind=decree", {"kind"}),
    ("since=2020-13-01", {"since"}),
    ("since=yesterday", {"since"}),
    ("limit=0", {"limit"}),
    ("limit=101", {"limit"}),
    ("limit=ten", {"limit"}),
    ("cursor=not-a-cursor", {"cursor"}),
    ("submitter=", {"submitter"}),
    ("submitter=S%00X", {"submitter"}),
    ("page=2", {"page"}),
    ("outcome=maybe&kind=decree&limit=-1&sort=id", {"outcome", "kind", "limit", "sort"}),
])
def test_bad_list_parameters_are_422_naming_them(client, query, parameters):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 422
    errors = response.get_json()["errors"]
    assert set(errors) == parameters
    if "page" in errors:
        assert errors["page"] == ["is not a parameter of this endpoint."]

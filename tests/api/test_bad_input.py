"""Bad input is answered 400, 413, 415 or 422 with every offending field named by its path.

None of these tests is marked ``database``: a rejected body never reaches the database
(the unmarked app's database has no tables, so a write would fail the test).
"""

from __future__ import annotations

import copy
import io
import json

import pytest
from sqlalchemy import func, select

from service.storage.models import DecisionLogEntry, Submission

URLS = ["/api/v1/prechecks", "/api/v1/submissions"]


def post_raw(client, url: str, data: bytes, content_type: str | None = "application/json",
             **kwargs):
    headers = {"Content-Type": content_type} if content_type else {}
    return client.post(url, data=data, headers=headers, **kwargs)


def errors_of(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert body["status"] == status
    assert body["errors"] and all(isinstance(m, list) and m for m in body["errors"].values())
    return body["errors"]


# --- not one JSON object: 400 -------------------------------------------------------------

NOT_JSON = {
    "truncated": b'{"kind": ',
    "trailing data": b'{} {}',
    "single quotes": b"{'kind': 'publication'}",
    "empty": b"",
    "only white space": b"  \n ",
    "not UTF-8": b'{"reference": "\xff\xfe"}',
    "NaN": b'{"kind": NaN}',
    "Infinity": b'{"procedures": [{"time_limit": {"value": Infinity}}]}',
    "an integer of 5000 digits": b'{"reference": ' + b"9" * 5000 + b"}",
    "nested 40 deep": b'{"a":' * 40 + b"1" + b"}" * 40,
    "nested 100000 deep": b"[" * 100000 + b"]" * 100000,
    "a list": b"[]",
    "a string": b'"submission"',
    "null": b"null",
    "a number": b"42",
}


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("data", NOT_JSON.values(), ids=NOT_JSON.keys())
def test_what_is_not_one_json_object_is_400(client, url, data):
    assert list(errors_of(post_raw(client, url, data), 400)) == ["body"]


# --- contract violations: 422 naming every path -------------------------------------------

def _set(body: dict, path: str, value) -> dict:
    *parents, last = path.split(".")
    node = body
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is _DELETE:
        del node[int(last) if isinstance(node, list) else last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return body


_DELETE = object()
STEP = "internal_procedures.0.steps.0"

VIOLATIONS = {
    # wrong types
    "kind is a number": ({"kind": 5}, ["kind"]),
    "submitted_on is a number": ({"submitted_on": 20200302}, ["submitted_on"]),
    "procedures is an object": ({"procedures": {}}, ["procedures"]),
    "tiers is a string": ({"procedures.0.tiers": "province"}, ["procedures.0.tiers"]),
    "order is a string": ({f"{STEP}.order": "1"}, [f"{STEP}.order"]),
    "order is 1.5": ({f"{STEP}.order": 1.5}, [f"{STEP}.order"]),
    "order is true": ({f"{STEP}.order": True}, [f"{STEP}.order"]),
    "a boolean is a string": ({"procedures.0.has_approved_internal_procedure": "yes"},
                              ["procedures.0.has_approved_internal_procedure"]),
    "a boolean is 1": ({f"{STEP}.counted": 1}, [f"{STEP}.counted"]),
    "a duration is a string": ({f"{STEP}.duration.value": "4"}, [f"{STEP}.duration.value"]),
    "a duration is negative": ({f"{STEP}.duration.value": -1}, [f"{STEP}.duration.value"]),
    "an agency is a string": ({"submitter": "SXD"}, ["submitter"]),
    "documents is a string": ({"documents": "to_trinh"}, ["documents"]),
    # unknown fields, at every depth
    "unknown top-level field": ({"extra": 1}, ["extra"]),
    "unknown field in an agency": ({"submitter.phone": "1"}, ["submitter.phone"]),
    "unknown field in a procedure": ({"procedures.0.fee": 0}, ["procedures.0.fee"]),
    "unknown field in a duration": ({f"{STEP}.duration.days": 1},
                                    [f"{STEP}.duration.days"]),
    # unknown enum values
    "unknown kind": ({"kind": "decree"}, ["kind"]),
    "unknown agency type": ({"submitter.type": "ministry"}, ["submitter.type"]),
    "unknown tier": ({"procedures.0.tiers": ["region"]}, ["procedures.0.tiers.0"]),
    "unknown unit": ({f"{STEP}.duration.unit": "hours"}, [f"{STEP}.duration.unit"]),
    "unknown document": ({"documents": ["letter"]}, ["documents.0"]),
    "a repeated document": ({"documents": ["to_trinh", "to_trinh"]}, ["documents"]),
    # missing required fields
    "no kind": ({"kind": _DELETE}, ["kind"]),
    "no submitted_on": ({"submitted_on": _DELETE}, ["submitted_on"]),
    "no procedures": ({"procedures": _DELETE}, ["procedures"]),
    "no procedures at all": ({"procedures": []}, ["procedures"]),
    "a procedure without a name": ({"procedures.0.name": _DELETE}, ["procedures.0.name"]),
    "an agency without a type": ({"submitter.type": _DELETE}, ["submitter.type"]),
    "a publication without addressed_to": ({"addressed_to": _DELETE}, ["addressed_to"]),
    "a publication without change": ({"procedures.0.change": _DELETE},
                                     ["procedures.0.change"]),
    "a province procedure without reception": ({"procedures.0.reception": _DELETE},
                                               ["procedures.0.reception"]),
    # null and blank for required fields
    "kind is null": ({"kind": None}, ["kind"]),
    "kind is blank": ({"kind": "  "}, ["kind"]),
    "a procedure name is empty": ({"procedures.0.name": ""}, ["procedures.0.name"]),
    "the submitter is null": ({"submitter": None}, ["submitter"]),
    # values out of their range
    "not a real date": ({"submitted_on": "2020-02-30"}, ["submitted_on"]),
    "a date without leading zeros": ({"submitted_on": "2020-3-2"}, ["submitted_on"]),
    "a date and time": ({"submitted_on": "2020-03-02T00:00:00"}, ["submitted_on"]),
    "a malformed TTHC code": ({"procedures.0.code": "1.00999"}, ["procedures.0.code"]),
    "a TTHC code in other digits": ({"procedures.0.code": "1.٠٠٩٩٩٤"}, ["procedures.0.code"]),
    "a reference of 101 characters": ({"reference": "Đ" * 101}, ["reference"]),
    "order 0": ({f"{STEP}.order": 0}, [f"{STEP}.order"]),
    # broken cross-references
    "an internal procedure of no procedure": (
        {"internal_procedures.0.procedure_code": "1.000001"},
        ["internal_procedures.0.procedure_code"]),
    "an internal procedure at a tier the procedure lacks": (
        {"internal_procedures.0.tier": "commune"}, ["internal_procedures.0.tier"]),
    "two steps with the same order": ({"internal_procedures.0.steps.1.order": 1},
                                      ["internal_procedures.0.steps"]),
    # contract v1.1 fields
    "an unknown province": ({"province": "vinh-phuc-2"}, ["province"]),
    "a province by its Vietnamese name": ({"province": "Vĩnh Phúc"}, ["province"]),
    "an unknown way of signing": ({"approver.signed_as": "deputy"}, ["approver.signed_as"]),
    "a signer of 201 characters": ({"approver.signer": "Đ" * 201}, ["approver.signer"]),
    "a variant of 301 characters": ({"internal_procedures.0.variant": "a" * 301},
                                    ["internal_procedures.0.variant"]),
    "an internal procedure's time limit in minutes": (
        {"internal_procedures.0.time_limit": {"value": 5, "unit": "minutes"}},
        ["internal_procedures.0.time_limit.unit"]),
    # contract v1.2: open points
    "an open point of no kind": ({"open_points": [{"place": "tệp a.docx, bảng 1"}]},
                                 ["open_points.0.kind"]),
    "an open point of an unknown kind": (
        {"open_points": [{"kind": "unread", "place": "tệp a.docx, bảng 1"}]},
        ["open_points.0.kind"]),
    "an open point with a blank place": ({"open_points": [{"kind": "unplaced_table",
                                                            "place": "  "}]},
                                         ["open_points.0.place"]),
    "an open point's place of 301 characters": (
        {"open_points": [{"kind": "unplaced_table", "place": "p" * 301}]},
        ["open_points.0.place"]),
    "an unplaced table naming a procedure": (
        {"open_points": [{"kind": "unplaced_table", "place": "x",
                          "procedure_code": "1.009994"}]}, ["open_points.0.procedure_code"]),
    "a total that differs without its totals": (
        {"open_points": [{"kind": "total_differs", "place": "x",
                          "procedure_code": "1.009994", "tier": "province"}]},
        ["open_points.0.printed", "open_points.0.summed"]),
    "a total that differs of no procedure": (
        {"open_points": [{"kind": "total_differs", "place": "x",
                          "procedure_code": "1.000001", "tier": "province",
                          "printed": {"value": 2, "unit": "working_days"},
                          "summed": {"value": 1, "unit": "working_days"}}]},
        ["open_points.0.procedure_code"]),
    "a total that differs at a tier the procedure lacks": (
        {"open_points": [{"kind": "total_differs", "place": "x",
                          "procedure_code": "1.009994", "tier": "commune",
                          "printed": {"value": 2, "unit": "working_days"},
                          "summed": {"value": 1, "unit": "working_days"}}]},
        ["open_points.0.tier"]),
    "a total that differs of a case no internal procedure has": (
        {"open_points": [{"kind": "total_differs", "place": "x",
                          "procedure_code": "1.009994", "tier": "province", "variant": "b)",
                          "printed": {"value": 2, "unit": "working_days"},
                          "summed": {"value": 1, "unit": "working_days"}}]},
        ["open_points.0.variant"]),
    "an unknown field of an open point": (
        {"open_points": [{"kind": "unplaced_table", "place": "x", "table": 5}]},
        ["open_points.0.table"]),
    "1,001 open points": ({"open_points": [{"kind": "unplaced_table", "place": "x"}] * 1001},
                          ["open_points"]),
    # storage limits
    "a NUL character": ({"reference": "125\u0000/TTr"}, ["reference"]),
    "an unpaired surrogate": ({"procedures.0.name": "C\ud800p"}, ["procedures.0.name"]),
}


def violating(example, changes: dict) -> dict:
    body = example()
    for path, value in changes.items():
        _set(body, path, value)
    return body


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("changes, paths", VIOLATIONS.values(), ids=VIOLATIONS.keys())
def test_a_contract_violation_is_422_naming_the_field(client, example, url, changes, paths):
    data = json.dumps(violating(example, changes)).encode()  # \ud800 escaped, as JSON allows
    errors = errors_of(post_raw(client, url, data), 422)
    assert set(paths) <= set(errors), errors


def test_every_offending_field_is_named_at_once(client, example):
    body = example()
    body["kind"] = "decree"
    body["submitter"]["extra"] = True
    body["procedures"][0]["code"] = "X"
    body["procedures"][0]["tiers"] = []
    body["internal_procedures"][0]["steps"][2]["duration"]["unit"] = "minutes"
    body["internal_procedures"][0]["coordinating"][0].pop("type")
    errors = errors_of(client.post("/api/v1/prechecks", json=body), 422)
    assert {"kind", "submitter.extra", "procedures.0.code", "procedures.0.tiers",
            "internal_procedures.0.steps.2.duration.unit",
            "internal_procedures.0.coordinating.0.type"} <= set(errors)


def test_duplicate_procedures_and_internal_procedures_are_named(client, example):
    body = example()
    body["procedures"].append(copy.deepcopy(body["procedures"][0]))
    body["internal_procedures"].append(copy.deepcopy(body["internal_procedures"][0]))
    errors = errors_of(client.post("/api/v1/prechecks", json=body), 422)
    assert {"procedures.1.code", "internal_procedures.1"} <= set(errors)


def test_variants_of_one_procedure_and_tier_are_distinct_entries(example):
    from service.contract.schemas import BadInput, load_submission

    body = example()
    second = copy.deepcopy(body["internal_procedures"][0])
    body["internal_procedures"][0]["variant"] = "a) Trường hợp không thành lập hội đồng"
    second["variant"] = "b) Trường hợp thành lập hội đồng"
    body["internal_procedures"].append(second)
    assert len(load_submission(copy.deepcopy(body))["internal_procedures"]) == 2
    # the same variant written with other white space is the same entry
    second["variant"] = " a)\u00a0Trường hợp không thành lập   hội đồng "
    with pytest.raises(BadInput) as caught:
        load_submission(body)
    assert "«" in caught.value.errors["internal_procedures.1"][0]


@pytest.mark.parametrize("url", URLS)
def test_duplicate_keys_are_named_at_their_paths(client, example, url):
    text = json.dumps(example(), ensure_ascii=False)
    text = text.replace('"kind": "publication"', '"kind": "publication", "kind": "publication"')
    text = text.replace('"code": "1.009994"', '"code": "1.009994", "code": "1.009995"')
    errors = errors_of(post_raw(client, url, text.encode()), 422)
    assert {"kind", "procedures.0.code"} <= set(errors)
    assert "duplicate key" in errors["kind"][0]


# --- size and content type ----------------------------------------------------------------

@pytest.mark.parametrize("url", URLS)
def test_a_body_over_the_default_limit_is_413(client, example, url):
    body = example()
    body["reference"] = "x" * (1024 * 1024)
    errors = errors_of(client.post(url, json=body), 413)
    assert "1048576 bytes" in errors["body"][0]


@pytest.mark.parametrize("url", URLS)
def test_the_limit_is_configurable(settings, app, url):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    big = json.dumps({"reference": "x" * 1000}).encode()
    assert errors_of(post_raw(app.test_client(), url, big), 413) == {
        "body": ["is larger than the limit of 1000 bytes."]}


def test_a_chunked_body_over_the_limit_is_413(app):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    stream = io.BytesIO(json.dumps({"reference": "x" * 5000}).encode())
    response = app.test_client().post(
        "/api/v1/prechecks", input_stream=stream, environ_base={"wsgi.input_terminated": True},
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
    errors_of(response, 413)


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("content_type", [
    None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
    "application/xml", "application/json; charset=latin-1"])
def test_a_body_not_declared_json_is_415(client, example, url, content_type):
    data = json.dumps(example()).encode()
    errors = errors_of(post_raw(client, url, data, content_type), 415)
    assert list(errors) == ["Content-Type"]


# --- nothing is stored --------------------------------------------------------------------

@pytest.mark.database
def test_bad_input_stores_nothing(client, example, store):
    for url in URLS:
        errors_of(client.post(url, json=violating(example, {"kind": "decree"})), 422)
        errors_of(post_raw(client, url, b"{"), 400)
        errors_of(post_raw(client, url, b"{}", "text/plain"), 415)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Submission)) == 0
        assert session.scalar(select(func.count()).select_from(DecisionLogEntry)) == 0

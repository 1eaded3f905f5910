"""The access-control matrix: every route of the application × every kind of caller × data
of the caller's own agency or of another, one parametrised test.

The cells come from the application's URL map, so a new endpoint is a failing cell until
``SPEC`` below says who may call it (and ``REQUESTS`` how to call it). ``SPEC`` is the
specification, written apart from ``service.trust.auth.POLICY``, which implements it.
"""

from __future__ import annotations

import copy
import io
import json
from dataclasses import dataclass

import pytest

from service.app import create_app
from service.contract.schemas import load_submission
from service.engine import get_engine
from service.trust import auth

from .conftest import API_CHECKS, fresh_database, load_example

pytestmark = pytest.mark.database

OWN, OTHER = "SXD", "SYT"  # the submitter key's agency, and another
ANONYMOUS = ("anonymous", "unknown key", "revoked key")
CALLERS = (*ANONYMOUS, "submitter", "reviewer", "admin")
DATA = ("own", "other")

# Who may call what. "open": anyone, with or without a key. Otherwise the roles allowed,
# and for a submitter: "body" (only as its own agency, else 403 naming submitter.code) or
# "read" (its own agency's data only: another's is a 404, a list holds only its own).
OPEN = "open"
SPEC: dict[str, object] = {
    "static": OPEN,
    "api-docs.openapi_json": OPEN,
    "health.healthz": OPEN,
    "health.readyz": OPEN,
    "rules.list_rules": OPEN,
    "rules.get_rule": OPEN,
    "policies.list_policies": OPEN,
    "prechecks.create_precheck": ({"submitter", "reviewer", "admin"}, "body"),
    "readings.create_reading": ({"submitter", "reviewer", "admin"}, None),
    "submissions.create_submission": ({"submitter"}, "body"),
    "submissions.list_submissions": ({"submitter", "reviewer", "admin"}, "read"),
    "submissions.get_submission": ({"submitter", "reviewer", "admin"}, "read"),
    "registry.import_list": ({"reviewer", "admin"}, None),
    "registry.get_procedure": ({"submitter", "reviewer", "admin"}, None),
    "registry.get_coverage": ({"reviewer", "admin"}, None),
    "registry.create_approval": ({"reviewer"}, None),
    "registry.get_approval": ({"reviewer", "admin"}, None),
    "audit.get_head": ({"submitter", "reviewer", "admin"}, None),
    "admin.list_keys": ({"admin"}, None),
    "admin.create_key": ({"admin"}, None),
    "admin.revoke_key": ({"admin"}, None),
    "admin.reload_policies": ({"admin"}, None),
    "web.static": OPEN,
    "web.home": OPEN,
    "web.check": OPEN,
    "web.check_reading": OPEN,
    "web.check_reading_verdict": OPEN,
    "web.rules": OPEN,
    "web.rule": OPEN,
    "web.directive": OPEN,
    "web.submissions": ({"reviewer", "admin"}, None),
    "web.submission": ({"reviewer", "admin"}, None),
    "web.coverage": ({"reviewer", "admin"}, None),
    "web.coverage_gaps_csv": ({"reviewer", "admin"}, None),
    "web.login": OPEN,
    "web.logout": OPEN,
    "web.language": OPEN,
}


@dataclass
class World:
    app: object
    store: object
    tokens: dict[str, str]
    submission_ids: dict[str, str]  # "own"/"other" -> a stored submission of that agency
    rule_id: str

    def body(self, data: str) -> dict:
        body = copy.deepcopy(load_example())
        body["submitter"]["code"] = OWN if data == "own" else OTHER
        return body


# A draft decision to read (a step table with its code printed in the heading).
READING = ("<html><body><p>ỦY BAN NHÂN DÂN TỈNH CAO BẰNG</p><p>QUYẾT ĐỊNH</p>"
           "<p>Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính</p>"
           "<p>1. Cấp giấy phép (Mã TTHC: 1.001806)</p><table>"
           "<tr><td>Bước</td><td>Nội dung công việc</td><td>Trách nhiệm</td><td>Thời gian</td></tr>"
           "<tr><td>Bước 1</td><td>Tiếp nhận hồ sơ</td><td>Trung tâm</td><td>04 giờ</td></tr>"
           "</table></body></html>")

# How to call each endpoint, for data of the submitter's agency ("own") or another's, and
# the statuses that mean "let through". Endpoints whose success needs more set-up than the
# matrix has (a registry file, an approvable submission) are let through when they answer
# anything but 401/403 — their own tests cover the rest.
GATE = "anything but 401 and 403"


def _requests(world: World, endpoint: str, method: str, data: str):
    sid = world.submission_ids[data]
    agency = OWN if data == "own" else OTHER
    if (endpoint, method) == ("admin.revoke_key", "DELETE"):
        return (f"/api/v1/admin/keys/{_throwaway_key(world)}",), {}, {200}
    table = {
        ("static", "GET"): (("/static/nothing.css",), {}, {404}),
        ("api-docs.openapi_json", "GET"): (("/openapi.json",), {}, {200}),
        ("health.healthz", "GET"): (("/healthz",), {}, {200}),
        ("health.readyz", "GET"): (("/readyz",), {}, {200}),
        ("rules.list_rules", "GET"): (("/api/v1/rules",), {}, {200}),
        ("rules.get_rule", "GET"): ((f"/api/v1/rules/{world.rule_id}",), {}, {200}),
        ("policies.list_policies", "GET"): (("/api/v1/policies",), {}, {200}),
        ("prechecks.create_precheck", "POST"): (("/api/v1/prechecks",),
                                                {"json": world.body(data)}, {200}),
        ("readings.create_reading", "POST"): (("/api/v1/readings",), {
            "data": {"files": (io.BytesIO(READING.encode()), "du-thao.html")},
            "content_type": "multipart/form-data"}, {200}),
        ("submissions.create_submission", "POST"): (("/api/v1/submissions",),
                                                    {"json": world.body(data)}, {201}),
        ("submissions.list_submissions", "GET"): (("/api/v1/submissions",),
                                                  {"query_string": {"submitter": agency}},
                                                  {200}),
        ("submissions.get_submission", "GET"): ((f"/api/v1/submissions/{sid}",), {}, {200}),
        ("registry.import_list", "POST"): (("/api/v1/registry/imports",),
                                           {"data": "", "content_type": "text/csv"}, GATE),
        ("registry.get_procedure", "GET"): (("/api/v1/registry/procedures/1.009994",), {},
                                            GATE),
        ("registry.get_coverage", "GET"): (("/api/v1/coverage",), {}, {200}),
        ("registry.create_approval", "POST"): ((f"/api/v1/submissions/{sid}/approval",),
                                               {"json": {}}, GATE),
        ("registry.get_approval", "GET"): ((f"/api/v1/submissions/{sid}/approval",), {},
                                           GATE),
        ("audit.get_head", "GET"): (("/api/v1/audit/head",), {}, {200}),
        ("admin.list_keys", "GET"): (("/api/v1/admin/keys",), {}, {200}),
        ("admin.create_key", "POST"): (("/api/v1/admin/keys",),
                                       {"json": {"role": "submitter", "agency": agency}},
                                       {201}),
        ("admin.reload_policies", "POST"): (("/api/v1/admin/reload",), {}, {200}),
        ("web.static", "GET"): (("/web/static/web.css",), {}, {200}),
        ("web.home", "GET"): (("/",), {}, {302}),
        ("web.check", "GET"): (("/check",), {}, {200}),
        # a page's form without its CSRF token is refused (400) unless a key is in a header
        ("web.check", "POST"): (("/check",), {"data": {"example": "contract-example.json"}},
                                {200, 400}),
        ("web.login", "GET"): (("/login",), {}, {200}),
        ("web.login", "POST"): (("/login",), {"data": {}}, {400, 401}),
        ("web.logout", "POST"): (("/logout",), {}, {303, 400}),
        ("web.language", "GET"): (("/language/vi",), {}, {303}),
        ("web.check_reading", "GET"): (("/check/reading",), {}, {200}),
        ("web.check_reading", "POST"): (("/check/reading",), {
            "data": {"files": (io.BytesIO(READING.encode()), "du-thao.html")},
            "content_type": "multipart/form-data"}, {200, 400}),
        ("web.check_reading_verdict", "POST"): (("/check/reading/verdict",), {
            "data": {"submission": json.dumps(load_example())}}, {200, 400}),
        ("web.rules", "GET"): (("/rules",), {}, {200}),
        ("web.rule", "GET"): ((f"/rules/{world.rule_id}",), {}, {200}),
        ("web.directive", "GET"): (("/directive",), {}, {200}),
        ("web.submissions", "GET"): (("/submissions",), {}, {200}),
        ("web.submission", "GET"): ((f"/submissions/{sid}",), {}, {200}),
        ("web.coverage", "GET"): (("/coverage",), {}, {200}),
        ("web.coverage_gaps_csv", "GET"): (("/coverage/gaps.csv",), {}, {200}),
    }
    return table.get((endpoint, method))


def _throwaway_key(world: World) -> int:
    key, _ = auth.create_key(world.store, "reviewer", name="throwaway")
    return key.id


def _routes() -> list[tuple[str, str]]:
    app = create_app({"TESTING": True, "DATABASE_URL": "sqlite://", "MIGRATE_ON_START": False,
                      "AUTH": True})
    try:
        return sorted({(rule.endpoint, method) for rule in app.url_map.iter_rules()
                       for method in rule.methods - {"HEAD", "OPTIONS"}})
    finally:
        app.extensions["tthc-rules"]["store"].dispose()


ROUTES = _routes()
CELLS = [(endpoint, method, caller, data) for endpoint, method in ROUTES
         for caller in CALLERS for data in DATA]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with fresh_database(tmp_path_factory.mktemp("access"), "access") as url:
        app = create_app({"TESTING": True, "DATABASE_URL": url, "MIGRATE_ON_START": True,
                          "AUTH": True})
        store = app.extensions["tthc-rules"]["store"]
        tokens = {"submitter": auth.create_key(store, "submitter", OWN, "own agency")[1],
                  "reviewer": auth.create_key(store, "reviewer")[1],
                  "admin": auth.create_key(store, "admin")[1],
                  "unknown key": "tthc_" + "x" * 43}
        revoked, tokens["revoked key"] = auth.create_key(store, "admin", name="gone")
        auth.revoke_key(store, revoked.id)
        ids = {}
        for data, agency in (("own", OWN), ("other", OTHER)):
            body = load_example()
            body["submitter"]["code"] = agency
            stored = store.create_submission(load_submission(body),
                                             lambda s: get_engine().evaluate(s))
            ids[data] = stored.submission.id
        rule_id = get_engine().policies.rules[0].id
        yield World(app, store, tokens, ids, rule_id)
        store.dispose()


def expected(endpoint: str, caller: str, data: str) -> str:
    """"ok", 401, 403, "hidden" (a 404 or a list without the other agency's items)."""
    spec = SPEC[endpoint]
    if spec == OPEN:
        return "ok"
    roles, scope = spec
    if caller in ANONYMOUS:
        return "401"
    if caller not in roles:
        return "403"
    if caller == "submitter" and data == "other" and scope == "body":
        return "403 submitter.code"
    if caller == "submitter" and data == "other" and scope == "read":
        return "hidden"
    return "ok"


def _check_body(world: World, method: str, path: str, response) -> None:
    if path.startswith(("/api/", "/healthz", "/readyz")):
        API_CHECKS.check_documented(world.app, method, path, response)
    elif response.status_code in (401, 403):  # a page in the site's frame
        assert response.mimetype == "text/html"


def test_every_route_is_in_the_specification_and_the_policy_table():
    endpoints = {endpoint for endpoint, _ in ROUTES}
    assert endpoints - set(SPEC) == set(), "say in SPEC who may call these endpoints"
    assert endpoints - set(auth.POLICY) == set(), "these endpoints are denied to everyone"
    assert set(auth.POLICY) - endpoints == set(), "the policy names endpoints that are gone"


@pytest.mark.parametrize("endpoint, method, caller, data", CELLS,
                         ids=["-".join(c).replace(" ", "_") for c in CELLS])
def test_access_matrix(world, endpoint, method, caller, data):
    assert endpoint in SPEC, f"say in SPEC who may call {endpoint}"
    call = _requests(world, endpoint, method, data)
    assert call is not None, f"say in _requests how to call {method} {endpoint}"
    (path,), options, allowed = call
    headers = {} if caller == "anonymous" else {
        "Authorization": f"Bearer {world.tokens[caller]}"}
    with world.app.test_client().open(path, method=method, headers=headers,
                                      **options) as response:
        _check(world, endpoint, method, path, caller, data, allowed, response)


def _check(world, endpoint, method, path, caller, data, allowed, response) -> None:
    want = expected(endpoint, caller, data)
    status = response.status_code
    _check_body(world, method, path, response)
    page = endpoint.startswith("web.")
    if want == "401":
        assert status == 401, response.get_data(as_text=True)[:300]
        assert "Bearer" in response.headers["WWW-Authenticate"]
        assert page or list(response.get_json()["errors"]) == ["Authorization"]
    elif want.startswith("403"):
        assert status == 403, response.get_data(as_text=True)[:300]
        field = want.partition(" ")[2] or "Authorization"
        assert page or list(response.get_json()["errors"]) == [field]
    elif want == "hidden":
        if method == "GET" and endpoint.endswith("list_submissions"):
            assert status == 200
            assert response.get_json()["items"] == []
        else:  # the very answer a submission that does not exist gets
            assert status == 404
            sid = world.submission_ids["other"]
            assert response.get_json()["errors"] == {"id": [f"no submission {sid}."]}
    elif allowed == GATE:
        assert status not in (401, 403) and status < 500, response.get_data(as_text=True)
    else:
        assert status in allowed, response.get_data(as_text=True)[:500]
        if endpoint.endswith("list_submissions"):
            items = response.get_json()["items"]
            assert items and {i["submitter"]["code"] for i in items} == {
                OWN if data == "own" else OTHER}

"""The hardening probes under real gunicorn (one server for the module, two workers, the
default ``TTHC_AUTH=auto`` on loopback): hostile uploads cost a worker neither its memory
nor its time, authentication holds behind a proxy, a signed-out cookie is refused, and wrong
keys meet a 429 long before the sixtieth. The limits are set low here so that small files
trip them quickly; ``bench/trust_probes.py --only hardening`` runs the same probes at the
issue's sizes and prints the figures."""

from __future__ import annotations

import http.cookiejar
import io
import json
import re
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from hostile_files import long_document, many_headers, workbook_lying_about_a_part
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from bench.server import Gunicorn
from generators.decisions import SIMPLE_STEPS, to_docx
from tests.documents.test_variants import PROVINCE_TIER, draft, steps_sheet

pytestmark = pytest.mark.slow
GIB = 1024 * 1024 * 1024
GOOD = to_docx(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                     steps_sheet(SIMPLE_STEPS)))
PROXIED = {"Via": "1.1 nginx"}  # what a proxy in front adds (over plain HTTP: the test's
# cookie jar keeps a Secure cookie, which gunicorn makes for X-Forwarded-Proto: https)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from service.storage import Store
    from service.trust import auth

    folder = tmp_path_factory.mktemp("gunicorn")
    url = f"sqlite:///{folder / 'served.sqlite3'}"
    store = Store(url)
    store.upgrade()
    reviewer = auth.create_key(store, "reviewer")[1]
    store.dispose()
    log = folder / "gunicorn.log"
    served = Gunicorn(url, 2, {"TTHC_READ_MEMORY_MIB": "64", "TTHC_READ_SECONDS": "3",
                               "TTHC_RATE_LIMITS": "on", "TTHC_RATE_LIMIT_STORAGE": "database",
                               "TTHC_AUDIT_ANCHORS": str(folder / "anchors.jsonl"),
                               "TTHC_AUTH": "auto"},
                      ("--timeout", "10", "--max-requests", "1000", "--max-requests-jitter",
                       "100", "--log-file", str(log), "--capture-output"))
    served.reviewer, served.log = reviewer, log
    yield served
    served.stop()


def call(server, path: str, method: str = "GET", body: bytes | None = None,
         headers: dict | None = None, opener=None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(server.url + path, data=body, method=method,
                                     headers=headers or {})
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def upload(server, path: str, field: str, name: str, data: bytes, opener=None, **form):
    boundary, body = encode_multipart({field: FileStorage(io.BytesIO(data), name), **form})
    return call(server, path, "POST", body,
                {"Content-Type": f"multipart/form-data; boundary={boundary}"}, opener)


def workers(server) -> list[int]:
    pid = server.process.pid
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def peak_rss(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) * 1024


def test_hostile_uploads_cost_a_worker_neither_its_memory_nor_its_time(server, tmp_path):
    before = workers(server)
    many = many_headers(GOOD, 20, 1024 * 1024)  # 20 × 1 MiB of header XML
    status, _, body = upload(server, "/api/v1/readings", "files", "headers.docx", many)
    assert status == 422 and "XML" in json.loads(body)["errors"]["files.0"][1]
    # within the zip's limits, ~100 MiB and several seconds to parse: past the memory a
    # reading may take or its time, whichever comes first (the worker's free heap, which
    # the reading may reuse, decides)
    heavy = long_document(GOOD, 6)
    status, _, body = upload(server, "/api/v1/readings", "files", "long.docx", heavy)
    assert status == 422, body[:300]
    said = json.loads(body)["errors"]["files"][0]
    assert "(giới hạn 64 MiB)" in said or "(giới hạn 3 giây)" in said
    lying = workbook_lying_about_a_part(tmp_path / "lying.xlsx")
    status, _, body = upload(server, "/api/v1/registry/imports", "file", "lying.xlsx", lying)
    assert status == 400 and "tệp nén bất thường" in json.loads(body)["errors"]["file"][0]
    # the pages answer with a page, never a JSON 500
    jar = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
        http.cookiejar.CookieJar()))
    form = call(server, "/check/reading", opener=jar)[2].decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    status, headers, page = upload(server, "/check/reading", "files", "long.docx", heavy,
                                   opener=jar, csrf_token=token)
    assert status == 422 and headers["Content-Type"].startswith("text/html")
    assert "cần quá nhiều bộ nhớ" in page.decode() or "mất quá nhiều thời gian" in page.decode()
    assert call(server, "/readyz")[0] == 200
    assert workers(server) == before  # no worker died or was replaced
    assert all(peak_rss(pid) < GIB for pid in before)
    log = server.log.read_text(errors="replace")
    assert "WORKER TIMEOUT" not in log and "Traceback" not in log


@pytest.mark.parametrize("header", [{"X-Forwarded-Proto": "https"}, {"Via": "1.1 nginx"},
                                    {"X-Forwarded-Host": "tthc.example.gov.vn"},
                                    {"Host": "tthc.example.gov.vn"}])
def test_behind_a_proxy_keys_are_required(server, header):
    assert call(server, "/api/v1/admin/keys")[0] == 200  # on this host: auth is off
    assert call(server, "/api/v1/admin/keys", headers=header)[0] == 401
    reviewer = {"Authorization": f"Bearer {server.reviewer}", **header}
    assert call(server, "/api/v1/admin/keys", headers=reviewer)[0] == 403


def test_a_signed_out_cookie_is_refused(server):
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def token(path: str) -> str:
        status, _, page = call(server, path, headers=PROXIED, opener=browser)
        found = re.search(r'name="csrf_token" value="([^"]+)"', page.decode())
        assert found, (status, page.decode()[:3000])
        return found.group(1)
    body = f"key={server.reviewer}&csrf_token={token('/login')}".encode()
    signed_in = call(server, "/login", "POST", body, {
        **PROXIED, "Content-Type": "application/x-www-form-urlencoded"}, browser)
    assert signed_in[0] == 200  # followed to the pre-check page
    cookie = next(c.value for c in jar if c.name == "tthc_session")
    copied = {**PROXIED, "Cookie": f"tthc_session={cookie}"}
    assert call(server, "/submissions", headers=copied)[0] == 200
    form = f"csrf_token={token('/submissions')}".encode()
    call(server, "/logout", "POST", form, {
        **PROXIED, "Content-Type": "application/x-www-form-urlencoded"}, browser)
    assert call(server, "/submissions", headers=copied)[0] == 401


def test_wrong_keys_meet_a_429_before_the_sixtieth(server):
    """Last in the module: this address is refused keys for a minute after it."""
    for number in range(1, 61):
        status, headers, body = call(server, "/api/v1/admin/keys", headers={
            **PROXIED, "Authorization": f"Bearer tthc_{uuid.uuid4().hex}"})
        if status == 429:
            break
        assert status == 401
    assert status == 429 and number <= 21, number  # counted across both workers
    assert int(headers["Retry-After"]) >= 1 and json.loads(body)["status"] == 429

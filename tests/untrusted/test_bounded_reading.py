"""Uploads read within a memory and a time limit, over HTTP: a file that would need more is a
clear 422 (Vietnamese and English), on the API, on the reading page and for the registry's
import, never a 500; a file within the limits is read as before."""

from __future__ import annotations

import io
import re

import pytest
from hostile_files import LIST, long_document
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from generators.decisions import SIMPLE_STEPS, to_docx
from tests.documents.test_variants import PROVINCE_TIER, draft, steps_sheet

GOOD = to_docx(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                     steps_sheet(SIMPLE_STEPS)))


@pytest.fixture(scope="module")
def heavy() -> bytes:
    """3 MiB of paragraphs: within every limit of the zip, some 40 MiB once parsed."""
    return long_document(GOOD, 3)


def upload(client, path: str, name: str, data: bytes, **form):
    """A multipart body built in memory (the test client would spool a large one to a
    temporary file that it leaves open when the answer is a 413)."""
    boundary, body = encode_multipart({"files": FileStorage(io.BytesIO(data), name), **form})
    return client.post(path, data=body,
                       content_type=f"multipart/form-data; boundary={boundary}")


def greedy(*args, **kwargs):
    """A reader that takes all the memory it can (what a hostile file makes of one). The
    memory a real file takes is measured under gunicorn (``tests/test_gunicorn.py``): here
    the calling process's free heap, which the reading may reuse, varies with the tests
    run before."""
    return [bytearray(1024 * 1024) for _ in range(4096)]


@pytest.fixture
def hostile(monkeypatch):
    monkeypatch.setattr("service.documents.read_files", greedy)


@pytest.mark.parametrize("bound, said", [
    ({"READ_MEMORY_MIB": 64}, ("64 MiB", "bộ nhớ")),
    ({"READ_SECONDS": 0.05}, ("0.05", "thời gian"))])
def test_the_api_refuses_a_reading_past_its_bounds(app, client, heavy, bound, said,
                                                   monkeypatch):
    app.config.update(bound)
    if "READ_MEMORY_MIB" in bound:
        monkeypatch.setattr("service.documents.read_files", greedy)
    response = upload(client, "/api/v1/readings", "du-thao.docx", heavy)
    assert response.status_code == 422
    vi, en = response.get_json()["errors"]["files"]
    assert said[0] in vi and said[1] in vi and said[0] in en


def csrf(client, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_the_reading_page_refuses_it_with_a_page(app, client, hostile):
    app.config.update(READ_MEMORY_MIB=64)
    response = upload(client, "/check/reading", "du-thao.docx", GOOD,
                      csrf_token=csrf(client, "/check/reading"))
    assert response.status_code == 422 and response.mimetype == "text/html"
    text = response.get_data(as_text=True)
    assert "cần quá nhiều bộ nhớ (giới hạn 64 MiB)" in text and "Traceback" not in text


def test_within_the_bounds_it_is_read(app, client):
    response = upload(client, "/api/v1/readings", "du-thao.docx", GOOD)
    assert response.status_code == 200
    read = response.get_json()["submission"]["internal_procedures"]
    codes = [p["procedure_code"] for p in read]
    assert codes == ["1.001806"]


@pytest.mark.database
def test_the_registry_import_refuses_it_too(app, client):
    app.config.update(READ_SECONDS=0.001)
    rows = LIST + "".join(f"1.{n:06d},Thủ tục {n},Cấp tỉnh,5 ngày,10/QĐ-UBND\n"
                          for n in range(100, 3000))
    response = client.post("/api/v1/registry/imports", data=rows.encode(),
                           content_type="text/csv")
    assert response.status_code == 400
    message = response.get_json()["errors"]["file"][0]
    assert re.search(r"quá nhiều thời gian \(giới hạn 0.001 giây\)", message)


# --- the limits the pages show are the ones the server applies ------------------------------

PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 6000  # 1.5 MB, over MAX_CONTENT_LENGTH


def test_the_reading_page_takes_what_it_advertises(client):
    page = client.get("/check/reading").get_data(as_text=True)
    assert "Tối đa 20 tệp, mỗi tệp không quá 20 MiB, tổng cộng không quá 25 MiB." in page
    taken = upload(client, "/check/reading", "anh.png", PICTURE,
                   csrf_token=csrf(client, "/check/reading"))
    assert taken.status_code == 422  # read, and refused for what it is, not for its size
    assert "Định dạng không được hỗ trợ" in taken.get_data(as_text=True)
    too_large = upload(client, "/check/reading", "anh.png", PICTURE * 18,
                       csrf_token=csrf(client, "/check/reading"))
    assert too_large.status_code == 413 and too_large.mimetype == "text/html"
    assert "vượt giới hạn 25 MiB" in too_large.get_data(as_text=True)


def test_a_413_names_the_limit_of_its_endpoint(client):
    too_large = upload(client, "/api/v1/readings", "anh.png", PICTURE * 18)
    assert too_large.status_code == 413
    assert too_large.get_json()["errors"]["body"] == [
        "is larger than the limit of 26214400 bytes (25 MiB)."]
    small = client.post("/api/v1/prechecks", data=b"[" + b" " * (2 * 1024 * 1024) + b"]",
                        content_type="application/json")
    assert small.status_code == 413
    assert "1048576 bytes (1 MiB)" in small.get_json()["errors"]["body"][0]

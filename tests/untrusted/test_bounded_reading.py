"""Uploads read within a memory and a time limit, over HTTP: a file that would need more is a
clear 422 (Vietnamese and English), on the API, on the reading page and for the registry's
import, never a 500; a file within the limits is read as before."""

from __future__ import annotations

import io
import re

import pytest
from generators.decisions import SIMPLE_STEPS, to_docx
from hostile_files import LIST, long_document

from tests.documents.test_variants import PROVINCE_TIER, draft, steps_sheet

GOOD = to_docx(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                     steps_sheet(SIMPLE_STEPS)))


@pytest.fixture(scope="module")
def heavy() -> bytes:
    """3 MiB of paragraphs: within every limit of the zip, some 40 MiB once parsed."""
    return long_document(GOOD, 3)


def upload(client, path: str, name: str, data: bytes, **form):
    return client.post(path, content_type="multipart/form-data",
                       data={"files": (io.BytesIO(data), name), **form})


@pytest.mark.parametrize("bound, said", [
    ({"READ_MEMORY_MIB": 16}, ("16 MiB", "bộ nhớ")),
    ({"READ_SECONDS": 0.05}, ("0.05", "thời gian"))])
def test_the_api_refuses_a_reading_past_its_bounds(app, client, heavy, bound, said):
    app.config.update(bound)
    response = upload(client, "/api/v1/readings", "du-thao.docx", heavy)
    assert response.status_code == 422
    vi, en = response.get_json()["errors"]["files"]
    assert said[0] in vi and said[1] in vi and said[0] in en


def csrf(client, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_the_reading_page_refuses_it_with_a_page(app, client, heavy):
    app.config.update(READ_MEMORY_MIB=16)
    response = upload(client, "/check/reading", "du-thao.docx", heavy,
                      csrf_token=csrf(client, "/check/reading"))
    assert response.status_code == 422 and response.mimetype == "text/html"
    text = response.get_data(as_text=True)
    assert "cần quá nhiều bộ nhớ (giới hạn 16 MiB)" in text and "Traceback" not in text


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

"""Files a reader must refuse with a clear message (Vietnamese and English), never a
traceback: legacy .doc, .docm with macros, encrypted documents, PDF, RTF, OpenDocument,
zip bombs, 5,000 tables, damaged and empty files; and files it must still read (UTF-16
HTML)."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import pytest
from hostile_files import lying_about, many_headers, rezip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generators.decisions import SIMPLE_STEPS, Draft, to_docx, to_html
from service.documents import Unreadable, read_files
from service.documents.formats import MAX_TABLES

from .conftest import TODAY, assert_contract, ips
from .test_variants import PROVINCE_TIER, draft, steps_sheet

GOOD = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", steps_sheet(SIMPLE_STEPS))


def refused(name: str, data: bytes) -> Unreadable:
    with pytest.raises(Unreadable) as caught:
        read_files([(name, data)], today=TODAY)
    exc = caught.value
    assert exc.file == name and exc.vi and exc.en and "Traceback" not in exc.vi
    return exc


def _zip(entries: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", method) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return stream.getvalue()


def _with(docx: bytes, extra: dict[str, bytes], types: bytes | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(docx))
    entries = {i.filename: source.read(i.filename) for i in source.infolist()}
    if types is not None:
        entries["[Content_Types].xml"] = types
    entries.update(extra)
    return _zip(entries)


def test_an_empty_file():
    assert refused("du-thao.docx", b"").reason == "empty"
    assert refused("du-thao.html", b"  \n\t ").reason == "empty"


def test_a_pdf():
    exc = refused("du-thao.pdf", b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF")
    assert exc.reason == "pdf" and ".docx" in exc.vi


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def test_a_legacy_doc():
    exc = refused("du-thao.doc", OLE + "WordDocument".encode("utf-16-le") + b"\0" * 2048)
    assert exc.reason == "doc" and "lưu lại dưới dạng .docx" in exc.vi


def test_an_encrypted_document():
    data = OLE + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le")
    exc = refused("du-thao.docx", data)
    assert exc.reason == "encrypted" and "mật khẩu" in exc.vi


def test_a_docm_with_macros():
    data = _with(to_docx(GOOD), {"word/vbaProject.bin": b"\0macro" * 100})
    assert refused("du-thao.docm", data).reason == "docm"
    types = zipfile.ZipFile(io.BytesIO(to_docx(GOOD))).read("[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
    assert refused("du-thao.docx", _with(to_docx(GOOD), {}, types)).reason == "docm"


def test_a_zip_bomb():
    bomb = _with(to_docx(GOOD), {"word/media/image1.png": b"\0" * (8 * 1024 * 1024)})
    assert len(bomb) < 200_000
    assert refused("du-thao.docx", bomb).reason == "zip_bomb"
    many = _zip({f"word/part{k}.xml": b"<x/>" for k in range(2100)})
    assert refused("du-thao.docx", many).reason == "zip_bomb"


def test_five_thousand_tables():
    body = to_html([steps_sheet(SIMPLE_STEPS[:1])] * 5000)
    assert refused("du-thao.html", body.encode()).reason == "too_many_tables"
    source = zipfile.ZipFile(io.BytesIO(to_docx([steps_sheet(SIMPLE_STEPS[:1])])))
    xml = source.read("word/document.xml").decode()
    start, end = xml.index("<w:tbl>"), xml.index("</w:tbl>") + len("</w:tbl>")
    xml = xml[:start] + xml[start:end] * 5000 + xml[end:]
    data = _with(to_docx([steps_sheet(SIMPLE_STEPS[:1])]), {"word/document.xml": xml.encode()})
    exc = refused("du-thao.docx", data)
    assert exc.reason == "too_many_tables" and str(MAX_TABLES) in exc.vi


def test_a_docx_that_is_not_a_zip():
    assert refused("du-thao.docx", b"Day la mot van ban thuong").reason == "not_a_zip"


def test_a_damaged_docx():
    data = to_docx(GOOD)
    assert refused("du-thao.docx", data[: len(data) // 2]).reason == "damaged"
    broken = _with(data, {"word/document.xml": b"<w:document><w:body><w:p>"})
    assert refused("du-thao.docx", broken).reason == "damaged"


def test_other_formats():
    assert refused("du-thao.rtf", b"{\\rtf1\\ansi Van ban}").reason == "rtf"
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text",
                "content.xml": b"<x/>"})
    assert refused("du-thao.odt", odt).reason == "odt"
    xlsx = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<x/>"})
    assert refused("danh-muc.xlsx", xlsx).reason == "not_word"
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert refused("anh.png", png).reason == "unsupported"
    assert refused("ghi-chu.txt", "Chỉ là chữ, không phải HTML".encode()).reason == "unsupported"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-8-sig", "utf-16-be"])
def test_html_in_other_encodings_is_read(codec):
    text = to_html(GOOD).replace('charset="utf-8"', "")
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    out = read_files([("du-thao.html", data)], today=TODAY)
    assert set(ips(out)) == {("1.001806", "province", None)}


def test_html_declaring_windows_1258_is_read():
    text = to_html(GOOD).replace('charset="utf-8"', 'charset="windows-1258"')
    out = read_files([("du-thao.html", text.encode("cp1258", errors="strict"))], today=TODAY) \
        if _cp1258_ok(text) else None
    if out is not None:
        assert out["submission"]["province"] == "cao-bang"


def _cp1258_ok(text: str) -> bool:
    try:
        text.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


def test_huge_spans_and_deep_nesting_do_not_break_the_reader():
    wide = ('<html><body><p>QUYẾT ĐỊNH</p><table><tr><td colspan="100000" rowspan="99999">x'
            '</td></tr></table></body></html>')
    out = read_files([("a.html", wide.encode())], today=TODAY)
    assert out["reading"]["tables"] == []
    deep = "<html><body>" + "<div>" * 5000 + "chữ" + "</div>" * 5000 + "</body></html>"
    try:
        read_files([("b.html", deep.encode())], today=TODAY)
    except Unreadable as exc:
        assert exc.reason == "too_deep"


def test_a_file_with_no_decision_in_it_is_read_and_says_so():
    out = read_files([("ghi-chu.html", "<html><body><p>Xin chào</p></body></html>".encode())],
                     today=TODAY)
    assert_contract(out)
    assert out["reading"]["files"][0]["document"] == "unknown"
    assert out["reading"]["contract"]["valid"] is False


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["x.docx", "x.html", "x.doc", "x"]))
def test_arbitrary_bytes_are_read_or_refused(data, name):
    try:
        out = read_files([(name, data)], today=TODAY)
    except Unreadable as exc:
        assert exc.vi and exc.en and exc.reason != "reader_error"
    else:
        assert_contract(out)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_damaged_word_file_is_read_or_refused(data):
    original = bytearray(to_docx(GOOD))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(original) - 1))
        original[at] = data.draw(st.integers(0, 255))
    try:
        out = read_files([("x.docx", bytes(original))], today=TODAY)
    except Unreadable as exc:
        assert exc.vi and exc.en and exc.reason != "reader_error"
    else:
        assert_contract(out)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_any_html_text_is_read_or_refused(text):
    try:
        out = read_files([("x.html", f"<html><body><p>{text}</p></body></html>".encode(
            "utf-8", errors="surrogatepass"))], today=TODAY)
    except Unreadable as exc:
        assert exc.reason != "reader_error"
        return
    assert_contract(out)


def test_the_draft_itself_is_fine():
    assert set(ips(read_files([("x.docx", to_docx(GOOD))], today=TODAY))) == {
        ("1.001806", "province", None)}
    assert isinstance(Draft().items(), list)


def test_a_table_spanning_too_many_positions_is_refused():
    cells = '<td colspan="200">x</td>' * 2000
    rows = f"<tr>{cells}</tr>" + "<tr><td>y</td></tr>" * 10
    page = f"<html><body><table>{rows}</table></body></html>"
    assert refused("rong.html", page.encode()).reason == "table_too_large"


# --- zips that would take the reader's memory -----------------------------------------------

def peak_of(read) -> tuple[object, int]:
    """What ``read()`` gave (or raised) and the most memory Python held meanwhile."""
    tracemalloc.start()
    try:
        try:
            outcome = read()
        except Unreadable as exc:
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_member_that_lies_about_its_size_is_refused_before_it_is_inflated():
    document = zipfile.ZipFile(io.BytesIO(to_docx(GOOD))).read("word/document.xml")
    padded = document + b" " * (64 * 1024 * 1024)  # 64 MiB, declared as the original
    data = lying_about(rezip(to_docx(GOOD), {"word/document.xml": padded}),
                       "word/document.xml", len(document))
    assert len(data) < 200_000
    exc, peak = peak_of(lambda: read_files([("du-thao.docx", data)], today=TODAY))
    assert isinstance(exc, Unreadable) and exc.reason == "zip_bomb"
    assert peak < 16 * 1024 * 1024  # Python's zipfile alone would inflate all 64 MiB


def test_many_header_parts_under_every_other_limit_are_refused():
    """Each header part is 1 MiB (under the ratio check's threshold), all of them well
    under the bytes a file may expand to: their XML together is what is capped."""
    from service.documents.formats import MAX_XML_BYTES

    count = MAX_XML_BYTES // (1024 * 1024) + 2
    data = many_headers(to_docx(GOOD), count, 1024 * 1024)
    exc, peak = peak_of(lambda: read_files([("du-thao.docx", data)], today=TODAY))
    assert isinstance(exc, Unreadable) and exc.reason == "zip_bomb"
    assert "XML" in exc.en
    assert peak < 32 * 1024 * 1024


def test_a_few_header_parts_are_read():
    data = many_headers(to_docx(GOOD), 3, 64 * 1024)
    assert set(ips(read_files([("du-thao.docx", data)], today=TODAY))) == {
        ("1.001806", "province", None)}

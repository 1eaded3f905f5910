"""The reader's three doors: ``tthc-rules read``, ``POST /api/v1/readings`` and the
pre-check page's «Tải lên dự thảo (.docx, .html)»."""

from __future__ import annotations

import io
import itertools
import json
import re

import pytest
from click.testing import CliRunner

from generators.decisions import (
    SIMPLE_STEPS,
    STANDARD_HEADER,
    UP,
    as_file,
    steps_sheet,
    to_docx,
    to_html,
)
from service.cli import main

from .test_variants import PROVINCE_TIER, TO_TRINH, draft

GOOD = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", steps_sheet(SIMPLE_STEPS))
UNCODED = draft(*PROVINCE_TIER, "1. Thủ tục chưa có mã", steps_sheet(SIMPLE_STEPS))


@pytest.fixture
def files(tmp_path):
    def write(name: str, data: bytes | str) -> str:
        path = tmp_path / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return str(path)
    return write


def run(*args: str):
    return CliRunner().invoke(main, ["read", *args])


# --- the command line ---------------------------------------------------------------------

def test_json_prints_exactly_the_reading(files):
    result = run(files("qd.docx", to_docx(GOOD)), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"submission", "reading"}
    assert out["submission"]["internal_procedures"][0]["procedure_code"] == "1.001806"
    assert {"notes", "unplaced", "totals"} <= set(out["reading"])


def test_the_table_for_people_is_in_vietnamese(files):
    result = run(files("qd.html", to_html(GOOD)))
    assert result.exit_code == 0
    for words in ("Quy trình nội bộ đã đọc", "Ghi chú khi đọc", "Tỉnh Cao Bằng", "1.001806",
                  "cấp tỉnh", "KT. Chủ tịch"):
        assert words in result.stdout
    assert "province" not in result.stdout and "working_days" not in result.stdout


def test_several_files_of_one_dossier(files):
    result = run(files("to-trinh.docx", to_docx(TO_TRINH)), files("qd.docx", to_docx(GOOD)),
                 "--json")
    out = json.loads(result.stdout)
    assert out["submission"]["documents"] == ["to_trinh", "draft_internal_procedure_decision"]


@pytest.mark.parametrize("name, data, words", [
    ("qd.pdf", b"%PDF-1.4", "PDF"), ("qd.docx", b"", "rỗng"),
    ("qd.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), ".doc")])
def test_a_file_that_cannot_be_read_exits_4_with_the_reason(files, name, data, words):
    result = run(files(name, data))
    assert result.exit_code == 4
    assert words in result.stderr and name in result.stderr
    assert "Traceback" not in result.output
    json_result = run(files(name, data), "--json")
    assert json_result.exit_code == 4
    assert list(json.loads(json_result.stdout)["errors"]) == [name]


def test_a_missing_file_exits_4(tmp_path):
    result = run(str(tmp_path / "khong-co.docx"))
    assert result.exit_code == 4 and "Không mở được tệp" in result.stderr


def test_an_unknown_province_exits_4(files):
    result = run(files("qd.docx", to_docx(GOOD)), "--province", "atlantis")
    assert result.exit_code == 4 and "atlantis" in result.stderr


def test_check_evaluates_and_exits_with_the_verdict(files):
    result = run(files("qd.docx", to_docx(GOOD)), "--check", "--json")
    out = json.loads(result.stdout)
    want = {"accepted": 0, "needs_review": 1, "rejected": 2, "no_policy": 3}
    assert result.exit_code == want[out["verdict"]["outcome"]]
    text = run(files("qd.docx", to_docx(GOOD)), "--check")
    assert text.exit_code == result.exit_code
    assert any(w in text.stdout for w in ("Đạt", "Cần xem xét thêm",
                                          "Chưa đạt — đề nghị hoàn thiện hồ sơ"))


def test_check_of_an_incomplete_reading_exits_4(files):
    result = run(files("qd.docx", to_docx(UNCODED)), "--check")
    assert result.exit_code == 4
    assert "Chưa đủ để kiểm tra" in result.stdout and "Chưa đánh giá được" in result.stderr
    assert "Bảng chưa đặt được vào thủ tục nào (1)" in result.stdout


# --- the API --------------------------------------------------------------------------------

def post(client, *uploads, **fields):
    data = {"files": [(io.BytesIO(d), n) for n, d in uploads], **fields}
    return client.post("/api/v1/readings", data=data, content_type="multipart/form-data")


def test_the_api_answers_the_reading(client):
    response = post(client, ("qd.docx", to_docx(GOOD)))
    assert response.status_code == 200
    body = response.get_json()
    assert set(body) == {"submission", "reading"}
    assert body["reading"]["contract"] == {"valid": True}


def test_the_api_reads_a_dossier_and_takes_a_province(client):
    response = post(client, ("to-trinh.html", to_html(TO_TRINH).encode()),
                    ("qd.html", to_html(GOOD).encode()), province="bac-kan")
    assert response.status_code == 200
    assert response.get_json()["submission"]["province"] == "bac-kan"


@pytest.mark.parametrize("name, data, status", [
    ("qd.pdf", b"%PDF-1.4", 422), ("qd.docx", b"", 422), ("qd.docx", b"PK\x03\x04junk", 422),
    ("qd.docm", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), 422)])
def test_the_api_refuses_unreadable_files_with_422(client, name, data, status):
    response = post(client, ("ok.docx", to_docx(GOOD)), (name, data))
    assert response.status_code == status
    (path, messages), = response.get_json()["errors"].items()
    assert path == "files.1" and messages[0].startswith(name)


def test_the_api_bad_requests(client):
    assert client.post("/api/v1/readings", json={}).status_code == 415
    response = client.post("/api/v1/readings", data={}, content_type="multipart/form-data")
    assert response.status_code == 400 and "files" in response.get_json()["errors"]
    response = post(client, ("qd.docx", to_docx(GOOD)), province="atlantis")
    assert response.status_code == 422 and "province" in response.get_json()["errors"]


def test_the_api_limits_the_size(app, client):
    app.config["READING_MAX_LENGTH"] = 10_000
    response = post(client, ("qd.docx", to_docx(GOOD) + b"\0" * 20_000))
    assert response.status_code == 413


def test_the_api_is_documented(client):
    spec = client.get("/openapi.json").get_json()
    operation = spec["paths"]["/api/v1/readings"]["post"]
    assert "multipart/form-data" in operation["requestBody"]["content"]
    assert {"200", "400", "413", "415", "422"} <= set(operation["responses"])


# --- the pre-check page -----------------------------------------------------------------------

# Words of the data format a person must never read on these pages (the JSON of the advanced
# form keeps them).
MACHINE_WORDS = re.compile(
    r"\b(working_days|working_hours|internal_procedures?|internal_procedure_amendment|"
    r"procedure_code|submitted_on|drafted_by|on_behalf|for_committee|by_order|no_code|"
    r"listed_without_code|draft_\w+|provincial_centre|ppc_chairman|null|true|false|"
    r"procedures\.\d|steps\.\d)\b")
VI_ONLY = re.compile(r"\b(province|commune|district|publication|counted|duration)\b")
MERGED = steps_sheet([
    ["Bước 1", "Bộ phận một cửa", "Tiếp nhận hồ sơ", "04 giờ"],
    ["Bước 2", "Phòng Nghiệp vụ", "Thẩm định hồ sơ, dự thảo kết quả", "2 ngày làm việc"],
    [UP, UP, UP, "1 ngày làm việc"],  # merged with the row above, its own time
    ["Bước 3", "Lãnh đạo Sở", "Ký duyệt", "1 ngày làm việc"],
    ["Bước 4", "Văn thư", "Vào sổ, đóng dấu", UP],  # the time cell merged down
    ["Bước 5", "Bộ phận một cửa", "Trả kết quả", "Không tính thời gian"]],
    total="03 ngày làm việc")  # the steps add up to 4 days and 4 hours
GROUP = draft(*PROVINCE_TIER, "1. Nhóm 02 TTHC, gồm:", "1.1 Thủ tục cấp phép A",
              "1.2. Thủ tục cấp lại phép A", steps_sheet(SIMPLE_STEPS))


@pytest.fixture
def pages(app):
    """A client for the pages (the API's client checks answers against the OpenAPI
    document, which describes the API only)."""
    from flask.testing import FlaskClient

    class PageClient(FlaskClient):
        """Posts a form as a browser does, with the CSRF token of the page it came from."""

        def post(self, *args, **kwargs):
            page = self.get("/check").get_data(as_text=True)
            token = re.search(r'name="csrf_token" value="([^"]+)"', page)[1]
            kwargs["data"] = {**kwargs.get("data", {}), "csrf_token": token}
            return super().post(*args, **kwargs)

    return PageClient(app, app.response_class)


class Page:
    """A page as a browser shows it: its tree, and the text a person reads."""

    def __init__(self, response) -> None:
        import lxml.html

        self.status = response.status_code
        self.html = response.get_data(as_text=True)
        self.tree = lxml.html.fromstring(self.html)

    def all(self, xpath: str) -> list:
        return self.tree.xpath(xpath)

    def one(self, xpath: str):
        (found,) = self.all(xpath)
        return found

    def text(self, node=None) -> str:
        """What a person reads: no form state (the advanced form's JSON, hidden fields)."""
        from copy import deepcopy

        node = deepcopy(self.tree if node is None else node)
        for hidden in node.xpath(".//textarea | .//input[@type='hidden'] | .//head"):
            hidden.getparent().remove(hidden)
        return " ".join(node.text_content().split())

    def form_data(self) -> dict:
        """The correction form as a browser would post it."""
        data = {"submission": self.one("//textarea[@id='submission']").text_content(),
                "tables": self.one("//input[@name='tables']").get("value")}
        for box in self.all("//input[@form='correction' and @type='text']"):
            data[box.get("name")] = box.get("value") or ""
        for box in self.all("//input[@form='correction' and @type='checkbox']"):
            if box.get("checked") is not None:
                data.setdefault(box.get("name"), []).append(box.get("value"))
        return data


def read_page(pages, *files: tuple[str, bytes], lang: str = "vi", **fields) -> Page:
    return Page(pages.post(f"/check/reading?lang={lang}", data={
        "files": [(io.BytesIO(d), n) for n, d in files], **fields},
        content_type="multipart/form-data"))


def cells(row) -> list[str]:
    return [" ".join(c.text_content().split()) for c in row.xpath("th | td")]


def by_class(name: str) -> str:
    """An XPath test: the element has the class ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def test_the_check_page_offers_the_upload(pages):
    page = pages.get("/check").get_data(as_text=True)
    assert "Tải lên dự thảo (.docx, .html)" in page and 'action="/check/reading"' in page
    english = pages.get("/check?lang=en").get_data(as_text=True)
    assert "Upload a draft (.docx, .html)" in english
    assert 'action="/check/reading?lang=en"' in english  # the answer keeps the language


def test_the_upload_form(pages):
    page = Page(pages.get("/check/reading"))
    assert page.status == 200 and page.one("//h1").text_content() == "Đọc dự thảo quyết định"
    provinces = {o.get("value"): o.text_content() for o in page.all("//select[@id='province']//option")}
    assert provinces["cao-bang"] == "Tỉnh Cao Bằng" and provinces[""] == "— theo văn bản —"
    assert page.one("//input[@id='files']").get("multiple") is not None
    assert not MACHINE_WORDS.search(page.text()) and not VI_ONLY.search(page.text())


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_the_page_shows_what_was_read(pages, fmt):
    page = read_page(pages, as_file(UNCODED, fmt))
    assert page.status == 200
    # what keeps it from being checked, first, linking to the box that fixes it
    summary = page.one("//*[@id='error-summary']")
    assert summary.get("autofocus") is not None and summary.get("role") == "alert"
    assert "Chưa kiểm tra được: còn 1 điểm cần bổ sung" in page.text(summary)
    (link,) = summary.xpath(".//a")
    assert link.get("href") == "#code_0" and page.all("//input[@id='code_0' and @form='correction']")
    # the unplaced table in plain sight, at the top of what was read, counted in the summary
    sections = [h.text_content() for h in page.all("//main//h2")]
    assert sections.index("Bảng quy trình chưa đặt được vào thủ tục nào (1)") == 2
    assert "1 bảng, xem ngay bên dưới" in page.text(page.one(f"//*[{by_class('reading-summary')}]"))
    table = page.one(f"//section[{by_class('unplaced-tables')}]//article[{by_class('unplaced')}]")
    assert "Không tìm thấy mã thủ tục" in page.text(table)
    # the decision's own table: its header and rows as printed, with what each was read as
    head, *rows = table.xpath(f".//table[{by_class('decision-table')}]//tr")
    assert cells(head) == [*STANDARD_HEADER, "Đọc là"]
    assert [cells(r)[0] for r in rows] == [s[0] for s in SIMPLE_STEPS]
    assert cells(rows[0])[1:] == [*SIMPLE_STEPS[0][1:], "Bước 1 · 4 giờ làm việc"]
    assert cells(rows[1])[-1] == "Bước 2 · 0,5 ngày làm việc"
    assert cells(rows[4])[-1] == "Bước 5 · không tính thời gian"
    # notes: those to look at labelled in words, with a legend for the mark
    assert page.all(f"//li[{by_class('attention')}]/mark[{by_class('flag')}]")
    assert all(m.text_content() == "Cần xem" for m in page.all(f"//mark[{by_class('flag')}]"))
    assert "Cần xem đánh dấu điều người xem cần kiểm tra lại" in page.text()
    # Vietnamese first: no field names, JSON paths or English values anywhere read
    assert not MACHINE_WORDS.search(page.text()), MACHINE_WORDS.search(page.text())
    assert not VI_ONLY.search(page.text()), VI_ONLY.search(page.text())
    # every field has its label; the headings go down one level at a time from the h1
    labelled = {label.get("for") for label in page.all("//label")}
    for control in page.all("//input[not(@type='hidden')] | //select | //textarea"):
        assert control.get("id") in labelled, control.get("id")
    levels = [int(h.tag[1]) for h in page.all("//h1 | //h2 | //h3 | //h4 | //h5 | //h6")]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    # the advanced form is there, labelled as such, closed
    advanced = page.one(f"//details[{by_class('advanced')}]")
    assert advanced.get("open") is None
    assert "Dạng nâng cao" in advanced.xpath("summary")[0].text_content()


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_merged_cells_and_a_wrong_total_as_printed(pages, fmt):
    page = read_page(pages, as_file(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                                          MERGED), fmt))
    assert page.status == 200 and not page.all("//*[@id='error-summary']")
    table = page.one("//article[@id='table-1']")
    rows = table.xpath(".//table//tbody/tr")
    # «Bước 2» spans its own row and the row merged with it; that row is a step of its own
    assert [c.get("rowspan") for c in rows[1].xpath("td")[:3]] == ["2", "2", "2"]
    time, read_as = cells(rows[2])
    assert time == "1 ngày làm việc" and read_as.startswith("Bước 3 · 1 ngày làm việc")
    assert "Dòng gộp với dòng trên nhưng có ô thời gian riêng" in read_as
    # the time cell merged down belongs to the step above; the step below is flagged
    assert rows[3].xpath("td")[3].get("rowspan") == "2"
    assert "attention" in rows[4].get("class") and "Cần xem" in cells(rows[4])[-1]
    # the printed total against the sum, the difference flagged in words
    total = rows[6]
    assert "row-total" in total.get("class") and "attention" in total.get("class")
    assert cells(total)[-1] == ("Cần xem Dòng tổng: in 3 ngày làm việc, cộng các bước được "
                                "4,5 ngày làm việc — không khớp")
    assert "không khớp" in page.text(table.xpath(f".//*[{by_class('totals')} and {by_class('attention')}]")[0])
    differing = page.one(f"//*[{by_class('reading-summary')}]").xpath(".//a[@href='#table-1']")
    assert differing and differing[0].text_content() == "bảng 1"
    assert not MACHINE_WORDS.search(page.text())


def test_the_page_in_english(pages):
    page = read_page(pages, ("qd.docx", to_docx(UNCODED)), lang="en")
    assert page.tree.get("lang") == "en"
    rows = page.all("//table//tbody/tr")
    assert cells(rows[0])[-1] == "Step 1 · 4 working hours"
    assert cells(rows[1])[-1] == "Step 2 · 0.5 working days"
    assert "It cannot be checked yet: 1 thing to complete" in page.text()
    assert page.one("//form[@id='correction']").get("action") == "/check/reading/verdict?lang=en"
    assert "Đọc là" not in page.text() and not MACHINE_WORDS.search(page.text())


def test_the_page_refuses_a_pdf_plainly(pages):
    page = read_page(pages, ("a.pdf", b"%PDF-1.5"))
    assert page.status == 422
    summary = page.one("//*[@id='error-summary']")
    assert "Tệp PDF" in page.text(summary) and summary.xpath(".//a")[0].get("href") == "#files"
    assert page.all("//*[@id='files-error']")  # said again beside the field


def test_the_page_refuses_an_unknown_province(pages):
    page = read_page(pages, ("qd.docx", to_docx(GOOD)), province="atlantis")
    assert page.status == 422
    assert page.one("//*[@id='error-summary']//a").get("href") == "#province"
    assert "«atlantis» không phải tỉnh, thành phố mà hệ thống biết." in page.text()
    assert read_page(pages).status == 400  # no file at all


def verdict(pages, data: dict, lang: str = "vi") -> Page:
    return Page(pages.post(f"/check/reading/verdict?lang={lang}", data=data))


def submission_of(page: Page) -> dict:
    return json.loads(page.one("//textarea[@id='submission']").text_content())


@pytest.mark.database
def test_the_reviewer_gives_a_code_and_gets_the_verdict(pages):
    data = read_page(pages, ("qd.docx", to_docx(UNCODED))).form_data()
    assert data["code_0"] == "" and data["tier_0"] == ["province"]
    page = verdict(pages, {**data, "code_0": "1.001806"})
    assert page.status == 200 and page.all("//*[@id='verdict-title']")
    sub = submission_of(page)
    (ip,) = sub["internal_procedures"]
    assert (ip["procedure_code"], ip["tier"], len(ip["steps"])) == ("1.001806", "province", 5)
    assert sub["procedures"][0]["name"].startswith("Thủ tục chưa có")  # the table's heading
    # the boxes now say what the table became, and checking again changes nothing
    again = page.form_data()
    assert again["code_0"] == "1.001806"
    assert submission_of(verdict(pages, again)) == sub


@pytest.mark.database
def test_a_placed_tables_code_and_tiers_are_corrected_in_its_boxes(pages):
    data = read_page(pages, ("qd.docx", to_docx(GOOD))).form_data()
    assert data["code_0"] == "1.001806" and data["tier_0"] == ["province"]
    page = verdict(pages, {**data, "code_0": "1.001807", "tier_0": ["province", "commune"]})
    assert page.status == 200
    sub = submission_of(page)
    assert {(ip["procedure_code"], ip["tier"]) for ip in sub["internal_procedures"]} == {
        ("1.001807", "province"), ("1.001807", "commune")}
    assert [p["code"] for p in sub["procedures"]] == ["1.001807"]  # no table is 1.001806 now
    assert sub["procedures"][0]["tiers"] == ["province", "commune"]
    commune = next(ip for ip in sub["internal_procedures"] if ip["tier"] == "commune")
    assert "coordinating" not in commune  # the provincial centre coordinates province tier only


@pytest.mark.database
def test_a_group_table_takes_the_codes_of_its_procedures(pages):
    page = read_page(pages, ("qd.docx", to_docx(GROUP)))
    assert [li.text_content() for li in page.all(f"//*[@id='table-1']//ul[{by_class('members')}]/li")] == [
        "1.1 Thủ tục cấp phép A", "1.2. Thủ tục cấp lại phép A"]
    data = page.form_data()
    sub = submission_of(verdict(pages, {**data, "code_0": "1.001806, 1.001807"}))
    assert [(p["code"], p["name"]) for p in sub["procedures"]] == [
        ("1.001806", "Thủ tục cấp phép A"), ("1.001807", "Thủ tục cấp lại phép A")]


@pytest.mark.database
def test_a_bad_correction_is_explained(pages):
    page = verdict(pages, {"submission": "{not json"})
    assert page.status == 400
    assert page.one("//*[@id='error-summary']//a").get("href") == "#submission"
    assert "không phải JSON hợp lệ: nội dung bị lỗi từ dòng 1, cột 2." in page.text()
    assert page.one(f"//details[{by_class('advanced')}]").get("open") is not None  # the field is in sight
    data = read_page(pages, ("qd.docx", to_docx(UNCODED))).form_data()
    page = verdict(pages, {**data, "code_0": "12345"})
    assert page.status == 422
    assert page.one("//*[@id='error-summary']//a").get("href") == "#code_0"
    assert "«12345» không phải mã TTHC" in page.text(page.one("//*[@id='code_0-error']"))
    assert page.one("//input[@id='code_0']").get("aria-invalid") == "true"
    page = verdict(pages, {**data, "code_0": "1.001806", "tier_0": []})
    assert page.status == 422 and "chọn ít nhất một cấp." in page.text()
    assert page.one("//*[@id='error-summary']//a").get("href") == "#tier_0_province"
    # the page's own hidden state, tampered with, is dropped, never a server error
    for tables in ("{}", "[1, {\"was\": 5, \"steps\": \"x\", \"tiers\": [\"moon\"]}]", "[[[["):
        page = verdict(pages, {**data, "tables": tables, "code_0": "1.001806"})
        assert page.status in (200, 422), tables


@pytest.mark.database
def test_what_the_contract_still_misses_is_named_in_vietnamese(pages):
    data = read_page(pages, ("qd.docx", to_docx(GOOD))).form_data()
    sub = json.loads(data["submission"])
    del sub["submitted_on"]
    sub["internal_procedures"][0]["steps"][0]["duration"]["unit"] = "weeks"
    page = verdict(pages, {**data, "submission": json.dumps(sub, ensure_ascii=False)})
    assert page.status == 422
    lines = [page.text(li) for li in page.all("//*[@id='error-summary']//li")]
    assert any(line.startswith("Ngày trình:") for line in lines), lines
    assert any("thời gian › đơn vị: phải là một trong các giá trị: ngày làm việc, giờ làm việc."
               in line for line in lines), lines
    links = {a.get("href") for a in page.all("//*[@id='error-summary']//a")}
    assert links == {"#submission"}  # fixed in the advanced form, opened
    assert page.one(f"//details[{by_class('advanced')}]").get("open") is not None
    assert not MACHINE_WORDS.search(page.text()) and "submitted_on" not in page.text()
    # a table's procedure the advanced form took away: the table's box is where to fix it
    sub = json.loads(data["submission"])
    sub["procedures"].append({**sub["procedures"][0], "code": "1.001807"})
    del sub["procedures"][0]
    page = verdict(pages, {**data, "submission": json.dumps(sub, ensure_ascii=False)})
    assert page.status == 422
    links = [a.get("href") for a in page.all("//*[@id='error-summary']//a")]
    assert links == ["#code_0"], page.text(page.one("//*[@id='error-summary']"))


def test_durations_and_places_in_the_readers_language(app):
    from service.web.pages_reading import duration_words, place_words

    with app.test_request_context("/check/reading"):
        assert duration_words({"value": 0.5, "unit": "working_days"}) == "0,5 ngày làm việc"
        assert duration_words({"value": 1, "unit": "working_hours"}) == "1 giờ làm việc"
        assert place_words({"file": "qd.docx", "table": 4, "row": 3}) == \
            "tệp qd.docx, bảng 4, dòng 3"
    with app.test_request_context("/check/reading?lang=en"):
        assert duration_words({"value": 0.5, "unit": "working_days"}) == "0.5 working days"
        assert duration_words({"value": 1, "unit": "working_days"}) == "1 working day"
        assert duration_words({"value": 12.25, "unit": "working_hours"}) == \
            "12.25 working hours"


# --- what the reading could not settle, in the verdict ------------------------------------------

WRONG_TOTAL = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                    steps_sheet(SIMPLE_STEPS, total="03 ngày làm việc"))  # the steps: 3,5 days
PARTLY_PLACED = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                      steps_sheet(SIMPLE_STEPS), "2. Thủ tục chưa có mã",
                      steps_sheet(SIMPLE_STEPS[:3]))


def test_open_points_are_in_the_submission_with_their_tables(files):
    out = json.loads(run(files("qd.docx", to_docx(PARTLY_PLACED)), "--json").stdout)
    (point,) = out["submission"]["open_points"]
    assert point == {"kind": "unplaced_table", "place": "tệp qd.docx, bảng 4",
                     "heading": "2. Thủ tục chưa có mã"}
    (source,) = out["reading"]["open_points"]
    assert source == {"index": 0, "kind": "unplaced_table", "table": 1, "reason": "no_code",
                      "where": {"file": "qd.docx", "table": 4}}
    assert [t["open_points"] for t in out["reading"]["tables"]] == [[], [0]]
    out = json.loads(run(files("qd.docx", to_docx(WRONG_TOTAL)), "--json").stdout)
    (point,) = out["submission"]["open_points"]
    assert point == {"kind": "total_differs", "place": "tệp qd.docx, bảng 3, dòng 7",
                     "heading": "1. Thủ tục A (Mã TTHC: 1.001806)",
                     "procedure_code": "1.001806", "tier": "province",
                     "printed": {"value": 3, "unit": "working_days"},
                     "summed": {"value": 28, "unit": "working_hours"}}
    assert out["reading"]["open_points"][0]["placed_as"] == [
        {"procedure_code": "1.001806", "tier": "province"}]


@pytest.mark.parametrize("decision, rule", [(PARTLY_PLACED, "READ-01"),
                                            (WRONG_TOTAL, "READ-02")])
def test_read_check_is_never_accepted_with_open_points(files, decision, rule):
    result = run(files("qd.docx", to_docx(decision)), "--check", "--json")
    out = json.loads(result.stdout)
    assert out["submission"]["open_points"]
    verdict = out["verdict"]
    assert verdict["outcome"] in ("needs_review", "rejected") and result.exit_code in (1, 2)
    assert rule in {f["rule_id"] for f in verdict["findings"]}
    text = run(files("qd.docx", to_docx(decision)), "--check")
    assert "Điểm việc đọc chưa xác định được (1)" in text.stdout
    assert "Đạt\n" not in text.stdout and text.exit_code == result.exit_code


def test_open_points_and_abolished_procedures_are_said_in_vietnamese(files):
    from generators.decision_families import mixed_decision

    broken = steps_sheet(SIMPLE_STEPS, total="03 ngày làm việc")
    decision = mixed_decision(4)
    decision.annex += ["5. Thủ tục chưa có mã", broken]
    result = run(files("qd.docx", to_docx(decision)))
    assert result.exit_code == 0
    text = result.stdout
    assert "Điểm việc đọc chưa xác định được (1)" in text
    assert "tệp qd.docx, bảng 9: bảng «5. Thủ tục chưa có mã» chưa gắn với thủ tục" in text
    assert "Thủ tục bị bãi bỏ (5): 2.600000, 2.600001" in text
    for word in ("open_points", "unplaced_table", "abolished", "province", "commune",
                 "working_days", "listed"):
        assert word not in text, word


def test_read_check_of_a_settled_reading_can_be_accepted(files):
    """The same draft with nothing left open is checked on its merits (no READ finding)."""
    result = run(files("qd.docx", to_docx(GOOD)), "--check", "--json")
    out = json.loads(result.stdout)
    assert "open_points" not in out["submission"]
    assert not [f for f in out["verdict"]["findings"] if f["rule_id"].startswith("READ-")]


def test_the_real_decisions_checked_are_never_accepted_while_open():
    """Each uncoded table of the real decisions is an open point, and a verdict with one
    is never «Đạt» (Lạng Sơn 2487: 8 tables without a code beside 6 abolished procedures)."""
    from .conftest import real_decisions_dir

    for path in sorted(real_decisions_dir().glob("*.docx")):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        uncoded = [ip for ip in expected["internal_procedures"] if not ip["procedure_code"]]
        result = run(str(path), "--check", "--json")
        out = json.loads(result.stdout)
        points = out["submission"].get("open_points", [])
        assert [p["kind"] for p in points] == ["unplaced_table"] * len(uncoded), path.name
        if out["verdict"] is None:  # no procedure read at all: nothing to evaluate
            assert result.exit_code == 4 and not out["reading"]["contract"]["valid"]
        elif points:
            assert out["verdict"]["outcome"] != "accepted", path.name
            assert result.exit_code in (1, 2)


@pytest.mark.database
def test_the_api_checks_a_reading_with_its_open_points(client):
    before = client.get("/api/v1/audit/head").get_json()["length"]
    response = client.post("/api/v1/readings?check=true", data={
        "files": [(io.BytesIO(to_docx(PARTLY_PLACED)), "qd.docx")]},
        content_type="multipart/form-data")
    assert response.status_code == 200
    body = response.get_json()
    assert body["verdict"]["outcome"] == "needs_review"
    assert {f["rule_id"] for f in body["verdict"]["findings"]} >= {"READ-01"}
    assert response.headers["X-Policy-Versions"].startswith("reading=")
    assert client.get("/api/v1/audit/head").get_json()["length"] == before + 1  # logged
    plain = post(client, ("qd.docx", to_docx(PARTLY_PLACED)))
    assert "verdict" not in plain.get_json()
    assert plain.get_json()["submission"] == body["submission"]


def test_the_api_check_of_an_incomplete_reading_has_no_verdict(client):
    response = client.post("/api/v1/readings?check=true", data={
        "files": [(io.BytesIO(to_docx(UNCODED)), "qd.docx")]}, content_type="multipart/form-data")
    assert response.status_code == 200
    body = response.get_json()
    assert body["verdict"] is None and body["reading"]["contract"]["valid"] is False
    assert body["submission"]["open_points"][0]["kind"] == "unplaced_table"
    bad = client.post("/api/v1/readings?check=maybe", data={
        "files": [(io.BytesIO(to_docx(GOOD)), "qd.docx")]}, content_type="multipart/form-data")
    assert bad.status_code == 422 and "check" in str(bad.get_json()["errors"])


def test_the_api_documents_the_check_and_the_verdict(client):
    spec = client.get("/openapi.json").get_json()
    operation = spec["paths"]["/api/v1/readings"]["post"]
    assert [p["name"] for p in operation["parameters"] if p["in"] == "query"] == ["check"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    reading = spec["components"]["schemas"][schema["$ref"].split("/")[-1]]
    assert "verdict" in reading["properties"]

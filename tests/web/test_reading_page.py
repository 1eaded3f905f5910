"""The reading page (``/check/reading``) through the test client: what was read, each printed
table once, the corrections in plain fields, the verdict that carries the reading, and the
words a person reads."""

from __future__ import annotations

import io
import itertools
import json
import re

import pytest

from generators.decisions import (
    LEFT,
    SIMPLE_STEPS,
    STANDARD_HEADER,
    UP,
    Draft,
    as_file,
    steps_sheet,
    to_docx,
)
from generators.page_decisions import code_of, docx_of, html_of, shared_table_decision

from .vietnamese import problems

ANNEX_TITLE = ["QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC Y TẾ",
               "(Kèm theo Quyết định số 125/QĐ-UBND ngày 05/12/2025 của Chủ tịch UBND tỉnh)"]
PROVINCE_TIER = ["A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"]


def draft(*annex, **front) -> Draft:
    return Draft(annex=[*ANNEX_TITLE, *annex], **front)


GOOD = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", steps_sheet(SIMPLE_STEPS))
UNCODED = draft(*PROVINCE_TIER, "1. Thủ tục chưa có mã", steps_sheet(SIMPLE_STEPS))
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
def settings(request, database_url) -> dict:
    return {"TESTING": True, "DATABASE_URL": database_url,
            "MIGRATE_ON_START": request.node.get_closest_marker("database") is not None,
            "AUTH": False}


@pytest.fixture
def pages(app):
    """A client that posts a form as a browser does, with the CSRF token of a page."""
    from flask.testing import FlaskClient

    class PageClient(FlaskClient):
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
        data = {"submission": self.one("//textarea[@id='submission']").text_content()}
        for hidden in self.all("//form[@id='correction']//input[@type='hidden']"):
            data[hidden.get("name")] = hidden.get("value")
        for box in self.all("//input[@form='correction' and (@type='text' or @type='date')]"):
            data[box.get("name")] = box.get("value") or ""
        for box in self.all("//input[@form='correction' and (@type='checkbox' or "
                            "@type='radio')]"):
            if box.get("checked") is not None:
                data.setdefault(box.get("name"), []).append(box.get("value"))
        for select in self.all("//select[@form='correction']"):
            chosen = select.xpath(".//option[@selected]") or select.xpath(".//option")
            data[select.get("name")] = chosen[0].get("value")
        return data

    def submission(self) -> dict:
        return json.loads(self.one("//textarea[@id='submission']").text_content())


def read_page(pages, *files: tuple[str, bytes], lang: str = "vi", **fields) -> Page:
    return Page(pages.post(f"/check/reading?lang={lang}", data={
        "files": [(io.BytesIO(d), n) for n, d in files], **fields},
        content_type="multipart/form-data"))


def verdict(pages, data: dict, lang: str = "vi") -> Page:
    return Page(pages.post(f"/check/reading/verdict?lang={lang}", data=data))


def cells(row) -> list[str]:
    return [" ".join(c.text_content().split()) for c in row.xpath("th | td")]


def by_class(name: str) -> str:
    """An XPath test: the element has the class ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def outcome(page: Page) -> str:
    return page.text(page.one(f"//p[{by_class('outcome')}]"))


# --- /check leads with the upload --------------------------------------------------------------

def test_the_check_page_leads_with_the_upload_and_keeps_json_for_the_advanced(pages):
    page = Page(pages.get("/check"))
    h2 = [page.text(h) for h in page.all("//main//h2")]
    assert h2[0] == "Tải lên dự thảo (.docx, .html)"
    forms = page.all("//main//form[@method='post']")
    assert forms[0].get("action") == "/check/reading" and forms[1].get("action") == "/check"
    # the JSON, the .json file and the examples under «Dạng nâng cao», closed
    advanced = page.one("//details[@id='advanced']")
    assert advanced.get("open") is None
    assert page.text(advanced.xpath("summary")[0]).startswith("Dạng nâng cao")
    assert advanced.xpath(".//textarea[@id='submission']") and advanced.xpath(
        ".//select[@id='example']")
    english = Page(pages.get("/check?lang=en"))
    assert page.all("//main//h2")[0].get("id") == "reading-title"
    assert "Upload a draft (.docx, .html)" in english.text()
    assert english.all("//form[@action='/check/reading?lang=en']")
    # a verdict of JSON keeps the advanced form open, with what it was given
    answered = Page(pages.post("/check", data={"example": "contract-example.json"}))
    assert answered.one("//details[@id='advanced']").get("open") is not None


def test_the_upload_form(pages):
    page = Page(pages.get("/check/reading"))
    assert page.status == 200 and page.one("//h1").text_content() == "Đọc dự thảo quyết định"
    provinces = {o.get("value"): o.text_content() for o in page.all("//select[@id='province']//option")}
    assert provinces["cao-bang"] == "Tỉnh Cao Bằng" and provinces[""] == "— theo văn bản —"
    assert page.one("//input[@id='files']").get("multiple") is not None
    assert not MACHINE_WORDS.search(page.text()) and not VI_ONLY.search(page.text())
    assert problems(page.html) == []


# --- what was read --------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_the_page_shows_what_was_read(pages, fmt):
    page = read_page(pages, as_file(UNCODED, fmt))
    assert page.status == 200
    # what keeps it from being checked, first, linking to the field that fixes it
    summary = page.one("//*[@id='error-summary']")
    assert summary.get("autofocus") is not None and summary.get("role") == "alert"
    assert "Chưa kiểm tra được: còn 1 điểm cần bổ sung" in page.text(summary)
    (link,) = summary.xpath(".//a")
    assert link.get("href") == "#code_0" and page.all("//input[@id='code_0' and @form='correction']")
    # the button that checks the dossier, in sight as the page scrolls, and at the bottom
    top = page.one(f"//p[{by_class('check-bar-sticky')}]/button")
    assert top.get("form") == "correction" and page.text(top) == "Kiểm tra hồ sơ"
    assert page.all("//form[@id='correction']//button[@type='submit']")  # and at the bottom
    # the short summary links to the unplaced table
    (unplaced,) = page.all(f"//*[{by_class('reading-summary')}]//div[{by_class('sum-unplaced')}]//a")
    assert unplaced.get("href") == "#tbl-1-3-1"
    # the table, named as the decision numbers it, its field to place it in sight
    article = page.one("//article[@id='tbl-1-3']")
    assert page.text(article.xpath("h3")[0]) == f"Bảng 3 trong tệp du-thao.{fmt}"
    segment = page.one("//section[@id='tbl-1-3-1']")
    assert "Không tìm thấy mã thủ tục" in page.text(segment)
    assert segment.xpath(f".//div[{by_class('place-now')}]//input[@id='code_0']")
    # the decision's own table: what each row was read as first, then the row as printed
    head, *rows = segment.xpath(f".//table[{by_class('decision-table')}]//tr")
    assert cells(head) == ["Đọc là", *STANDARD_HEADER]
    assert [cells(r)[1] for r in rows] == [s[0] for s in SIMPLE_STEPS]
    assert cells(rows[0]) == ["Bước 1 · 4 giờ làm việc", *SIMPLE_STEPS[0]]
    assert cells(rows[1])[0] == "Bước 2 · 0,5 ngày làm việc"
    assert cells(rows[4])[0] == "Bước 5 · không tính thời gian"
    # each printed cell says its column, for a row shown as a card on a phone
    assert [c.get("data-label") for c in rows[0].xpath("td")] == ["Đọc là", *STANDARD_HEADER]
    # notes: those to look at labelled in words, the others behind a disclosure
    assert page.all(f"//li[{by_class('attention')}]/mark[{by_class('flag')}]")
    assert all(m.text_content() == "Cần xem" for m in page.all(f"//mark[{by_class('flag')}]"))
    assert "Cần xem đánh dấu điều người xem cần kiểm tra lại" in page.text()
    assert page.one(f"//details[{by_class('more-notes')}]").get("open") is None
    # Vietnamese first: no field names, JSON paths or English values anywhere read
    assert not MACHINE_WORDS.search(page.text()), MACHINE_WORDS.search(page.text())
    assert not VI_ONLY.search(page.text()), VI_ONLY.search(page.text())
    assert problems(page.html) == []
    # every field has its label; the headings go down one level at a time from the h1
    labelled = {label.get("for") for label in page.all("//label")}
    for control in page.all("//input[not(@type='hidden')] | //select | //textarea"):
        assert control.get("id") in labelled or control.get("aria-label"), control.get("id")
    levels = [int(h.tag[1]) for h in page.all("//h1 | //h2 | //h3 | //h4 | //h5 | //h6")]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    # the advanced form is there, labelled as such, closed
    advanced = page.one(f"//form[@id='correction']//details[{by_class('advanced')}]")
    assert advanced.get("open") is None
    assert "Dạng nâng cao" in advanced.xpath("summary")[0].text_content()


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_merged_cells_and_a_wrong_total_as_printed(pages, fmt):
    page = read_page(pages, as_file(draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)",
                                          MERGED), fmt))
    assert page.status == 200 and not page.all("//*[@id='error-summary']")
    segment = page.one("//section[@id='tbl-1-3-1']")
    assert page.text(segment.xpath("h4")[0]) == "1. Thủ tục A (Mã TTHC: 1.001806)"
    rows = segment.xpath(".//table//tbody/tr")
    # «Bước 2» spans its own row and the row merged with it; that row is a step of its own
    assert [c.get("rowspan") for c in rows[1].xpath("td")[1:4]] == ["2", "2", "2"]
    read_as, time = cells(rows[2])
    assert time == "1 ngày làm việc" and read_as.startswith("Bước 3 · 1 ngày làm việc")
    assert "Dòng gộp với dòng trên nhưng có ô thời gian riêng" in read_as
    # the time cell merged down belongs to the step above; the step below is flagged
    assert rows[3].xpath("td")[4].get("rowspan") == "2"
    assert "attention" in rows[4].get("class") and "Cần xem" in cells(rows[4])[0]
    # the printed total against the sum, the difference flagged in words, in its row
    total = rows[6]
    assert "row-total" in total.get("class") and "attention" in total.get("class")
    assert cells(total)[0] == ("Cần xem Dòng tổng: in 3 ngày làm việc, cộng các bước được "
                               "4,5 ngày làm việc — không khớp")
    differing = page.all(f"//div[{by_class('sum-differs')}]//a[@href='#tbl-1-3-1']")
    assert differing and differing[0].text_content() == "1. Thủ tục A (Mã TTHC: 1.001806)"
    assert not MACHINE_WORDS.search(page.text())


def test_the_page_in_english(pages):
    page = read_page(pages, ("qd.docx", to_docx(UNCODED)), lang="en")
    assert page.tree.get("lang") == "en"
    rows = page.all("//table//tbody/tr")
    assert cells(rows[0])[0] == "Step 1 · 4 working hours"
    assert cells(rows[1])[0] == "Step 2 · 0.5 working days"
    assert "It cannot be checked yet: 1 thing to complete" in page.text()
    assert page.one("//form[@id='correction']").get("action") == "/check/reading/verdict?lang=en"
    assert "Table 3 in file qd.docx" in page.text()
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


# --- a table shared by fifteen procedures -----------------------------------------------------------

def test_a_shared_table_is_shown_once_each_procedure_under_its_heading(pages):
    draft_ = shared_table_decision()
    page = read_page(pages, ("du-thao.html", html_of("shared-table").encode()))
    assert page.status == 200
    (printed,) = page.all("//article[" + by_class("printed-table") + "]")
    assert page.text(printed.xpath("h3")[0]) == "Bảng 6 trong tệp du-thao.html"
    segments = printed.xpath(f".//section[{by_class('segment')}]")
    assert len(segments) == 15
    table = draft_.annex[-1].rows
    # every row of the decision's table drawn once: its steps and totals, no row of another
    # procedure greyed out under any heading (the heading rows are the headings themselves)
    drawn = [cells(r)[1:] for s in segments for r in s.xpath(".//tbody/tr")]
    printed_rows = [r for r in table[1:] if r[1] is not LEFT or r[0].startswith("Tổng")]
    assert len(drawn) == len(printed_rows)
    assert not page.all(f"//tr[{by_class('row-other')}]")
    for k, s in enumerate(segments):
        heading, text = page.text(s.xpath("h4")[0]), page.text(s)
        assert code_of(k) in heading
        assert all(code_of(j) not in text for j in range(15) if j != k)
        assert f"thủ tục {code_of(k)}" in page.text(s.xpath(f".//p[{by_class('placed')}]")[0])
    # the summary links to each table whose printed total differs from its steps
    links = [a.get("href") for a in page.all(f"//div[{by_class('sum-differs')}]//a")]
    assert links == [f"#{segments[3].get('id')}", f"#{segments[9].get('id')}"]
    assert problems(page.html) == []  # a value a note quotes («listed») said in words


# --- corrections in plain fields --------------------------------------------------------------------

@pytest.mark.database
def test_the_reviewer_gives_a_code_and_gets_the_verdict(pages):
    data = read_page(pages, ("qd.docx", to_docx(UNCODED))).form_data()
    assert data["code_0"] == "" and data["tier_0"] == ["province"]
    page = verdict(pages, {**data, "code_0": "1.001806"})
    assert page.status == 200 and page.all("//*[@id='verdict-title']")
    sub = page.submission()
    (ip,) = sub["internal_procedures"]
    assert (ip["procedure_code"], ip["tier"], len(ip["steps"])) == ("1.001806", "province", 5)
    assert sub["procedures"][0]["name"].startswith("Thủ tục chưa có")  # the table's heading
    # the verdict above the reading, as corrected: the table now placed
    assert page.all("//section[@id='tbl-1-3-1']") and not page.all(
        f"//div[{by_class('place-now')}]")
    # the fields now say what the table became, and checking again changes nothing
    again = page.form_data()
    assert again["code_0"] == "1.001806"
    assert verdict(pages, again).submission() == sub


@pytest.mark.database
def test_a_placed_tables_code_and_tiers_are_corrected_in_its_fields(pages):
    data = read_page(pages, ("qd.docx", to_docx(GOOD))).form_data()
    assert data["code_0"] == "1.001806" and data["tier_0"] == ["province"]
    page = verdict(pages, {**data, "code_0": "1.001807", "tier_0": ["province", "commune"]})
    assert page.status == 200
    sub = page.submission()
    assert {(ip["procedure_code"], ip["tier"]) for ip in sub["internal_procedures"]} == {
        ("1.001807", "province"), ("1.001807", "commune")}
    assert [p["code"] for p in sub["procedures"]] == ["1.001807"]  # no table is 1.001806 now
    assert sub["procedures"][0]["tiers"] == ["province", "commune"]
    commune = next(ip for ip in sub["internal_procedures"] if ip["tier"] == "commune")
    assert "coordinating" not in commune  # the provincial centre coordinates province tier only


@pytest.mark.database
def test_a_group_table_takes_the_codes_of_its_procedures(pages):
    page = read_page(pages, ("qd.docx", to_docx(GROUP)))
    assert [li.text_content() for li in page.all(f"//section[@id='tbl-1-3-1']//ul[{by_class('members')}]/li")] == [
        "1.1 Thủ tục cấp phép A", "1.2. Thủ tục cấp lại phép A"]
    sub = verdict(pages, {**page.form_data(), "code_0": "1.001806, 1.001807"}).submission()
    assert [(p["code"], p["name"]) for p in sub["procedures"]] == [
        ("1.001806", "Thủ tục cấp phép A"), ("1.001807", "Thủ tục cấp lại phép A")]


@pytest.mark.database
def test_the_to_trinh_and_each_change_are_corrected_in_plain_fields(pages):
    page = read_page(pages, ("du-thao.docx", to_docx(shared_table_decision(count=4))))
    data = page.form_data()
    assert data["reference"] == "2849/TTr-SVHTTDL" and data["proposal"] == ["to_trinh"]
    assert page.one(f"//select[@name='change_{code_of(0)}']").get("id") == "change-1-012100"
    # not in the dossier: the submission says so
    without = verdict(pages, {**{k: v for k, v in data.items() if k != "in_dossier"}})
    assert "to_trinh" not in without.submission()["documents"]
    fixed = verdict(pages, {**without.form_data(), "reference": "2849/TTr-SVHTTDL (bổ sung)",
                            "submitted_on": "2025-11-14", "in_dossier": ["yes"],
                            f"change_{code_of(3)}": "abolished"})
    assert fixed.status == 200
    sub = fixed.submission()
    assert sub["reference"] == "2849/TTr-SVHTTDL (bổ sung)"
    assert sub["submitted_on"] == "2025-11-14" and fixed.one(
        "//p[" + by_class("verdict-of") + "]") is not None
    assert sub["documents"][0] == "to_trinh"
    assert next(p for p in sub["procedures"] if p["code"] == code_of(3))["change"] == "abolished"
    # the verdict names the abolished procedure as such: its table's printed total still
    # differs from its steps (READ-02), and no other rule about its table applies
    groups = [fixed.text(h) for h in fixed.all(f"//section[{by_class('finding-group')}]/h3")]
    (group,) = [g for g in groups if code_of(3) in g]
    assert group.endswith("(bãi bỏ)")
    assert all("(bãi bỏ)" not in g for g in groups if code_of(3) not in g)
    assert fixed.one("//select[@name='change_" + code_of(3) + "']/option[@selected]").get(
        "value") == "abolished"
    # a proposal letter in place of a Tờ trình
    letter = verdict(pages, {**fixed.form_data(), "proposal": "proposal_letter"}).submission()
    assert "proposal_letter" in letter["documents"] and "to_trinh" not in letter["documents"]
    # a date that is none is named, nothing is applied
    bad = verdict(pages, {**fixed.form_data(), "submitted_on": "2025-02-30"})
    assert bad.status == 422
    assert bad.one("//*[@id='error-summary']//a").get("href") == "#submitted_on"
    assert "«2025-02-30» không phải một ngày" in bad.text()
    assert bad.one("//input[@id='submitted_on']").get("aria-invalid") == "true"


@pytest.mark.database
def test_rows_that_are_not_steps_and_a_table_split_into_cases(pages):
    page = read_page(pages, ("du-thao.docx", docx_of("extra-row")))
    data = {**page.form_data(), "in_dossier": ["yes"]}
    assert outcome(verdict(pages, data)).startswith("Chưa đạt")  # 6 days of steps, 5 printed
    # a row marked as not a step leaves the internal procedure, and its row says so
    marked = verdict(pages, {**data, "notstep_0": ["3"]})
    assert marked.status == 200
    (ip,) = marked.submission()["internal_procedures"]
    assert [s["order"] for s in ip["steps"]] == [1, 2, 3, 4, 5]
    assert all("bổ sung, hoàn thiện" not in s.get("action", "") for s in ip["steps"])
    assert any("Không phải bước (theo sửa của bạn)" in marked.text(r) for r in marked.all(
        f"//tr[{by_class('row-corrected')}]"))
    assert marked.one("//input[@id='notstep_0_3']").get("checked") is not None
    assert not marked.submission().get("open_points")
    assert outcome(marked) == "Đạt"
    # two cases, each with its steps and its total: one internal procedure each
    split = verdict(pages, {**data, "case_0_1_name": "Hồ sơ đầy đủ", "case_0_1_steps": "1-2, 4-6",
                            "case_0_1_total": "5", "case_0_2_name": "Phải bổ sung hồ sơ",
                            "case_0_2_total": "6"})
    assert split.status == 200
    cases = {(ip.get("variant"), len(ip["steps"]), ip["time_limit"]["value"])
             for ip in split.submission()["internal_procedures"]}
    assert cases == {("Hồ sơ đầy đủ", 5, 5), ("Phải bổ sung hồ sơ", 6, 6)}
    assert outcome(split) == "Đạt"
    k = 0
    # what does not say a case is named, on its field
    bad = verdict(pages, {**data, f"case_{k}_1_name": "A", f"case_{k}_1_steps": "1-9"})
    assert bad.status == 422
    links = [a.get("href") for a in bad.all("//*[@id='error-summary']//a")]
    assert f"#case_{k}_1_steps" in links and f"#case_{k}_2_name" in links
    assert "«1-9» không phải bước của bảng này" in bad.text()


@pytest.mark.database
def test_a_bad_correction_is_explained(pages):
    page = verdict(pages, {"submission": "{not json"})
    assert page.status == 400
    assert page.one("//*[@id='error-summary']//a").get("href") == "#submission"
    assert "không phải JSON hợp lệ: nội dung bị lỗi từ dòng 1, cột 2." in page.text()
    assert page.one(f"//details[{by_class('advanced')}]").get("open") is not None
    data = read_page(pages, ("qd.docx", to_docx(UNCODED))).form_data()
    page = verdict(pages, {**data, "code_0": "12345"})
    assert page.status == 422
    assert page.one("//*[@id='error-summary']//a").get("href") == "#code_0"
    assert "«12345» không phải mã TTHC" in page.text(page.one("//*[@id='code_0-error']"))
    assert page.one("//input[@id='code_0']").get("aria-invalid") == "true"
    page = verdict(pages, {**data, "code_0": "1.001806", "tier_0": []})
    assert page.status == 422 and "chọn ít nhất một cấp." in page.text()
    assert page.one("//*[@id='error-summary']//a").get("href") == "#tier_0_province"
    # the page's own state, changed, is refused plainly: never trusted, never a server error
    for state in ("x", data["state"][:-3] + "abc", data["state"] + "x", "." + data["state"]):
        page = verdict(pages, {**data, "state": state, "code_0": "1.001806"})
        assert page.status == 400 and "hãy đọc lại các tệp" in page.text(), state
        assert page.one("//*[@id='error-summary']//a").get("href") == "#files"


@pytest.mark.database
def test_what_the_contract_still_misses_is_named_in_vietnamese(pages):
    data = read_page(pages, ("qd.docx", to_docx(GOOD))).form_data()
    sub = json.loads(data["submission"])
    del sub["kind"]
    sub["internal_procedures"][0]["steps"][0]["duration"]["unit"] = "weeks"
    page = verdict(pages, {**data, "submission": json.dumps(sub, ensure_ascii=False)})
    assert page.status == 422
    lines = [page.text(li) for li in page.all("//*[@id='error-summary']//li")]
    assert any(line.startswith("Loại hồ sơ:") for line in lines), lines
    assert any("thời gian › đơn vị: phải là một trong các giá trị: ngày làm việc, giờ làm việc."
               in line for line in lines), lines
    links = {a.get("href") for a in page.all("//*[@id='error-summary']//a")}
    assert links == {"#submission"}  # fixed in the advanced form, opened
    assert page.one("//form[@id='correction']//details").get("open") is not None
    assert not MACHINE_WORDS.search(page.text()) and "submitted_on" not in page.text()
    # a table's procedure the advanced form took away: the table's field is where to fix it
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


# --- Vietnamese pages speak Vietnamese -------------------------------------------------------------

@pytest.mark.parametrize("shape", ["shared-table", "alternative-paths", "case-headings",
                                   "combined-tier", "extra-row"])
def test_no_english_word_enum_or_legal_staff_note_on_a_reading(pages, shape):
    page = read_page(pages, ("du-thao.html", html_of(shape).encode()))
    assert page.status == 200
    assert problems(page.html) == []


@pytest.mark.database
def test_no_english_word_enum_or_legal_staff_note_on_a_verdict_of_a_reading(pages):
    for shape in ("shared-table", "extra-row"):  # a verdict with findings, one without
        page = read_page(pages, ("du-thao.html", html_of(shape).encode()))
        answered = verdict(pages, {**page.form_data(), "in_dossier": ["yes"]})
        assert answered.status == 200 and answered.all("//*[@id='verdict-title']")
        assert problems(answered.html) == []


# --- open points: a correction settles the point it settles ------------------------------------

def _item(steps: list[tuple[float, str]], printed: dict | None, was: list[dict]) -> dict:
    """A table's state as the page keeps it (``service.web.reading_fixes.initial_items``)."""
    contract = [{"order": k + 1, "action": f"Bước {k + 1}", "responsible": "Chuyên viên",
                 "duration": {"value": v, "unit": u}, "counted": True}
                for k, (v, u) in enumerate(steps)]
    return {"where": {"file": "qd.docx", "table": 5}, "heading": "1. Thủ tục A",
            "place": "tệp qd.docx, bảng 5", "point_heading": "1. Thủ tục A", "name": "Thủ tục A",
            "names": ["Thủ tục A"], "variant": None, "tiers": ["province"], "steps": contract,
            "totals": [{"printed": printed, "steps": [1, len(contract)],
                        "place": "tệp qd.docx, bảng 5, dòng 9"}],
            "centre": False, "was": was, "points": [],
            "applied": {"codes": [w["procedure_code"] for w in was][:1],
                        "tiers": ["province"], "variant": "", "limit": printed,
                        "not_steps": [], "cases": []}}


def test_each_correction_removes_the_open_point_it_settles():
    from service.web.reading_fixes import apply_tables, points_of

    days = "working_days"
    placed = [{"procedure_code": "1.001806", "tier": "province", "variant": None}]
    # a printed total of 5 days over steps of 6: one point, for the first procedure and tier
    item = _item([(1, days), (2, days), (3, days)], {"value": 5, "unit": days}, placed)
    (point,) = points_of(item, item["applied"])
    assert point == {"kind": "total_differs", "place": "tệp qd.docx, bảng 5, dòng 9",
                     "heading": "1. Thủ tục A", "procedure_code": "1.001806",
                     "tier": "province", "printed": {"value": 5, "unit": days},
                     "summed": {"value": 6, "unit": days}}
    other = {"kind": "unplaced_table", "place": "tệp qd.docx, bảng 9"}
    raw = {"kind": "internal_procedure", "submitter": {"type": "department"},
           "procedures": [{"code": "1.001806", "name": "Thủ tục A", "tiers": ["province"]}],
           "internal_procedures": [{"procedure_code": "1.001806", "tier": "province",
                                    "drafted_by": {"type": "department"},
                                    "steps": item["steps"]}],
           "open_points": [point, other]}
    item["points"] = [["total_differs", point["place"], point["heading"], "1.001806",
                       "province", ""]]
    # the step of one day is not a step: 5 days, as printed: the point is settled, the
    # other table's point kept
    apply_tables(raw, [item], [{**item["applied"], "not_steps": [1]}])
    assert raw["open_points"] == [other]
    assert [s["order"] for s in raw["internal_procedures"][0]["steps"]] == [1, 2]
    assert raw["internal_procedures"][0]["time_limit"] == {"value": 5, "unit": days}
    # a total given that the steps do not add up to: the point comes back, as corrected
    apply_tables(raw, [item], [{**item["applied"], "limit": {"value": 4, "unit": days}}])
    assert [p["kind"] for p in raw["open_points"]] == ["unplaced_table", "total_differs"]
    assert raw["open_points"][1]["printed"] == {"value": 4, "unit": days}
    # two cases, each with its own steps and total: each adds up, nothing left open but the
    # other table
    apply_tables(raw, [item], [{**item["applied"], "limit": None, "not_steps": [], "cases": [
        {"name": "a) Hồ sơ đầy đủ", "steps": [1, 2], "total": {"value": 3, "unit": days}},
        {"name": "b) Phải xác minh", "steps": [1, 2, 3], "total": {"value": 6, "unit": days}}]}])
    assert raw["open_points"] == [other]
    assert {(ip.get("variant"), ip["time_limit"]["value"]) for ip in
            raw["internal_procedures"]} == {("a) Hồ sơ đầy đủ", 3), ("b) Phải xác minh", 6)}
    # a table placed settles its own point: an unplaced table placed leaves none
    lost = _item([(1, days)], None, [])
    unplaced = points_of(lost, lost["applied"])
    assert unplaced == [{"kind": "unplaced_table", "place": "tệp qd.docx, bảng 5",
                         "heading": "1. Thủ tục A"}]
    raw["open_points"].append(unplaced[0])
    lost["points"] = [["unplaced_table", "tệp qd.docx, bảng 5", "1. Thủ tục A", None, None,
                       ""]]
    apply_tables(raw, [lost], [{**lost["applied"], "codes": ["1.001807"],
                                "tiers": ["province"]}])
    assert raw["open_points"] == [other]


@pytest.mark.database
def test_whatever_the_advanced_form_makes_of_the_submission_the_page_answers(pages):
    """A 4xx naming what is wrong, never a server error, with the reading still shown."""
    data = read_page(pages, ("du-thao.html", html_of("extra-row").encode())).form_data()
    odd = [None, 7, "x", [], {}, [1, "a", None], {"code": []}, True]
    for key in ("kind", "province", "submitter", "approver", "procedures", "documents",
                "internal_procedures", "open_points", "reference", "submitted_on"):
        for value in odd:
            sub = json.loads(data["submission"])
            sub[key] = value
            page = verdict(pages, {**data, "submission": json.dumps(sub, ensure_ascii=False),
                                   "notstep_0": ["3"], "reference": "1/TTr-X"})
            assert page.status in (200, 400, 422), (key, value, page.status)
            assert page.all("//section[@id='tbl-1-3-1']"), (key, value)


# --- the verdict carries the reading --------------------------------------------------------------

@pytest.mark.database
def test_the_verdict_carries_the_reading_and_a_correction_settles_its_open_points(pages):
    page = read_page(pages, ("du-thao.html", html_of("shared-table").encode()))
    data = page.form_data()
    differing = [a.get("href")[1:] for a in page.all(f"//div[{by_class('sum-differs')}]//a")]
    assert len(differing) == 2
    # the two totals that differ from their steps are open points: findings, counted in the
    # error summary, each linked to its table on the page
    before = verdict(pages, data)
    assert outcome(before) == "Cần xem xét thêm"
    summary = before.one("//*[@id='error-summary']")
    assert before.text(summary).startswith("2 điểm việc đọc chưa xác định được")
    assert len(summary.xpath(".//a")) == 2
    links = [a.get("href") for a in before.all(f"//a[{by_class('finding-table')}]")]
    assert links == [f"#{anchor}" for anchor in differing]
    assert {f.get("href") for f in before.all(f"//li[{by_class('finding')}]//a[{by_class('rule-link')}]")} == {"/rules/READ-02"}
    assert before.all("//section[@id='" + differing[0] + "']")  # the reading below the verdict
    # the listed procedure that is abolished is said so
    abolished = [li for li in before.all(f"//ul[{by_class('procedure-list')}]/li")
                 if "1.012115" in before.text(li)]
    assert abolished and "bãi bỏ" in before.text(abolished[0])
    # the reviewer gives each table the total that is right: nothing is left open
    fixed = dict(before.form_data())
    for anchor in differing:
        k = before.one(f"//section[@id='{anchor}']//input[starts-with(@name, 'limit_')]").get(
            "name").split("_")[1]
        fixed[f"limit_{k}"], fixed[f"unit_{k}"] = "5", "working_days"
    after = verdict(pages, fixed)
    assert outcome(after) == "Đạt"
    assert "open_points" not in after.submission()
    assert not after.all("//*[@id='error-summary']")


@pytest.mark.database
def test_placing_a_table_settles_its_open_point(pages):
    partly = draft(*PROVINCE_TIER, "1. Thủ tục A (Mã TTHC: 1.001806)", steps_sheet(SIMPLE_STEPS),
                   "2. Thủ tục chưa có mã", steps_sheet(SIMPLE_STEPS[:3]))
    page = read_page(pages, ("qd.docx", to_docx(partly)))
    assert page.submission()["open_points"] == [
        {"kind": "unplaced_table", "place": "tệp qd.docx, bảng 4",
         "heading": "2. Thủ tục chưa có mã"}]
    data = {**page.form_data(), "in_dossier": ["yes"]}
    before = verdict(pages, data)
    assert outcome(before) == "Cần xem xét thêm"
    (link,) = before.all(f"//a[{by_class('finding-table')}]")
    assert link.get("href") == "#tbl-1-4-1"
    after = verdict(pages, {**before.form_data(), "code_1": "1.001807"})
    assert "open_points" not in after.submission()
    assert outcome(after) == "Đạt"
    assert {(ip["procedure_code"], len(ip["steps"])) for ip in
            after.submission()["internal_procedures"]} == {("1.001806", 5), ("1.001807", 3)}

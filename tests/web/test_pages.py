"""Every page through the Flask test client: status, key content, language, search, bad input."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from service.engine import get_engine
from service.web.directive import anchors as directive_anchors
from service.web.rulebook import directive_anchor

from .wcag import contrast

STATIC = Path(__file__).resolve().parents[2] / "service" / "web" / "static"
REJECTED_EXAMPLE = "publication-missing-internal-procedure.json"
PAGES = ["/rules", "/rules/QTNB-08", "/rules?q=QTNB-08", "/directive", "/check",
         "/submissions", "/coverage"]


class Page(HTMLParser):
    """The bits of a page the tests look at: elements with their attributes, and text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.texts: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.texts.append(data)

    def all(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.elements if t == tag and
                all(a.get(k.rstrip("_")) == v for k, v in attrs.items())]

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if "id" in a}

    def links(self) -> list[str]:
        return [a["href"] for a in self.all("a") if "href" in a]

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())


def get(client, url: str, status: int = 200, **kwargs) -> Page:
    response = client.get(url, **kwargs)
    assert response.status_code == status, (url, response.status_code)
    assert response.mimetype == "text/html"
    return Page(response.get_data(as_text=True))


def post_check(client, status: int = 200, **form) -> Page:
    data = {k: (io.BytesIO(v[0]), v[1]) if isinstance(v, tuple) else v for k, v in form.items()}
    response = client.post("/check", data=data, content_type="multipart/form-data")
    assert response.status_code == status, response.get_data(as_text=True)[-2000:]
    assert response.mimetype == "text/html"
    return Page(response.get_data(as_text=True))


# --- every page -----------------------------------------------------------------------------

@pytest.mark.parametrize("url", PAGES)
def test_every_page_is_accessible_html_with_nothing_from_elsewhere(client, url):
    response = client.get(url)
    assert response.status_code in (200, 503)
    html = response.get_data(as_text=True)
    page = Page(html)
    assert page.all("html")[0]["lang"] == "vi"
    assert len(page.all("h1")) == 1
    assert page.all("main", id="main") and page.all("header") and page.all("footer")
    assert page.all("nav")[0].get("aria-label")
    assert page.all("a", class_="skip-link")[0]["href"] == "#main"
    # no resource and no link from the internet; the browser is told to refuse any
    assert not re.search(r"""(src|href|action)=["']?(https?:)?//""", html)
    assert "@import" not in html and "<script" not in html.replace("<script src=\"/web/", "")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    # every form control has a label
    labelled = {a["for"] for a in page.all("label")}
    for tag in ("input", "select", "textarea"):
        for control in page.all(tag):
            assert control.get("id") in labelled or control.get("aria-label"), (tag, control)
    # print stylesheet
    assert page.all("link", rel="stylesheet", media="print")


def test_static_files_are_served(client):
    for name in ("web.css", "print.css"):
        response = client.get(f"/web/static/{name}")
        assert response.status_code == 200 and response.mimetype == "text/css"
        response.close()


def test_colour_pairs_have_a_contrast_of_at_least_4_5():
    css = (STATIC / "web.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6})", css))
    pairs = [(name[:-3], colours[name], colours[name[:-3] + "-bg"])
             for name in colours if name.endswith("-fg")]
    pairs += [("text", colours["text"], colours["bg"]), ("muted", colours["muted"], colours["bg"]),
              ("link", colours["link"], colours["bg"]),
              ("visited", colours["link-visited"], colours["bg"]),
              ("link on panel", colours["link"], colours["panel"]),
              ("focus", colours["focus-text"], colours["focus"]),
              ("in force", colours["accepted-bg"], colours["bg"])]
    assert len(pairs) >= 15
    for name, fg, bg in pairs:
        assert contrast(fg, bg) >= 4.5, (name, fg, bg, round(contrast(fg, bg), 2))
    assert ":focus-visible" in css and "outline: 3px" in css
    assert "@page" in (STATIC / "print.css").read_text(encoding="utf-8")


# --- language -------------------------------------------------------------------------------

def test_english_switch_is_remembered_in_a_cookie(client):
    page = get(client, "/rules?lang=en")
    assert page.all("html")[0]["lang"] == "en"
    assert "The rule book" in page.text and "Internal procedures are drafted by a department" \
        in page.text
    cookie = client.get_cookie("lang")
    assert cookie is not None and cookie.value == "en"
    later = get(client, "/rules/QTNB-08")  # no query: the cookie speaks
    assert later.all("html")[0]["lang"] == "en" and "Specifying scenarios" in later.text
    back = get(client, "/check?lang=vi")
    assert back.all("html")[0]["lang"] == "vi" and client.get_cookie("lang").value == "vi"
    assert "Kiểm tra trước hồ sơ trình" in back.text


def test_unknown_language_falls_back_to_vietnamese(client):
    client.set_cookie("lang", "fr")
    page = get(client, "/rules?lang=de")
    assert page.all("html")[0]["lang"] == "vi"
    assert "Sổ tay quy tắc" in page.text


def test_language_links_keep_the_page_and_its_query(client):
    page = get(client, "/rules?q=QTNB-08")
    assert "/rules?q=QTNB-08&lang=en" in page.links()


# --- rule book ------------------------------------------------------------------------------

def test_rule_book_lists_every_pack_and_every_rule_with_its_basis(client):
    policies = get_engine().policies
    page = get(client, "/rules")
    for pack in policies.packs:
        assert pack.document in page.text and pack.version in page.text
        assert f"pack-{pack.id}" in page.ids()
    for rule in policies.rules:
        assert f"/rules/{rule.id}" in page.links()
        assert rule.title["vi"] in page.text and rule.message["vi"] in page.text
        for basis in rule.legal_basis:
            assert basis["quote"] in page.text and basis["gloss"] in page.text
            anchor = directive_anchor(basis)
            if anchor:
                assert f"/directive#{anchor}" in page.links()
        if rule.interpretation:
            assert rule.interpretation["vi"] in page.text
    assert page.text.count("[interp]") == sum(1 for r in policies.rules if r.interpretation)
    assert "chưa có ngày hết hiệu lực" in page.text  # open-ended packs say so
    assert "đến 30/06/2025" in page.text  # QTNB-04 ends then


def test_rule_book_links_each_rule_to_its_scenarios(client):
    page = get(client, "/rules")
    links = [h for h in page.links() if h.startswith("/rules/QTNB-08#sc-")]
    assert len(links) == 3
    rule = get(client, "/rules/QTNB-08")
    assert {h.split("#")[1] for h in links} <= rule.ids()
    assert "Chưa có kịch bản nào gắn nhãn @QTDT-01." in page.text


def shown_rules(client, query: str) -> list[str]:
    page = get(client, "/rules", query_string={"q": query})
    shown = [a["id"].removeprefix("rule-") for a in page.all("article", class_="rule")]
    assert f"{len(shown)} quy tắc khớp" in page.text
    return shown


@pytest.mark.parametrize("query, first, included, excluded", [
    ("QTNB-08", "QTNB-08", {"QTNB-08"}, {"QTNB-01", "QTNB-09"}),
    ("qtnb08", "QTNB-08", {"QTNB-08"}, {"QTNB-01"}),
    ("cb-01", "CB-01", {"CB-01"}, {"QTNB-06"}),
    ("to trinh", None, {"QTNB-05", "QTNB-06", "QTNB-07"}, {"QTDT-01", "CQDP-01"}),
    ("Submission letter", None, {"QTNB-06"}, {"QTDT-01"}),
    ("not connected to the national", None, {"CHUNG-02"}, {"CHUNG-01", "QTNB-06"}),
    ("chua ket noi voi cong", None, {"CHUNG-02"}, {"CHUNG-01", "QTNB-06"}),
    ("ND61", None, {"ND61-01", "ND61-02"}, {"QTNB-01"}),
    ("§QTNB-7", None, {"QTNB-11", "QTNB-12"}, {"QTNB-06", "QTNB-01"}),
])
def test_search_by_id_or_word_in_either_language(client, query, first, included, excluded):
    shown = shown_rules(client, query)
    assert included <= set(shown) and not excluded & set(shown)
    if first:
        assert shown[0] == first


@pytest.mark.parametrize("variants", [
    ("Tờ trình", "to trinh", "TỜ TRÌNH", "tờ   trình"),
    ("chưa kết nối với Cổng", "chua ket noi voi cong"),
    ("Đúng cơ quan chủ trì", "dung co quan chu tri"),
])
def test_search_ignores_diacritics_and_case(client, variants):
    results = [shown_rules(client, v) for v in variants]
    assert results[0] and all(r == results[0] for r in results)


def test_search_without_match_says_so(client):
    page = get(client, "/rules?q=zzqx+vwy")
    assert not page.all("article", class_="rule")
    assert "Không có quy tắc nào khớp" in page.text


def test_rule_page_shows_everything_about_the_rule(client):
    rule = get_engine().policies.rule("QTNB-10")
    page = get(client, "/rules/QTNB-10")
    assert page.all("h1") and "QTNB-10" in page.text and rule.title["vi"] in page.text
    assert "Cảnh báo" in page.text and "từng thủ tục" in page.text
    assert "từ 29/11/2019" in page.text and "policies/vinhphuc-9579/rules/" in page.text
    for basis in rule.legal_basis:
        assert basis["quote"] in page.text and basis["gloss"] in page.text
    assert [f"/directive#{directive_anchor(b)}" for b in rule.legal_basis] == \
        [h for h in page.links() if h.startswith("/directive#")] != []
    assert rule.interpretation["vi"] in page.text and "[interp]" in page.text
    assert rule.message["vi"] in page.text and rule.message["en"] in page.text


def test_rule_page_renders_its_scenarios_readably(client):
    page = get(client, "/rules/QTNB-08")
    articles = page.all("article", class_="scenario")
    assert len(articles) == 3
    text = page.text
    assert "Kịch bản: Thủ tục mới thiếu quy trình nội bộ cấp huyện" in text
    assert "Khung kịch bản: Thủ tục sửa đổi <nội dung>" in text
    assert "Bối cảnh: Cho hồ sơ trình công bố của Sở Xây dựng nộp ngày 02/03/2020" in text
    assert 'Khi kiểm tra hồ sơ Thì kết quả là "từ chối"' in text
    tables = page.all("table", class_="data-table")
    assert len(tables) == 2  # the step's data table and the outline's examples
    assert "cấp tỉnh huyện" in text and "nội dung kết quả thời hạn giải quyết từ chối" in text
    assert "tests/web/features/mau.feature" in text
    assert text.count("chưa chạy") == 6  # 3 in the contents, 3 on the scenarios


def test_rule_page_shows_the_recorded_results_never_invented(client, record_results):
    file = "tests/web/features/mau.feature"
    record_results({
        f"{file}::Thủ tục mới thiếu quy trình nội bộ cấp huyện": {
            "file": file, "name": "Thủ tục mới thiếu quy trình nội bộ cấp huyện", "line": 11,
            "outcome": "passed", "finished_at": "2026-11-01T09:29:58Z", "duration": 0.02,
            "runs": {"passed": 1, "failed": 0, "skipped": 0}},
        f"{file}::Thủ tục sửa đổi <nội dung>": {
            "file": file, "name": "Thủ tục sửa đổi <nội dung>", "line": 20,
            "outcome": "failed", "finished_at": "2026-11-01T09:29:59Z", "duration": 0.05,
            "runs": {"passed": 1, "failed": 1, "skipped": 0}},
    })
    page = get(client, "/rules/QTNB-08")
    results = [a["class"] for a in page.all("span") if "result " in a.get("class", "")]
    assert results == ["result result-passed", "result result-failed", "result result-not-run",
                       "result result-passed", "result result-failed", "result result-not-run"]
    assert "lúc 2026-11-01 09:29:58 UTC" in page.text
    assert "1/2 dòng dữ liệu đạt" in page.text
    english = get(client, "/rules/QTNB-08?lang=en")
    assert "passed" in english.text and "failed" in english.text and "not run yet" in english.text


def test_unreadable_results_file_means_not_run_yet(client, results_file):
    results_file.write_text("{not json", encoding="utf-8")
    assert get(client, "/rules/QTNB-08").text.count("chưa chạy") == 6


def test_rule_id_in_another_case_redirects(client):
    response = client.get("/rules/qtnb-08")
    assert response.status_code == 301 and response.headers["Location"] == "/rules/QTNB-08"


def test_unknown_rule_is_a_404_page(client):
    page = get(client, "/rules/XX-99", status=404)
    assert "Không có quy tắc «XX-99»" in page.text


# --- directive ------------------------------------------------------------------------------

def test_directive_has_an_id_per_paragraph_anchor(client):
    page = get(client, "/directive")
    expected = {"INTRO", "QTNB-1", "QTNB-2a", "QTNB-2b", "QTNB-3", "QTNB-4", "QTNB-5", "QTNB-6",
                "QTNB-7", "QTDT-0", "QTDT-1a", "QTDT-1b", "QTDT-2", "QTDT-3", "CHUNG"}
    assert set(directive_anchors()) == expected
    assert expected <= page.ids()
    cited = {directive_anchor(b) for r in get_engine().policies.rules for b in r.legal_basis}
    assert cited - {None} <= expected  # every rule's basis link lands on a paragraph
    assert all(a["lang"] == "vi" for a in page.all("blockquote"))
    assert "UBND tỉnh yêu cầu 100% TTHC phải có quy trình nội bộ" in page.text


def test_directive_lists_the_rules_citing_each_paragraph(client):
    html = client.get("/directive").get_data(as_text=True)
    section = html.split('id="QTNB-6"')[1].split("<h3")[0]
    citing = [r.id for r in get_engine().policies.rules
              if any(directive_anchor(b) == "QTNB-6" for b in r.legal_basis)]
    assert {"QTNB-08", "CB-01"} <= set(citing)
    assert re.findall(r'href="/rules/([A-Z0-9-]+)"', section) == citing


# --- pre-check ------------------------------------------------------------------------------

def test_check_form(client):
    page = get(client, "/check")
    assert page.all("form", method="post", enctype="multipart/form-data")
    assert page.all("textarea", id="submission") and page.all("input", type="file")
    options = [a["value"] for a in page.all("option")]
    assert REJECTED_EXAMPLE in options and "contract-example.json" in options
    assert not page.all("section", class_="verdict")


@pytest.mark.database
def test_check_an_example_shows_the_verdict_grouped_by_procedure(client, store):
    page = post_check(client, example=REJECTED_EXAMPLE)
    assert page.all("p", class_="outcome outcome-rejected")
    text = page.text
    assert "Không đạt — trả lại hồ sơ" in text and "2 lỗi, 0 cảnh báo, 1 thông tin" in text
    groups = page.all("section", class_="finding-group")
    assert len(groups) == 3
    assert text.index("Thủ tục 1.009994") < text.index("Thủ tục 1.009995")
    rule_links = [a["href"] for a in page.all("a", class_="rule-link")]
    assert rule_links == ["/rules/QTNB-08", "/rules/QTNB-08", "/rules/QTNB-09"]
    assert "missing_tiers" in text and "cấp huyện" in text  # the facts, labelled
    assert "«Các sở, ban, ngành khi trình Chủ tịch UBND tỉnh dự thảo quyết định công bố" in text
    assert "/directive#QTNB-6" in page.links()
    assert "selected" in page.all("option", value=REJECTED_EXAMPLE)[0]
    # like an API precheck, the evaluation is in the decision log
    with store.engine.connect() as connection:
        logged = connection.exec_driver_sql(
            "SELECT source, outcome FROM decision_log").all()
    assert [tuple(row) for row in logged] == [("precheck", "rejected")]


@pytest.mark.database
def test_check_a_pasted_submission_in_english(client, example):
    client.get("/rules?lang=en")
    page = post_check(client, submission=example("internal-procedure-amendment.json"))
    assert page.all("html")[0]["lang"] == "en"
    assert page.all("p", class_="outcome outcome-needs_review")
    assert "Needs review" in page.text and "QTNB-12" in page.text
    # the pasted text stays in the box, to be corrected and checked again
    assert page.all("textarea", id="submission")


@pytest.mark.database
def test_check_an_uploaded_file(client, example):
    body = example("after-2025-reform-district.json").encode("utf-8")
    page = post_check(client, file=(b"\xef\xbb\xbf" + body, "ho-so.json"))
    assert page.all("p", class_="outcome outcome-rejected") and "CQDP-01" in page.text


@pytest.mark.database
def test_check_by_link_to_an_example(client):
    page = get(client, "/check?example=contract-example.json")
    assert page.all("p", class_="outcome outcome-accepted") and "Đạt" in page.text
    assert "Không có phát hiện nào." in page.text


@pytest.mark.database
def test_check_a_submission_before_any_policy(client):
    page = get(client, "/check?example=before-any-policy.json")
    assert page.all("p", class_="outcome outcome-no_policy")


def error_rows(page: Page) -> str:
    return page.text.split("Sửa các trường sau rồi kiểm tra lại:")[1]


@pytest.mark.parametrize("form, status, expected", [
    ({"submission": "{not json"}, 400, "Không phải JSON hợp lệ"),
    ({"submission": "[1, 2]"}, 422, "body must be a JSON object"),
    ({"submission": '{"kind": "publication", "kind": "publication"}'}, 422,
     "kind appears more than once in its object (duplicate key)."),
    ({"submission": '{"kind": NaN}'}, 400, "Không phải JSON hợp lệ"),
    ({"submission": '{"kind": "publication"}'}, 422, "submitted_on is required."),
    ({"submission": "   "}, 400, "Chưa có hồ sơ"),
    ({}, 400, "Chưa có hồ sơ"),
    ({"example": "../pyproject.toml"}, 400, "Không có ví dụ «../pyproject.toml»"),
    ({"file": (b"\xff\xfe{", "x.json")}, 400, "Tệp không phải văn bản UTF-8."),
    ({"submission": "[" * 5000 + "]" * 5000}, 400, "is nested more than 32 levels deep"),
    ({"submission": '{"reference": "\\ud800"}'}, 422, "unpaired surrogate"),
    ({"submission": '{"reference": ' + "9" * 5000 + "}"}, 400, "Không phải JSON hợp lệ"),
    ({"submission": '{"procedures": [{"code": 1.5e999}]}'}, 422, "procedures.0.code"),
])
def test_bad_input_shows_the_field_errors_never_a_500(client, form, status, expected):
    page = post_check(client, status=status, **form)
    assert page.all("section", class_="errors")
    assert expected in error_rows(page)
    assert not page.all("section", class_="verdict")


def test_bad_input_names_every_offending_field(client, example):
    submission = json.loads(example("contract-example.json"))
    submission["procedures"][0]["code"] = "1.0099"
    submission["procedures"][0]["tiers"] = ["planet"]
    submission["surprise"] = True
    page = post_check(client, status=422, submission=json.dumps(submission))
    paths = {t.strip() for t in page.texts}
    assert {"procedures.0.code", "procedures.0.tiers.0", "surprise"} <= paths
    assert "surprise" in page.text and "unknown field" in page.text
    assert page.all("textarea", id="submission")  # what was sent is there to correct


def test_bad_input_on_a_get_link(client):
    page = get(client, "/check?example=nope.json", status=400)
    assert "Không có ví dụ «nope.json»" in page.text


def test_too_large_a_submission_is_a_413_page(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 2000
    page = post_check(client, status=413, submission="[" + "1," * 2000 + "1]")
    assert "vượt quá giới hạn 2000 byte" in page.text


def test_database_down_on_check_is_a_503_page_not_a_500(client, example):
    # this test's database is never migrated: writing the decision log fails
    page = post_check(client, status=503, submission=example("contract-example.json"))
    assert "Không thể kiểm tra lúc này" in page.text


# --- stored submissions ---------------------------------------------------------------------

def store_examples(store, example, *names):
    from service.contract.schemas import load_submission
    engine = get_engine()
    return [store.create_submission(load_submission(json.loads(example(n))),
                                    engine.evaluate).submission for n in names]


@pytest.mark.database
def test_submissions_list_and_filters(client, store, example):
    rejected, accepted, review = store_examples(
        store, example, REJECTED_EXAMPLE, "contract-example.json",
        "internal-procedure-amendment.json")
    page = get(client, "/submissions")
    rows = [h for h in page.links() if h.startswith("/submissions/")]
    assert rows == [f"/submissions/{s.id}" for s in (review, accepted, rejected)]
    assert "Không đạt — trả lại hồ sơ" in page.text and "131/TTr-SXD" in page.text
    only = get(client, "/submissions?outcome=rejected")
    assert [h for h in only.links() if h.startswith("/submissions/")] == \
        [f"/submissions/{rejected.id}"]
    kind = get(client, "/submissions?kind=internal_procedure_amendment")
    assert [h for h in kind.links() if h.startswith("/submissions/")] == \
        [f"/submissions/{review.id}"]
    submitter = get(client, f"/submissions?submitter={rejected.submitter_code}")
    assert f"/submissions/{rejected.id}" in submitter.links()
    future = get(client, "/submissions?since=2999-01-01")
    assert "Không có hồ sơ nào." in future.text


@pytest.mark.database
def test_submissions_pages_follow_on(client, store, example, monkeypatch):
    from service.web import pages_stored
    monkeypatch.setattr(pages_stored, "PAGE_SIZE", 2)
    first, second, third = store_examples(store, example, "contract-example.json",
                                          "contract-example.json", "contract-example.json")
    page = get(client, "/submissions")
    assert [h for h in page.links() if h.startswith("/submissions/")] == \
        [f"/submissions/{third.id}", f"/submissions/{second.id}"]
    following = page.all("a", rel="next")[0]["href"]
    assert [h for h in get(client, following).links() if h.startswith("/submissions/")] == \
        [f"/submissions/{first.id}"]


@pytest.mark.database
def test_bad_filters_are_named_not_a_500(client):
    page = get(client, "/submissions?since=yesterday&outcome=maybe", status=400)
    assert "Bộ lọc không hợp lệ" in page.text and "yesterday" in page.text


@pytest.mark.database
def test_stored_submission_shows_its_verdict_and_history(client, store, example):
    (record,) = store_examples(store, example, REJECTED_EXAMPLE)
    page = get(client, f"/submissions/{record.id}")
    assert page.all("p", class_="outcome outcome-rejected")
    assert [a["href"] for a in page.all("a", class_="rule-link")] == \
        ["/rules/QTNB-08", "/rules/QTNB-08", "/rules/QTNB-09"]
    assert record.verdict.decision_id in page.text and "Lịch sử đánh giá" in page.text
    assert "131/TTr-SXD" in page.text


@pytest.mark.database
def test_unknown_submission_is_a_404_page(client):
    assert "Không có hồ sơ" in get(client, "/submissions/01ARZ3NDEKTSV4RRFFQ69G5FAV",
                                   status=404).text
    assert "Không có hồ sơ" in get(client, "/submissions/not-an-id", status=404).text


def test_storage_down_is_a_503_page(client):
    page = get(client, "/submissions", status=503)
    assert "Kho lưu trữ hồ sơ chưa sẵn sàng." in page.text


# --- coverage -------------------------------------------------------------------------------

REGISTRY_LIST = """\
Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Cơ quan thực hiện,Cơ quan quản lý,Địa điểm tiếp nhận,\
Thời hạn giải quyết,Loại thay đổi,Số quyết định,Ngày quyết định
2.000394,Chứng thực di chúc,Chứng thực,"Cấp tỉnh, cấp xã",Sở Tư pháp; UBND cấp xã,Sở Tư pháp,\
Trung tâm Phục vụ hành chính công tỉnh,01 ngày làm việc,Mới ban hành,1520/QĐ-UBND,2025-07-15
1.010638,Bổ nhiệm công chứng viên,Công chứng,Cấp tỉnh,Sở Tư pháp,Sở Tư pháp,\
Trung tâm Phục vụ hành chính công tỉnh,05 ngày làm việc,Mới ban hành,1520/QĐ-UBND,2025-07-15
1.009994,Cấp giấy phép xây dựng,Xây dựng,Cấp tỉnh,Sở Xây dựng,Sở Xây dựng,\
Trung tâm Phục vụ hành chính công tỉnh,20 ngày làm việc,Mới ban hành,1600/QĐ-UBND,2025-07-20
"""
STEPS = [{"order": 1, "action": "Tiếp nhận", "responsible": "TTPVHCC",
          "duration": {"value": 4, "unit": "working_hours"}}]


def fill_registry(registry):
    """The three TTHC of ``REGISTRY_LIST``, internal procedures for three of their four
    procedure-tiers and one electronic procedure; the list's import report."""
    from datetime import date

    from service.registry.importer import parse_csv

    report = registry.import_list(parse_csv(REGISTRY_LIST, "list.csv"))
    day = date(2025, 8, 1)
    for code, tier in (("2.000394", "province"), ("2.000394", "commune"),
                       ("1.010638", "province")):
        registry.record_internal_procedure(code, tier, "10/QĐ-UBND", day, STEPS)
    registry.record_electronic_procedure("1.010638", "province", "shared_one_stop",
                                         valid_from=day)
    return report


@pytest.fixture
def registry(store):
    from datetime import date

    from service.registry.store import RegistryStore

    registry = RegistryStore(store)
    assert fill_registry(registry).created == 3
    registry.record_electronic_procedure("2.000394", "province", "shared_one_stop",
                                         valid_from=date(2025, 8, 1))
    return registry


@pytest.mark.database
def test_coverage_dashboard_figures_chart_and_gaps(client, registry):
    response = client.get("/coverage?as_of=2025-12-01")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    page = Page(html)
    text = page.text
    assert "33,3% Có cả hai quy trình — 1/3 TTHC" in text
    # figures per tier and per agency, with the total
    tables = page.all("table", class_="data-table figures")
    assert len(tables) == 2
    assert "Cấp tỉnh 3 3 2 (66,7%) 2 (66,7%) 2 (66,7%)" in text
    assert "Cấp xã 1 1 1 (100,0%) 0 (0,0%) 0 (0,0%)" in text
    assert "Sở Tư pháp 2 3 2 (100,0%) 1 (50,0%) 1 (50,0%)" in text
    assert "Sở Xây dựng 1 1 0 (0,0%) 0 (0,0%) 0 (0,0%)" in text
    # the chart: inline SVG drawn on the server, labelled, one pair of bars per group
    svg = page.all("svg", class_="chart")[0]
    assert svg["role"] == "img" and svg["aria-labelledby"] == \
        "coverage-chart-title coverage-chart-desc"
    chart = html.split("<svg")[1].split("</svg>")[0]
    assert chart.count('fill="url(#coverage-chart-without)"') == 2 * 5 + 1  # + the legend
    assert "1 TTHC" not in chart and "3 TTHC: 66,7% có quy trình nội bộ" in chart
    assert "2/3 (66,7%)" in chart and "Sở Xây dựng" in chart
    # the gaps
    gaps = text.split("Còn thiếu (2 TTHC × cấp)")[1]
    assert "1.009994 Cấp giấy phép xây dựng cấp tỉnh Sở Xây dựng quy trình nội bộ; " \
           "quy trình điện tử" in gaps
    assert "2.000394 Chứng thực di chúc cấp xã Sở Tư pháp quy trình điện tử" in gaps
    assert "/coverage/gaps.csv?as_of=2025-12-01" in page.links()


@pytest.mark.database
def test_coverage_in_english_and_as_csv(client, registry):
    page = get(client, "/coverage?as_of=2025-12-01&lang=en")
    assert "33.3% With both procedures" in page.text and "Province tier" in page.text
    response = client.get("/coverage/gaps.csv?as_of=2025-12-01")  # English, as the page
    assert response.status_code == 200 and response.mimetype == "text/csv"
    lines = response.get_data(as_text=True).splitlines()
    assert lines[0] == "\ufeffCode,Tier,Name,Agency,Field,Missing" and len(lines) == 3
    lines = client.get("/coverage/gaps.csv?as_of=2025-12-01&lang=vi").get_data(
        as_text=True).splitlines()
    assert lines[0] == "\ufeffMã TTHC,Cấp,Tên TTHC,Cơ quan,Lĩnh vực,Còn thiếu" and len(lines) == 3


@pytest.mark.database
def test_coverage_of_an_empty_registry_and_a_bad_date(client):
    page = get(client, "/coverage")
    assert "Sổ đăng ký chưa có TTHC nào có hiệu lực vào ngày này." in page.text
    assert "Không còn thiếu" in page.text
    bad = get(client, "/coverage?as_of=31/12/2025", status=400)
    assert "Bộ lọc không hợp lệ" in bad.text


def test_coverage_with_the_registry_down_is_a_503_page(client):
    page = get(client, "/coverage", status=503)
    assert "Sổ đăng ký thủ tục chưa sẵn sàng." in page.text


def test_front_page_leads_to_the_precheck(client):
    answer = client.get("/?lang=en")
    assert answer.status_code == 302
    assert answer.headers["Location"].endswith("/check?lang=en")

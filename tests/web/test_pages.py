"""Every page through the Flask test client: status, key content, language, search, bad input."""

from __future__ import annotations

import io
import itertools
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
PAGES = ["/rules", "/rules/QTNB-08", "/rules?q=QTNB-08", "/directive", "/check", "/check/reading",
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


def csrf_token(client, url: str = "/check") -> str:
    """The token of the page's form (the session cookie that goes with it stays in the
    client)."""
    page = get(client, url)
    return next(a["value"] for a in page.all("input") if a.get("name") == "csrf_token")


def post_check(client, status: int = 200, **form) -> Page:
    data = {k: (io.BytesIO(v[0]), v[1]) if isinstance(v, tuple) else v for k, v in form.items()}
    data["csrf_token"] = csrf_token(client)
    response = client.post("/check", data=data, content_type="multipart/form-data")
    assert response.status_code == status, response.get_data(as_text=True)[-2000:]
    assert response.mimetype == "text/html"
    return Page(response.get_data(as_text=True))


def headings(page: Page) -> list[int]:
    return [int(tag[1]) for tag, _ in page.elements if re.fullmatch(r"h[1-6]", tag)]


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
    assert "Chuyển đến nội dung chính" in page.text
    # no resource and no link from the internet; the browser is told to refuse any
    assert not re.search(r"""(src|href|action)=["']?(https?:)?//""", html)
    assert "@import" not in html and "<script" not in html.replace("<script src=\"/web/", "")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    # every form control has a label
    labelled = {a["for"] for a in page.all("label")}
    for tag in ("input", "select", "textarea"):
        for control in page.all(tag):
            if control.get("type") == "hidden":
                continue
            assert control.get("id") in labelled or control.get("aria-label"), (tag, control)
    # print stylesheet
    assert page.all("link", rel="stylesheet", media="print")
    # headings: the h1 first, then no level skipped on the way down
    levels = headings(page)
    assert levels[0] == 1, levels
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels


def test_json_answers_are_not_sniffed_either(client):
    response = client.get("/api/v1/rules")
    assert response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("path", ["/check", "/api/v1/rules"])
def test_no_frame_anywhere_and_tls_only_once_seen_over_tls(client, path):
    plain = client.get(path)
    assert plain.headers["X-Frame-Options"] == "DENY"
    assert "Strict-Transport-Security" not in plain.headers  # never over plain HTTP
    secure = client.get(path, base_url="https://localhost")
    assert secure.headers["X-Frame-Options"] == "DENY"
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")


def test_behind_a_trusted_proxy_tls_is_seen(settings):
    from service.app import create_app

    seen = {}
    for proxies in (1, 0):
        app = create_app({**settings, "TRUSTED_PROXIES": proxies})
        try:
            seen[proxies] = app.test_client().get(
                "/check", headers={"X-Forwarded-Proto": "https"}).headers
        finally:
            app.extensions["tthc-rules"]["store"].dispose()
    assert "Strict-Transport-Security" in seen[1]
    assert "Strict-Transport-Security" not in seen[0]


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


# --- error pages ----------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/rules/", "/check/", "/submissions/", "/nothing-here"])
def test_an_unknown_page_is_an_html_404_in_the_frame(client, url):
    page = get(client, url, status=404)
    assert "Không tìm thấy trang" in page.text and page.all("nav")
    assert "/check" in page.links()


def test_the_api_keeps_its_json_errors(client):
    response = client.get("/api/v1/nothing")
    assert response.status_code == 404 and response.mimetype == "application/json"
    assert "errors" in response.get_json()


def test_a_wrong_method_on_a_page_is_an_html_405(client):
    response = client.delete("/check")
    assert response.status_code == 405 and response.mimetype == "text/html"
    assert "GET" in response.headers["Allow"]


def test_an_unexpected_error_is_an_html_500(app, client, monkeypatch):
    from service.web import pages_rules

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pages_rules, "search", broken)
    monkeypatch.setattr(app.logger, "disabled", True)  # the logger outlives this app
    page = get(client, "/rules?q=x", status=500)
    assert "Hệ thống gặp sự cố" in page.text and "boom" not in page.text


# --- language -------------------------------------------------------------------------------

def test_lang_in_the_address_shows_english_without_remembering_it(client):
    page = get(client, "/rules?lang=en")
    assert page.all("html")[0]["lang"] == "en"
    assert "The rule book" in page.text
    assert client.get_cookie("lang") is None  # only the switch writes the cookie
    assert get(client, "/rules").all("html")[0]["lang"] == "vi"


def test_the_switch_remembers_the_choice_and_says_so(client):
    page = get(client, "/rules?q=QTNB-08")
    switch = [h for h in page.links() if h.startswith("/language/en")]
    assert switch == ["/language/en?next=/rules?q%3DQTNB-08"]
    assert "nothing is remembered until you choose" in get(client, "/rules?lang=en").text
    response = client.get(switch[0])
    assert response.status_code == 303 and response.headers["Location"] == "/rules?q=QTNB-08"
    cookie = client.get_cookie("lang")
    assert cookie is not None and cookie.value == "en" and cookie.http_only
    later = get(client, "/rules/QTNB-08")  # no query: the choice speaks
    assert later.all("html")[0]["lang"] == "en" and "Worked scenarios" in later.text
    assert "Your choice of language is remembered in this browser" in later.text
    back = [h for h in later.links() if h.startswith("/language/vi")]
    client.get(back[0])
    assert client.get_cookie("lang").value == "vi"
    assert "Kiểm tra sơ bộ hồ sơ trình" in get(client, "/check").text


@pytest.mark.parametrize("target", ["https://elsewhere.example/", "//elsewhere.example/",
                                    "/\\elsewhere.example", "javascript:alert(1)"])
def test_the_switch_never_sends_a_reader_to_another_site(client, target):
    response = client.get("/language/vi", query_string={"next": target})
    assert response.status_code == 303 and response.headers["Location"] == "/check"


def test_unknown_language_falls_back_to_vietnamese(client):
    client.set_cookie("lang", "fr")
    page = get(client, "/rules?lang=de")
    assert page.all("html")[0]["lang"] == "vi"
    assert "Sổ tay quy tắc" in page.text
    assert client.get("/language/fr").status_code == 404


def test_the_catalogue_is_compiled_and_covers_every_word_of_the_pages(tmp_path):
    from babel.messages.extract import extract_from_dir
    from babel.messages.mofile import read_mo
    from babel.messages.pofile import read_po

    folder = STATIC.parent / "translations" / "vi" / "LC_MESSAGES"
    with open(folder / "messages.po", "rb") as po_file:
        po = read_po(po_file)
    with open(folder / "messages.mo", "rb") as mo_file:
        mo = read_mo(mo_file)
    assert po.plural_forms == "nplurals=1; plural=0;"
    def entries(catalog) -> dict:
        return {m.id if isinstance(m.id, str) else tuple(m.id):
                m.string if isinstance(m.string, str) else tuple(m.string)
                for m in catalog if m.id}

    translated = entries(po)
    assert all(translated.values()), [k for k, v in translated.items() if not v]
    assert entries(mo) == translated  # `make translations` compiled what the .po says
    method_map = [("**.py", "python"), ("templates/**.html", "jinja2")]
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "lazy_gettext": None}
    used = {message if isinstance(message, str) else tuple(message)
            for _, _, message, _, _ in extract_from_dir(str(STATIC.parent), method_map,
                                                         keywords=keywords)}
    assert used - set(translated) == set(), "run `make translations` and translate these"


def test_vietnamese_dates_times_numbers_and_plurals(app):
    from datetime import UTC, datetime

    from service.web.i18n import format_day, format_percent

    with app.test_request_context("/rules"):
        assert format_day("2019-11-29") == "29/11/2019"
        assert format_day(datetime(2026, 11, 1, 17, 30, tzinfo=UTC)) == "02/11/2026 00:30"
        assert format_day("2026-11-01T09:29:58Z") == "01/11/2026 16:29"
        assert format_percent(33.333) == "33,3%"
    with app.test_request_context("/rules?lang=en"):
        assert format_day(datetime(2026, 11, 1, 9, 5)) == "01/11/2026 16:05"  # naive = UTC
        assert format_percent(33.333) == "33.3%"


# --- rule book ------------------------------------------------------------------------------

def test_rule_book_is_a_compact_index_by_rule_set(client):
    policies = get_engine().policies
    page = get(client, "/rules")
    for pack in policies.packs:
        assert pack.document in page.text and f"pack-{pack.id}" in page.ids()
        assert pack.version in page.text  # on demand, in a details element
    for rule in policies.rules:
        assert f"/rules/{rule.id}" in page.links()
        assert rule.title["vi"] in page.text
        for basis in rule.legal_basis:  # the texts are on the rule's own page
            assert not basis["quote"] or basis["quote"] not in page.text
    rows = page.all("tr", class_="rule-row")
    assert len(rows) == len(policies.rules)
    assert "Các bộ quy tắc" in page.text and "Gói chính sách" not in page.text
    assert "chưa có ngày hết hiệu lực" in page.text  # open-ended packs say so
    assert "(không có hiệu lực hôm nay)" in page.text  # QTNB-04 ended on 30/06/2025


def test_rule_book_links_each_rule_to_its_scenarios(client):
    page = get(client, "/rules")
    assert "/rules/QTNB-08#scenarios-title" in page.links()
    rule = get(client, "/rules/QTNB-08")
    assert "scenarios-title" in rule.ids()
    assert "Chưa có tình huống minh họa nào gắn nhãn @QTDT-01." in \
        get(client, "/rules/QTDT-01").text


def shown_rules(client, query: str) -> list[str]:
    page = get(client, "/rules", query_string={"q": query})
    shown = [a["id"].removeprefix("rule-") for a in page.all("tr", class_="rule-row")]
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
    assert not page.all("tr", class_="rule-row")
    assert "Không có quy tắc nào khớp" in page.text


def test_rule_page_shows_everything_about_the_rule_for_people(client):
    rule = get_engine().policies.rule("QTNB-10")
    page = get(client, "/rules/QTNB-10")
    assert page.all("h1") and "QTNB-10" in page.text and rule.title["vi"] in page.text
    assert "Cảnh báo" in page.text and "từng thủ tục" in page.text
    assert "từ 29/11/2019" in page.text
    for basis in rule.legal_basis:
        assert f"«{basis['quote']}»" in page.text and basis["gloss"] in page.text
        assert basis["quote"]  # QTNB-10 rests on texts quoted in full
    assert "Bản dịch tiếng Anh" in page.text
    assert [f"/directive#{directive_anchor(b)}" for b in rule.legal_basis] == \
        [h for h in page.links() if h.startswith("/directive#")] != []
    assert rule.interpretation["vi"].startswith("[cách hiểu] ")  # the heading says it
    assert "Sở xây dựng quy trình cho cả 3 cấp" in page.text
    assert "người thẩm định xem xét chứ không từ chối" in page.text and "v2:" not in page.text
    assert "Cách hiểu của bộ phận pháp chế" in page.text
    assert "[interp]" not in page.text and "[cách hiểu]" not in page.text
    # no developer paths, no raw templates: an example message, rendered
    assert "policies/" not in page.text and ".yaml" not in page.text
    assert rule.message["vi"] not in page.text and "{" not in page.text
    assert "Thủ tục 1.009994" in page.text or "thủ tục 1.009994" in page.text


def test_a_legal_basis_shows_a_quote_only_when_it_has_one_and_a_note_plainly(app):
    from flask import render_template_string

    source = '{% import "web/macros.html" as m with context %}{{ m.basis_text(b) }}'
    with app.test_request_context("/rules"):
        app.preprocess_request()
        quoted = render_template_string(source, b={"quote": "Nguyên văn.", "gloss": "G.",
                                                   "source": "Tin ngày 13/12/2019"})
        noted = render_template_string(source, b={"quote": "", "gloss": "G.", "note": (
            "Nghị định số 1/2020/NĐ-CP về thử nghiệm. Chưa trích điều, khoản và nguyên văn: "
            "bộ phận pháp chế bổ sung.")})
        staff_only = render_template_string(source, b={
            "quote": "", "gloss": "G.", "note": "Chưa trích nguyên văn: bộ phận pháp chế bổ sung."})
    assert "<blockquote" in quoted and "«Nguyên văn.»" in quoted and "Tin ngày 13/12/2019" in quoted
    assert "<blockquote" not in noted and "«" not in noted
    # what the text is, plainly; the work left to legal staff never
    assert "Nghị định số 1/2020/NĐ-CP về thử nghiệm." in noted
    assert "pháp chế" not in noted + staff_only and "Chưa trích" not in noted + staff_only
    assert "basis-note" not in staff_only
    # the English translation behind a closed disclosure on a Vietnamese page
    assert '<details class="gloss"><summary>Bản dịch tiếng Anh</summary>' in quoted


def test_rule_page_renders_its_scenarios_readably(client):
    page = get(client, "/rules/QTNB-08")
    articles = page.all("article", class_="scenario")
    assert len(articles) == 3
    text = page.text
    assert "Tình huống minh họa" in text and "Kịch bản đặc tả" not in text
    assert "Kịch bản: Thủ tục mới thiếu quy trình nội bộ cấp huyện" in text
    assert "Khung kịch bản: Thủ tục sửa đổi <nội dung>" in text
    assert "Bối cảnh: Cho hồ sơ trình công bố của Sở Xây dựng nộp ngày 02/03/2020" in text
    assert 'Khi kiểm tra hồ sơ Thì kết quả là "từ chối"' in text
    tables = page.all("table", class_="data-table")
    assert len(tables) == 2  # the step's data table and the outline's examples
    assert "cấp tỉnh huyện" in text and "nội dung kết quả thời hạn giải quyết từ chối" in text
    assert "mau.feature" not in text  # no file names or line numbers for people
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
    assert "lúc 01/11/2026 16:29" in page.text  # Vietnam time
    assert "1/2 dòng dữ liệu đạt" in page.text
    english = get(client, "/rules/QTNB-08?lang=en")
    assert "passed" in english.text and "failed" in english.text and "not run yet" in english.text


def test_a_result_recorded_against_other_rules_or_another_text_is_not_shown(client,
                                                                            record_results):
    file = "tests/web/features/mau.feature"
    name = "Thủ tục mới thiếu quy trình nội bộ cấp huyện"
    record_results({f"{file}::{name}": {
        "file": file, "name": name, "line": 11, "outcome": "passed", "fingerprint": "old",
        "finished_at": "2026-11-01T09:29:58Z", "runs": {"passed": 1}}})
    page = get(client, "/rules/QTNB-08")
    assert "result-passed" not in str(page.elements)
    assert page.text.count("chưa chạy với bộ quy tắc hiện hành") == 2


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
    assert expected <= page.ids() and expected <= get(client, "/directive?lang=en").ids()
    cited = {directive_anchor(b) for r in get_engine().policies.rules for b in r.legal_basis}
    assert cited - {None} <= expected  # every rule's basis link lands on a paragraph
    assert all(a["lang"] == "vi" for a in page.all("blockquote"))
    assert "UBND tỉnh yêu cầu 100% TTHC phải có quy trình nội bộ" in page.text


def test_directive_is_vietnamese_in_vietnamese_with_its_source_named(client):
    page = get(client, "/directive")
    text = page.text
    assert "Văn bản số 9579/UBND-KSTT ngày 29/11/2019 của UBND tỉnh Vĩnh Phúc" in text
    assert "tin bài" in text and "13/12/2019" in text and "Cổng thông tin điện tử tỉnh" in text
    assert "Các đoạn" in text and "Phần 1 — Xây dựng quy trình nội bộ" in text
    assert "§QTNB-6 Trình công bố TTHC kèm quyết định phê duyệt quy trình nội bộ" in text
    for english in ("Document 9579", "Part 1", "Who drafts", "Abbreviations", "Paragraphs"):
        assert english not in text
    for path in (".vi.txt", "seed/", ".md"):
        assert path not in text
    en = get(client, "/directive?lang=en").text
    assert "Part 1" in en and "news item of 13/12/2019" in en and ".vi.txt" not in en


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
    options = {a["value"] for a in page.all("option")}
    assert REJECTED_EXAMPLE in options and "contract-example.json" in options
    # examples by what they show, not by their file names
    assert "Trình công bố thiếu dự thảo quyết định phê duyệt quy trình nội bộ" in page.text
    assert ".json</option>" not in client.get("/check").get_data(as_text=True)
    assert not page.all("section", class_="verdict")
    assert "Kiểm tra sơ bộ" in page.text and "Kiểm tra trước" not in page.text


@pytest.mark.database
def test_check_an_example_shows_the_verdict_grouped_by_procedure(client, store):
    page = post_check(client, example=REJECTED_EXAMPLE)
    assert page.all("p", class_="outcome outcome-rejected")
    text = page.text
    assert "Chưa đạt — đề nghị hoàn thiện hồ sơ" in text and "trả lại hồ sơ" not in text
    assert "2 lỗi, 0 cảnh báo, 1 thông tin" in text
    groups = page.all("section", class_="finding-group")
    assert len(groups) == 3
    assert text.index("Thủ tục 1.009994") < text.index("Thủ tục 1.009995")
    rule_links = [a["href"] for a in page.all("a", class_="rule-link")]
    assert rule_links == ["/rules/QTNB-08", "/rules/QTNB-08", "/rules/QTNB-09"]
    assert "cấp huyện" in text  # the facts, labelled
    assert "Vị trí: thủ tục 1.009994" in text and "procedures.0" not in text
    # the quote once per verdict, linked from each finding, its gloss labelled
    quote = "«Các sở, ban, ngành khi trình Chủ tịch UBND tỉnh dự thảo quyết định công bố"
    assert text.count(quote) == 1 and "Bản dịch tiếng Anh" in text
    assert [h for h in page.links() if h.startswith("#basis-")] == \
        ["#basis-QTNB-08", "#basis-QTNB-08", "#basis-QTNB-09"]
    assert {"basis-QTNB-08", "basis-QTNB-09"} <= page.ids()
    assert "/directive#QTNB-6" in page.links()
    # the pack by its name and date, linked to the rule book, which alone gives versions;
    # the check's id in plain words
    assert "Văn bản 9579/UBND-KSTT của UBND tỉnh Vĩnh Phúc (29/11/2019)" in text
    assert "/rules#pack-vinhphuc-9579" in page.links()
    assert not page.all("details", class_="pack-version") and "sha256:" not in text
    assert "Mã lượt kiểm tra" in text and "Mã quyết định" not in text
    assert "selected" in page.all("option", value=REJECTED_EXAMPLE)[0]
    # like an API precheck, the evaluation is in the decision log
    with store.engine.connect() as connection:
        logged = connection.exec_driver_sql(
            "SELECT source, outcome FROM decision_log").all()
    assert [tuple(row) for row in logged] == [("precheck", "rejected")]


@pytest.mark.database
def test_a_rejected_verdict_leads_with_an_error_summary_linking_each_finding(client):
    page = post_check(client, example=REJECTED_EXAMPLE)
    summary = page.all("div", class_="error-summary")[0]
    assert summary["role"] == "alert" and summary["tabindex"] == "-1" and "autofocus" in summary
    html = client.get(f"/check?example={REJECTED_EXAMPLE}").get_data(as_text=True)
    box = Page(html.split('id="error-summary" autofocus>')[1].split("</div>")[0])
    assert box.text.replace(" ;", ";") == "2 lỗi QTNB-08 ở thủ tục 1.009994; thủ tục 1.009995"
    assert box.links() == ["#finding-1", "#finding-2"]
    assert {"finding-1", "finding-2", "finding-3"} <= page.ids()


@pytest.mark.database
def test_check_a_pasted_submission_in_english_with_one_note(client, example):
    client.get("/language/en")
    page = post_check(client, submission=example("internal-procedure-amendment.json"))
    assert page.all("html")[0]["lang"] == "en"
    assert page.all("p", class_="outcome outcome-needs_review")
    assert "Needs further review" in page.text and "QTNB-12" in page.text
    assert page.all("textarea", id="submission")
    english = post_check(client, example=REJECTED_EXAMPLE)
    assert "2 errors, 0 warnings, 1 note" in english.text and "1 notes" not in english.text


@pytest.mark.database
def test_check_an_uploaded_file(client, example):
    body = example("after-2025-reform-district.json").encode("utf-8")
    page = post_check(client, file=(b"\xef\xbb\xbf" + body, "ho-so.json"))
    assert page.all("p", class_="outcome outcome-rejected") and "CQDP-01" in page.text


@pytest.mark.database
def test_check_by_link_to_an_example(client):
    page = get(client, "/check?example=contract-example.json")
    assert page.all("p", class_="outcome outcome-accepted") and "Đạt" in page.text
    assert "Không có phát hiện nào." in page.text and not page.all("div", class_="error-summary")


@pytest.mark.database
def test_check_a_submission_before_any_policy(client):
    page = get(client, "/check?example=before-any-policy.json")
    assert page.all("p", class_="outcome outcome-no_policy")
    assert "Chưa có quy định áp dụng" in page.text


def error_rows(page: Page) -> str:
    return page.text.split("Sửa các mục sau rồi kiểm tra lại:")[1].replace(" :", ":")


@pytest.mark.parametrize("form, status, expected", [
    ({"submission": "{not json"}, 400, "Không phải JSON hợp lệ: nội dung bị lỗi ở dòng 1, cột 2"),
    ({"submission": "[1, 2]"}, 422, "phải là một đối tượng JSON (một hồ sơ trình)."),
    ({"submission": '{"kind": "publication", "kind": "publication"}'}, 422,
     "xuất hiện hơn một lần trong cùng một đối tượng (khóa bị lặp)."),
    ({"submission": '{"kind": NaN}'}, 400, "Không phải JSON hợp lệ"),
    ({"submission": '{"kind": "publication"}'}, 422, "Ngày trình: là bắt buộc."),
    ({"submission": "   "}, 400, "Chưa có hồ sơ"),
    ({}, 400, "Chưa có hồ sơ"),
    ({"example": "../pyproject.toml"}, 400, "Không có ví dụ «../pyproject.toml»"),
    ({"file": (b"\xff\xfe{", "x.json")}, 400, "Tệp không phải văn bản UTF-8."),
    ({"submission": "[" * 5000 + "]" * 5000}, 400, "lồng nhau quá 32 cấp"),
    ({"submission": '{"reference": "\\ud800"}'}, 422, "chứa ký tự không lưu được"),
    ({"submission": '{"reference": ' + "9" * 5000 + "}"}, 400, "Không phải JSON hợp lệ"),
    ({"submission": '{"procedures": [{"code": 1.5e999}]}'}, 422,
     "Thủ tục thứ 1 › mã: phải là văn bản"),
])
def test_bad_input_shows_the_field_errors_never_a_500(client, form, status, expected):
    page = post_check(client, status=status, **form)
    assert page.all("div", class_="error-summary")
    assert expected in error_rows(page)
    assert not page.all("section", class_="verdict")


def test_bad_input_names_every_offending_field_in_vietnamese(client, example):
    submission = json.loads(example("contract-example.json"))
    submission["procedures"][0]["code"] = "1.0099"
    submission["procedures"][0]["tiers"] = ["planet"]
    submission["submitted_on"] = 5
    submission["surprise"] = True
    page = post_check(client, status=422, submission=json.dumps(submission))
    rows = error_rows(page)
    assert "Thủ tục thứ 1 › mã" in rows and "Thủ tục thứ 1 › cấp thực hiện thứ 1" in rows
    assert "Surprise: không phải là trường của hồ sơ trình (trường lạ)." in rows
    assert "phải là một trong các giá trị: cấp tỉnh, cấp huyện, cấp xã." in rows
    for english in ("is required", "must be", "unknown field", "Not a valid"):
        assert english not in rows
    assert page.all("textarea", id="submission")  # what was sent is there to correct
    summary = page.all("div", class_="error-summary")[0]
    assert "autofocus" in summary and summary["tabindex"] == "-1"
    assert "#submission" in page.links()


def test_bad_input_on_a_get_link(client):
    page = get(client, "/check?example=nope.json", status=400)
    assert "Không có ví dụ «nope.json»" in page.text


def test_too_large_a_submission_is_a_413_page(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 2000
    page = post_check(client, status=413, submission="[" + "1," * 2000 + "1]")
    assert "vượt quá giới hạn 2.000 byte" in page.text  # an HTML 413 page in the frame


def test_database_down_on_check_is_a_503_page_not_a_500(client, example):
    # this test's database is never migrated: writing the decision log fails
    page = post_check(client, status=503, submission=example("contract-example.json"))
    assert "Không thể kiểm tra lúc này" in page.text


# --- forms: cross-site requests -------------------------------------------------------------

def test_a_form_without_its_token_is_refused(client, example):
    response = client.post("/check", data={"submission": example("contract-example.json")})
    assert response.status_code == 400 and response.mimetype == "text/html"
    assert "Biểu mẫu đã hết hạn hoặc không được gửi từ trang này" in \
        response.get_data(as_text=True)


def test_a_post_from_another_site_is_refused(client, example):
    token = csrf_token(client)
    response = client.post("/check", data={"submission": example("contract-example.json"),
                                           "csrf_token": token},
                           headers={"Origin": "https://elsewhere.example"})
    assert response.status_code == 403 and response.mimetype == "text/html"
    assert "được gửi từ một trang web khác" in response.get_data(as_text=True)


def test_a_post_from_this_site_with_its_token_is_taken(client):
    token = csrf_token(client)
    response = client.post("/check", data={"example": "before-any-policy.json",
                                           "csrf_token": token},
                           headers={"Origin": "http://localhost"})
    assert response.status_code != 403 and response.status_code != 400


# --- signing in -----------------------------------------------------------------------------

@pytest.fixture
def keyed(app, store):
    """Keys required, and a reviewer's and a submitter's key."""
    from service.trust import auth

    app.extensions["tthc-rules"]["auth"].update(on=True, explicit=True)
    app.config["TESTING"] = True
    return {"reviewer": auth.create_key(store, "reviewer")[1],
            "submitter": auth.create_key(store, "submitter", "SXD")[1]}


def sign_in(client, token: str, next_url: str = "/submissions"):
    return client.post("/login", data={"key": token, "next": next_url,
                                       "csrf_token": csrf_token(client, "/login")})


@pytest.mark.database
def test_a_page_for_reviewers_asks_for_a_key_with_a_login_form_not_a_browser_prompt(client,
                                                                                    keyed):
    response = client.get("/submissions")
    assert response.status_code == 401 and response.mimetype == "text/html"
    assert "Basic" not in response.headers.get("WWW-Authenticate", "")
    page = Page(response.get_data(as_text=True))
    assert "Cần đăng nhập để xem trang này" in page.text
    assert page.all("form", action="/login") and page.all("input", type="password")
    assert "/login?next=/submissions" in page.links()


@pytest.mark.database
def test_sign_in_holds_a_session_and_sign_out_ends_it(client, keyed):
    response = sign_in(client, keyed["reviewer"])
    assert response.status_code == 303 and response.headers["Location"] == "/submissions"
    cookie = response.headers.getlist("Set-Cookie")
    session_cookie = next(c for c in cookie if c.startswith("tthc_session="))
    assert "HttpOnly" in session_cookie and "SameSite=Lax" in session_cookie
    assert "Secure" not in session_cookie  # plain HTTP here; over TLS it is Secure
    page = get(client, "/submissions")
    assert "Đăng xuất" in page.text
    logout = client.post("/logout", data={"csrf_token": csrf_token(client, "/submissions")})
    assert logout.status_code == 303
    assert client.get("/submissions").status_code == 401


@pytest.mark.database
def test_a_copy_of_the_session_cookie_is_refused_after_sign_out(app, client, keyed):
    sign_in(client, keyed["reviewer"])
    copy = client.get_cookie("tthc_session").value
    other = app.test_client()  # another browser, or whoever copied the cookie
    other.set_cookie("tthc_session", copy)
    assert other.get("/submissions").status_code == 200
    client.post("/logout", data={"csrf_token": csrf_token(client, "/submissions")})
    refused = other.get("/submissions")
    assert refused.status_code == 401 and refused.mimetype == "text/html"
    sign_in(client, keyed["reviewer"])  # signing in again starts a session that holds
    assert client.get("/submissions").status_code == 200


@pytest.mark.database
@pytest.mark.parametrize("header", [{"Authorization": "Bearer tthc_not-a-key"},
                                    {"Authorization": "Token whatever"},
                                    {"X-API-Key": "tthc_not-a-key"}])
def test_a_form_with_a_key_header_that_does_not_authenticate_needs_its_token(
        client, keyed, header, example):
    response = client.post("/check", data={"submission": example("contract-example.json")},
                           headers=header)
    assert response.status_code == 400 and response.mimetype == "text/html"
    taken = client.post("/check", data={"submission": example("contract-example.json")},
                        headers={"Authorization": f"Bearer {keyed['reviewer']}"})
    assert taken.status_code == 200


@pytest.mark.database
def test_the_session_cookie_is_secure_over_tls(client, keyed):
    token = csrf_token(client, "/login")
    response = client.post("/login", base_url="https://localhost",
                           headers={"Referer": "https://localhost/login"},
                           data={"key": keyed["reviewer"], "csrf_token": token})
    assert response.status_code == 303
    cookie = next(c for c in response.headers.getlist("Set-Cookie")
                  if c.startswith("tthc_session="))
    assert "Secure" in cookie


@pytest.mark.database
def test_a_wrong_key_is_named_on_the_login_page(client, keyed):
    response = sign_in(client, "tthc_" + "x" * 43)
    assert response.status_code == 401
    page = Page(response.get_data(as_text=True))
    assert "Không nhận ra khóa API này" in page.text and page.all("div", class_="error-summary")
    assert client.get("/submissions").status_code == 401


@pytest.mark.database
def test_a_revoked_key_ends_its_sessions(client, store, keyed):
    from service.trust import auth

    sign_in(client, keyed["reviewer"])
    assert client.get("/submissions").status_code == 200
    for key in auth.list_keys(store):
        auth.revoke_key(store, key.id)
    assert client.get("/submissions").status_code == 401


@pytest.mark.database
def test_a_key_outside_its_role_gets_a_403_page(client, keyed):
    sign_in(client, keyed["submitter"])
    response = client.get("/coverage")
    assert response.status_code == 403 and response.mimetype == "text/html"
    assert "Bạn không có quyền xem trang này" in response.get_data(as_text=True)


@pytest.mark.database
def test_the_api_keeps_bearer_keys_and_ignores_the_pages_session(client, keyed):
    sign_in(client, keyed["reviewer"])
    assert client.get("/api/v1/submissions").status_code == 401
    assert client.get("/api/v1/submissions", headers={
        "Authorization": f"Bearer {keyed['reviewer']}"}).status_code == 200


def test_with_keys_off_the_login_page_says_nothing_is_needed(client):
    page = get(client, "/login")
    assert "không yêu cầu khóa" in page.text


# --- stored submissions ---------------------------------------------------------------------

def store_examples(store, example, *names):
    from service.contract.schemas import load_submission
    engine = get_engine()
    return [store.create_submission(load_submission(json.loads(example(n))),
                                    engine.evaluate).submission for n in names]


def listed(page: Page) -> list[str]:
    return [h for h in page.links() if h.startswith("/submissions/")]


@pytest.mark.database
def test_submissions_list_and_filters(client, store, example):
    rejected, accepted, review = store_examples(
        store, example, REJECTED_EXAMPLE, "contract-example.json",
        "internal-procedure-amendment.json")
    page = get(client, "/submissions")
    assert listed(page) == [f"/submissions/{s.id}" for s in (review, accepted, rejected)]
    assert "Chưa đạt — đề nghị hoàn thiện hồ sơ" in page.text and "Số tờ trình" in page.text
    # each row is linked by its number
    html = client.get("/submissions").get_data(as_text=True)
    assert f'<a href="/submissions/{rejected.id}">131/TTr-SXD</a>' in html
    only = get(client, "/submissions?outcome=rejected")
    assert listed(only) == [f"/submissions/{rejected.id}"]
    kind = get(client, "/submissions?kind=internal_procedure_amendment")
    assert listed(kind) == [f"/submissions/{review.id}"]
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
    assert listed(page) == [f"/submissions/{third.id}", f"/submissions/{second.id}"]
    following = page.all("a", rel="next")[0]["href"]
    assert listed(get(client, following)) == [f"/submissions/{first.id}"]


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
    assert "131/TTr-SXD" in page.text and "Mã hồ sơ trong hệ thống" in page.text
    assert "Id" not in page.texts and "UTC" not in page.text
    assert re.search(r"\d\d/\d\d/\d{4} \d\d:\d\d", page.text)  # Vietnam time, dd/mm/yyyy


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


def fill_registry(registry, province=None):
    """The three TTHC of ``REGISTRY_LIST``, internal procedures for three of their four
    procedure-tiers and one electronic procedure, in the registry of ``province`` (default:
    the deployment's); the list's import report."""
    from datetime import date

    from service.registry.importer import parse_csv

    report = registry.import_list(parse_csv(REGISTRY_LIST, "list.csv"), province=province)
    day = date(2025, 8, 1)
    for code, tier in (("2.000394", "province"), ("2.000394", "commune"),
                       ("1.010638", "province")):
        registry.record_internal_procedure(code, tier, "10/QĐ-UBND", day, STEPS,
                                           province=province)
    registry.record_electronic_procedure("1.010638", "province", "shared_one_stop",
                                         valid_from=day, province=province)
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
    mark = "▲ chưa đạt 100% có cả hai quy trình"
    assert f"Cấp tỉnh {mark} 3 3 2 (66,7%) 2 (66,7%) 2 (66,7%)" in text
    assert f"Cấp xã {mark} 1 1 1 (100,0%) 0 (0,0%) 0 (0,0%)" in text
    assert f"Sở Tư pháp {mark} 2 3 2 (100,0%) 1 (50,0%) 1 (50,0%)" in text
    assert f"Sở Xây dựng {mark} 1 1 0 (0,0%) 0 (0,0%) 0 (0,0%)" in text
    assert "Dòng tô nền vàng, có dấu ▲" in text  # the highlight's legend
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
    assert any(a.get("href", "").endswith("gaps.csv?as_of=2025-12-01&lang=en")
               for a in page.all("a"))  # the file in the language of the page
    response = client.get("/coverage/gaps.csv?as_of=2025-12-01&lang=en")
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


@pytest.mark.database
def test_coverage_gaps_come_a_page_at_a_time_and_filter(client, registry, monkeypatch):
    from service.web import pages_coverage

    monkeypatch.setattr(pages_coverage, "GAPS_PER_PAGE", 1)
    first = get(client, "/coverage?as_of=2025-12-01")
    gaps = first.text.split("Còn thiếu (2 TTHC × cấp)")[1]
    assert "Dòng 1–1 trong tổng số 2." in gaps and "Trang 1/2" in gaps
    assert "1.009994" in gaps and "2.000394" not in gaps.split("Trang 1/2")[0]
    following = first.all("a", rel="next")[0]["href"]
    assert "page=2" in following and "as_of=2025-12-01" in following
    second = get(client, following.split("#")[0])
    assert "2.000394 Chứng thực di chúc" in second.text and "Trang 2/2" in second.text
    only = get(client, "/coverage?as_of=2025-12-01&tier=commune&missing=electronic_procedure")
    assert "Dòng 1–1 trong tổng số 1." in only.text and "2.000394" in only.text
    none = get(client, "/coverage?as_of=2025-12-01&agency=Nowhere")
    assert "Không có dòng nào khớp với bộ lọc." in none.text


@pytest.mark.database
def test_coverage_says_how_it_counts_in_vietnamese(client, registry):
    page = get(client, "/coverage?as_of=2025-12-01")
    how = page.text.split("Cách tính")[1]
    assert "Chỉ tính các TTHC đang có hiệu lực" in how and "Tỷ lệ phần trăm" in how
    assert "procedure-tier" not in how and "in force only" not in how
    assert page.all("dl", class_="meta definitions")[0].get("lang") is None


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_command_line_says_the_outcomes_as_the_pages_do(app, lang):
    """The two places people read an outcome use the same words (the pages' are the
    translation catalogue's, the command line's its own table)."""
    from service.cli.check import OUTCOME_LABEL, SEVERITY_LABEL
    from service.web.i18n import OUTCOMES, SEVERITIES

    with app.test_request_context(f"/check?lang={lang}"):
        assert {k: str(v) for k, v in OUTCOMES.items()} == OUTCOME_LABEL[lang]
        assert {k: str(v).upper() for k, v in SEVERITIES.items()} == SEVERITY_LABEL[lang]


def test_rules_that_apply_whatever_the_date_say_so(client):
    """The reading's rules (scope open_points) have no window to show: they apply on any date
    to a submission that carries open points."""
    for url in ("/rules/READ-01", "/rules"):
        page = get(client, url)
        assert "ở mọi ngày, với hồ sơ có điểm việc đọc văn bản chưa xác định được" in page.text
    # the rule's own validity line names no day (the worked scenarios below it may)
    html = client.get("/rules/READ-01").get_data(as_text=True)
    validity = re.search(r"<dl class=\"meta\">.*?</dl>", html, re.DOTALL).group(0)
    assert "<time" not in validity and "ở mọi ngày" in validity

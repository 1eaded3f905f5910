"""The pages in a real browser: headless Chromium driven by selenium against the service on a
free loopback port. Screenshots of each step are saved in the test's temporary folder.

Needs Debian's ``chromium`` and ``chromium-driver`` (``/usr/bin/chromium``,
``/usr/bin/chromedriver``) and selenium. Without them these tests are skipped, except in CI
(``$CI`` set), where they must run.
"""

from __future__ import annotations

import base64
import itertools
import json
import logging
import os
import shutil
import threading
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")

if not os.environ.get("CI") and not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
    pytest.skip("headless Chromium is not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait
from werkzeug.serving import make_server

from generators.decisions import to_docx
from generators.page_decisions import SHAPES, docx_of, html_of
from service.app import create_app
from service.contract.schemas import load_submission
from service.engine import get_engine
from service.registry.store import RegistryStore
from service.web import register

from .conftest import EXAMPLES_DIR, FEATURES_DIR, stamped
from .test_pages import fill_registry
from .wcag import contrast

REJECTED_EXAMPLE = "publication-missing-internal-procedure.json"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-quic",
         "--disable-dev-shm-usage", "--window-size=1280,1000")


def store_examples(store, *names: str) -> None:
    for name in names:
        submission = load_submission(json.loads((EXAMPLES_DIR / name).read_text("utf-8")))
        store.create_submission(submission, get_engine().evaluate)


SERVED: dict = {}  # the application the module's server serves


@pytest.fixture(scope="module")
def app_of(base_url):
    """The application behind ``base_url`` (to change one of its settings for a test)."""
    return SERVED["app"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """The service with its pages, on a free port of 127.0.0.1, for this module's tests."""
    folder = tmp_path_factory.mktemp("server")
    results = folder / "scenario-results.json"
    file = "tests/web/features/mau.feature"
    name = "Thủ tục mới thiếu quy trình nội bộ cấp huyện"
    results.write_text(json.dumps({"scenarios": stamped({f"{file}::{name}": {
        "file": file, "name": name, "line": 11, "outcome": "passed",
        "finished_at": "2026-11-01T09:29:58Z", "duration": 0.02,
        "runs": {"passed": 1, "failed": 0, "skipped": 0}}})}, ensure_ascii=False),
        encoding="utf-8")
    app = create_app({"TESTING": True, "MIGRATE_ON_START": True, "AUTH": False,
                      "DATABASE_URL": f"sqlite:///{folder / 'web.sqlite3'}",
                      "FEATURES_DIR": str(FEATURES_DIR), "SCENARIO_RESULTS": str(results)})
    if "web" not in app.blueprints:
        register(app)
    fill_registry(RegistryStore(app.extensions["tthc-rules"]["store"]))
    store_examples(app.extensions["tthc-rules"]["store"], REJECTED_EXAMPLE,
                   "contract-example.json", "internal-procedure-amendment.json")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    SERVED["app"] = app
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()
    app.extensions["tthc-rules"]["store"].dispose()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser, base_url, tmp_path):
    """``page.open(path)``, ``page.shot(name)`` (a PNG in the test's folder) and the driver;
    the browser starts each test in Vietnamese, with no console message left over."""
    browser.get(base_url + "/rules?lang=vi")
    browser.get_log("browser")

    class Page:
        driver = browser
        url = base_url

        def open(self, path: str) -> None:
            browser.get(base_url + path)

        def shot(self, name: str) -> Path:
            path = tmp_path / f"{name}.png"
            browser.save_screenshot(str(path))
            return path

        def wait(self, condition, seconds: float = 10):
            return WebDriverWait(browser, seconds).until(condition)

        def css(self, selector: str):
            return browser.find_element(By.CSS_SELECTOR, selector)

        def all(self, selector: str):
            return browser.find_elements(By.CSS_SELECTOR, selector)

        def problems(self) -> list[dict]:
            """Console errors and warnings (a resource refused by the CSP would be one)."""
            return [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]

    return Page()


def advanced(page) -> None:
    """Open /check's «Dạng nâng cao» (the JSON, the .json file, the examples)."""
    page.css("details#advanced > summary").click()
    page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "select#example")))


JSON_BUTTON = "form#json-form button[type=submit]"


@pytest.mark.parametrize("path, heading", [
    ("/rules", "Sổ tay quy tắc"),
    ("/rules/QTNB-08", "QTNB-08"),
    ("/rules?q=to+trinh", "Sổ tay quy tắc"),
    ("/directive", "Văn bản số 9579/UBND-KSTT"),
    ("/check", "Kiểm tra sơ bộ hồ sơ trình"),
    ("/check/reading", "Đọc dự thảo quyết định"),
    ("/submissions", "Hồ sơ đã nhận"),
    ("/coverage?as_of=2025-12-01", "Tỷ lệ TTHC có quy trình"),
    ("/rules/", "Không tìm thấy trang"),
])
def test_each_page_loads_in_the_browser(page, path, heading):
    page.open(path)
    assert heading in page.css("h1").text
    assert page.driver.execute_script("return document.documentElement.lang") == "vi"
    stylesheet = page.driver.execute_script(
        "return getComputedStyle(document.querySelector('.site-header')).backgroundColor")
    assert stylesheet == "rgb(11, 61, 110)"  # the local stylesheet applied
    # nothing refused by the CSP; a 404 page reports its own status, and nothing else
    assert [p for p in page.problems() if "status of 404" not in p["message"]] == []
    shot = page.shot("page" + path.replace("/", "-").replace("?", "-"))
    assert shot.stat().st_size > 10_000


def test_a_reviewer_goes_from_a_rejected_verdict_to_the_rule_its_scenarios_and_the_paragraph_in_two_clicks(page):
    page.open("/check")
    # the upload first; the examples under «Dạng nâng cao»
    assert page.css("main h2").text == "Tải lên dự thảo (.docx, .html)"
    assert not page.css("select#example").is_displayed()
    advanced(page)
    Select(page.css("select#example")).select_by_value(REJECTED_EXAMPLE)
    page.css(JSON_BUTTON).click()
    outcome = page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "p.outcome")))
    assert outcome.text == "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    assert float(outcome.value_of_css_property("font-size").removesuffix("px")) >= 32
    # the error summary takes the focus and leads to each finding
    focused = page.driver.switch_to.active_element
    assert focused.get_attribute("id") == "error-summary"
    assert focused.text.startswith("2 lỗi")
    findings = page.all("li.finding")
    assert len(findings) == 3
    first = findings[0]
    assert "1.009994" in first.text and "phải kèm dự thảo Quyết định phê duyệt" in first.text
    assert "cấp huyện" in first.text
    focused.find_element(By.LINK_TEXT, "thủ tục 1.009995").click()
    page.wait(ec.url_contains("#finding-2"))
    page.shot("1-verdict")

    # click 1: the finding's rule
    first.find_element(By.CSS_SELECTOR, "a.rule-link").click()
    page.wait(ec.url_to_be(page.url + "/rules/QTNB-08"))
    assert page.css("h1").text.startswith("QTNB-08")
    scenarios = page.all("article.scenario")
    assert len(scenarios) == 3
    assert "Thủ tục mới thiếu quy trình nội bộ cấp huyện" in scenarios[0].text
    assert scenarios[0].find_element(By.CSS_SELECTOR, ".result").text == "đạt"
    assert scenarios[2].find_element(By.CSS_SELECTOR, ".result").text == "chưa chạy"
    assert scenarios[0].find_element(By.CSS_SELECTOR, "table").is_displayed()
    page.shot("2-rule")

    # click 2: the directive's paragraph the rule stands on
    page.css("a.basis-anchor[href='/directive#QTNB-6']").click()
    page.wait(ec.url_to_be(page.url + "/directive#QTNB-6"))
    paragraph = page.css("#QTNB-6")
    assert paragraph.text.startswith("§QTNB-6")
    top = page.driver.execute_script("return arguments[0].getBoundingClientRect().top",
                                     paragraph)
    assert 0 <= top < 200  # scrolled to it
    assert paragraph.value_of_css_property("outline-style") == "solid"  # :target marked
    quote = page.driver.find_element(By.XPATH, "//*[@id='QTNB-6']/following::blockquote[1]")
    assert "đồng thời xây dựng, trình dự thảo quyết định phê duyệt" in quote.text
    assert page.problems() == []
    page.shot("3-directive")


def test_a_scenario_link_from_the_rule_book_opens_the_scenario(page):
    page.open("/rules?q=QTNB-08")
    page.css("#rule-QTNB-08 a.rule-id").click()
    link = page.css("ul.toc a")
    target = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait(ec.url_contains("#" + target))
    scenario = page.css(f"#{target}")
    assert scenario.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    page.shot("scenario")


def test_coverage_chart_is_drawn(page):
    page.open("/coverage?as_of=2025-12-01")
    chart = page.css("svg.chart")
    assert chart.size["width"] > 600 and chart.size["height"] > 100
    assert chart.get_attribute("role") == "img"
    filled = page.all("svg.chart rect[fill='#1e6b34']")
    assert len(filled) >= 5  # the legend and every bar with a share above none
    assert "33,3%" in page.css(".headline-figure").text
    page.shot("coverage")


def test_reviewers_filter_the_stored_submissions_and_open_one(page):
    page.open("/submissions")
    assert len(page.all("table.submissions-table tbody tr")) == 3
    page.shot("submissions")
    Select(page.css("select#f-outcome")).select_by_value("rejected")
    page.css("form.filters button[type=submit]").click()
    page.wait(ec.url_contains("outcome=rejected"))
    rows = page.all("table.submissions-table tbody tr")
    assert len(rows) == 1 and "131/TTr-SXD" in rows[0].text
    rows[0].find_element(By.CSS_SELECTOR, "a").click()
    outcome = page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "p.outcome")))
    assert outcome.text == "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    assert len(page.all("ol.history li")) == 1
    page.shot("submission")
    page.css("a.rule-link").click()
    page.wait(ec.url_to_be(page.url + "/rules/QTNB-08"))


def test_upload_a_submission_file(page, tmp_path):
    upload = tmp_path / "ho-so.json"
    upload.write_text((EXAMPLES_DIR / "internal-procedure-amendment.json").read_text(
        encoding="utf-8"), encoding="utf-8")
    page.open("/check")
    advanced(page)
    page.css("input#file").send_keys(str(upload))
    page.css(JSON_BUTTON).click()
    outcome = page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "p.outcome")))
    assert outcome.text == "Cần xem xét thêm"
    assert "QTNB-12" in page.css("section.verdict").text
    page.shot("upload")


def test_pasted_bad_json_shows_the_errors(page):
    page.open("/check")
    advanced(page)
    page.css("textarea#submission").send_keys('{"kind": "publication", "reference": ')
    page.css(JSON_BUTTON).click()
    errors = page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "div.error-summary")))
    assert "Hồ sơ có 1 lỗi cần sửa" in errors.text and "Không phải JSON hợp lệ" in errors.text
    assert errors.get_attribute("role") == "alert"
    assert page.css("textarea#submission").get_attribute("value").startswith('{"kind"')
    page.shot("bad-json")


def test_invalid_submission_names_the_fields(page):
    page.open("/check")
    advanced(page)
    box = page.css("textarea#submission")
    page.driver.execute_script("arguments[0].value = arguments[1]", box,
                               '{"kind": "publication", "submitted_on": "2020-02-30"}')
    page.css(JSON_BUTTON).click()
    errors = page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "div.error-summary")))
    for field in ("Ngày trình", "Cơ quan trình", "Thủ tục"):
        assert field in errors.text
    assert page.driver.switch_to.active_element.get_attribute("id") == "error-summary"


def test_the_english_switch_is_remembered_once_chosen(page):
    page.open("/check")
    page.driver.find_element(By.LINK_TEXT, "English").click()
    page.wait(lambda d: d.execute_script("return document.documentElement.lang") == "en")
    assert page.css("h1").text == "Pre-check a submission"
    page.open("/rules/QTNB-08")
    assert page.driver.execute_script("return document.documentElement.lang") == "en"
    assert "Worked scenarios" in page.css("#scenarios-title").text
    page.shot("english")
    page.driver.find_element(By.LINK_TEXT, "Tiếng Việt").click()
    page.wait(lambda d: d.execute_script("return document.documentElement.lang") == "vi")


def test_search_from_the_box(page):
    page.open("/rules")
    box = page.css("input#q")
    box.send_keys("cap huyen", Keys.ENTER)
    summary = page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR,
                                                          ".search-summary")))
    assert "quy tắc khớp với «cap huyen»" in summary.text
    assert "QTNB-04" in [a.get_attribute("id").removeprefix("rule-")
                         for a in page.all("tr.rule-row")]


def test_keyboard_focus_is_visible_and_skips_to_the_content(page):
    page.open("/check")

    def press(key: str) -> None:
        ActionChains(page.driver).send_keys(key).perform()

    press(Keys.TAB)
    skip = page.driver.switch_to.active_element
    assert skip.get_attribute("class") == "skip-link"
    assert skip.is_displayed() and skip.location["x"] >= 0
    assert skip.value_of_css_property("outline-style") == "solid"
    page.shot("focus-skip-link")
    press(Keys.ENTER)
    assert page.driver.switch_to.active_element.get_attribute("id") == "main"
    press(Keys.TAB)  # the upload comes first
    assert page.driver.switch_to.active_element.get_attribute("id") == "reading-files"
    for _ in range(3):  # its button, the link to more choices, «Dạng nâng cao»
        press(Keys.TAB)
    focused = page.driver.switch_to.active_element
    assert focused.tag_name == "summary"
    assert focused.value_of_css_property("outline-style") == "solid"
    press(Keys.ENTER)  # opens it
    press(Keys.TAB)
    focused = page.driver.switch_to.active_element
    assert focused.get_attribute("id") == "example"
    assert focused.value_of_css_property("outline-style") == "solid"
    assert focused.value_of_css_property("outline-width") == "3px"
    page.shot("focus-select")


def colours_of(page, selector: str) -> tuple[str, str]:
    """An element's text colour and the background it is drawn on, as #rrggbb."""
    return tuple(page.driver.execute_script("""
        const hex = c => '#' + c.match(/\\d+/g).slice(0, 3)
            .map(n => Number(n).toString(16).padStart(2, '0')).join('');
        let el = document.querySelector(arguments[0]);
        const fg = getComputedStyle(el).color;
        let bg = 'rgba(0, 0, 0, 0)';
        while (el && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
            bg = getComputedStyle(el).backgroundColor; el = el.parentElement; }
        return [hex(fg), hex(bg === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : bg)];
    """, selector))


DRAWN = {
    f"/check?example={REJECTED_EXAMPLE}": [
        "p.outcome", ".badge.sev-error", ".badge.sev-info", "a.rule-link", ".finding-message",
        "blockquote p", ".site-nav a", ".site-name a", ".lang-switch a", "label[for=example]",
        ".hint", "button[type=submit]", ".site-footer p"],
    "/rules/QTNB-08": [".result-passed", ".result-not-run", ".kw", ".status",
                       ".breadcrumb a", ".footer-packs a", "details.gloss summary"],
    "/rules": ["code.hash", ".delegation blockquote p", "details.staff-work summary"],
    "/rules/QTNB-10": [".interp p", ".interp .hint", ".badge.sev-warning"],
    "/check?example=internal-procedure-amendment.json": ["p.outcome"],
    "/check?example=contract-example.json": ["p.outcome"],
    "/check?example=before-any-policy.json": ["p.outcome"],
}


@pytest.mark.parametrize("path", sorted(DRAWN))
def test_text_as_drawn_has_a_contrast_of_at_least_4_5(page, path):
    page.open(path)
    for selector in DRAWN[path]:
        fg, bg = colours_of(page, selector)
        assert contrast(fg, bg) >= 4.5, (path, selector, fg, bg)


def test_printing_shows_the_content_alone(page, tmp_path):
    page.open(f"/check?example={REJECTED_EXAMPLE}")
    page.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not page.css("nav.site-nav").is_displayed()
        assert not page.css("section.check-form").is_displayed()
        assert page.css("p.outcome").is_displayed() and page.css("li.finding").is_displayed()
        page.shot("print-verdict")
    finally:
        page.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    path = tmp_path / "verdict.pdf"
    path.write_bytes(base64.b64decode(page.driver.print_page()))
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 10_000


# --- any screen -------------------------------------------------------------------------------

# Every page with real content, in both languages (a stored submission is found by the test).
WIDE_PAGES = ["/check", f"/check?example={REJECTED_EXAMPLE}",
              "/check?example=internal-procedure-amendment.json",
              "/check?example=after-2025-reform-district.json", "/check/reading", "/rules",
              "/rules/QTNB-08", "/rules/CQDP-01", "/rules/ND118-01", "/rules?q=to+trinh",
              "/directive", "/submissions", "stored", "/coverage?as_of=2025-12-01",
              "/coverage?as_of=2025-12-01&page=2", "/login", "/rules/"]


def viewport(page, width: int, height: int) -> None:
    page.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


@pytest.fixture
def narrow(page):
    """The page object; the window's size is given back afterwards."""
    yield page
    page.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def stored_path(page) -> str:
    page.open("/submissions?outcome=rejected")
    return page.css("table.submissions-table tbody th a").get_attribute("href").removeprefix(
        page.url)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("width", [320, 390, 768])
def test_no_page_overflows_sideways(narrow, width, lang):
    page = narrow
    paths = [stored_path(page) if p == "stored" else p for p in WIDE_PAGES]
    viewport(page, width, 844)
    wide = {}
    for path in paths:
        page.open(path + ("&" if "?" in path else "?") + f"lang={lang}")
        scroll, inner = page.driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        assert inner == width
        if scroll > inner:
            wide[path] = scroll
    assert wide == {}, f"wider than {width} px: {wide}"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("width", [320, 390, 768])
def test_the_login_page_with_keys_on_does_not_overflow(narrow, app_of, width, lang):
    page = narrow
    auth = app_of.extensions["tthc-rules"]["auth"]
    was = auth["on"]
    auth["on"] = True
    try:
        viewport(page, width, 844)
        page.open(f"/login?lang={lang}")
        assert page.all("input#key")  # the form of a service that asks for keys
        scroll = page.driver.execute_script("return document.documentElement.scrollWidth")
        assert scroll <= width
    finally:
        auth["on"] = was


def test_wide_tables_scroll_in_their_own_box(narrow):
    page = narrow
    viewport(page, 320, 844)
    page.open("/coverage?as_of=2025-12-01")
    box = page.css(".table-scroll")
    inner, own = page.driver.execute_script(
        "return [arguments[0].clientWidth, arguments[0].scrollWidth]", box)
    assert own > inner  # the table is wider than the screen, and scrolls inside its box
    assert page.driver.execute_script("return document.documentElement.scrollWidth") <= 320


def test_the_verdict_starts_above_the_fold_on_a_phone(narrow):
    page = narrow
    viewport(page, 390, 844)
    page.open(f"/check?example={REJECTED_EXAMPLE}")
    header = page.driver.execute_script(
        "return document.querySelector('.site-header').getBoundingClientRect().height")
    bottom = page.driver.execute_script(
        "return document.querySelector('p.outcome').getBoundingClientRect().bottom")
    assert header < 160 and bottom < 844, (header, bottom)
    page.shot("verdict-390")


# --- reading a draft decision ---------------------------------------------------------------------

def decisions_dir() -> Path:
    """The real decisions (``tests/data/decisions``), or ``$DECISIONS_DIR``."""
    return Path(os.environ.get("DECISIONS_DIR")
                or Path(__file__).resolve().parents[1] / "data" / "decisions").resolve()


DECISIONS_DIR = decisions_dir()
NGHE_AN, LANG_SON = "nghe-an-3854-2025.docx", "lang-son-2487-2025.docx"
REAL = sorted(p.name for p in DECISIONS_DIR.glob("*.docx"))
PHONE_TARGET = 40_000  # px at 390 for the longest decision
LAPTOP_RATIO = 1.5  # of the decision's own HTML at 1366 px
FRAME = 3_500  # px at 1366 the page adds to any decision: its summary, the Tờ trình, the notes


def upload(page, *files: Path | str, lang: str = "vi") -> None:
    """Choose the files on the reading page and read them, as a reviewer does."""
    page.open(f"/check/reading?lang={lang}")
    paths = [str(f if isinstance(f, Path) else DECISIONS_DIR / f) for f in files]
    page.css("input#files").send_keys("\n".join(paths))
    page.css("form[enctype] button[type=submit]").click()
    page.wait(ec.presence_of_element_located((By.ID, "reading-summary-title")))


def check_dossier(page, button: str = ".check-bar-sticky button") -> None:
    page.css(button).click()
    page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "p.outcome, #error-summary"))


def heading_levels(page) -> list[int]:
    return page.driver.execute_script(
        "return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]"
        ".map(h => Number(h.tagName[1]))")


def assert_heading_order(page) -> None:
    levels = heading_levels(page)
    assert levels[0] == 1 and levels.count(1) == 1, levels
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels


def read_as(row) -> str:
    return row.find_element(By.CSS_SELECTOR, "td.read-as").text


def click(page, element) -> None:
    """Click as a person does: with the element scrolled to the middle of the window, clear
    of the button that stays at its foot."""
    page.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def page_height(page) -> int:
    return page.driver.execute_script("return document.documentElement.scrollHeight")


def in_view(page, selector: str) -> bool:
    """Whether the element is drawn inside the window as it is scrolled now."""
    return page.driver.execute_script("""
        const el = document.querySelector(arguments[0]);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1
            && r.right <= innerWidth + 1;""", selector)


def read_as_out_of_view(page) -> tuple[int, int]:
    """(rows of the step tables, rows whose «Đọc là» is not drawn wholly across the window)."""
    return tuple(page.driver.execute_script("""
        const cells = [...document.querySelectorAll('table.decision-table tbody td.read-as')];
        const out = cells.filter(c => { const r = c.getBoundingClientRect();
            return r.width === 0 || r.left < 0 || r.right > innerWidth + 0.5; });
        return [cells.length, out.length];"""))


def people_text(page, quoted: bool = False) -> str:
    """What a person reads of the page: its main part and its footer as drawn (a closed
    disclosure's content is not drawn); unless ``quoted``, without the words it quotes from
    the documents read (marked lang="vi") and file names."""
    return page.driver.execute_script("""
        const skip = arguments[0] ? 'textarea' : '[lang="vi"]:not(html), .file-name, textarea';
        const parts = [];
        for (const root of [document.querySelector('main'), document.querySelector('footer')]) {
          const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walk.nextNode(); node; node = walk.nextNode()) {
            const el = node.parentElement;
            if (!el.checkVisibility() || el.closest(skip)) continue;
            parts.push(node.textContent);
          }
        }
        return parts.join(' ');""", quoted)


def assert_vietnamese(page, *files: str) -> None:
    """The page's own words are Vietnamese: no English word, no value of the data format,
    no note for legal staff (the names of the files read aside)."""
    from .vietnamese import WORD, enum_values, foreign_words, legal_staff_notes

    text = people_text(page)
    assert len(text) > 500  # the page's words were found
    for name in files:
        text = text.replace(name, " ")
    assert foreign_words(text) == []
    assert set(WORD.findall(text)) & enum_values() == set()
    flat = " ".join(people_text(page, quoted=True).split())  # a note for legal staff anywhere
    assert [n for n in legal_staff_notes() if " ".join(n.split()) in flat] == []


def assert_reads_well(page, docx: Path, own: Path | None, name: str) -> dict:
    """A decision's reading page at 1366, 390 and 320 px: no longer than its targets,
    «Kiểm tra hồ sơ» in sight at the top and while it scrolls, every row's reading inside
    the window on a phone, no page wider than the window, and only Vietnamese to read."""
    heights = {}
    viewport(page, 1366, 900)
    if own is not None and own.exists():
        page.driver.get(own.as_uri())
        heights["own"] = page_height(page)
    upload(page, docx)
    heights[1366] = page_height(page)
    if "own" in heights:  # a short decision: what the page adds to any decision counts
        assert heights[1366] < max(LAPTOP_RATIO * heights["own"], heights["own"] + FRAME), \
            heights
    assert in_view(page, ".check-bar-sticky button")
    assert page.css("form#correction button[type=submit]").text == "Kiểm tra hồ sơ"
    page.shot(f"{name}-1366")
    for width in (390, 320):
        viewport(page, width, 844)
        page.driver.execute_script("window.scrollTo(0, 0)")
        heights[width] = page_height(page)
        assert page.driver.execute_script(
            "return document.documentElement.scrollWidth") <= width
        rows, hidden = read_as_out_of_view(page)
        assert rows > 0 and hidden == 0, (width, rows, hidden)
        assert in_view(page, ".check-bar-sticky button")
        page.driver.execute_script("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
        assert in_view(page, ".check-bar-sticky button")  # it stays in sight
        page.driver.execute_script("window.scrollTo(0, 0)")
    assert heights[390] < PHONE_TARGET, heights
    viewport(page, 390, 844)
    assert_vietnamese(page, docx.name)
    page.shot(f"{name}-390")
    return heights


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_page_shaped_decision_reads_well_on_a_phone_and_a_laptop(narrow, tmp_path, shape):
    own = tmp_path / "du-thao.html"  # the decision as a web page: read as it is, and measured
    own.write_text(html_of(shape), encoding="utf-8")
    docx = own
    heights = assert_reads_well(narrow, docx, own, shape)
    if shape == "shared-table":  # the longest: the targets without allowance
        assert heights[1366] < LAPTOP_RATIO * heights["own"] and heights[390] < PHONE_TARGET
        # fifteen procedures, one printed table: each row once
        segments = narrow.all("article.printed-table section.segment")
        assert len(segments) == 15 and not narrow.all("tr.row-other")


@pytest.mark.parametrize("name", REAL)
def test_a_real_decision_reads_well_on_a_phone_and_a_laptop(narrow, name):
    assert_reads_well(narrow, DECISIONS_DIR / name, (DECISIONS_DIR / name).with_suffix(".html"),
                      name.removesuffix(".docx"))


def test_a_correction_turns_not_accepted_into_accepted_on_a_phone(narrow, tmp_path):
    page = narrow
    viewport(page, 390, 844)
    docx = tmp_path / "du-thao.docx"
    docx.write_bytes(docx_of("extra-row"))  # 6 days of steps, 5 printed
    upload(page, docx)
    if not page.css("input#in_dossier").is_selected():  # the Tờ trình is in the dossier
        click(page, page.css("label[for=in_dossier]"))
    check_dossier(page, ".check-bar-sticky button")
    outcome = page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "p.outcome")))
    assert outcome.text == "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    summary = page.driver.switch_to.active_element
    assert summary.get_attribute("id") == "error-summary"
    # the printed total that differs from its steps is a finding, counted, and it leads to
    # its table on this page
    assert "1 điểm việc đọc chưa xác định được" in summary.text
    link = page.css("li.finding a.finding-table")
    assert link.get_attribute("href").endswith("#tbl-1-3-1")
    page.shot("correction-before")
    # the reviewer says the third row is not a step: what is done when a dossier is incomplete
    click(page, page.css("details.correct-box > summary"))
    click(page, page.css("label[for=notstep_0_3]"))
    page.shot("correction")
    check_dossier(page, ".check-bar-sticky button")
    outcome = page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "p.outcome")))
    assert outcome.text == "Đạt"
    assert page.css("input#notstep_0_3").is_selected()
    corrected = page.css("tr.row-corrected")
    assert read_as(corrected) == "Không phải bước (theo sửa của bạn)"
    assert not json.loads(page.css("textarea#submission").get_attribute("value")).get(
        "open_points")
    assert_heading_order(page)
    assert_vietnamese(page, docx.name)
    assert page.problems() == []
    page.shot("correction-after")


def test_a_real_decision_is_read_placed_and_checked(page):
    upload(page, LANG_SON)
    assert page.css("h1").text == "Đọc dự thảo quyết định"
    # eight step tables with no code anywhere: linked from the summary, each with its field
    unplaced = page.all(".reading-summary .sum-unplaced a[href^='#tbl-']")
    assert len(unplaced) == 8 and not page.all("#error-summary")  # the list makes it checkable
    tables = page.all("section.segment.unplaced")
    assert len(tables) == 8
    first = tables[0]
    assert [th.text for th in first.find_elements(By.CSS_SELECTOR, "thead th")] == [
        "Đọc là", "Số TT", "Trình tự", "Trách nhiệm thực hiện", "Thời gian thực hiện"]
    rows = first.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert rows[0].find_elements(By.CSS_SELECTOR, "td")[1].text == "B1"
    assert read_as(rows[0]).startswith("Bước 1 · 0,5 ngày làm việc")
    assert "khớp" in read_as(rows[-1]) and "row-total" in rows[-1].get_attribute("class")
    assert first.find_element(By.CSS_SELECTOR, "mark.flag").text == "Cần xem"
    assert_heading_order(page)
    assert page.problems() == []
    page.shot("reading-lang-son")

    # the reviewer gives table 1 its code, beside the table, and checks the dossier
    page.css("input#code_0").send_keys("1.001806")
    check_dossier(page)
    outcome = page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "p.outcome")))
    assert outcome.text in ("Đạt", "Cần xem xét thêm", "Chưa đạt — đề nghị hoàn thiện hồ sơ")
    checked = json.loads(page.css("textarea#submission").get_attribute("value"))
    assert [ip["procedure_code"] for ip in checked["internal_procedures"]] == ["1.001806"]
    groups = [h.text for h in page.all("section.finding-group h3")]
    # (the tables still unplaced are the dossier's open points: READ-01, about the whole dossier)
    assert all("1.001806" in h or h == "Toàn bộ hồ sơ trình" for h in groups), groups
    assert page.css("input#code_0").get_attribute("value") == "1.001806"
    assert_heading_order(page)
    page.shot("reading-verdict")

    # a code that is not one: the error summary takes the focus and leads to the field
    page.css("input#code_1").send_keys("12345")
    check_dossier(page)
    focused = page.driver.switch_to.active_element
    assert focused.get_attribute("id") == "error-summary"
    assert "«12345» không phải mã TTHC" in focused.text
    focused.find_element(By.CSS_SELECTOR, "a").click()
    page.wait(ec.url_contains("#code_1"))
    box = page.css("input#code_1")
    assert box.get_attribute("aria-invalid") == "true" and box.is_displayed()
    page.shot("reading-bad-code")


def test_a_decision_whose_tables_are_placed_is_shown_as_printed(page):
    upload(page, NGHE_AN)
    assert not page.all("section.segment.unplaced") and not page.all("#error-summary")
    segments = page.all("section.segment")
    assert len(segments) == 2
    assert "thủ tục 2.002755" in segments[0].text and "thủ tục 2.002757" in segments[1].text
    # merged cells as printed: «Toàn trình» spans the steps it covers
    merged = segments[0].find_elements(By.CSS_SELECTOR, "tbody td[rowspan]")
    assert [m.text for m in merged][:1] == ["Toàn trình"]
    assert int(merged[0].get_attribute("rowspan")) == 6
    totals = [read_as(r) for r in segments[0].find_elements(By.CSS_SELECTOR, "tr.row-total")]
    assert len(totals) == 3 and all(t.endswith("khớp") and "không khớp" not in t for t in totals)
    assert page.css("input#code_0").get_attribute("value") == "2.002755"
    assert_heading_order(page)
    page.shot("reading-nghe-an")
    check_dossier(page)
    assert page.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, "p.outcome")))


def test_a_reading_that_cannot_be_checked_says_what_is_missing(page, tmp_path):
    from generators.decisions import Draft, Sheet

    sheet = Sheet([["Bước", "Người thực hiện", "Nội dung công việc", "Thời gian"],
                   ["Bước 1", "Bộ phận một cửa", "Tiếp nhận hồ sơ", "0,5 ngày làm việc"],
                   ["Bước 2", "Lãnh đạo Sở", "Ký duyệt", "1 ngày làm việc"]])
    path = tmp_path / "du-thao.docx"
    path.write_bytes(to_docx(Draft(annex=["1. Thủ tục chưa in số hiệu", sheet])))
    upload(page, path)
    focused = page.driver.switch_to.active_element
    assert focused.get_attribute("id") == "error-summary"
    assert focused.text.startswith("Chưa kiểm tra được")
    focused.find_element(By.CSS_SELECTOR, "a[href='#code_0']").click()
    page.wait(ec.url_contains("#code_0"))
    assert in_view(page, "input#code_0")  # not under the button that stays in sight


# (in Vietnamese at 320 and 390 px every decision's reading is measured above)
@pytest.mark.parametrize("width, lang", [(320, "en"), (390, "en"), (768, "vi"), (768, "en")])
def test_the_reading_pages_do_not_overflow_sideways(narrow, width, lang):
    page = narrow
    viewport(page, width, 844)
    wide = {}

    def measure(name: str) -> None:
        scroll, inner = page.driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        assert inner == width
        if scroll > inner:
            wide[name] = scroll
        rows, hidden = read_as_out_of_view(page)
        if width < 600 and rows:  # a phone: every row says what it was read as, in sight
            assert hidden == 0, (name, rows, hidden)

    page.open(f"/check/reading?lang={lang}")
    measure("upload")
    for name in (NGHE_AN, LANG_SON):
        upload(page, name, lang=lang)
        measure(name)
    page.css("input#code_0").send_keys("1.001806")
    check_dossier(page)
    measure("verdict")
    assert page.driver.execute_script("return document.documentElement.lang") == lang
    assert wide == {}, f"wider than {width} px: {wide}"

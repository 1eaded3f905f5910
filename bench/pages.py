"""How long the reading page is: the page a reviewer gets on uploading a decision, measured
in headless Chromium at 390 px (a phone) and 1366 px (a laptop), against the height of the
decision's own HTML at 1366 px.

    .venv/bin/python -m bench.pages
    .venv/bin/python -m bench.pages --shots /tmp/shots   # a screenshot of each page measured
    .venv/bin/python -m bench.pages --docs docs/img      # the screenshots of docs/pages.md

Decisions: the page-shaped drafts of ``generators.page_decisions`` (a table shared by 15
procedures, alternative paths, case headings, a table serving two tiers) and the real
decisions of ``tests/data/decisions`` (or ``$DECISIONS_DIR``). Needs Debian's ``chromium``
and ``chromium-driver``.
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import threading
from pathlib import Path

from generators.page_decisions import SHAPES, docx_of, html_of

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")
WIDTHS = (390, 1366)


def decisions(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, file to upload, the decision's own HTML) of every decision measured."""
    out = []
    for name in SHAPES:
        docx, html = folder / f"{name}.docx", folder / f"{name}.html"
        docx.write_bytes(docx_of(name))
        html.write_text(html_of(name), encoding="utf-8")
        out.append((name, docx, html))
    real = Path(os.environ.get("DECISIONS_DIR")
                or Path(__file__).resolve().parents[1] / "tests" / "data" / "decisions")
    for path in sorted(real.glob("*.docx")):
        out.append((path.stem, path, path.with_suffix(".html")))
    return out


def serve():
    from werkzeug.serving import make_server

    from service.app import create_app
    from service.web import register

    folder = Path(tempfile.mkdtemp())
    app = create_app({"TESTING": True, "AUTH": False, "MIGRATE_ON_START": True, "RATE_LIMITS": False,
                      "DATABASE_URL": f"sqlite:///{folder / 'pages.sqlite3'}"})
    if "web" not in app.blueprints:
        register(app)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser(profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def width(driver, pixels: int) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": pixels, "height": 844 if pixels < 600 else 900, "deviceScaleFactor": 1,
        "mobile": False})


def height(driver) -> int:
    return driver.execute_script("return document.documentElement.scrollHeight")


def upload(driver, base: str, path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(base + "/check/reading")
    driver.find_element(By.CSS_SELECTOR, "input#files").send_keys(str(path))
    driver.find_element(By.CSS_SELECTOR, "form[enctype] button[type=submit]").click()
    WebDriverWait(driver, 30).until(ec.presence_of_element_located((By.ID, "reading-summary-title")))


def save(driver, path: Path) -> None:
    """A screenshot of the window, as a small PNG (256 colours)."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def click(driver, element) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def docs_shots(driver, base: str, folder: Path, out: Path) -> None:
    """The screenshots of ``docs/pages.md``, at 390 and 1366 px: the reading page of the
    decision whose step table is shared by 15 procedures; a correction (the Tờ trình in the
    dossier, the total of each table whose printed total differs from its steps given as the
    one that is right); the verdict after it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    out.mkdir(parents=True, exist_ok=True)
    path = folder / "du-thao-quyet-dinh.docx"
    path.write_bytes(docx_of("shared-table"))
    for pixels in WIDTHS:
        width(driver, pixels)
        upload(driver, base, path)
        save(driver, out / f"reading-shared-table-{pixels}.png")
        if not driver.find_element(By.CSS_SELECTOR, "input#in_dossier").is_selected():
            click(driver, driver.find_element(By.CSS_SELECTOR, "label[for=in_dossier]"))
        anchors = [a.get_attribute("href").split("#")[1] for a in driver.find_elements(
            By.CSS_SELECTOR, ".sum-differs a")]
        first = None
        for anchor in anchors:  # each total that differs: the one that is right, its steps'
            differing = driver.find_element(By.ID, anchor)
            box = differing.find_element(By.CSS_SELECTOR, "details.correct-box")
            click(driver, box.find_element(By.CSS_SELECTOR, "summary"))
            summed = differing.find_element(By.CSS_SELECTOR, "tr.row-total td.read-as").text
            field = box.find_element(By.CSS_SELECTOR, "input[name^=limit_]")
            field.clear()
            field.send_keys(summed.split("được ")[1].split(" ngày")[0])
            first = first or box
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", first)
        driver.execute_script("window.scrollBy(0, -60)")
        save(driver, out / f"correction-{pixels}.png")
        click(driver, driver.find_element(By.CSS_SELECTOR, ".check-bar-sticky button"))
        WebDriverWait(driver, 30).until(
            ec.presence_of_element_located((By.CSS_SELECTOR, "p.outcome")))
        driver.execute_script("window.scrollTo(0, 0)")
        save(driver, out / f"verdict-after-correction-{pixels}.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=Path, help="save screenshots of each page here")
    parser.add_argument("--docs", type=Path, help="save the screenshots of docs/pages.md here")
    args = parser.parse_args()
    server = serve()
    base = f"http://127.0.0.1:{server.server_port}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        driver = browser(folder / "profile")
        try:
            if args.docs:
                docs_shots(driver, base, folder, args.docs)
                return
            print(f"{'decision':<22} {'own HTML 1366':>14} {'page 390':>10} {'screens':>8} "
                  f"{'page 1366':>10} {'× own':>6}")
            for name, path, own in decisions(folder):
                width(driver, 1366)
                driver.get(own.resolve().as_uri())
                own_height = height(driver)
                figures = {}
                for pixels in WIDTHS:
                    width(driver, pixels)
                    upload(driver, base, path)
                    figures[pixels] = height(driver)
                    if args.shots:
                        args.shots.mkdir(parents=True, exist_ok=True)
                        save(driver, args.shots / f"bench-{name}-{pixels}.png")
                print(f"{name:<22} {own_height:>11} px {figures[390]:>7} px "
                      f"{figures[390] / 844:>8.1f} {figures[1366]:>7} px "
                      f"{figures[1366] / own_height:>6.2f}")
        finally:
            driver.quit()
            server.shutdown()


if __name__ == "__main__":
    main()

"""The site in a real browser: Playwright driving the system Chromium (Debian's
``chromium`` package, never a downloaded build) against ``evidence serve`` on 127.0.0.1.

A clinician's path: the home page, a search for 脊髓, the seed's study page, a number
clicked to read its sentence, the ASIA motor score comparison. Then every page of a
database holding a hostile article: no dialog opens and no injected script runs. Any
console error or page error fails the test. Screenshots go to test-artifacts/ (ignored
by git; CI keeps them as artefacts).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import SECOND_ASIA, hostile_article, sci_article

from tests.paths import EXAMPLES, REPO, SEED

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"{CHROMIUM} is absent: browser tests need Debian's chromium package (.ci/run installs it)")]

# An article written to attack the site: markup, event handlers, javascript: links and a
# </textarea> in its title and text. Ingested through the real pipeline.
HOSTILE_FILE = """<script>alert("title")</script> Stem cells for knee osteoarthritis <img src=x onerror=alert("img")></textarea>

Journal of <script>alert("journal")</script> Medicine. 2024. doi:10.5555/ekb.hostile"><script>alert(1)</script>

METHODS: In this randomised controlled trial, 40 adults with knee osteoarthritis received <a href="javascript:alert('link')">stem cells</a> or placebo.

RESULTS: The WOMAC total score fell from 50.2 ± 10.1 to 41.3 ± 9.8 at 6 months in the treatment group (p=0.01) </textarea><script>alert("results")</script>. Headache occurred in 3 patients (7.5%) <img src=x onerror=alert("ae")>. More at javascript:alert("text").
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site_db(tmp_path_factory):
    """Seed (when ../shared is there) + examples + the second ASIA study + hostile articles."""
    from ingest.commands import ingest_paths
    from ingest.store import open_db, write_article

    folder = tmp_path_factory.mktemp("browser")
    path = folder / "evidence.db"
    hostile = folder / "hostile-<script>.txt"
    hostile.write_text(HOSTILE_FILE, encoding="utf-8")
    paths = [EXAMPLES, SECOND_ASIA, hostile] + ([SEED] if SEED.exists() else [])
    report = ingest_paths(paths, path)
    assert not report.failed, report.failed
    db = open_db(path)
    # The hostile record of the unit tests (markup in every field), and, without ../shared,
    # the test article about 许旺细胞 in place of the seed.
    for make in (hostile_article,) + (() if SEED.exists() else (sci_article,)):
        write_article(db, *make())
    db.close()
    return path


@pytest.fixture(scope="module")
def server(site_db):
    """``evidence serve`` on a free loopback port; yields its base URL."""
    evidence = Path(sys.executable).with_name("evidence")
    for _ in range(3):
        port = free_port()
        proc = subprocess.Popen([str(evidence), "serve", "--db", str(site_db), "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        if proc.poll() is None:
            break
    else:
        pytest.fail("evidence serve did not start: " + proc.stderr.read().decode()[-2000:])
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watched:
    """A page whose console errors, page errors and dialogs are recorded."""

    def __init__(self, browser, javascript=True):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=javascript)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def goto(self, url):
        response = self.page.goto(url)
        assert response is not None and response.status == 200, (url, response and response.status)
        return response

    def shot(self, name, full_page=True):
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)

    def assert_clean(self):
        assert not self.dialogs, self.dialogs
        assert not self.errors, self.errors

    def close(self):
        self.context.close()


@pytest.fixture
def watched(browser):
    w = Watched(browser)
    yield w
    w.close()


def test_clinician_path(server, watched):
    page = watched.page
    watched.goto(server + "/")
    assert page.locator("h1").first.inner_text() == "Evidence KB"
    assert page.locator("section.count-design li").count() >= 3
    watched.shot("01-home")

    page.fill("#home-search-q", "脊髓")
    page.locator("form.home-search input[type=submit]").click()
    page.wait_for_load_state()
    assert "_search=" in page.url
    snippets = page.locator("section.search-snippets li")
    assert snippets.count() >= 2
    assert page.locator("section.search-snippets mark").first.inner_text().startswith("脊髓")
    watched.shot("02-search-脊髓")

    # The seed's study (the test article about 许旺细胞 when ../shared is absent).
    seed = page.locator("section.search-snippets li a", has_text="Schwann" if SEED.exists() else "许旺细胞")
    seed.first.click()
    page.wait_for_load_state()
    assert "/evidence/studies/" in page.url
    assert page.locator("ol.flow li").count() == 4 or SEED.exists()
    assert page.locator(".badge.design").count() == 1
    watched.shot("03-study-page")

    number = page.locator("table.measurements a.num", has_text="40.7")
    quote = number.first.get_attribute("data-quote")
    number.first.click()
    page.wait_for_load_state()
    mark = page.locator("mark#quote")
    assert mark.is_visible()
    assert mark.inner_text() == quote and "40.7" in quote
    watched.shot("04-number-opens-its-sentence")

    page.goto(server + "/-/compare/asia-motor-score")
    # (the within-arm section: the pre-post changes of the single-arm studies, pooled)
    svg = page.locator("div.plot.within svg")
    assert svg.is_visible() and svg.bounding_box()["height"] > 100
    summary = page.locator("section#within-arm .pooled-summary").first.inner_text()
    assert "2 studies" in summary and "I²" in summary
    assert page.locator("table.comparison tbody tr").count() >= 2
    watched.shot("05-compare-asia-motor-score")

    page.select_option("select[name=population]", "cohort")
    page.locator("form.filters input[type=submit]").click()
    page.wait_for_load_state()
    assert "population=cohort" in page.url
    assert "subgroup" not in page.locator("table.comparison tbody").inner_text()

    page.goto(server + "/evidence/studies")
    page.locator("p.compare-link a").click()
    page.wait_for_load_state()
    for name in ("Olfactory ensheathing", "Schwann cell therapy" if SEED.exists() else "许旺细胞"):
        page.locator("form.choose label", has_text=name).locator("input").check()
    page.locator("form.choose input[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("table.side-by-side th a").count() == 2
    assert "ASIA motor score" in page.locator("table.shared-measures").inner_text()
    watched.shot("06-side-by-side")
    watched.assert_clean()


def test_forest_plot_without_javascript(server, browser):
    w = Watched(browser, javascript=False)
    try:
        w.goto(server + "/-/compare/asia-motor-score")
        assert w.page.locator("div.plot.within svg polygon.pooled").count() == 1
        assert w.page.locator("div.plot.within svg").bounding_box()["width"] > 400
    finally:
        w.close()


def test_forest_plot_download(server, watched):
    response = watched.goto(server + "/-/compare/asia-motor-score.svg")
    assert response.headers["content-type"].startswith("image/svg+xml")
    # A bare SVG document has no scrollable body: a full-page shot would wait for ever.
    watched.shot("07-forest-plot-download", full_page=False)
    watched.assert_clean()


def hostile_urls(server, site_db) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(site_db)
    urls = ["/", "/evidence", "/-/compare",
            "/evidence/studies?_search=" + urllib.parse.quote("alert"),
            "/evidence/studies?_search=" + urllib.parse.quote("<script>alert(1)</script>"),
            "/evidence/studies?_search=" + urllib.parse.quote("脊髓"),
            "/evidence/studies?_search=" + urllib.parse.quote("</textarea><script>alert(2)</script>"),
            "/evidence?sql=" + urllib.parse.quote("select title, text from sources"),
            "/-/compare/no-such?x=" + urllib.parse.quote("<script>alert(3)</script>")]
    for (table,) in conn.execute("select name from sqlite_master where type = 'table' and name in "
                                 "('sources','studies','measurements','effects','adverse_events','interventions',"
                                 "'groups','effect_sizes','checks','study_sources')"):
        urls.append(f"/evidence/{table}")
    hostile = [r[0] for r in conn.execute(
        "select id from studies where title like '%<script>%' or title like '%onerror%'")]
    assert len(hostile) == 2, hostile
    for sid in hostile:
        urls.append(f"/evidence/studies/{sid}")
    urls.append("/-/compare?" + urllib.parse.urlencode([("study", s) for s in hostile]))
    marks = ",".join("?" * len(hostile))
    for source_id, quote in conn.execute(
            f"select m.source_id, m.quote from measurements m where m.study_id in ({marks})", hostile):
        urls.append(f"/-/source/{source_id}?quote={urllib.parse.quote(quote or '')}")
        urls.append(f"/evidence/sources/{source_id}")
    for (slug,) in conn.execute(f"select distinct measure_slug from measurements where study_id in ({marks})",
                                hostile):
        urls += [f"/-/compare/{slug}", f"/-/compare/{slug}.svg"]
    for (name,) in [("studies_with_control_arm",), ("measures_in_several_studies",),
                    ("studies_with_consistency_warnings",), ("adverse_events_across_studies",)]:
        urls.append(f"/evidence/{name}")
    return list(dict.fromkeys(urls))


def test_hostile_content_runs_nothing(server, site_db, watched):
    page = watched.page
    urls = hostile_urls(server, site_db)
    assert len(urls) >= 25
    for i, url in enumerate(urls):
        if url.startswith("/-/compare/no-such"):
            before = len(watched.errors)
            assert watched.page.goto(server + url).status == 404
            # The browser reports the page's own 404 status as a console error: expected here.
            new = watched.errors[before:]
            assert all("status of 404" in e for e in new), new
            del watched.errors[before:]
        else:
            watched.goto(server + url)
        # Hover and focus everything a hostile attribute could hang on.
        page.mouse.move(300, 300)
        assert page.evaluate("document.querySelectorAll('img[src=x], [onerror], [onmouseover], [onclick]').length") == 0, url
        hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], url
        if "/studies/" in url and "?" not in url and i < 20:
            watched.shot("09-hostile-study-" + url.rsplit("/", 1)[-1])
        assert not watched.dialogs, (url, watched.dialogs)
    watched.assert_clean()


def test_hostile_text_is_shown_as_text(server, site_db, watched):
    import sqlite3

    (sid,) = sqlite3.connect(site_db).execute(
        "select id from studies where title like '%</textarea>%'").fetchone()
    watched.goto(f"{server}/evidence/studies/{sid}")
    assert "</textarea>" in watched.page.locator("h1").first.inner_text()
    assert '<script>alert("title")</script>' in watched.page.locator("h1").first.inner_text()
    watched.assert_clean()

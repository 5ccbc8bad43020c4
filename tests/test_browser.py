"""Real-browser quality gate: the built site served under a sub-path, as GitHub Pages does.

Accessibility (axe-core, WCAG 2.1 A/AA), privacy (no other origin, no cookies), languages,
a clean console, keyboard use, print, phone screenshots and structured data.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import ROOT
from kb.content import load_site
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, root
from kb.content import page_location
from test_site import SLUGS

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"
ROOT_OF = {lang: root(lang) for lang in LANGUAGES}
PAGES = [(lang, slug) for lang in LANGUAGES for slug in SLUGS]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def url_of(site_url: str, lang: str, slug: str) -> str:
    return site_url + ROOT_OF[lang] + page_location(slug)


@pytest.fixture(scope="module")
def labels() -> Any:
    return load_site(ROOT / "docs", ROOT).labels


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_any_page(browser: Any, site_url: str, width: int, scheme: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    axe = Axe()
    failures = {}
    for lang, slug in PAGES:
        page.goto(url_of(site_url, lang, slug))
        expected = "slate" if scheme == "dark" else "default"
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            failures[f"{lang}/{slug}"] = [
                f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
                for v in violations]
    context.close()
    assert failures == {}


def test_no_request_leaves_the_site_and_nothing_fails(browser: Any, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(site_url))
    foreign, failed, console = [], [], []
    page.on("request", lambda r: None if r.url.startswith((origin, "data:", "blob:")) else foreign.append(r.url))
    page.on("requestfailed", lambda r: failed.append(f"{r.url} {r.failure}"))
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
    for lang, slug in PAGES:
        page.goto(url_of(site_url, lang, slug), wait_until="networkidle")
    assert foreign == []
    assert failed == []
    assert console == []
    assert context.cookies() == []
    context.close()


def test_only_system_fonts_that_cover_armenian_are_used(page: Any, site_url: str) -> None:
    fonts: list[str] = []
    page.on("request", lambda r: fonts.append(r.url) if r.resource_type == "font" else None)
    page.goto(url_of(site_url, "hy", "faq.md"), wait_until="networkidle")
    assert fonts == []
    family = page.evaluate("getComputedStyle(document.querySelector('article')).fontFamily")
    assert family.startswith("system-ui") and "Noto Sans Armenian" in family, family


def test_language_switcher_leads_to_the_same_page_in_every_language(page: Any, site_url: str) -> None:
    wrong = []
    for lang, slug in PAGES:
        page.goto(url_of(site_url, lang, slug))
        assert page.get_attribute("html", "lang") == lang
        heads = {l.get_attribute("hreflang"): l.get_attribute("href")
                 for l in page.locator("head link[rel~=alternate][hreflang]").all()}
        assert sorted(heads) == sorted(LANGUAGES), (lang, slug)
        assert heads[lang].endswith("/kb/" + ROOT_OF[lang] + page_location(slug)), heads[lang]
        for link in page.locator("a.md-select__link[hreflang]").all():
            target = link.get_attribute("hreflang")
            href = urljoin(page.url, link.get_attribute("href"))
            if href.split("#")[0] != url_of(site_url, target, slug):
                wrong.append((lang, slug, target, href))
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_404_page_answers_in_the_readers_language(page: Any, site_url: str, labels: Any, lang: str) -> None:
    response = page.goto(site_url + ROOT_OF[lang] + "no-such-page/")
    assert response.status == 404
    assert page.get_attribute("html", "lang") == lang
    assert page.locator(".kb-not-found:visible h1").inner_text() == labels.text("not_found_title", lang)
    page.locator(".kb-not-found:visible a").click()
    assert page.url == site_url + ROOT_OF[lang]


def test_search_works_with_the_keyboard_alone(page: Any, site_url: str) -> None:
    page.goto(site_url)
    page.keyboard.press("/")
    page.keyboard.type("reklamace", delay=30)
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused and "complaints" in focused
    page.keyboard.press("Enter")
    page.wait_for_url("**/complaints/**")


@pytest.mark.parametrize("slug", ["charter.md", "standards/resolution.md"])
def test_pages_print_without_navigation_and_search(page: Any, site_url: str, slug: str) -> None:
    page.goto(url_of(site_url, "cs", slug))
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-search", ".kb-help", ".md-footer"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none", selector
    assert page.locator("article h1").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / f"print-{slug.replace('/', '-').removesuffix('.md')}.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.stat().st_size > 10_000


def test_phone_screenshots(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 812}, device_scale_factor=2)
    page = context.new_page()
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        for slug in ("index.md", "standards/response-time.md", "faq.md"):
            page.goto(url_of(site_url, lang, slug), wait_until="networkidle")
            name = f"{lang}-{slug.replace('/', '-').removesuffix('.md')}.png"
            page.screenshot(path=str(folder / name), full_page=True)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{lang}/{slug} scrolls sideways by {overflow}px on a phone"
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_faq_carries_faqpage_structured_data(page: Any, site_url: str, lang: str) -> None:
    page.goto(url_of(site_url, lang, "faq.md"))
    data = json.loads(page.inner_text("script[type='application/ld+json']"))
    assert data["@type"] == "FAQPage" and data["inLanguage"] == lang
    headings = [h.inner_text().strip().removesuffix("¶").strip() for h in page.locator("article h2").all()]
    assert [q["name"] for q in data["mainEntity"]] == headings
    assert all(q["acceptedAnswer"]["text"] for q in data["mainEntity"])


def test_sitemaps_list_every_language_with_alternates(built_site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(built_site / "sitemap.xml").getroot()
    urls = root.findall("s:url", ns)
    assert len(urls) == len(PAGES)
    assert all(len(u.findall("x:link[@hreflang]", ns)) == len(LANGUAGES) for u in urls)
    for lang in LANGUAGES:
        own = ET.parse(built_site / ROOT_OF[lang] / "sitemap.xml").getroot() if lang != DEFAULT_LANGUAGE else root
        locs = [u.findtext("s:loc", namespaces=ns) for u in own.findall("s:url", ns)]
        assert sum(1 for loc in locs if urlsplit(loc).path.startswith("/kb/" + ROOT_OF[lang])) >= len(SLUGS)


@pytest.mark.parametrize("width", [375, 1280])
def test_the_home_page_puts_search_first(browser: Any, site_url: str, labels: Any, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    for lang in LANGUAGES:
        page.goto(site_url + ROOT_OF[lang])
        button = page.locator("article [data-kb-open-search]")
        assert button.inner_text().strip() == labels.text("search_prompt", lang)
        first = page.locator("article h1 + *")
        assert first.locator("[data-kb-open-search]").count() == 1, "search should come first"
        button.click()
        box = page.locator("input[data-md-component=search-query]")
        assert box.is_visible() and box.evaluate("e => e === document.activeElement")
    context.close()

"""The real site in Debian's Chromium, served under a sub-path as GitHub Pages serves it:
accessibility (axe-core, WCAG 2.1 A/AA), privacy (no other origin, no cookie), languages, a clean
console, keyboard use, print, phone screenshots, structured data and the language offer."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, root
from kb.load.site import Site, load_site, page_location
from kb.render.language import Language
from tests.support import PREFIX, ROOT

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "test-artifacts"
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture(scope="module")
def content() -> Site:
    return load_site(ROOT / "docs", ROOT)


@pytest.fixture(scope="module")
def words(content: Site) -> dict[str, Language]:
    labels, _ = content.require()
    return {lang: Language.of(lang, labels) for lang in LANGUAGES}


def slugs(content: Site, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    return sorted(slug for code, slug in content.pages if code == lang)


def url_of(base: str, lang: str, slug: str) -> str:
    return base + root(lang) + page_location(slug)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width, scheme", [(375, "light"), (1280, "dark")])
def test_axe_finds_no_violations(
    browser: Any, real_url: str, content: Site, lang: str, width: int, scheme: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    axe = Axe()
    failures = {}
    for slug in slugs(content, lang):
        page.goto(url_of(real_url, lang, slug))
        assert page.get_attribute("body", "data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
        violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            failures[slug] = [
                f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})" for v in violations
            ]
    context.close()
    assert failures == {}


def test_no_request_leaves_the_site_nothing_fails_and_no_cookie(browser: Any, real_url: str, content: Site) -> None:
    context = browser.new_context()
    page = context.new_page()
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(real_url))
    foreign: list[str] = []
    failed: list[str] = []
    console: list[str] = []
    page.on("request", lambda r: None if r.url.startswith((origin, "data:", "blob:")) else foreign.append(r.url))
    page.on("requestfailed", lambda r: failed.append(f"{r.url} {r.failure}"))
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
    for lang, slug in sorted(content.pages):
        page.goto(url_of(real_url, lang, slug), wait_until="networkidle")
    assert foreign == []
    assert failed == []
    assert console == []
    assert context.cookies() == []
    context.close()


def test_only_system_fonts_that_cover_armenian_are_used(page: Any, real_url: str) -> None:
    fonts: list[str] = []
    page.on("request", lambda r: fonts.append(r.url) if r.resource_type == "font" else None)
    page.goto(url_of(real_url, "hy", "faq.md"), wait_until="networkidle")
    assert fonts == []
    family = page.evaluate("getComputedStyle(document.querySelector('article')).fontFamily")
    assert family.startswith("system-ui") and "Noto Sans Armenian" in family, family


def test_the_language_switcher_leads_to_the_same_page(page: Any, real_url: str, content: Site) -> None:
    wrong = []
    for lang, slug in sorted(content.pages):
        page.goto(url_of(real_url, lang, slug))
        assert page.get_attribute("html", "lang") == lang
        heads = {
            link.get_attribute("hreflang"): link.get_attribute("href")
            for link in page.locator("head link[rel~=alternate][hreflang]").all()
        }
        assert sorted(heads) == sorted(LANGUAGES), (lang, slug)
        assert heads[lang].endswith(PREFIX + root(lang) + page_location(slug)), heads[lang]
        for link in page.locator("a.md-select__link[hreflang]").all():
            target = link.get_attribute("hreflang")
            href = urljoin(page.url, link.get_attribute("href"))
            if href.split("#")[0] != url_of(real_url, target, slug):
                wrong.append((lang, slug, target, href))
    assert wrong == []


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE])
def test_a_reader_whose_browser_prefers_another_language_is_offered_this_page_in_it(
    browser: Any, real_url: str, words: dict[str, Language], lang: str
) -> None:
    context = browser.new_context(locale={"de": "de-AT", "pl": "pl-PL", "hy": "hy-AM"}.get(lang, lang))
    page = context.new_page()
    page.goto(url_of(real_url, DEFAULT_LANGUAGE, "claims.md"))
    offer = page.locator(".kb-language-suggestion__banner")
    offer.wait_for()
    assert offer.get_attribute("lang") == lang
    link = offer.locator("a")
    assert link.inner_text() == words[lang].text("language_suggestion")
    assert urljoin(page.url, link.get_attribute("href")) == url_of(real_url, lang, "claims.md")
    assert Axe().run(page, options=AXE_OPTIONS).response["violations"] == []
    offer.get_by_role("button", name=words[lang].text("language_suggestion_close")).click()
    assert offer.is_hidden()
    page.reload()
    page.wait_for_load_state("networkidle")
    assert page.locator(".kb-language-suggestion__banner").count() == 0, "dismissed once, for good"
    assert page.evaluate("localStorage.getItem('kb-language-suggestion')") == "done"
    assert context.cookies() == []
    context.close()


def test_no_offer_when_the_page_is_in_the_readers_language(browser: Any, real_url: str) -> None:
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    page.goto(url_of(real_url, "de", "claims.md"), wait_until="networkidle")
    assert page.locator(".kb-language-suggestion__banner").count() == 0
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_404_page_answers_in_the_readers_language(
    page: Any, real_url: str, words: dict[str, Language], lang: str
) -> None:
    response = page.goto(real_url + root(lang) + "no-such-page/")
    assert response.status == 404
    assert page.get_attribute("html", "lang") == lang
    shown = page.locator(".kb-not-found:visible h1").inner_text().replace("\u00a0", " ")
    assert shown == words[lang].text("not_found_title")
    page.locator(".kb-not-found:visible a").click()
    assert page.url == real_url + root(lang)


def test_search_works_with_the_keyboard_alone(page: Any, real_url: str) -> None:
    page.goto(real_url)
    page.keyboard.press("/")
    page.keyboard.type("reklamace", delay=30)
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused and "claims" in focused
    page.keyboard.press("Enter")
    page.wait_for_url("**/claims/**")


@pytest.mark.parametrize("width", [375, 1280])
def test_the_home_page_puts_search_first(browser: Any, real_url: str, words: dict[str, Language], width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    for lang in LANGUAGES:
        page.goto(real_url + root(lang))
        button = page.locator("article [data-kb-open-search]")
        assert button.inner_text().strip().replace("\u00a0", " ") == words[lang].text("search_prompt")
        assert page.locator("article h1 + *").locator("[data-kb-open-search]").count() == 1, "search comes first"
        button.click()
        box = page.locator("input[data-md-component=search-query]")
        assert box.is_visible() and box.evaluate("e => e === document.activeElement")
    context.close()


@pytest.mark.parametrize("slug", ["charter.md", "standards/resolution.md"])
def test_pages_print_without_navigation_and_search(page: Any, real_url: str, slug: str) -> None:
    page.goto(url_of(real_url, "cs", slug))
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-search", ".kb-help", ".md-footer"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none", selector
    assert page.locator("article h1").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / f"print-{slug.replace('/', '-').removesuffix('.md')}.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.stat().st_size > 10_000


def test_phone_screenshots_and_no_sideways_scrolling(browser: Any, real_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 812}, device_scale_factor=2)
    page = context.new_page()
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        for slug in ("index.md", "claims.md", "contact.md", "standards/response-time.md", "faq.md"):
            page.goto(url_of(real_url, lang, slug), wait_until="networkidle")
            page.screenshot(
                path=str(folder / f"{lang}-{slug.replace('/', '-').removesuffix('.md')}.png"), full_page=True
            )
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{lang}/{slug} scrolls sideways by {overflow}px on a phone"
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_faq_carries_faqpage_structured_data(page: Any, real_url: str, lang: str) -> None:
    page.goto(url_of(real_url, lang, "faq.md"))
    data = json.loads(page.inner_text("script[type='application/ld+json']"))
    assert data["@type"] == "FAQPage" and data["inLanguage"] == lang
    headings = [h.inner_text().strip().removesuffix("¶").strip() for h in page.locator("article h2").all()]
    assert [q["name"].replace("\u00a0", " ") for q in data["mainEntity"]] == [
        h.replace("\u00a0", " ") for h in headings
    ]
    assert all(q["acceptedAnswer"]["text"] for q in data["mainEntity"])


def test_sitemaps_list_every_language_with_alternates(real_built: Path, content: Site) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = ET.parse(real_built / "sitemap.xml").getroot().findall("s:url", ns)
    assert len(urls) == len(content.pages)
    assert all(len(u.findall("x:link[@hreflang]", ns)) == len(LANGUAGES) for u in urls)

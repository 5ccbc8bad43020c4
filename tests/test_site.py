"""The real site, built once: pages, languages, rendered blocks and anchors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from babel.dates import format_date

from conftest import ROOT
from kb.content import Site, load_site
from kb.languages import LANGUAGES, root
from kb.localized import in_language

SLUGS = [
    "index.md", "charter.md", "standards/index.md", "complaints.md", "contact.md",
    "service-levels.md", "faq.md", "performance.md", "accessibility.md",
] + [f"standards/{i}.md" for i in (
    "response-time", "keeping-informed", "availability", "channels", "courtesy", "empathy",
    "transparency", "accountability", "resolution", "follow-up", "self-service", "training",
)]


@pytest.fixture(scope="module")
def content() -> Site:
    return load_site(ROOT / "docs", ROOT)


def html_path(site: Path, lang: str, slug: str) -> Path:
    prefix = root(lang)
    page = slug.removesuffix(".md").removesuffix("index").rstrip("/")
    return site / prefix / page / "index.html" if page else site / prefix / "index.html"


def soup(site: Path, lang: str, slug: str) -> BeautifulSoup:
    return BeautifulSoup(html_path(site, lang, slug).read_text(encoding="utf-8"), "html.parser")


def test_the_information_architecture_is_complete(content: Site) -> None:
    for lang in LANGUAGES:
        assert sorted(s for (l, s) in content.pages if l == lang) == sorted(SLUGS), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_built_in_every_language(built_site: Path, lang: str) -> None:
    for slug in SLUGS:
        page = soup(built_site, lang, slug)
        assert page.html["lang"] == lang, slug


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_keeps_the_reader_on_the_same_page(built_site: Path, lang: str) -> None:
    page = soup(built_site, lang, "standards/courtesy.md")
    links = {a["hreflang"]: a["href"] for a in page.select("a.md-select__link[hreflang]")}
    assert sorted(links) == sorted(LANGUAGES)
    here = html_path(built_site, lang, "standards/courtesy.md").parent
    for other, href in links.items():
        target = (here / href / "index.html").resolve()
        assert target == html_path(built_site, other, "standards/courtesy.md").resolve()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_site_name_comes_from_the_organisation(built_site: Path, content: Site, lang: str) -> None:
    assert content.organisation is not None
    title = soup(built_site, lang, "charter.md").title.get_text()
    assert title.endswith(in_language(content.organisation.name, lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_overview_table_matches_front_matter(built_site: Path, content: Site, lang: str) -> None:
    labels = content.labels
    assert labels is not None
    table = soup(built_site, lang, "standards/index.md").select_one("article table")
    rows = [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")]
    expected = {
        s.title: [
            s.title,
            in_language(content.owners[s.owner].name, lang),
            s.metric.measure,
            labels.target(s.metric.target, lang),
            labels.period(s.metric.period, lang),
            format_date(s.review, format="medium", locale=lang),
        ]
        for s in content.standards(lang)
    }
    assert len(rows) == 12
    assert {row[0]: row for row in rows} == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_standard_page_shows_its_facts(built_site: Path, content: Site, lang: str) -> None:
    labels = content.labels
    assert labels is not None
    for std in content.standards(lang):
        box = soup(built_site, lang, f"standards/{std.id}.md").select_one("article .admonition.abstract")
        facts = dict(zip([dt.get_text(strip=True) for dt in box.select("dt")],
                         [dd.get_text(" ", strip=True) for dd in box.select("dd")]))
        assert facts[labels.text("owner", lang)].startswith(in_language(content.owners[std.owner].name, lang))
        assert facts[labels.text("target", lang)] == labels.target(std.metric.target, lang)
        assert facts[labels.text("measure", lang)] == std.metric.measure
        assert facts[labels.text("review", lang)] == format_date(std.review, format="long", locale=lang)


def test_no_heading_gets_a_meaningless_anchor(built_site: Path) -> None:
    for lang in LANGUAGES:
        for slug in SLUGS:
            ids = [h.get("id", "") for h in soup(built_site, lang, slug).select("article h2, article h3")]
            assert not [i for i in ids if re.fullmatch(r"_\d+|", i)], (lang, slug, ids)


def test_armenian_headings_get_transliterated_anchors(built_site: Path) -> None:
    ids = [h["id"] for h in soup(built_site, "hy", "faq.md").select("article h2[id]")]
    assert ids, "the Armenian FAQ should have headings"
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids), ids

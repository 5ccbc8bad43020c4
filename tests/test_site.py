"""The real site, built once as the deploy builds it: every page in every language, anchors that
mean something, and no interface text a native reader would stumble over."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.languages import LANGUAGES, root
from kb.load.site import FAQ_PAGE, Site, load_site
from tests.support import ROOT

pytestmark = pytest.mark.build

# English strings of the theme and of Python-Markdown that must never reach a reader
ENGLISH = ["Permanent link", "Made with", "Back to top", "Skip to content", "Table of contents",
           "Initializing search", "Type to start searching", "No matching documents", "Edit this page",
           "Last update", "Copy to clipboard", "Select language"]
# what the reviews found in generated text (issue #15), per language
STUMBLES = {
    "cs": [r"od (leden|únor|březen|duben|květen|červen|červenec|srpen|říjen|listopad|prosinec) \d",
           r" — ", "– —"],
    "de": [r"Rufen Sie uns an unter", r"\b0\d:\d\d[–-]", r"– —", "Seite editieren"],
    "pl": [r"\b1 razy", r"Nie znalazłeś", r"nieosiągnięty 1 razy"],
    "hy": [r"\b0\d [\u0531-\u0587]+ի, \d{4}", r"Վերադառնալ սկիզբ", r"\bերկ–ուր\b"],
}
# Armenian abbreviations that legitimately end in a Latin full stop
HY_ABBREVIATIONS = ("թ.", "էլ.", "հմ.", "օր.", "տե՛ս.", "ք.", "փ.")


@pytest.fixture(scope="module")
def content() -> Site:
    return load_site(ROOT / "docs", ROOT)


def html_path(site: Path, lang: str, slug: str) -> Path:
    page = slug.removesuffix(".md").removesuffix("index").rstrip("/")
    return site / root(lang) / page / "index.html" if page else site / root(lang) / "index.html"


def pages(content: Site) -> Iterator[tuple[str, str]]:
    return iter(sorted(content.pages))


def text_nodes(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    for skip in soup.select("script, style, code, pre"):
        skip.decompose()
    return list(soup.stripped_strings)


def test_every_page_is_built_in_its_language(real_built: Path, content: Site) -> None:
    for lang, slug in pages(content):
        page = BeautifulSoup(html_path(real_built, lang, slug).read_text("utf-8"), "html.parser")
        assert page.html is not None and page.html["lang"] == lang, (lang, slug)


def test_headings_have_meaningful_ascii_anchors(real_built: Path, content: Site) -> None:
    for lang, slug in pages(content):
        page = BeautifulSoup(html_path(real_built, lang, slug).read_text("utf-8"), "html.parser")
        ids = [h.get("id", "") for h in page.select("article h2, article h3")]
        bad = [i for i in ids if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(i))]
        assert bad == [], (lang, slug, bad)


def test_the_faq_answers_at_least_15_questions_with_the_same_anchors_everywhere(real_built: Path) -> None:
    anchors = {}
    for lang in LANGUAGES:
        page = BeautifulSoup(html_path(real_built, lang, FAQ_PAGE).read_text("utf-8"), "html.parser")
        anchors[lang] = [h["id"] for h in page.select("article h2[id]")]
    assert len(anchors["cs"]) >= 15
    assert all(ids == anchors["cs"] for ids in anchors.values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_interface_text(real_built: Path, content: Site, lang: str) -> None:
    found = []
    for code, slug in pages(content):
        if code != lang:
            continue
        html = html_path(real_built, lang, slug).read_text("utf-8")
        visible = " ".join(text_nodes(html)) + " ".join(re.findall(r'(?:title|aria-label|placeholder)="([^"]*)"', html))
        found += [(slug, s) for s in ENGLISH if s in visible]
    assert found == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_generated_text_has_none_of_the_reviewed_mistakes(real_built: Path, content: Site, lang: str) -> None:
    found = []
    for code, slug in pages(content):
        if code != lang:
            continue
        text = " ".join(text_nodes(html_path(real_built, lang, slug).read_text("utf-8"))).replace("\u00a0", " ")
        found += [(slug, pattern) for pattern in STUMBLES.get(lang, []) if re.search(pattern, text)]
    assert found == []


def test_armenian_sentences_take_armenian_punctuation(real_built: Path, content: Site) -> None:
    latin = re.compile(r"([\u0531-\u0587\u0561-\u0587]+)([:;]|\.(?=\s+[\u0531-\u0556]))")
    found = []
    for lang, slug in pages(content):
        if lang != "hy":
            continue
        for text in text_nodes(html_path(real_built, lang, slug).read_text("utf-8")):
            for match in latin.finditer(text.replace("\u00a0", " ")):
                if match.group(2) == "." and (match.group(1) + ".") in HY_ABBREVIATIONS:
                    continue
                found.append((slug, text[max(0, match.start() - 20): match.end() + 10]))
    assert found == []


def test_czech_one_letter_words_and_units_do_not_end_a_line(real_built: Path) -> None:
    soup = BeautifulSoup(html_path(real_built, "cs", "contact.md").read_text("utf-8"), "html.parser")
    for skip in soup.select("script, style, code, pre"):
        skip.decompose()
    text = soup.get_text("")  # as the browser lays it out: no stripping, which would eat no-break spaces
    assert not re.search(r"(?<![\w-])[vkszouaiVKSZOUAI] ", text), "a one-letter word followed by a normal space"
    assert not re.search(r"\d %", text), "a percentage that can break"


def test_each_missed_target_shows_what_is_done_about_it(real_built: Path, content: Site) -> None:
    missed = {a.standard for a in content.actions}
    for lang in LANGUAGES:
        for std in missed:
            page = BeautifulSoup(html_path(real_built, lang, f"standards/{std}.md").read_text("utf-8"), "html.parser")
            history = page.select(".kb-figures .kb-status--missed")
            if history:
                assert page.select(".kb-action"), (lang, std)

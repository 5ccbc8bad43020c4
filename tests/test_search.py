"""Per-language search: the index each page loads, and queries typed into the real search box."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bench.search_relevance import load_queries
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, root
from kb.content import page_location
from kb.search_lang import language_of, split_index

ROOT_OF = {lang: root(lang) for lang in LANGUAGES}


def test_split_index_gives_each_language_only_its_pages() -> None:
    merged = {"config": {"lang": ["en", "de"], "separator": "x"}, "docs": [
        {"location": "", "title": "Domů", "text": ""},
        {"location": "faq/#reply-time", "title": "Kdy", "text": ""},
        {"location": "de/faq/", "title": "Häufige Fragen", "text": ""},
        {"location": "hy/", "title": "Գլխավոր", "text": ""},
    ]}
    split = split_index(merged, list(LANGUAGES), DEFAULT_LANGUAGE)
    assert [d["location"] for d in split["cs"]["docs"]] == ["", "faq/#reply-time"]
    assert [d["location"] for d in split["de"]["docs"]] == ["faq/"]
    assert [d["location"] for d in split["hy"]["docs"]] == [""]
    assert split["pl"]["docs"] == []
    assert split["de"]["config"]["lang"] == ["de"]
    assert "keywords" in split["de"]["config"]["fields"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_root_has_an_index_of_its_own_pages(built_site: Path, lang: str) -> None:
    index = json.loads((built_site / ROOT_OF[lang] / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == [lang]
    pages = {d["location"] for d in index["docs"] if "#" not in d["location"]}
    assert "complaints/" in pages and "standards/courtesy/" in pages
    # locations are relative to the language root: none starts with another language's folder
    assert not [p for p in pages if p.split("/")[0] in LANGUAGES]
    with_keywords = [d for d in index["docs"] if d.get("keywords")]
    assert any(d["location"] == "complaints/" for d in with_keywords)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_point_search_at_their_language_root(built_site: Path, lang: str) -> None:
    html = (built_site / ROOT_OF[lang] / "standards" / "courtesy" / "index.html").read_text("utf-8")
    assert re.search(r'config\.base = "\.\./\.\./?"', html), "search base should be the language root"


def _search(page: Any, url: str, lang: str, query: str) -> list[str]:
    """Type `query` into the search box of the language's home page; result page paths."""
    page.goto(url + ROOT_OF[lang])
    config = json.loads(page.inner_text("#__config"))
    ready = config["translations"]["search.result.placeholder"]
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    page.wait_for_function("t => document.querySelector('.md-search-result__meta').innerText === t", arg=ready)
    # fill() sends the input event for every script (typing Armenian key by key through
    # Playwright's keyboard sends none); End adds the keyup Material also listens to
    box.fill(query)
    box.press("End")
    page.wait_for_function("t => document.querySelector('.md-search-result__meta').innerText !== t", arg=ready)
    page.wait_for_timeout(500)  # let the last keystroke's results replace the earlier ones
    hrefs = page.eval_on_selector_all(".md-search-result__item > a.md-search-result__link",
                                      "links => links.map(a => a.href)")
    return [h.removeprefix(url).split("?")[0].split("#")[0] for h in hrefs]


SAMPLE_KINDS = ("question", "inflected", "no-diacritics", "colloquial", "typing")


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_typed_queries_find_the_right_page_in_the_readers_language(page: Any, site_url: str, lang: str) -> None:
    queries = load_queries(lang)
    sample = [next(q for q in queries if q.kind == kind) for kind in SAMPLE_KINDS]
    for query in sample:
        results = _search(page, site_url, lang, query.text)
        expected = {ROOT_OF[lang] + page_location(p) for p in query.pages}
        assert results, f"{query.text!r} found nothing"
        assert results[0] in expected, f"{query.text!r}: top result {results[0]}, expected {expected}"
        wrong = [r for r in results if language_of(r, list(LANGUAGES), DEFAULT_LANGUAGE) != lang]
        assert not wrong, f"{query.text!r} shows other languages: {wrong}"


@pytest.mark.browser
def test_search_loads_without_console_errors(page: Any, site_url: str) -> None:
    messages: list[str] = []
    page.on("console", lambda m: m.type in ("error", "warning") and messages.append(m.text))
    page.on("worker", lambda w: w.on("console", lambda m: m.type in ("error", "warning")
                                     and messages.append(f"worker: {m.text}")))
    page.on("pageerror", lambda e: messages.append(str(e)))
    _search(page, site_url, "hy", "բողոք")
    assert messages == []

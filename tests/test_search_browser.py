"""The real search box of the built fixture site in Debian's Chromium: queries typed (fill and
input events) and pasted (no key events), typos, compounds, Armenian in Latin letters, the
answer's own entry, no other language, and the box that ends no search empty-handed."""

from __future__ import annotations

import json
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from kb.languages import LANGUAGES, root

pytestmark = pytest.mark.browser
RESULT_LINKS = ".md-search-result__item > a.md-search-result__link"
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def open_search(page: Any, url: str, lang: str) -> Any:
    """The language's home page with the search box focused and its index ready."""
    page.goto(url + root(lang))
    config = json.loads(page.inner_text("#__config"))
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    page.wait_for_function("t => document.querySelector('.md-search-result__meta').innerText === t",
                           arg=config["translations"]["search.result.placeholder"])
    return box


def settle(page: Any) -> None:
    """Wait until Material has answered the box's current value (meta text no longer the placeholder)."""
    page.wait_for_function("""() => {
        const meta = document.querySelector('.md-search-result__meta').innerText
        const config = JSON.parse(document.getElementById('__config').textContent)
        return meta !== config.translations['search.result.placeholder']
    }""")
    page.wait_for_timeout(300)  # let the last answer replace earlier ones


def results(page: Any, url: str) -> list[str]:
    """Result links as paths from the site root, anchors kept ("de/faq/#opening-hours")."""
    hrefs = page.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.href)")
    # Material adds ?h=<query> (search.highlight) before the #anchor
    return [h.removeprefix(url).split("?")[0] + (f"#{h.split('#', 1)[1]}" if "#" in h else "") for h in hrefs]


def type_query(page: Any, url: str, lang: str, query: str) -> list[str]:
    box = open_search(page, url, lang)
    box.fill(query)  # an input event and no key event: Material alone would not search
    settle(page)
    return results(page, url)


def pages(links: list[str]) -> list[str]:
    return list(dict.fromkeys(link.split("#")[0] for link in links))


CASES = [  # language, query, the page (or entry) expected among the first three
    ("cs", "stížnosti", "complaints/"),
    ("cs", "stiznost", "complaints/"),
    ("cs", "stížonst", "complaints/"),  # two letters swapped
    ("cs", "kdy vás zastihnu", "faq/#opening-hours"),  # section keywords: the answer itself
    ("de", "Beschwrede", "complaints/"),  # typo
    ("de", "Sprechzeiten", "de/faq/#opening-hours"),
    ("de", "Beschwerdestellen", "de/performance/"),  # the compound as the text writes it, inflected
    ("pl", "skargę", "pl/complaints/"),
    ("pl", "godziny pracy", "pl/faq/#opening-hours"),
    ("hy", "բողոկ", "hy/complaints/"),  # a wrong Armenian letter
    ("hy", "boghoq", "hy/complaints/"),  # Armenian typed in Latin letters
    ("hy", "ashxatanqayin zhamer", "hy/faq/#opening-hours"),
]


@pytest.mark.parametrize(("lang", "query", "expected"), CASES, ids=[c[1] for c in CASES])
def test_typed_queries_find_the_answer_in_the_readers_language(page: Any, fixture_url: str, lang: str, query: str,
                                                              expected: str) -> None:
    links = type_query(page, fixture_url, lang, query)
    assert links, f"{query!r} found nothing"
    expected = expected if lang == "cs" or expected.startswith(f"{lang}/") else root(lang) + expected
    if "#" in expected:
        assert expected in links[:3], f"{query!r}: {links[:5]}"
    else:
        assert expected in pages(links)[:3], f"{query!r}: {links[:5]}"
    wrong = [link for link in links if link.split("/")[0] in LANGUAGES and link.split("/")[0] != lang]
    assert not wrong and (lang == "cs" or all(link.startswith(f"{lang}/") for link in links)), links


def test_a_compound_finds_the_text_that_writes_it_apart(page: Any, fixture_url: str) -> None:
    links = type_query(page, fixture_url, "de", "Kontaktzeiten")  # the contact page: "Kontakt", "Zeiten"
    assert "de/contact/" in pages(links)[:3], links


def test_a_pasted_query_searches_without_any_key_event(page: Any, fixture_url: str) -> None:
    open_search(page, fixture_url, "pl")
    page.keyboard.insert_text("skargi")  # as a paste or an input method: input events only
    settle(page)
    assert "pl/complaints/" in pages(results(page, fixture_url))[:3]


def test_a_query_that_finds_nothing_offers_a_spelling_questions_and_contacts(page: Any, fixture_url: str) -> None:
    help_data = json.loads(page.request.get(fixture_url + "de/search/help.json").text())
    box = open_search(page, fixture_url, "de")
    box.fill("kontkta")  # two edits from "kontakt": too many to search, close enough to offer
    panel = page.locator(".kb-search-empty")
    panel.locator("a").first.wait_for()
    assert panel.get_attribute("role") == "status"
    text = panel.inner_text()
    assert help_data["nothing"] in text and help_data["most_asked_title"] in text and help_data["ask_us"] in text
    assert not page.locator(".md-search-result__meta").is_visible(), "'nothing found' is said once, by the panel"
    spelling = panel.locator("[data-kb-spelling]")
    assert spelling.inner_text() == "kontakt", "the closest word, as the pages write it"
    questions = panel.locator("ul").first.locator("a")
    assert questions.count() == 3, questions.count()
    first = questions.first.get_attribute("href") or ""
    assert first.endswith("/kb/de/faq/#reply-time"), first
    assert panel.locator("a[href^='tel:']").count() == 1
    # Material's arrow keys reach the panel's links
    for _ in range(6):
        page.keyboard.press("ArrowDown")
        if page.evaluate("() => !!document.activeElement.closest('.kb-search-empty')"):
            break
    assert page.evaluate("() => !!document.activeElement.closest('.kb-search-empty')")
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert violations == [], [(v["id"], [n["html"] + n.get("failureSummary", "") for n in v["nodes"]])
                              for v in violations]
    # the offered spelling searches in place
    spelling.click()
    settle(page)
    assert page.locator(".kb-search-empty a").count() == 0
    assert "de/contact/" in pages(results(page, fixture_url))[:3]


def test_search_loads_the_stemmer_only_for_words_the_pages_do_not_use(page: Any, fixture_url: str) -> None:
    requested: list[str] = []
    messages: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    def console(message: Any, where: str = "") -> None:
        if message.type in ("error", "warning"):
            messages.append(where + message.text)

    page.on("console", console)
    page.on("worker", lambda worker: worker.on("console", lambda m: console(m, "worker: ")))
    page.on("pageerror", lambda e: messages.append(str(e)))
    box = open_search(page, fixture_url, "hy")
    assert not [u for u in requested if u.endswith(".wasm")], "no stemmer before the first query"
    box.fill("բողոքներ")  # a word of the pages: the build gave its stems
    settle(page)
    assert "hy/complaints/" in pages(results(page, fixture_url))[:3]
    assert not [u for u in requested if u.endswith(".wasm")], "no stemmer for words of the pages"
    box.fill("բողոքներով")  # a form the pages do not use: stemmed in the browser
    settle(page)
    assert [u for u in requested if u.endswith("snowball.wasm")]
    found = pages(results(page, fixture_url))
    assert found and all(p.startswith("hy/") for p in found), found
    assert not [u for u in requested if not u.startswith(fixture_url)], "no request to another origin"
    assert messages == []


def test_results_highlight_the_words_found(page: Any, fixture_url: str) -> None:
    """The worker indexes without lunr's pipeline; it finds the positions Material highlights at query time."""
    type_query(page, fixture_url, "cs", "stížnosti")
    marks = page.eval_on_selector_all(".md-search-result mark", "marks => marks.map(m => m.textContent.toLowerCase())")
    assert marks and all(m.startswith(("stížnost", "stiznost")) for m in marks), marks

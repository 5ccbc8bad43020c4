"""schema.org FAQPage data from a rendered FAQ page: each `##` question and its answer.

Search engines show FAQ answers directly; the data is derived from the page itself, so it
always says what the page says, in the page's language.
"""

from __future__ import annotations

import json
from typing import Any

from bs4 import BeautifulSoup, Tag

ANSWER_TAGS = ["p", "ul", "ol", "li", "a", "strong", "em", "br", "h3", "h4"]


def faq_page(html: str, lang: str) -> dict[str, Any]:
    """The FAQPage JSON-LD object for the rendered content of a page."""
    soup = BeautifulSoup(html, "html.parser")
    questions = []
    for heading in soup.find_all("h2"):
        for permalink in heading.select("a.headerlink"):
            permalink.decompose()
        answer = []
        for sibling in heading.find_next_siblings():
            if isinstance(sibling, Tag) and sibling.name == "h2":
                break
            if isinstance(sibling, Tag) and "kb-help" not in (sibling.get("class") or []):
                answer.append(_clean(sibling))
        questions.append({
            "@type": "Question",
            "name": heading.get_text(" ", strip=True),
            "acceptedAnswer": {"@type": "Answer", "text": "".join(answer).strip()},
        })
    return {"@context": "https://schema.org", "@type": "FAQPage", "inLanguage": lang,
            "mainEntity": questions}


def script(data: dict[str, Any]) -> str:
    """JSON for a <script type="application/ld+json"> element (no `</` to end it early)."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _clean(element: Tag) -> str:
    """The element's HTML with only the tags search engines allow in an answer."""
    for tag in element.find_all(True):
        if tag.name not in ANSWER_TAGS:
            tag.unwrap()
        else:
            tag.attrs = {k: v for k, v in tag.attrs.items() if k == "href"}
    if element.name not in ANSWER_TAGS:
        return element.decode_contents()
    element.attrs = {}
    return str(element)

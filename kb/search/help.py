"""What the search box offers when a query finds nothing: the most asked FAQ entries and
the contact channels, in the page's language (overrides/assets/javascripts/kb-search.js
fetches it from <language root>/search/help.json only then).

The most asked entries are listed in docs/_data/search.yml by heading id of faq.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kb.load.site import FAQ_PAGE, page_location
from kb.model.organisation import ChannelKind, Organisation
from kb.render.language import Language

DATA_FILE = "_data/search.yml"
CONTACT_PAGE = "contact.md"
CHANNELS = (ChannelKind.PHONE, ChannelKind.EMAIL, ChannelKind.CHAT)  # answer at once or soon, from anywhere


def most_asked(docs_dir: Path) -> list[str]:
    """The FAQ heading ids of docs/_data/search.yml, checked for shape."""
    path = docs_dir / DATA_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    ids = (data or {}).get("most_asked", [])
    if not isinstance(ids, list) or not all(isinstance(i, str) and i for i in ids) or len(set(ids)) != len(ids):
        raise ValueError(f"docs/{DATA_FILE}: `most_asked` must be a list of distinct FAQ heading ids")
    return ids


def missing_entries(ids: list[str], docs: list[dict[str, Any]], lang: str) -> list[str]:
    """Problems: ids that are no FAQ entry in this language's search documents."""
    faq = page_location(FAQ_PAGE)
    entries = {d["location"].split("#", 1)[1] for d in docs if d["location"].startswith(faq + "#")}
    return [f"docs/{DATA_FILE}: `{i}` is not a heading id of docs/{lang}/{FAQ_PAGE}; "
            f"use one of {', '.join(sorted(entries))}" for i in ids if i not in entries]


def help_data(ids: list[str], docs: list[dict[str, Any]], lang: Language, organisation: Organisation) -> dict[str, Any]:
    """Texts and links of the no-result box; URLs relative to the language root."""
    titles = {d["location"]: d["title"] for d in docs}
    faq = page_location(FAQ_PAGE)
    channels = []
    for kind in CHANNELS:
        channel = next((c for c in organisation.channels if c.kind == kind), None)
        if channel:
            channels.append({"label": lang.fill(lang.labels.channel(kind)), "text": channel.address,
                             "href": _href(kind, channel.address)})
    return {
        "nothing": lang.text("search_nothing"),
        "did_you_mean": lang.text("search_did_you_mean", words="\x00"),
        "most_asked_title": lang.text("search_most_asked"),
        "most_asked": [{"title": titles[f"{faq}#{i}"], "href": f"{faq}#{i}"} for i in ids if f"{faq}#{i}" in titles],
        "ask_us": lang.text("search_ask_us"),
        "channels": channels,
        "all_channels": {"text": lang.text("search_all_channels"), "href": page_location(CONTACT_PAGE)},
    }


def _href(kind: ChannelKind, address: str) -> str:
    if kind == ChannelKind.PHONE:
        return "tel:" + address.replace(" ", "")
    if kind == ChannelKind.EMAIL:
        return "mailto:" + address
    return address

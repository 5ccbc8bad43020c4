"""What the search box offers when a query finds nothing: the most asked FAQ entries and
the contact channels, in the page's language (overrides/assets/javascripts/kb-search.js
fetches it from <language root>/search/help.json only then).

The most asked entries are listed in docs/_data/search.yml by heading id of faq.md
(kb.model.search; the content check makes sure each is a question of the FAQ).
"""

from __future__ import annotations

from typing import Any

from kb.load.site import CONTACT_PAGE, FAQ_PAGE, page_location
from kb.model.organisation import ChannelKind, Organisation
from kb.render.blocks import channel_href
from kb.render.language import Language

CHANNELS = (ChannelKind.PHONE, ChannelKind.EMAIL, ChannelKind.CHAT)  # answer at once or soon, from anywhere


def help_data(ids: list[str], docs: list[dict[str, Any]], lang: Language, organisation: Organisation) -> dict[str, Any]:
    """Texts and links of the no-result box; URLs relative to the language root."""
    titles = {d["location"]: d["title"] for d in docs}
    faq = page_location(FAQ_PAGE)
    channels = []
    for kind in CHANNELS:
        channel = next((c for c in organisation.channels if c.kind == kind), None)
        if channel:
            channels.append({"label": lang.fill(lang.labels.channel(kind)), "text": channel.address,
                             "href": channel_href(kind, channel.address) or channel.address})
    return {
        "nothing": lang.text("search_nothing"),
        "did_you_mean": lang.text("search_did_you_mean", words="\x00"),
        "most_asked_title": lang.text("search_most_asked"),
        "most_asked": [{"title": titles[f"{faq}#{i}"], "href": f"{faq}#{i}"} for i in ids if f"{faq}#{i}" in titles],
        "ask_us": lang.text("search_ask_us"),
        "channels": channels,
        "all_channels": {"text": lang.text("search_all_channels"), "href": page_location(CONTACT_PAGE)},
    }


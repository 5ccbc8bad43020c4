"""Blocks rendered from the model into a page's Markdown, in the page's language.

Nothing here is typed by staff: the fact box of a standard and the standards overview
table come from the front matter, the owners registry and the interface labels.
"""

from __future__ import annotations

import posixpath
import re

import markdown
from babel.dates import format_date

from kb.content import STANDARDS_DIR, Site
from kb.languages import LANGUAGES, root
from kb.localized import in_language, locale
from kb.model import StandardMeta


def facts_block(site: Site, std: StandardMeta, lang: str) -> str:
    """The standard's facts as a definition list in an admonition, placed under its title."""
    labels = site.require_labels()
    rows = [
        ("owner", owner_text(site, std, lang)),
        ("measure", std.metric.measure),
        ("method", std.metric.method),
        ("target", labels.target(std.metric.target, lang)),
        ("period", labels.period(std.metric.period, lang)),
        ("source", std.metric.source),
        ("review", format_date(std.review, format="long", locale=locale(lang))),
    ]
    items = "\n\n".join(f"{labels.text(key, lang)}\n:   {_no_list(value)}" for key, value in rows)
    body = "\n".join("    " + line if line else "" for line in items.splitlines())
    return f'!!! abstract kb-facts "{labels.text("facts", lang)}"\n\n{body}\n'


def standard_header(site: Site, std: StandardMeta, lang: str) -> str:
    """What a standard page starts with: the promise as its lead sentence, then the facts."""
    return f"**{std.promise}**\n\n{facts_block(site, std, lang)}\n"


def search_prompt(site: Site, lang: str) -> str:
    """The home page's first element: a large button that opens the site search."""
    text = site.require_labels().text("search_prompt", lang)
    return (f'<div class="kb-search-prompt-row"><button type="button" '
            f'class="md-button md-button--primary kb-search-prompt" data-kb-open-search>{text}</button></div>\n\n')


def help_block(site: Site, lang: str, page_slug: str) -> str:
    """The "Didn't find your answer?" box that ends every page."""
    labels, org = site.require_labels(), site.require_organisation()
    here = posixpath.dirname(page_slug) or "."
    body = labels.text("help_body", lang).format(
        phone=_address_link("phone", org.phone),
        email=_address_link("email", org.email),
        contact=posixpath.relpath("contact.md", here),
        complaints=posixpath.relpath("complaints.md", here),
    )
    # data-search-exclude: the same box on every page must not make every page match
    # "contact" or "complaint" in search
    return (f'\n\n<div class="admonition question kb-help" data-search-exclude markdown>\n'
            f'<p class="admonition-title">{labels.text("help_title", lang)}</p>\n\n{body}\n\n</div>\n')


def not_found(site: Site, site_path: str) -> list[dict[str, str]]:
    """The 404 message in every language; GitHub Pages serves one 404.html for all paths."""
    labels = site.require_labels()
    entries = []
    for lang in LANGUAGES:
        home = site_path + root(lang)
        body = labels.text("not_found_body", lang).format(home=home)
        entries.append({"lang": lang, "root": home, "title": labels.text("not_found_title", lang),
                        "body": markdown.markdown(body)})
    return entries


def contact_channels(site: Site, lang: str, page_slug: str) -> str:
    """Every contact channel with its address, hours and the promise of its standard."""
    labels, org = site.require_labels(), site.require_organisation()
    here = posixpath.dirname(page_slug) or "."
    standards = {s.id: s for s in site.standards(lang)}
    hours = org.hours(lang)
    header = [labels.text(k, lang) for k in ("channel", "address", "hours", "response")]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for channel in org.channels:
        std = standards.get(channel.standard or "")
        response = ""
        if std:
            response = f"[{std.promise}]({posixpath.relpath(f'{STANDARDS_DIR}/{std.id}.md', here)})"
        cells = [labels.channel(channel.kind, lang), _address_link(channel.kind, channel.address),
                 hours[channel.id] or labels.text("any_time", lang), response]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _address_link(kind: str, address: str) -> str:
    if kind == "phone":
        return f"[{address}](tel:{address.replace(' ', '')})"
    if kind == "email":
        return f"[{address}](mailto:{address})"
    if address.startswith("https://"):
        return f"<{address}>"
    return address


def standards_table(site: Site, lang: str, page_slug: str, order: list[str] | None = None) -> str:
    """The standards overview: one row per standard, links relative to `page_slug`."""
    labels = site.require_labels()
    here = posixpath.dirname(page_slug)
    header = [labels.text(k, lang) for k in ("standard", "owner", "measure", "target", "period", "review")]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for std in site.standards_in_order(lang, order):
        link = posixpath.relpath(f"{STANDARDS_DIR}/{std.id}.md", here or ".")
        cells = [
            f"[{std.title}]({link})",
            owner_text(site, std, lang, with_contact=False),
            std.metric.measure,
            labels.target(std.metric.target, lang),
            labels.period(std.metric.period, lang),
            format_date(std.review, format="medium", locale=locale(lang)),
        ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def owner_text(site: Site, std: StandardMeta, lang: str, with_contact: bool = True) -> str:
    owner = site.owners.get(std.owner)
    if owner is None:  # reported by the unknown-owner rule
        return std.owner
    name = in_language(owner.name, lang)
    return f"{name} ({_address_link('email', owner.email)})" if with_contact else name


def _no_list(text: str) -> str:
    # "30. Juni 2027" at the start of a line would become an ordered list item
    return re.sub(r"^(\d+)\.", r"\1\\.", text)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")

"""Blocks rendered from the model into a page, in the page's language.

Nothing here is typed by staff: a standard's promise and fact box, the help box, the home
page's search button, the 404 message, the contact channels, the standards overview and the
holiday table all come from front matter and docs/_data/, through templates/.
"""

from __future__ import annotations

import datetime

import markdown
from dateutil.easter import easter

from kb import clock
from kb.languages import LANGUAGES, root
from kb.load.site import CONTACT_PAGE, STANDARDS_DIR, Site
from kb.model.organisation import Channel, ChannelKind, Holiday, Organisation
from kb.model.page import StandardMeta
from kb.render import placeholders
from kb.render.language import Language
from kb.render.numbers import current_target, own_text, standard_values
from kb.render.templating import render
from kb.render.typography import typeset_html


def standard_header(site: Site, std: StandardMeta, lang: Language) -> str:
    """What a standard page starts with: the promise as its lead sentence, then the facts."""
    values = standard_values(std, lang)
    text = {name: placeholders.fill(getattr(std.metric, name) if name != "promise" else std.promise,
                                    values, "")[0]
            for name in ("promise", "measure", "method", "source")}
    owner = site.owners.get(std.owner)
    rows = [
        ("owner", owner.name(lang.code) if owner else std.owner, f"mailto:{owner.email}" if owner else None,
         owner.email if owner else None),
        ("measure", text["measure"], None, None),
        ("method", text["method"], None, None),
        ("target", _target_with_next(std, lang), None, None),
        ("period", lang.period_name(std.metric.period), None, None),
        ("source", text["source"], None, None),
        ("review", lang.date(std.review), None, None),
    ]
    return render("standard_header.html", promise=text["promise"], title=lang.text("facts"),
                  rows=[(lang.text(key), value, href, link_text) for key, value, href, link_text in rows])


def search_prompt(lang: Language) -> str:
    """The home page's first element: a large button that opens the site search."""
    return render("search_prompt.html", text=lang.text("search_prompt"))


def help_block(site: Site, lang: Language, page_slug: str) -> str:
    """The "Didn't find your answer?" box that ends every page (Markdown inside HTML)."""
    _, org = site.require()
    body = lang.text("help_body", phone=markdown_link(ChannelKind.PHONE, org.phone),
                     phone_abroad=markdown_link(ChannelKind.PHONE, org.phone_abroad),
                     email=markdown_link(ChannelKind.EMAIL, org.email),
                     contact=site.url(page_slug, CONTACT_PAGE),
                     complaints=site.url(page_slug, "complaints.md"))
    return render("help.html", title=lang.text("help_title"), body=markdown_inline(body))


def not_found(site: Site, languages: dict[str, Language], site_path: str) -> list[dict[str, str]]:
    """The 404 message in every language; GitHub Pages serves one 404.html for all paths."""
    entries = []
    for code in LANGUAGES:
        lang = languages[code]
        home = site_path + root(code)
        entries.append({"lang": code, "root": home, "title": lang.typeset(lang.text("not_found_title")),
                        "body": typeset_html(markdown.markdown(lang.text("not_found_body", home=home)), code)})
    return entries


def contact_channels(site: Site, lang: Language, page_slug: str) -> str:
    """Every contact channel with its address, hours, languages and the promise of its standard."""
    _, org = site.require()
    standards = {s.id: s for s in site.standards(lang.code)}
    rows = []
    for channel in org.channels:
        std = standards.get(channel.standard or "")
        rows.append({
            "kind": lang.fill(site.require()[0].channel(channel.kind)),
            "address": channel_address(org, channel, lang), "href": channel_href(channel.kind, channel.address),
            "hours": lang.hours(channel.hours) or lang.text("any_time"),
            "languages": lang.list([lang.language_name(code) for code in channel.languages]),
            "promise": _response(channel, std, lang),
            "promise_href": site.url(page_slug, f"{STANDARDS_DIR}/{std.id}.md") if std else "",
        })
    header = [lang.text(k) for k in ("channel", "address", "hours", "languages", "response")]
    return render("channels.html", header=header, rows=rows)


def standards_table(site: Site, lang: Language, page_slug: str, order: list[str] | None = None) -> str:
    """The standards overview: one row per standard, links relative to `page_slug`."""
    rows = []
    for std in site.standards_in_order(lang.code, order):
        owner = site.owners.get(std.owner)
        rows.append({"title": std.title, "href": site.url(page_slug, f"{STANDARDS_DIR}/{std.id}.md"),
                     "owner": owner.name(lang.code) if owner else std.owner,
                     "measure": own_text(std, std.metric.measure, lang),
                     "target": lang.target(current_target(std)), "period": lang.period_name(std.metric.period),
                     "review": lang.date(std.review)})
    header = [lang.text(k) for k in ("standard", "owner", "measure", "target", "period", "review")]
    return render("standards_table.html", header=header, rows=rows)


def holidays_table(site: Site, lang: Language) -> str:
    """The public holidays customer service is closed on, this year and next (from the build date)."""
    _, org = site.require()
    year = clock.today().year
    years = [year, year + 1]
    rows = [{"name": h.name(lang.code), "dates": [lang.day_in_year(holiday_date(h, y)) for y in years]}
            for h in sorted(org.holidays, key=lambda h: holiday_date(h, year))]
    return render("holidays.html", caption=lang.text("closed_on", year=f"{year}–{year + 1}"),
                  header=[lang.text("holiday"), *map(str, years)], rows=rows)


def holiday_date(holiday: Holiday, year: int) -> datetime.date:
    if holiday.date:
        month, day = map(int, holiday.date.split("-"))
        return datetime.date(year, month, day)
    return easter(year) + datetime.timedelta(days=holiday.easter or 0)


def markdown_inline(text: str) -> str:
    """Markdown of a label (links, emphasis) as HTML; labels contain no raw HTML (a rule checks)."""
    return markdown.markdown(text)


def _target_with_next(std: StandardMeta, lang: Language) -> str:
    """The target in force, and a scheduled change: "alespoň 95 % (od 1. ledna 2027: alespoň 97 %)"."""
    now = lang.target(current_target(std))
    upcoming = std.metric.next_target(clock.today())
    if upcoming is None:
        return now
    day, value = upcoming
    return lang.text("target_next", target=now, date=lang.date(day), next=lang.target(std.metric.target, value))


def channel_address(org: Organisation, channel: Channel, lang: Language) -> str:
    """A channel's address; postal and visiting addresses end with the country, in the page's language."""
    if channel.kind in (ChannelKind.POST, ChannelKind.IN_PERSON):
        return f"{channel.address}, {org.country(lang.code)}"
    return channel.address


def _response(channel: Channel, std: StandardMeta | None, lang: Language) -> str:
    """How fast a channel answers: its standard's time limit and target, a reply time, or on the spot."""
    if std and std.metric.within:
        return lang.text("response_line", within=lang.within(std.metric.within),
                         target=lang.target(current_target(std)))
    if std:
        return own_text(std, std.promise, lang)
    if channel.reply_within:
        return lang.within(channel.reply_within)
    if channel.kind == ChannelKind.IN_PERSON:
        return lang.text("on_the_spot")
    return ""


def channel_href(kind: ChannelKind, address: str) -> str | None:
    """Where a channel's address links: tap to call, tap to write, or its web page."""
    if kind == ChannelKind.PHONE:
        return "tel:" + address.replace(" ", "")
    if kind == ChannelKind.EMAIL:
        return "mailto:" + address
    if address.startswith("https://"):
        return address
    return None


def markdown_link(kind: ChannelKind, address: str) -> str:
    """`[+420 800 123 456](tel:+420800123456)`, `[a@b](mailto:a@b)`."""
    return f"[{address}]({channel_href(kind, address)})"

"""What placeholders in a page can name: the organisation's facts and the standards' numbers,
in the page's language, and the functions that render whole blocks.

The names here are the documented ones (CONTRIBUTING.md); `KNOWN` lists them for messages.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from kb.load.site import Site
from kb.model.organisation import ChannelKind
from kb.render import blocks, results
from kb.render.language import Language
from kb.render.numbers import own_standard
from kb.render.placeholders import function

KNOWN = ("org.name", "org.legal_name", "org.company_id", "org.vat_id", "org.registered_office", "org.register",
         "org.phone", "org.phone_abroad", "org.email", "org.address", "org.website", "org.privacy_email",
         "org.privacy_notice", "org.terms", "org.timezone", "standards.count", "contact_channels()",
         "standards_table()", "results_table()", "actions_table()", "holidays_table()")
OWN_STANDARD = ("target", "value", "within")


def page_values(site: Site, lang: Language, slug: str, order: list[str] | None = None) -> dict[str, Any]:
    """Everything a page's placeholders may name."""
    _, org = site.require()
    identity = org.identity
    values: dict[str, Any] = {
        "org": SimpleNamespace(
            name=org.name(lang.code), legal_name=identity.legal_name, company_id=identity.company_id,
            vat_id=identity.vat_id, registered_office=f"{identity.registered_office}, {org.country(lang.code)}",
            register=identity.registration(lang.code), phone=link(ChannelKind.PHONE, org.phone),
            phone_abroad=link(ChannelKind.PHONE, org.phone_abroad), email=link(ChannelKind.EMAIL, org.email),
            address=f"{org.address}, {org.country(lang.code)}", website=org.website,
            privacy_email=link(ChannelKind.EMAIL, org.privacy_email), privacy_notice=org.privacy_notice,
            terms=org.terms,
            timezone=lang.timezone(org.timezone)),
        "hours": SimpleNamespace(**{_name(c.id): lang.hours(c.hours) or lang.text("any_time")
                                    for c in org.channels}),
        "addresses": SimpleNamespace(**{_name(c.id): blocks.channel_address(org, c, lang) for c in org.channels}),
        "replies": SimpleNamespace(**{_name(c.id): lang.within(c.reply_within)
                                      for c in org.channels if c.reply_within}),
        "languages": SimpleNamespace(**{_name(c.id): lang.list([lang.language_name(code) for code in c.languages])
                                        for c in org.channels}),
        "standards": SimpleNamespace(count=len(site.standards(lang.code)), **_unreadable(site, lang.code),
                                     **{_name(s.id): own_standard(s, lang) for s in site.standards(lang.code)}),
        "contact_channels": function(lambda: blocks.contact_channels(site, lang, slug)),
        "standards_table": function(lambda: blocks.standards_table(site, lang, slug, order)),
        "holidays_table": function(lambda: blocks.holidays_table(site, lang)),
        "results_table": function(lambda: results.results_table(site, lang, slug, order)),
        "actions_table": function(lambda: results.actions_table(site, lang, slug, order)),
    }
    return values


class _Unreadable(SimpleNamespace):
    """A standard whose page failed to load: its own problem is reported; pages naming it are not blamed."""

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        return "…"


def _unreadable(site: Site, lang: str) -> dict[str, _Unreadable]:
    return {_name(std_id): _Unreadable() for std_id in site.unreadable_standards(lang)}


def link(kind: ChannelKind, address: str) -> str:
    """A number or address as a Markdown link a phone can follow (tap to call, tap to write)."""
    return blocks.markdown_link(kind, address)


def _name(identifier: str) -> str:
    # `response-time` is not a Jinja name; staff write standards.response_time
    return identifier.replace("-", "_")

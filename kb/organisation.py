"""The organisation's facts (docs/_data/organisation.yml), typed once and reused on every page.

Pages use them through placeholders ({{ org.phone }}, {{ hours.phone }}, {{ contact_channels() }});
opening hours are rendered with each language's day names by Babel.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Annotated

from babel.dates import format_time, get_day_names
from pydantic import Field, StringConstraints, model_validator

from kb.localized import LocalText, locale
from kb.model import Slug, Text, _Strict

ORGANISATION_FILE = "organisation.yml"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Time = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-4]):[0-5]\d$")]


class ChannelKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    WEB_FORM = "web-form"
    POST = "post"
    IN_PERSON = "in-person"


class OpeningHours(_Strict):
    days: list[Annotated[str, StringConstraints(pattern="^(mon|tue|wed|thu|fri|sat|sun)$")]] = Field(
        min_length=1, description="Days of the week, e.g. [mon, tue, wed, thu, fri].")
    opens: Time = Field(description="Opening time, 24-hour clock.", examples=["08:00"])
    closes: Time = Field(description="Closing time, 24-hour clock.", examples=["18:00"])

    def render(self, lang: str) -> str:
        names = get_day_names("abbreviated", locale=locale(lang), context="stand-alone")
        first, last = DAYS.index(self.days[0]), DAYS.index(self.days[-1])
        consecutive = [DAYS.index(d) for d in self.days] == list(range(first, last + 1))
        if consecutive and len(self.days) > 2:
            days = f"{names[first]}–{names[last]}"
        else:
            days = ", ".join(names[DAYS.index(d)] for d in self.days)
        return f"{days} {_time(self.opens, lang)}–{_time(self.closes, lang)}"


class Channel(_Strict):
    id: Slug = Field(description="Name used in placeholders, e.g. {{ hours.phone }}.", examples=["phone"])
    kind: ChannelKind
    address: Text = Field(description="Number, e-mail, web address or postal address.")
    hours: list[OpeningHours] = Field(
        default_factory=list, description="When the channel is staffed; empty means any time.")
    standard: Slug | None = Field(
        None, description="Id of the standard that promises how fast this channel answers.")


class Organisation(_Strict):
    name: LocalText = Field(description="The organisation's name in every language.")  # type: ignore[valid-type]
    website: Text = Field(description="The organisation's main website.")
    channels: list[Channel] = Field(
        min_length=1, description="Ways to contact customer service; the first phone, e-mail and post "
        "channels are the ones pages mention as {{ org.phone }}, {{ org.email }}, {{ org.address }}.")

    @model_validator(mode="after")
    def _unique_ids_and_main_channels(self) -> "Organisation":
        ids = [c.id for c in self.channels]
        if len(ids) != len(set(ids)):
            raise ValueError(f"channel ids must be unique, found {ids}")
        kinds = {c.kind for c in self.channels}
        for kind in (ChannelKind.PHONE, ChannelKind.EMAIL, ChannelKind.POST):
            if kind not in kinds:
                raise ValueError(f"a channel of kind `{kind}` is needed")
        return self

    def first(self, kind: ChannelKind) -> Channel:
        return next(c for c in self.channels if c.kind == kind)

    @property
    def phone(self) -> str:
        return self.first(ChannelKind.PHONE).address

    @property
    def email(self) -> str:
        return self.first(ChannelKind.EMAIL).address

    @property
    def address(self) -> str:
        return self.first(ChannelKind.POST).address

    def hours(self, lang: str) -> dict[str, str]:
        """Opening hours of each channel in `lang`; empty string for channels open any time."""
        return {c.id: "; ".join(h.render(lang) for h in c.hours) for c in self.channels}


def _time(value: str, lang: str) -> str:
    hour, minute = map(int, value.split(":"))
    if hour == 24:
        return "24:00"
    return format_time(datetime.time(hour, minute), format="short", locale=locale(lang))

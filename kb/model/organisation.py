"""The organisation's facts (docs/_data/organisation.yml), typed once and reused on every page.

Pages use them through placeholders ({{ org.phone }}, {{ hours.phone }}, {{ languages.chat }},
{{ holidays_table() }}); kb.render turns them into each language's words.
"""

from __future__ import annotations

import datetime
import zoneinfo
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator, model_validator

from kb.model.base import LocalText, Slug, StrictModel, Text
from kb.model.owners import Email
from kb.model.page import TimeLimit

Day = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DAYS: tuple[Day, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Time = Annotated[str, StringConstraints(pattern=r"^(([01]\d|2[0-3]):[0-5]\d|24:00)$")]
Url = Annotated[str, StringConstraints(pattern=r"^https://[^\s<>\"']+$", max_length=300)]
Phone = Annotated[str, StringConstraints(pattern=r"^\+\d[\d ]{6,20}\d$")]
# languages a channel may serve: ISO 639-1 codes Babel can name in every site language
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]


class ChannelKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    WEB_FORM = "web-form"
    POST = "post"
    IN_PERSON = "in-person"


class OpeningHours(StrictModel):
    days: list[Day] = Field(min_length=1, max_length=7, description="Days of the week, e.g. [mon, tue, wed, thu, fri].")
    opens: Time = Field(description="Opening time, 24-hour clock.", examples=["08:00"])
    closes: Time = Field(description="Closing time, 24-hour clock.", examples=["18:00"])

    @model_validator(mode="after")
    def _opens_before_it_closes(self) -> OpeningHours:
        if self.opens >= self.closes:
            raise ValueError(f"opens at {self.opens} but closes at {self.closes}; the opening time must come first")
        if len(set(self.days)) != len(self.days):
            raise ValueError(f"a day is listed twice in {self.days}")
        return self


class Channel(StrictModel):
    id: Slug = Field(description="Name used in placeholders, e.g. {{ hours.phone }}.", examples=["phone"])
    kind: ChannelKind = Field(description="What kind of channel it is.", examples=["phone"])
    address: Text = Field(description="Number, e-mail, web address or postal address.")
    hours: list[OpeningHours] = Field(
        default_factory=list, max_length=7, description="When the channel is staffed; empty means any time.")
    languages: list[LanguageCode] = Field(
        min_length=1, max_length=20, description="Languages the channel serves (ISO 639-1 codes).",
        examples=[["cs", "de", "pl", "hy"]])
    standard: Slug | None = Field(
        None, description="Id of the standard that promises how fast this channel answers.")
    reply_within: TimeLimit | None = Field(
        None, description="How fast a channel without a standard is answered, e.g. letters; {{ replies.post }}.")


class Holiday(StrictModel):
    """A day customer service is closed: a fixed date, or a day relative to Easter Sunday."""

    id: Slug = Field(description="A short English name.", examples=["new-year"])
    date: Annotated[str, StringConstraints(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")] | None = Field(
        None, description="Month and day, MM-DD, for a holiday on a fixed date.", examples=["12-25"])
    easter: int | None = Field(None, ge=-60, le=60, description="Days after Easter Sunday (-2 is Good Friday).")
    name: LocalText = Field(description="The holiday's name in every language.")

    @model_validator(mode="after")
    def _one_rule(self) -> Holiday:
        if (self.date is None) == (self.easter is None):
            raise ValueError("give either `date: MM-DD` or `easter: <days after Easter Sunday>`")
        if self.date:
            month, day = map(int, self.date.split("-"))
            datetime.date(2024, month, day)  # a leap year: 02-29 is a real date, 02-30 is not
        return self


class Identity(StrictModel):
    """Who the company is: the trader's identification every consumer may ask for."""

    legal_name: Text = Field(description="The registered name.", examples=["Kvalitas a. s."])
    company_id: Annotated[str, StringConstraints(pattern=r"^\d{8}$")] = Field(
        description="Company number (IČO), 8 digits.", examples=["12345678"])
    vat_id: Annotated[str, StringConstraints(pattern=r"^CZ\d{8,10}$")] = Field(
        description="VAT number.", examples=["CZ12345678"])
    registered_office: Text = Field(description="Registered office address.")
    registration: LocalText = Field(description="The commercial register entry, in every language.")


class Organisation(StrictModel):
    name: LocalText = Field(description="The customer service's name in every language.")
    identity: Identity = Field(description="The company's legal identity.")
    country: LocalText = Field(description="The country of the addresses, in every language.")
    website: Url = Field(description="The organisation's main website.")
    terms: Url = Field(description="Address of the terms and conditions.")
    privacy_email: Email = Field(description="Where customers exercise their data-protection rights.")
    privacy_notice: Url = Field(description="Address of the full privacy notice.")
    phone_abroad: Phone = Field(description="A number callable from abroad (free 800 numbers usually are not).")
    timezone: str = Field(description="IANA time zone of the opening hours.", examples=["Europe/Prague"])
    channels: list[Channel] = Field(
        min_length=1, max_length=30,
        description="Ways to contact customer service; the first phone, e-mail and post channels are "
                    "the ones pages mention as {{ org.phone }}, {{ org.email }}, {{ org.address }}.")
    holidays: list[Holiday] = Field(default_factory=list, max_length=40,
                                    description="Public holidays on which customer service is closed.")

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"`{value}` is not a time zone name such as Europe/Prague") from None
        return value

    @model_validator(mode="after")
    def _unique_ids_and_main_channels(self) -> Organisation:
        for what, ids in (("channel", [c.id for c in self.channels]), ("holiday", [h.id for h in self.holidays])):
            twice = sorted({i for i in ids if ids.count(i) > 1})
            if twice:
                raise ValueError(f"{what} ids must be unique; listed twice: {', '.join(twice)}")
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

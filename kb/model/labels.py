"""Interface texts the build writes into pages (docs/_data/labels.yml), described key by key.

Every key is a field, so a label missing in one language, or missing altogether, is a
problem with file and line, not a crash while rendering. Texts may contain placeholders in
the one syntax staff use everywhere, `{{ name }}`; each key lists the names it may use.
Plural texts carry the CLDR plural forms of each language (`one`, `few`, `many`, `other`).
"""

from __future__ import annotations

from typing import Annotated, Any

from babel import Locale
from pydantic import Field, RootModel, StringConstraints, model_validator

from kb.languages import LANGUAGES
from kb.model.base import LocalText, StrictModel, Text
from kb.model.organisation import ChannelKind
from kb.model.page import Direction, Period, Unit


def _label(description: str, *variables: str) -> Any:
    return Field(description=description, json_schema_extra={"x-variables": list(variables)})


def variables_of(model: type[StrictModel], key: str) -> list[str]:
    """The placeholder names a label may use."""
    extra = model.model_fields[key].json_schema_extra
    return list(extra.get("x-variables", [])) if isinstance(extra, dict) else []  # type: ignore[arg-type]


class Texts(StrictModel):
    facts: LocalText = _label("Title of a standard's fact box")
    standard: LocalText = _label("Column: the standard")
    owner: LocalText = _label("Who answers for a standard")
    measure: LocalText = _label("What is measured")
    method: LocalText = _label("How it is measured")
    target: LocalText = _label("The target")
    target_next: LocalText = _label("The target in force and a scheduled change", "target", "date", "next")
    period: LocalText = _label("How often results are reported")
    source: LocalText = _label("Where the data comes from")
    review: LocalText = _label("Next review date")
    channel: LocalText = _label("Column: contact channel")
    address: LocalText = _label("Column: number or address")
    hours: LocalText = _label("Column: opening hours")
    languages: LocalText = _label("Column: languages a channel serves")
    response: LocalText = _label("Column: how fast we answer")
    any_time: LocalText = _label("Hours of a channel open at any time")
    response_line: LocalText = _label("How fast a channel answers, as its standard measures it", "within", "target")
    on_the_spot: LocalText = _label("How fast the customer centre answers")
    hours_line: LocalText = _label("Days and times of opening hours", "days", "times")
    time_range: LocalText = _label("From one time to another", "opens", "closes")
    closed_on: LocalText = _label("Caption of the holiday table", "year")
    holiday: LocalText = _label("Column: the holiday")
    date: LocalText = _label("Column: the date")
    help_title: LocalText = _label("Title of the box that ends every page")
    help_body: LocalText = _label("Text of the box that ends every page",
                                  "phone", "phone_abroad", "email", "contact", "complaints")
    search_prompt: LocalText = _label("The home page's search button")
    results: LocalText = _label("Heading of a standard's results")
    latest: LocalText = _label("The latest result")
    latest_line: LocalText = _label("Sentence with the latest result", "period", "value", "status", "target")
    latest_line_none: LocalText = _label("Sentence when the latest period has no result", "period", "status", "target")
    latest_line_then: LocalText = _label("Sentence with the latest result, judged against an earlier target",
                                         "period", "value", "status", "then", "target")
    latest_line_first: LocalText = _label("Sentence before a new standard's first result", "period", "target")
    latest_line_empty: LocalText = _label("Sentence when a standard has no result yet", "target")
    target_then: LocalText = _label("Under a status: the target of that period, when it has changed since", "target")
    result: LocalText = _label("Column: a result")
    reporting_period: LocalText = _label("Column: the reporting period")
    status: LocalText = _label("Column: met or missed")
    met: LocalText = _label("A target that was met")
    missed: LocalText = _label("A target that was missed")
    not_measured: LocalText = _label("A result not measured yet")
    no_result: LocalText = _label("No result published yet")
    trend: LocalText = _label("Column: the trend chart")
    record: LocalText = _label("Column: how often the target was met lately")
    met_of: LocalText = _label("Periods that met the target, of those measured", "met", "total")
    chart_title: LocalText = _label("Title of a trend chart", "standard")
    chart_description: LocalText = _label(
        "Description of a trend chart, read out by screen readers",
        "standard", "periods", "range", "target", "met", "missed")
    months_of_year: LocalText = _label("Months of one year in a list: \"květen a červen 2026\"", "months", "year")
    figures: LocalText = _label("Summary of the table of figures")
    action: LocalText = _label("Run-in label before an open corrective action, on a standard's page", "periods")
    action_finished: LocalText = _label("Run-in label before a finished corrective action", "periods")
    action_header: LocalText = _label("Column header of the corrective actions table")
    action_done: LocalText = _label("Sentence added to a corrective action that is finished")
    action_line: LocalText = _label("A corrective action with its owner and date", "action", "owner", "due")
    actions_none: LocalText = _label("No corrective action needed")
    last_updated: LocalText = _label("Date a page last changed", "date")
    permalink: LocalText = _label("Title of the link beside each heading")
    language_suggestion: LocalText = _label("Offer of the same page in the reader's language, in that language")
    language_suggestion_close: LocalText = _label("Button that hides the language offer, in its language")
    not_found_title: LocalText = _label("Title of the 404 page")
    not_found_body: LocalText = _label("Text of the 404 page (Markdown)", "home")
    search_nothing: LocalText = _label("The search box when a query finds nothing")
    search_did_you_mean: LocalText = _label("Offer of the closest spelling; `words` is the link to search it", "words")
    search_most_asked: LocalText = _label("Heading of the most asked FAQ entries, offered when a query finds nothing")
    search_ask_us: LocalText = _label("Heading of the contact channels, offered when a query finds nothing")
    search_all_channels: LocalText = _label("Link to the contact page, offered when a query finds nothing")


class PluralForms(StrictModel):
    """`{{ n }}` stands for the number. Give only `other` for a text that does not inflect (%)."""

    zero: Text | None = None
    one: Text | None = None
    two: Text | None = None
    few: Text | None = None
    many: Text | None = None
    other: Text


class LocalPlural(RootModel[dict[str, PluralForms]]):
    """A counted text in every language, with the plural forms each language needs (CLDR)."""

    @model_validator(mode="after")
    def _every_language_and_form(self) -> LocalPlural:
        for lang in LANGUAGES:
            forms = self.root.get(lang)
            if forms is None:
                raise ValueError(f"the language `{lang}` is missing")
            given = {k for k, v in forms.model_dump().items() if v}
            needed = set(Locale.parse(lang).plural_form.tags) | {"other"}
            if given != {"other"} and not needed <= given:
                raise ValueError(f"`{lang}` needs the plural forms {sorted(needed)}, has {sorted(given)}")
        unknown = sorted(set(self.root) - set(LANGUAGES))
        if unknown:
            raise ValueError(f"unknown language {', '.join(unknown)}; the site's languages are {', '.join(LANGUAGES)}")
        return self

    def forms(self, lang: str) -> PluralForms:
        return self.root[lang]


class Directions(StrictModel):
    at_least: LocalText = _label("A target the result must reach", "target")
    at_most: LocalText = _label("A target the result must not exceed", "target")


class Periods(StrictModel):
    month: LocalText
    quarter: LocalText
    year: LocalText


class Units(StrictModel):
    percent: LocalPlural
    seconds: LocalPlural
    minutes: LocalPlural
    hours: LocalPlural
    working_days: LocalPlural
    days: LocalPlural
    points: LocalPlural


class Within(StrictModel):
    """A time limit as a phrase: "do 15 pracovních dnů", "innerhalb von 15 Arbeitstagen"."""

    seconds: LocalPlural
    minutes: LocalPlural
    hours: LocalPlural
    working_days: LocalPlural
    days: LocalPlural


class Counts(StrictModel):
    times: LocalPlural = Field(description="How many times: 1×, 3-mal, 2 razy; a `zero` form is used for 0")
    periods: LocalPlural = Field(description="A number of reporting periods, as the chart description needs it")
    months: LocalPlural | None = Field(None, description="A number of months, where it reads better than periods")
    quarters: LocalPlural | None = Field(None, description="A number of quarters")
    years: LocalPlural | None = Field(None, description="A number of years")


class Channels(StrictModel):
    phone: LocalText
    email: LocalText
    chat: LocalText
    web_form: LocalText
    post: LocalText
    in_person: LocalText


ThemeKey = Annotated[str, StringConstraints(pattern=r"^[a-z]+(\.[a-z]+)*$")]


class PartialText(StrictModel):
    """A text in some of the site's languages."""

    cs: Text | None = None
    de: Text | None = None
    pl: Text | None = None
    hy: Text | None = None

    def get(self, lang: str) -> str | None:
        value = getattr(self, lang, None)
        return str(value) if value else None


class Labels(StrictModel):
    texts: Texts
    theme: dict[ThemeKey, PartialText] = Field(
        default_factory=dict,
        description="Material's interface strings this site words differently, by Material's key; a language "
                    "left out keeps Material's own")
    directions: Directions
    periods: Periods
    units: Units
    within: Within
    counts: Counts
    channels: Channels

    def direction(self, direction: Direction) -> LocalText:
        return getattr(self.directions, key(direction))

    def period(self, period: Period) -> LocalText:
        return getattr(self.periods, key(period))

    def unit(self, unit: Unit) -> LocalPlural:
        return getattr(self.units, key(unit))

    def within_phrase(self, unit: str) -> LocalPlural:
        return getattr(self.within, unit.replace("-", "_"))

    def channel(self, kind: ChannelKind) -> LocalText:
        return getattr(self.channels, key(kind))


def key(member: Direction | Period | Unit | ChannelKind) -> str:
    """The field name of an enum member: at-least -> at_least."""
    return str(member.value).replace("-", "_")

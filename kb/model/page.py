"""A page's front matter: any page, and a service standard with its owner and metric.

A field marked SAME must be identical in all four languages of a page: owners, numbers
and dates are facts, not translations.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StrictFloat, StrictInt, StringConstraints, model_validator

from kb.model.base import SAME, Slug, StrictModel, Text

Number = StrictInt | StrictFloat


def _plausible_date(value: datetime.date) -> datetime.date:
    if value.year < 2000:
        raise ValueError(f"{value.isoformat()} is not a plausible date (before 2000)")
    return value


Date = Annotated[datetime.date, AfterValidator(_plausible_date)]
# a reporting period: 2026-10 (month), 2026-Q3 (quarter), 2026 (year); a bare year may come as a YAML number
PeriodText = Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int) else v),
                       StringConstraints(pattern=r"^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$")]


class Direction(StrEnum):
    AT_LEAST = "at-least"
    AT_MOST = "at-most"


class Unit(StrEnum):
    PERCENT = "percent"
    SECONDS = "seconds"
    MINUTES = "minutes"
    HOURS = "hours"
    WORKING_DAYS = "working-days"
    DAYS = "days"
    POINTS = "points"  # scores such as NPS or a 1-5 rating


TIME_UNITS = (Unit.SECONDS, Unit.MINUTES, Unit.HOURS, Unit.WORKING_DAYS, Unit.DAYS)


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def check_value(value: float, unit: Unit) -> None:
    """The plausible range of a number in a unit (also used for results)."""
    if unit == Unit.PERCENT and not 0 <= value <= 100:
        raise ValueError(f"{value} is not a percentage between 0 and 100")
    if unit not in (Unit.PERCENT, Unit.POINTS) and value < 0:
        raise ValueError(f"{value} {unit.value} is negative")
    if unit == Unit.POINTS and not -100 <= value <= 100:
        raise ValueError(f"{value} points is outside -100 to 100")


class Target(StrictModel):
    direction: Direction = Field(
        description="Whether the result must be at least or at most the value.",
        examples=["at-least"], json_schema_extra=SAME)
    value: Number = Field(
        description="The target as a bare number, without the unit.", examples=[95], json_schema_extra=SAME)
    unit: Unit = Field(description="The unit of the value.", examples=["percent"], json_schema_extra=SAME)

    @model_validator(mode="after")
    def _plausible(self) -> Target:
        check_value(self.value, self.unit)
        return self


class TimeLimit(StrictModel):
    """The time limit the measure counts against ("answered within 1 working day")."""

    value: Number = Field(gt=0, description="The time limit as a bare number.", examples=[1],
                          json_schema_extra=SAME)
    unit: Literal["seconds", "minutes", "hours", "working-days", "days"] = Field(
        description="The unit of the time limit.", examples=["working-days"], json_schema_extra=SAME)


class PastTarget(StrictModel):
    """A target that applied until a date: results of earlier periods are judged against it."""

    value: Number = Field(description="The target value that applied until `until`.", examples=[90],
                          json_schema_extra=SAME)
    until: Date = Field(description="The last day the value applied (YYYY-MM-DD).",
                        examples=["2026-12-31"], json_schema_extra=SAME)


class Metric(StrictModel):
    measure: Text = Field(
        description="What is measured, in one sentence in the page's language.",
        examples=["Share of e-mails answered within {{ within }}"])
    method: Text = Field(
        description="How it is measured, in the page's language.",
        examples=["The ticket system records when each e-mail arrives and when it is answered."])
    target: Target = Field(description="The latest target (in force after the last `until` of previous_targets): "
                                       "direction, number and unit.")
    within: TimeLimit | None = Field(
        None, description="The time limit the measure counts against, if any; pages write it as {{ within }}.")
    previous_targets: list[PastTarget] = Field(
        default_factory=list, max_length=50,
        description="Earlier target values with the last day each applies; raising a target does not re-rate "
                    "earlier results, and a raise can be scheduled (`until:` in the future).")
    since: PeriodText | None = Field(
        None, description="The first reporting period measured (e.g. 2026-12); no result is due before it.",
        examples=["2026-12"], json_schema_extra=SAME)
    period: Period = Field(description="How often the result is reported.", examples=["month"],
                           json_schema_extra=SAME)
    source: Text = Field(description="Where the data comes from, in the page's language.",
                         examples=["Ticket system reports"])

    @model_validator(mode="after")
    def _past_targets_in_range(self) -> Metric:
        for past in self.previous_targets:
            check_value(past.value, self.target.unit)
        return self

    def target_on(self, day: datetime.date) -> Target:
        """The target in force on `day`, with the value of that time."""
        return self.target.model_copy(update={"value": self.target_value_on(day)})

    def next_target(self, day: datetime.date) -> tuple[datetime.date, float] | None:
        """A target change scheduled after `day`: the day it starts and its value."""
        upcoming = sorted((p for p in self.previous_targets if p.until >= day), key=lambda p: p.until)
        if not upcoming:
            return None
        later = [p for p in self.previous_targets if p.until > upcoming[0].until]
        value = min(later, key=lambda p: p.until).value if later else self.target.value
        return upcoming[0].until + datetime.timedelta(days=1), value

    def target_value_on(self, day: datetime.date) -> float:
        """The target value in force on `day` (the last day of a reporting period)."""
        for past in sorted(self.previous_targets, key=lambda p: p.until):
            if day <= past.until:
                return past.value
        return self.target.value


HideOption = Literal["navigation", "toc", "footer", "feedback", "path", "tags"]


class SearchOptions(StrictModel):
    boost: Number | None = Field(None, ge=0, le=100, description="Rank this page higher (>1) or lower (<1).")
    exclude: bool | None = Field(None, description="Leave this page out of search.")


class PageMeta(StrictModel):
    """Front matter of any page."""

    title: Text = Field(description="The page title shown in navigation and search.", examples=["Complaints"])
    description: Text | None = Field(None, description="One sentence for search engines and link previews.")
    keywords: list[Text] = Field(
        default_factory=list, max_length=100,
        description="Words customers use that the text may not (synonyms, colloquial terms); search uses them.",
        examples=[["reklamace", "stížnost"]])
    section_keywords: dict[Slug, list[Text]] = Field(
        default_factory=dict, max_length=100,
        description="Keywords of one section or FAQ entry, by its heading id: search leads to that answer.",
        examples=[{"refund": ["money back", "refund time"]}])
    hide: list[HideOption] = Field(default_factory=list, description="Parts of the page layout to hide.")
    search: SearchOptions | None = Field(None, description="Search options for this page.")
    translated_from: str | None = Field(
        None, pattern=r"^[0-9a-f]{7,40}$",
        description="The version of the Czech page this translation was made from, in quotes "
                    "(`translated_from: \"5ce56ec57757\"`); `python -m kb translations --done FILE` fills it in.")


class StandardMeta(PageMeta):
    """Front matter of a service standard page (docs/<lang>/standards/<id>.md)."""

    id: Slug = Field(description="The standard's id; must equal the file name without .md.",
                     examples=["response-time"], json_schema_extra=SAME)
    promise: Text = Field(
        description="The promise in one plain sentence, in the page's language; shown under the title.",
        examples=["In at least {{ target }} of cases we answer e-mails {{ within }}."])
    owner: Slug = Field(description="Key of the owning team in docs/_data/owners.yml.",
                        examples=["customer-care"], json_schema_extra=SAME)
    metric: Metric = Field(description="How the standard is measured, and its target.")
    review: Date = Field(description="Next review date (YYYY-MM-DD), at most 12 months ahead.",
                         examples=["2027-06-30"], json_schema_extra=SAME)

"""Published results against each standard, and what is done about missed targets.

docs/_data/results.csv holds one row per standard and reporting period; the period's form
follows the standard's `metric.period` (2026-10, 2026-Q3, 2026). docs/_data/actions.yml holds
the corrective actions: for a missed target, what the organisation does, who owns it, by when.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from pydantic import Field, model_validator

from kb.model.base import LocalText, Slug, StrictModel
from kb.model.page import Date, Direction, Period, PeriodText, StandardMeta, Target

PATTERNS = {Period.MONTH: r"(\d{4})-(0[1-9]|1[0-2])", Period.QUARTER: r"(\d{4})-Q([1-4])", Period.YEAR: r"(\d{4})"}
EXAMPLES = {Period.MONTH: "2026-10", Period.QUARTER: "2026-Q3", Period.YEAR: "2026"}


@dataclass(frozen=True)
class PeriodKey:
    """A reporting period, comparable and printable."""

    kind: Period
    year: int
    part: int = 1  # month 1-12, quarter 1-4, 1 for a year

    @property
    def first_day(self) -> datetime.date:
        month = {Period.MONTH: self.part, Period.QUARTER: 3 * self.part - 2, Period.YEAR: 1}[self.kind]
        return datetime.date(self.year, month, 1)

    @property
    def last_day(self) -> datetime.date:
        following = self.next()
        if following.year > datetime.MAXYEAR:
            return datetime.date(self.year, 12, 31)
        return following.first_day - datetime.timedelta(days=1)

    def next(self) -> PeriodKey:
        size = {Period.MONTH: 12, Period.QUARTER: 4, Period.YEAR: 1}[self.kind]
        if self.part < size:
            return PeriodKey(self.kind, self.year, self.part + 1)
        return PeriodKey(self.kind, self.year + 1, 1)

    def __str__(self) -> str:
        return {Period.MONTH: f"{self.year}-{self.part:02d}", Period.QUARTER: f"{self.year}-Q{self.part}",
                Period.YEAR: f"{self.year}"}[self.kind]

    def __lt__(self, other: PeriodKey) -> bool:
        return (self.year, self.part) < (other.year, other.part)


def parse_period(text: str, kind: Period) -> PeriodKey | None:
    match = re.fullmatch(PATTERNS[kind], text.strip())
    if not match:
        return None
    year, part = int(match.group(1)), int(match.group(2)) if kind != Period.YEAR else 1
    if year < 2000:
        return None
    return PeriodKey(kind, year, part)


def first_period(std: StandardMeta) -> PeriodKey | None:
    """The first period a standard is measured for (`since:`); None when it has none, or when it is
    malformed (a rule reports that)."""
    return parse_period(std.metric.since, std.metric.period) if std.metric.since else None


@dataclass(frozen=True)
class Result:
    standard: str
    period: PeriodKey
    value: float | None  # None: not measured yet
    line: int


def met(target: Target, target_value: float, value: float) -> bool:
    """Whether `value` meets the target, with the target value in force in its period."""
    return value >= target_value if target.direction == Direction.AT_LEAST else value <= target_value





class Action(StrictModel):
    """A corrective action for a standard whose target was missed."""

    standard: Slug = Field(description="The standard's id.", examples=["resolution"])
    periods: list[PeriodText] = Field(
        min_length=1, max_length=60, description="The missed periods the action answers, e.g. [2026-09, 2026-10].")
    action: LocalText = Field(description="What the organisation does about it, in every language.")
    owner: Slug = Field(description="Key of the owner in docs/_data/owners.yml.", examples=["complaints"])
    due: Date = Field(description="By when (YYYY-MM-DD).", examples=["2027-01-31"])
    done: bool = Field(False, description="Set to true once the action is completed.")

    @model_validator(mode="after")
    def _unique_periods(self) -> Action:
        if len(set(self.periods)) != len(self.periods):
            raise ValueError("a period is listed twice")
        return self


class Actions(StrictModel):
    actions: list[Action] = Field(default_factory=list, max_length=500)

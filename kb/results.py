"""Published results against each standard (docs/_data/results.csv).

One row per standard and reporting period, added by staff each period:

    standard,period,result
    response-time,2026-10,96.2
    courtesy,2026-Q3,91
    self-service,2026-Q3,not measured yet

The period's form follows the standard's `metric.period` (2026-10, 2026-Q3, 2026); the
result is a number in the metric's unit, or `not measured yet`. A period must be reported
once it is due: GRACE_DAYS after it ends.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import dataclass
from pathlib import Path

from kb.model import Direction, Period, StandardMeta, Target, Unit
from kb.problems import Problem

RESULTS_FILE = "results.csv"
COLUMNS = ["standard", "period", "result"]
NOT_MEASURED = "not measured yet"
GRACE_DAYS = 15  # results are published within 15 days after a period ends
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
        return self.next().first_day - datetime.timedelta(days=1)

    def next(self) -> "PeriodKey":
        size = {Period.MONTH: 12, Period.QUARTER: 4, Period.YEAR: 1}[self.kind]
        if self.part < size:
            return PeriodKey(self.kind, self.year, self.part + 1)
        return PeriodKey(self.kind, self.year + 1, 1)

    def __str__(self) -> str:
        return {Period.MONTH: f"{self.year}-{self.part:02d}", Period.QUARTER: f"{self.year}-Q{self.part}",
                Period.YEAR: f"{self.year}"}[self.kind]

    def __lt__(self, other: "PeriodKey") -> bool:
        return (self.year, self.part) < (other.year, other.part)


def parse_period(text: str, kind: Period) -> PeriodKey | None:
    match = re.fullmatch(PATTERNS[kind], text.strip())
    if not match:
        return None
    year, part = int(match.group(1)), int(match.group(2)) if kind != Period.YEAR else 1
    return PeriodKey(kind, year, part)


def latest_due(kind: Period, today: datetime.date) -> PeriodKey:
    """The most recent period whose results must be published by `today`."""
    period = PeriodKey(kind, 2000, 1)
    while period.next().last_day + datetime.timedelta(days=GRACE_DAYS) < today:
        period = period.next()
    return period


@dataclass(frozen=True)
class Result:
    standard: str
    period: PeriodKey
    value: float | None  # None: not measured yet
    line: int


def met(target: Target, value: float) -> bool:
    return value >= target.value if target.direction == Direction.AT_LEAST else value <= target.value


def load_results(path: Path, file: str, standards: dict[str, StandardMeta],
                 today: datetime.date) -> tuple[list[Result], list[Problem]]:
    """Read and check the results file against the standards (the Czech front matter)."""
    if not path.exists():
        return [], [Problem(file, None, "data-file", f"{file} is missing",
                            f"create it with the header `{','.join(COLUMNS)}` and one row per standard and period")]
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    if not rows or [c.strip() for c in rows[0]] != COLUMNS:
        return [], [Problem(file, 1, "results-header", "the first line is not the header",
                            f"make the first line exactly `{','.join(COLUMNS)}`")]
    results, problems = [], []
    seen: dict[tuple[str, PeriodKey], int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        result, problem = _row(row, line, file, standards)
        if problem:
            problems.append(problem)
            continue
        assert result is not None
        key = (result.standard, result.period)
        if key in seen:
            problems.append(Problem(file, line, "duplicate-result",
                                    f"`{result.standard}` {result.period} is already reported on line {seen[key]}",
                                    "keep one row per standard and period"))
            continue
        seen[key] = line
        results.append(result)
    problems += _missing_latest(results, standards, file, today)
    return results, problems


def _row(row: list[str], line: int, file: str,
         standards: dict[str, StandardMeta]) -> tuple[Result | None, Problem | None]:
    if len(row) != len(COLUMNS):
        return None, Problem(file, line, "results-row", f"the row has {len(row)} values instead of 3",
                             "write `standard,period,result`, with no comma inside a value")
    std_id, period_text, value_text = (cell.strip() for cell in row)
    std = standards.get(std_id)
    if std is None:
        return None, Problem(file, line, "unknown-standard", f"there is no standard `{std_id}`",
                             f"use one of: {', '.join(sorted(standards))}")
    kind = std.metric.period
    period = parse_period(period_text, kind)
    if period is None:
        return None, Problem(file, line, "bad-period",
                             f"`{period_text}` is not a {kind.value} (the standard `{std_id}` is reported per {kind.value})",
                             f"write the period like `{EXAMPLES[kind]}`")
    if value_text == NOT_MEASURED:
        return Result(std_id, period, None, line), None
    try:
        value = float(value_text)
    except ValueError:
        return None, Problem(file, line, "bad-result", f"`{value_text}` is not a number",
                             f"write the result in {std.metric.target.unit.value} as a bare number "
                             f"(e.g. `{std.metric.target.value}`, with a dot for decimals), or `{NOT_MEASURED}`")
    if value < 0 or (std.metric.target.unit == Unit.PERCENT and value > 100):
        return None, Problem(file, line, "bad-result", f"`{value_text}` is not a possible result in "
                             f"{std.metric.target.unit.value}", "check the number")
    return Result(std_id, period, value, line), None


def _missing_latest(results: list[Result], standards: dict[str, StandardMeta], file: str,
                    today: datetime.date) -> list[Problem]:
    problems = []
    for std_id, std in sorted(standards.items()):
        due = latest_due(std.metric.period, today)
        if not any(r.standard == std_id and r.period == due for r in results):
            problems.append(Problem(file, None, "result-missing",
                                    f"no result for `{std_id}` for {due}, which was due on "
                                    f"{(due.last_day + datetime.timedelta(days=GRACE_DAYS)).isoformat()}",
                                    f"add the row `{std_id},{due},<result>` — or `{std_id},{due},{NOT_MEASURED}`"))
    return problems


def history(results: list[Result], std_id: str, count: int = 12) -> list[Result]:
    """The last `count` reported periods of a standard, oldest first."""
    rows = sorted((r for r in results if r.standard == std_id), key=lambda r: r.period)
    return rows[-count:]

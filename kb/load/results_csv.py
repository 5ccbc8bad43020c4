"""Reading docs/_data/results.csv, one row per standard and period, into Results.

    standard,period,result
    response-time,2026-10,96.2
    courtesy,2026-Q3,not measured yet

Rows are checked against the standards' front matter (period form, unit range); whether a
result is due or missing depends on the date and is a rule (kb.rules.results).
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from kb.load.files import read_text
from kb.model.page import StandardMeta, check_value
from kb.model.results import EXAMPLES, Result, parse_period
from kb.problems import Problem

COLUMNS = ["standard", "period", "result"]
NOT_MEASURED = "not measured yet"
MAX_ROWS = 20_000


def load_results(path: Path, file: str, standards: dict[str, StandardMeta],
                 unreadable: set[str] = frozenset()) -> tuple[list[Result], list[Problem]]:  # type: ignore[assignment]
    """Read and check the results file against the standards (the Czech front matter).

    Rows of a standard in `unreadable` (its page failed to load) are skipped: the page's own
    problem is the one to fix, and is reported already.
    """
    if not path.exists():
        return [], [Problem(file, None, "data-file", f"{file} is missing",
                            f"create it with the header `{','.join(COLUMNS)}` and one row per standard and period")]
    text, problems = read_text(path, file)
    if text is None:
        return [], problems
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip().lower() for c in rows[0]] != COLUMNS:
        separator = ";" if rows and ";" in ",".join(rows[0]) else ""
        hint = " (the columns are separated by `;`: save as \"CSV UTF-8 (comma delimited)\")" if separator else ""
        return [], [Problem(file, 1, "results-header", f"the first line is not the header{hint}",
                            f"make the first line exactly `{','.join(COLUMNS)}`")]
    if len(rows) > MAX_ROWS:
        return [], [Problem(file, None, "file-too-large", f"the file has {len(rows)} rows",
                            f"keep at most {MAX_ROWS} rows; move old years to an archive")]
    results: list[Result] = []
    seen: dict[tuple[str, str], int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row) or row[0].strip() in unreadable:
            continue
        result, problem = _row(row, line, file, standards)
        if result is None:
            problems += [problem] if problem else []
            continue
        key = (result.standard, str(result.period))
        if key in seen:
            problems.append(Problem(file, line, "duplicate-result",
                                    f"`{result.standard}` {result.period} is already reported on line {seen[key]}",
                                    "keep one row per standard and period"))
            continue
        seen[key] = line
        results.append(result)
    return results, problems


def _row(row: list[str], line: int, file: str,
         standards: dict[str, StandardMeta]) -> tuple[Result | None, Problem | None]:
    if len(row) != len(COLUMNS):
        return None, Problem(file, line, "results-row", f"the row has {len(row)} values instead of 3",
                             "write `standard,period,result`, with no comma inside a value (decimals take a dot)")
    std_id, period_text, value_text = (cell.strip() for cell in row)
    std = standards.get(std_id)
    if std is None:
        return None, Problem(file, line, "unknown-standard", f"there is no standard `{std_id}`",
                             f"use one of: {', '.join(sorted(standards))}")
    kind = std.metric.period
    period = parse_period(period_text, kind)
    if period is None:
        return None, Problem(file, line, "bad-period",
                             f"`{period_text}` is not a {kind.value} (the standard `{std_id}` is reported per "
                             f"{kind.value})", f"write the period like `{EXAMPLES[kind]}`")
    if value_text.lower() == NOT_MEASURED:
        return Result(std_id, period, None, line), None
    unit = std.metric.target.unit
    try:
        value = float(value_text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        decimal_comma = value_text.replace(",", ".", 1)
        hint = " (decimals take a dot: `96.2`)" if decimal_comma.replace(".", "", 1).isdigit() else ""
        return None, Problem(file, line, "bad-result", f"`{value_text}` is not a number{hint}",
                             f"write the result in {unit.value} as a bare number (e.g. `{std.metric.target.value}`, "
                             f"with a dot for decimals), or `{NOT_MEASURED}`")
    try:
        check_value(value, unit)
    except ValueError as error:
        return None, Problem(file, line, "bad-result", f"`{value_text}` is not a possible result: {error}",
                             "check the number against the standard's unit")
    return Result(std_id, period, value, line), None

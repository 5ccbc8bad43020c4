"""A problem found in the content, and how a list of them is reported to staff.

Errors stop the build. Reminders are problems that only the calendar created (a review date
that passed, a result not yet entered): the site is still published, the owner is told, and
a pull request that touches the file is asked to fix it (`python -m kb check --touched`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    REMINDER = "reminder"


@dataclass(frozen=True, order=True)
class Problem:
    file: str  # path as staff see it in the repository, e.g. docs/de/standards/courtesy.md
    line: int | None  # 1-based line in that file, when one place is to blame
    rule: str  # short name of the rule that was broken, e.g. "missing-field"
    message: str  # what is wrong
    fix: str  # what to do about it
    severity: Severity = Severity.ERROR
    owner: str | None = None  # who is told about a reminder (a key of docs/_data/owners.yml)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: [{self.rule}] {self.message}\n    fix: {self.fix}"

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR

    def as_error(self) -> Problem:
        return replace(self, severity=Severity.ERROR)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def reminders(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.is_error]


# reminders a pull request is not asked to fix: fixing a typo in a translation must not require
# bringing the whole page up to date with the Czech one, and correcting an old result must not wait
# for this month's results
NOT_ESCALATED = {"translation-outdated", "result-not-entered"}


def escalate(problems: list[Problem], touched: set[str]) -> list[Problem]:
    """Reminders on files a pull request changes become errors: it is asked to fix what it touches."""
    return [p.as_error() if p.file in touched and p.rule not in NOT_ESCALATED else p for p in problems]


def format_report(problems: list[Problem], outcome: str = "") -> str:
    count = len(problems)
    head = f"The content has {count} problem{'s' if count != 1 else ''}{outcome}:"
    return "\n".join([head, *(str(p) for p in problems)])


# GitHub shows at most 10 error and 10 warning annotations of a step; the rest would vanish silently
# (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations)
ANNOTATIONS_PER_KIND = 10


def github_annotations(problems: list[Problem], touched: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Annotations for every problem within GitHub's limit: the pull request's own files first; when
    there are too many, one note per file and rule lists its lines (the full list is in the log)."""
    lines = []
    for kind in (errors(problems), reminders(problems)):
        ordered = sorted(kind, key=lambda p: (p.file not in touched, p.file, p.line or 0))
        lines += [github_annotation(p) for p in _fit(ordered)]
    return lines


def _fit(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= ANNOTATIONS_PER_KIND:
        return problems
    groups: dict[tuple[str, str], list[Problem]] = {}
    for problem in problems:
        groups.setdefault((problem.file, problem.rule), []).append(problem)
    notes = [group[0] if len(group) == 1 else _grouped(group) for group in groups.values()]
    if len(notes) <= ANNOTATIONS_PER_KIND:
        return notes
    rest = notes[ANNOTATIONS_PER_KIND - 1:]
    more = sum(len(groups[(n.file, n.rule)]) for n in rest)
    files = sorted({n.file for n in rest})
    return [*notes[:ANNOTATIONS_PER_KIND - 1],
            replace(rest[0], line=None, rule="more", message=f"{more} more problems in {', '.join(files)}",
                    fix="see the list in the check's log (the step's output), then run the check again")]


def _grouped(group: list[Problem]) -> Problem:
    places = ", ".join(str(p.line) for p in group if p.line)
    return replace(group[0], message=f"{len(group)} times in this file (lines {places}); the first: "
                                     f"{group[0].message}")


def github_annotation(problem: Problem) -> str:
    """A GitHub Actions workflow command: the problem shows on its line in the pull request."""
    level = "error" if problem.is_error else "warning"
    where = f"file={problem.file}" + (f",line={problem.line}" if problem.line else "")
    text = f"{problem.message}. Fix: {problem.fix}"
    title = f"[{problem.rule}]"
    return f"::{level} {where},title={_escape(title, True)}::{_escape(text, False)}"


def _escape(text: str, is_property: bool) -> str:
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if is_property else text

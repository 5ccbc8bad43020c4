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
# bringing the whole page up to date with the Czech one
NOT_ESCALATED = {"translation-outdated"}


def escalate(problems: list[Problem], touched: set[str]) -> list[Problem]:
    """Reminders on files a pull request changes become errors: it is asked to fix what it touches."""
    return [p.as_error() if p.file in touched and p.rule not in NOT_ESCALATED else p for p in problems]


def format_report(problems: list[Problem], outcome: str = "") -> str:
    count = len(problems)
    head = f"The content has {count} problem{'s' if count != 1 else ''}{outcome}:"
    return "\n".join([head, *(str(p) for p in problems)])


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

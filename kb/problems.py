"""A problem found in the content, and how a list of them is reported to staff."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str  # path as staff see it in the repository, e.g. docs/de/standards/courtesy.md
    line: int | None  # 1-based line in that file, when one place is to blame
    rule: str  # short name of the rule that was broken, e.g. "missing-field"
    message: str  # what is wrong
    fix: str  # what to do about it

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: [{self.rule}] {self.message}\n    fix: {self.fix}"


def format_report(problems: list[Problem], outcome: str = "") -> str:
    count = len(problems)
    head = f"The content has {count} problem{'s' if count != 1 else ''}{outcome}:"
    return "\n".join([head, *(str(p) for p in problems)])

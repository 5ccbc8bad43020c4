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


class ContentError(Exception):
    """Raised when content breaks the rules; carries every problem of the run."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.rule))
        super().__init__(format_report(self.problems))


def format_report(problems: list[Problem]) -> str:
    count = len(problems)
    head = f"The content has {count} problem{'s' if count != 1 else ''}; the site was not built."
    return "\n".join([head, *(str(p) for p in problems)])

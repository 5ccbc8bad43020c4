"""What every rule module shares: the rule signature and ways to find pages and lines."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kb.load.site import Page, Site
from kb.model.page import StandardMeta
from kb.problems import Problem

Rule = Callable[[Site, datetime.date], Iterable[Problem]]


def standard_pages(site: Site) -> Iterator[tuple[Page, StandardMeta]]:
    for page in site.pages.values():
        if page.standard:
            yield page, page.standard


def line_of(page: Page, *path: str | int) -> int | None:
    return page.source.front.line(path)


def text_line(page: Page, offset: int) -> int:
    """Line in the file of an offset into front_text + body (what `matches` searches)."""
    front = page.source.front_text
    if offset < len(front):
        return 2 + front.count("\n", 0, offset)
    return page.source.body_offset_line(offset - len(front))


def matches(site: Site, pattern: re.Pattern[str], body_only: bool = False) -> Iterator[tuple[Page, int, str]]:
    """Each match of `pattern` in the front matter and body of every page, with its line."""
    for page in site.pages.values():
        front = "" if body_only else page.source.front_text
        for match in pattern.finditer(front + page.source.body):
            offset = match.start() + (len(page.source.front_text) if body_only else 0)
            yield page, text_line(page, offset), match.group(0)


def get(obj: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        obj = getattr(obj, part, None)
    return obj


def show(value: Any) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(getattr(value, "value", value))


def add_months(day: datetime.date, months: int) -> datetime.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)

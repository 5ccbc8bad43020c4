"""Create a new service standard in all four languages, ready to be filled in.

    python -m kb new-standard complaint-handling --owner complaints

The front matter carries the owner, an example target and the next review date; the
texts are marked TODO, so the build refuses the standard until every language is written.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from kb.content import STANDARDS_DIR, Site
from kb.languages import LANGUAGES
from kb.model import Period, Slug
from kb.problems import Problem

TEMPLATE = """\
---
id: {id}
title: TODO title in {lang}
promise: TODO the promise in one plain sentence, in {lang}
owner: {owner}
metric:
  measure: TODO what is measured, in {lang}
  method: TODO how it is measured, in {lang}
  target:
    direction: at-least
    value: {value}
    unit: {unit}
  period: {period}
  source: TODO where the data comes from, in {lang}
review: {review}
keywords: []
---

## TODO why it matters

## TODO what we do

## TODO what you can do if we do not meet it
"""
NAV_ENTRY = re.compile(r"^(?P<indent> *)- standards/[a-z0-9-]+\.md\n", re.M)


def new_standard(site: Site, mkdocs_yml: Path, std_id: str, owner: str, value: float = 90,
                 unit: str = "percent", period: str = Period.MONTH.value) -> list[Path] | Problem:
    """Write the four files and add the page to the navigation; a Problem if it cannot."""
    if not re.fullmatch(Slug.__metadata__[0].pattern, std_id):  # type: ignore[attr-defined]
        return Problem(std_id, None, "bad-id", f"`{std_id}` is not a valid id",
                       "use lower-case letters, digits and hyphens, e.g. `complaint-handling`")
    existing = [p.file for (_, slug), p in site.pages.items() if slug == f"{STANDARDS_DIR}/{std_id}.md"]
    if existing:
        return Problem(existing[0], None, "duplicate-id", f"the standard `{std_id}` already exists",
                       "choose another id, or edit the existing files")
    if owner not in site.owners:
        return Problem(std_id, None, "unknown-owner", f"the owner `{owner}` is not in docs/_data/owners.yml",
                       f"use one of: {', '.join(sorted(site.owners))}")
    review = datetime.date.today().replace(day=1) + datetime.timedelta(days=366)
    paths = []
    for lang in LANGUAGES:
        path = site.docs_dir / lang / STANDARDS_DIR / f"{std_id}.md"
        path.write_text(TEMPLATE.format(id=std_id, lang=lang, owner=owner, value=value, unit=unit,
                                        period=period, review=review.isoformat()), encoding="utf-8")
        paths.append(path)
    _add_to_nav(mkdocs_yml, std_id)
    return paths


def _add_to_nav(mkdocs_yml: Path, std_id: str) -> None:
    text = mkdocs_yml.read_text(encoding="utf-8")
    entries = list(NAV_ENTRY.finditer(text))
    if entries:
        last = entries[-1]
        line = f"{last.group('indent')}- {STANDARDS_DIR}/{std_id}.md\n"
        mkdocs_yml.write_text(text[: last.end()] + line + text[last.end():], encoding="utf-8")

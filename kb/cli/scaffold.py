"""Create a new service standard in all four languages, ready to be filled in.

    python -m kb new-standard complaint-handling --owner complaints

The front matter carries the owner and the next review date; the texts and the target are
marked TODO, so the build refuses the standard until every language is written and the
target is chosen on purpose (an example target must never go live unnoticed).
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from kb import clock
from kb.languages import LANGUAGES
from kb.load.datafiles import OWNERS_FILE
from kb.load.site import STANDARDS_DIR, Site
from kb.model.base import Slug
from kb.problems import Problem
from kb.rules.base import add_months

TEMPLATE = """\
---
id: {id}
title: TODO the title, in {lang}
description: TODO one sentence for search engines, in {lang}, without digits
promise: TODO the promise in one sentence, in {lang}, e.g. "In at least {{{{ value }}}} of cases we … {{{{ within }}}}"
owner: {owner}
metric:
  measure: TODO what is measured, in {lang}
  method: TODO how it is measured, in {lang}
  target:
    direction: at-least  # TODO at-least or at-most
    value: 0  # TODO the target, a bare number
    unit: percent  # TODO percent, seconds, minutes, hours, working-days, days or points
  within:  # TODO the time limit the measure counts against ({{{{ within }}}}), or delete these 3 lines
    value: 1
    unit: working-days  # TODO seconds, minutes, hours, working-days or days
  period: month  # TODO month, quarter or year
  since: {since}  # the first period measured: no result is due before it
  source: TODO where the data comes from, in {lang}
review: {review}
keywords: []
---

## TODO why it matters {{#why}}

## TODO what we do {{#what-we-do}}

## TODO what you can do if we do not meet it {{#if-not}}
"""
NAV_ENTRY = re.compile(r"^(?P<indent> *)- standards/[a-z0-9-]+\.md\n", re.M)


def new_standard(site: Site, mkdocs_yml: Path, std_id: str, owner: str) -> tuple[list[Path], list[Problem]]:
    """Write the four files and add the page to the navigation; or the problems that prevent it."""
    try:
        TypeAdapter(Slug).validate_python(std_id)
    except ValidationError:
        return [], [Problem("id", None, "bad-id", f"`{std_id}` is not a valid id",
                            "use lower-case letters, digits and hyphens, e.g. `complaint-handling`")]
    existing = [p.file for (_, slug), p in site.pages.items() if slug == f"{STANDARDS_DIR}/{std_id}.md"]
    if existing:
        return [], [Problem(existing[0], None, "duplicate-id", f"the standard `{std_id}` already exists",
                            "choose another id, or edit the existing files")]
    if owner not in site.owners:
        return [], [Problem(site.data_file(OWNERS_FILE), None, "unknown-owner",
                            f"the owner `{owner}` is not in {site.data_file(OWNERS_FILE)}",
                            f"use one of: {', '.join(sorted(site.owners))}")]
    review = add_months(clock.today(), 12)
    paths = []
    for lang in LANGUAGES:
        path = site.docs_dir / lang / STANDARDS_DIR / f"{std_id}.md"
        path.write_text(TEMPLATE.format(id=std_id, lang=lang, owner=owner, review=review.isoformat(),
                                        since=clock.today().strftime("%Y-%m")), encoding="utf-8")
        paths.append(path)
    _add_to_nav(mkdocs_yml, std_id)
    return paths, []


def _add_to_nav(mkdocs_yml: Path, std_id: str) -> None:
    text = mkdocs_yml.read_text(encoding="utf-8")
    entries = list(NAV_ENTRY.finditer(text))
    if entries:
        last = entries[-1]
        line = f"{last.group('indent')}- {STANDARDS_DIR}/{std_id}.md\n"
        mkdocs_yml.write_text(text[: last.end()] + line + text[last.end():], encoding="utf-8")

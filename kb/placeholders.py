"""Placeholders in Markdown: `{{ org.phone }}`, `{{ standards_table() }}`.

Facts typed once in docs/_data/ appear on any page in its language. Jinja does the
templating; an unknown name or a broken `{{` becomes a Problem naming file and line.
"""

from __future__ import annotations

import re
from typing import Any

import jinja2

from kb.content import Page, Site
from kb.localized import in_language
from kb.problems import Problem
from kb.performance import results_table
from kb.render import contact_channels, standards_table

# `{#` is not a comment here: Markdown uses it for heading ids (`## Question {#anchor}`)
_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True,
                          comment_start_string="{##", comment_end_string="##}")


def context(site: Site, lang: str, slug: str, order: list[str] | None = None) -> dict[str, Any]:
    org = site.organisation
    if org is None:  # reported by the loader; no placeholder can be filled
        return {}
    return {
        "lang": lang,
        "org": {
            "name": in_language(org.name, lang),
            "email": org.email,
            "phone": org.phone,
            "address": org.address,
            "website": org.website,
        },
        "hours": org.hours(lang),
        "standards_table": lambda: standards_table(site, lang, slug, order),
        "contact_channels": lambda: contact_channels(site, lang, slug),
        "results_table": lambda: results_table(site, lang, slug, order),
    }


def fill(page: Page, markdown: str, values: dict[str, Any]) -> tuple[str, list[Problem]]:
    """The Markdown with placeholders filled in, or the original and the problems."""
    if "{{" not in markdown and "{%" not in markdown:
        return markdown, []
    try:
        return _ENV.from_string(markdown).render(values), []
    except jinja2.TemplateSyntaxError as error:
        return markdown, [_problem(page, error.lineno, f"broken placeholder: {error.message}")]
    except jinja2.UndefinedError as error:
        # "'foo' is undefined" or "'dict object' has no attribute 'fax'": the name is quoted last
        name = (re.findall(r"'([^']+)'", str(error)) or ["?"])[-1]
        line = _first_line_with(markdown, name)
        return markdown, [_problem(page, line, f"unknown placeholder `{name}`")]


def _problem(page: Page, body_line: int | None, message: str) -> Problem:
    line = page.source.body_line + body_line - 1 if body_line else None
    names = ("org.name, org.email, org.phone, org.address, org.website, hours.<channel id>, "
             "contact_channels(), standards_table(), results_table()")
    return Problem(page.file, line, "placeholder", message,
                   f"use one of {names} inside `{{{{ }}}}`, or remove the braces")


def _first_line_with(markdown: str, word: str) -> int | None:
    for number, line in enumerate(markdown.splitlines(), start=1):
        if "{{" in line and word in line:
            return number
    return None

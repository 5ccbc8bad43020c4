"""A page's Markdown as the build renders it: placeholders filled, generated blocks in place.

The order of a page: the home page's search button first; a standard's promise and fact box
under its title; the text; a standard's results; the help box last.
"""

from __future__ import annotations

from kb.load.site import HOME_PAGE, Page, Site
from kb.problems import Problem
from kb.render import blocks, results
from kb.render.context import KNOWN, page_values
from kb.render.language import Language
from kb.render.placeholders import fill, has_placeholders


def body(site: Site, page: Page, lang: Language, order: list[str] | None = None) -> tuple[str, list[Problem]]:
    """The page's own text with its placeholders filled in."""
    if not has_placeholders(page.source.body):
        return page.source.body, []  # most pages: the values need not be worked out
    return fill(page.source.body, page_values(site, lang, page.slug, order), page.file,
                page.source.body_line, KNOWN)


def assemble(site: Site, page: Page, lang: Language, order: list[str] | None = None) -> tuple[str, list[Problem]]:
    """The whole Markdown of a page, or the problems that stop it."""
    text, problems = body(site, page, lang, order)
    if problems:
        return text, problems
    parts = []
    if page.slug == HOME_PAGE:
        parts.append(blocks.search_prompt(lang))
    if page.standard:
        parts.append(blocks.standard_header(site, page.standard, lang))
    parts.append(text)
    if page.standard:
        parts.append(results.results_block(site, page.standard, lang))
    parts.append(blocks.help_block(site, lang, page.slug))
    return "\n\n".join(parts) + "\n", []

"""What staff text may contain: placeholders that resolve, no draft markers, no raw HTML that
runs or hides things, no words mixing alphabets, and no standard's target typed by hand.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator

from kb.load.site import Page, Site
from kb.model.page import Unit
from kb.problems import Problem
from kb.render import placeholders
from kb.render.context import OWN_STANDARD
from kb.render.language import Language
from kb.render.numbers import standard_values
from kb.render.page import body
from kb.rules.base import Rule, line_of, matches, text_line
from kb.rules.translations import PERCENT

DRAFT_MARKERS = re.compile(r"\b(TODO|TBD|FIXME|XXX+|lorem ipsum)\b", re.I)
# HTML that would run code, load something from elsewhere, or publish an internal note
UNSAFE_HTML = re.compile(
    r"<!--|<\s*/?\s*(script|iframe|object|embed|form|input|button|style|link|meta|base|svg|math|frame|"
    r"frameset|applet)\b|\son[a-z]+\s*=|javascript\s*:|vbscript\s*:|data\s*:\s*text/html", re.I)
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_OTHER = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0531-\u0587]")  # Greek, Cyrillic, Armenian
_WORD = re.compile(r"\w+")
# front-matter texts rendered with placeholders; the others must be plain text
RENDERED_FIELDS: tuple[tuple[str, ...], ...] = (("promise",), ("metric", "measure"), ("metric", "method"),
                                                ("metric", "source"))
PLAIN_FIELDS: tuple[tuple[str, ...], ...] = (("title",), ("description",))


def no_draft_text(site: Site, today: datetime.date) -> Iterable[Problem]:
    for page, line, marker in matches(site, DRAFT_MARKERS):
        yield Problem(page.file, line, "draft-text", f"draft marker `{marker}` left in the page",
                      "write the final text in place of the whole note (not only the marker); internal notes "
                      "belong in the pull request, not in the page")


def no_unsafe_html(site: Site, today: datetime.date) -> Iterable[Problem]:
    for page, line, found in matches(site, UNSAFE_HTML):
        what = "an HTML comment (it would be published in the page source)" if found.startswith("<!--") \
            else f"`{found.strip()}`"
        yield Problem(page.file, line, "unsafe-html", f"the page contains {what}",
                      "write the text in Markdown; internal notes belong in the pull request, not in the page")


def words_are_in_one_script(site: Site, today: datetime.date) -> Iterable[Problem]:
    """A word mixing alphabets is a look-alike letter typed or pasted by mistake ("konкrétní")."""
    for page in site.pages.values():
        text = page.source.front_text + page.source.body
        for word in _WORD.finditer(text):  # one pass, linear in the length of the text
            if _LATIN.search(word.group(0)) and _OTHER.search(word.group(0)):
                shown = word.group(0) if len(word.group(0)) <= 40 else word.group(0)[:37] + "…"
                yield Problem(page.file, text_line(page, word.start()), "mixed-script",
                              f"the word `{shown}` mixes Latin letters with another alphabet",
                              "retype the word: a letter that looks alike comes from another alphabet")


def placeholders_resolve(site: Site, today: datetime.date) -> Iterable[Problem]:
    if site.labels is None or site.organisation is None:
        return  # the loader reported why; no placeholder can be filled without them
    languages = {code: Language.of(code, site.labels) for code in {p.lang for p in site.pages.values()}}
    for page in site.pages.values():
        yield from body(site, page, languages[page.lang])[1]
        yield from _front_matter_placeholders(page, languages[page.lang])


def _front_matter_placeholders(page: Page, lang: Language) -> Iterator[Problem]:
    if page.meta is None:
        return
    for path in PLAIN_FIELDS:
        value = getattr(page.meta, path[0], None)
        if isinstance(value, str) and placeholders.has_placeholders(value):
            yield Problem(page.file, line_of(page, *path), "placeholder",
                          f"`{path[0]}` cannot contain placeholders", "write the text itself here")
        if isinstance(value, str) and ("<" in value or ">" in value):
            yield Problem(page.file, line_of(page, *path), "unsafe-html", f"`{path[0]}` contains `<` or `>`",
                          "write plain text here; the theme puts it into the page's head as it is")
    for i, keyword in enumerate(page.meta.keywords):
        if placeholders.has_placeholders(keyword):
            yield Problem(page.file, line_of(page, "keywords", i), "placeholder",
                          "keywords cannot contain placeholders", "write the word itself")
    std = page.standard
    if std is None:
        return
    values = standard_values(std, lang)
    for path in RENDERED_FIELDS:
        text = std.promise if path == ("promise",) else getattr(std.metric, path[-1])
        if std.metric.within is None and "within" in placeholders.names(text):
            yield Problem(page.file, line_of(page, *path), "placeholder",
                          "`{{ within }}` names the time limit, but this standard has none",
                          "add `within: {value: 1, unit: working-days}` (your limit) under `metric:` in all four "
                          "languages, or write the text without `{{ within }}`")
            continue
        _, problems = placeholders.fill(text, values, page.file, line_of(page, *path) or 1, OWN_STANDARD)
        yield from problems


def targets_are_not_typed(site: Site, today: datetime.date) -> Iterable[Problem]:
    """A standard's percentage target in running text comes from its front matter, not the keyboard."""
    targets: dict[str, list[str]] = {}
    for lang_page in site.pages.values():
        std = lang_page.standard
        if std and std.metric.target.unit == Unit.PERCENT and lang_page.lang == "cs":
            for value in {std.metric.target.value, *(p.value for p in std.metric.previous_targets)}:
                targets.setdefault(_normal(str(value)), []).append(std.id)
    if not targets:
        return
    for page in site.pages.values():
        for match in PERCENT.finditer(page.source.body):
            ids = targets.get(_normal(match.group(1)))
            if ids:
                names = " or ".join(f"`{{{{ standards.{i.replace('-', '_')}.value }}}}`" for i in ids)
                yield Problem(page.file, page.source.body_offset_line(match.start()), "typed-target",
                              f"`{match.group(0)}` is a standard's target typed by hand",
                              f"write {names} (or `.target` for \"at least …\"), so the text follows the "
                              "standard when its target changes")


def _normal(number: str) -> str:
    value = float(number.replace(",", "."))
    return str(int(value)) if value.is_integer() else str(value)


RULES: list[Rule] = [no_draft_text, no_unsafe_html, words_are_in_one_script, placeholders_resolve,
                     targets_are_not_typed]

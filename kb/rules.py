"""The content rules. Each rule takes the loaded site and yields Problems.

Schema rules (missing fields, unknown keys, types) run while loading, from kb.model;
the rules here are the ones that look across fields, files, registries and languages.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath
from typing import Any

from kb import clock
from kb.content import Page, Site
from kb.datafiles import DATA_DIR
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.model import StandardMeta, same_in_all_languages
from kb.organisation import ORGANISATION_FILE
from kb.owners import OWNERS_FILE
from kb.placeholders import context, fill
from kb.problems import Problem

Rule = Callable[[Site, datetime.date], Iterable[Problem]]
MAX_REVIEW_INTERVAL = "12 months"


def check(site: Site, today: datetime.date | None = None) -> list[Problem]:
    """Every problem in the site: loading problems first, then each rule's."""
    today = today or clock.today()
    problems = list(site.problems)
    for rule in RULES:
        problems.extend(rule(site, today))
    return sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.rule, p.message))


def _standard_pages(site: Site) -> Iterable[tuple[Page, StandardMeta]]:
    for page in site.pages.values():
        if page.standard:
            yield page, page.standard


def _line(page: Page, *path: str) -> int | None:
    return page.source.front.line(path)


def owner_is_registered(site: Site, today: datetime.date) -> Iterable[Problem]:
    registry = f"docs/{DATA_DIR}/{OWNERS_FILE}"
    for page, std in _standard_pages(site):
        if site.owners and std.owner not in site.owners:
            known = ", ".join(sorted(site.owners))
            yield Problem(page.file, _line(page, "owner"), "unknown-owner",
                          f"the owner `{std.owner}` is not in {registry}",
                          f"use one of: {known} — or add the team to {registry}")


def id_matches_file(site: Site, today: datetime.date) -> Iterable[Problem]:
    for page, std in _standard_pages(site):
        stem = PurePosixPath(page.slug).stem
        if std.id != stem:
            yield Problem(page.file, _line(page, "id"), "id-mismatch",
                          f"the id `{std.id}` does not match the file name `{stem}.md`",
                          f"set `id: {stem}`, or rename the file to `{std.id}.md` in all four languages")


def ids_are_unique(site: Site, today: datetime.date) -> Iterable[Problem]:
    by_id: dict[tuple[str, str], list[Page]] = defaultdict(list)
    for page, std in _standard_pages(site):
        by_id[(page.lang, std.id)].append(page)
    for (_, std_id), pages in by_id.items():
        if len(pages) > 1:
            for page in pages:
                others = ", ".join(p.file for p in pages if p is not page)
                yield Problem(page.file, _line(page, "id"), "duplicate-id",
                              f"the id `{std_id}` is also used by {others}",
                              "give each standard its own id, equal to its file name")


def review_not_overdue(site: Site, today: datetime.date) -> Iterable[Problem]:
    for page, std in _standard_pages(site):
        if std.review < today:
            owner = site.owners.get(std.owner)
            who = f" ({owner.email})" if owner else ""
            yield Problem(page.file, _line(page, "review"), "review-overdue",
                          f"the review date {std.review.isoformat()} has passed",
                          f"ask the owner `{std.owner}`{who} to review the standard; update its text "
                          f"and target if needed, then set `review:` to the next review date (at most "
                          f"{MAX_REVIEW_INTERVAL} ahead) in all four languages")


def every_language_has_the_page(site: Site, today: datetime.date) -> Iterable[Problem]:
    for slug in site.slugs():
        present = [lang for lang in LANGUAGES if site.page(lang, slug)]
        missing = [lang for lang in LANGUAGES if lang not in present]
        if missing:
            source = site.page(DEFAULT_LANGUAGE, slug) or site.page(present[0], slug)
            assert source is not None
            targets = ", ".join(f"docs/{lang}/{slug}" for lang in missing)
            yield Problem(source.file, None, "missing-translation",
                          f"this page exists in {', '.join(present)} but not in {', '.join(missing)}",
                          f"create {targets} (copy {source.file} and translate it), "
                          f"or delete the page in every language")


def facts_are_the_same_in_every_language(site: Site, today: datetime.date) -> Iterable[Problem]:
    paths = same_in_all_languages(StandardMeta)
    for slug in site.slugs():
        pages = [p for lang in LANGUAGES if (p := site.page(lang, slug)) and p.standard]
        for path in paths:
            values = {p.lang: _get(p.standard, path) for p in pages}
            if len(set(map(repr, values.values()))) > 1:
                listing = ", ".join(f"{lang}: {_show(v)}" for lang, v in values.items())
                reference = values.get(DEFAULT_LANGUAGE)
                for page in pages:
                    if repr(values[page.lang]) != repr(reference):
                        yield Problem(page.file, _line(page, *path), "differs-between-languages",
                                      f"`{'.'.join(path)}` differs between languages ({listing})",
                                      "owners, numbers and dates are facts: make this field the same in "
                                      "all four languages (the Czech page is the reference)")


def channel_standards_exist(site: Site, today: datetime.date) -> Iterable[Problem]:
    if site.organisation is None:
        return
    known = {s.id for s in site.standards(DEFAULT_LANGUAGE)}
    file = f"docs/{DATA_DIR}/{ORGANISATION_FILE}"
    for channel in site.organisation.channels:
        if channel.standard and channel.standard not in known:
            yield Problem(file, None, "unknown-standard",
                          f"channel `{channel.id}` refers to the standard `{channel.standard}`, which does not exist",
                          f"use one of: {', '.join(sorted(known))}")


def placeholders_resolve(site: Site, today: datetime.date) -> Iterable[Problem]:
    if site.labels is None or site.organisation is None:
        return  # the loader reported why; blocks cannot be rendered without them
    for page in site.pages.values():
        yield from fill(page, page.source.body, context(site, page.lang, page.slug))[1]


DRAFT_MARKERS = re.compile(r"\b(TODO|TBD|FIXME|XXX+|lorem ipsum)\b", re.I)
_LIST_MARKER = re.compile(r"^\s*\d+\.\s", re.M)
_HEADING_ID = re.compile(r"^#{1,6} .*\{#([A-Za-z0-9_-]+)\}\s*$", re.M)


def _matches(site: Site, pattern: re.Pattern[str]) -> Iterable[tuple[Page, int, str]]:
    """Each match of `pattern` in the front matter and body of every page, with its line."""
    for page in site.pages.values():
        for match in pattern.finditer(page.source.front_text + page.source.body):
            yield page, _text_line(page, match.start()), match.group(0)


def no_draft_text(site: Site, today: datetime.date) -> Iterable[Problem]:
    for page, line, marker in _matches(site, DRAFT_MARKERS):
        yield Problem(page.file, line, "draft-text", f"draft marker `{marker}` left in the page",
                      "write the final text, or remove the marker")


_LATIN = "A-Za-z\u00c0-\u024f"
_OTHER = "\u0370-\u03ff\u0400-\u04ff\u0531-\u0587"  # Greek, Cyrillic, Armenian
# one pass per page: a word with a Latin and a Greek, Cyrillic or Armenian letter
_MIXED_WORD = re.compile(rf"\w*(?:[{_LATIN}]\w*[{_OTHER}]|[{_OTHER}]\w*[{_LATIN}])\w*")


def words_are_in_one_script(site: Site, today: datetime.date) -> Iterable[Problem]:
    """A word mixing alphabets is a look-alike letter typed or pasted by mistake ("konкrétní")."""
    for page, line, word in _matches(site, _MIXED_WORD):
        yield Problem(page.file, line, "mixed-script", f"the word `{word}` mixes Latin letters with another alphabet",
                      "retype the word: a letter that looks alike comes from another alphabet")


def numbers_match_across_languages(site: Site, today: datetime.date) -> Iterable[Problem]:
    for slug in site.slugs():
        reference = site.page(DEFAULT_LANGUAGE, slug)
        if reference is None or reference.meta is None:
            continue
        expected = _numbers(reference)
        for lang in LANGUAGES[1:]:
            page = site.page(lang, slug)
            if page is None or page.meta is None:
                continue
            found = _numbers(page)
            if found != expected:
                missing, extra = sorted(expected - found, key=int), sorted(found - expected, key=int)
                parts = [f"missing {', '.join(missing)}" if missing else "",
                         f"extra {', '.join(extra)}" if extra else ""]
                yield Problem(page.file, None, "numbers-differ",
                              f"the numbers in this page differ from {reference.file}: "
                              + "; ".join(p for p in parts if p),
                              "write the same numbers (in digits) as the Czech page; facts such as "
                              "days, hours and targets must not drift between languages")


def heading_ids_match_across_languages(site: Site, today: datetime.date) -> Iterable[Problem]:
    for slug in site.slugs():
        reference = site.page(DEFAULT_LANGUAGE, slug)
        if reference is None:
            continue
        expected = _HEADING_ID.findall(reference.source.body)
        for lang in LANGUAGES[1:]:
            page = site.page(lang, slug)
            if page is None:
                continue
            found = _HEADING_ID.findall(page.source.body)
            if found != expected:
                missing = [i for i in expected if i not in found]
                extra = [i for i in found if i not in expected]
                detail = (f"missing {{#{'}, {#'.join(missing)}}}" if missing else "") + \
                         (f" extra {{#{'}, {#'.join(extra)}}}" if extra else "") or "order differs"
                yield Problem(page.file, None, "heading-ids-differ",
                              f"the heading ids differ from {reference.file}: {detail.strip()}",
                              "deep links must work in every language: give the headings the same "
                              "`{#id}` in the same order as the Czech page")


def _numbers(page: Page) -> set[str]:
    """Numbers in the page's translated text: body and front-matter texts, not the facts."""
    texts = [_LIST_MARKER.sub("", page.source.body)]
    texts += _translated_strings(page.meta.model_dump(mode="json") if page.meta else {},
                                 set(same_in_all_languages(type(page.meta))) if page.meta else set())
    return {n.lstrip("0") or "0" for text in texts for n in re.findall(r"\d+", text)}


def _translated_strings(data: Any, same: set[tuple[str, ...]], path: tuple[str, ...] = ()) -> list[str]:
    if path in same:
        return []
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in _translated_strings(v, same, path + (k,))]
    if isinstance(data, list):
        return [s for v in data for s in _translated_strings(v, same, path)]
    return []


def _text_line(page: Page, offset: int) -> int:
    """Line in the file of an offset into front_text + body."""
    front = page.source.front_text
    if offset < len(front):
        return 2 + front[:offset].count("\n")
    return page.source.body_line + page.source.body[: offset - len(front)].count("\n")


def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        obj = getattr(obj, part)
    return obj


def _show(value: Any) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(getattr(value, "value", value))


RULES: list[Rule] = [
    owner_is_registered,
    id_matches_file,
    ids_are_unique,
    review_not_overdue,
    every_language_has_the_page,
    facts_are_the_same_in_every_language,
    channel_standards_exist,
    placeholders_resolve,
    no_draft_text,
    words_are_in_one_script,
    numbers_match_across_languages,
    heading_ids_match_across_languages,
]

"""Rules about service standards: owners, ids, review dates, facts shared by every language."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from pathlib import PurePosixPath

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.load.datafiles import OWNERS_FILE
from kb.load.site import Page, Site
from kb.model.page import Direction, StandardMeta
from kb.model.schema import same_in_all_languages
from kb.problems import Problem, Severity
from kb.rules.base import Rule, add_months, get, line_of, show, standard_pages

REVIEW_MONTHS = 12  # CONTRIBUTING: a review date at most 12 months ahead


def owner_is_registered(site: Site, today: datetime.date) -> Iterable[Problem]:
    registry = site.data_file(OWNERS_FILE)
    for page, std in standard_pages(site):
        if site.owners and std.owner not in site.owners:
            known = ", ".join(sorted(site.owners))
            yield Problem(page.file, line_of(page, "owner"), "unknown-owner",
                          f"the owner `{std.owner}` is not in {registry}",
                          f"use one of: {known} — or add the team to {registry}")


def id_matches_file(site: Site, today: datetime.date) -> Iterable[Problem]:
    for page, std in standard_pages(site):
        stem = PurePosixPath(page.slug).stem
        if std.id != stem:
            yield Problem(page.file, line_of(page, "id"), "id-mismatch",
                          f"the id `{std.id}` does not match the file name `{stem}.md`",
                          f"set `id: {stem}`, or rename the file to `{std.id}.md` in all four languages")


def ids_are_unique(site: Site, today: datetime.date) -> Iterable[Problem]:
    by_id: dict[tuple[str, str], list[Page]] = defaultdict(list)
    for page, std in standard_pages(site):
        by_id[(page.lang, std.id)].append(page)
    for (_, std_id), pages in by_id.items():
        if len(pages) > 1:
            for page in pages:
                others = ", ".join(p.file for p in pages if p is not page)
                yield Problem(page.file, line_of(page, "id"), "duplicate-id",
                              f"the id `{std_id}` is also used by {others}",
                              "give each standard its own id, equal to its file name")


def review_is_due(site: Site, today: datetime.date) -> Iterable[Problem]:
    """A passed review date is a reminder: the page stays online, the owner is told."""
    for page, std in standard_pages(site):
        if std.review < today and page.lang == DEFAULT_LANGUAGE:
            owner = site.owners.get(std.owner)
            who = f" ({owner.email})" if owner else ""
            yield Problem(page.file, line_of(page, "review"), "review-overdue",
                          f"the review date {std.review.isoformat()} has passed",
                          f"ask the owner `{std.owner}`{who} to review the standard; update its text and target "  # noqa: S608
                          f"if needed, then set `review:` to the next review date (at most {REVIEW_MONTHS} "
                          "months ahead) in all four languages", Severity.REMINDER, std.owner)


def review_is_near_enough(site: Site, today: datetime.date) -> Iterable[Problem]:
    latest = add_months(today, REVIEW_MONTHS)
    for page, std in standard_pages(site):
        if std.review > latest:
            yield Problem(page.file, line_of(page, "review"), "review-too-far",
                          f"the review date {std.review.isoformat()} is more than {REVIEW_MONTHS} months ahead",
                          f"set `review:` to {latest.isoformat()} or earlier, in all four languages")


def targets_promise_something(site: Site, today: datetime.date) -> Iterable[Problem]:
    """"At least 0 %" is what the new-standard form writes until someone chooses a target."""
    for page, std in standard_pages(site):
        target = std.metric.target
        if target.direction == Direction.AT_LEAST and target.value <= 0:
            yield Problem(page.file, line_of(page, "metric", "target", "value"), "bad-value",
                          f"the target is at least {target.value}: it promises nothing",
                          "set `value:` to the target the standard promises, e.g. `95` for 95 %")


def facts_are_the_same_in_every_language(site: Site, today: datetime.date) -> Iterable[Problem]:
    paths = same_in_all_languages(StandardMeta)
    for slug in site.slugs():
        pages = [p for lang in LANGUAGES if (p := site.page(lang, slug)) and p.standard]
        for path in paths:
            values = {p.lang: get(p.standard, path) for p in pages}
            if len(set(map(repr, values.values()))) <= 1:
                continue
            listing = ", ".join(f"{lang}: {show(v)}" for lang, v in values.items())
            reference = values.get(DEFAULT_LANGUAGE)
            for page in pages:
                if repr(values[page.lang]) != repr(reference):
                    yield Problem(page.file, line_of(page, *path), "differs-between-languages",
                                  f"`{'.'.join(path)}` differs between languages ({listing})",
                                  "owners, numbers and dates are facts: make this field the same in all four "
                                  "languages (the Czech page is the reference)")


RULES: list[Rule] = [owner_is_registered, id_matches_file, ids_are_unique, review_is_due, review_is_near_enough,
                     targets_promise_something, facts_are_the_same_in_every_language]

"""Rules across the four languages of a page: every page exists in every language, linkable
headings carry the same ids, and the same numbers stand in the same sections.

Numbers are compared per section (the text between two headings with an explicit `{#id}`),
as a multiset: changing the German appeal deadline from 30 to 10 days fails even when 10
appears elsewhere on the page. A number written as a word next to a unit ("fünf Tage") is
reported, because it would escape that comparison.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.load.site import Page, Site
from kb.model.schema import same_in_all_languages
from kb.problems import Problem, Severity
from kb.rules.base import Rule
from kb.version import recorded_line, version

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$", re.M)
HEADING_ID = re.compile(r"\{#([^}\s]*)[^}]*\}\s*$")
VALID_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_LIST_MARKER = re.compile(r"^\s*\d+\.\s", re.M)
# what is not running text: link targets, placeholders, heading ids, HTML tags, code
_NOT_TEXT = re.compile(r"\]\([^)]*\)|\{\{.*?\}\}|\{#[^}]*\}|<[^>]+>|`[^`]*`")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|procent|Prozent|տոկոս)", re.I)


@dataclass(frozen=True)
class Section:
    id: str  # the heading id, or "" for the text before the first heading with an id
    line: int  # line of the heading (or of the body's start) in the file
    numbers: Counter[str]
    start: int = 0  # offset of the section in the body


def every_language_has_the_page(site: Site, today: datetime.date) -> Iterable[Problem]:
    for slug in site.slugs():
        present = [lang for lang in LANGUAGES if site.page(lang, slug)]
        missing = [lang for lang in LANGUAGES if lang not in present]
        if missing:
            source = site.page(DEFAULT_LANGUAGE, slug) or site.page(present[0], slug)
            if source is None:
                continue
            targets = ", ".join(f"{site.docs}/{lang}/{slug}" for lang in missing)
            yield Problem(source.file, 1, "missing-translation",
                          f"this page exists in {', '.join(present)} but not in {', '.join(missing)}",
                          f"create {targets} (copy {source.file} and translate it), or delete the page in every "
                          "language")


def heading_ids_are_valid(site: Site, today: datetime.date) -> Iterable[Problem]:
    """Ids are the link addresses staff paste into replies: lower-case ASCII, once per page."""
    for page in site.pages.values():
        seen: dict[str, int] = {}
        for heading_id, line in heading_ids(page):
            if not VALID_ID.fullmatch(heading_id):
                yield Problem(page.file, line, "bad-heading-id", f"the heading id `{{#{heading_id}}}` is not a "
                              "lower-case English word or words joined by hyphens",
                              "use an id such as `{#refund-time}`: letters a-z, digits and hyphens, the same in "
                              "all four languages")
            elif heading_id in seen:
                yield Problem(page.file, line, "duplicate-heading-id", f"the heading id `{{#{heading_id}}}` is "
                              f"already used on line {seen[heading_id]}", "give each heading its own id")
            seen.setdefault(heading_id, line)


def section_keywords_name_sections(site: Site, today: datetime.date) -> Iterable[Problem]:
    for page in site.pages.values():
        if page.meta is None:
            continue
        ids = {i for i, _ in heading_ids(page)}
        for key in page.meta.section_keywords:
            if key not in ids:
                yield Problem(page.file, page.source.front.line(("section_keywords", key)), "unknown-section",
                              f"`section_keywords` names `{key}`, which is not a heading id of this page",
                              f"use one of: {', '.join(sorted(ids)) or 'no heading has an id yet'}")


def heading_ids_match_across_languages(site: Site, today: datetime.date) -> Iterable[Problem]:
    for slug in site.slugs():
        reference = site.page(DEFAULT_LANGUAGE, slug)
        if reference is None:
            continue
        expected = [i for i, _ in heading_ids(reference)]
        for lang in LANGUAGES[1:]:
            page = site.page(lang, slug)
            if page is None:
                continue
            found = [i for i, _ in heading_ids(page)]
            if found == expected:
                continue
            missing = [i for i in expected if i not in found]
            extra = [i for i in found if i not in expected]
            detail = " ".join(filter(None, [
                f"missing {', '.join('{#' + i + '}' for i in missing)}" if missing else "",
                f"extra {', '.join('{#' + i + '}' for i in extra)}" if extra else ""])) or "the order differs"
            line = next((n for i, n in heading_ids(page) if i in extra), None)
            yield Problem(page.file, line, "heading-ids-differ",
                          f"the heading ids differ from {reference.file}: {detail}",
                          "deep links must work in every language: give the headings the same `{#id}` in the "
                          "same order as the Czech page")


def numbers_match_per_section(site: Site, today: datetime.date) -> Iterable[Problem]:
    typed = typed_target_values(site)
    for slug in site.slugs():
        reference = site.page(DEFAULT_LANGUAGE, slug)
        if reference is None or reference.meta is None:
            continue
        expected = {s.id: s for s in sections(reference, typed)}
        for lang in LANGUAGES[1:]:
            page = site.page(lang, slug)
            if page is None or page.meta is None:
                continue
            found = {s.id: s for s in sections(page, typed)}
            if set(found) != set(expected):
                continue  # heading-ids-differ says what to fix first
            for section_id, section in found.items():
                yield from _compare(page, reference, section, expected[section_id])


def _compare(page: Page, reference: Page, section: Section, wanted: Section) -> Iterator[Problem]:
    if section.numbers == wanted.numbers:
        return
    missing = sorted((wanted.numbers - section.numbers).elements(), key=_order)
    extra = sorted((section.numbers - wanted.numbers).elements(), key=_order)
    where = f"section `{{#{section.id}}}`" if section.id else "the text before the first heading with an id"
    if section.id == "front matter":
        where = "the front matter"
    parts = [f"missing {', '.join(missing)}" if missing else "", f"extra {', '.join(extra)}" if extra else ""]
    line = _line_of_number(page, section, extra[0]) if extra else section.line
    yield Problem(page.file, line, "numbers-differ",
                  f"the numbers in {where} differ from {reference.file}: " + "; ".join(p for p in parts if p),
                  "write the same numbers (in digits) as the Czech page in this section; facts such as days, "
                  "hours and deadlines must not drift between languages")


def numbers_are_digits(site: Site, today: datetime.date) -> Iterable[Problem]:
    for page in site.pages.values():
        pattern = NUMBER_WORDS.get(page.lang)
        if pattern is None:
            continue
        for match in pattern.finditer(page.source.body):
            line = page.source.body_offset_line(match.start())
            yield Problem(page.file, line, "number-as-word",
                          f"`{match.group(0)}`: a number written as a word",
                          "write the number in digits, as the other languages do, so the build can compare it")


def heading_ids(page: Page) -> list[tuple[str, int]]:
    """The explicit `{#id}` of each heading, with its line in the file."""
    found = []
    for heading in HEADING.finditer(_without_code(page.source.body)):
        explicit = HEADING_ID.search(heading.group(2))
        if explicit:
            found.append((explicit.group(1), page.source.body_offset_line(heading.start())))
    return found


def sections(page: Page, typed: frozenset[str] = frozenset()) -> list[Section]:
    """The page cut at each heading with an explicit id, with the numbers of each part.

    Numbers in `typed` written as a percentage ("95 %") are left out: a target typed by hand is
    reported once, by its own rule, not again as a difference in every other language."""
    body = _without_code(page.source.body)
    cuts = [(0, "", page.source.body_line)]
    for heading in HEADING.finditer(body):
        explicit = HEADING_ID.search(heading.group(2))
        if explicit:
            cuts.append((heading.start(), explicit.group(1), page.source.body_offset_line(heading.start())))
    result = []
    for (start, section_id, line), end in zip(cuts, [*(c[0] for c in cuts[1:]), len(body)], strict=True):
        result.append(Section(section_id, line, _numbers(body[start:end], typed), start))
    if page.meta is not None:
        texts = _translated_strings(page.meta.model_dump(mode="json"), set(same_in_all_languages(type(page.meta))))
        result.append(Section("front matter", 2, _numbers(" ".join(texts)), -1))
    return result


def _numbers(text: str, typed: frozenset[str] = frozenset()) -> Counter[str]:
    text = _NOT_TEXT.sub(" ", _LIST_MARKER.sub("", text))
    if typed:
        text = PERCENT.sub(lambda m: " " if _normal(m.group(1)) in typed else m.group(0), text)
    return Counter(_normal(n) for n in _NUMBER.findall(text))


def _line_of_number(page: Page, section: Section, number: str) -> int:
    """The line of the first occurrence of `number` in a section (else the section's heading)."""
    if section.start < 0:
        return section.line
    body = _without_code(page.source.body)
    for match in _NUMBER.finditer(body, section.start):
        if _normal(match.group(0)) == number:
            return page.source.body_offset_line(match.start())
    return section.line


def typed_target_values(site: Site) -> frozenset[str]:
    """Every percentage a standard's target takes: typed in a page, it is reported as typed-target."""
    values = {_normal(str(v)) for page in site.pages.values() if (std := page.standard)
              for v in (std.metric.target.value, *(p.value for p in std.metric.previous_targets))}
    return frozenset(values)


def _normal(number: str) -> str:
    whole, _, fraction = number.replace(",", ".").partition(".")
    whole = whole.lstrip("0") or "0"
    return f"{whole}.{fraction}" if fraction else whole


def _order(number: str) -> tuple[float, str]:
    return (float(number), number)


def _translated_strings(data: object, same: set[tuple[str, ...]], path: tuple[str, ...] = ()) -> list[str]:
    if path in same or path[-1:] == ("translated_from",):
        return []
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in _translated_strings(v, same, (*path, k))]
    if isinstance(data, list):
        return [s for v in data for s in _translated_strings(v, same, path)]
    return []


def _without_code(text: str) -> str:
    """Fenced code blocks blanked out (same length), so their lines cannot look like headings."""
    return re.sub(r"^(```|~~~).*?^\1", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.M | re.S)


# A number written as a word, followed (perhaps after one more word) by a unit of time or a share.
# "one" is left out: it is the indefinite article in German and a pronoun elsewhere.
_WORDS = {
    "cs": ("jednoho|jedné|jednom|dva|dvě|dvou|dvěma|tři|tří|třech|třemi|čtyři|čtyř|čtyřech|"
           "pět|pěti|šest|šesti|sedm|sedmi|osm|osmi|devět|devíti|deset|deseti|jedenáct|jedenácti|dvanáct|dvanácti|čtrnáct|čtrnácti|patnáct|patnácti|"
           "dvacet|dvaceti|třicet|třiceti",
           r"(?:pracovní\w*\s+)?(?:dn[ůyíe]\w*|den|hodin\w*|minut\w*|sekund\w*|týdn\w*|týden|měsíc\w*|rok\w*|let|"
           r"procent\w*)"),
    "de": ("zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|fünfzehn|zwanzig|dreißig",
           r"(?:Arbeitstag\w*|Werktag\w*|Kalendertag\w*|Tag\w*|Stunde\w*|Minute\w*|Sekunde\w*|Woche\w*|Monat\w*|"
           r"Jahr\w*|Prozent)"),
    "pl": ("jednego|jednej|dwa|dwie|dwóch|dwu|trzy|trzech|cztery|czterech|pięć|pięciu|sześć|sześciu|"
           "siedem|siedmiu|osiem|ośmiu|dziewięć|dziewięciu|dziesięć|dziesięciu|czternaście|czternastu|piętnaście|piętnastu|dwadzieścia|"
           "dwudziestu|trzydzieści|trzydziestu",
           r"(?:dni\w*|dzie[ńn]\w*|godzin\w*|minut\w*|sekund\w*|tygod\w*|miesi\w*|lat|rok\w*|procent\w*)"),
    "hy": ("մեկ|երկու|երեք|չորս|հինգ|վեց|յոթ|ութ|ինը|տասը|տասնչորս|տասնհինգ|քսան|երեսուն",
           r"(?:աշխատանքային\s+)?(?:օր\w*|ժամ\w*|րոպե\w*|վայրկյան\w*|շաբաթ\w*|ամս\w*|ամիս\w*|տարի\w*|տոկոս\w*)"),
}
NUMBER_WORDS = {lang: re.compile(rf"(?<!\w)(?:{words})\s+(?:\w+\s+)?{units}(?!\w)", re.I)
                for lang, (words, units) in _WORDS.items()}


def translations_follow_the_czech_page(site: Site, today: datetime.date) -> Iterable[Problem]:
    """A translation records the version of the Czech page it follows (`translated_from:`); when the Czech
    page changes, each translation gets a reminder with the line to write once it is brought up to date."""
    for slug in site.slugs():
        source = site.page(DEFAULT_LANGUAGE, slug)
        if source is None:
            continue
        current = version(site.root / source.file)
        for lang in LANGUAGES[1:]:
            page = site.page(lang, slug)
            if page is None or page.meta is None:
                continue
            recorded = page.meta.translated_from
            if recorded is None or not (current.startswith(recorded) or recorded.startswith(current)):
                problem = (f"the Czech page {source.file} changed since this translation was made" if recorded
                           else "this translation does not say which version of the Czech page it follows")
                yield Problem(page.file, page.source.front.line(("translated_from",)) or 2, "translation-outdated",
                              problem,
                              f"bring the text up to date with {source.file}, then "
                              + (f"set `{recorded_line(current)}` in the front matter" if recorded else
                                 f"add the line `{recorded_line(current)}` after the first `---`"),
                              Severity.REMINDER)


RULES: list[Rule] = [every_language_has_the_page, translations_follow_the_czech_page, heading_ids_are_valid,
                     section_keywords_name_sections, heading_ids_match_across_languages,
                     numbers_match_per_section, numbers_are_digits]

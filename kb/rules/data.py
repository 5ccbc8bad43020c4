"""Rules about the registries in docs/_data/ and mkdocs.yml, checked against each other and
against what pages and labels need."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

from babel import Locale

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.load.config import SiteConfig, load_config
from kb.load.datafiles import LABELS_FILE, ORGANISATION_FILE, SEARCH_FILE
from kb.load.site import FAQ_PAGE, Site
from kb.model.base import LocalText, StrictModel
from kb.model.labels import LocalPlural, variables_of
from kb.problems import Problem
from kb.render import placeholders
from kb.rules.base import Rule
from kb.rules.text import UNSAFE_HTML
from kb.rules.translations import heading_ids


def channel_standards_exist(site: Site, today: datetime.date) -> Iterable[Problem]:
    if site.organisation is None:
        return
    known = {s.id for s in site.standards(DEFAULT_LANGUAGE)} | site.unreadable_standards()
    file = site.data_file(ORGANISATION_FILE)
    for i, channel in enumerate(site.organisation.channels):
        if channel.standard and channel.standard not in known:
            yield Problem(file, site.data_line(ORGANISATION_FILE, "channels", i, "standard"), "unknown-standard",
                          f"channel `{channel.id}` refers to the standard `{channel.standard}`, which does not exist",
                          f"use one of: {', '.join(sorted(known))}")


def channel_languages_are_known(site: Site, today: datetime.date) -> Iterable[Problem]:
    if site.organisation is None:
        return
    names = Locale.parse(DEFAULT_LANGUAGE).languages
    for i, channel in enumerate(site.organisation.channels):
        for j, code in enumerate(channel.languages):
            if code not in names:
                yield Problem(site.data_file(ORGANISATION_FILE),
                              site.data_line(ORGANISATION_FILE, "channels", i, "languages", j), "bad-value",
                              f"`{code}` is not a language code", "use ISO 639-1 codes such as cs, de, pl, hy, en")


def labels_are_well_formed(site: Site, today: datetime.date) -> Iterable[Problem]:
    """Every label uses only its own placeholders, no HTML; counted texts show their number."""
    if site.labels is None:
        return
    file = site.data_file(LABELS_FILE)
    yield from _theme_problems(site, file)
    for section_name, section in site.labels:
        if not isinstance(section, StrictModel):
            continue
        for key, value in section:
            path = (section_name, key)
            if isinstance(value, LocalText):
                yield from _label_problems(site, file, path, value, variables_of(type(section), key))
            elif isinstance(value, LocalPlural):
                for lang, forms in value.root.items():
                    for form, text in forms:
                        if text is not None:  # a count may say "never" or "once" in words; a quantity not
                            spelled = section_name == "counts" and form in ("zero", "one")
                            yield from _text_problems(site, file, (*path, lang, form), text, ["n"],
                                                      needs=[] if spelled else ["n"])


def _theme_problems(site: Site, file: str) -> Iterator[Problem]:
    """Material puts its strings into attributes as they are: no quote or markup may be in them."""
    if site.labels is None:
        return
    for key, text in site.labels.theme.items():
        for lang in LANGUAGES:
            value = text.get(lang)
            if value and any(c in value for c in '<>"'):
                yield Problem(file, site.data_line(LABELS_FILE, "theme", key, lang), "unsafe-html",
                              f"`theme.{key}.{lang}` contains `<`, `>` or `\"`", "write plain text without them")


def _label_problems(site: Site, file: str, path: tuple[str, ...], text: LocalText,
                    allowed: list[str]) -> Iterator[Problem]:
    for lang in LANGUAGES:
        yield from _text_problems(site, file, (*path, lang), text(lang), allowed)


def _text_problems(site: Site, file: str, path: tuple[str, ...], text: str, allowed: list[str],
                   needs: list[str] | None = None) -> Iterator[Problem]:
    line = site.data_line(LABELS_FILE, *path)
    shown = ".".join(path)
    for refusal in placeholders.refusals(text):
        yield Problem(file, line, "placeholder", f"`{shown}`: {refusal.message}",
                      f"use only {', '.join('{{ ' + a + ' }}' for a in allowed) or 'no placeholders'} here")
    used = placeholders.names(text)
    for name in sorted(used - set(allowed)):
        yield Problem(file, line, "placeholder", f"`{shown}` uses the unknown placeholder `{{{{ {name} }}}}`",
                      f"use only {', '.join('{{ ' + a + ' }}' for a in allowed) or 'no placeholders'} here")
    for name in needs or []:
        if name not in used:
            yield Problem(file, line, "placeholder", f"`{shown}` does not show the number (`{{{{ {name} }}}}`)",
                          f"write `{{{{ {name} }}}}` where the number goes, e.g. \"{{{{ {name} }}}} %\"")
    if UNSAFE_HTML.search(text) or "<" in text:
        yield Problem(file, line, "unsafe-html", f"`{shown}` contains HTML", "write plain text or Markdown")


def config_matches_content(site: Site, today: datetime.date) -> Iterable[Problem]:
    """mkdocs.yml lists the site's languages and every page in its navigation."""
    config, problems = load_config(site.root / "mkdocs.yml", site.root)
    yield from problems
    if config is None:
        return
    yield from _languages(config)
    yield from _navigation(site, config)


def _languages(config: SiteConfig) -> Iterator[Problem]:
    if sorted(config.languages) != sorted(LANGUAGES) or config.default != DEFAULT_LANGUAGE:
        yield Problem(config.file, None, "languages-differ",
                      f"plugins.i18n.languages lists {config.languages} with default {config.default}; the site's "
                      f"languages are {list(LANGUAGES)} with default {DEFAULT_LANGUAGE} (kb/languages.py)",
                      "make the two agree")


def _navigation(site: Site, config: SiteConfig) -> Iterator[Problem]:
    if not config.nav:
        return
    pages = {slug for lang, slug in site.pages if lang == DEFAULT_LANGUAGE}
    for slug in sorted(pages - set(config.nav)):
        page = site.page(DEFAULT_LANGUAGE, slug)
        yield Problem(page.file if page else slug, 1, "not-in-navigation",
                      f"the page `{slug}` is not in the navigation",
                      f"add `- {slug}` under `nav:` in {config.file}, where readers should find it")
    for slug in config.nav:
        if slug not in pages:
            yield Problem(config.file, config.nav_lines.get(slug), "navigation-page-missing",
                          f"the navigation lists `{slug}`, which is not a page in docs/{DEFAULT_LANGUAGE}/",
                          "remove the line, or create the page in all four languages")


def most_asked_are_faq_questions(site: Site, today: datetime.date) -> Iterable[Problem]:
    """The search box links the most asked questions by heading id; each must be a question of the
    FAQ (the ids are the same in every language: heading_ids_match_across_languages)."""
    faq = site.page(DEFAULT_LANGUAGE, FAQ_PAGE)
    if faq is None or not site.search.most_asked:
        return
    questions = [i for i, _ in heading_ids(faq)]
    for n, question in enumerate(site.search.most_asked):
        if question not in questions:
            yield Problem(site.data_file(SEARCH_FILE), site.data_line(SEARCH_FILE, "most_asked", n), "unknown-section",
                          f"`most_asked` names `{question}`, which is not a question of {faq.file}",
                          f"use the heading id of a question (the part in {{#…}}): {', '.join(questions)}")


RULES: list[Rule] = [channel_standards_exist, channel_languages_are_known, labels_are_well_formed,
                     config_matches_content, most_asked_are_faq_questions]

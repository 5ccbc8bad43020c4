"""MkDocs adapter for the `kb` package: check the content, then render its blocks.

mkdocs-static-i18n runs the whole build once per language. The content is checked once,
over every language, before anything is written: a broken page stops the build with every
problem listed. Problems that only the calendar causes (a review date passed, a result not
yet entered) are reminders: logged, never fatal, so that an urgent fix can always be published.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import preview
import static_i18n
from build_state import STATE
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kb.languages import LANGUAGES
from kb.load.history import git_root, last_changes
from kb.load.site import FAQ_PAGE, is_standard_slug, load_site, standard_id
from kb.output import faq, seo, skip_link
from kb.problems import errors, format_report, reminders
from kb.render import blocks
from kb.render.language import Language
from kb.render.page import assemble
from kb.render.typography import typeset_html
from kb.rules import check

# outside the "mkdocs." loggers: a reminder is worth a warning, but must not fail --strict
log = logging.getLogger("kb")


@event_priority(static_i18n.AFTER)  # i18n's on_config switches the language first
def on_config(config: MkDocsConfig) -> None:
    i18n = static_i18n.I18n(config)
    if i18n.in_another_language_pass:
        _localise(config, i18n.language)
        return
    STATE.reset()
    root = Path(config.config_file_path).parent
    site = load_site(Path(config.docs_dir), root=root)
    problems = check(site)
    if errors(problems) and STATE.serving:  # the preview shows them in the page: a stuck tab helps nobody
        STATE.preview_problems = errors(problems)
        log.error(format_report(errors(problems), "; the preview shows them instead of the pages"))
        return
    if errors(problems):
        raise PluginError(format_report(errors(problems), "; the site was not built"))
    for problem in reminders(problems):
        log.warning(f"reminder (the site is still built): {problem}")
    labels, _ = site.require()
    site.directory_urls = config.use_directory_urls
    STATE.site = site
    STATE.languages = {lang: Language.of(lang, labels) for lang in LANGUAGES}
    repository = git_root(root)
    STATE.last_changes = last_changes(repository, _relative(Path(config.docs_dir), repository)) if repository else {}
    config.extra["kb_language_offers"] = {code: {"text": lang.text("language_suggestion"),
                                                 "close": lang.text("language_suggestion_close")}
                                          for code, lang in STATE.languages.items()}
    _localise(config, i18n.language)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    STATE.standards_order = [standard_id(s) for p in nav.pages if is_standard_slug(s := static_i18n.page_slug(p))]


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if STATE.preview_problems:
        return preview.problems_page(STATE.preview_problems)
    site = STATE.require_site()
    lang = _language(config)
    kb_page = site.page(lang.code, static_i18n.page_slug(page))
    if kb_page is None:
        return markdown
    page.meta["kb_last_updated"] = _last_updated(kb_page.file, lang)
    text, problems = assemble(site, kb_page, lang, STATE.standards_order)
    if problems:  # checked in on_config already; a page changed while serving
        raise PluginError(format_report(problems, "; the site was not built"))
    return text


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if STATE.preview_problems:
        return html
    lang = _language(config)
    if static_i18n.page_slug(page) == FAQ_PAGE:
        page.meta["kb_json_ld"] = faq.script(faq.faq_page(html, lang.code))
    return html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if not STATE.preview_problems:  # the whole page: title, navigation and headings too
        output = typeset_html(skip_link.to_article(output), _language(config).code)
    return seo.hreflang_links(output, page.canonical_url) if page.canonical_url else output


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    if template_name == "404.html" and STATE.site is not None and not STATE.preview_problems:
        context["kb_not_found"] = blocks.not_found(STATE.site, STATE.languages,
                                                   urlsplit(config.site_url or "/").path or "/")
    return context


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # i18n writes 404.html again in every language pass; GitHub Pages serves the root one for every
    # path, so it must be the default language's (menus, search and `lang`), chosen again by path in JS
    if template_name == "404.html" and not static_i18n.I18n(config).in_another_language_pass:
        STATE.not_found_page = typeset_html(output_content, _language(config).code)
    return output_content


@event_priority(static_i18n.AFTER_EVERY_LANGUAGE)
def on_post_build(config: MkDocsConfig) -> None:
    if STATE.not_found_page and not static_i18n.I18n(config).in_another_language_pass:
        (Path(config.site_dir) / "404.html").write_text(STATE.not_found_page, encoding="utf-8")


def _language(config: MkDocsConfig) -> Language:
    return STATE.languages[static_i18n.I18n(config).language]


def _last_updated(file: str, lang: Language) -> str:
    changed = STATE.last_changes.get(file)
    return lang.text("last_updated", date=lang.date(changed.date())) if changed else ""


def _localise(config: MkDocsConfig, code: str) -> None:
    """What the theme and Markdown say in this language pass: the site name, theme strings, permalinks."""
    if STATE.site is None or STATE.site.organisation is None or code not in STATE.languages:
        return
    lang = STATE.languages[code]
    config.site_name = STATE.site.organisation.name(code)  # typed once, in docs/_data/organisation.yml
    config.extra["kb_theme"] = {key: text for key, given in lang.labels.theme.items() if (text := given.get(code))}
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = lang.text("permalink")


def _relative(path: Path, base: Path) -> str:
    try:
        return path.absolute().relative_to(base.absolute()).as_posix()
    except ValueError:
        return path.as_posix()

"""MkDocs adapter for the `kb` package: check the content, then render its blocks.

mkdocs-static-i18n runs the whole build once per language. The content is checked
once, over every language, before anything is written: a broken page stops the build
with every problem listed, and never leaves a half-built site.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit
from pathlib import Path, PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kb import faq, seo, translations
from kb.content import Site, is_standard_slug, load_site
from kb.localized import in_language
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.performance import results_block
from kb.placeholders import context, fill
from kb.problems import format_report
from kb.render import help_block, not_found, search_prompt, standard_header
from kb.rules import check

FAQ_PAGE = "faq.md"
HOME_PAGE = "index.md"
_site: Site | None = None
_standards_order: list[str] = []


@event_priority(-110)  # after i18n's on_config (-100), which switches the language
def on_config(config: MkDocsConfig) -> None:
    global _site
    i18n = _i18n(config)
    if i18n.building:  # the other languages' passes of the same build
        _set_site_name(config, i18n.current_language)
        return
    _check_languages(config)
    site = load_site(Path(config.docs_dir), root=Path(config.config_file_path).parent)
    problems = check(site)
    if problems:
        raise PluginError(format_report(problems, "; the site was not built"))
    _site = site
    _set_site_name(config, i18n.current_language)
    _warn_about_stale_translations(site)


def _warn_about_stale_translations(site: Site) -> None:
    # a logger outside "mkdocs.": a stale translation is worth a warning, but must not
    # fail `--strict` and hold back a fix of the Czech page
    log = logging.getLogger("kb.translations")
    for item in translations.status(site):
        if item.stale:
            log.warning(f"translation older than the Czech page: docs/<{','.join(item.stale)}>/{item.slug} "
                        f"(see `python -m kb translations`)")


def _set_site_name(config: MkDocsConfig, lang: str) -> None:
    # the organisation's name is typed once, in docs/_data/organisation.yml
    if _site and _site.organisation:
        config.site_name = in_language(_site.organisation.name, lang)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    global _standards_order
    _standards_order = [_standard_id(p) for p in nav.pages if _standard_id(p)]


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _site is not None, "on_config checks the site before any page is rendered"
    lang = _i18n(config).current_language
    kb_page = _site.page(lang, _slug(page))
    if kb_page is None:
        return markdown
    markdown, problems = fill(kb_page, markdown, context(_site, lang, kb_page.slug, _standards_order))
    if problems:
        raise PluginError(format_report(problems, "; the site was not built"))
    if kb_page.slug == HOME_PAGE:
        markdown = search_prompt(_site, lang) + markdown
    if kb_page.standard:
        markdown = (standard_header(_site, kb_page.standard, lang) + markdown + "\n\n"
                    + results_block(_site, kb_page.standard, lang))
    return markdown + help_block(_site, lang, kb_page.slug)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if _slug(page) == FAQ_PAGE:
        page.meta["kb_json_ld"] = faq.script(faq.faq_page(html, _i18n(config).current_language))
    return html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return seo.hreflang_links(output, page.canonical_url) if page.canonical_url else output


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    if template_name == "404.html" and _site is not None:
        context["kb_not_found"] = not_found(_site, urlsplit(config.site_url or "/").path or "/")
    return context


def _i18n(config: MkDocsConfig):  # -> mkdocs_static_i18n.plugin.I18n
    try:
        return config.plugins["i18n"]
    except KeyError:
        raise PluginError("mkdocs.yml: the `i18n` plugin is missing from `plugins:`; restore it") from None


def _check_languages(config: MkDocsConfig) -> None:
    i18n = _i18n(config)
    configured = [lang.locale for lang in i18n.config.languages]
    default = next((lang.locale for lang in i18n.config.languages if lang.default), None)
    previewing_one = i18n.config.build_only_locale is not None  # then it is the default
    if sorted(configured) != sorted(LANGUAGES) or (default != DEFAULT_LANGUAGE and not previewing_one):
        raise PluginError(
            f"mkdocs.yml: plugins.i18n.languages lists {configured} with default {default}; "
            f"the site's languages are {list(LANGUAGES)} with default {DEFAULT_LANGUAGE} "
            f"(kb/languages.py). Make the two agree."
        )


def _slug(page: Page) -> str:
    # i18n records the path inside the language folder as norm_src_uri
    return getattr(page.file, "norm_src_uri", page.file.src_uri)


def _standard_id(page: Page) -> str | None:
    slug = _slug(page)
    return PurePosixPath(slug).stem if is_standard_slug(slug) else None

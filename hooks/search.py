"""MkDocs adapter for per-language search (kb.search).

After mkdocs-static-i18n has built every language and merged their search entries into
one search/search_index.json, this hook writes, per language root: the language's index
(with page and section keywords, and its lunr index prebuilt), the texts the search box
offers when nothing matches (search/help.json), and a sitemap; and the lunr language
modules the search worker loads. Pages point Material's search at their own language
root (overrides/main.html, `kb_search_base`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import static_i18n
from build_state import STATE
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from kb.languages import LANGUAGES
from kb.output.sitemap import language_sitemap
from kb.search import (
    WASM,
    WASM_NAME,
    add_keywords,
    add_prebuilt,
    language_module,
    section_keywords,
    split_index,
    write_json,
)
from kb.search import help as search_help


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    i18n = static_i18n.I18n(config)
    root = i18n.roots(LANGUAGES)[i18n.language]
    context["kb_search_base"] = get_relative_url(root or ".", page.url) or "."
    location = page.url.removeprefix(root)
    keywords = STATE.keywords.setdefault(i18n.language, {})
    keywords[location] = page.meta.get("keywords") or []
    keywords.update(section_keywords(location, page.meta.get("section_keywords") or {}))
    return context


@event_priority(static_i18n.AFTER_EVERY_LANGUAGE)
def on_post_build(config: MkDocsConfig) -> None:
    i18n = static_i18n.I18n(config)
    if i18n.in_another_language_pass:
        return
    site_dir = Path(config.site_dir)
    merged = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    roots = i18n.roots(LANGUAGES)
    default = next(lang for lang, folder in roots.items() if not folder)
    site = STATE.require_site()
    most_asked = site.search.most_asked  # checked with the content (kb/rules/data.py)
    _, organisation = site.require()
    for lang, index in split_index(merged, list(roots), default).items():
        add_keywords(index, STATE.keywords.get(lang, {}))
        write_json(site_dir / roots[lang] / "search" / "help.json",
                   search_help.help_data(most_asked, index["docs"], STATE.languages[lang], organisation))
        if not STATE.serving:  # a preview rebuilds on every save: there the browser builds the index
            add_prebuilt(index, lang)
        write_json(site_dir / roots[lang] / "search" / "search_index.json", index)
    lunr_dir = site_dir / "assets" / "javascripts" / "lunr"
    for lang in roots:
        _write(lunr_dir / "min" / f"lunr.{lang}.min.js", language_module(lang))
    shutil.copyfile(WASM, lunr_dir / WASM_NAME)
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    for lang, folder in roots.items():
        if folder:
            _write(site_dir / folder / "sitemap.xml", language_sitemap(sitemap, lang))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")

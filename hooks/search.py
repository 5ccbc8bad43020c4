"""MkDocs adapter for per-language search (kb.search).

After mkdocs-static-i18n has built every language and merged their search entries into
one search/search_index.json, this hook writes one index per language root, the lunr
language modules the search worker loads, and a sitemap per language root. Pages point
Material's search at their own language root (overrides/main.html, `kb_search_base`).
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
from kb.search import WASM, WASM_NAME, add_keywords, language_module, split_index


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    i18n = static_i18n.I18n(config)
    root = i18n.roots(LANGUAGES)[i18n.language]
    context["kb_search_base"] = get_relative_url(root or ".", page.url) or "."
    STATE.keywords.setdefault(i18n.language, {})[page.url.removeprefix(root)] = page.meta.get("keywords") or []
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
    for lang, index in split_index(merged, list(roots), default).items():
        add_keywords(index, STATE.keywords.get(lang, {}))
        _write(site_dir / roots[lang] / "search" / "search_index.json",
               json.dumps(index, ensure_ascii=False, separators=(",", ":")))
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

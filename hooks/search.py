"""MkDocs adapter for per-language search (kb.search_lang).

After mkdocs-static-i18n has built every language and merged their search entries into
one search/search_index.json, this hook writes one index per language root, the lunr
language modules the search worker loads, and a sitemap per language root. Pages point
Material's search at their own language root (overrides/main.html, `kb_search_base`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from kb.languages import LANGUAGES, root
from kb.search_lang import WASM, WASM_NAME, add_keywords, language_module, split_index
from kb.sitemap import language_sitemap


_keywords: dict[str, dict[str, list[str]]] = {}  # language -> page location -> keywords


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    lang = _language(config)
    root = _roots(config)[lang]
    context["kb_search_base"] = get_relative_url(root or ".", page.url) or "."
    location = page.url.removeprefix(root)
    _keywords.setdefault(lang, {})[location] = page.meta.get("keywords") or []
    return context


@event_priority(-200)  # after i18n's on_post_build (-100), which builds the other languages
def on_post_build(config: MkDocsConfig) -> None:
    if config.plugins["i18n"].building:
        return
    site_dir = Path(config.site_dir)
    merged = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    roots = _roots(config)
    default = next(lang for lang, folder in roots.items() if not folder)
    for lang, index in split_index(merged, list(roots), default).items():
        add_keywords(index, _keywords.get(lang, {}))
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


def _language(config: MkDocsConfig) -> str:
    return config.plugins["i18n"].current_language


def _roots(config: MkDocsConfig) -> dict[str, str]:
    """Each built language's folder in the site; a one-language preview sits at the root."""
    only = config.plugins["i18n"].config.build_only_locale
    if only:
        return {only: ""}
    return {lang: root(lang) for lang in LANGUAGES}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")

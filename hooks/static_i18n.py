"""The one place that talks to mkdocs-static-i18n (pinned to 1.3 in requirements.lock).

i18n builds the site once per language: the first pass (the default language) runs every
other language's build inside its own `on_post_build`. The hooks need to know which pass
runs, in which language, where each language's pages go, and each page's path inside its
language folder; everything else about i18n stays out of the hooks.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from kb.languages import root

# i18n's own event priority; a hook that must run after i18n uses a lower one
PRIORITY = -100
AFTER = PRIORITY - 10
AFTER_EVERY_LANGUAGE = PRIORITY - 100  # on_post_build, once i18n has built the other languages


class I18n:
    """What the hooks read of i18n's plugin object."""

    def __init__(self, config: MkDocsConfig):
        try:
            self._plugin: Any = config.plugins["i18n"]
        except KeyError:
            raise PluginError("mkdocs.yml: the `i18n` plugin is missing from `plugins:`; restore it") from None

    @property
    def in_another_language_pass(self) -> bool:
        """True while i18n builds a language other than the first, inside the first pass."""
        return bool(self._plugin.building)

    @property
    def language(self) -> str:
        return str(self._plugin.current_language)

    @property
    def only_language(self) -> str | None:
        """The one language a preview builds (`KB_ONLY_LANGUAGE`), at the site root."""
        only = self._plugin.config.build_only_locale
        return str(only) if only else None

    def configured(self) -> tuple[list[str], str | None]:
        """The languages of mkdocs.yml, and the default one."""
        languages = self._plugin.config.languages
        return [lang.locale for lang in languages], next((lang.locale for lang in languages if lang.default), None)

    def roots(self, languages: tuple[str, ...]) -> dict[str, str]:
        """Each built language's folder in the site; a one-language preview sits at the root."""
        if self.only_language:
            return {self.only_language: ""}
        return {lang: root(lang) for lang in languages}


def page_slug(page: Page) -> str:
    """The page's path inside its language folder (i18n records it as `norm_src_uri`)."""
    return str(getattr(page.file, "norm_src_uri", page.file.src_uri))

"""The site's languages: the one place that lists them (mkdocs.yml is checked against it)."""

LANGUAGES: tuple[str, ...] = ("cs", "de", "pl", "hy")
DEFAULT_LANGUAGE = "cs"


def root(lang: str) -> str:
    """The language's folder in the built site: the default language sits at the root."""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"

"""The site's languages: the one place that lists them (mkdocs.yml is checked against it)."""

LANGUAGES: tuple[str, ...] = ("cs", "de", "pl", "hy")
DEFAULT_LANGUAGE = "cs"

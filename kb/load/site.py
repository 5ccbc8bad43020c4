"""The whole knowledge base in memory: every page in every language, and the data files.

docs/<lang>/<slug>.md is a page; docs/<lang>/standards/<id>.md is a service standard;
docs/_data/ holds the registries, the results and the corrective actions.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.load.datafiles import (
    ACTIONS_FILE,
    DATA_DIR,
    LABELS_FILE,
    ORGANISATION_FILE,
    OWNERS_FILE,
    RESULTS_FILE,
    SEARCH_FILE,
    load_data,
)
from kb.load.files import display_path, links_under, read_text
from kb.load.markdown import MarkdownFile, split_markdown
from kb.load.results_csv import load_results
from kb.load.validation import validate
from kb.load.yaml_lines import Yaml
from kb.model.labels import Labels
from kb.model.organisation import Organisation
from kb.model.owners import Owner, Owners
from kb.model.page import PageMeta, StandardMeta
from kb.model.results import Action, Actions, Result
from kb.model.search import SearchSettings
from kb.problems import Problem

STANDARDS_DIR = "standards"
HOME_PAGE = "index.md"
FAQ_PAGE = "faq.md"
CONTACT_PAGE = "contact.md"


@dataclass
class Page:
    lang: str
    slug: str  # path inside the language folder, the same in every language: "standards/courtesy.md"
    file: str  # path as staff see it: "docs/de/standards/courtesy.md"
    source: MarkdownFile
    meta: PageMeta | None  # None when the front matter is invalid

    @property
    def standard(self) -> StandardMeta | None:
        return self.meta if isinstance(self.meta, StandardMeta) else None


@dataclass
class Site:
    root: Path  # the repository root; file names in problems are relative to it
    docs_dir: Path
    pages: dict[tuple[str, str], Page] = field(default_factory=dict)  # (lang, slug) -> page
    owners: dict[str, Owner] = field(default_factory=dict)
    labels: Labels | None = None
    organisation: Organisation | None = None
    results: list[Result] = field(default_factory=list)  # docs/_data/results.csv
    actions: list[Action] = field(default_factory=list)  # docs/_data/actions.yml
    actions_loaded: bool = True  # False when actions.yml has problems: misses are not blamed on it
    directory_urls: bool = True  # pages served as faq/ (GitHub Pages) or faq.html (a preview from disk)
    problems: list[Problem] = field(default_factory=list)  # found while loading
    data_lines: dict[str, Yaml] = field(default_factory=dict)  # data file name -> its keys' lines
    search: SearchSettings = field(default_factory=SearchSettings)  # docs/_data/search.yml

    def data_line(self, name: str, *path: str | int) -> int | None:
        parsed = self.data_lines.get(name)
        return parsed.line(path) if parsed else None

    def url(self, from_slug: str, to_slug: str) -> str:
        """A link from one page to another, for generated HTML."""
        return url_between(from_slug, to_slug, self.directory_urls)

    def data_file(self, name: str) -> str:
        return display_path(self.docs_dir / DATA_DIR / name, self.root)

    @property
    def docs(self) -> str:
        """The docs folder as staff see it ("docs")."""
        return display_path(self.docs_dir, self.root)

    def slugs(self) -> list[str]:
        return sorted({slug for _, slug in self.pages})

    def page(self, lang: str, slug: str) -> Page | None:
        return self.pages.get((lang, slug))

    def standards(self, lang: str) -> list[StandardMeta]:
        return [p.standard for (lang_, _), p in sorted(self.pages.items()) if lang_ == lang and p.standard]

    def unreadable_standards(self, lang: str = DEFAULT_LANGUAGE) -> set[str]:
        """Standards whose page exists (in Czech unless said) but did not load: its own problems say
        why, and nothing that names the standard is blamed for it."""
        return {standard_id(slug) for (code, slug), page in self.pages.items()
                if page.meta is None and code == lang and is_standard_slug(slug)}  # rare case first: per page

    def standards_in_order(self, lang: str, order: list[str] | None = None) -> list[StandardMeta]:
        """The standards of a language, those named in `order` (the navigation) first."""
        standards = {s.id: s for s in self.standards(lang)}
        ids = [i for i in (order or []) if i in standards] + sorted(set(standards) - set(order or []))
        return [standards[i] for i in ids]

    def require(self) -> tuple[Labels, Organisation]:
        """The registries rendering needs; it runs only after a check without errors."""
        if self.labels is None or self.organisation is None:
            raise RuntimeError("the data files were not loaded; check the site before rendering")
        return self.labels, self.organisation


def is_standard_slug(slug: str) -> bool:
    path = PurePosixPath(slug)
    return path.parent.as_posix() == STANDARDS_DIR and path.name != "index.md"


def standard_id(slug: str) -> str:
    return PurePosixPath(slug).stem


def page_location(slug: str, directory_urls: bool = True) -> str:
    """Where a page (docs/<lang>/<slug>) is served, relative to its language root: "faq/" — or
    "faq.html" in a site built with `use_directory_urls: false` (a preview opened from disk)."""
    path = PurePosixPath(slug).with_suffix("")
    if not directory_urls:
        return f"{path}.html"
    if path.name == "index":
        path = path.parent
    return "" if str(path) == "." else f"{path}/"


def url_between(from_slug: str, to_slug: str, directory_urls: bool = True) -> str:
    """A relative link for raw HTML (MkDocs rewrites only Markdown links to .md files)."""
    if not directory_urls:
        here = posixpath.dirname(page_location(from_slug, False)) or "."
        return posixpath.relpath(page_location(to_slug, False), here)
    return posixpath.relpath(page_location(to_slug) or ".", page_location(from_slug) or ".") + "/"


def load_site(docs_dir: Path, root: Path | None = None) -> Site:
    docs_dir = Path(docs_dir)
    root = Path(root) if root else docs_dir.absolute().parent
    site = Site(root=root, docs_dir=docs_dir)
    site.problems += links_under(docs_dir, root)
    for lang in LANGUAGES:
        for path in sorted((docs_dir / lang).rglob("*.md")):
            if path.is_symlink():
                continue  # reported by links_under
            page = load_page(path, lang, docs_dir, root)
            site.pages[(lang, page.slug)] = page
            site.problems += page.source.front.problems
    _load_registries(site)
    _load_results(site)
    return site


def _load_registries(site: Site) -> None:
    owners, site.data_lines[OWNERS_FILE], problems = load_data(site.docs_dir, OWNERS_FILE, Owners, site.root)
    site.owners = owners.root if owners else {}
    site.labels, site.data_lines[LABELS_FILE], more = load_data(site.docs_dir, LABELS_FILE, Labels, site.root)
    problems += more
    site.organisation, site.data_lines[ORGANISATION_FILE], more = load_data(
        site.docs_dir, ORGANISATION_FILE, Organisation, site.root)
    problems += more
    if (site.docs_dir / DATA_DIR / ACTIONS_FILE).exists():
        actions, site.data_lines[ACTIONS_FILE], more = load_data(site.docs_dir, ACTIONS_FILE, Actions, site.root)
        site.actions = list(actions.actions) if actions else []
        site.actions_loaded = actions is not None
        problems += more
    if (site.docs_dir / DATA_DIR / SEARCH_FILE).exists():
        search, site.data_lines[SEARCH_FILE], more = load_data(site.docs_dir, SEARCH_FILE, SearchSettings, site.root)
        site.search = search or SearchSettings()
        problems += more
    site.problems += problems


def _load_results(site: Site) -> None:
    standards = {s.id: s for s in site.standards(DEFAULT_LANGUAGE)}
    path = site.docs_dir / DATA_DIR / RESULTS_FILE
    site.results, problems = load_results(path, display_path(path, site.root), standards,
                                          site.unreadable_standards())
    site.problems += problems


def load_page(path: Path, lang: str, docs_dir: Path, root: Path) -> Page:
    slug = path.relative_to(docs_dir / lang).as_posix()
    file = display_path(path, root)
    text, problems = read_text(path, file)
    if text is None:
        return Page(lang, slug, file, MarkdownFile(Yaml({}, problems=problems), "", 1), None)
    source = split_markdown(text, file)
    meta = None
    if not source.front.problems:
        model = StandardMeta if is_standard_slug(slug) else PageMeta
        meta, problems = validate(model, source.front, file)
        source.front.problems += problems
    return Page(lang, slug, file, source, meta)

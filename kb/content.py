"""Loading the whole knowledge base: every page in every language, and the data files.

docs/<lang>/<slug>.md is a page; docs/<lang>/standards/<id>.md is a service standard;
docs/_data/*.yml are the registries. Loading never raises on bad content: what cannot
be read becomes a Problem, so one run reports everything at once.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kb import clock
from kb.datafiles import DATA_DIR, display_path, load_data
from kb.frontmatter import MarkdownFile, split_markdown
from kb.labels import LABELS_FILE, Labels
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.model import PageMeta, StandardMeta
from kb.organisation import ORGANISATION_FILE, Organisation
from kb.owners import OWNERS_FILE, Owner, Owners
from kb.problems import Problem
from kb.results import RESULTS_FILE, Result, load_results
from kb.validation import validate

STANDARDS_DIR = "standards"


@dataclass
class Page:
    lang: str
    slug: str  # path inside the language folder, the same in every language: "standards/courtesy.md"
    file: str  # path as staff see it: "docs/de/standards/courtesy.md"
    source: MarkdownFile
    meta: PageMeta | None  # None when the front matter is invalid

    @property
    def is_standard(self) -> bool:
        return is_standard_slug(self.slug)

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
    problems: list[Problem] = field(default_factory=list)  # found while loading

    def slugs(self) -> list[str]:
        return sorted({slug for _, slug in self.pages})

    def page(self, lang: str, slug: str) -> Page | None:
        return self.pages.get((lang, slug))

    def standards(self, lang: str) -> list[StandardMeta]:
        return [p.standard for (l, _), p in sorted(self.pages.items()) if l == lang and p.standard]

    def standards_in_order(self, lang: str, order: list[str] | None = None) -> list[StandardMeta]:
        """The standards of a language, those named in `order` (the navigation) first."""
        standards = {s.id: s for s in self.standards(lang)}
        ids = [i for i in (order or []) if i in standards] + sorted(set(standards) - set(order or []))
        return [standards[i] for i in ids]

    # Rendering runs only after a check without problems; the loader reports a missing file.
    def require_labels(self) -> Labels:
        if self.labels is None:
            raise RuntimeError("labels were not loaded")
        return self.labels

    def require_organisation(self) -> Organisation:
        if self.organisation is None:
            raise RuntimeError("organisation was not loaded")
        return self.organisation


def is_standard_slug(slug: str) -> bool:
    path = PurePosixPath(slug)
    return path.parent.as_posix() == STANDARDS_DIR and path.name != "index.md"


def page_location(slug: str) -> str:
    """Where a page (docs/<lang>/<slug>) is served, relative to its language root."""
    path = PurePosixPath(slug).with_suffix("")
    if path.name == "index":
        path = path.parent
    return "" if str(path) == "." else f"{path}/"


def url_between(from_slug: str, to_slug: str) -> str:
    """A relative link for raw HTML (MkDocs rewrites only Markdown links to .md files)."""
    return posixpath.relpath(page_location(to_slug) or ".", page_location(from_slug) or ".") + "/"


def load_site(docs_dir: Path, root: Path | None = None) -> Site:
    docs_dir = Path(docs_dir)
    root = Path(root) if root else docs_dir.resolve().parent
    site = Site(root=root, docs_dir=docs_dir)
    for lang in LANGUAGES:
        for path in sorted((docs_dir / lang).rglob("*.md")):
            page = load_page(path, lang, docs_dir, root)
            site.pages[(lang, page.slug)] = page
            site.problems += page.source.front.problems
    owners, problems = load_data(docs_dir, OWNERS_FILE, Owners, root)
    site.owners = owners.root if owners else {}
    site.labels, more = load_data(docs_dir, LABELS_FILE, Labels, root)
    problems += more
    site.organisation, more = load_data(docs_dir, ORGANISATION_FILE, Organisation, root)
    site.problems += problems + more
    results_path = docs_dir / DATA_DIR / RESULTS_FILE
    standards = {s.id: s for s in site.standards(DEFAULT_LANGUAGE)}
    site.results, more = load_results(results_path, display_path(results_path, root), standards, clock.today())
    site.problems += more
    return site


def load_page(path: Path, lang: str, docs_dir: Path, root: Path) -> Page:
    slug = path.relative_to(docs_dir / lang).as_posix()
    file = display_path(path, root)
    source = split_markdown(path.read_text(encoding="utf-8"), file)
    meta = None
    if not source.front.problems:
        model = StandardMeta if is_standard_slug(slug) else PageMeta
        meta, problems = validate(model, source.front, file)
        source.front.problems += problems
    return Page(lang, slug, file, source, meta)

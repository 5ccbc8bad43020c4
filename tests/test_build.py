"""The MkDocs wiring on the fixture site: what the hooks add to the built pages, and what a
failed build leaves behind (nothing new). The fixture is built once; failure cases build copies."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.languages import LANGUAGES, root
from kb.load.site import load_site
from kb.render.language import Language
from tests.support import FIXTURE, Project

pytestmark = pytest.mark.build
SLUGS = sorted(slug for lang, slug in load_site(FIXTURE / "docs", FIXTURE).pages if lang == "cs")


def html_path(site: Path, lang: str, slug: str) -> Path:
    page = slug.removesuffix(".md").removesuffix("index").rstrip("/")
    return site / root(lang) / page / "index.html" if page else site / root(lang) / "index.html"


def soup(site: Path, lang: str, slug: str) -> BeautifulSoup:
    return BeautifulSoup(html_path(site, lang, slug).read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_built_in_its_language(fixture_built: Path, lang: str) -> None:
    for slug in SLUGS:
        assert soup(fixture_built, lang, slug).html["lang"] == lang, slug  # type: ignore[index]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_standard_page_shows_promise_facts_results_and_the_action_for_a_miss(fixture_built: Path, lang: str) -> None:
    page = soup(fixture_built, lang, "standards/resolution.md")
    article = page.select_one("article")
    assert article is not None
    assert article.select_one(".kb-promise") and article.select_one(".kb-facts dl")
    assert article.select_one("#results") and article.select_one(".kb-results svg[role=img]")
    assert article.select_one(".kb-action"), "August missed its target: the corrective action shows beside it"
    assert len(article.select(".kb-figures tbody tr")) == 4


def test_last_updated_is_the_date_of_the_pages_last_commit(fixture_built: Path, languages: dict[str, Language]) -> None:
    # the fixture build's project commits everything once; its date is today's commit date
    text = soup(fixture_built, "cs", "faq.md").select_one(".md-source-file")
    assert text is not None
    committed = datetime.date.today()
    shown = text.get_text(strip=True).replace("\u00a0", " ")
    assert shown == languages["cs"].text("last_updated", date=languages["cs"].date(committed))


def test_last_updated_follows_git_not_the_build_date(tmp_path: Path, languages: dict[str, Language]) -> None:
    project = Project(tmp_path / "project", git=False)
    project.git("init", "-q")
    project.commit("old", GIT_AUTHOR_DATE="2025-03-04T10:00:00", GIT_COMMITTER_DATE="2025-03-04T10:00:00")
    project.edit("docs/de/faq.md", r"\Z", "\nNeu.\n")
    project.commit("new", GIT_AUTHOR_DATE="2026-02-05T10:00:00", GIT_COMMITTER_DATE="2026-02-05T10:00:00")
    result = project.build()
    assert result.returncode == 0, result.output
    for lang, slug, day in (("de", "faq.md", "2026-02-05"), ("cs", "faq.md", "2025-03-04")):
        file = f"docs/{lang}/{slug}"
        logged = project.git("log", "-1", "--format=%as", "--", file).strip()
        assert logged == day
        shown = soup(result.site, lang, slug).select_one(".md-source-file")
        assert shown is not None
        assert languages[lang].date(datetime.date.fromisoformat(day)) in shown.get_text().replace("\u00a0", " ")


def test_generated_text_gets_the_languages_typography(fixture_built: Path) -> None:
    facts = soup(fixture_built, "cs", "standards/resolution.md").select_one(".kb-facts")
    assert facts is not None and "alespoň\u00a090\u00a0%" in facts.get_text()
    hy = soup(fixture_built, "hy", "standards/resolution.md").select_one(".kb-results p")
    assert hy is not None and not re.search(r"[\u0531-\u0587][:;](\s|$)", hy.get_text())


def test_the_404_page_carries_every_language(fixture_built: Path) -> None:
    page = BeautifulSoup((fixture_built / "404.html").read_text("utf-8"), "html.parser")
    assert [block["lang"] for block in page.select(".kb-not-found")] == list(LANGUAGES)


def test_hreflang_links_are_absolute_and_faq_has_structured_data(fixture_built: Path) -> None:
    page = soup(fixture_built, "pl", "faq.md")
    links = {link["hreflang"]: link["href"] for link in page.select("link[hreflang]")}
    assert links["de"] == "https://example.test/kb/de/faq/"
    data = json.loads(page.select_one("script[type='application/ld+json']").get_text())  # type: ignore[union-attr]
    assert data["@type"] == "FAQPage" and data["inLanguage"] == "pl" and len(data["mainEntity"]) == 3


def test_a_code_execution_attempt_fails_the_build_and_reaches_no_page(tmp_path: Path) -> None:
    project = Project(tmp_path / "project")
    good = project.build()
    assert good.returncode == 0, good.output
    before = (good.site / "index.html").read_text("utf-8")
    project.edit(
        "docs/cs/index.md", r"\Z", "\n{{ cycler.__init__.__globals__.os.popen('echo PWNED-$((6*7))').read() }}\n"
    )
    result = project.build()
    assert result.returncode != 0
    assert "docs/cs/index.md:7: [placeholder]" in result.output and "Traceback" not in result.output
    assert "PWNED-42" not in result.output
    assert (good.site / "index.html").read_text("utf-8") == before, "the previous site stays as it was"
    assert not any("PWNED-42" in p.read_text("utf-8", errors="ignore") for p in good.site.rglob("*.html"))


def test_a_build_that_fails_late_leaves_the_previous_site_untouched(tmp_path: Path) -> None:
    project = Project(tmp_path / "project")
    good = project.build()
    assert good.returncode == 0, good.output
    files = sorted(p.relative_to(good.site) for p in good.site.rglob("*"))
    # a broken link in the third language: MkDocs warns only while building German, --strict fails
    project.edit("docs/hy/index.md", r"\Z", "\n[Հղում](no-such-page.md)\n")
    result = project.build()
    assert result.returncode != 0 and "no-such-page.md" in result.output
    assert sorted(p.relative_to(good.site) for p in good.site.rglob("*")) == files
    assert not list(tmp_path.glob("project/site.*")), "no staging folder is left behind"


def test_the_calendar_alone_never_fails_the_build(tmp_path: Path) -> None:
    project = Project(tmp_path / "project")
    result = project.build(KB_TODAY="2029-01-01")
    assert result.returncode == 0, result.output
    assert "reminder (the site is still built)" in result.output and "[review-overdue]" in result.output


def test_mkdocs_yml_must_list_the_sites_languages(tmp_path: Path) -> None:
    project = Project(tmp_path / "project")
    project.edit("mkdocs.yml", r"^        - locale: hy\n(?:          .*\n)+", "")
    result = project.build()
    assert result.returncode != 0
    assert f"mkdocs.yml: [languages-differ] plugins.i18n.languages lists {[c for c in LANGUAGES if c != 'hy']}" \
        in result.output


def test_git_is_available_for_page_dates() -> None:
    assert subprocess.run(["git", "--version"], capture_output=True, check=False).returncode == 0

"""Shared fixtures. Three tiers (README, "Tests"):

- fast: in-process, on the frozen fixture site with a pinned date (no marker);
- build: `mkdocs build` of the fixture site and of the real site, each once (marker `build`);
- browser: those builds in Debian's Chromium (marker `browser`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kb.languages import LANGUAGES
from kb.load.site import Site, load_site
from kb.render.language import Language
from tests.support import FIXTURE, FIXTURE_TODAY, ROOT, Project, build, chromium
from tests.support.preview import serve


@pytest.fixture(autouse=True)
def pinned_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Code tests never depend on the calendar."""
    monkeypatch.setenv("KB_TODAY", FIXTURE_TODAY.isoformat())


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A throw-away copy of the fixture site, to break on purpose."""
    return Project(tmp_path / "project", git=False, code=False)


@pytest.fixture(scope="session")
def fixture() -> Site:
    return load_site(FIXTURE / "docs", FIXTURE)


@pytest.fixture(scope="session")
def languages(fixture: Site) -> dict[str, Language]:
    assert fixture.labels is not None
    return {lang: Language.of(lang, fixture.labels) for lang in LANGUAGES}


@pytest.fixture(scope="session")
def fixture_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site built once by MkDocs (in a git repository: pages show their dates)."""
    project = Project(tmp_path_factory.mktemp("fixture") / "project")
    result = project.build()
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="session")
def real_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once from the repository as it is, on today's date like the deploy."""
    site = tmp_path_factory.mktemp("real") / "site"
    result = build(ROOT, site, quiet=True, KB_TODAY="")  # "": the machine's clock, not the pinned date
    assert result.returncode == 0, result.output
    return site


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium; browser tests are skipped where it is missing, except in CI."""
    if not Path(chromium.EXECUTABLE).exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs Debian's Chromium at {chromium.EXECUTABLE}")
        pytest.skip(f"Debian's Chromium is not installed at {chromium.EXECUTABLE}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = chromium.launch(playwright)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def fixture_url(fixture_built: Path) -> Iterator[str]:
    with serve(fixture_built) as url:
        yield url


@pytest.fixture(scope="session")
def real_url(real_built: Path) -> Iterator[str]:
    with serve(real_built) as url:
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    yield context.new_page()
    context.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use a build are in the build tier, even without the marker written out."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & {"fixture_built", "real_built", "fixture_url", "real_url"} and "browser" not in item.keywords:
            item.add_marker(pytest.mark.build)

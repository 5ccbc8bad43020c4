"""Shared fixtures: a throw-away copy of the project, and the real site built once."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from kb import chromium
from kb.preview import serve

ROOT = Path(__file__).resolve().parent.parent
SITE_SOURCES = ["docs", "hooks", "overrides", "mkdocs.yml"]


@dataclass
class Build:
    returncode: int
    output: str
    site: Path


def mkdocs_build(project: Path, site: Path, **env: str) -> Build:
    """`mkdocs build --strict`, the way CI and staff run it."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project, capture_output=True, text=True, timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
    )
    return Build(result.returncode, result.stdout + result.stderr, site)


class Project:
    """A copy of the site sources in a temporary folder, to break on purpose."""

    def __init__(self, root: Path):
        self.root = root
        for name in SITE_SOURCES:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, root / name)
            elif source.exists():
                shutil.copy2(source, root / name)
        # a repository of its own: page dates come from git history
        git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.org"]
        subprocess.run([*git, "init", "-q"], cwd=root, check=True)
        subprocess.run([*git, "add", "-A"], cwd=root, check=True)
        subprocess.run([*git, "commit", "-qm", "copy"], cwd=root, check=True)

    def edit(self, file: str, pattern: str, replacement: str) -> None:
        """Replace the first match of a regex (multi-line mode) in a file; the pattern must match."""
        path = self.root / file
        text = path.read_text(encoding="utf-8")
        new, count = re.subn(pattern, replacement, text, count=1, flags=re.M)
        assert count == 1, f"{pattern!r} not found in {file}"
        path.write_text(new, encoding="utf-8")

    def delete(self, file: str) -> None:
        (self.root / file).unlink()

    def build(self, **env: str) -> Build:
        return mkdocs_build(self.root, self.root / "site", **env)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path / "project")


SITE_PREFIX = "/kb/"  # the built site is served under a sub-path, as GitHub Pages does


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test session from the repository as it is."""
    site = tmp_path_factory.mktemp("site")
    build = mkdocs_build(ROOT, site, SITE_URL=f"https://example.test{SITE_PREFIX}")
    assert build.returncode == 0, build.output
    return site


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 under SITE_PREFIX."""
    with serve(built_site, SITE_PREFIX) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium; browser tests are skipped where it is missing, except in CI."""
    if not Path(chromium.EXECUTABLE).exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs Debian's Chromium at {chromium.EXECUTABLE}")
        pytest.skip(f"Debian's Chromium is not installed at {chromium.EXECUTABLE}")
    with sync_playwright() as playwright:
        instance = chromium.launch(playwright)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    yield context.new_page()
    context.close()

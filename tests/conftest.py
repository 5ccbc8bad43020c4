"""Shared fixtures: a throw-away copy of the project, and the real site built once."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test session from the repository as it is."""
    site = tmp_path_factory.mktemp("site")
    build = mkdocs_build(ROOT, site)
    assert build.returncode == 0, build.output
    return site

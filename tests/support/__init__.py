"""What tests and benchmarks share: where things are, a project to break, a build, a browser.

    from tests.support import FIXTURE, Project, build, ROOT

The fixture site (tests/fixtures/site) is small and frozen: code tests run on it, with a
pinned date, so that a routine staff edit of docs/ never breaks a code test.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "site"
FIXTURE_TODAY = datetime.date(2026, 11, 20)  # the fixture's results are complete on this day
CODE = ["hooks", "overrides"]  # what a project copy takes from the repository
CONTENT = ["docs", "mkdocs.yml"]  # what it takes from the site it copies (the real one or the fixture)
PREFIX = "/kb/"  # built sites are served under a sub-path, as GitHub Pages serves a project site
SITE_URL = f"https://example.test{PREFIX}"
ENV = {"NO_MKDOCS_2_WARNING": "1"}  # Material's end-of-life banner


@dataclass
class Build:
    returncode: int
    output: str
    site: Path


def build(project: Path, site: Path | None = None, *, quiet: bool = False, runner: str = "mkdocs", **env: str) -> Build:
    """`mkdocs build --strict` in a process of its own, the way CI and staff run it
    (`runner`: a module that stands in for mkdocs, e.g. bench.lenient)."""
    site = site or project / "site"
    result = subprocess.run(
        [sys.executable, "-m", runner, "build", "--strict", "--site-dir", str(site), *(["-q"] if quiet else [])],
        cwd=project, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, **ENV, "SITE_URL": SITE_URL, "PYTHONPATH": python_path(), **env})
    return Build(result.returncode, result.stdout + result.stderr, site)


def python_path() -> str:
    """This checkout's `kb` first: a build in another folder must not import an installed copy."""
    return os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)


def copy_tree(source: Path, target: Path) -> None:
    (shutil.copytree if source.is_dir() else shutil.copy2)(source, target)


class Project:
    """A copy of a site (the fixture by default) with the repository's code, in a git repository."""

    def __init__(self, root: Path, content: Path = FIXTURE, git: bool = True, code: bool = True):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        for name in CONTENT:
            copy_tree(content / name, root / name)
        for name in CODE if code else ():  # only a build needs the hooks and the theme overrides
            copy_tree(ROOT / name, root / name)
        if git:
            self.git("init", "-q")
            self.commit("copy")

    def git(self, *args: str, **env: str) -> str:
        command = ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", *args]
        return subprocess.run(command, cwd=self.root, check=True, capture_output=True, text=True,
                              env={**os.environ, **env}).stdout

    def commit(self, message: str, **env: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-qm", message, "--allow-empty", **env)

    def path(self, file: str) -> Path:
        return self.root / file

    def read(self, file: str) -> str:
        return self.path(file).read_text(encoding="utf-8")

    def write(self, file: str, text: str) -> None:
        self.path(file).parent.mkdir(parents=True, exist_ok=True)
        self.path(file).write_text(text, encoding="utf-8")

    def edit(self, file: str, pattern: str, replacement: str) -> None:
        """Replace the first match of a regex (multi-line mode) in a file; the pattern must match."""
        new, count = re.subn(pattern, replacement, self.read(file), count=1, flags=re.M)
        assert count == 1, f"{pattern!r} not found in {file}"
        self.write(file, new)

    def build(self, **env: str) -> Build:
        return build(self.root, **{"KB_TODAY": FIXTURE_TODAY.isoformat(), **env})  # type: ignore[arg-type]

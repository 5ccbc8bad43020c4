"""When each file last changed, from git history: one `git log` for the whole folder.

Used for the "last updated" date of every page. (mkdocs-git-revision-date-localized-plugin
asks git once per page with `--diff-filter=r`, which git 2.39 — Debian bookworm, our CI —
answers with nothing, so every page showed the build date.)
"""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path


def last_changes(repo: Path, folder: str = "docs") -> dict[str, datetime.datetime]:
    """The author date of the last commit touching each file, by path relative to the repository."""
    try:
        log = subprocess.run(["git", "log", "--format=%x00%aI", "--name-only", "--no-renames", "--", folder],
                             cwd=repo, capture_output=True, text=True, check=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return {}  # not a git checkout (a downloaded copy): pages show no date
    changes: dict[str, datetime.datetime] = {}
    for commit in log.split("\x00")[1:]:
        stamp, *files = commit.strip().splitlines()
        when = datetime.datetime.fromisoformat(stamp)
        for file in files:
            if file.strip():
                changes.setdefault(file.strip(), when)  # newest first: keep the first seen
    return changes


def git_root(path: Path) -> Path | None:
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=path, capture_output=True, text=True,
                             check=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return Path(top)

"""Translation status: which pages are missing in a language, or older than the Czech page.

    python -m kb translations

Dates come from git history (the last commit that touched each file), so nothing has to be
recorded by hand; a translation committed before the latest change of the Czech page is stale.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from kb.content import Site
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES


@dataclass(frozen=True)
class Status:
    slug: str
    missing: list[str]
    stale: list[str]  # languages last changed before the Czech page


def last_changes(repo: Path) -> dict[str, int]:
    """Unix time of the last commit touching each file, relative to the repository root."""
    try:
        log = subprocess.run(["git", "log", "--format=%x00%ct", "--name-only", "--", "docs"],
                             cwd=repo, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}  # not a git checkout: nothing can be said about age
    changes: dict[str, int] = {}
    for commit in log.split("\x00")[1:]:
        stamp, *files = commit.strip().splitlines()
        for file in files:
            changes.setdefault(file, int(stamp))  # newest first: keep the first seen
    return changes


def status(site: Site) -> list[Status]:
    changes = last_changes(site.root)
    result = []
    for slug in site.slugs():
        missing = [lang for lang in LANGUAGES if site.page(lang, slug) is None]
        source = site.page(DEFAULT_LANGUAGE, slug)
        stale = []
        if source and source.file in changes:
            for lang in LANGUAGES[1:]:
                page = site.page(lang, slug)
                if page and changes.get(page.file, 0) < changes[source.file]:
                    stale.append(lang)
        if missing or stale:
            result.append(Status(slug, missing, stale))
    return result


def report(statuses: list[Status]) -> str:
    if not statuses:
        return "All pages exist in every language, and no translation is older than the Czech page."
    lines = ["page | missing | older than the Czech page", "--- | --- | ---"]
    lines += [f"{s.slug} | {', '.join(s.missing) or '-'} | {', '.join(s.stale) or '-'}" for s in statuses]
    return "\n".join(lines)

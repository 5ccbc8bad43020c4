"""Translation status: which pages are missing in a language, or were translated from an
older version of the Czech page.

    python -m kb translations                       the status of every page
    python -m kb translations --done docs/de/faq.md record that a translation is up to date

A translation records in its front matter (`translated_from:`) which version of the Czech
page it was translated from: the Czech file's git blob id, which `git show <id>` prints and
`git diff <old id> <new id>` compares. The translator sets it with `--done`; nothing is
guessed from commit dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.load.site import Page, Site
from kb.version import recorded_line, version

FIELD = "translated_from"


@dataclass(frozen=True)
class Status:
    slug: str
    missing: list[str]
    stale: list[str]  # translated from an older Czech version
    unrecorded: list[str]  # no `translated_from:` yet


def status(site: Site) -> list[Status]:
    result = []
    for slug in site.slugs():
        source = site.page(DEFAULT_LANGUAGE, slug)
        missing = [lang for lang in LANGUAGES if site.page(lang, slug) is None]
        current = version(site.root / source.file) if source else ""
        stale, unrecorded = [], []
        for lang in LANGUAGES[1:]:
            page = site.page(lang, slug)
            recorded = page.meta.translated_from if page and page.meta else None
            if page is None or page.meta is None:
                continue
            if recorded is None:
                unrecorded.append(lang)
            elif not current.startswith(recorded) and not recorded.startswith(current):
                stale.append(lang)
        if missing or stale or unrecorded:
            result.append(Status(slug, missing, stale, unrecorded))
    return result


def report(statuses: list[Status]) -> str:
    if not statuses:
        return "Every page exists in every language, translated from the current Czech page."
    lines = ["page | missing | translated from an older Czech page | not recorded", "--- | --- | --- | ---"]
    lines += [f"{s.slug} | {', '.join(s.missing) or '-'} | {', '.join(s.stale) or '-'} | "
              f"{', '.join(s.unrecorded) or '-'}" for s in statuses]
    lines.append("")
    lines.append("After bringing a translation up to date: python -m kb translations --done docs/<lang>/<page>.md")
    return "\n".join(lines)


def mark_done(site: Site, page: Page) -> str:
    """Set `translated_from:` of a translation to the Czech page's current version; the new value."""
    source = site.page(DEFAULT_LANGUAGE, page.slug)
    if source is None:
        raise ValueError(f"there is no Czech page {page.slug}")
    current = version(site.root / source.file)
    path = site.root / page.file
    text = path.read_text(encoding="utf-8")
    line = recorded_line(current)
    if re.search(rf"^{FIELD}:.*$", text, flags=re.M):
        text = re.sub(rf"^{FIELD}:.*$", line, text, count=1, flags=re.M)
    else:
        text = re.sub(r"\A---[ \t]*\n", f"---\n{line}\n", text, count=1)
    path.write_text(text, encoding="utf-8")
    return current

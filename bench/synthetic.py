"""A synthetic knowledge base that passes the project's validation: the real site plus
N generated articles per language, written from the real pages' own sentences so that
words, lengths and scripts are realistic for each language.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from kb.languages import LANGUAGES
from kb.version import recorded_line, version
from tests.support import copy_tree

SOURCES = ["docs", "hooks", "overrides", "mkdocs.yml"]
SECTIONS = 4  # headings per article
SENTENCES = 5  # sentences per section


def sentences(docs: Path, lang: str) -> list[str]:
    """Sentences of the real pages of a language, without digits, links or markup."""
    found = []
    for path in (docs / lang).rglob("*.md"):
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        for raw in body.splitlines():
            line = re.sub(r"\[([^\]]*)\]\([^)]*\)|\{\{[^}]*\}\}|\{#[^}]*\}|[*_`#>|<]|^\s*-\s*", r"\1", raw).strip()
            found += [s.strip() for s in re.split(r"(?<=[.!?։])\s+", line) if len(s) > 30 and not re.search(r"\d", s)]
    return found


def article(rng: random.Random, pool: list[str], number: int) -> str:
    title = " ".join(rng.choice(pool).split()[:6]).rstrip(".,:;։")
    keywords = [rng.choice(pool).split()[0].strip(".,:;") for _ in range(3)]
    # JSON strings are valid YAML and quote whatever the sentence contains
    lines = ["---", f"title: {json.dumps(f'{title} {number}', ensure_ascii=False)}",
             f"keywords: {json.dumps(keywords, ensure_ascii=False)}", "---", ""]
    for _ in range(SECTIONS):
        lines += [f"## {' '.join(rng.choice(pool).split()[:5]).rstrip('.,:;։')}", ""]
        lines += [" ".join(rng.choice(pool) for _ in range(SENTENCES)), ""]
    return "\n".join(lines)


def make(source: Path, target: Path, per_language: int, seed: int = 1) -> Path:
    """Copy the project to `target` and add `per_language` articles in every language."""
    for name in SOURCES:
        copy_tree(source / name, target / name)
    for lang in LANGUAGES:
        rng = random.Random(seed)  # same structure in every language
        pool = sentences(source / "docs", lang)
        folder = target / "docs" / lang / "articles"
        folder.mkdir()
        for n in range(1, per_language + 1):
            text = article(rng, pool, n)
            if lang != LANGUAGES[0]:  # a translation records the Czech version it follows, as staff's do
                czech = target / "docs" / LANGUAGES[0] / "articles" / f"a{n:04d}.md"
                text = text.replace("---\n", f"---\n{recorded_line(version(czech))}\n", 1)
            (folder / f"a{n:04d}.md").write_text(text, encoding="utf-8")
    nav = "".join(f"      - articles/a{n:04d}.md\n" for n in range(1, per_language + 1))
    config = target / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"^nav:\n", "nav:\n  - Articles:\n" + nav, text, count=1, flags=re.M), encoding="utf-8")
    return target

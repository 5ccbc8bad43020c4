"""The built site as plain text, one file per page and language, for native reviewers.

    python -m tests.support.readable SITE_DIR OUT_DIR

Each page becomes OUT_DIR/<lang>/<page>.txt: the article's text with headings marked `#`, list
items `-`, table rows `|`, links shown as `[text](target)`; what the build generated (fact boxes,
tables, results, help box) is included, exactly as readers get it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES

BLOCKS = {"p", "li", "dt", "dd", "tr", "h1", "h2", "h3", "h4", "caption", "summary", "details", "div", "aside"}


def text_of(article: Tag) -> str:
    for button in article.select(".md-content__button"):
        button.decompose()  # the "edit this page" pencil
    for svg in article.select("svg"):
        title, desc = svg.find("title"), svg.find("desc")
        svg.replace_with(f"[chart: {title.get_text() if title else ''} — {desc.get_text() if desc else ''}]")
    for anchor in article.select("a.headerlink"):
        anchor.decompose()
    lines: list[str] = []
    _walk(article, lines)
    out = "\n".join(line.strip() for line in "".join(lines).split("\n"))
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.strip() + "\n"


def _walk(node: Tag, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            out.append(str(child).replace("\n", " "))
        elif isinstance(child, Tag):
            name = child.name
            if name in ("h1", "h2", "h3", "h4"):
                out.append("\n\n" + "#" * int(name[1]) + " ")
            elif name == "li":
                out.append("\n- ")
            elif name == "tr":
                out.append("\n| ")
            elif name in ("td", "th"):
                pass
            elif name in BLOCKS:
                out.append("\n\n" if name == "p" else "\n")
            if name == "a" and child.get("href"):
                out.append("[")
                _walk(child, out)
                out.append(f"]({child['href']})")
                continue
            _walk(child, out)
            if name in ("td", "th"):
                out.append(" | ")


def main(site: Path, target: Path) -> None:
    for lang in LANGUAGES:
        base = site if lang == DEFAULT_LANGUAGE else site / lang
        for page in sorted(base.rglob("index.html")):
            relative = page.parent.relative_to(base).as_posix()
            if relative.split("/")[0] in LANGUAGES or relative.startswith(("search", "assets")):
                continue
            article = BeautifulSoup(page.read_text("utf-8"), "html.parser").select_one("article")
            if article is None:
                continue
            name = (relative if relative != "." else "index").replace("/", "-")
            out = target / lang / f"{name}.txt"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text_of(article), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

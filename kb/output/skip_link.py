"""Material's "skip to content" link jumps to the first heading of the table of contents; on a
page that starts with text or cards (the home page) it skips them. It should land where the
article begins."""

from __future__ import annotations

import re

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"')
_SKIP = re.compile(r'<a href="[^"]*" class="md-skip">')
TARGET = "kb-content"


def to_article(html: str) -> str:
    if not _ARTICLE.search(html):
        return html
    html = _ARTICLE.sub(f'<article id="{TARGET}" class="md-content__inner md-typeset"', html, count=1)
    return _SKIP.sub(f'<a href="#{TARGET}" class="md-skip">', html, count=1)

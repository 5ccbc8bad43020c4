"""What `python3 dev.py serve` shows while the content has problems: the problems, in every page.

MkDocs' preview server keeps the browser waiting while a rebuild fails ("the server will appear
stuck"). Instead, the preview builds every page as a list of the problems, with the file, the
line and the fix, and reloads the browser; the next good save shows the pages again.
"""

from __future__ import annotations

from html import escape

from kb.problems import Problem


def problems_page(problems: list[Problem]) -> str:
    items = "\n".join(
        f"<li><code>{escape(p.file)}{':' + str(p.line) if p.line else ''}</code> [{escape(p.rule)}] "
        f"{escape(p.message)}<br><strong>Fix:</strong> {escape(p.fix)}</li>" for p in problems)
    count = len(problems)
    return (f'<div class="admonition danger kb-preview-problems"><p class="admonition-title">'
            f"The content has {count} problem{'s' if count != 1 else ''}: this page is not built until "
            "they are fixed. Save the fix and this page reloads.</p>\n"
            f"<ol>\n{items}\n</ol></div>\n")

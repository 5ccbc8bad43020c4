"""The Jinja environment of the project's own templates (kb/render/templates/).

These templates are code, not staff content: they may loop and branch. Autoescaping is on,
so a text from the content can never become markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).resolve().parent / "templates"

_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render(name: str, **values: Any) -> str:
    """A template's output on one logical block: no blank line, so Markdown keeps it as HTML."""
    html = _ENV.get_template(name).render(**values)
    return "\n".join(line for line in html.splitlines() if line.strip())

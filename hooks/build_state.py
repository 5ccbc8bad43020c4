"""What the hooks keep during one build: created afresh in the first `on_config` of each build.

`mkdocs serve` imports the hook modules once and rebuilds many times, so nothing lives in
module globals except `STATE`, which `STATE.reset()` empties at the start of every build.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from kb.load.site import Site
from kb.problems import Problem
from kb.render.language import Language


@dataclass
class BuildState:
    site: Site | None = None
    languages: dict[str, Language] = field(default_factory=dict)
    standards_order: list[str] = field(default_factory=list)  # standard ids in navigation order
    last_changes: dict[str, datetime.datetime] = field(default_factory=dict)  # repository path -> last commit
    keywords: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lang -> location -> keywords
    serving: bool = False  # `mkdocs serve`: no staging folder, the server owns site_dir
    site_dir: Path | None = None  # where the finished site goes
    staging_dir: Path | None = None  # where this build writes it
    failed: bool = False
    preview_problems: list[Problem] = field(default_factory=list)  # `mkdocs serve`: shown in every page
    not_found_page: str = ""  # the default language's 404.html, written last

    def reset(self) -> None:
        """Start a new build: forget everything of the previous one but whether we are serving."""
        serving = self.serving
        self.__init__()  # type: ignore[misc]
        self.serving = serving

    def require_site(self) -> Site:
        if self.site is None:
            raise RuntimeError("on_config checks the site before any page is rendered")
        return self.site


STATE = BuildState()


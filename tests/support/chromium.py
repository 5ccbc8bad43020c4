"""Launching Debian's Chromium through Playwright (tests and benchmarks).

Playwright's own browser download does not work on these machines; Debian's package
does. The flags keep Chromium from calling home, which the closed network refuses.
"""

from __future__ import annotations

from typing import Any

EXECUTABLE = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def launch(playwright: Any, **options: Any) -> Any:
    return playwright.chromium.launch(executable_path=EXECUTABLE, args=ARGS, **options)

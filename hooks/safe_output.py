"""A build replaces the site folder only when it succeeded.

MkDocs empties the site folder first and writes into it as it goes; a failure half-way (a
broken link in the third language, a warning under --strict) would leave half a site where
a good one was. This hook points the build at a staging folder beside the real one and
swaps it in at the very end, after MkDocs' strict check; a failed build removes the staging
folder and leaves the previous site untouched. `mkdocs serve` owns its folder and is left alone.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Literal

import static_i18n
from build_state import STATE
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority


def on_startup(command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    STATE.serving = command == "serve"


@event_priority(static_i18n.AFTER - 10)  # after knowledge_base's on_config checked the content
def on_config(config: MkDocsConfig) -> None:
    if STATE.serving or static_i18n.I18n(config).in_another_language_pass or STATE.staging_dir:
        return
    STATE.site_dir = Path(config.site_dir)
    STATE.staging_dir = STATE.site_dir.with_name(STATE.site_dir.name + ".building")
    shutil.rmtree(STATE.staging_dir, ignore_errors=True)
    config.site_dir = str(STATE.staging_dir)


def on_build_error(error: Exception) -> None:
    STATE.failed = True


def on_shutdown() -> None:
    staging, target = STATE.staging_dir, STATE.site_dir
    if staging is None or target is None:
        return
    if STATE.failed or not staging.is_dir():
        shutil.rmtree(staging, ignore_errors=True)
        return
    previous = target.with_name(target.name + ".previous")
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        target.rename(previous)
    staging.rename(target)
    shutil.rmtree(previous, ignore_errors=True)

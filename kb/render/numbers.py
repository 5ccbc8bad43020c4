"""A standard's numbers as words of a language: what `{{ target }}`, `{{ value }}` and `{{ within }}`
render to, in pages and in the standard's own front matter."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from kb import clock
from kb.model.page import StandardMeta, Target
from kb.render import placeholders
from kb.render.language import Language


def own_standard(std: StandardMeta, lang: Language) -> SimpleNamespace:
    """{{ standards.<id>.title / .target / .value / .within }}"""
    target = current_target(std)
    numbers = {"title": std.title, "target": lang.target(target), "value": lang.quantity(target.value, target.unit)}
    if std.metric.within:  # a standard without a time limit has no {{ within }}
        numbers["within"] = lang.within(std.metric.within)
    return SimpleNamespace(**numbers)


def current_target(std: StandardMeta) -> Target:
    """The target in force on the day the site is built (a raise may be scheduled for later)."""
    return std.metric.target_on(clock.today())


def standard_values(std: StandardMeta, lang: Language) -> dict[str, Any]:
    """What a standard's own front-matter texts may name."""
    return {k: v for k, v in vars(own_standard(std, lang)).items() if k != "title"}


def own_text(std: StandardMeta, text: str, lang: Language) -> str:
    """One of the standard's front-matter texts with its placeholders filled in (checked before)."""
    return placeholders.fill(text, standard_values(std, lang), "")[0]

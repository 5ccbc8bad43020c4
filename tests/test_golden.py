"""Every generated block in every language matches its natively reviewed golden file."""

from __future__ import annotations

import difflib

import pytest

from kb.languages import LANGUAGES
from tests.golden import GOLDEN, render


@pytest.mark.parametrize("lang", LANGUAGES)
def test_generated_text_matches_the_reviewed_golden_file(lang: str) -> None:
    expected = (GOLDEN / f"{lang}.txt").read_text(encoding="utf-8")
    actual = render(lang)
    diff = "\n".join(difflib.unified_diff(expected.splitlines(), actual.splitlines(), "golden", "now", lineterm=""))
    assert actual == expected, f"have a native speaker review, then `python -m tests.golden --update`:\n{diff}"

"""The kb package on its own, without MkDocs: slugs, labels, model, command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, Project
from kb.content import load_site
from kb.model import StandardMeta, Target, json_schema, same_in_all_languages
from kb.slugs import slugify


@pytest.mark.parametrize("heading, anchor", [
    ("Ինչպե՞ս բողոքել", "inchpes-boghokel"),
    ("Ծառայության մակարդակներ", "tsarhayutyan-makardakner"),
    ("Jak podat stížnost?", "jak-podat-stiznost"),
    ("Jak złożyć skargę?", "jak-zlozyc-skarge"),
    ("Öffnungszeiten & Straße", "offnungszeiten-strasse"),
])
def test_anchors_are_readable_ascii_in_every_script(heading: str, anchor: str) -> None:
    assert slugify(heading, "-") == anchor


@pytest.mark.parametrize("lang, value, unit, text", [
    ("cs", 1, "working-days", "nejvýše 1\u00a0pracovní den"),
    ("cs", 3, "working-days", "nejvýše 3\u00a0pracovní dny"),
    ("cs", 15, "working-days", "nejvýše 15\u00a0pracovních dnů"),
    ("pl", 5, "working-days", "najwyżej 5\u00a0dni roboczych"),
    ("de", 2, "hours", "höchstens 2\u00a0Stunden"),
    ("hy", 24, "hours", "առավելագույնը 24\u00a0ժամ"),
    ("de", 95.5, "percent", "höchstens 95,5\u00a0%"),
])
def test_targets_read_naturally_in_each_language(lang: str, value: float, unit: str, text: str) -> None:
    site = load_site(ROOT / "docs", ROOT)
    assert site.labels is not None
    target = Target(direction="at-most", value=value, unit=unit)
    assert site.labels.target(target, lang) == text


def test_language_independent_fields_are_derived_from_the_model() -> None:
    assert set(same_in_all_languages(StandardMeta)) == {
        ("id",), ("owner",), ("review",),
        ("metric", "target", "direction"), ("metric", "target", "value"), ("metric", "target", "unit"),
        ("metric", "period"),
    }


def test_editor_schema_rejects_unknown_keys_and_requires_owner_and_metric() -> None:
    schema = json_schema()
    assert schema["additionalProperties"] is False
    assert {"id", "title", "owner", "metric", "review"} <= set(schema["required"])


def test_check_command_passes_on_the_real_content() -> None:
    result = subprocess.run([sys.executable, "-m", "kb", "check", "docs"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "no problems" in result.stdout


def test_check_command_reports_problems_without_mkdocs(project: Project) -> None:
    project.edit("docs/de/standards/courtesy.md", r"^owner:.*\n", "")
    result = subprocess.run([sys.executable, "-m", "kb", "check", "docs"], cwd=project.root,
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "docs/de/standards/courtesy.md: [missing-field] `owner` is missing" in result.stderr
    assert "mkdocs" not in result.stderr.lower()


def test_placeholders_leave_heading_ids_alone() -> None:
    from kb.placeholders import context, fill
    site = load_site(ROOT / "docs", ROOT)
    page = site.page("de", "faq.md")
    assert page is not None
    text, problems = fill(page, "## Frage {#reply-time}\n\n{{ org.email }}\n", context(site, "de", "faq.md"))
    assert problems == []
    assert text.startswith("## Frage {#reply-time}\n") and "@" in text

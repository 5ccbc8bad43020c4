"""Results against the standards: the checks on results.csv and what the pages show."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, Project
from kb.content import load_site
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES
from kb.model import Period
from kb.results import latest_due, load_results

TODAY = datetime.date(2026, 11, 23)
HEADER = "standard,period,result\n"


@pytest.fixture(scope="module")
def standards() -> dict:
    return {s.id: s for s in load_site(ROOT / "docs", ROOT).standards(DEFAULT_LANGUAGE)}


def complete_rows(standards: dict, skip: str = "") -> str:
    """A row for the latest due period of every standard (but `skip`)."""
    return "".join(f"{i},{latest_due(s.metric.period, TODAY)},{s.metric.target.value}\n"
                   for i, s in sorted(standards.items()) if i != skip)


def check(tmp_path: Path, text: str, standards: dict) -> list[str]:
    path = tmp_path / "results.csv"
    path.write_text(text, encoding="utf-8")
    return [str(p) for p in load_results(path, "docs/_data/results.csv", standards, TODAY)[1]]


def test_latest_due_period_waits_for_the_grace_days() -> None:
    assert str(latest_due(Period.MONTH, datetime.date(2026, 11, 15))) == "2026-09"
    assert str(latest_due(Period.MONTH, datetime.date(2026, 11, 16))) == "2026-10"
    assert str(latest_due(Period.QUARTER, TODAY)) == "2026-Q3"
    assert str(latest_due(Period.YEAR, TODAY)) == "2025"


def test_complete_results_pass(tmp_path: Path, standards: dict) -> None:
    assert check(tmp_path, HEADER + complete_rows(standards), standards) == []


@pytest.mark.parametrize("row, message", [
    ("refunds,2026-10,90", r"\[unknown-standard\] there is no standard `refunds`"),
    ("availability,2026-Q3,80", r"\[bad-period\] `2026-Q3` is not a month .*\n\s+fix: write the period like `2026-10`"),
    ("courtesy,2026-09,90", r"\[bad-period\] `2026-09` is not a quarter"),
    ("availability,2026-09,81 %", r"\[bad-result\] `81 %` is not a number\n\s+fix: write the result in percent"),
    ("availability,2026-09,120", r"\[bad-result\] `120` is not a possible result in percent"),
    ("availability,2026-09", r"\[results-row\] the row has 2 values instead of 3"),
    ("availability,2026-10,81", r"\[duplicate-result\] `availability` 2026-10 is already reported on line \d+"),
])
def test_bad_rows_are_reported_with_file_line_and_fix(tmp_path: Path, standards: dict, row: str, message: str) -> None:
    problems = check(tmp_path, HEADER + complete_rows(standards) + row + "\n", standards)
    assert any(re.search(r"docs/_data/results\.csv:\d+: " + message, p) for p in problems), problems


def test_a_missing_latest_result_names_the_row_to_add(tmp_path: Path, standards: dict) -> None:
    problems = check(tmp_path, HEADER + complete_rows(standards, skip="courtesy"), standards)
    assert problems == [
        "docs/_data/results.csv: [result-missing] no result for `courtesy` for 2026-Q3, which was due on 2026-10-15"
        "\n    fix: add the row `courtesy,2026-Q3,<result>` — or `courtesy,2026-Q3,not measured yet`"]


def test_not_measured_yet_counts_as_reported(tmp_path: Path, standards: dict) -> None:
    rows = complete_rows(standards, skip="courtesy") + "courtesy,2026-Q3,not measured yet\n"
    assert check(tmp_path, HEADER + rows, standards) == []


def test_a_wrong_header_is_reported(tmp_path: Path, standards: dict) -> None:
    assert check(tmp_path, "standard;period;value\n", standards) == [
        "docs/_data/results.csv:1: [results-header] the first line is not the header"
        "\n    fix: make the first line exactly `standard,period,result`"]


def test_a_missing_result_fails_the_build(project: Project) -> None:
    project.edit("docs/_data/results.csv", r"^training,2025,.*\n", "")
    build = project.build(KB_TODAY="2026-11-23")
    assert build.returncode != 0
    assert "docs/_data/results.csv: [result-missing] no result for `training` for 2025" in build.output


def _missed_site(project: Project) -> Path:
    """The site with the latest availability result below its target (at least 80 %)."""
    project.edit("docs/_data/results.csv", r"^availability,2026-10,.*$", "availability,2026-10,71.5")
    build = project.build(KB_TODAY="2026-11-23")
    assert build.returncode == 0, build.output
    return build.site


def test_a_missed_target_shows_as_missed_in_every_language(project: Project) -> None:
    site = _missed_site(project)
    labels = load_site(project.root / "docs", project.root).labels
    assert labels is not None
    for lang in LANGUAGES:
        root = site if lang == DEFAULT_LANGUAGE else site / lang
        page = BeautifulSoup((root / "standards/availability/index.html").read_text("utf-8"), "html.parser")
        block = page.select_one(".kb-results")
        assert "71,5" in block.p.get_text() or "71.5" in block.p.get_text()
        assert block.select_one(".kb-status--missed").get_text(strip=True).endswith(labels.text("missed", lang))
        chart = block.select_one("svg[role=img]")
        assert chart.title.get_text() and chart.desc.get_text()
        assert chart["aria-labelledby"] == f"{chart.title['id']} {chart.desc['id']}"
        assert len(block.select("details table tbody tr")) == 12
        overview = BeautifulSoup((root / "performance/index.html").read_text("utf-8"), "html.parser")
        row = next(tr for tr in overview.select(".kb-results tbody tr") if "availability" in tr.a["href"])
        assert labels.text("missed", lang) in row.get_text()


def test_charts_are_inline_and_load_nothing(built_site: Path) -> None:
    html = (built_site / "performance/index.html").read_text("utf-8")
    assert html.count("<svg class=\"kb-chart\"") >= 10
    assert not re.search(r"<script[^>]+src=\"https?://", html)

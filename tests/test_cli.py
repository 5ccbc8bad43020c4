"""The command line staff and CI use: `python -m kb ...`, in-process on a copy of the fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.cli.main import main
from kb.cli.translations import version
from kb.languages import LANGUAGES
from kb.problems import Problem, github_annotations
from tests.support import ROOT, Project


def kb(project: Project, *args: str) -> int:
    return main(["--root", str(project.root), *args])


def test_check_passes_on_the_fixture(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert kb(project, "check") == 0
    assert "pages checked, no errors" in capsys.readouterr().out


def test_check_reports_file_line_rule_and_fix(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.edit("docs/de/standards/response-time.md", r"^owner:.*\n", "")
    assert kb(project, "check") == 1
    err = capsys.readouterr().err
    assert "docs/de/standards/response-time.md: [missing-field] `owner` is missing" in err
    assert "fix: add `owner:` — Key of the owning team in docs/_data/owners.yml" in err


def test_many_problems_fit_githubs_ten_annotations(project: Project, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    for lang in LANGUAGES:  # 12 draft markers per file, as a fresh new-standard skeleton has
        project.edit(f"docs/{lang}/faq.md", r"\Z", "".join(f"\nTODO {i}\n" for i in range(12)))
    assert kb(project, "check", "--annotate", "--touched", "docs/pl/faq.md") == 1
    notes = [line for line in capsys.readouterr().out.splitlines() if line.startswith("::error")]
    assert len(notes) == 4, "one note per file and rule"
    assert notes[0].startswith("::error file=docs/pl/faq.md,line="), "the pull request's own file first"
    assert "12 times in this file (lines " in notes[0]
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert summary.count("| `draft-text` |") == 48, "the run's summary lists every problem"


def test_problems_beyond_ten_files_end_in_one_note_that_says_how_many() -> None:
    problems = [Problem(f"docs/cs/p{i:02}.md", 3, "draft-text", "draft marker", "remove it") for i in range(15)]
    notes = github_annotations(problems)
    assert len(notes) == 10
    assert "6 more problems in docs/cs/p09.md, docs/cs/p10.md" in notes[-1] and "line=" not in notes[-1]


def test_a_key_at_the_wrong_level_is_told_where_it_belongs(project: Project,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    misplaced = "previous_targets:\n  - {value: 85, until: 2026-08-31}\nmetric:"
    project.edit("docs/cs/standards/resolution.md", r"^metric:", misplaced)
    assert kb(project, "check") == 1
    err = capsys.readouterr().err
    assert "[unknown-key] unknown key `previous_targets`" in err
    assert "fix: `previous_targets` belongs under `metric:`: indent it there." in err
    assert "The content has 1 problem:" in err, "nothing that names the standard is blamed for its page"


def test_annotations_put_each_problem_on_its_line(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.edit("docs/cs/faq.md", r"\Z", "\nTODO doplnit\n")
    assert kb(project, "check", "--annotate") == 1
    out = capsys.readouterr().out
    assert (
        "::error file=docs/cs/faq.md,line=19,title=[draft-text]::draft marker `TODO` left in the page. "
        "Fix: write the final text in place of the whole note" in out
    )


def test_a_reminder_does_not_fail_the_check_unless_the_change_touches_it(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KB_TODAY", "2027-07-15")  # the review date 2027-06-30 has passed
    assert kb(project, "check") == 0
    assert "review-overdue" in capsys.readouterr().err
    assert kb(project, "check", "--touched", "docs/de/faq.md") == 0
    assert kb(project, "check", "--touched", "docs/cs/standards/response-time.md") == 1
    assert "docs/cs/standards/response-time.md:18: [review-overdue]" in capsys.readouterr().err


def test_check_outside_a_repository_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 2
    assert "no mkdocs.yml here or above" in capsys.readouterr().err


def test_new_standard_writes_four_files_the_build_refuses_until_written(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kb(project, "new-standard", "complaint-handling", "--owner", "complaints") == 0
    for lang in LANGUAGES:
        text = project.read(f"docs/{lang}/standards/complaint-handling.md")
        assert "id: complaint-handling" in text and "owner: complaints" in text and "review: 2027-11-20" in text
    assert "- standards/complaint-handling.md" in project.read("mkdocs.yml")
    capsys.readouterr()
    assert kb(project, "check") == 1
    err = capsys.readouterr().err
    assert "docs/de/standards/complaint-handling.md:3: [draft-text] draft marker `TODO`" in err
    assert "docs/cs/standards/complaint-handling.md:11: [draft-text]" in err, "the example target is marked too"


@pytest.mark.parametrize(
    "args, message",
    [
        (("courtesy-x", "--owner", "nobody"), "[unknown-owner] the owner `nobody` is not in docs/_data/owners.yml"),
        (("response-time", "--owner", "complaints"), "[duplicate-id] the standard `response-time` already exists"),
        (("../evil", "--owner", "complaints"), "[bad-id] `../evil` is not a valid id"),
    ],
)
def test_new_standard_refuses_what_it_cannot_create(
    project: Project, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    assert kb(project, "new-standard", *args) == 1
    assert message in capsys.readouterr().err
    assert not list(project.path("docs").rglob("evil*"))


def test_translations_record_the_czech_version_they_follow(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kb(project, "translations") == 0
    assert "translated from the current Czech page" in capsys.readouterr().out
    project.edit("docs/cs/faq.md", r"\Z", "\nNová věta.\n")
    kb(project, "translations")
    assert f"faq.md | - | {', '.join(LANGUAGES[1:])} | -" in capsys.readouterr().out
    assert kb(project, "check") == 0, "an older translation is a reminder, not an error"
    assert "docs/de/faq.md:2: [translation-outdated]" in capsys.readouterr().err
    assert kb(project, "translations", "--done", *(f"docs/{lang}/faq.md" for lang in LANGUAGES[1:])) == 0
    assert f'translated_from: "{version(project.path("docs/cs/faq.md"))}"' in project.read("docs/de/faq.md")
    capsys.readouterr()
    kb(project, "translations")
    assert "faq.md |" not in capsys.readouterr().out


def test_codeowners_and_schema_are_generated_and_checked(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert kb(project, "codeowners") == 0
    text = project.read(".github/CODEOWNERS")
    assert "/docs/*/standards/resolution.md @example-org/complaints @example-org/knowledge-base" in text
    assert kb(project, "codeowners", "--check") == 0
    project.edit("docs/_data/owners.yml", r"@example-org/complaints", "@example-org/claims")
    assert kb(project, "codeowners", "--check") == 1
    assert "CODEOWNERS is out of date: run `python -m kb codeowners`" in capsys.readouterr().err


def test_the_repository_files_generated_from_the_model_are_up_to_date() -> None:
    assert main(["--root", str(ROOT), "schema", "--check"]) == 0
    assert main(["--root", str(ROOT), "codeowners", "--check"]) == 0


def test_reminders_name_each_owner(project: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KB_TODAY", "2027-07-15")
    out = tmp_path / "reminders.json"
    assert kb(project, "reminders", "--json", str(out)) == 0
    items = {item["owner"]: item for item in json.loads(out.read_text("utf-8"))}
    assert set(items) == {"contact-centre", "complaints"}
    assert "@example-org/complaints" in items["complaints"]["body"]
    assert "`docs/cs/standards/resolution.md:18` — the review date 2027-06-30 has passed" in items["complaints"]["body"]
    assert (
        "result-missing" not in items["complaints"]["body"]
        and "no result for `resolution`" in items["complaints"]["body"]
    )
    # June has ended but its result is not due before 15 July: a note for staff, not for the owner
    assert not any("no result yet" in item["body"] for item in items.values())


def test_a_tool_failure_is_not_reported_as_a_content_problem(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("kb.cli.main.check", lambda site: 1 / 0)
    assert kb(project, "check") == 3
    assert "This is a fault of the tool, not of your content" in capsys.readouterr().err

"""Staff workflow: GitHub Actions, CODEOWNERS, scaffold, translation status, editor schema."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT, Project

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def kb(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kb", *args], cwd=cwd, capture_output=True, text=True)


def test_workflows_pass_actionlint() -> None:
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert actionlint, "actionlint comes with requirements.lock"
    result = subprocess.run([actionlint, *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actions_are_pinned_to_full_commit_shas() -> None:
    uses = [u for w in WORKFLOWS for u in re.findall(r"uses:\s*(\S+)", w.read_text("utf-8"))]
    external = [u for u in uses if not u.startswith("./")]
    assert external
    assert [u for u in external if not re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u)] == []


def test_workflows_have_least_privilege_and_a_pages_concurrency_group() -> None:
    for workflow in WORKFLOWS:
        data = yaml.safe_load(workflow.read_text("utf-8"))
        assert data["permissions"] == {"contents": "read"}, workflow.name
    deploy = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text("utf-8"))
    assert deploy["concurrency"]["group"] == "pages"
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    steps = [s.get("uses", "") for s in deploy["jobs"]["deploy"]["steps"]]
    assert any(s.startswith("actions/deploy-pages@") for s in steps)


def test_codeowners_is_in_sync_with_the_owners_registry() -> None:
    result = kb("codeowners", "--check")
    assert result.returncode == 0, result.stderr
    text = (ROOT / ".github" / "CODEOWNERS").read_text("utf-8")
    assert "/docs/*/standards/resolution.md @example-org/complaints" in text


def test_codeowners_check_fails_when_an_owner_changes(project: Project) -> None:
    shutil.copytree(ROOT / ".github", project.root / ".github")
    for lang in ("cs", "de", "pl", "hy"):
        project.edit(f"docs/{lang}/standards/training.md", r"^owner: quality$", "owner: digital")
    result = kb("codeowners", "--check", cwd=project.root)
    assert result.returncode == 1
    assert ".github/CODEOWNERS is out of date: run `python -m kb codeowners`" in result.stderr


def test_editor_schema_is_generated_from_the_model() -> None:
    result = kb("schema", "--check")
    assert result.returncode == 0, result.stderr


def test_scaffold_creates_a_standard_in_every_language_that_the_build_refuses_until_written(
        project: Project) -> None:
    result = kb("new-standard", "complaint-handling", "--owner", "complaints", cwd=project.root)
    assert result.returncode == 0, result.stderr
    for lang in ("cs", "de", "pl", "hy"):
        text = (project.root / f"docs/{lang}/standards/complaint-handling.md").read_text("utf-8")
        assert "id: complaint-handling" in text and "owner: complaints" in text
    assert "- standards/complaint-handling.md" in (project.root / "mkdocs.yml").read_text("utf-8")
    build = project.build()
    assert build.returncode != 0
    assert "docs/de/standards/complaint-handling.md:3: [draft-text] draft marker `TODO`" in build.output


def test_scaffold_refuses_an_existing_id_and_an_unknown_owner(project: Project) -> None:
    result = kb("new-standard", "courtesy", "--owner", "quality", cwd=project.root)
    assert result.returncode == 1
    assert "[duplicate-id] the standard `courtesy` already exists" in result.stderr
    result = kb("new-standard", "speed", "--owner", "nobody", cwd=project.root)
    assert result.returncode == 1
    assert "[unknown-owner] the owner `nobody` is not in docs/_data/owners.yml" in result.stderr


def test_translation_status_lists_translations_older_than_the_czech_page(project: Project) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    # the copy is one commit; backdate it so that the next commit is later
    subprocess.run([*git, "commit", "-q", "--amend", "--no-edit", "--date=2026-01-01T00:00:00"],
                   cwd=project.root, check=True, env={**os.environ, "GIT_COMMITTER_DATE": "2026-01-01T00:00:00"})
    assert "no translation is older" in kb("translations", cwd=project.root).stdout
    project.edit("docs/cs/faq.md", r"\Z", "\nNová věta.\n")
    project.edit("docs/de/faq.md", r"\Z", "\nNeuer Satz.\n")
    subprocess.run([*git, "commit", "-qam", "cs and de"], cwd=project.root, check=True)
    report = kb("translations", cwd=project.root).stdout
    assert "faq.md | - | pl, hy" in report


def test_pre_commit_configuration_is_valid_and_runs_the_content_checks() -> None:
    pre_commit = Path(sys.executable).parent / "pre-commit"
    result = subprocess.run([str(pre_commit), "validate-config", ".pre-commit-config.yaml"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    hooks = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))["repos"][0]["hooks"]
    assert any("kb check" in h["entry"] for h in hooks)


def _rule_names() -> set[str]:
    """The rule names of every Problem(file, line, rule, ...) the kb package can report."""
    names = set()
    for module in (ROOT / "kb").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Problem"
                    and len(node.args) > 2 and isinstance(node.args[2], ast.Constant)):
                names.add(node.args[2].value)
    return names


def test_contributing_explains_every_rule_the_build_can_report() -> None:
    rules = _rule_names()
    assert len(rules) >= 20, rules
    guide = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    assert [r for r in sorted(rules) if f"`{r}`" not in guide] == []

"""The GitHub workflows, pre-commit and CONTRIBUTING: valid, least privilege, pinned, and in step
with the rules the build can report."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.support import ROOT

WORKFLOWS = {p.stem: p for p in sorted((ROOT / ".github" / "workflows").glob("*.yml"))}


def load(name: str) -> dict[str, Any]:
    data: dict[Any, Any] = yaml.safe_load(WORKFLOWS[name].read_text("utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def test_workflows_pass_actionlint() -> None:
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert actionlint, "actionlint comes with requirements.lock"
    result = subprocess.run([actionlint, *map(str, WORKFLOWS.values())], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actions_and_containers_are_pinned_by_digest() -> None:
    for path in WORKFLOWS.values():
        text = path.read_text("utf-8")
        uses = re.findall(r"uses:\s*(\S+)", text)
        assert [u for u in uses if not re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u)] == [], path.name
        images = re.findall(r"container:\s*(\S+)", text)
        assert [i for i in images if not re.fullmatch(r"[\w./-]+:[\w.-]+@sha256:[0-9a-f]{64}", i)] == [], path.name


def test_every_workflow_reads_only_unless_a_job_needs_more() -> None:
    granted: dict[str, dict[str, str]] = {}
    for name in WORKFLOWS:
        data = load(name)
        assert data["permissions"] == {"contents": "read"}, name
        for job, spec in data["jobs"].items():
            extra = {k: v for k, v in (spec.get("permissions") or {}).items() if v == "write"}
            if extra:
                granted[f"{name}.{job}"] = extra
    assert granted == {
        "deploy.deploy": {"pages": "write", "id-token": "write"},
        "reminders.remind": {"issues": "write"},
        "new-standard.scaffold": {"contents": "write", "pull-requests": "write"},
    }


def test_only_main_is_deployed_one_at_a_time() -> None:
    deploy = load("deploy")
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    for job in deploy["jobs"].values():
        assert job["if"] == "github.ref == 'refs/heads/main'"
    assert deploy["jobs"]["deploy"]["needs"] == "build"


def test_a_content_only_pull_request_gets_the_fast_check_and_code_gets_the_tests() -> None:
    check = load("check")
    assert "python3 dev.py check --base=" in str(check["jobs"]["content"]["steps"])
    assert check["jobs"]["tests"]["if"] == "needs.changes.outputs.code == 'true'"
    assert check["jobs"]["content"]["timeout-minutes"] <= 15


def test_workflow_inputs_never_reach_a_shell_script_directly() -> None:
    """Untrusted values (inputs, branch names) reach scripts as environment variables only."""
    for name in WORKFLOWS:
        for job in load(name)["jobs"].values():
            for step in job.get("steps", []):
                assert "${{" not in step.get("run", ""), f"{name}: {step.get('name')}"


def test_pre_commit_runs_the_content_checks_and_the_linters() -> None:
    pre_commit = Path(sys.executable).parent / "pre-commit"
    result = subprocess.run(
        [str(pre_commit), "validate-config", ".pre-commit-config.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    entries = " ".join(
        h["entry"]
        for r in yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))["repos"]
        for h in r["hooks"]
    )
    for command in ("kb check", "ruff check", "mypy", "kb codeowners --check", "kb schema --check"):
        assert command in entries


def _rule_names() -> set[str]:
    """The rule names of every Problem(file, line, rule, ...) the kb package can report."""
    names: set[str] = set()
    for module in (ROOT / "kb").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "Problem"
                and len(node.args) > 2
                and isinstance(node.args[2], ast.Constant)
            ):
                names.add(str(node.args[2].value))
    return names


def test_contributing_explains_every_rule_the_build_can_report() -> None:
    rules = _rule_names()
    assert len(rules) >= 40, rules
    guide = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    assert [r for r in sorted(rules) if f"`{r}`" not in guide] == []

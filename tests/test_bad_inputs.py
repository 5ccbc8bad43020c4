"""The bad-input corpus (tests/bad_inputs.py), case by case: each bad input gets one clear
message — file, line where there is one, rule and fix — within 10 seconds, never a traceback;
each legitimate edge case passes."""

from __future__ import annotations

import datetime
import signal
import traceback
from pathlib import Path

import pytest

from kb.load.site import load_site
from kb.problems import Problem
from kb.rules import check
from tests.bad_inputs import CASES, LEGITIMATE, Case
from tests.support import FIXTURE_TODAY, Project

TIME_LIMIT = 10  # seconds: a hang detector, not a speed target


class Hang(Exception):
    pass


def problems_of(item: Case, folder: Path) -> list[Problem]:
    project = Project(folder, git=False, code=False)
    for edit in item.edits:
        edit(project)
    today = datetime.date.fromisoformat(item.env.get("KB_TODAY", FIXTURE_TODAY.isoformat()))
    return check(load_site(project.root / "docs", project.root), today)


def outcome(item: Case, folder: Path) -> str:
    """How the check answers a case, in the words of the reliability review."""
    def alarm(signum: int, frame: object) -> None:
        raise Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(TIME_LIMIT)
    try:
        found = problems_of(item, folder)
    except Hang:
        return "hang"
    except Exception:
        traceback.print_exc()
        return "traceback"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    wanted = [p for p in found if p.is_error != item.reminder]
    errors = [p for p in found if p.is_error]
    if not item.expect:
        return "accepted (legitimate)" if not errors else "refused (legitimate)"
    if not item.reminder and not errors:
        return "wrongly accepted"
    if item.reminder and errors:
        return "error instead of a reminder"
    for file, line, rule in item.expect:
        if not any(p.file == file and p.rule == rule and (line is None or p.line == line) and p.fix for p in wanted):
            print(f"expected {file}:{line} [{rule}], got:\n" + "\n".join(map(str, found)))
            return "wrong message"
    return "clear message"


@pytest.mark.parametrize("item", CASES, ids=[c.name for c in CASES])
def test_a_bad_input_gets_a_clear_message(item: Case, tmp_path: Path) -> None:
    assert outcome(item, tmp_path / "project") == "clear message"


@pytest.mark.parametrize("item", LEGITIMATE, ids=[c.name for c in LEGITIMATE])
def test_a_legitimate_edge_case_passes(item: Case, tmp_path: Path) -> None:
    assert outcome(item, tmp_path / "project") == "accepted (legitimate)"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 100

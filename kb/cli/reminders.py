"""Reminders for owners: what the calendar says is due, one message per owner.

    python -m kb reminders --json build/reminders.json

A passed review date, a result not yet entered, a corrective action past its date: none of
these stops publishing. The scheduled workflow (.github/workflows/reminders.yml) turns this
list into one GitHub issue per owner, opened or updated each week, closed when nothing is due.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from kb.load.site import Site
from kb.problems import Problem, reminders

TITLE = "Knowledge base: due for {name}"
LABEL = "kb-reminder"


@dataclass(frozen=True)
class Reminder:
    owner: str  # key of docs/_data/owners.yml
    github: str  # the team GitHub notifies
    title: str
    body: str


def for_owners(site: Site, problems: list[Problem]) -> list[Reminder]:
    """One reminder per owner with anything due; every owner gets an entry (empty body: close)."""
    due: dict[str, list[Problem]] = {key: [] for key in site.owners}
    for problem in reminders(problems):
        if problem.owner:  # owner-less reminders (translations) are listed by `kb translations`
            due.setdefault(problem.owner, []).append(problem)
    result = []
    for key, items in sorted(due.items()):
        owner = site.owners.get(key)
        name = owner.name("cs") if owner else "unassigned"
        github = owner.github if owner else ""
        body = _body(github, items) if items else ""
        result.append(Reminder(key, github, TITLE.format(name=f"{name} ({key})" if key else name), body))
    return result


def _body(github: str, items: list[Problem]) -> str:
    lines = [f"{github} — the knowledge base has {len(items)} item{'s' if len(items) != 1 else ''} due. "
             "The site stays online; please fix these in a pull request (GitHub's editor is enough).", ""]
    for problem in items:
        where = f"{problem.file}:{problem.line}" if problem.line else problem.file
        lines.append(f"- [ ] `{where}` — {problem.message}. **What to do:** {problem.fix}")
    lines += ["", "This issue is updated every Monday by the `Reminders` workflow and closed when nothing is due."]
    return "\n".join(lines)


def as_json(items: list[Reminder]) -> list[dict[str, str]]:
    return [asdict(item) for item in items]

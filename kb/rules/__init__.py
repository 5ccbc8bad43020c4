"""The content rules. Each rule takes the loaded site and today's date and yields Problems.

Schema rules (missing fields, unknown keys, types, ranges) run while loading, from kb.model;
the rules here look across fields, files, registries and languages:

- standards.py: owners, ids, review dates, facts that must be the same in every language;
- translations.py: every page in every language, heading ids, numbers per section;
- text.py: what staff text may contain (placeholders, HTML, draft markers, alphabets);
- results.py: results due, results in the future, missed targets and their corrective actions;
- data.py: the registries in docs/_data/ and mkdocs.yml against each other.

Problems of loading come first: they are the real errors, and rules skip what failed to load.
Problems that only the calendar causes are reminders (kb.problems.Severity).
"""

from __future__ import annotations

import datetime

from kb import clock
from kb.load.site import Site
from kb.problems import Problem
from kb.rules import data, results, standards, text, translations
from kb.rules.base import Rule

RULES: list[Rule] = [*standards.RULES, *translations.RULES, *text.RULES, *results.RULES, *data.RULES]


def check(site: Site, today: datetime.date | None = None) -> list[Problem]:
    """Every problem in the site: loading problems first, then the rules'; errors before reminders."""
    today = today or clock.today()
    found = list(dict.fromkeys(site.problems))
    loaded = set(found)
    for rule in RULES:
        found.extend(p for p in rule(site, today) if p not in loaded)
    unique = list(dict.fromkeys(found))
    stage = {p: (0 if p in loaded else 1) for p in unique}
    return sorted(unique, key=lambda p: (not p.is_error, stage[p], p.file, p.line or 0, p.rule, p.message))

"""Rules about results (docs/_data/results.csv) and corrective actions (docs/_data/actions.yml).

Each period's result is due GRACE_DAYS after the period ends; a missing one is a reminder,
not an error: the date alone never stops publishing. A result that misses the target in
force in its period needs a published corrective action.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from kb.languages import DEFAULT_LANGUAGE
from kb.load.datafiles import ACTIONS_FILE, RESULTS_FILE
from kb.load.results_csv import NOT_MEASURED
from kb.load.site import Site
from kb.model.page import Period, StandardMeta
from kb.model.results import EXAMPLES, PeriodKey, first_period, met, parse_period
from kb.problems import Problem, Severity
from kb.rules.base import Rule

GRACE_DAYS = 15  # results are published within 15 days after a period ends


def latest_due(kind: Period, today: datetime.date) -> PeriodKey:
    """The most recent period whose results must be published by `today`."""
    period = PeriodKey(kind, today.year - 2, 1)
    while period.next().last_day + datetime.timedelta(days=GRACE_DAYS) < today:
        period = period.next()
    return period


def results_are_published(site: Site, today: datetime.date) -> Iterable[Problem]:
    file = site.data_file(RESULTS_FILE)
    for std in site.standards(DEFAULT_LANGUAGE):
        due = latest_due(std.metric.period, today)
        if _not_entered(site, std, due):
            owner = site.owners.get(std.owner)
            yield Problem(file, None, "result-missing",
                          f"no result for `{std.id}` for {due}, which was due on {_due_date(due)}",
                          _add_row(std, due) + (f" (owner: {owner.email})" if owner else ""),
                          Severity.REMINDER, std.owner)


def results_of_the_last_period(site: Site, today: datetime.date) -> Iterable[Problem]:
    """Between a period's end and its due date, a note lists the rows still to enter, so that staff
    recording a month see at once which standard they left out (never an error, not sent to owners)."""
    file = site.data_file(RESULTS_FILE)
    for std in site.standards(DEFAULT_LANGUAGE):
        ended = latest_due(std.metric.period, today).next()
        if ended.last_day < today and _not_entered(site, std, ended):
            yield Problem(file, None, "result-not-entered",
                          f"no result yet for `{std.id}` for {ended} (due by {_due_date(ended)})",
                          _add_row(std, ended), Severity.REMINDER)


def _not_entered(site: Site, std: StandardMeta, period: PeriodKey) -> bool:
    """`std` owes a result for `period` (a new standard owes none before its first period) and
    results.csv has none."""
    first = first_period(std)
    if first is not None and period < first:
        return False
    return not any(r.standard == std.id and r.period == period for r in site.results)


def _due_date(period: PeriodKey) -> str:
    return (period.last_day + datetime.timedelta(days=GRACE_DAYS)).isoformat()


def _add_row(std: StandardMeta, period: PeriodKey) -> str:
    return f"add the row `{std.id},{period},<result>` — or `{std.id},{period},{NOT_MEASURED}`"


def first_periods_are_well_formed(site: Site, today: datetime.date) -> Iterable[Problem]:
    for page, std in ((p, p.standard) for p in site.pages.values() if p.standard):
        if std.metric.since and parse_period(std.metric.since, std.metric.period) is None:
            yield Problem(page.file, page.source.front.line(("metric", "since")), "bad-period",
                          f"`since: {std.metric.since}` is not a {std.metric.period.value}",
                          f"write the first period like the standard reports it, e.g. "
                          f"`{EXAMPLES[std.metric.period]}`")


def results_are_not_in_the_future(site: Site, today: datetime.date) -> Iterable[Problem]:
    file = site.data_file(RESULTS_FILE)
    for result in site.results:
        if result.period.last_day >= today:
            yield Problem(file, result.line, "result-in-future",
                          f"the period {result.period} of `{result.standard}` has not ended yet",
                          "enter a period's result after it ends; check the year and the month")


def missed_targets_have_actions(site: Site, today: datetime.date) -> Iterable[Problem]:
    if not site.actions_loaded:
        return  # the problem in actions.yml comes first
    file = site.data_file(RESULTS_FILE)
    standards = {s.id: s for s in site.standards(DEFAULT_LANGUAGE)}
    covered = {(a.standard, p) for a in site.actions for p in a.periods}
    for result in site.results:
        std = standards.get(result.standard)
        if std is None or result.value is None:
            continue
        target = std.metric.target_value_on(result.period.last_day)
        if not met(std.metric.target, target, result.value) and (std.id, str(result.period)) not in covered:
            yield Problem(file, result.line, "action-missing",
                          f"`{std.id}` missed its target in {result.period} ({result.value} against {target}) "
                          "and no corrective action says what is done about it",
                          f"add an action for `{std.id}` with the period `{result.period}` to "
                          f"{site.data_file(ACTIONS_FILE)}: what you do, who owns it, by when")


def actions_are_consistent(site: Site, today: datetime.date) -> Iterable[Problem]:
    file = site.data_file(ACTIONS_FILE)
    standards = {s.id: s for s in site.standards(DEFAULT_LANGUAGE)}
    rated = {(r.standard, str(r.period)): r for r in site.results}
    unreadable = site.unreadable_standards()
    for i, action in enumerate(site.actions, start=1):
        if action.standard in unreadable:
            continue
        where = f"action {i} (`{action.standard}`)"
        line = site.data_line(ACTIONS_FILE, "actions", i - 1)
        std = standards.get(action.standard)
        if std is None:
            yield Problem(file, line, "unknown-standard", f"{where} names a standard that does not exist",
                          f"use one of: {', '.join(sorted(standards))}")
            continue
        if site.owners and action.owner not in site.owners:
            yield Problem(file, site.data_line(ACTIONS_FILE, "actions", i - 1, "owner"), "unknown-owner",
                          f"{where}: the owner `{action.owner}` is not registered",
                          f"use one of: {', '.join(sorted(site.owners))}")
        for text in action.periods:
            period = parse_period(text, std.metric.period)
            result = rated.get((action.standard, text))
            if period is None:
                yield Problem(file, line, "bad-period", f"{where}: `{text}` is not a {std.metric.period.value}",
                              f"write the periods of `{action.standard}` like its rows in results.csv")
            elif result is None or result.value is None or met(
                    std.metric.target, std.metric.target_value_on(period.last_day), result.value):
                yield Problem(file, line, "action-without-miss",
                              f"{where}: no missed result of `{action.standard}` for {text}",
                              "list only the periods whose result missed the target")
        if not action.done and action.due < today:
            due_line = site.data_line(ACTIONS_FILE, "actions", i - 1, "due")
            yield Problem(file, due_line, "action-overdue", f"{where} was due on {action.due.isoformat()}",
                          "ask its owner to finish it and set `done: true`, or set a new `due:` date",
                          Severity.REMINDER, action.owner)


RULES: list[Rule] = [results_are_published, results_of_the_last_period, first_periods_are_well_formed,
                     results_are_not_in_the_future, missed_targets_have_actions, actions_are_consistent]

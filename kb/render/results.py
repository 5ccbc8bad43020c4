"""Results against the standards, in the page's language: a standard page's results section,
the performance page's overview, and the corrective actions for missed targets.

A result is judged against the target in force in its period (`metric.previous_targets`), so
raising a target does not re-rate the past.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from kb.load.site import STANDARDS_DIR, Site
from kb.model.page import StandardMeta
from kb.model.results import Action, PeriodKey, Result, first_period, met, parse_period
from kb.render import charts
from kb.render.language import Language
from kb.render.numbers import current_target
from kb.render.templating import render

TREND_LENGTH = 12


@dataclass(frozen=True)
class Rated:
    result: Result
    target_value: float
    met: bool | None  # None: not measured


def history(site: Site, std: StandardMeta, count: int = TREND_LENGTH) -> list[Rated]:
    """The last `count` reported periods of a standard, oldest first, each rated against its target."""
    rows = sorted((r for r in site.results if r.standard == std.id), key=lambda r: r.period)[-count:]
    rated = []
    for row in rows:
        value = std.metric.target_value_on(row.period.last_day)
        rated.append(Rated(row, value, None if row.value is None else met(std.metric.target, value, row.value)))
    return rated


def actions_for(site: Site, std_id: str, rows: list[Rated]) -> list[Action]:
    """The corrective actions that answer any missed period among `rows`: open ones first, then the
    most recent."""
    missed = {str(r.result.period) for r in rows if r.met is False}
    found = [a for a in site.actions if a.standard == std_id and missed & set(a.periods)]
    return sorted(found, key=lambda a: (a.done, [-_sortable(p) for p in sorted(a.periods, reverse=True)]))


def _sortable(period: str) -> int:
    digits = period.replace("-Q", "").replace("-", "")
    return int(digits.ljust(6, "0"))


def status(lang: Language, rated: Rated | None) -> str:
    """Met / missed / not measured, as words and a shape (colour alone would not tell)."""
    if rated is None:
        return escape(lang.text("no_result"))
    if rated.met is None:
        return escape(lang.text("not_measured"))
    key = "met" if rated.met else "missed"
    return render("status.html", key=key, mark="✓" if rated.met else "✗", text=lang.text(key))


def value(lang: Language, std: StandardMeta, rated: Rated | None) -> str:
    if rated is None or rated.result.value is None:
        return "–"
    return lang.quantity(rated.result.value, std.metric.target.unit)


def results_block(site: Site, std: StandardMeta, lang: Language) -> str:
    """The results section of a standard page: latest result, actions, trend chart and figures."""
    rows = history(site, std)
    line = latest_line(std, rows[-1] if rows else None, lang)
    measured = [r for r in rows if r.met is not None]
    actions = [(lang.text("action_finished" if a.done else "action",
                          periods=lang.period_list(_periods(a, std))), _action(site, a, lang))
               for a in actions_for(site, std.id, rows)]
    return render("results_block.html", heading=lang.text("results"), line=line, actions=actions,
                  chart=chart(std, rows, lang, compact=False) if len(measured) >= 2 else "",
                  figures_title=lang.text("figures"),
                  header=[lang.text(k) for k in ("reporting_period", "result", "target", "status")],
                  figures=[{"period": lang.period(r.result.period), "value": value(lang, std, r),
                            "target": lang.target(std.metric.target, r.target_value), "status": status(lang, r)}
                           for r in reversed(rows)])


def latest_line(std: StandardMeta, latest: Rated | None, lang: Language) -> str:
    """The sentence under a standard's results heading: the latest result, rated against the target of
    its own period, which the sentence names when the target has changed since."""
    target = escape(lang.target(current_target(std)))
    if latest is None:
        first = first_period(std)
        if first is None:
            return lang.html("latest_line_empty", target=target)
        return lang.html("latest_line_first", period=escape(lang.period(first)), target=target)
    period = escape(lang.period(latest.result.period))
    if latest.result.value is None:
        return lang.html("latest_line_none", period=period, status=status(lang, latest), target=target)
    if _target_changed(std, latest):
        return lang.html("latest_line_then", period=period, value=escape(value(lang, std, latest)),
                         status=status(lang, latest), then=escape(lang.target(std.metric.target, latest.target_value)),
                         target=target)
    return lang.html("latest_line", period=period, value=escape(value(lang, std, latest)),
                     status=status(lang, latest), target=target)


def _target_changed(std: StandardMeta, rated: Rated) -> bool:
    return rated.result.value is not None and rated.target_value != current_target(std).value


def results_table(site: Site, lang: Language, page_slug: str, order: list[str] | None = None) -> str:
    """Every standard's target, latest result, status and trend (the performance page)."""
    rows = []
    for std in site.standards_in_order(lang.code, order):
        history_ = history(site, std)
        latest = history_[-1] if history_ else None
        rows.append({
            "title": std.title, "href": site.url(page_slug, f"{STANDARDS_DIR}/{std.id}.md"),
            "target": lang.target(current_target(std)), "value": value(lang, std, latest),
            "period": lang.period(latest.result.period) if latest else "", "status": status(lang, latest),
            "then": lang.text("target_then", target=lang.target(std.metric.target, latest.target_value))
                    if latest and _target_changed(std, latest) else "",
            "chart": chart(std, history_, lang, compact=True) if sum(r.met is not None for r in history_) >= 2 else "",
            "record": _record(history_, lang),
        })
    header = [lang.text(k) for k in ("standard", "target", "latest", "status", "record", "trend")]
    return render("results_table.html", header=header, rows=rows)


def actions_table(site: Site, lang: Language, page_slug: str, order: list[str] | None = None) -> str:
    """Every corrective action for a missed target, with its standard, owner and date."""
    by_id = {s.id: s for s in site.standards_in_order(lang.code, order)}
    position = {std_id: i for i, std_id in enumerate(by_id)}
    actions = sorted(site.actions, key=lambda a: (position.get(a.standard, len(position)), a.due))
    rows = [{"title": by_id[a.standard].title, "href": site.url(page_slug, f"{STANDARDS_DIR}/{a.standard}.md"),
             "periods": lang.period_list(_periods(a, by_id[a.standard])), "action": _action(site, a, lang)}
            for a in actions if a.standard in by_id]
    if not rows:
        return render("no_actions.html", text=lang.text("actions_none"))
    header = [lang.text(k) for k in ("standard", "reporting_period", "action_header")]
    return render("actions_table.html", header=header, rows=rows)


def _record(rows: list[Rated], lang: Language) -> str:
    """"10 of 12": how many of the measured periods shown met their target."""
    measured = [r for r in rows if r.met is not None]
    if not measured:
        return "–"
    return lang.text("met_of", met=lang.number(sum(1 for r in measured if r.met)), total=lang.number(len(measured)))


def chart(std: StandardMeta, rows: list[Rated], lang: Language, compact: bool) -> str:
    measured = [r for r in rows if r.met is not None]
    hits = sum(1 for r in measured if r.met)
    description = lang.text(
        "chart_description", standard=std.title, periods=lang.periods_count(std.metric.period, len(rows)),
        range=lang.period_range(rows[0].result.period, rows[-1].result.period),
        target=lang.target(current_target(std)), met=lang.times(hits), missed=lang.times(len(measured) - hits))
    points = [charts.Point(lang.period(r.result.period), r.result.value, r.met) for r in rows]
    return charts.trend(points, current_target(std).value, chart_id=f"chart-{std.id}{'-mini' if compact else ''}",
                        title=lang.text("chart_title", standard=std.title), desc=description,
                        target_label=lang.target(current_target(std)), compact=compact)


def _action(site: Site, action: Action, lang: Language) -> str:
    owner = site.owners.get(action.owner)
    name = lang.name_in_text(owner.name(lang.code)) if owner else action.owner
    line = lang.html("action_line", action=escape(action.action(lang.code)), owner=escape(name),
                     due=escape(lang.date(action.due)))
    return f"{line} {escape(lang.text('action_done'))}" if action.done else line


def _periods(action: Action, std: StandardMeta) -> list[PeriodKey]:
    found = [parse_period(p, std.metric.period) for p in action.periods]
    return sorted(p for p in found if p is not None)

"""Results against the standards, rendered in the page's language: the results block of a
standard page and the overview table of the performance page."""

from __future__ import annotations

from html import escape

from babel.dates import format_date, format_skeleton

from kb import charts
from kb.content import STANDARDS_DIR, Site, url_between
from kb.labels import Labels
from kb.localized import locale
from kb.model import Period, StandardMeta
from kb.results import PeriodKey, Result, history, met

TREND_LENGTH = 12


def period_label(period: PeriodKey, lang: str) -> str:
    day = period.first_day
    if period.kind == Period.MONTH:
        return format_skeleton("yMMM", day, locale=locale(lang))
    if period.kind == Period.QUARTER:
        return format_date(day, "QQQ y", locale=locale(lang))
    return str(period.year)


def status(labels: Labels, std: StandardMeta, result: Result | None, lang: str) -> str:
    """Met / missed / not measured, as words (colour alone would not tell)."""
    if result is None or result.value is None:
        return labels.text("not_measured", lang)
    key = "met" if met(std.metric.target, result.value) else "missed"
    mark = "✓" if key == "met" else "✗"
    return f'<span class="kb-status kb-status--{key}"><span aria-hidden="true">{mark}</span> {labels.text(key, lang)}</span>'


def results_block(site: Site, std: StandardMeta, lang: str) -> str:
    """The results section of a standard page: latest result, trend chart and its figures."""
    labels = site.require_labels()
    rows = history(site.results, std.id, TREND_LENGTH)
    latest = rows[-1] if rows else None
    target = labels.target(std.metric.target, lang)
    parts = [f'## {labels.text("results", lang)} {{#results}}\n',
             '<div class="kb-results" data-search-exclude>',
             f'<p><strong>{labels.text("latest", lang)}</strong> '
             f'({period_label(latest.period, lang) if latest else "–"}): '
             f'{_value(labels, std, latest, lang)} — {status(labels, std, latest, lang)}. '
             f'{labels.text("target", lang)}: {target}.</p>']
    measured = [r for r in rows if r.value is not None]
    if len(measured) >= 2:
        parts.append(_chart(labels, std, rows, lang, compact=False))
    if rows:
        parts.append(f'<details class="kb-figures"><summary>{labels.text("figures", lang)}</summary>'
                     + _figures(labels, std, rows, lang) + "</details>")
    parts.append("</div>")
    return "\n".join(parts) + "\n"


def results_table(site: Site, lang: str, page_slug: str, order: list[str] | None = None) -> str:
    """Every standard's target, latest result, status and trend (the performance page)."""
    labels = site.require_labels()
    head = "".join(f"<th scope=\"col\">{labels.text(k, lang)}</th>"
                   for k in ("standard", "target", "latest", "status", "trend"))
    body = []
    for std in site.standards_in_order(lang, order):
        rows = history(site.results, std.id, TREND_LENGTH)
        latest = rows[-1] if rows else None
        link = url_between(page_slug, f"{STANDARDS_DIR}/{std.id}.md")
        chart = _chart(labels, std, rows, lang, compact=True) if sum(r.value is not None for r in rows) >= 2 else ""
        period = f" <small>({period_label(latest.period, lang)})</small>" if latest else ""
        body.append(f'<tr><th scope="row"><a href="{escape(link)}">{escape(std.title)}</a></th>'
                    f"<td>{labels.target(std.metric.target, lang)}</td>"
                    f"<td>{_value(labels, std, latest, lang)}{period}</td>"
                    f"<td>{status(labels, std, latest, lang)}</td><td>{chart}</td></tr>")
    return (f'<div class="kb-results md-typeset__table" data-search-exclude><table>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>\n")


def _value(labels: Labels, std: StandardMeta, result: Result | None, lang: str) -> str:
    if result is None or result.value is None:
        return "–"
    return labels.quantity(result.value, std.metric.target.unit, lang)


def _chart(labels: Labels, std: StandardMeta, rows: list[Result], lang: str, compact: bool) -> str:
    measured = [r for r in rows if r.value is not None]
    hits = sum(met(std.metric.target, r.value) for r in measured)  # type: ignore[arg-type]
    target = labels.target(std.metric.target, lang)
    desc = labels.text("chart_description", lang).format(
        standard=std.title, count=len(measured), first=period_label(rows[0].period, lang),
        last=period_label(rows[-1].period, lang), target=target, met=hits, missed=len(measured) - hits)
    points = [charts.Point(period_label(r.period, lang), r.value,
                           None if r.value is None else met(std.metric.target, r.value)) for r in rows]
    return charts.trend(points, std.metric.target.value, chart_id=f"chart-{std.id}{'-mini' if compact else ''}",
                        title=f"{labels.text('trend', lang)}: {std.title}", desc=desc,
                        target_label=target, compact=compact)


def _figures(labels: Labels, std: StandardMeta, rows: list[Result], lang: str) -> str:
    head = "".join(f'<th scope="col">{labels.text(k, lang)}</th>' for k in ("reporting_period", "result", "status"))
    body = "".join(f'<tr><th scope="row">{period_label(r.period, lang)}</th>'
                   f"<td>{_value(labels, std, r, lang)}</td><td>{status(labels, std, r, lang)}</td></tr>"
                   for r in reversed(rows))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

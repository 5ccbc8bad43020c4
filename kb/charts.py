"""Accessible inline SVG charts, drawn at build time: no charting script, no other origin.

Each chart is role="img" with a <title> and <desc> in the page's language; the figures
themselves go in a data table next to it. Met and missed results differ in shape (filled
circle, hollow square), not only in colour, and lines use currentColor, so the chart
follows the light and dark colour schemes.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT = 320, 120
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 8, 8, 14, 22


@dataclass(frozen=True)
class Point:
    label: str  # the period, as the reader reads it
    value: float | None  # None: not measured
    met: bool | None


def trend(points: list[Point], target: float, *, chart_id: str, title: str, desc: str,
          target_label: str, compact: bool = False) -> str:
    """A line chart of the results with the target as a dashed line."""
    measured = [p.value for p in points if p.value is not None]
    low = min(measured + [target])
    high = max(measured + [target])
    span = (high - low) or 1
    low, high = low - span * 0.15, high + span * 0.15
    width = WIDTH if not compact else 120
    height = HEIGHT if not compact else 32
    top, bottom = (PAD_TOP, PAD_BOTTOM) if not compact else (3, 3)
    step = (width - PAD_LEFT - PAD_RIGHT) / max(len(points) - 1, 1)

    def x(i: int) -> float:
        return PAD_LEFT + i * step

    def y(v: float) -> float:
        return top + (high - v) / (high - low) * (height - top - bottom)

    parts = [f'<svg class="kb-chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-labelledby="{chart_id}-t {chart_id}-d" focusable="false">',
             f'<title id="{chart_id}-t">{escape(title)}</title>',
             f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
             f'<line class="kb-chart__target" x1="{PAD_LEFT}" x2="{width - PAD_RIGHT}" '
             f'y1="{y(target):.1f}" y2="{y(target):.1f}" />']
    path = " ".join(f"{'M' if i == 0 or points[i - 1].value is None else 'L'}{x(i):.1f},{y(p.value):.1f}"
                    for i, p in enumerate(points) if p.value is not None)
    if path:
        parts.append(f'<path class="kb-chart__line" d="{path}" />')
    for i, p in enumerate(points):
        if p.value is None:
            continue
        if p.met:
            parts.append(f'<circle class="kb-chart__met" cx="{x(i):.1f}" cy="{y(p.value):.1f}" r="3" />')
        else:
            parts.append(f'<rect class="kb-chart__missed" x="{x(i) - 3:.1f}" y="{y(p.value) - 3:.1f}" '
                         f'width="6" height="6" />')
    if not compact:
        parts.append(f'<text x="{width - PAD_RIGHT}" y="{y(target) - 4:.1f}" text-anchor="end">'
                     f'{escape(target_label)}</text>')
        parts.append(f'<text x="{PAD_LEFT}" y="{height - 6}">{escape(points[0].label)}</text>')
        parts.append(f'<text x="{width - PAD_RIGHT}" y="{height - 6}" text-anchor="end">'
                     f'{escape(points[-1].label)}</text>')
    parts.append("</svg>")
    return "".join(parts)

"""Accessible inline SVG charts, drawn at build time: no charting script, no other origin.

Each chart is role="img" with a <title> and <desc> in the page's language; the figures
themselves go in a data table next to it. Met and missed results differ in shape (filled
circle, hollow square), not only in colour, and lines use currentColor, so the chart
follows the light and dark colour schemes. The geometry is computed here; the markup is
templates/chart.svg.
"""

from __future__ import annotations

from dataclasses import dataclass

from kb.render.templating import render

WIDTH, HEIGHT = 320, 120
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 8, 8, 14, 22


@dataclass(frozen=True)
class Point:
    label: str  # the period, as the reader reads it
    value: float | None  # None: not measured
    met: bool | None


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    met: bool


def trend(points: list[Point], target: float, *, chart_id: str, title: str, desc: str,
          target_label: str, compact: bool = False) -> str:
    """A line chart of the results with the target as a dashed line."""
    measured = [p.value for p in points if p.value is not None]
    low, high = min([*measured, target]), max([*measured, target])
    span = (high - low) or 1
    low, high = low - span * 0.15, high + span * 0.15
    width, height = (120, 32) if compact else (WIDTH, HEIGHT)
    top, bottom = (3, 3) if compact else (PAD_TOP, PAD_BOTTOM)
    step = (width - PAD_LEFT - PAD_RIGHT) / max(len(points) - 1, 1)

    def x(i: int) -> float:
        return round(PAD_LEFT + i * step, 1)

    def y(v: float) -> float:
        return round(top + (high - v) / (high - low) * (height - top - bottom), 1)

    path = " ".join(f"{'M' if i == 0 or points[i - 1].value is None else 'L'}{x(i)},{y(p.value)}"
                    for i, p in enumerate(points) if p.value is not None)
    marks = [Mark(x(i), y(p.value), bool(p.met)) for i, p in enumerate(points) if p.value is not None]
    return render("chart.svg", id=chart_id, width=width, height=height, title=title, desc=desc,
                  target_y=y(target), left=PAD_LEFT, right=width - PAD_RIGHT, path=path, marks=marks,
                  compact=compact, target_label=target_label, first=points[0].label, last=points[-1].label)

"""Geometry of the dashboard's server-rendered SVG bar charts (no JavaScript, no library).

The template draws the bars from these numbers and escapes every text it writes; each chart
also has a <title>, a <desc> and a table with the same numbers.
"""

from dataclasses import dataclass

BAR_WIDTH = 36
GAP = 14
PLOT_HEIGHT = 140
TOP = 24  # room for the value written above the tallest bar
BOTTOM = 30  # room for the label under each bar
LEFT = 8


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    width: int
    height: int
    label: str  # under the bar
    value_text: str  # above the bar
    tooltip: str  # the bar's own <title>
    label_x: int
    value_y: int


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    baseline: int
    bars: list[Bar]


def bar_chart(items, *, max_value=None) -> BarChart:
    """``items``: (label, value, value_text, tooltip) tuples, drawn left to right."""
    items = list(items)
    top_value = max_value or max((value for _l, value, _t, _p in items), default=0) or 1
    baseline = TOP + PLOT_HEIGHT
    bars = []
    for index, (label, value, value_text, tooltip) in enumerate(items):
        x = LEFT + index * (BAR_WIDTH + GAP)
        height = round(PLOT_HEIGHT * max(value, 0) / top_value)
        # A zero still shows as a thin line, so that the bar's place is visible.
        height = max(height, 1)
        bars.append(
            Bar(
                x=x,
                y=baseline - height,
                width=BAR_WIDTH,
                height=height,
                label=label,
                value_text=value_text,
                tooltip=tooltip,
                label_x=x + BAR_WIDTH // 2,
                value_y=baseline - height - 6,
            )
        )
    width = LEFT * 2 + max(len(items), 1) * (BAR_WIDTH + GAP) - GAP
    return BarChart(width=width, height=baseline + BOTTOM, baseline=baseline, bars=bars)

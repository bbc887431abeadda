"""A small chart of value against cost, one line per event, in eighth-of-a-cell bars.

Each line reads: date, whether the 1,000 kr was picked up (✓ yes, ✗ no),
the event's name, a value bar with its amount and a cost bar with its
amount. Both bars share one scale, so a longer value bar than cost bar means
the event paid for itself. Colours come from the theme through component
classes; the column headings keep the chart readable in monochrome.
"""

from __future__ import annotations

from typing import Sequence

from rich.text import Text
from textual.widget import Widget

from netevent.domain.figures import bar, fit, money
from netevent.services.report import EventRow
from netevent.domain.text import fold

__all__ = ["ValueCostChart", "chart_layout", "chart_text", "short_name"]

_FIXED = 10 + 1 + 1 + 1 + 1 + 9 + 1 + 9  # date, mark, gaps and both amounts
_MARK = {True: "✓", False: "✗", None: " "}


def chart_layout(width: int) -> tuple[int, int]:
    """(name width, bar width) for a chart `width` cells wide."""
    spare = max(width - _FIXED, 20)
    name = max(8, min(24, spare // 3))
    return name, max(4, (spare - name) // 2)


class ValueCostChart(Widget):
    """Value vs cost per event; give it rows with `show`."""

    COMPONENT_CLASSES = {"chart--value", "chart--cost", "chart--head", "chart--empty"}
    DEFAULT_CSS = """
    ValueCostChart { height: auto; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: tuple[EventRow, ...] = ()
        self.network = ""

    def show(self, rows: Sequence[EventRow], *, network: str = "") -> None:
        """Chart these events (oldest first); names drop a leading `network` ("Nord — maj" → "maj")."""
        self.rows = tuple(rows)
        self.network = network
        self.refresh(layout=True)

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return len(self.rows) + 1 if self.rows else 1

    def render(self) -> Text:
        if not self.rows:
            return Text("No events to chart yet.", style=self.get_component_rich_style("chart--empty"))
        return chart_text(
            self.rows,
            self.content_region.width or self.size.width,
            value_style=self.get_component_rich_style("chart--value"),
            cost_style=self.get_component_rich_style("chart--cost"),
            head_style=self.get_component_rich_style("chart--head"),
            network=self.network,
        )


def short_name(name: str, network: str) -> str:
    """An event's name without its network's name in front: "Netværk Nord — maj" → "maj"."""
    if network and fold(name[: len(network)]) == fold(network):
        rest = name[len(network):].lstrip(" —–-:,·/")
        if rest:
            return rest
    return name


def chart_text(rows: Sequence[EventRow], width: int, *, value_style="", cost_style="", head_style="",  # type: ignore[no-untyped-def]
               network: str = "") -> Text:
    """The chart as text `width` cells wide (names cut with "…", user text never markup)."""
    name_w, bar_w = chart_layout(width)
    largest = max((max(r.value, r.cost) for r in rows), default=0.0)
    out = Text(no_wrap=True, overflow="ellipsis")
    head = f"{'date':<10}   {fit('event', name_w)} {fit('value', bar_w + 10)} {'cost'}"
    out.append(head + "\n", style=head_style)
    for r in rows:
        out.append(f"{(r.date or '—'):<10} {_MARK[r.picked_up]} {fit(short_name(r.name, network), name_w)} ")
        out.append(bar(r.value, largest, bar_w), style=value_style)
        out.append(f"{money(r.value, unit=''):>9} ")
        out.append(bar(r.cost, largest, bar_w), style=cost_style)
        out.append(f"{money(r.cost, unit=''):>9}\n")
    out.rstrip()
    return out

"""A small chart of value against cost, one line per event, in eighth-of-a-cell bars.

Each line reads: date, whether the 1,000 kr was picked up (✓ yes, ✗ no),
the event's name, a value bar with its amount and a cost bar with its
amount. Both bars share one scale, so a longer value bar than cost bar means
the event paid for itself. Colours come from the theme through component
classes; the column headings keep the chart readable in monochrome.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from netevent.i18n import _
from netevent.services.report import EventRow
from netevent.tui.render.chart import chart_text

__all__ = ["ValueCostChart"]


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

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """One line per event, plus the heading."""
        return len(self.rows) + 1 if self.rows else 1

    def render(self) -> Text:
        """The chart, as wide as the widget."""
        if not self.rows:
            return Text(_("No events to chart yet."), style=self.get_component_rich_style("chart--empty"))
        return chart_text(
            self.rows,
            self.content_region.width or self.size.width,
            value_style=self.get_component_rich_style("chart--value"),
            cost_style=self.get_component_rich_style("chart--cost"),
            head_style=self.get_component_rich_style("chart--head"),
            network=self.network,
        )

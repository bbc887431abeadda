"""The network report (`R`): is each network worth the time and money you put into it?

One page per network (Tab / → for the next, Shift+Tab / ← for the previous),
after an overview of all of them: events, hours, money, people met, gives
and gets with the give share, outcomes, value, follow-ups kept, and a chart
of value against cost per event.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from netevent.i18n import N_, _
from netevent.services.events import network_name
from netevent.services.report import build_report
from netevent.tui.render.report import network_content, overview_content
from netevent.tui.safe import assemble
from netevent.tui.screens.base import RepoScreen, screen_keys
from netevent.tui.widgets.chart import ValueCostChart

__all__ = ["ReportScreen", "ALL"]

ALL = N_("All networks")
"""The first page: every network side by side."""


class ReportScreen(RepoScreen[None]):
    """What each network gave you against what it cost, over time."""

    BINDINGS = [
        Binding("escape", "close", N_("Back"), id="report-back"),
        Binding("tab,right", "switch(1)", N_("Next network"), id="report-next"),
        Binding("shift+tab,left", "switch(-1)", N_("Previous"), id="report-previous"),
        *screen_keys("report"),
    ]
    HELP_INTRO = N_("# Network report — keys\n\nIs each network worth the time and money you put into it?\n")

    def __init__(self, *, today: str | None = None) -> None:
        super().__init__()
        self.today = today
        self.page = 0

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield Header(icon="◆")
        yield Static("", id="report-tabs")
        with VerticalScroll(id="report-box"):
            yield Static("", id="report-figures")
            yield ValueCostChart(id="report-chart")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.sub_title = _("Network report")
        self.report = build_report(self.repo, today=self.today)
        names = self.pages()
        event = self.repo.current_event()
        wanted = event.network if event and event.network else ""
        self.page = next((i for i, n in enumerate(names) if n == wanted), 0)
        self.show_page()
        self.query_one("#report-box").focus()

    def pages(self) -> list[str]:
        """The page names: the overview, then each network."""
        names = [n.network for n in self.report.networks]
        return names if len(names) == 1 else [ALL] + names  # ALL is a key: translated where shown

    def show_page(self) -> None:
        """Show the current page and mark it in the tab line."""
        names = self.pages()
        tabs: list[str | tuple[str, str]] = []
        for i, name in enumerate(names):
            shown = _(ALL) if name is ALL else network_name(name)  # a network's name is data, never translated
            tabs += [" │ " if i else " ", (f" {shown} ", "reverse bold" if i == self.page else "")]
        self.query_one("#report-tabs", Static).update(assemble(*tabs))
        chart = self.query_one(ValueCostChart)
        name = names[self.page] if names else ALL
        network = next((n for n in self.report.networks if n.network == name), None)
        if network is None:
            # The page's columns: the screen's less the box's border and padding and a scroll bar.
            self.query_one("#report-figures", Static).update(overview_content(self.report, self.size.width - 6))
            chart.display = False
        else:
            figures = self.query_one("#report-figures", Static)
            # The page's columns: the screen's less the box's border and padding and a scroll bar.
            figures.update(network_content(network, self.size.width - 6))
            chart.display = True
            chart.show(network.rows, network=network.network)
        self.query_one("#report-box").scroll_home(animate=False)

    def on_resize(self) -> None:
        """A long value wraps under itself at the new width."""
        if hasattr(self, "report"):
            self.show_page()

    def action_switch(self, step: int) -> None:
        """The next (+1) or previous (-1) network, round the end."""
        count = len(self.pages())
        if count > 1:
            self.page = (self.page + step) % count
            self.show_page()

    def action_close(self) -> None:
        """Back to the room."""
        self.dismiss(None)

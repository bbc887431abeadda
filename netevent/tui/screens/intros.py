"""Tonight's introductions (`I`): the best pairs of other people in the room, each with why.

Introducing two people is the cheapest give there is: Enter logs it as a
give to both (the same service as `i` on a card and `netevent intro`); the
pair stays on the board, marked with the date. `o` goes back to the room
with the first person's card.
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from netevent.i18n import N_, _, format_date
from netevent.services.intro_board import Board, BoardPair, intro_board
from netevent.services.ledger import log_introduction
from netevent.tui.render.intros import board_status, pair_label
from netevent.tui.screens.base import RepoScreen, screen_keys

__all__ = ["IntrosScreen"]


class IntrosScreen(RepoScreen[int | None]):
    """The board; returns a person id when `o` asks to open their card."""

    BINDINGS = [
        Binding("escape", "close", N_("Back"), id="intros-back"),
        # Over the list's own Enter, so that the footer shows what Enter does here.
        Binding(
            "enter",
            "introduce",
            N_("Introduce"),
            id="intros-introduce",
            priority=True,
            tooltip=N_("Log the introduction: a give to both"),
        ),
        Binding("o", "open_person", N_("Open person"), id="intros-open", tooltip=N_("Back to the room with this card")),
        *screen_keys("intros"),
    ]
    HELP_INTRO = N_(
        "# Tonight's introductions — keys\n\nThe best pairs of other people in "
        "the room: introducing two people is the cheapest give there is.\n"
    )

    def __init__(self) -> None:
        super().__init__()
        self.board: Board | None = None
        self._again: tuple[int, int] | None = None  # a pair introduced before, Enter pressed once

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield Header(icon="◆")
        yield Static(_("Finding the best introductions…"), id="intros-status")
        yield OptionList(id="intros-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.sub_title = _("Tonight's introductions")
        self.query_one("#intros-list").border_title = _("Introduce them to each other")
        self.query_one(OptionList).focus()
        self.refresh_board()

    @work(thread=True, exclusive=True, group="intros", exit_on_error=False)
    def refresh_board(self, keep: tuple[int, int] | None = None) -> None:
        """Work the board out again (off the UI thread) and show it, keeping `keep` highlighted."""
        try:
            board = intro_board(self.repo)
        except Exception as error:  # no current event: said on the screen
            self.app.call_from_thread(self._show_problem, str(error))
            return
        self.app.call_from_thread(self._show, board, keep)

    def _show_problem(self, message: str) -> None:
        self.query_one("#intros-status", Static).update(
            Text(_("{message} (e on the main screen)").format(message=message))
        )

    def _show(self, board: Board, keep: tuple[int, int] | None) -> None:
        self.board = board
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(pair_label(p), id=f"{p.first}-{p.second}") for p in board.pairs])
        if not board.pairs:
            hint = _("Nobody in the room needs what another one brings yet: add needs and strengths to people.")
            options.add_option(Option(Text(hint, style="dim"), disabled=True))
        keys = [(p.first, p.second) for p in board.pairs]
        if keys:
            options.highlighted = keys.index(keep) if keep in keys else 0
        self.query_one("#intros-status", Static).update(board_status(board))

    def highlighted_pair(self) -> BoardPair | None:
        """The pair under the cursor, if any."""
        options = self.query_one(OptionList)
        if self.board is None or options.highlighted is None or not self.board.pairs:
            return None
        return self.board.pairs[options.highlighted] if options.highlighted < len(self.board.pairs) else None

    def action_introduce(self) -> None:
        """Log the highlighted introduction as a give to both (asks once more for a pair introduced before)."""
        pair, board = self.highlighted_pair(), self.board
        if pair is None or board is None:
            return
        key = (pair.first, pair.second)
        if pair.introduced and self._again != key:
            self._again = key
            message = _("You introduced them on {date}: Enter again to log it once more")
            self.notify(message.format(date=format_date(pair.introduced)), severity="warning", markup=False)
            return
        self._again = None
        job = partial(log_introduction, self.repo, pair.first, pair.second, event_id=board.event.id,
                      what=pair.topic, date=self.host.today())  # fmt: skip

        def done(_entries: object) -> None:
            self.notify(
                _("Introduced {first_name} and {second_name}: a give to both").format(
                    first_name=pair.first_name, second_name=pair.second_name
                ),
                markup=False,
            )
            self.refresh_board(key)

        self.host.write(job, done)

    def action_open_person(self) -> None:
        """Back to the room with the highlighted pair's first person on the card."""
        pair = self.highlighted_pair()
        if pair is not None:
            self.dismiss(pair.first)

    def action_close(self) -> None:
        """Back to the room."""
        self.dismiss(None)

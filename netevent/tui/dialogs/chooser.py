"""A dialog that picks one item from a list, optionally narrowed by typing.

Used to pick whom to introduce someone to, whom a new follow-up is about and
whom to add to today's targets. It is a `FormModal` without fields: Enter in
the filter box or on the list chooses the highlighted item, ↑/↓ move the
highlight from the filter box, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from netevent.domain.models import ValidationError
from netevent.domain.text import sort_key
from netevent.i18n import N_, _
from netevent.tui.dialogs.form import Field, FormModal
from netevent.tui.safe import Shown

if TYPE_CHECKING:
    from netevent.services.finder import PeopleFinder
    from netevent.storage.repository import Repository

__all__ = ["ChooserModal", "by_name", "person_label", "people_search"]


class ChooserModal(FormModal[int]):
    """Choose one id from `initial` (or from what `search` finds for the typed text).

    Args:
        title: the dialog's title (plain text, never markup).
        initial: the ids listed before anything is typed.
        label: the list row for an id (a rich Text; user words appended as plain text).
        search: ids for a typed query; without it there is no filter box.
        empty: what to say when there is nothing to choose.
    """

    HINT = N_("↑↓ choose · Enter picks · Esc cancels")
    BINDINGS = [
        Binding("down", "move(1)", N_("Down"), show=False, id="chooser-down"),
        Binding("up", "move(-1)", N_("Up"), show=False, id="chooser-up"),
    ]

    def __init__(
        self,
        title: str,
        initial: Sequence[int],
        label: Callable[[int], Text],
        *,
        search: Callable[[str], list[int]] | None = None,
        empty: str = _("Nothing to choose from."),
    ) -> None:
        super().__init__()
        self.TITLE_TEXT = title
        self._initial = list(initial)
        self._label = label
        self._search = search
        self._empty = empty
        if search is not None:
            self.HINT = _("Type to narrow · ↑↓ choose · Enter picks · Esc cancels")

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return []

    def compose_intro(self) -> ComposeResult:
        """The widgets above the fields."""
        if self._search is not None:
            yield Input(placeholder=_("a few letters of a name, company or strength"), id="chooser-filter")
        yield OptionList(id="chooser-list")

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self._fill(self._initial)
        if self._search is None:
            self.query_one(OptionList).focus()

    def offer(self, ids: Sequence[int]) -> None:
        """List these ids before anything is typed (found after the dialog opened)."""
        self._initial = list(ids)
        if not self.is_attached:
            return  # already answered
        if self._search is None or not self.query_one("#chooser-filter", Input).value.strip():
            self._fill(self._initial)

    def _fill(self, ids: Sequence[int]) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(self._label(i), id=str(i)) for i in ids])
        if ids:
            options.highlighted = 0
        else:
            options.add_option(Option(Text(self._empty, style="dim"), disabled=True))

    @on(Input.Changed, "#chooser-filter")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        query = event.value.strip()
        if query and self._search is not None:
            self._run_search(query)
        else:
            self.workers.cancel_group(self, "chooser")
            self._fill(self._initial)

    @work(thread=True, exclusive=True, group="chooser", exit_on_error=False)
    def _run_search(self, query: str) -> None:
        """Search off the UI thread: a keystroke never waits for the index."""
        assert self._search is not None
        ids = self._search(query)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._fill, ids)

    def action_move(self, step: int) -> None:
        """Move the highlight while the filter box keeps the focus."""
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    @on(OptionList.OptionSelected, "#chooser-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_submit()

    def build(self, values: dict[str, str]) -> int:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        options = self.query_one(OptionList)
        index = options.highlighted
        option = options.get_option_at_index(index) if index is not None else None
        if option is None or option.id is None:
            raise ValidationError(self._empty)
        return int(option.id)


# ------------------------------------------------------------ choosing people


def by_name(repo: Repository, ids: Iterable[int]) -> list[int]:
    """The ids of the stored people among `ids`, in the Danish order of their names."""
    return [p.key for p in sorted(repo.people_in(ids), key=lambda p: sort_key(p.name))]


def person_label(repo: Repository, pid: int) -> Text:
    """A chooser row for a person: the name in bold, role and company dimmed."""
    person = repo.person(pid)
    text = Shown(person.name if person else f"#{pid}", style="bold")
    if person and person.headline:
        text.append("  " + person.headline, style="dim")
    return text


def people_search(finder: PeopleFinder, leave_out: Collection[int] = ()) -> Callable[[str], list[int]]:
    """A chooser's `search` (run off the UI thread): anyone the typed words find (50 at most), without `leave_out`."""

    def search(query: str) -> list[int]:
        return [h.person_id for h in finder.search(query, limit=50) if h.person_id not in leave_out]

    return search

"""Ask what to do with a newcomer who looks like someone you have: open them, merge, or add anyway."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from netevent.domain.models import Person
from netevent.i18n import N_, _
from netevent.services.duplicates import Likeness

__all__ = ["DuplicateModal", "NewPerson", "OPEN", "MERGE", "ADD", "ADD_ANYWAY"]

OPEN, MERGE, ADD, ADD_ANYWAY = "open", "merge", "add", "add anyway"


@dataclass(frozen=True, slots=True)
class NewPerson:
    """What the add dialog decided: add the person, add them anyway, open or merge into `existing`."""

    person: Person
    choice: str = ADD
    existing: int | None = None


class DuplicateModal(ModalScreen[str | None]):
    """Someone like them is stored: o opens that one, m merges the new details in, a adds anyway, Esc goes back.

    Args:
        person: the newcomer.
        found: the stored people they look like, most alike first (open and merge use the first).
    """

    BINDINGS = [
        Binding("o", "choose('open')", N_("Open"), id="duplicate-open"),
        Binding("m", "choose('merge')", N_("Merge"), id="duplicate-merge"),
        Binding("a", "choose('add anyway')", N_("Add anyway"), id="duplicate-add"),
        Binding("escape", "choose(None)", N_("Back"), id="duplicate-back"),
    ]

    def __init__(self, person: Person, found: Sequence[Likeness]) -> None:
        super().__init__()
        self.person, self.found = person, list(found)

    def compose(self) -> ComposeResult:
        """The people found and the three answers."""
        first = self.found[0].person
        with Vertical(id="form-box"):
            yield Label(
                _("{name} looks like someone you have").format(name=self.person.name), id="form-title", markup=False
            )
            lines = Text()
            for likeness in self.found[:4]:
                lines.append("• ")
                lines.append(likeness.describe())
                lines.append("\n")
            yield Static(lines, id="duplicate-found")
            yield OptionList(
                Option(Text(_("Open {name}   (o)").format(name=first.name)), id=OPEN),
                Option(Text(_("Merge: add the new details to {name}   (m)").format(name=first.name)), id=MERGE),
                Option(
                    Text(_("Add {name} anyway, as someone else   (a)").format(name=self.person.name)), id=ADD_ANYWAY
                ),
                id="duplicate-options",
            )
            yield Label(_("Enter or o / m / a chooses · Esc goes back"), id="form-hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """The first answer is highlighted."""
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on an answer chooses it."""
        event.stop()
        self.dismiss(event.option.id)

    def action_choose(self, choice: str | None) -> None:
        """Close with this answer (None: back, nothing decided)."""
        self.dismiss(choice)

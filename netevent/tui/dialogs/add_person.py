"""Add a person from one typed line, or a pasted vCard or MECARD; the full form below fills in as you type.

A newcomer who looks like someone you have (same email or phone, same name
and company…) is not added without a word: the dialog asks whether to open
that person, merge the new details into them, or add anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from netevent.domain.models import Person, ValidationError, check_name
from netevent.domain.quickadd import parse_quick_add
from netevent.i18n import N_, _
from netevent.io.paste import looks_like_card, pasted_card
from netevent.services.duplicates import Likeness
from netevent.tui.dialogs.duplicate import DuplicateModal, NewPerson
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["AddPersonModal"]

_PERSON_FIELDS = ("name", "company", "role", "email", "phone", "url", "tags", "strengths", "needs")


class QuickLine(Input):
    """The one-line field; a pasted vCard (many lines) is read as a card instead of losing all but its first line."""

    class CardPasted(Message):
        """A vCard or MECARD was pasted; `text` is all of it."""

        def __init__(self, text: str) -> None:
            self.text = text
            super().__init__()

    def _on_paste(self, event: events.Paste) -> None:
        # Textual calls Input's own paste handler after this one unless the default is prevented.
        if looks_like_card(event.text):
            event.prevent_default()
            event.stop()
            self.post_message(self.CardPasted(event.text))


class AddPersonModal(FormModal[NewPerson]):
    """Add a person from one typed line; the full form below fills in as you type.

    Args:
        check: the stored people a newcomer looks like (none: no check).
    """

    TITLE_TEXT = N_("Add a person")
    HINT = N_("One line, or Tab into the form · Enter or Ctrl+S saves · Esc cancels")

    _pasted: Person | None = None
    """The person of a pasted card: what the form has no field for (about, extras) is kept from it."""

    def __init__(self, check: Callable[[Person], list[Likeness]] | None = None) -> None:
        super().__init__()
        self._check = check

    def compose_intro(self) -> ComposeResult:
        """The widgets above the fields."""
        yield QuickLine(placeholder=_("Jane Doe, Acme — tax law; export ? needs #tag"), id="quick-line")
        yield Static("", id="quick-preview", markup=False)

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field("name", _("Name")),
            Field("company", _("Company")),
            Field("role", _("Role")),
            Field("email", _("Email")),
            Field("phone", _("Phone")),
            Field("url", _("Web / LinkedIn")),
            Field("tags", _("Tags (separate with ;)")),
            Field("strengths", _("Strengths (separate with ;)")),
            Field("needs", _("Needs (separate with ;)")),
        ]

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.query_one("#quick-line", Input).focus()

    @on(Input.Changed, "#quick-line")
    def _quick_changed(self, event: Input.Changed) -> None:
        event.stop()
        if looks_like_card(event.value):  # a MECARD fits on one line
            self._fill_from_card(event.value)
            return
        self._pasted = None
        parsed = parse_quick_add(event.value)
        for name in _PERSON_FIELDS:
            value = getattr(parsed, name)
            self.set_value(name, "; ".join(value) if isinstance(value, tuple) else value)
        preview = Text()
        if parsed.name:
            preview.append(parsed.name, style="bold")
            if parsed.company:
                preview.append(f" · {parsed.company}")
            if parsed.strengths:
                preview.append(_(" · strong in {join}").format(join=", ".join(parsed.strengths)))
        self.query_one("#quick-preview", Static).update(preview)

    @on(QuickLine.CardPasted)
    def _card_pasted(self, event: QuickLine.CardPasted) -> None:
        event.stop()
        self._fill_from_card(event.text)

    def _fill_from_card(self, text: str) -> None:
        """Fill the form from a pasted vCard or MECARD."""
        person, problem = pasted_card(text)
        self._pasted = person
        preview = Text()
        if person is None:
            preview.append(problem)
        else:
            for name in _PERSON_FIELDS:
                value = getattr(person, name)
                self.set_value(name, "; ".join(value) if isinstance(value, tuple) else value)
            preview.append(_("From the card: "))
            preview.append(person.name, style="bold")
            if person.headline:
                preview.append(f" · {person.headline}")
        self.query_one("#quick-preview", Static).update(preview)

    def build(self, values: dict[str, str]) -> NewPerson:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        # Person cleans the text itself and splits the list fields on ";".
        typed: dict[str, Any] = {name: values[name] for name in _PERSON_FIELDS}
        typed["name"] = check_name(typed["name"])
        if self._pasted is not None:
            return NewPerson(replace(self._pasted, **typed))  # the card's notes and extras come along
        return NewPerson(Person(**typed))

    def action_submit(self) -> None:
        """Validate; a newcomer who looks like someone stored is asked about first."""
        try:
            result = self.build(self.values())
        except ValidationError as error:
            self.show_error(str(error))
            return
        if self._check is None:
            self.dismiss(result)
            return
        self._look_up(result)

    @work(thread=True, exclusive=True, group="add-check", exit_on_error=False)
    def _look_up(self, result: NewPerson) -> None:
        """Look for the person among everyone stored off the UI thread (milliseconds at 10,000 people)."""
        assert self._check is not None
        found = self._check(result.person)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._looked_up, result, found)

    def _looked_up(self, result: NewPerson, found: list[Likeness]) -> None:
        if not self.is_attached or self.app.screen is not self:
            return  # closed meanwhile, or asking already
        if not found:
            self.dismiss(result)
            return

        def decided(choice: str | None) -> None:
            if choice is not None:  # None: back to the form, to change what was typed
                self.dismiss(NewPerson(result.person, choice, found[0].person.id))

        self.app.push_screen(DuplicateModal(result.person, found), decided)

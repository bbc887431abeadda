"""A small keyboard-first form dialog that every "type a few fields" action shares.

Each dialog declares its fields; the form lays them out and every form keeps
the same keys: Tab / Shift+Tab move between fields (every stop is a field you
can see), Ctrl+S saves from anywhere and Enter saves from a one-line field or
a drop-down, Esc cancels and asks first when something was typed. The form's
own footer shows these keys. `build` turns the typed values into the dialog's
result or raises `ValidationError`, whose message is shown in the dialog —
nothing is saved until the values are right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Footer, Input, Label, Select, Static, TextArea

from netevent.domain.models import ValidationError, today_iso
from netevent.domain.visible import visible
from netevent.i18n import N_, _, language
from netevent.tui.safe import VisibleHighlighter
from netevent.tui.widgets.shown_text_area import ShownTextArea

__all__ = ["Field", "FormModal", "FormFields", "FormSelect", "SAVE_HINT", "date_label"]

SAVE_HINT = N_("Enter or Ctrl+S saves · Tab next field · Esc cancels")
"""The keys every form shares, as its hint line says them."""


def date_label(label: str) -> str:
    """A date field's label with the form the language shows dates in: "Date (DD-MM-YYYY)"."""
    return f"{label} ({'DD-MM-YYYY' if language() == 'da' else 'YYYY-MM-DD'})"


class FormFields(VerticalScroll, can_focus=False):
    """The scrolling column of fields: it scrolls to the focused field, but is no Tab stop of its own."""


class FormSelect(Select[str]):
    """A drop-down where Enter saves the form (Space, ↑ or ↓ open the list), as Enter does in every field."""

    BINDINGS = [
        Binding("enter", "choose", N_("Save"), show=False),
        Binding("down,space,up", "show_overlay", N_("Show menu"), show=False),
    ]

    class Chosen(Message):
        """Enter was pressed on the closed drop-down: the form is to be saved."""

    def action_choose(self) -> None:
        """Save the form, as Enter in any field does."""
        if self.expanded:
            return
        self.post_message(self.Chosen())


R = TypeVar("R")


@dataclass(frozen=True)
class Field:
    """One field of a form.

    Args:
        name: key in the values dict.
        label: what the person reads.
        value: initial text.
        placeholder: grey hint inside the empty field.
        choices: makes it a drop-down of (label, value) pairs.
        multiline: a text area instead of a one-line input.
    """

    name: str
    label: str
    value: str = ""
    placeholder: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    multiline: bool = False


class FormModal(ModalScreen[R], Generic[R]):
    """Base class of netevent's dialogs; subclasses give `TITLE_TEXT`, `fields()` and `build()`."""

    TITLE_TEXT = N_("Form")
    HINT = SAVE_HINT
    AUTO_FOCUS = ""
    """No focus on compose: `on_mount` chooses the field (Textual's would scroll a long form past its first label)."""
    FOCUS_FIRST_FIELD = False
    """True: the cursor starts in the first field even when it is a drop-down (else in the first typed field)."""
    BINDINGS = [
        Binding(
            "ctrl+s", "submit", N_("Save"), id="form-save", tooltip=N_("Save (Enter works in a one-line field too)")
        ),
        Binding("escape", "cancel", N_("Cancel"), id="form-cancel", tooltip=N_("Close without saving (asks first)")),
        Binding("tab", "app.focus_next", N_("Next field"), id="form-next", show=True),
    ]

    def today(self) -> str:
        """Today as the app's clock says (tests pin it): the day `fredag` or `i morgen` counts from."""
        clock = getattr(self.app, "today", None)
        return clock() if callable(clock) else today_iso()

    def fields(self) -> list[Field]:
        """The fields to show, in order."""
        raise NotImplementedError

    def build(self, values: dict[str, str]) -> R:
        """Turn the typed values into the result, or raise ValidationError."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        with Vertical(id="form-box"):
            yield Label(visible(_(self.TITLE_TEXT), lines=False), id="form-title", markup=False)  # it may name someone
            yield from self.compose_intro()
            with FormFields(id="form-fields"):
                for spec in self.fields():
                    yield Label(spec.label, classes="form-label", markup=False)
                    yield self._field_widget(spec)
            yield Static("", id="form-error", markup=False)
            yield Label(_(self.HINT), id="form-hint", markup=False)
        yield Footer(compact=True)

    def compose_intro(self) -> ComposeResult:
        """Widgets above the fields (none by default)."""
        return iter(())

    def _field_widget(self, spec: Field) -> Any:
        widget_id = f"field-{spec.name}"
        if spec.choices:
            return FormSelect(spec.choices, value=spec.value or spec.choices[0][1], id=widget_id, allow_blank=False)
        if spec.multiline:
            return ShownTextArea(
                spec.value, id=widget_id, soft_wrap=True, tab_behavior="focus", classes="form-multiline"
            )
        # Values may hold control characters (an imported name): shown, never sent to the terminal.
        return Input(spec.value, placeholder=spec.placeholder, id=widget_id, highlighter=VisibleHighlighter())

    def values(self) -> dict[str, str]:
        """What is typed in every field now."""
        out: dict[str, str] = {}
        for spec in self.fields_cache:
            widget = self.query_one(f"#field-{spec.name}")
            if isinstance(widget, Select):
                out[spec.name] = str(widget.value)
            elif isinstance(widget, TextArea):
                out[spec.name] = widget.text
            elif isinstance(widget, Input):
                out[spec.name] = widget.value
        return out

    def set_value(self, name: str, value: str) -> None:
        """Change one field's text (used by dialogs that fill fields from others)."""
        widget = self.query_one(f"#field-{name}")
        if isinstance(widget, TextArea):
            widget.load_text(value)
        elif isinstance(widget, Input):
            widget.value = value

    def on_mount(self) -> None:
        """Remember what the fields held, and put the cursor in the first one."""
        self.fields_cache = self.fields()
        self._typed_at_open = self.values()
        first: Widget | None = self.query(Input).first() if self.query(Input) else None
        if self.FOCUS_FIRST_FIELD and self.fields_cache:
            first = self.query_one(f"#field-{self.fields_cache[0].name}")
        if first is not None:
            # At once, so keys typed next land in it; not scrolled to (before the layout settles, that
            # would scroll a long form past its first label: the field is at the top anyway).
            self.set_focus(first, scroll_visible=False)

    @property
    def changed(self) -> bool:
        """True when something was typed since the form opened."""
        return self.values() != getattr(self, "_typed_at_open", {})

    def show_error(self, message: str) -> None:
        """Show why the form cannot be saved yet."""
        self.query_one("#form-error", Static).update(Text(message))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        """Validate and close with the result."""
        try:
            result = self.build(self.values())
        except ValidationError as error:
            self.show_error(str(error))
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        """Close without saving anything; after typing, ask first."""
        if not self.changed:
            self.dismiss(None)
            return
        from netevent.tui.dialogs.confirm import ConfirmModal

        def decided(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        confirm = ConfirmModal(_("Throw away what you typed?"), yes=_("Throw away"), no=_("Keep typing"))
        self.app.push_screen(confirm, decided)

    @on(FormSelect.Chosen)
    def _chosen(self, event: FormSelect.Chosen) -> None:
        event.stop()
        self.action_submit()

"""Close the loop on a target you just met: did you get what you came for?"""

from __future__ import annotations

from netevent.tui.dialogs.form import Field, FormModal, FormSelect

__all__ = ["OutcomeModal"]


class OutcomeModal(FormModal[tuple[str, str]]):
    """Yes, no or later, and a line on how it went (Esc: not now)."""

    HINT = "Enter saves · Tab next field · Esc: not now"

    def __init__(self, name: str, reason: str = "") -> None:
        super().__init__()
        self.TITLE_TEXT = f"{name}: did you get what you came for?" + (f" ({reason})" if reason else "")

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field("outcome", "Got it?", choices=(("yes", "yes"), ("no", "no"), ("later — not yet", "later"))),
            Field("line", "How it went (optional)", placeholder="e.g. takes small ApS at a fixed price"),
        ]

    def on_mount(self) -> None:
        """The first choice has the cursor (↓ or Space opens it)."""
        super().on_mount()
        self.set_focus(self.query_one(FormSelect))

    def build(self, values: dict[str, str]) -> tuple[str, str]:
        """The answer and the line."""
        return values["outcome"], " ".join(values["line"].split())

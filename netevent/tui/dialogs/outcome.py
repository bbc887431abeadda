"""Close the loop on a target you just met: did you get what you came for?"""

from __future__ import annotations

from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["OutcomeModal"]


class OutcomeModal(FormModal[tuple[str, str]]):
    """Yes, no or later, and a line on how it went (Esc: not now)."""

    HINT = "Enter saves · Tab next field · Esc: not now"
    FOCUS_FIRST_FIELD = True

    def __init__(self, name: str, reason: str = "") -> None:
        super().__init__()
        self.TITLE_TEXT = f"{name}: did you get what you came for?" + (f" ({reason})" if reason else "")

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field("outcome", "Got it?", choices=(("yes", "yes"), ("no", "no"), ("later — not yet", "later"))),
            Field("line", "How it went (optional)", placeholder="e.g. takes small ApS at a fixed price"),
        ]

    def build(self, values: dict[str, str]) -> tuple[str, str]:
        """The answer and the line."""
        return values["outcome"], " ".join(values["line"].split())

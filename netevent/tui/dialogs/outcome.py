"""Close the loop on a target you just met: did you get what you came for?"""

from __future__ import annotations

from netevent.domain.models import outcome_name
from netevent.i18n import N_, _
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["OutcomeModal"]


class OutcomeModal(FormModal[tuple[str, str]]):
    """Yes, no or later, and a line on how it went (Esc: not now); the answer is returned as stored (English)."""

    HINT = N_("Enter saves · Tab next field · Esc: not now")
    FOCUS_FIRST_FIELD = True

    def __init__(self, name: str, reason: str = "") -> None:
        super().__init__()
        if reason:
            title = _("{name}: did you get what you came for? ({reason})").format(name=name, reason=reason)
        else:
            title = _("{name}: did you get what you came for?").format(name=name)
        self.TITLE_TEXT = title

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        choices = ((outcome_name("yes"), "yes"), (outcome_name("no"), "no"), (_("later — not yet"), "later"))
        return [
            Field("outcome", _("Got it?"), choices=choices),
            Field("line", _("How it went (optional)"), placeholder=_("e.g. takes small ApS at a fixed price")),
        ]

    def build(self, values: dict[str, str]) -> tuple[str, str]:
        """The answer and the line."""
        return values["outcome"], " ".join(values["line"].split())

"""Add a follow-up: what to do and by when."""

from __future__ import annotations

from netevent.domain.models import ValidationError, parse_date
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["FollowUpModal"]


class FollowUpModal(FormModal[tuple[str, str]]):
    """Add a follow-up: what to do and by when."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.TITLE_TEXT = f"Follow up with {name}"

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field("action", "Action", placeholder="e.g. send the VAT checklist"),
            Field("due", "Due (YYYY-MM-DD or DD-MM-YYYY, optional)"),
        ]

    def build(self, values: dict[str, str]) -> tuple[str, str]:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        action = " ".join(values["action"].split())
        if not action:
            raise ValidationError("a follow-up needs an action")
        return action, parse_date(values["due"], "due date")

"""Add a follow-up: what to do and by when."""

from __future__ import annotations

from netevent.domain.dates import read_date
from netevent.domain.models import ValidationError
from netevent.i18n import _
from netevent.tui.dialogs.form import Field, FormModal, date_label

__all__ = ["FollowUpModal"]


class FollowUpModal(FormModal[tuple[str, str]]):
    """Add a follow-up: what to do and by when."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.TITLE_TEXT = _("Follow up with {name}").format(name=name)

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field("action", _("Action"), placeholder=_("e.g. send the VAT checklist")),
            Field("due", date_label(_("Due (optional)")), placeholder=_("e.g. friday, 12/5 or 2026-12-05")),
        ]

    def build(self, values: dict[str, str]) -> tuple[str, str]:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        action = " ".join(values["action"].split())
        if not action:
            raise ValidationError(_("a follow-up needs an action"))
        return action, read_date(values["due"], self.today(), _("due date"))

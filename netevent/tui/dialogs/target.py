"""Make someone one of today's targets: why talk to them, and the question to ask."""

from __future__ import annotations

from netevent.i18n import N_, _
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["TargetModal"]


class TargetModal(FormModal[tuple[str, str]]):
    """Make someone one of today's targets, with a reason and the question to ask."""

    TITLE_TEXT = N_("Today's target")

    def __init__(self, name: str, reason: str = "", question: str = "") -> None:
        super().__init__()
        self.TITLE_TEXT = _("Today's target: {name}").format(name=name)
        self._reason, self._question = reason, question

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field(
                "reason", _("Why talk to them today?"), self._reason, _("e.g. needs an accountant for the export move")
            ),
            Field("question", _("The question to ask"), self._question, _("e.g. who handles your VAT in Germany?")),
        ]

    def build(self, values: dict[str, str]) -> tuple[str, str]:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        return values["reason"].strip(), values["question"].strip()

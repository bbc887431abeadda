"""Teach matching two words that mean the same to you (as `netevent synonyms add A B`)."""

from __future__ import annotations

from netevent.domain.models import ValidationError
from netevent.i18n import N_, _
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["SynonymModal"]


class SynonymModal(FormModal[tuple[str, str]]):
    """Two words or phrases that mean the same; each also takes the other's meanings."""

    TITLE_TEXT = N_("Words that mean the same to you")

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field("first", _("A word or phrase"), placeholder=_("e.g. kreditorstyring")),
            Field("second", _("means the same as"), placeholder=_("e.g. bogholderi")),
        ]

    def build(self, values: dict[str, str]) -> tuple[str, str]:
        """The pair as typed (raises ValidationError, shown in the form; the service checks the rest)."""
        first, second = " ".join(values["first"].split()), " ".join(values["second"].split())
        if not first or not second:
            raise ValidationError(_("give both words"))
        return first, second

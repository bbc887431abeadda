"""Log something you gave to, or got from, a person."""

from __future__ import annotations

from dataclasses import dataclass

from netevent.domain.figures import parse_amount
from netevent.domain.models import LEDGER_KINDS, ValidationError, kind_name
from netevent.i18n import _
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["LedgerModal", "LedgerInput"]


@dataclass(frozen=True)
class LedgerInput:
    """What the give/get dialog returns."""

    what: str
    kind: str
    amount: float | None


class LedgerModal(FormModal[LedgerInput]):
    """Log something you gave to, or got from, a person."""

    def __init__(self, direction: str, name: str) -> None:
        super().__init__()
        self.direction = direction
        title = _("You gave {name}") if direction == "gave" else _("You got from {name}")
        self.TITLE_TEXT = title.format(name=name)

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field("what", _("What"), placeholder=_("e.g. intro to a VAT expert")),
            Field("kind", _("Kind"), choices=tuple((kind_name(k), k) for k in LEDGER_KINDS)),
            Field("amount", _("Amount in kr (optional, for business)"), placeholder=_("e.g. 25.000")),
        ]

    def build(self, values: dict[str, str]) -> LedgerInput:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        what = " ".join(values["what"].split())
        if not what:
            raise ValidationError(_("say what was given or received"))
        # The one amount reader every form and command shares: "1.500 kr" is fifteen hundred.
        amount = parse_amount(values["amount"], _("amount")) if values["amount"].strip() else None
        return LedgerInput(what=what, kind=values["kind"], amount=amount)

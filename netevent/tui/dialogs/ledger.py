"""Log something you gave to, or got from, a person."""

from __future__ import annotations

from dataclasses import dataclass

from netevent.domain.models import LEDGER_KINDS, ValidationError
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
        verb = "gave" if direction == "gave" else "got from"
        self.TITLE_TEXT = f"You {verb} {name}"

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        return [
            Field("what", "What", placeholder="e.g. intro to a VAT expert"),
            Field("kind", "Kind", choices=tuple((k, k) for k in LEDGER_KINDS)),
            Field("amount", "Amount in kr (optional, for business)", placeholder="e.g. 25000"),
        ]

    def build(self, values: dict[str, str]) -> LedgerInput:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        what = " ".join(values["what"].split())
        if not what:
            raise ValidationError("say what was given or received")
        amount_text = values["amount"].replace(" ", "").replace(",", ".").removesuffix("kr")
        try:
            amount = float(amount_text) if amount_text else None
        except ValueError:
            raise ValidationError(f"amount {values['amount']!r} is not a number") from None
        if amount is not None and amount < 0:
            raise ValidationError("an amount cannot be negative")
        return LedgerInput(what=what, kind=values["kind"], amount=amount)

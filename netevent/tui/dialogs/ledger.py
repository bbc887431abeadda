"""Log something you gave to, or got from, a person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from netevent.domain.figures import parse_amount
from netevent.domain.models import LEDGER_KINDS, ValidationError, kind_name
from netevent.i18n import _
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["LedgerModal", "LedgerInput"]


NO_ASK = "none"
"""The choice of "it answers none of their asks"."""


@dataclass(frozen=True)
class LedgerInput:
    """What the give/get dialog returns: `ask_id` is the open ask of theirs a give answers, or None."""

    what: str
    kind: str
    amount: float | None
    ask_id: int | None = None


class LedgerModal(FormModal[LedgerInput]):
    """Log something you gave to, or got from, a person; a give can answer one of their open asks.

    Args:
        asks: (id, text) of the person's open asks, for a give to say which one it answers.
    """

    def __init__(self, direction: str, name: str, asks: Sequence[tuple[int, str]] = ()) -> None:
        super().__init__()
        self.direction = direction
        self.asks = list(asks) if direction == "gave" else []
        title = _("You gave {name}") if direction == "gave" else _("You got from {name}")
        self.TITLE_TEXT = title.format(name=name)

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        fields = [
            Field("what", _("What"), placeholder=_("e.g. intro to a VAT expert")),
            Field("kind", _("Kind"), choices=tuple((kind_name(k), k) for k in LEDGER_KINDS)),
            Field("amount", _("Amount in kr (optional, for business)"), placeholder=_("e.g. 25.000")),
        ]
        if self.asks:
            choices = ((_("none of them"), NO_ASK),) + tuple((text[:60], str(key)) for key, text in self.asks)
            fields.append(Field("ask", _("It answers their ask"), choices=choices))
        return fields

    def build(self, values: dict[str, str]) -> LedgerInput:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        what = " ".join(values["what"].split())
        if not what:
            raise ValidationError(_("say what was given or received"))
        # The one amount reader every form and command shares: "1.500 kr" is fifteen hundred.
        amount = parse_amount(values["amount"], _("amount")) if values["amount"].strip() else None
        chosen = values.get("ask", NO_ASK)
        return LedgerInput(
            what=what, kind=values["kind"], amount=amount, ask_id=None if chosen == NO_ASK else int(chosen)
        )

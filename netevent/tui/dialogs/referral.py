"""Move a referral on: pending, closed (with the business it brought and when) or no business."""

from __future__ import annotations

from dataclasses import dataclass

from netevent.domain.fates import REFERRAL_MOVES
from netevent.domain.figures import parse_amount
from netevent.domain.models import LedgerEntry, parse_date
from netevent.tui.dialogs.form import Field, FormModal

__all__ = ["ReferralFateModal", "ReferralFate"]


@dataclass(frozen=True)
class ReferralFate:
    """What the referral dialog returns."""

    status: str
    amount: float | None
    on: str


class ReferralFateModal(FormModal[ReferralFate]):
    """The next status of a referral, and for closed business its amount and date.

    Args:
        entry: the referral as stored now (it must have somewhere to go: see `REFERRAL_MOVES`).
        today: the date offered for when it closed.
    """

    FOCUS_FIRST_FIELD = True

    def __init__(self, entry: LedgerEntry, today: str) -> None:
        super().__init__()
        self.entry = entry
        self.on = today
        self.TITLE_TEXT = f"Referral: {entry.what} — {entry.status} now"

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        moves = tuple((status, status) for status in REFERRAL_MOVES[self.entry.status])
        return [
            Field("status", "It is now", choices=moves),
            Field("amount", "Business it closed, in kr (for closed)", placeholder="e.g. 25.000"),
            Field("on", "When (for closed or no business)", self.on),
        ]

    def build(self, values: dict[str, str]) -> ReferralFate:
        """The dialog's result (raises ValidationError, shown in the form)."""
        status = values["status"]
        amount = parse_amount(values["amount"], "amount") if values["amount"].strip() else None
        settled = status in ("closed", "no business")
        return ReferralFate(status, amount if status == "closed" else None, parse_date(values["on"]) if settled else "")

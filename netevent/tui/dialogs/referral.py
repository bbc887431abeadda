"""Move a referral on: pending, closed (with the business it brought and when) or no business."""

from __future__ import annotations

from dataclasses import dataclass

from netevent.domain.dates import read_date
from netevent.domain.fates import REFERRAL_MOVES
from netevent.domain.figures import parse_amount
from netevent.domain.models import LedgerEntry, referral_status_name
from netevent.i18n import _, format_date_field
from netevent.tui.dialogs.form import Field, FormModal, date_label

__all__ = ["ReferralFateModal", "ReferralFate"]


@dataclass(frozen=True)
class ReferralFate:
    """What the referral dialog returns: the status as stored (English), the amount and the ISO date."""

    status: str
    amount: float | None
    on: str


class ReferralFateModal(FormModal[ReferralFate]):
    """The next status of a referral, and for closed business its amount and date.

    Statuses are offered in the current language; the date is shown and read
    as the language writes it (`fredag`, `5/12` work too).

    Args:
        entry: the referral as stored now (it must have somewhere to go: see `REFERRAL_MOVES`).
        today: the date offered for when it closed (default: the app's today).
    """

    FOCUS_FIRST_FIELD = True

    def __init__(self, entry: LedgerEntry, today: str = "") -> None:
        super().__init__()
        self.entry = entry
        self.on = today
        self.TITLE_TEXT = _("Referral: {what} — {status} now").format(
            what=entry.what, status=referral_status_name(entry.status)
        )

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        moves = tuple((referral_status_name(status), status) for status in REFERRAL_MOVES[self.entry.status])
        return [
            Field("status", _("It is now"), choices=moves),
            Field("amount", _("Business it closed, in kr (for closed)"), placeholder=_("e.g. 25.000")),
            Field("on", date_label(_("When (for closed or no business)")), format_date_field(self.on or self.today())),
        ]

    def build(self, values: dict[str, str]) -> ReferralFate:
        """The dialog's result (raises ValidationError, shown in the form)."""
        status = values["status"]
        amount = parse_amount(values["amount"], _("amount")) if values["amount"].strip() else None
        settled = status in ("closed", "no business")
        on = (read_date(values["on"], self.today(), _("date")) or self.today()) if settled else ""
        return ReferralFate(status, amount if status == "closed" else None, on)

"""The dialog that creates or edits an event: where, when, why, and what it costs."""

from __future__ import annotations

from typing import Any

from netevent.domain.dates import read_date
from netevent.domain.figures import money, parse_amount, parse_minutes
from netevent.domain.models import Event, clean_list, replace
from netevent.i18n import _, format_date_field
from netevent.services.events import EDITABLE
from netevent.tui.dialogs.form import Field, FormModal, date_label

__all__ = ["EventFormModal"]


class EventFormModal(FormModal[Event]):
    """Name, network, date, place, purpose for you and for the others, cost and messages.

    Time is typed as people say it ("90", "1h30", "2 timer") and money as they
    write it ("1.500 kr", "450 DKK").
    """

    def __init__(self, event: Event | None = None, *, network: str = "") -> None:
        super().__init__()
        self.event = event
        self._network = network
        self.TITLE_TEXT = _("Edit {name}").format(name=event.name) if event else _("New event")

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        e = self.event
        return [
            Field("name", _("Name"), e.name if e else "", _("e.g. Netværk Nord, December")),
            Field("network", _("Network or group"), e.network if e else self._network, _("e.g. Netværk Nord")),
            Field("date", date_label(_("Date")), format_date_field(e.date if e else self.today())),
            Field("time", _("Starts at (HH:MM, if you know)"), e.time if e else "", _("e.g. 17:30")),
            Field("place", _("Place"), e.place if e else ""),
            Field("purpose", _("Your purpose"), e.purpose if e else "", _("what must you walk out with?")),
            Field("purpose_others", _("What the others get from you"), e.purpose_others if e else ""),
            Field(
                "minutes",
                _("Time it takes, with travel"),
                str(e.minutes) if e and e.minutes else "",
                _("e.g. 90 or 1h30"),
            ),
            Field(
                "cost",
                _("Cost in kr (fee, food, transport)"),
                money(e.cost, unit="") if e and e.cost else "",
                _("e.g. 450"),
            ),
            Field(
                "messages",
                _("Messages and questions to bring (separate with ;)"),
                "; ".join(e.messages) if e else "",
            ),
            Field(
                "one_to_one",
                _("A one-to-one? (its brief is a GAINS worksheet)"),
                "yes" if e and e.one_to_one else "no",
                choices=((_("no: a meeting"), "no"), (_("yes: a one-to-one"), "yes")),
            ),
        ]

    @staticmethod
    def changes(event: Event) -> dict[str, Any]:
        """The fields this form edits, as `create_event` and `update_event` take them."""
        return {name: getattr(event, name) for name in EDITABLE}

    def build(self, values: dict[str, str]) -> Event:
        """The dialog's result from the typed values (raises ValidationError, shown in the form)."""
        fields: dict[str, Any] = dict(
            name=values["name"],
            network=values["network"],
            date=read_date(values["date"], self.today(), _("event date")) or self.today(),
            time=values["time"],
            place=values["place"],
            purpose=values["purpose"].strip(),
            purpose_others=values["purpose_others"].strip(),
            minutes=parse_minutes(values["minutes"], _("time")),
            cost=parse_amount(values["cost"], _("cost")),
            messages=clean_list(values["messages"]),
            one_to_one=values.get("one_to_one") == "yes",
        )
        if self.event is not None:
            return replace(self.event, **fields)
        return Event(**fields)

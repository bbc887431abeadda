"""The dialog that creates or edits an event: where, when, why, and what it costs."""

from __future__ import annotations

from typing import Any

from netevent.domain.figures import parse_amount, parse_minutes
from netevent.domain.models import Event, clean_list, replace, today_iso
from netevent.services.events import EDITABLE
from netevent.tui.dialogs.form import Field, FormModal

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
        self.TITLE_TEXT = f"Edit {event.name}" if event else "New event"

    def fields(self) -> list[Field]:
        """The fields of this form, in order."""
        e = self.event
        return [
            Field("name", "Name", e.name if e else "", "e.g. Netværk Nord, December"),
            Field("network", "Network or group", e.network if e else self._network, "e.g. Netværk Nord"),
            Field("date", "Date (YYYY-MM-DD or DD-MM-YYYY)", e.date if e else today_iso()),
            Field("time", "Starts at (HH:MM, if you know)", e.time if e else "", "e.g. 17:30"),
            Field("place", "Place", e.place if e else ""),
            Field("purpose", "Your purpose", e.purpose if e else "", "what must you walk out with?"),
            Field("purpose_others", "What the others get from you", e.purpose_others if e else ""),
            Field(
                "minutes", "Time it takes, with travel", str(e.minutes) if e and e.minutes else "", "e.g. 90 or 1h30"
            ),
            Field("cost", "Cost in kr (fee, food, transport)", f"{e.cost:g}" if e and e.cost else "", "e.g. 450"),
            Field("messages", "Messages and questions to bring (separate with ;)", "; ".join(e.messages) if e else ""),
            Field(
                "one_to_one",
                "A one-to-one? (its brief is a GAINS worksheet)",
                "yes" if e and e.one_to_one else "no",
                choices=(("no: a meeting", "no"), ("yes: a one-to-one", "yes")),
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
            date=values["date"],
            time=values["time"],
            place=values["place"],
            purpose=values["purpose"].strip(),
            purpose_others=values["purpose_others"].strip(),
            minutes=parse_minutes(values["minutes"], "time"),
            cost=parse_amount(values["cost"], "cost"),
            messages=clean_list(values["messages"]),
            one_to_one=values.get("one_to_one") == "yes",
        )
        if self.event is not None:
            return replace(self.event, **fields)
        return Event(**fields)

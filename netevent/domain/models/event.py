"""An event, who is in its room (`Attendance`) and your `Review` of it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from netevent.i18n import N_, _, format_date

from ._base import SchemaError, ValidationError, _get, _get_list, _require_doc, _text, clean_list, parse_date, stored_id

__all__ = ["Attendance", "Review", "Event", "parse_time", "OUTCOMES", "outcome_name"]

OUTCOMES = ("yes", "no", "later")
"""Did you get what you came for from a target: yes, no, or not yet (later)."""

_OUTCOME_NAMES = {"yes": N_("yes"), "no": N_("no"), "later": N_("later")}


def outcome_name(outcome: str) -> str:
    """An outcome as people read it in the current language ("ja" for "yes"); the file keeps the key."""
    return _(_OUTCOME_NAMES.get(outcome, outcome))


_CLOCK = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))?")


def parse_time(value: str, what: str = "time") -> str:
    """Return a time of day as `HH:MM` (24-hour), or "" for an empty value; `18`, `18.30` and `1830` work too.

    Raises:
        ValidationError: if the text is not a time of day.
    """
    text = (value or "").strip()
    if not text:
        return ""
    match = _CLOCK.fullmatch(text)
    hour, minute = (int(match.group(1)), int(match.group(2) or 0)) if match else (99, 0)
    if hour > 23 or minute > 59:
        raise ValidationError(
            _("{what} {text!r} is not a time of day (use HH:MM, e.g. 18:30)").format(what=what, text=text)
        )
    return f"{hour:02d}:{minute:02d}"


@dataclass(frozen=True, slots=True)
class Attendance:
    """One person in an event's room, with your plans and what happened.

    For a target, `outcome` says whether you got what you came for ("yes",
    "no", "later" or "" before you say) and `outcome_line` how it went.
    """

    person_id: int
    met: bool = False
    target: bool = False
    reason: str = ""
    question: str = ""
    order: int = 0
    outcome: str = ""
    outcome_line: str = ""

    def __post_init__(self) -> None:
        if self.outcome and self.outcome not in OUTCOMES:
            raise ValidationError(
                _("got what you came for is one of {outcomes}, not {outcome!r}").format(
                    outcomes=", ".join(OUTCOMES), outcome=self.outcome
                )
            )

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored inside the event (the outcome only once there is one)."""
        doc: dict[str, Any] = {
            "person_id": self.person_id,
            "met": self.met,
            "target": self.target,
            "reason": self.reason,
            "question": self.question,
            "order": self.order,
        }
        if self.outcome or self.outcome_line:
            doc["outcome"], doc["outcome_line"] = self.outcome, self.outcome_line
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Attendance:
        """Build an attendance from its stored document."""
        doc = _require_doc(doc, "attendee")
        person_id = _get(doc, "person_id", int, None)
        if person_id is None:
            raise SchemaError(_("an attendee needs a person_id"))
        try:
            return cls(
                person_id=person_id,
                met=_get(doc, "met", bool, False),
                target=_get(doc, "target", bool, False),
                reason=_get(doc, "reason", str, ""),
                question=_get(doc, "question", str, ""),
                order=_get(doc, "order", int, 0),
                outcome=_get(doc, "outcome", str, ""),
                outcome_line=_get(doc, "outcome_line", str, ""),
            )
        except ValidationError as error:
            raise SchemaError(str(error)) from None


@dataclass(frozen=True, slots=True)
class Review:
    """What you concluded after an event: was the 1,000 kr under the doormat picked up?"""

    outcomes: tuple[str, ...] = ()
    value: float = 0.0
    value_words: str = ""
    picked_up: bool | None = None
    notes: str = ""
    reviewed_on: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "outcomes", clean_list(self.outcomes))
        if self.value < 0:
            raise ValidationError(_("the value of an event cannot be negative"))

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored inside the event."""
        return {
            "outcomes": list(self.outcomes),
            "value": self.value,
            "value_words": self.value_words,
            "picked_up": self.picked_up,
            "notes": self.notes,
            "reviewed_on": self.reviewed_on,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Review:
        """Build a review from its stored document."""
        doc = _require_doc(doc, "review")
        picked = doc.get("picked_up")
        if picked is not None and not isinstance(picked, bool):
            raise SchemaError(_("field 'picked_up' should be true, false or null"))
        return cls(
            outcomes=_get_list(doc, "outcomes"),
            value=float(_get(doc, "value", (int, float), 0.0)),
            value_words=_get(doc, "value_words", str, ""),
            picked_up=picked,
            notes=_get(doc, "notes", str, ""),
            reviewed_on=_get(doc, "reviewed_on", str, ""),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """A meeting of a network, or a one-off event, and who is in its room."""

    name: str
    network: str = ""
    date: str = ""
    place: str = ""
    purpose: str = ""
    purpose_others: str = ""
    minutes: int = 0
    cost: float = 0.0
    attendees: tuple[Attendance, ...] = ()
    messages: tuple[str, ...] = ()
    review: Review | None = None
    time: str = ""
    """When it starts (`HH:MM`, local time), or "" when only the day is known."""
    calendar_uid: str = ""
    """The UID of the calendar invite it was imported from: a new copy of the invite updates it."""
    one_to_one: bool = False
    """A meeting with one person (a group's one-to-one): its brief is a GAINS worksheet."""
    id: int | None = None

    @property
    def key(self) -> int:
        """The stored id (a event read from the file always has one)."""
        return stored_id(self)

    @property
    def when(self) -> str:
        """The date as the language writes it in prose and, if known, the time: `14. jan. 2027 18:00`."""
        return " ".join(part for part in (format_date(self.date), self.time) if part)

    def __post_init__(self) -> None:
        for name in ("name", "network", "place"):
            object.__setattr__(self, name, _text(getattr(self, name)))
        if not self.name:
            raise ValidationError(_("an event needs a name"))
        object.__setattr__(self, "date", parse_date(self.date, _("event date")))
        object.__setattr__(self, "time", parse_time(self.time, _("start time")))
        object.__setattr__(self, "calendar_uid", (self.calendar_uid or "").strip())
        if self.minutes < 0:
            raise ValidationError(_("minutes cannot be negative"))
        if self.cost < 0:
            raise ValidationError(_("cost cannot be negative"))
        object.__setattr__(self, "messages", clean_list(self.messages))

    def attendance(self, person_id: int) -> Attendance | None:
        """This person's attendance, or None when they are not in the room."""
        for item in self.attendees:
            if item.person_id == person_id:
                return item
        return None

    @property
    def person_ids(self) -> tuple[int, ...]:
        """The ids of everyone in the room, in the order they were added."""
        return tuple(item.person_id for item in self.attendees)

    @property
    def targets(self) -> tuple[Attendance, ...]:
        """Today's targets in the order you put them."""
        return tuple(sorted((a for a in self.attendees if a.target), key=lambda a: a.order))

    def with_attendance(self, attendance: Attendance) -> Event:
        """A copy with this person's attendance added or replaced."""
        items = [a for a in self.attendees if a.person_id != attendance.person_id]
        if len(items) == len(self.attendees):
            return replace(self, attendees=self.attendees + (attendance,))
        return replace(
            self,
            attendees=tuple(attendance if a.person_id == attendance.person_id else a for a in self.attendees),
        )

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this event (without its id); `one_to_one` only when it is one."""
        doc: dict[str, Any] = {
            "name": self.name,
            "network": self.network,
            "date": self.date,
            "place": self.place,
            "purpose": self.purpose,
            "purpose_others": self.purpose_others,
            "minutes": self.minutes,
            "cost": self.cost,
            "attendees": [a.to_doc() for a in self.attendees],
            "messages": list(self.messages),
            "review": self.review.to_doc() if self.review else None,
            "time": self.time,
            "calendar_uid": self.calendar_uid,
        }
        if self.one_to_one:
            doc["one_to_one"] = True
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], id: int | None = None) -> Event:
        """Build an event from a stored document."""
        doc = _require_doc(doc, "event")
        review = doc.get("review")
        try:
            return cls(
                id=id,
                name=_get(doc, "name", str, ""),
                network=_get(doc, "network", str, ""),
                date=_get(doc, "date", str, ""),
                place=_get(doc, "place", str, ""),
                purpose=_get(doc, "purpose", str, ""),
                purpose_others=_get(doc, "purpose_others", str, ""),
                minutes=_get(doc, "minutes", int, 0),
                cost=float(_get(doc, "cost", (int, float), 0.0)),
                attendees=tuple(Attendance.from_doc(a) for a in _get(doc, "attendees", list, [])),
                messages=_get_list(doc, "messages"),
                review=Review.from_doc(review) if review is not None else None,
                time=_get(doc, "time", str, ""),
                calendar_uid=_get(doc, "calendar_uid", str, ""),
                one_to_one=_get(doc, "one_to_one", bool, False),
            )
        except ValidationError as error:
            raise SchemaError(str(error)) from None

"""The domain: immutable values for you, the people you meet and what happens between you.

Pure Python. Every model converts to and from a plain JSON document (`to_doc` /
`from_doc`) so the storage layer never leaks TinyDB documents into the rest of
the program. `from_doc` is strict about types: a document of the wrong shape
raises `SchemaError` naming the field, which `netevent check` reports.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, fields, replace
from typing import Any, Iterable, Mapping

__all__ = [
    "ValidationError",
    "SchemaError",
    "Profile",
    "Person",
    "Attendance",
    "Review",
    "Event",
    "Note",
    "LedgerEntry",
    "FollowUp",
    "LEDGER_KINDS",
    "DIRECTIONS",
    "clean_list",
    "parse_date",
    "today_iso",
    "now_iso",
    "replace",
]

DIRECTIONS = ("gave", "got")
"""A ledger entry records something you gave, or something you got."""

LEDGER_KINDS = ("intro", "referral", "advice", "business", "other")
"""What kind of help changed hands."""


class ValidationError(ValueError):
    """A value a person typed or imported is not acceptable; the message says why."""


class SchemaError(ValueError):
    """A stored document does not have the shape netevent expects."""


def today_iso() -> str:
    """Today's date as `YYYY-MM-DD` (local time)."""
    return _dt.date.today().isoformat()


def now_iso() -> str:
    """The current local time as `YYYY-MM-DDTHH:MM:SS`."""
    return _dt.datetime.now().replace(microsecond=0).isoformat()


def parse_date(value: str, what: str = "date") -> str:
    """Return `value` as an ISO date string, or "" for an empty value.

    Accepts `YYYY-MM-DD`, `DD-MM-YYYY`, `DD.MM.YYYY` and `DD/MM/YYYY`, the
    forms people in Denmark and elsewhere actually type.

    Raises:
        ValidationError: if the text is not a date.
    """
    text = (value or "").strip()
    if not text:
        return ""
    try:
        return _dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    for fmt in ("%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%y", "%d.%m.%y", "%d/%m/%y"):
        try:
            return _dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValidationError(f"{what} {text!r} is not a date (use YYYY-MM-DD)")


def clean_list(items: Iterable[str] | str | None) -> tuple[str, ...]:
    """Strip, drop empties and duplicates (case-insensitively), keep order.

    A single string is split on `;` and newlines, so `"tax law; export"` is two items.
    """
    if items is None:
        return ()
    if isinstance(items, str):
        items = items.replace("\n", ";").split(";")
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        text = " ".join(str(item).split())
        key = text.casefold()
        if text and key not in seen:
            seen.add(key)
            out.append(text)
    return tuple(out)


def _text(value: str | None) -> str:
    """Collapse runs of whitespace in a one-line field."""
    return " ".join((value or "").split())


# ---------------------------------------------------------------- doc helpers


def _get(doc: Mapping[str, Any], key: str, kind: type | tuple[type, ...], default: Any) -> Any:
    value = doc.get(key, default)
    if value is None:
        return default
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise SchemaError(f"field {key!r} should be {_kind_name(kind)}, not {type(value).__name__}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    if isinstance(kind, tuple):
        return " or ".join(k.__name__ for k in kind)
    return kind.__name__


def _get_list(doc: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = _get(doc, key, list, [])
    if not all(isinstance(v, str) for v in value):
        raise SchemaError(f"field {key!r} should be a list of text")
    return tuple(value)


def _get_pairs(doc: Mapping[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    value = _get(doc, key, dict, {})
    if not all(isinstance(v, str) for v in value.values()):
        raise SchemaError(f"field {key!r} should map text to text")
    return tuple((str(k), v) for k, v in value.items())


def _require_doc(doc: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(doc, Mapping):
        raise SchemaError(f"a {what} should be an object, not {type(doc).__name__}")
    return doc


# --------------------------------------------------------------------- models


@dataclass(frozen=True, slots=True)
class Profile:
    """You: who you are and what you bring to the room."""

    name: str = ""
    company: str = ""
    role: str = ""
    pitch: str = ""
    offers: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""

    def __post_init__(self) -> None:
        for name in ("name", "company", "role", "email", "phone"):
            object.__setattr__(self, name, _text(getattr(self, name)))
        object.__setattr__(self, "pitch", (self.pitch or "").strip())
        object.__setattr__(self, "offers", clean_list(self.offers))
        object.__setattr__(self, "asks", clean_list(self.asks))

    @property
    def is_empty(self) -> bool:
        """True when nothing about you has been filled in yet."""
        return not (self.name or self.pitch or self.offers or self.asks)

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this profile."""
        return {
            "name": self.name,
            "company": self.company,
            "role": self.role,
            "pitch": self.pitch,
            "offers": list(self.offers),
            "asks": list(self.asks),
            "email": self.email,
            "phone": self.phone,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Profile:
        """Build a profile from its stored document."""
        doc = _require_doc(doc, "profile")
        return cls(
            name=_get(doc, "name", str, ""),
            company=_get(doc, "company", str, ""),
            role=_get(doc, "role", str, ""),
            pitch=_get(doc, "pitch", str, ""),
            offers=_get_list(doc, "offers"),
            asks=_get_list(doc, "asks"),
            email=_get(doc, "email", str, ""),
            phone=_get(doc, "phone", str, ""),
        )


@dataclass(frozen=True, slots=True)
class Person:
    """Someone you have met or will meet.

    `id` is None until the person is stored. `extra` keeps the answers to
    custom questions from imported attendee lists (label, answer) and
    conflicting contact details found while merging, so nothing is dropped.
    """

    name: str
    company: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    tags: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    about: str = ""
    first_met_on: str = ""
    first_met_at: str = ""
    extra: tuple[tuple[str, str], ...] = ()
    id: int | None = None

    def __post_init__(self) -> None:
        for name in ("name", "company", "role", "email", "phone", "url", "first_met_at"):
            object.__setattr__(self, name, _text(getattr(self, name)))
        if not self.name:
            raise ValidationError("a person needs a name")
        object.__setattr__(self, "about", (self.about or "").strip())
        for name in ("tags", "strengths", "needs", "interests"):
            object.__setattr__(self, name, clean_list(getattr(self, name)))
        object.__setattr__(self, "first_met_on", parse_date(self.first_met_on, "first met"))
        object.__setattr__(self, "extra", tuple((str(k), str(v)) for k, v in self.extra))

    @property
    def headline(self) -> str:
        """Role and company in one line, e.g. `Partner, Holm Advokater`."""
        return ", ".join(part for part in (self.role, self.company) if part)

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this person (without its id)."""
        return {
            "name": self.name,
            "company": self.company,
            "role": self.role,
            "email": self.email,
            "phone": self.phone,
            "url": self.url,
            "tags": list(self.tags),
            "strengths": list(self.strengths),
            "needs": list(self.needs),
            "interests": list(self.interests),
            "about": self.about,
            "first_met_on": self.first_met_on,
            "first_met_at": self.first_met_at,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], id: int | None = None) -> Person:
        """Build a person from a stored document."""
        doc = _require_doc(doc, "person")
        try:
            return cls(
                id=id,
                name=_get(doc, "name", str, ""),
                company=_get(doc, "company", str, ""),
                role=_get(doc, "role", str, ""),
                email=_get(doc, "email", str, ""),
                phone=_get(doc, "phone", str, ""),
                url=_get(doc, "url", str, ""),
                tags=_get_list(doc, "tags"),
                strengths=_get_list(doc, "strengths"),
                needs=_get_list(doc, "needs"),
                interests=_get_list(doc, "interests"),
                about=_get(doc, "about", str, ""),
                first_met_on=_get(doc, "first_met_on", str, ""),
                first_met_at=_get(doc, "first_met_at", str, ""),
                extra=_get_pairs(doc, "extra"),
            )
        except ValidationError as error:
            raise SchemaError(str(error)) from None


@dataclass(frozen=True, slots=True)
class Attendance:
    """One person in an event's room, with your plans and what happened."""

    person_id: int
    met: bool = False
    target: bool = False
    reason: str = ""
    question: str = ""
    order: int = 0

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored inside the event."""
        return {
            "person_id": self.person_id,
            "met": self.met,
            "target": self.target,
            "reason": self.reason,
            "question": self.question,
            "order": self.order,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Attendance:
        """Build an attendance from its stored document."""
        doc = _require_doc(doc, "attendee")
        person_id = _get(doc, "person_id", int, None)
        if person_id is None:
            raise SchemaError("an attendee needs a person_id")
        return cls(
            person_id=person_id,
            met=_get(doc, "met", bool, False),
            target=_get(doc, "target", bool, False),
            reason=_get(doc, "reason", str, ""),
            question=_get(doc, "question", str, ""),
            order=_get(doc, "order", int, 0),
        )


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
            raise ValidationError("the value of an event cannot be negative")

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
            raise SchemaError("field 'picked_up' should be true, false or null")
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
    id: int | None = None

    def __post_init__(self) -> None:
        for name in ("name", "network", "place"):
            object.__setattr__(self, name, _text(getattr(self, name)))
        if not self.name:
            raise ValidationError("an event needs a name")
        object.__setattr__(self, "date", parse_date(self.date, "event date"))
        if self.minutes < 0:
            raise ValidationError("minutes cannot be negative")
        if self.cost < 0:
            raise ValidationError("cost cannot be negative")
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
            attendees=tuple(
                attendance if a.person_id == attendance.person_id else a for a in self.attendees
            ),
        )

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this event (without its id)."""
        return {
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
        }

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
            )
        except ValidationError as error:
            raise SchemaError(str(error)) from None


@dataclass(frozen=True, slots=True)
class Note:
    """Something you wrote about a person, usually during an event."""

    person_id: int
    text: str
    event_id: int | None = None
    created: str = field(default_factory=now_iso)
    updated: str = ""
    id: int | None = None

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this note (without its id)."""
        return {
            "person_id": self.person_id,
            "event_id": self.event_id,
            "text": self.text,
            "created": self.created,
            "updated": self.updated or self.created,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], id: int | None = None) -> Note:
        """Build a note from a stored document."""
        doc = _require_doc(doc, "note")
        return cls(
            id=id,
            person_id=_require_int(doc, "person_id"),
            event_id=_get(doc, "event_id", int, None),
            text=_get(doc, "text", str, ""),
            created=_get(doc, "created", str, ""),
            updated=_get(doc, "updated", str, ""),
        )


def _require_int(doc: Mapping[str, Any], key: str) -> int:
    value = _get(doc, key, int, None)
    if value is None:
        raise SchemaError(f"field {key!r} is missing")
    return value


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """Something you gave to or got from a person: the 90/10 of networking.

    `with_person_id` is set for an introduction between two people: the same
    introduction is then a give to both of them.
    """

    direction: str
    person_id: int
    what: str
    kind: str = "other"
    amount: float | None = None
    event_id: int | None = None
    date: str = field(default_factory=today_iso)
    with_person_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            raise ValidationError(f"direction must be 'gave' or 'got', not {self.direction!r}")
        if self.kind not in LEDGER_KINDS:
            raise ValidationError(f"kind must be one of {', '.join(LEDGER_KINDS)}, not {self.kind!r}")
        object.__setattr__(self, "what", _text(self.what))
        if not self.what:
            raise ValidationError("say what was given or received")
        if self.amount is not None and self.amount < 0:
            raise ValidationError("an amount cannot be negative")
        object.__setattr__(self, "date", parse_date(self.date, "ledger date"))

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this entry (without its id)."""
        return {
            "direction": self.direction,
            "person_id": self.person_id,
            "what": self.what,
            "kind": self.kind,
            "amount": self.amount,
            "event_id": self.event_id,
            "date": self.date,
            "with_person_id": self.with_person_id,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], id: int | None = None) -> LedgerEntry:
        """Build a ledger entry from a stored document."""
        doc = _require_doc(doc, "ledger entry")
        amount = _get(doc, "amount", (int, float), None)
        try:
            return cls(
                id=id,
                direction=_get(doc, "direction", str, ""),
                person_id=_require_int(doc, "person_id"),
                what=_get(doc, "what", str, ""),
                kind=_get(doc, "kind", str, "other"),
                amount=float(amount) if amount is not None else None,
                event_id=_get(doc, "event_id", int, None),
                date=_get(doc, "date", str, ""),
                with_person_id=_get(doc, "with_person_id", int, None),
            )
        except ValidationError as error:
            raise SchemaError(str(error)) from None


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Something you promised or want to do after meeting someone."""

    person_id: int | None
    action: str
    due: str = ""
    done: bool = False
    done_on: str = ""
    event_id: int | None = None
    note_id: int | None = None
    created: str = field(default_factory=today_iso)
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "action", _text(self.action))
        if not self.action:
            raise ValidationError("a follow-up needs an action")
        object.__setattr__(self, "due", parse_date(self.due, "due date"))
        object.__setattr__(self, "done_on", parse_date(self.done_on, "done date"))

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this follow-up (without its id)."""
        return {
            "person_id": self.person_id,
            "action": self.action,
            "due": self.due,
            "done": self.done,
            "done_on": self.done_on,
            "event_id": self.event_id,
            "note_id": self.note_id,
            "created": self.created,
        }

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], id: int | None = None) -> FollowUp:
        """Build a follow-up from a stored document."""
        doc = _require_doc(doc, "follow-up")
        try:
            return cls(
                id=id,
                person_id=_get(doc, "person_id", int, None),
                action=_get(doc, "action", str, ""),
                due=_get(doc, "due", str, ""),
                done=_get(doc, "done", bool, False),
                done_on=_get(doc, "done_on", str, ""),
                event_id=_get(doc, "event_id", int, None),
                note_id=_get(doc, "note_id", int, None),
                created=_get(doc, "created", str, ""),
            )
        except ValidationError as error:
            raise SchemaError(str(error)) from None


def model_fields(model: type) -> tuple[str, ...]:
    """The field names of a model class, in declaration order."""
    return tuple(f.name for f in fields(model))

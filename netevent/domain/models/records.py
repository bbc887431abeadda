"""What happens between you and a person: notes, the give/get ledger and follow-ups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from netevent.i18n import N_, _

from ._base import (
    SchemaError,
    ValidationError,
    _get,
    _require_doc,
    _require_int,
    _text,
    now_iso,
    parse_date,
    stored_id,
    today_iso,
)

__all__ = [
    "Note",
    "LedgerEntry",
    "FollowUp",
    "DIRECTIONS",
    "LEDGER_KINDS",
    "REFERRAL_STATUSES",
    "REFERRAL",
    "kind_name",
    "referral_status_name",
]

DIRECTIONS = ("gave", "got")
"""A ledger entry records something you gave, or something you got."""

LEDGER_KINDS = ("intro", "referral", "advice", "business", "other")
"""What kind of help changed hands (the keys the file keeps, whichever language wrote it)."""

_KIND_NAMES = {
    "intro": N_("intro"),
    "referral": N_("referral"),
    "advice": N_("advice"),
    "business": N_("business"),
    "other": N_("other"),
}


def kind_name(kind: str) -> str:
    """A ledger kind as people read it in the current language ("henvisning" for "referral")."""
    return _(_KIND_NAMES.get(kind, kind))


REFERRAL = "referral"
"""The kind of a ledger entry that is a referral: it has a status of its own."""

REFERRAL_STATUSES = ("new", "pending", "closed", "no business")
"""Where a referral can be: new, pending (being worked on), closed (business done) or no business."""

_STATUS_NAMES = {"new": N_("new"), "pending": N_("pending"), "closed": N_("closed"), "no business": N_("no business")}


def referral_status_name(status: str) -> str:
    """A referral's status as people read it in the current language ("i gang" for "pending"); stored as the key."""
    return _(_STATUS_NAMES.get(status, status))


@dataclass(frozen=True, slots=True)
class Note:
    """Something you wrote about a person, usually during an event."""

    person_id: int
    text: str
    event_id: int | None = None
    created: str = field(default_factory=now_iso)
    updated: str = ""
    id: int | None = None

    @property
    def key(self) -> int:
        """The stored id (a note read from the file always has one)."""
        return stored_id(self)

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


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """Something you gave to or got from a person: the 90/10 of networking.

    `with_person_id` is set for an introduction between two people: the same
    introduction is then a give to both of them. A referral has a `status`
    (new, pending, closed or no business) and, once settled, `closed_on`;
    its `amount` is the business it brought, and it stays credited to the
    event it came from (`event_id`) however much later it closes.
    """

    direction: str
    person_id: int
    what: str
    kind: str = "other"
    amount: float | None = None
    event_id: int | None = None
    date: str = field(default_factory=today_iso)
    with_person_id: int | None = None
    status: str = ""
    closed_on: str = ""
    id: int | None = None

    @property
    def key(self) -> int:
        """The stored id (a ledger entry read from the file always has one)."""
        return stored_id(self)

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            raise ValidationError(
                _("direction must be 'gave' or 'got', not {direction!r}").format(direction=self.direction)
            )
        if self.kind not in LEDGER_KINDS:
            raise ValidationError(
                _("kind must be one of {join}, not {kind!r}").format(join=", ".join(LEDGER_KINDS), kind=self.kind)
            )
        object.__setattr__(self, "what", _text(self.what))
        if not self.what:
            raise ValidationError(_("say what was given or received"))
        if self.amount is not None and self.amount < 0:
            raise ValidationError(_("an amount cannot be negative"))
        object.__setattr__(self, "date", parse_date(self.date, _("ledger date")))
        if self.kind == REFERRAL:
            object.__setattr__(self, "status", self.status or REFERRAL_STATUSES[0])
            if self.status not in REFERRAL_STATUSES:
                raise ValidationError(
                    _("a referral's status is one of {statuses}, not {status!r}").format(
                        statuses=", ".join(REFERRAL_STATUSES), status=self.status
                    )
                )
        elif self.status:
            raise ValidationError(_("only a referral has a status (this is {kind!r})").format(kind=self.kind))
        object.__setattr__(self, "closed_on", parse_date(self.closed_on, _("close date")))

    @property
    def is_referral(self) -> bool:
        """True for a referral (given or received)."""
        return self.kind == REFERRAL

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this entry (without its id); only a referral has a status."""
        doc: dict[str, Any] = {
            "direction": self.direction,
            "person_id": self.person_id,
            "what": self.what,
            "kind": self.kind,
            "amount": self.amount,
            "event_id": self.event_id,
            "date": self.date,
            "with_person_id": self.with_person_id,
        }
        if self.kind == REFERRAL:
            doc["status"], doc["closed_on"] = self.status, self.closed_on
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], id: int | None = None) -> LedgerEntry:
        """Build a ledger entry from a stored document."""
        doc = _require_doc(doc, _("ledger entry"))
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
                status=_get(doc, "status", str, ""),
                closed_on=_get(doc, "closed_on", str, ""),
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

    @property
    def key(self) -> int:
        """The stored id (a followup read from the file always has one)."""
        return stored_id(self)

    def __post_init__(self) -> None:
        object.__setattr__(self, "action", _text(self.action))
        if not self.action:
            raise ValidationError(_("a follow-up needs an action"))
        object.__setattr__(self, "due", parse_date(self.due, _("due date")))
        object.__setattr__(self, "done_on", parse_date(self.done_on, _("done date")))

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

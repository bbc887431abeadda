"""What a person is looking for, with its fate: an `Ask` is open until it is helped, closed or dropped."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from netevent.i18n import N_, _

from ._base import SchemaError, ValidationError, _get, _require_doc, _require_int, _text, parse_date, stored_id

__all__ = ["Ask", "ASK_STATUSES", "OPEN", "ask_status_name"]

OPEN = "open"
"""The status of an ask nobody has answered yet: the only one that drives matching."""

ASK_STATUSES = (OPEN, "helped", "closed", "dropped")
"""Where an ask can be: open, helped (something was done for it), closed (met), dropped (no longer wanted)."""

_STATUS_NAMES = {OPEN: N_("open"), "helped": N_("helped"), "closed": N_("closed"), "dropped": N_("dropped")}


def ask_status_name(status: str) -> str:
    """An ask's status as people read it in the current language ("hjulpet" for "helped"); the file keeps the key."""
    return _(_STATUS_NAMES.get(status, status))


@dataclass(frozen=True, slots=True)
class Ask:
    """Something a person is looking for, since when and where it came up, and what became of it.

    `helped_by` names the ledger entries (an introduction, a referral,
    advice) that answered it; `history` is every change of status as
    (date, status, line), oldest first. A person's `needs` are the texts of
    their open asks, kept in step by the repository.
    """

    person_id: int
    text: str
    since: str = ""
    event_id: int | None = None
    status: str = OPEN
    helped_by: tuple[int, ...] = ()
    history: tuple[tuple[str, str, str], ...] = ()
    id: int | None = None

    @property
    def key(self) -> int:
        """The stored id (an ask read from the file always has one)."""
        return stored_id(self)

    @property
    def is_open(self) -> bool:
        """True while nobody has answered it (it drives *you can offer them* and introductions)."""
        return self.status == OPEN

    @property
    def changed_on(self) -> str:
        """The date of the last change of status ("" while it never changed)."""
        return self.history[-1][0] if self.history else ""

    @property
    def last_line(self) -> str:
        """What was said at the last change of status ("" for nothing)."""
        return self.history[-1][2] if self.history else ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _text(self.text))
        if not self.text:
            raise ValidationError(_("an ask needs a text: what are they looking for?"))
        if self.status not in ASK_STATUSES:
            raise ValidationError(
                _("an ask's status is one of {statuses}, not {status!r}").format(
                    statuses=", ".join(ASK_STATUSES), status=self.status
                )
            )
        object.__setattr__(self, "since", parse_date(self.since, "since"))
        # Most asks are open needs that never changed: 100,000 of them are built in a file's check.
        if self.helped_by:
            object.__setattr__(self, "helped_by", tuple(int(i) for i in self.helped_by))
        if self.history:
            history = tuple((parse_date(d, "date"), str(s), _text(line)) for d, s, line in self.history)
            object.__setattr__(self, "history", history)

    def to_doc(self) -> dict[str, Any]:
        """The JSON document stored for this ask (without its id); the event, helpers and history when there are.

        Most asks are open needs with nothing else to say: at 50,000 people
        that is 100,000 documents, so they keep to what they hold.
        """
        doc: dict[str, Any] = {"person_id": self.person_id, "text": self.text, "since": self.since,
                               "status": self.status}  # fmt: skip
        if self.event_id is not None:
            doc["event_id"] = self.event_id
        if self.helped_by:
            doc["helped_by"] = list(self.helped_by)
        if self.history:
            doc["history"] = [list(change) for change in self.history]
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any], id: int | None = None) -> Ask:
        """Build an ask from a stored document."""
        doc = _require_doc(doc, "ask")
        helped = _get(doc, "helped_by", list, []) if "helped_by" in doc else []
        if helped and not all(isinstance(i, int) and not isinstance(i, bool) for i in helped):
            raise SchemaError(_("field 'helped_by' should be a list of ledger entry ids"))
        history = _get(doc, "history", list, []) if "history" in doc else []
        if history and not all(
            isinstance(c, list) and len(c) == 3 and all(isinstance(x, str) for x in c) for c in history
        ):
            raise SchemaError(_("field 'history' should be a list of [date, status, line]"))
        try:
            return cls(
                id=id,
                person_id=_require_int(doc, "person_id"),
                text=_get(doc, "text", str, ""),
                since=_get(doc, "since", str, ""),
                event_id=_get(doc, "event_id", int, None),
                status=_get(doc, "status", str, OPEN),
                helped_by=tuple(helped),
                history=tuple((c[0], c[1], c[2]) for c in history),
            )
        except ValidationError as error:
            raise SchemaError(str(error)) from None

"""The trash: deleted people, each with everything that was theirs, until they are restored.

Pure Python. Deleting a person moves their document, notes, ledger entries,
follow-ups and asks out of their tables into one `trash` document, with their
places in events' rooms and the introductions that named them, in the same
atomic write. Restoring puts each document back under its own id (ids held
by the trash are never given out again), the person back into the rooms
that still exist, and the introductions' links back. A trash document::

    {"person_id": 12, "deleted": "2026-11-26T18:04:11",
     "docs": {"people": {"12": {…}}, "notes": {"40": {…}}, "ledger": {…}, "followups": {…}, "asks": {…}},
     "rooms": [{"event_id": 3, "at": 5, "attendance": {…}}], "links": [77]}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from netevent.domain.models import now_iso
from netevent.i18n import Np_, _, ngettext
from netevent.storage.commits import Doc

__all__ = ["Trashed", "Room", "trash_doc", "trashed", "largest_ids", "TRASHED_TABLES"]

TRASHED_TABLES = ("people", "notes", "ledger", "followups", "asks")
"""The tables whose documents a deleted person takes into the trash."""


@dataclass(frozen=True, slots=True)
class Room:
    """A deleted person's place in one event's room."""

    event_id: int
    at: int
    """Where in the room's order they were."""
    attendance: Doc


@dataclass(frozen=True, slots=True)
class Trashed:
    """One deleted person in the trash, and what they took with them."""

    id: int
    """The trash entry's id."""
    person_id: int
    name: str
    headline: str
    deleted: str
    docs: dict[str, dict[int, Doc]]
    rooms: tuple[Room, ...]
    links: tuple[int, ...]
    """Ledger entries of other people whose introduction named them."""

    def count(self, table: str) -> int:
        """How many documents of `table` went with them."""
        return len(self.docs.get(table, {}))

    def summary(self) -> str:
        """E.g. "3 notes, 1 ledger entry, 2 follow-ups, 1 ask, 2 rooms"."""
        parts = [
            _plural(self.count("notes"), *Np_("{count} note", "{count} notes")),
            _plural(self.count("ledger"), *Np_("{count} ledger entry", "{count} ledger entries")),
            _plural(self.count("followups"), *Np_("{count} follow-up", "{count} follow-ups")),
            _plural(self.count("asks"), *Np_("{count} ask", "{count} asks")),
            _plural(len(self.rooms), *Np_("{count} room", "{count} rooms")),
        ]
        return ", ".join(p for p in parts if p) or _("nothing else")


def _plural(count: int, one: str, many: str) -> str:
    return ngettext(one, many, count).format(count=count) if count else ""


def trash_doc(person_id: int, docs: Mapping[str, Mapping[int, Doc]], rooms: list[Room], links: list[int]) -> Doc:
    """The trash document for a person deleted now."""
    return {
        "person_id": person_id,
        "deleted": now_iso(),
        "docs": {table: {str(i): dict(doc) for i, doc in items.items()} for table, items in docs.items()},
        "rooms": [{"event_id": r.event_id, "at": r.at, "attendance": dict(r.attendance)} for r in rooms],
        "links": list(links),
    }


def trashed(key: int, doc: Doc) -> Trashed:
    """A trash document as a `Trashed`."""
    pid = int(doc.get("person_id", 0))
    stored: dict[str, Any] = doc.get("docs", {})
    docs = {table: {int(i): d for i, d in items.items()} for table, items in stored.items()}
    person = docs.get("people", {}).get(pid, {})
    headline = ", ".join(str(part) for part in (person.get("role"), person.get("company")) if part)
    rooms = tuple(Room(int(r["event_id"]), int(r.get("at", 0)), dict(r["attendance"])) for r in doc.get("rooms", []))
    return Trashed(
        id=key,
        person_id=pid,
        name=str(person.get("name", f"#{pid}")),
        headline=headline,
        deleted=str(doc.get("deleted", "")),
        docs=docs,
        rooms=rooms,
        links=tuple(int(i) for i in doc.get("links", [])),
    )


def largest_ids(trash: Mapping[str, Doc]) -> dict[str, int]:
    """Per table, the largest id the trash holds (new documents are numbered above it)."""
    out: dict[str, int] = {}
    for doc in trash.values():
        for table, items in doc.get("docs", {}).items():
            if items:
                out[table] = max(out.get(table, 0), max(int(i) for i in items))
    return out

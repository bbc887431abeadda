"""The asks: what each person is looking for, with its fate, kept in step with the person's needs.

Pure Python. A person's `needs` (the list the card, search and matching
read) are the texts of their open asks. The repository keeps the two in
step inside the write that changes either, whoever makes it:

* a person saved with other needs (an edit, an import, a merge, a quick
  add): a need without an open ask gets one, dated today; an open ask whose
  text is no longer a need is dropped;
* asks saved with another status or person: the needs of the people they
  belong to are written again from their open asks.

The asks table is parsed only when it is first needed (`layout.DEFERRED_TABLES`):
one person's asks are read from their own lines until then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from netevent.domain.models import Ask, Person, clean_list, replace, today_iso
from netevent.i18n import N_
from netevent.storage.documents import Documents, Table

__all__ = ["AskBook", "ask_key", "DROPPED_LINE"]

DROPPED_LINE = N_("taken out of their needs")  # kept in English in the file; shown with translate_stored
"""What an ask dropped by editing the needs says about its fate."""


def ask_key(text: str) -> str:
    """How two ask texts are the same (as `clean_list` tells two items of a list apart)."""
    return " ".join(str(text).split()).casefold()


class AskBook:
    """Every ask of one file, and the rules that keep people's needs their open asks.

    Args:
        docs: the file's documents.
        people: the people table (its documents' `needs` are written here).
        event_of: the event a need that comes up now belongs to (the
            current event, when the person is in its room), or None.
    """

    def __init__(self, docs: Documents, people: Table[Person], event_of: Callable[[int], int | None]) -> None:
        self._docs = docs
        self._people = people
        self._event_of = event_of
        self.table: Table[Ask] = docs.table("asks", lambda doc, key: Ask.from_doc(doc, id=key))

    # ---------------------------------------------------------------- reads
    def of(self, person_id: int) -> list[Ask]:
        """One person's asks, oldest first (read from their own lines while the table is put off)."""
        storage = self._docs.storage
        models = self.table.models
        if not storage.loaded("asks"):
            found = storage.find("asks", "person_id", person_id)
            mine = [models.adopt(int(key), doc) for key, doc in found.items()]
        else:
            mine = models.where(person_id=person_id)
        return sorted(mine, key=lambda a: (a.since, a.key))

    # --------------------------------------------------------------- writes
    def follow_needs(self, person_ids: Iterable[int], today: str | None = None) -> None:
        """Give new needs of these (just saved) people an open ask each, and drop open asks no longer needed."""
        people = self._docs.data("people")
        day = today or today_iso()
        new: list[Ask] = []
        changed: dict[int, Ask] = {}
        for person_id in person_ids:
            doc = people.get(str(person_id))
            if doc is None:
                continue
            wanted = {ask_key(n): n for n in doc.get("needs") or ()}
            still_open = [a for a in self.of(person_id) if a.is_open]
            have = {ask_key(a.text) for a in still_open}
            for ask in still_open:
                if ask_key(ask.text) not in wanted:
                    history = (*ask.history, (day, "dropped", DROPPED_LINE))
                    changed[ask.key] = replace(ask, status="dropped", history=history)
            event_id = self._event_of(person_id)
            new += [
                Ask(person_id, text, since=day, event_id=event_id) for key, text in wanted.items() if key not in have
            ]
        if changed:
            self._docs.put("asks", {k: a.to_doc() for k, a in changed.items()}, changed)
        if new:
            self._docs.insert("asks", [a.to_doc() for a in new])

    def project(self, person_ids: Iterable[int]) -> None:
        """Write these people's needs again from their open asks, where they differ (kept in their order)."""
        people = self._docs.data("people")
        for person_id in set(person_ids):
            doc = people.get(str(person_id))
            if doc is None:
                continue
            texts = clean_list(a.text for a in self.of(person_id) if a.is_open)
            current = [str(n) for n in doc.get("needs") or ()]
            keys, now = {ask_key(t) for t in texts}, {ask_key(n) for n in current}
            if keys == now:
                continue
            needs = [n for n in current if ask_key(n) in keys] + [t for t in texts if ask_key(t) not in now]
            self._docs.put("people", {person_id: dict(doc, needs=list(clean_list(needs)))})
            self._docs.log.person(person_id)

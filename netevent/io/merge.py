"""Merge imported people into the people already stored, never duplicating anyone and never fusing two.

Pure Python. A person is the same when the email matches (case-insensitive),
else the profile address (a LinkedIn URL names one member), else the phone
(compared as numbers: `+45 24 19 12 90` is `24191290`), else the name
(folded, so "Soren" meets "Søren") with a company that does not differ.
A match by phone or name holds only without a contradiction: another email,
phone number or profile address means someone else of the same name, who is
added and named in the report as a question, never silently fused. People
are indexed by those keys in dictionaries, so merging 10,000 rows costs
10,000 look-ups. New details fill empty fields, list fields are unioned,
and a conflicting value is kept in `extra` (a second email as "Email 2")
and reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from netevent.domain.models import Person, clean_list
from netevent.io.incoming import LIST_FIELDS, SECOND_LABELS, Incoming, put_extra
from netevent.io.sameness import (
    company_words,
    contradiction,
    emails,
    name_key,
    phones,
    profiles,
    same_company,
)
from netevent.io.values import plain, value_key

__all__ = ["Merger", "Taken", "merge_person", "name_key", "same_company", "company_words", "contradiction"]

_LABELS = {
    "company": "company",
    "role": "role",
    "email": "email",
    "phone": "phone",
    "url": "web address",
    "first_met_on": "first met on",
    "first_met_at": "first met at",
}
_FAMILY_FIELD = {base.casefold(): field for field, base in SECOND_LABELS.items()}


@dataclass(frozen=True, slots=True)
class Taken:
    """What happened to one incoming person."""

    person_id: int
    """The stored id, or a negative number for someone new in this import."""
    outcome: str
    """'added', 'merged' or 'unchanged'."""
    detail: str = ""
    conflicts: tuple[str, ...] = ()
    question: str = ""
    """For someone added although a person of the same name is known: why they were kept apart."""


class Merger:
    """People as they will be after the import, indexed for finding the same person.

    Args:
        existing: the people stored now.
        distinct: every incoming person is somebody different (a backup),
            so two of them never merge into one stored person.
    """

    def __init__(self, existing: Iterable[Person], *, distinct: bool = False) -> None:
        self.distinct = distinct
        self.state: dict[int, Person] = {}
        self.original: dict[int, Person] = {}
        self._by_email: dict[str, list[int]] = {}
        self._by_phone: dict[str, list[int]] = {}
        self._by_profile: dict[str, list[int]] = {}
        self._by_name: dict[str, list[int]] = {}
        self._claimed: set[int] = set()
        self._origin: dict[int, str] = {}
        self._next = -1
        for person in existing:
            assert person.id is not None
            self.original[person.id] = person
            self.state[person.id] = person
            self._index(person.id, person)

    # ---------------------------------------------------------- indexing
    def _index(self, pid: int, person: Person) -> None:
        for store, keys in (
            (self._by_email, emails(person)),
            (self._by_phone, phones(person)),
            (self._by_profile, profiles(person)),
            (self._by_name, [name_key(person.name)]),
        ):
            for key in keys:
                ids = store.setdefault(key, [])
                if pid not in ids:
                    ids.append(pid)

    def _pick(self, ids: list[int] | None) -> int | None:
        for pid in ids or ():
            if not (self.distinct and pid in self._claimed):
                return pid
        return None

    def find(self, person: Person) -> tuple[int | None, str, str]:
        """The id of the person this one is, by what it matched ('' when new), and a question if kept apart."""
        for key in emails(person):
            pid = self._pick(self._by_email.get(key))
            if pid is not None:
                return pid, "email", ""
        for store, how in ((self._by_profile, "profile address"), (self._by_phone, "phone number")):
            for key in (profiles if store is self._by_profile else phones)(person):
                ids = [i for i in store.get(key, ()) if not contradiction(self.state[i], person, skip=how)]
                pid = self._pick(ids)
                if pid is not None:
                    return pid, "phone" if how == "phone number" else how, ""
        candidates = self._by_name.get(name_key(person.name), [])
        company = person.company
        fitting = [i for i in candidates if same_company(self.state[i].company, company) or not company]
        fitting += [i for i in candidates if i not in fitting and not self.state[i].company]
        clean = [i for i in fitting if not contradiction(self.state[i], person)]
        both = [i for i in clean if company and self.state[i].company]
        pid = self._pick(both)
        if pid is not None:
            return pid, "name and company", ""
        loose = [i for i in clean if i not in both]
        if len(loose) == 1:
            pid = self._pick(loose)
            if pid is not None:
                return pid, "name" if not (company and self.state[pid].company) else "name and company", ""
        # In a backup everyone is somebody different: namesakes within it are no question.
        apart = [i for i in fitting if i not in clean and not (self.distinct and i < 0)]
        if apart:
            other = self.state[apart[0]]
            return (
                None,
                "",
                f"same name as {other.name} ({self._where(apart[0])}) but a different {contradiction(other, person)}",
            )
        if len(loose) > 1:
            return None, "", f"{len(loose)} people are called {person.name}: added as someone new"
        return None, "", ""

    def _where(self, pid: int) -> str:
        """`#12` for a stored person, `row 5` for someone earlier in this file."""
        return self._origin[pid] if pid < 0 else f"#{pid}"

    # ------------------------------------------------------------ merging
    def take(self, item: Incoming) -> Taken:
        """Add or merge one incoming person."""
        pid, how, question = self.find(item.person)
        remarks = "; ".join(item.remarks)
        if pid is None:
            pid = self._next
            self._next -= 1
            self.state[pid] = replace(item.person, id=None)
            self._origin[pid] = item.source
            self._index(pid, self.state[pid])
            self._claimed.add(pid)
            if question:
                question += ": kept apart"
            return Taken(pid, "added", "; ".join(x for x in (remarks, question) if x), question=question)
        self._claimed.add(pid)
        current = self.state[pid]
        merged, changes, conflicts = merge_person(current, item.person)
        where = f"same {how} as {current.name}"
        if pid < 0:
            where += f" ({self._origin[pid]})"
        if merged == current:
            return Taken(pid, "unchanged", "; ".join(x for x in (where, remarks) if x))
        self.state[pid] = merged
        self._index(pid, merged)
        detail = "; ".join(x for x in [where, *changes, remarks] if x)
        return Taken(pid, "merged", detail, tuple(conflicts))

    def fill_first_met(self, pid: int, on: str, at: str) -> bool:
        """Record where and when you first met this person if that is not known yet."""
        person = self.state[pid]
        changes: dict[str, Any] = {}
        if not person.first_met_on and on:
            changes["first_met_on"] = on
        if not person.first_met_at and at:
            changes["first_met_at"] = at
        if changes:
            self.state[pid] = replace(person, **changes)
        return bool(changes)

    def new_people(self) -> list[tuple[int, Person]]:
        """Everyone to add, in the order they were read, with their provisional ids."""
        return [(pid, self.state[pid]) for pid in sorted((p for p in self.state if p < 0), reverse=True)]

    def changed_people(self) -> list[Person]:
        """Stored people whose details the import changes."""
        return [self.state[pid] for pid, before in self.original.items() if self.state[pid] != before]


def merge_person(stored: Person, incoming: Person) -> tuple[Person, list[str], list[str]]:
    """`stored` with what `incoming` adds: the merged person, what changed, and the conflicts kept."""
    values: dict[str, Any] = {}
    extra = list(stored.extra)
    changes: list[str] = []
    conflicts: list[str] = []
    if name_key(incoming.name) != name_key(stored.name):
        label = put_extra(extra, "Name", incoming.name, first=2)
        if label:
            conflicts.append(f"name {incoming.name!r} differs from {stored.name!r}; kept as {label!r}")
    for field, what in _LABELS.items():
        new, old = getattr(incoming, field), getattr(stored, field)
        if not new:
            continue
        if not old:
            values[field] = new
            changes.append(f"filled {what}")
        elif field not in ("first_met_on", "first_met_at") and value_key(field)(old) != value_key(field)(new):
            label = put_extra(extra, SECOND_LABELS[field], new, first=2, key=value_key(field))
            if label:
                conflicts.append(f"{what} {new!r} differs from {old!r}; kept as {label!r}")
    if incoming.about and plain(incoming.about) not in plain(stored.about):
        values["about"] = f"{stored.about}\n\n{incoming.about}" if stored.about else incoming.about
        changes.append("added to about")
    for field in LIST_FIELDS:
        old_items = getattr(stored, field)
        union = clean_list(old_items + getattr(incoming, field))
        if len(union) > len(old_items):
            values[field] = union
            changes.append(f"added {field}: {', '.join(union[len(old_items) :])}")
    for label, value in incoming.extra:
        family = _FAMILY_FIELD.get(label.rstrip("0123456789 ").casefold())
        if family:
            # "Phone 2" from the file is one more phone: compared as a number with all the stored ones.
            key = value_key(family)
            if key(value) == key(getattr(stored, family)):
                continue
            kept = put_extra(extra, SECOND_LABELS[family], value, first=2, key=key)
            if kept:
                changes.append(f"added {kept}")
            continue
        have = [v for k, v in extra if k.casefold() == label.casefold()]
        if not have:
            extra.append((label, value))
            changes.append(f"added {label}")
        elif plain(have[0]) != plain(value):
            kept = put_extra(extra, label, value, first=2)
            if kept:
                conflicts.append(f"{label} {value!r} differs from {have[0]!r}; kept as {kept!r}")
    if tuple(extra) != stored.extra:
        values["extra"] = tuple(extra)
    if not values:
        return stored, [], []
    return replace(stored, **values), changes, conflicts

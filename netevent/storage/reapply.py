"""Put unsaved changes back on top of a data file that changed meanwhile, losing neither side.

Pure Python. An unsaved change is a document as it was on disk (`before`)
and as netevent has it now (`after`); the file it goes back into may have
been changed by another program (a sync client, an editor) or by a later
session. `plan` decides, document by document:

* unchanged there: ours is put in;
* changed there too: a three-way merge, field by field: what only one side
  changed is kept; a note's text changed on both sides keeps our text with
  the other side's new lines after it; people in an event's room are merged
  person by person; any other field changed on both sides takes ours;
* removed there: ours is put back; removed by us but changed there: theirs
  stays;
* new on our side: added, under a new id if the file gave that id to
  something else meanwhile (references to it follow).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from netevent.storage.commits import Doc

__all__ = ["Change", "Plan", "plan"]

SINGLE = frozenset({"meta", "profile", "settings"})
"""Tables of one document (id 1), merged in place, never given a new id."""

# Which field refers to which table (events also list people in `attendees`).
_REFS: dict[str, dict[str, str]] = {
    "notes": {"person_id": "people", "event_id": "events"},
    "ledger": {"person_id": "people", "with_person_id": "people", "event_id": "events"},
    "followups": {"person_id": "people", "event_id": "events", "note_id": "notes"},
    "settings": {"current_event_id": "events"},
}

_MISSING: Any = object()


@dataclass(frozen=True)
class Change:
    """One document netevent changed but could not save: as it was on disk, and as it is now (None: absent)."""

    before: Doc | None
    after: Doc | None


@dataclass
class Plan:
    """What to write: per table, per id, the document (None: remove it); and what was merged, in words."""

    images: dict[str, dict[int, Doc | None]]
    applied: int = 0
    merged: int = 0
    kept_theirs: int = 0

    def summary(self) -> str:
        """One line for the person: how many changes went back in, and how."""
        parts = [f"{self.applied} unsaved change{'s' if self.applied != 1 else ''} put back"]
        if self.merged:
            parts.append(f"{self.merged} also changed elsewhere: both kept (yours first)")
        if self.kept_theirs:
            parts.append(f"{self.kept_theirs} you had removed but was changed elsewhere: kept")
        return "; ".join(parts)


def plan(current: Callable[[str], dict[str, Doc]], changes: dict[str, dict[int, Change]]) -> Plan:
    """The documents to write so that `changes` are on top of the data `current(table)` gives.

    Args:
        current: a table's documents now, `{str(id): doc}`.
        changes: per table, per id, what netevent could not save.
    """
    remap = _new_ids(current, changes)
    out = Plan(images={})
    for table, docs in changes.items():
        now = current(table)
        images: dict[int, Doc | None] = {}
        for doc_id, change in docs.items():
            after = _follow(table, change.after, remap)
            before = change.before if change.before is not None or table not in SINGLE else {}
            theirs = now.get(str(doc_id))
            if theirs == after and doc_id not in remap.get(table, {}):
                continue  # the file has it already
            if before is None:  # new on our side
                if after is not None:
                    images[remap.get(table, {}).get(doc_id, doc_id)] = after
                    out.applied += 1
                continue
            if theirs is None and table in SINGLE:
                theirs = {}
            if theirs == before or theirs is None:
                images[doc_id] = after
                out.applied += 1
            elif after is None:
                out.kept_theirs += 1
            else:
                images[doc_id] = merge_doc(table, before, after, theirs)
                out.applied += 1
                out.merged += 1
        if images:
            out.images[table] = images
    return out


def _new_ids(
    current: Callable[[str], dict[str, Doc]], changes: dict[str, dict[int, Change]]
) -> dict[str, dict[int, int]]:
    """New ids for our new documents whose id the file gave to something else meanwhile."""
    remap: dict[str, dict[int, int]] = {}
    for table, docs in changes.items():
        if table in SINGLE:
            continue
        now = current(table)
        taken = {int(key) for key in now} | set(docs)
        next_id = max(taken, default=0) + 1
        for doc_id, change in sorted(docs.items()):
            if change.before is None and change.after is not None:
                theirs = now.get(str(doc_id))
                if theirs is not None and theirs != change.after:
                    remap.setdefault(table, {})[doc_id] = next_id
                    next_id += 1
    return remap


def _follow(table: str, doc: Doc | None, remap: dict[str, dict[int, int]]) -> Doc | None:
    """`doc` with its references to renumbered documents pointing at their new ids."""
    if doc is None or not remap:
        return doc
    out = dict(doc)
    for field, target in _REFS.get(table, {}).items():
        value = out.get(field)
        if isinstance(value, int) and value in remap.get(target, {}):
            out[field] = remap[target][value]
    if table == "events" and isinstance(out.get("attendees"), list) and "people" in remap:
        people = remap["people"]
        out["attendees"] = [
            dict(a, person_id=people[a["person_id"]]) if isinstance(a, dict) and a.get("person_id") in people else a
            for a in out["attendees"]
        ]
    return out


def _three_way(base: Any, ours: Any, theirs: Any) -> tuple[Any, bool]:
    """The merged value and whether both sides changed it differently."""
    if ours == base:
        return theirs, False
    if theirs in (base, ours):
        return ours, False
    return ours, True


def merge_doc(table: str, base: Doc, ours: Doc, theirs: Doc) -> Doc:
    """A document changed on both sides, merged field by field (see the module's rules)."""
    out: Doc = {}
    for key in _keys(theirs, ours, base):
        b, o, t = base.get(key, _MISSING), ours.get(key, _MISSING), theirs.get(key, _MISSING)
        value, both = _three_way(b, o, t)
        if both and table == "notes" and key == "text" and isinstance(o, str) and isinstance(t, str):
            value = merge_text(b if isinstance(b, str) else "", o, t)
        elif both and table == "events" and key == "attendees" and all(isinstance(v, list) for v in (o, t)):
            value = merge_attendees(b if isinstance(b, list) else [], o, t)
        if value is not _MISSING:
            out[key] = value
    return out


def merge_text(base: str, ours: str, theirs: str) -> str:
    """Our text, then the lines only the other side added (none of either side's words is lost)."""
    known = set(base.splitlines()) | set(ours.splitlines())
    added = [line for line in theirs.splitlines() if line not in known and line.strip()]
    if not added:
        return ours
    return ours.rstrip("\n") + "\n" + "\n".join(added)


def merge_attendees(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    """An event's room changed on both sides, merged person by person (the other side's order first)."""

    def by_person(items: list[Any]) -> dict[Any, Any]:
        return {a.get("person_id"): a for a in items if isinstance(a, dict)}

    b, o, t = by_person(base), by_person(ours), by_person(theirs)
    out = []
    for pid in _keys(t, o):
        value, both = _three_way(b.get(pid, _MISSING), o.get(pid, _MISSING), t.get(pid, _MISSING))
        if both and isinstance(value, dict) and isinstance(t.get(pid), dict):
            value = merge_doc("attendance", b.get(pid) or {}, value, t[pid])
        if value is not _MISSING:
            out.append(value)
    return out


def _keys(*docs: Iterable[Any]) -> list[Any]:
    """Every key of the documents, in the order they first appear."""
    return list(dict.fromkeys(key for doc in docs for key in doc))

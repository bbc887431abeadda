"""The undo journal: every change to the data, newest last, with the documents as they were before it.

Pure Python. When the outermost batch of writes ends, the repository asks
the journal to `record` what the batch changed, inside the same atomic file
write. An entry is one document of the `undo` table::

    {"what": "Added Ida Kristensen", "at": "2026-11-26T18:04:11", "group": "",
     "created": {"people": [[41, 41]]}, "images": [[7, 9]], "count": 3, "digest": "…"}

`created` holds (as id ranges) the documents the change made; `images` the
ids of the `undo_images` documents that keep every other touched document as
it was before (`{"table": "events", "id": 3, "doc": {…}}`).

Undoing puts every document of the newest entry back as it was (the ones it
created go) and drops the entry, in one atomic write. Entries are undone
newest first, so a change made after another is undone before it, and each
undo finds its documents exactly as its change left them: `digest` (a hash
of those documents right after the change) proves that, and an undo refuses
when something outside netevent (a hand edit) changed them since.

How far back: the last `DEPTH` changes, fewer when together they keep more
than `MAX_IMAGES` documents, but always the last two. Saves of the same live
note less than `GROUP_SECONDS` apart are one entry, so an undo takes back a
note as it was before you started typing, not one second of it. The
settings (which event you are at) are not journaled: choosing an event is
not a change to the data.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from netevent.domain.models import ValidationError, now_iso
from netevent.storage.commits import Doc
from netevent.storage.documents import Documents
from netevent.storage.journal_text import describe

__all__ = ["Journal", "UndoEntry", "NothingToUndo", "UndoRefused", "DEPTH", "MAX_IMAGES", "GROUP_SECONDS"]

UNDO, IMAGES = "undo", "undo_images"
UNJOURNALED = (UNDO, IMAGES, "settings", "meta")
"""Tables whose changes are never undone: the journal's own, which event you are at, the schema version."""

DEPTH = 20
"""The most changes the journal keeps."""
MAX_IMAGES = 20_000
"""The most before images kept (an import can change thousands of people); the last two changes are always kept."""
GROUP_SECONDS = 600
"""Saves of one live note at most this far apart are one change to undo."""

Images = dict[str, dict[int, Doc | None]]


class NothingToUndo(ValidationError):
    """The journal is empty: there is no change to undo."""


class UndoRefused(ValidationError):
    """The documents of the change were changed since by something outside netevent; nothing was undone."""


@dataclass(frozen=True, slots=True)
class UndoEntry:
    """One change the journal can undo."""

    id: int
    what: str
    """What the change did, e.g. "Added Ida Kristensen"."""
    at: str
    """When, as `YYYY-MM-DDTHH:MM:SS` local time."""


class Journal:
    """The undo journal of one open file.

    Args:
        docs: the file's documents (the `undo` and `undo_images` tables must be registered).
    """

    def __init__(self, docs: Documents) -> None:
        self._docs = docs

    # ---------------------------------------------------------------- reads
    def entries(self) -> list[UndoEntry]:
        """Every change that can be undone, newest first."""
        heads = self._docs.data(UNDO)
        return [_entry(key, heads[str(key)]) for key in sorted((int(k) for k in heads), reverse=True)]

    def _newest(self) -> tuple[int, Doc] | None:
        heads = self._docs.data(UNDO)
        if not heads:
            return None
        key = max(int(k) for k in heads)
        return key, heads[str(key)]

    # -------------------------------------------------------------- record
    def record(self, what: str | None, group: str | None) -> None:
        """Add what the batch running now changed as the newest entry (or to the newest, for one `group`).

        Called by the repository inside the outermost batch, after its
        writes, so the entry is part of the same atomic file write.
        """
        docs = self._docs
        changed: Images = {}
        for table, items in docs.log.images.items():
            if table in UNJOURNALED:
                continue
            now = docs.data(table)
            for doc_id, old in items.items():
                if now.get(str(doc_id)) != old:  # a document saved unchanged is no change
                    changed.setdefault(table, {})[doc_id] = old
        if not changed:
            return
        newest = self._newest()
        if group and newest is not None and newest[1].get("group") == group and _recent(newest[1].get("at")):
            self._extend(newest[0], newest[1], changed)
        else:
            self._add(what or describe(changed, docs.data), group or "", changed)
        self._trim()
        docs.log.forget((UNDO, IMAGES))

    def _add(self, what: str, group: str, changed: Images) -> None:
        docs = self._docs
        created = {t: _ranges(i for i, old in items.items() if old is None) for t, items in changed.items()}
        kept = [
            {"table": t, "id": i, "doc": old}
            for t, items in changed.items()
            for i, old in items.items()
            if old is not None
        ]
        image_ids = docs.insert(IMAGES, kept)
        head = {
            "what": what,
            "at": now_iso(),
            "group": group,
            "created": {t: r for t, r in created.items() if r},
            "images": _ranges(image_ids),
            "count": len(image_ids),
        }
        head["digest"] = self._digest(_touched(head, self._image_docs(head)))
        docs.insert(UNDO, [head])

    def _extend(self, key: int, head: Doc, changed: Images) -> None:
        """Add a later save of the same note to its entry: documents it already holds keep their first image."""
        docs = self._docs
        touched = _touched(head, self._image_docs(head))
        created = {t: list(_ids(r)) for t, r in head.get("created", {}).items()}
        kept = []
        for table, items in changed.items():
            known = touched.get(table, set())
            for doc_id, old in items.items():
                if doc_id in known:
                    continue
                if old is None:
                    created.setdefault(table, []).append(doc_id)
                else:
                    kept.append({"table": table, "id": doc_id, "doc": old})
        image_ids = docs.insert(IMAGES, kept)
        head = dict(head, at=now_iso(), count=int(head.get("count", 0)) + len(image_ids))
        head["created"] = {t: _ranges(ids) for t, ids in created.items() if ids}
        head["images"] = _ranges([*_ids(head.get("images", [])), *image_ids])
        head["digest"] = self._digest(_touched(head, self._image_docs(head)))
        docs.put(UNDO, {key: head})

    def _trim(self) -> None:
        docs = self._docs
        heads = docs.data(UNDO)
        keys = sorted(int(k) for k in heads)
        total = sum(int(heads[str(k)].get("count", 0)) for k in keys)
        while len(keys) > 2 and (len(keys) > DEPTH or total > MAX_IMAGES):
            oldest = keys.pop(0)
            head = heads[str(oldest)]
            total -= int(head.get("count", 0))
            docs.remove(IMAGES, list(_ids(head.get("images", []))))
            docs.remove(UNDO, [oldest])

    # ----------------------------------------------------------------- undo
    def undo(self) -> tuple[UndoEntry, Images]:
        """Take the newest entry off the journal; return it and the documents to put back (None: remove).

        The caller puts them back in the same batch (`Documents.restore`).

        Raises:
            NothingToUndo: the journal is empty.
            UndoRefused: the documents were changed since outside netevent.
        """
        newest = self._newest()
        if newest is None:
            raise NothingToUndo("nothing to undo")
        key, head = newest
        images_docs = self._image_docs(head)
        if self._digest(_touched(head, images_docs)) != head.get("digest"):
            raise UndoRefused(
                f"cannot undo {head.get('what', 'the last change')!r}: what it changed was changed since "
                "outside netevent; nothing was undone"
            )
        images: Images = {}
        for table, ranges in head.get("created", {}).items():
            for doc_id in _ids(ranges):
                images.setdefault(table, {})[doc_id] = None
        for image in images_docs:
            images.setdefault(str(image["table"]), {})[int(image["id"])] = dict(image["doc"])
        docs = self._docs
        docs.remove(IMAGES, list(_ids(head.get("images", []))))
        docs.remove(UNDO, [key])
        docs.log.forget((UNDO, IMAGES))
        return _entry(key, head), images

    # --------------------------------------------------------------- helpers
    def _image_docs(self, head: Doc) -> list[Doc]:
        stored = self._docs.data(IMAGES)
        found = (stored.get(str(i)) for i in _ids(head.get("images", [])))
        return [doc for doc in found if doc is not None]

    def _digest(self, touched: dict[str, set[int]]) -> str:
        """A hash of the touched documents as they are now (absent ones included)."""
        digest = hashlib.blake2b(digest_size=16)
        for table in sorted(touched):
            data = self._docs.data(table)
            for doc_id in sorted(touched[table]):
                digest.update(f"{table}/{doc_id}=".encode())
                digest.update(orjson.dumps(data.get(str(doc_id)), option=orjson.OPT_SORT_KEYS))
        return digest.hexdigest()


def _entry(key: int, head: Doc) -> UndoEntry:
    return UndoEntry(id=key, what=str(head.get("what", "a change")), at=str(head.get("at", "")))


def _recent(at: Any) -> bool:
    try:
        then = _dt.datetime.fromisoformat(str(at))
    except ValueError:
        return False
    return abs((_dt.datetime.now() - then).total_seconds()) <= GROUP_SECONDS


def _touched(head: Doc, image_docs: list[Doc]) -> dict[str, set[int]]:
    """Per table, the ids of every document an entry names."""
    out: dict[str, set[int]] = {}
    for table, ranges in head.get("created", {}).items():
        out.setdefault(table, set()).update(_ids(ranges))
    for image in image_docs:
        out.setdefault(str(image["table"]), set()).add(int(image["id"]))
    return out


def _ranges(ids: Iterable[int]) -> list[list[int]]:
    """Ids as `[[first, last], …]` runs: an import of 10,000 new people is one pair."""
    out: list[list[int]] = []
    for doc_id in sorted(set(ids)):
        if out and out[-1][1] == doc_id - 1:
            out[-1][1] = doc_id
        else:
            out.append([doc_id, doc_id])
    return out


def _ids(ranges: Any) -> Iterator[int]:
    for first, last in ranges:
        yield from range(int(first), int(last) + 1)

"""Unsaved changes kept safe: a journal in memory and a recovery file on disk, until the data file has them.

Pure Python. When a write cannot reach the data file (another program
changed it, the disk is full, the folder went read-only), the change stays
in memory, and the `UnsavedJournal` records each document it touched: as it was on
disk and as it is now. After every such failure the journal is written to a
recovery file, readable only by you (0600): next to the data file, or, when
there is no room there, in your cache folder, then the temporary folder.
When a later write succeeds, everything in memory is on disk and the
recovery file is removed. One the process could not clear (it was killed,
or quit with the change unsaved) is found by the next netevent on that file,
which offers to put the changes back (`reapply.plan`).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from netevent.config import spare_recovery_folders
from netevent.storage.commits import Committed, Doc
from netevent.storage.reapply import Change

__all__ = ["UnsavedJournal", "Recovered", "find_recoveries", "load_recovery", "FORMAT", "SUFFIX"]

FORMAT = "netevent-recovery"
SUFFIX = ".recovery"
_STAMP = re.compile(r"(\d{8}-\d{6})-\d+")


def _copy(doc: Doc | None) -> Doc | None:
    """A deep copy (the storage changes documents in place)."""
    return None if doc is None else orjson.loads(orjson.dumps(doc))


def _names(path: Path) -> tuple[str, str]:
    """The file-name prefix next to the data file, and the one elsewhere (which says which data file)."""
    digest = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return path.name + ".", f"{path.name}-{digest}."


def _places(path: Path) -> list[tuple[Path, str]]:
    """(folder, file-name prefix) where the recovery file of `path` may be, in the order tried."""
    here, elsewhere = _names(path)
    return [(path.parent, here)] + [(folder, elsewhere) for folder in spare_recovery_folders()]


@dataclass
class UnsavedJournal:
    """Every unsaved change, per table and id, since the data file last had everything.

    Args:
        path: the data file.
    """

    path: Path
    changes: dict[str, dict[int, Change]] = field(default_factory=dict)
    file: Path | None = None
    """Where the changes were last written (None: not yet, or nowhere had room)."""
    reason: str = ""
    _stamp: str = field(default_factory=lambda: _dt.datetime.now().strftime("%Y%m%d-%H%M%S") + f"-{os.getpid()}")

    @property
    def empty(self) -> bool:
        """True when the data file has everything."""
        return not self.changes

    def record(self, done: Committed, now: Callable[[str, int], Doc | None]) -> None:
        """A write's changes reached memory but not the disk: keep them (`now(table, id)` is the document now)."""
        for table, befores in done.before.items():
            docs = self.changes.setdefault(table, {})
            for doc_id, before in befores.items():
                first = docs[doc_id].before if doc_id in docs else _copy(before)
                after = _copy(now(table, doc_id))
                if first is None and after is None:
                    docs.pop(doc_id, None)  # made and removed again: nothing to keep
                else:
                    docs[doc_id] = Change(first, after)
            if not docs:
                del self.changes[table]

    def clear(self) -> None:
        """The data file has everything now: forget the changes and remove the recovery file."""
        self.changes = {}
        if self.file is not None:
            try:
                self.file.unlink()
            except OSError:
                pass
            self.file = None

    def save(self, reason: str) -> Path | None:
        """Write the changes to a recovery file (the first place with room); where, or None if nowhere.

        Args:
            reason: why the data file could not be written, in words.
        """
        self.reason = reason
        document = {
            "format": FORMAT,
            "version": 1,
            "data_file": str(self.path),
            "saved": _dt.datetime.now().isoformat(timespec="seconds"),
            "reason": reason,
            "changes": [
                {"table": table, "id": doc_id, "before": change.before, "after": change.after}
                for table, docs in self.changes.items()
                for doc_id, change in docs.items()
            ],
        }
        data = orjson.dumps(document, option=orjson.OPT_INDENT_2)
        for folder, prefix in _places(self.path):
            target = folder / f"{prefix}{self._stamp}{SUFFIX}"
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                _write_private(target, data)
            except OSError:
                continue
            if self.file is not None and self.file != target:
                try:
                    self.file.unlink()  # an earlier, shorter copy elsewhere
                except OSError:
                    pass
            self.file = target
            return target
        return None

    def notes(self) -> list[str]:
        """The text of every unsaved note (shown as a last resort when no recovery file could be written)."""
        return [
            str(change.after.get("text", ""))
            for change in self.changes.get("notes", {}).values()
            if change.after is not None and change.after.get("text")
        ]


def _write_private(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically, readable by its owner only."""
    fd, tmp = tempfile.mkstemp(prefix=".netevent-tmp-" + target.name + ".", dir=target.parent)  # 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


@dataclass(frozen=True)
class Recovered:
    """A recovery file found for a data file: when it was saved, why, and its changes."""

    file: Path
    saved: str
    reason: str
    changes: dict[str, dict[int, Change]]

    @property
    def count(self) -> int:
        """How many documents it changes."""
        return sum(len(docs) for docs in self.changes.values())

    @property
    def notes(self) -> int:
        """How many notes among them."""
        return len(self.changes.get("notes", {}))


def find_recoveries(path: Path) -> Iterator[Path]:
    """The recovery files kept for the data file `path`, oldest first."""
    found: list[Path] = []
    for folder, prefix in _places(path):
        try:
            found += [p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(SUFFIX)]
        except OSError:
            continue
    yield from sorted(found, key=lambda p: _STAMP.findall(p.name)[-1:])


def load_recovery(file: Path) -> Recovered | None:
    """Read a recovery file; None if it is not one (it is then left alone)."""
    try:
        document: Any = orjson.loads(file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    changes: dict[str, dict[int, Change]] = {}
    for item in document.get("changes") or []:
        if not isinstance(item, dict) or not isinstance(item.get("table"), str) or not isinstance(item.get("id"), int):
            return None
        before, after = item.get("before"), item.get("after")
        if not all(v is None or isinstance(v, dict) for v in (before, after)):
            return None
        changes.setdefault(item["table"], {})[item["id"]] = Change(before, after)
    return Recovered(file, str(document.get("saved", "")), str(document.get("reason", "")), changes)

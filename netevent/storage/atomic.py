"""A TinyDB storage that never loses a byte.

Pure Python, no Textual. TinyDB's own JSONStorage rewrites the file in place,
so a process killed mid-write leaves a broken file. This storage instead:

* writes a temporary file in the same folder, flushes, fsyncs and
  `os.replace`s it over the real one, so a crash leaves the old or the new
  file, never half of one;
* refuses to parse a file it does not understand and never writes over it;
* notices when another program changed the file since it was read, and
  refuses to overwrite that change;
* serialises with orjson in chunks, because a single long C call holds the
  GIL and would freeze the app's screen while a worker thread saves;
* keeps the parsed data in memory: this process holds the file lock, so the
  file only changes through us, and TinyDB's read-before-every-write is free.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import orjson
from tinydb.storages import Storage

from netevent.storage.errors import ConflictError, CorruptFileError, ReadOnlyError, StorageError, WriteFailedError
from netevent.storage.layout import (
    DEFERRED_TABLES,
    dumps,
    exact_problem,
    iter_dumps,
    maybe_inexact,
    parse_in_pieces,
    split_tables,
)

__all__ = ["AtomicJSONStorage", "dumps", "iter_dumps", "backup_path", "TMP_PREFIX"]

TMP_PREFIX = ".netevent-tmp-"


def backup_path(path: Path) -> Path:
    """Where the copy of the file from before this session's first write is kept."""
    return path.with_name(path.name + ".bak")


def _no_pace() -> None:
    return None


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _snapshot(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """A copy deep enough to roll back TinyDB writes, which replace tables and update documents in place."""
    if data is None:
        return None
    return {name: {key: dict(doc) for key, doc in table.items()} for name, table in data.items()}


def _describe_shape(data: Any) -> str | None:
    """None if `data` looks like a TinyDB file, else what is wrong with it."""
    if not isinstance(data, dict):
        return f"the top level is a {type(data).__name__}, not an object of tables"
    for name, table in data.items():
        if not isinstance(table, dict):
            return f"table {name!r} is a {type(table).__name__}, not an object of documents"
        for doc_id, doc in table.items():
            if not doc_id.isdigit():
                return f"table {name!r} has a document id {doc_id!r} that is not a number"
            if not isinstance(doc, dict):
                return f"document {doc_id} in table {name!r} is not an object"
    return None


class AtomicJSONStorage(Storage):
    """TinyDB storage with atomic, conflict-checked, chunked orjson writes.

    Args:
        path: the JSON file. Its folder is created on the first write.
        read_only: refuse every write with `ReadOnlyError`.
    """

    def __init__(self, path: str | os.PathLike[str], read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._cache: dict[str, Any] | None = None
        # Tables read from disk but not parsed yet: (the file's bytes, start, stop).
        self._deferred: dict[str, tuple[bytes, int, int]] = {}
        self._parse_lock = threading.Lock()
        self._signature: tuple[int, int, int] | None = None
        # The bytes and tables of the file as read, until `verify` has looked at them.
        self._unverified: tuple[bytes, list[tuple[str, int, int]]] | None = None
        self._counts: dict[str, int] = {}
        self._batch_depth = 0
        self._dirty = False
        self._backed_up = False
        self.writes = 0
        """How many times the file was written (tests and the benchmark read this)."""

    # ------------------------------------------------------------------ read
    def read(self) -> dict[str, Any] | None:
        """Return all the data, parsing the file (or what is left of it) the first time."""
        if self._cache is None:
            self._cache = self.load()
        if self._deferred:
            for name in list(self._deferred):
                self._resolve(name)
        return self._cache

    def table(self, name: str, *, create: bool = False) -> dict[str, Any]:
        """One table's data, parsing only that table if it was put off.

        Args:
            create: add the table (and the data, for a new file) when missing,
                to write into; otherwise a missing table reads as empty.
        """
        if self._cache is None:
            self._cache = self.load()
        if name in self._deferred:
            self._resolve(name)
        if self._cache is None:
            if not create:
                return {}
            self._cache = {}
        table: dict[str, Any] = self._cache.setdefault(name, {}) if create else self._cache.get(name, {})
        return table

    @property
    def found(self) -> bool:
        """True when the file existed when it was read (False for a new file)."""
        if self._cache is None and not self._deferred:
            self._cache = self.load()
        return self._cache is not None

    def adopt(self, data: dict[str, Any]) -> None:
        """Use `data` (the file brought up to date by a migration) as the data, written at the next flush."""
        self._cache = data
        self._deferred = {}

    def check_writable(self) -> None:
        """Raise `ReadOnlyError` before anything is changed in a read-only file."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only")

    def changed(self) -> None:
        """The data was changed in place: write it now, or at the end of the current batch."""
        self.check_writable()
        if self._batch_depth:
            self._dirty = True
            return
        self.flush()

    def find(self, name: str, field: str, value: int) -> dict[str, Any]:
        """The documents of a table whose `field` is `value` (a number), e.g. one person's notes.

        For a table not parsed yet, only the lines holding the value are read:
        in netevent's layout each document is one line, and outside strings
        (where quotes are escaped) `"field":value` can only be that key. Any
        line that does not parse alone sends it back to parsing the table.
        """

        def from_table() -> dict[str, Any]:
            return {k: d for k, d in self.table(name).items() if d.get(field) == value}

        span = self._deferred.get(name)
        if span is None:
            return from_table()
        raw, start, stop = span
        needle = b'"' + field.encode() + b'":' + str(int(value)).encode()
        found: dict[str, Any] = {}
        at = raw.find(needle, start, stop)
        while at >= 0:
            after = at + len(needle)
            if raw[after : after + 1] in (b",", b"}"):  # not a longer number
                line_start = raw.rfind(b"\n", start, at) + 1
                line_end = raw.find(b"\n", at, stop)
                line = raw[line_start:line_end].rstrip(b",")
                try:
                    found.update(orjson.loads(b"{" + line + b"}"))
                except orjson.JSONDecodeError:
                    return from_table()
            at = raw.find(needle, after, stop)
        return {k: d for k, d in found.items() if isinstance(d, dict) and d.get(field) == value}

    def loaded(self, name: str) -> bool:
        """True when a table is parsed (asking for it then costs nothing)."""
        return self._cache is not None and name not in self._deferred

    def _resolve(self, name: str) -> None:
        # Two threads may ask for the same put-off table at once.
        with self._parse_lock:
            span = self._deferred.get(name)
            if span is None:
                return
            assert self._cache is not None
            raw, start, stop = span
            try:
                pieces = parse_in_pieces(raw, start, stop)
                if pieces is not None and not _describe_shape({name: pieces}):
                    table = pieces
                else:
                    table = self._parse_table(name, memoryview(raw)[start:stop])
            except CorruptFileError:
                # Perhaps the file was only cut in the wrong place: the whole
                # of it decides (and names the problem if there is one).
                table = self._parse_whole(raw).get(name, {})
            self._counts[name] = len(table)
            self._cache[name] = table
            del self._deferred[name]
            if not self._deferred:
                # Every table is parsed: look at the file's bytes now, so they
                # need not be kept (at 100,000 people they are 145 MB).
                self.verify()

    def load(self) -> dict[str, Any] | None:
        """Read the file from disk (None when it does not exist).

        A file in netevent's own layout is split into tables without parsing
        them; the big ones (notes) are parsed only when first needed, so the
        app can show its first screen sooner. Any other valid JSON is parsed
        whole.
        """
        self._signature = _signature(self.path)
        self._deferred = {}
        self._unverified = None
        self._counts = {}
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError:
            raise CorruptFileError(f"{self.path} is a folder, not a netevent file") from None
        except OSError as error:
            raise StorageError(f"cannot read {self.path}: {error.strerror or error}") from None
        if not raw or raw.isspace():  # (strip() would copy all of it first)
            # An empty file is not an empty database: it may be a data file a
            # failed copy or a crashed editor emptied, so it is never written over.
            raise CorruptFileError(
                f"{self.path} is empty, so it is not a netevent file; netevent has not changed it "
                "(delete it to start a new file there)" + self._backup_hint()
            )
        tables = split_tables(raw)
        if tables is not None:
            view = memoryview(raw)
            try:
                data: dict[str, Any] = {}
                for name, start, stop in tables:
                    if name in DEFERRED_TABLES:
                        self._deferred[name] = (raw, start, stop)
                    else:
                        data[name] = self._parse_table(name, view[start:stop])
                        self._counts[name] = len(data[name])
                self._unverified = (raw, tables)
                return data
            except CorruptFileError:
                self._deferred = {}  # not cut where it seemed: read it whole below
        return self._parse_whole(raw)

    def _parse_whole(self, raw: bytes | memoryview) -> dict[str, Any]:
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            raise CorruptFileError(
                f"{self.path} is not valid JSON ({error}); netevent has not changed it" + self._backup_hint()
            ) from None
        problem = _describe_shape(data) or exact_problem(raw, "a table")
        if problem:
            raise CorruptFileError(
                f"{self.path} is not a netevent file: {problem}; netevent has not changed it" + self._backup_hint()
            )
        return cast("dict[str, Any]", data)  # its shape was just checked

    def _parse_table(self, name: str, body: bytes | memoryview) -> dict[str, Any]:
        try:
            table = orjson.loads(body)
        except orjson.JSONDecodeError as error:
            raise CorruptFileError(
                f"{self.path} is not valid JSON in table {name!r} ({error}); netevent has not "
                "changed it" + self._backup_hint()
            ) from None
        problem = _describe_shape({name: table})
        if problem:
            raise CorruptFileError(
                f"{self.path} is not a netevent file: {problem}; netevent has not changed it" + self._backup_hint()
            )
        return cast("dict[str, Any]", table)  # its shape was just checked

    def verify(self, pace: Callable[[], None] = _no_pace) -> None:
        """Refuse the file if orjson read a table of it inexactly: a duplicated id, a number beyond 64 bits.

        Runs once per file read: as soon as the put-off tables are parsed
        (the app does that in the background after its first screen), and
        in any case before the first write. A look-up that reads one
        person's notes never pays for it, and nothing is ever written from
        data that lost a document.

        Raises:
            CorruptFileError: naming the table and what would be lost.
        """
        if self._unverified is None:
            return
        self.read()  # every table parsed: each one's count of documents is known
        if self._unverified is None:
            return  # parsing the last put-off table verified the file already
        raw, tables = self._unverified
        for name, start, stop in tables:
            if maybe_inexact(raw, start, stop, self._counts.get(name, 0), pace):
                problem = exact_problem(memoryview(raw)[start:stop], f"table {name!r}")
                if problem:
                    raise CorruptFileError(
                        f"{self.path}: {problem}; netevent has not changed the file" + self._backup_hint()
                    )
        self._unverified = None

    def _backup_hint(self) -> str:
        backup = backup_path(self.path)
        return f". The last backup is {backup}" if backup.exists() else ""

    def read_fresh(self) -> tuple[dict[str, Any], tuple[int, int, int] | None]:
        """The file as it is on disk now, parsed whole and checked, without touching the data in memory.

        Returns:
            The data and the file's signature (to adopt both with `replace_data`).

        Raises:
            CorruptFileError: the file cannot be read; the data in memory is untouched.
        """
        fresh = AtomicJSONStorage(self.path, read_only=True)
        data = fresh.read() or {}
        fresh.verify()
        return data, fresh._signature

    def replace_data(self, data: dict[str, Any], signature: tuple[int, int, int] | None) -> None:
        """Use `data`, read from the file with `signature`, as the data (what is in memory is dropped).

        The next write backs the file up first: it is another program's version.
        """
        self._cache, self._deferred, self._signature = data, {}, signature
        self._unverified, self._dirty, self._backed_up = None, False, False

    def reload(self) -> dict[str, Any] | None:
        """Forget the in-memory copy and parse the file again."""
        self._cache = None
        self._deferred = {}
        self._dirty = False
        return self.read()

    # ----------------------------------------------------------------- write
    def write(self, data: dict[str, Any]) -> None:
        """Store `data`: now, or at the end of the current batch."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only")
        self._cache = data
        if self._batch_depth:
            self._dirty = True
            return
        self.flush()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Collect every write inside the block into one atomic write at its end.

        If the block raises, nothing is written and the in-memory copy goes
        back to what it was before the block, so a failed import leaves no
        trace, and changes an earlier failed write kept in memory survive.
        """
        # Only unsaved changes need a copy; otherwise the file is the snapshot.
        snapshot = _snapshot(self._cache) if not self._batch_depth and self._dirty else None
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            self._batch_depth -= 1
            if not self._batch_depth:
                if snapshot is not None:
                    self._cache = snapshot
                else:
                    self._dirty = False
                    self._cache = self.load()
            raise
        self._batch_depth -= 1
        if not self._batch_depth and self._dirty:
            self.flush()

    def flush(self) -> None:
        """Write the in-memory data to disk atomically.

        Raises:
            ConflictError: the file changed on disk since it was read.
            WriteFailedError: the write failed (disk full, permissions…);
                the file on disk is as it was, and the data stays in memory
                (the next flush writes it, with whatever came after).
        """
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only")
        data = self.read() or {}
        self.verify()
        if _signature(self.path) != self._signature:
            self._dirty = True  # keep the change in memory; it is not on disk
            raise ConflictError(
                f"{self.path} was changed by another program since netevent read it; netevent did not overwrite it"
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self._backed_up:
                self._make_backup()
            self._replace_atomically(iter_dumps(data))
        except OSError as error:
            self._dirty = True
            raise WriteFailedError(
                f"could not save {self.path}: {error.strerror or error}; the file is as it was"
            ) from None
        except orjson.JSONEncodeError as error:
            # orjson reads 1,024 levels of nesting but writes only 255, and no
            # number beyond 64 bits: a hand-edited document it cannot write.
            self._dirty = True
            raise WriteFailedError(
                f"could not save {self.path}: {_unwritable(data) or error}; the file is as it was "
                "(`netevent check` names the entry to fix)"
            ) from None
        self._signature = _signature(self.path)
        self._dirty = False
        self.writes += 1

    def _make_backup(self) -> None:
        """Keep the file as it was before this session first changed it."""
        if self.path.exists():
            self._write_file(backup_path(self.path), _file_pieces(self.path))
        self._backed_up = True

    def _replace_atomically(self, pieces: Iterable[bytes]) -> None:
        self._write_file(self.path, pieces)

    @staticmethod
    def _write_file(target: Path, pieces: Iterable[bytes]) -> None:
        fd, tmp_name = tempfile.mkstemp(prefix=TMP_PREFIX + target.name + ".", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                for piece in pieces:
                    handle.write(piece)
                handle.flush()
                os.fsync(handle.fileno())
            if target.exists():
                shutil.copymode(target, tmp_name)
            os.replace(tmp_name, target)
        except BaseException:
            try:
                os.unlink(tmp_name)
            except FileNotFoundError:
                pass
            raise
        _fsync_dir(target.parent)

    def mark_dirty(self) -> None:
        """The data in memory is not on disk yet (a new file): the next write writes all of it."""
        self._dirty = True

    @property
    def dirty(self) -> bool:
        """True when there are changes in memory that are not on disk yet."""
        return self._dirty

    def clean_leftovers(self) -> int:
        """Remove temporary files a crashed write left behind; return how many."""
        removed = 0
        prefix = TMP_PREFIX + self.path.name + "."
        try:
            candidates = list(self.path.parent.iterdir())
        except OSError:
            return 0
        for candidate in candidates:
            if candidate.name.startswith(prefix):
                try:
                    candidate.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed

    def close(self) -> None:
        """Nothing to release: every write is already on disk."""


def _unwritable(data: dict[str, Any]) -> str:
    """Which document orjson cannot write, found one by one (only after a write failed)."""
    for name, table in data.items():
        for key, doc in table.items():
            try:
                orjson.dumps(doc)
            except orjson.JSONEncodeError as error:
                return f"document {key} in table {name!r} cannot be written ({error})"
    return ""


def _file_pieces(path: Path, size: int = 1 << 20) -> Iterator[bytes]:
    """A file's bytes in 1 MB pieces (reading a 70 MB file at once would hold the interpreter)."""
    with path.open("rb") as handle:
        while piece := handle.read(size):
            yield piece


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

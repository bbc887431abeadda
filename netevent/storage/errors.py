"""What can go wrong with the data file, phrased for the person using netevent.

Pure Python. Every storage problem is a `StorageError` whose message names
the file and says what netevent did (usually: nothing) and what to do.
"""

from __future__ import annotations

__all__ = [
    "StorageError",
    "CorruptFileError",
    "NewerSchemaError",
    "LockedError",
    "ConflictError",
    "ReadOnlyError",
    "WriteFailedError",
]


class StorageError(Exception):
    """A problem with the data file, phrased for the person using netevent."""


class CorruptFileError(StorageError):
    """The file cannot be parsed, or parses to something that is not a netevent file."""


class NewerSchemaError(StorageError):
    """The file was written by a newer netevent."""


class LockedError(StorageError):
    """Another netevent process has the file open for writing."""


class ConflictError(StorageError):
    """The file changed on disk since netevent read it."""


class ReadOnlyError(StorageError):
    """The file was opened read-only."""


class WriteFailedError(StorageError):
    """Writing the file failed (a full disk, a lost permission): the file on disk is as it was."""

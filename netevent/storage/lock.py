"""One writer per data file: an advisory lock held for as long as the file is open.

Two processes writing one TinyDB file lose each other's updates, because each
keeps the data (and its next document id) in memory. So whoever writes holds
`<file>.lock` for the whole session; a second process is told who holds it
and can still open the file read-only.
"""

from __future__ import annotations

import os
from pathlib import Path

from netevent.storage.errors import LockedError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # no fcntl module on Windows: msvcrt locks instead
    import msvcrt

__all__ = ["FileLock", "lock_path"]


def lock_path(path: Path) -> Path:
    """The lock file that guards `path`."""
    return path.with_name(path.name + ".lock")


class FileLock:
    """An exclusive, non-blocking lock on a data file, released on `release()` or exit.

    The operating system drops the lock when the process dies, so a crash
    never leaves the file locked forever.
    """

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise `LockedError` naming the process that holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            who = f" (process {holder})" if holder else ""
            raise LockedError(
                f"{self.path.with_name(self.path.name[:-5])} is open in another netevent{who}; close that one first"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        """Let other processes write the file again."""
        if self._fd is None:
            return
        try:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        """True while this process holds the lock."""
        return self._fd is not None


def _read_holder(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode(errors="replace").strip()
    except OSError:
        return ""

"""One writer per data file: an advisory lock held for as long as the file is open.

Two processes writing one TinyDB file lose each other's updates, because each
keeps the data (and its next document id) in memory. So whoever writes holds
`<file>.lock` for the whole session; a second process is told who holds it
and can still open the file read-only.

The lock file holds the holder's process id; a netevent that is closing
(it has been told to quit, or its terminal went away) adds " closing", and
a netevent started meanwhile waits a few seconds for it instead of being
refused: reconnecting over SSH at once must work.
"""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

from netevent.storage.errors import LockedError, StorageError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # no fcntl module on Windows: msvcrt locks instead
    import msvcrt

__all__ = ["FileLock", "lock_path", "CLOSING_WAIT"]

CLOSING_WAIT = 5.0
"""Seconds a new netevent waits for one that is closing to let go of the file."""

_CLOSING = " closing"


def lock_path(path: Path) -> Path:
    """The lock file that guards `path`."""
    return path.with_name(path.name + ".lock")


def _why(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno == errno.EROFS:
        return "it is on a read-only file system"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "you may not write in that folder"
    if error.errno == errno.EISDIR:
        return "a folder has that name"
    return (error.strerror or str(error)).lower()


class FileLock:
    """An exclusive, non-blocking lock on a data file, released on `release()` or exit.

    The operating system drops the lock when the process dies, so a crash
    never leaves the file locked forever.
    """

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._data = path
        self._fd: int | None = None
        self.made: list[Path] = []
        """Folders and the lock file this lock created (removed again if nothing else was written)."""

    def acquire(self, wait: float = CLOSING_WAIT) -> None:
        """Take the lock, waiting up to `wait` seconds for a netevent that is closing.

        Raises:
            LockedError: another netevent has the file open, naming its process.
            StorageError: the lock file cannot be made or written (a
                read-only or full disk, a folder without permission).
        """
        deadline = time.monotonic() + wait
        while True:
            fd = self._open()
            holder = self._try(fd)
            if holder is None:
                break
            if not holder.endswith(_CLOSING) or time.monotonic() >= deadline:
                who = f" (process {holder.removesuffix(_CLOSING)})" if holder else ""
                raise LockedError(f"{self._data} is open in another netevent{who}; close that one first")
            time.sleep(0.05)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
        except OSError as error:
            self._fd = fd
            self.release()
            raise StorageError(f"cannot lock {self._data}: writing {self.path} failed: {_why(error)}") from None
        self._fd = fd

    def _open(self) -> int:
        missing = []
        folder = self.path.parent
        while not folder.exists() and folder != folder.parent:
            missing.append(folder)
            folder = folder.parent
        existed = self.path.exists()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise StorageError(
                f"cannot lock {self._data}: netevent needs to write {self.path} next to it, "
                f"and {_why(error)}; nothing was changed"
            ) from None
        self.made = ([] if existed else [self.path]) + missing
        return fd

    def _try(self, fd: int) -> str | None:
        """None once locked; else what the lock file says of its holder (and `fd` is closed)."""
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            return holder
        return None

    def mark_closing(self) -> None:
        """Tell a netevent starting now that this one is about to let go (it then waits)."""
        if self._fd is None:
            return
        try:
            os.pwrite(self._fd, (str(os.getpid()) + _CLOSING).encode(), 0)
        except OSError:
            pass  # a full disk: the other netevent is refused, as before

    def release(self, *, tidy: bool = False) -> None:
        """Let other processes write the file again.

        Args:
            tidy: also remove the lock file and the folders made for it,
                because the data file was never written (a command that
                failed leaves nothing behind).
        """
        if self._fd is None:
            return
        try:
            if tidy and not self._data.exists():
                for made in self.made:
                    try:
                        made.unlink() if made == self.path else made.rmdir()
                    except OSError:
                        break
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
        return os.pread(fd, 64, 0).decode(errors="replace").strip()
    except OSError:
        return ""

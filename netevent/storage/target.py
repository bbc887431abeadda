"""Which file a data file path means: a symbolic link is followed to the real file, once.

Pure Python. People keep the data file in a synced folder and link to it
from where netevent looks. Writes then go to the link's target: the new file
is made in the target's folder and renamed over it there (a rename over the
link itself would replace the link with a plain file, and the synced copy
would never change again), and the lock is taken next to the real file, so
two links to one file still mean one writer.
"""

from __future__ import annotations

import os
from pathlib import Path

from netevent.storage.errors import StorageError

__all__ = ["data_file"]


def data_file(path: str | os.PathLike[str]) -> Path:
    """The real file behind `path` (itself when it is not a symbolic link).

    Raises:
        StorageError: `path` is a link to nothing, or links that loop;
            netevent will not put a new file in place of the link.
    """
    given = Path(path).expanduser()
    if not given.is_symlink():
        return given
    try:
        real = given.resolve(strict=False)
    except (OSError, RuntimeError):
        raise StorageError(f"{given} is a symbolic link that leads back to itself; netevent did not open it") from None
    if not real.exists():
        target = os.readlink(given)
        raise StorageError(
            f"{given} is a symbolic link to {target}, which does not exist; netevent will not put a new file "
            "in place of the link (restore the file it points to, or give --db the real file)"
        )
    return real

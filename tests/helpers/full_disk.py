"""Run netevent as if the disk of its data file were full, without root or a real small disk.

`python -m tests.helpers.full_disk FLAG ARGS...` runs `netevent ARGS...`.
While the file FLAG exists, creating a file in FLAG's folder fails with
ENOSPC ("No space left on device"), as it does on a full disk: netevent's
atomic writes and its recovery file both start by creating a temporary file
there. Deleting FLAG makes room again.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def main() -> None:
    """Make FLAG's folder full while FLAG exists, then run netevent with the rest of the arguments."""
    flag = Path(sys.argv[1]).resolve()
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        folder = kwargs.get("dir", args[2] if len(args) > 2 else None)
        if folder is not None and flag.exists() and Path(folder).resolve() == flag.parent:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_mkstemp(*args, **kwargs)

    tempfile.mkstemp = mkstemp  # type: ignore[assignment]  # the fault under test
    from netevent.cli import main as netevent

    sys.argv = ["netevent", *sys.argv[2:]]
    netevent()


if __name__ == "__main__":
    main()

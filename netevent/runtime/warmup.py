"""What the app does in the background right after its first screen, and how it steps aside for typing.

Pure Python (threads only). The first screen is drawn from the stored names
alone; then, on the writer thread and in this order, the quick search's
folded fields are made, the notes are read, both indexes are built and every
document is checked. Being the writer's first jobs, no write can happen
before the file is known to be sound. While someone types, `Pacer.hold`
makes that work pause every few dozen items, so a keystroke never waits
for it; the interpreter is tuned so that the screen gets the GIL back soon.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from typing import Any

from netevent.runtime.writer import Writer
from netevent.services.finder import PeopleFinder
from netevent.storage.errors import StorageError
from netevent.storage.repository import Repository

__all__ = ["Pacer", "WarmUp", "tune_interpreter"]

SWITCH_INTERVAL = 0.001
"""Seconds a thread may hold the interpreter before another gets it (Python's default is 5 ms)."""


def tune_interpreter() -> None:
    """Hand the interpreter back to the screen five times sooner while other threads save and index."""
    sys.setswitchinterval(SWITCH_INTERVAL)


class Pacer:
    """Lets background work step aside while someone is typing."""

    def __init__(self) -> None:
        self._held_until = 0.0

    def hold(self, seconds: float = 0.2) -> None:
        """Ask background work to pause for a while: someone is typing.

        Threads share one interpreter; without this, a keystroke at 50,000
        people waited two to three times longer while the app was indexing.
        """
        self._held_until = time.monotonic() + seconds

    def pace(self) -> None:
        """Called by background work every few dozen items: wait while it is held (never for good)."""
        give_up = time.monotonic() + 1.0
        while time.monotonic() < min(self._held_until, give_up):
            time.sleep(0.002)


class WarmUp:
    """The background jobs after the first screen, each reporting when it is done.

    Args:
        repo: the open repository (it is told to refuse writes if a job finds the file unusable).
        finder: whose indexes are built.
        writer: the ordered writer thread the jobs run on.
    """

    def __init__(self, repo: Repository, finder: PeopleFinder, writer: Writer) -> None:
        self._repo = repo
        self._finder = finder
        self._writer = writer
        self.started = False

    def start(
        self,
        *,
        notes_loaded: Callable[[], None],
        indexes_ready: Callable[[], None],
        checked: Callable[[], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Queue the jobs (once); each callback runs where the writer delivers its results."""
        if self.started:
            return
        self.started = True
        repo, finder = self._repo, self._finder

        def guarded(step: Callable[[], Any]) -> Callable[[], None]:
            def job() -> None:
                try:
                    step()
                except StorageError:
                    # Refuse writes here, on the writer thread, before any
                    # write queued behind this job can run.
                    repo.refuse_writes()
                    raise

            return job

        def check() -> None:
            try:
                repo.validate()
            finally:
                # Everything loaded lives until the app ends; freezing it keeps
                # the garbage collector's pauses short, and collecting while
                # loading only wastes time.
                gc.freeze()
                gc.enable()

        gc.disable()
        submit = self._writer.submit
        # First what a keystroke needs before the index exists (the quick search).
        submit(guarded(finder.prepare), None, failed, background=True)
        submit(guarded(repo.load_notes), lambda _r: notes_loaded(), failed, background=True)
        submit(guarded(finder.build), lambda _r: indexes_ready(), failed, background=True)
        submit(guarded(check), lambda _r: checked(), failed, background=True)

"""Signals that end or stop the process from outside save everything first.

A closed terminal (SIGHUP: the SSH link dropped), a kill (SIGTERM) and a
suspend (SIGTSTP, Ctrl+Z or `kill -TSTP`) all reach netevent while the user
may be typing a note: the note is saved and the queued writes finish before
the process goes. After a hang-up the terminal may be gone, so the app is
given a moment to shut down cleanly and then leaves for sure.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netevent.tui.app import NetEventApp

__all__ = ["EndingSignals"]

GRACE_SECONDS = 2.0
"""How long a clean shutdown may take after a hang-up or a kill before the process leaves anyway."""


class EndingSignals:
    """Installs the handlers for SIGHUP, SIGTERM and SIGTSTP on behalf of the app.

    Args:
        app: the app whose note and writes are saved first.
    """

    def __init__(self, app: NetEventApp) -> None:
        self.app = app
        self._loop: asyncio.AbstractEventLoop | None = None

    def install(self, loop: asyncio.AbstractEventLoop | None) -> None:
        """Take over the signals (only on the main thread: tests run the app off it and keep theirs)."""
        if threading.current_thread() is not threading.main_thread():
            return
        self._loop = loop
        for signum in (getattr(signal, "SIGHUP", None), signal.SIGTERM):
            if signum is not None:
                signal.signal(signum, self.terminate)
        stop = getattr(signal, "SIGTSTP", None)
        if stop is not None:
            # The terminal driver suspends on SIGTSTP; save first, also when the
            # signal comes from outside (`kill -TSTP`), not only from Ctrl+Z.
            suspend = signal.getsignal(stop)

            def save_then_suspend(signum: int, frame: Any) -> None:
                self.app.save_pending()
                if callable(suspend):
                    suspend(signum, frame)

            signal.signal(stop, save_then_suspend)

    def terminate(self, signum: int, frame: Any) -> None:
        """The terminal went away or we were told to stop: save, let go of the file, then leave."""
        app = self.app
        if app.exiting:
            return
        app.exiting = True
        app.signal_code = 128 + signum
        app.repo.mark_closing()  # a netevent started now (an SSH reconnect) waits for us
        try:
            app.save_pending()
        finally:
            if app.writer.wait_writes(timeout=0):
                # Everything is on disk, or kept in a recovery file: a new
                # netevent may have the file at once, while this one leaves.
                app.repo.close()
            code = 1 if app.repo.unsaved else app.signal_code
            # The terminal may be gone, so a clean shutdown can hang on output;
            # give it a moment, then leave for sure. A daemon timer: a clean
            # exit does not wait for it.
            timer = threading.Timer(GRACE_SECONDS, lambda: os._exit(code))
            timer.daemon = True
            timer.start()
            if self._loop is not None:
                self._loop.call_soon_threadsafe(app.exit)

"""One background thread that performs every write, in the order it was asked for.

Pure Python (threads only). The app never writes on its UI thread: it hands
a write to the `Writer`, which runs it on its own thread and reports the
result through callbacks. One thread, one queue, means two quick presses of
`m` land on disk in the order they were pressed, and a quit can wait for
every pending write before the process ends.
"""

from __future__ import annotations

import queue
import threading
from typing import Any, Callable

__all__ = ["Writer"]

Callback = Callable[[Any], None]


class Writer:
    """A single-threaded write queue.

    Args:
        deliver: runs a callback "at home" (the app passes a function that
            schedules it on its event loop); by default callbacks run on the
            writer thread.
    """

    def __init__(self, deliver: Callable[[Callable[[], None]], None] | None = None) -> None:
        self._queue: queue.Queue[tuple[Callable[[], Any], Callback | None, Callback | None] | None] = (
            queue.Queue()
        )
        self._deliver = deliver or (lambda call: call())
        self._idle = threading.Condition()
        self._pending = 0
        self._thread = threading.Thread(target=self._run, name="netevent-writer", daemon=True)
        self._thread.start()

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> None:
        """Queue `job`; `on_done(result)` or `on_error(exception)` follows it."""
        with self._idle:
            self._pending += 1
        self._queue.put((job, on_done, on_error))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            job, on_done, on_error = item
            try:
                result = job()
            except Exception as error:  # reported to the app, never lost in a thread
                if on_error is not None:
                    # Bind now: the loop moves on to the next job before this runs.
                    self._deliver(lambda e=error, f=on_error: f(e))
            else:
                if on_done is not None:
                    self._deliver(lambda r=result, f=on_done: f(r))
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    @property
    def busy(self) -> bool:
        """True while a write is queued or running."""
        return self._pending > 0

    def wait_idle(self, timeout: float | None = 10.0) -> bool:
        """Block until every queued write has finished; False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout=timeout)

    def close(self, timeout: float | None = 10.0) -> None:
        """Finish pending writes and stop the thread."""
        self.wait_idle(timeout)
        self._queue.put(None)
        self._thread.join(timeout)

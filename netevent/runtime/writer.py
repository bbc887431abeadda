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
from collections.abc import Callable
from functools import partial
from typing import Any, NamedTuple

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
        self._queue: queue.Queue[_Item | None] = queue.Queue()
        self._deliver = deliver or (lambda call: call())
        self._idle = threading.Condition()
        self._pending = 0  # writes queued or running
        self._background = 0  # of which background work (indexing), which a quit need not wait for
        self._thread = threading.Thread(target=self._run, name="netevent-writer", daemon=True)
        self._thread.start()

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        *,
        background: bool = False,
    ) -> None:
        """Queue `job`; `on_done(result)` or `on_error(exception)` follows it.

        Args:
            background: work that only makes things faster (reading ahead,
                indexing); `wait_writes` does not wait for it and
                `drop_background` may drop it before it starts.
        """
        with self._idle:
            self._pending += 1
            self._background += background
        self._queue.put(_Item(job, on_done, on_error, background))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            try:
                result = item.job()
            except Exception as error:  # reported to the app, never lost in a thread
                if item.on_error is not None:
                    # Bind now: the loop moves on to the next job before this runs.
                    self._deliver(partial(item.on_error, error))
            else:
                if item.on_done is not None:
                    self._deliver(partial(item.on_done, result))
            finally:
                with self._idle:
                    self._pending -= 1
                    self._background -= item.background
                    self._idle.notify_all()

    @property
    def busy(self) -> bool:
        """True while a write is queued or running."""
        return self._pending > 0

    def wait_idle(self, timeout: float | None = 10.0) -> bool:
        """Block until every queued job has finished; False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout=timeout)

    def wait_writes(self, timeout: float | None = 10.0) -> bool:
        """Block until every queued write has finished, not waiting for background work."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == self._background, timeout=timeout)

    def drop_background(self) -> None:
        """Forget background work at the end of the queue that has not started (the app is quitting).

        Only work behind which no write waits is dropped: a write queued after
        background work (the check of every document, say) keeps it.
        """
        with self._queue.mutex, self._idle:
            items = self._queue.queue
            dropped = 0
            while items and items[-1] is not None and items[-1].background:
                items.pop()
                dropped += 1
            self._pending -= dropped
            self._background -= dropped
            self._idle.notify_all()

    def close(self, timeout: float | None = 10.0) -> None:
        """Finish pending writes and stop the thread (background work is dropped)."""
        self.drop_background()
        self.wait_writes(timeout)
        self._queue.put(None)


class _Item(NamedTuple):
    job: Callable[[], Any]
    on_done: Callback | None
    on_error: Callback | None
    background: bool

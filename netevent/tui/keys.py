"""Keys in order, one at a time: a key typed after `/`, Tab, Enter or a dialog's key lands where the focus went.

Textual routes each key to whatever has focus when the key is read, and a
key's effects (a binding that moves the focus, a dialog that opens, an Enter
that submits a field) happen a few messages later. Keys that reach the app
together (a paste without bracketing, or keys bunched by a slow SSH link)
were therefore routed before the key in front of them had taken effect:
`/mads` marked the highlighted person met and opened *Add a person*.

`KeyRouter` lets a key through only when everything the key before it set
in motion is done: no message waiting in any widget of the screen in front,
nothing queued on the app. Keys arriving meanwhile wait here, in order. A key
typed by a person (a few milliseconds after the last one's effects) passes
at once: the wait costs nothing unless keys really arrive together.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from textual import events
from textual.app import App
from textual.message_pump import MessagePump
from textual.timer import Timer

__all__ = ["KeyRouter"]

POLL = 0.002
"""Seconds between two looks at whether the key in front has taken effect."""

GIVE_UP = 2.0
"""Seconds after which a waiting key is let through anyway (something keeps the screen busy)."""


def _busy(node: MessagePump) -> bool:
    """True while `node` has a message waiting, or is still handling one."""
    # Textual gives no public view of a pump's backlog; asyncio's queue counts
    # the message being handled until it is done.
    queue: asyncio.Queue[Any] = node._message_queue
    unfinished = getattr(queue, "_unfinished_tasks", queue.qsize())
    return bool(unfinished or node._next_callbacks)


class KeyRouter:
    """Holds keys until the key in front of them has taken effect, then routes them in order.

    Args:
        app: the app whose keys are routed.
        route: routes one key as Textual would (the app's own key handling).
    """

    def __init__(self, app: App[Any], route: Callable[[events.Key], Awaitable[None]]) -> None:
        self._app = app
        self._route = route
        self._held: deque[events.Key] = deque()
        self._timer: Timer | None = None
        self._waiting_since = 0.0

    @property
    def holding(self) -> int:
        """How many keys are waiting."""
        return len(self._held)

    def hold(self, key: events.Key) -> bool:
        """Called for every key the terminal sends: True when it must wait (the app then leaves it alone)."""
        if not self._held and self._quiet():
            return False
        if not self._held:
            self._waiting_since = time.monotonic()
        self._held.append(key)
        self._schedule()
        return True

    def _quiet(self) -> bool:
        """True when every consequence of the keys routed so far has been handled."""
        app = self._app
        if app._message_queue.qsize():  # messages queued behind the one being handled
            return False
        try:
            screen = app.screen
        except Exception:  # no screen yet, or closing: nothing to wait for
            return True
        return not any(_busy(node) for node in screen.walk_children(with_self=True))

    def _schedule(self) -> None:
        if self._timer is None:
            self._timer = self._app.set_timer(POLL, self._release)

    async def _release(self) -> None:
        """Route the waiting keys, each once the one before it has taken effect."""
        self._timer = None
        while self._held:
            if not self._quiet() and time.monotonic() - self._waiting_since < GIVE_UP:
                self._schedule()
                return
            key = self._held.popleft()
            self._waiting_since = time.monotonic()
            await self._route(key)
            if self._held:
                self._schedule()  # look again once this key's effects have had their turn
                return

"""What a screen or dialog may ask of the app, without importing the app.

The app hands its repository, finder and writer to whoever needs them
through this typed view (screens never import `netevent.tui.app`, which
imports them). App-wide state the screens watch (`private`,
`notes_loaded`, `indexes_ready`) is reactive on the app itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.signal import Signal

    from netevent.runtime.warmup import Pacer
    from netevent.services.finder import PeopleFinder
    from netevent.storage.errors import StorageError
    from netevent.storage.repository import Repository

__all__ = ["Host", "host"]


class Host(Protocol):
    """The app, as the screens see it."""

    repo: Repository
    finder: PeopleFinder
    pacer: Pacer
    flush_signal: Signal[None]
    data_reloaded: Signal[None]
    private: bool
    notes_loaded: bool
    indexes_ready: bool
    today: Callable[[], str]

    def write(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[Exception], None] | None = None,
        notify: bool = True,
    ) -> None:
        """Run a write on the writer thread; `on_done(result)` follows on the UI thread."""
        ...

    def report_error(self, error: BaseException) -> None:
        """Show a problem as one notification."""
        ...

    def file_problem(self, error: StorageError) -> None:
        """A wrong entry in the file was reached: say so in one message, then quit."""
        ...

    def schedule_warm_up(self, delay: float) -> None:
        """Start the background warm-up after `delay` seconds (once)."""
        ...


def host(node: DOMNode) -> Host:
    """The app that `node` (a screen, dialog or widget) runs in, typed as a `Host`."""
    return cast("Host", node.app)

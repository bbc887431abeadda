"""One privacy switch for every screen: the main screen's `x` key.

The main screen owns the switch (its `private` reactive) because it hides the
card's contact details and blanks the note editor. The prep, review and
follow-up screens ask here before showing note text, and their own `x` key
flips the same switch, so hiding on one screen hides everywhere.
"""

from __future__ import annotations

from typing import Any

from netevent.services.cards import HIDDEN

__all__ = ["HIDDEN", "is_private", "toggle_private"]


def _main(app: Any) -> Any:
    from netevent.tui.screens.main import MainScreen

    for screen in app.screen_stack:
        if isinstance(screen, MainScreen):
            return screen
    return None


def is_private(app: Any) -> bool:
    """True while notes and contact details should be hidden."""
    main = _main(app)
    return bool(main is not None and main.private)


def toggle_private(app: Any) -> bool:
    """Flip the switch; returns the new state (False when there is no main screen)."""
    main = _main(app)
    if main is None:
        return False
    main.private = not main.private
    return main.private

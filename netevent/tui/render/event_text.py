"""Rich-text pieces the events and review screens both put together.

User words are appended as plain text, never parsed as markup, with control
characters shown as visible escapes (`Shown`).
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from netevent.domain.models import Event
from netevent.tui.safe import Shown

__all__ = ["event_heading", "section"]


def event_heading(event: Event, facts: Iterable[str], purpose_label: str) -> Text:
    """The event's name in bold, its non-empty `facts` on one dim line, then its purpose, if any."""
    out = Shown()
    out.append(event.name + "\n", style="bold")
    line = " · ".join(x for x in facts if x)
    if line:
        out.append(line + "\n", style="dim")
    if event.purpose:
        out.append(purpose_label, style="bold")
        out.append(event.purpose + "\n")
    return out


def section(out: Text, title: str) -> None:
    """Start a section: a blank line, then the title underlined."""
    out.append("\n" + title + "\n", style="bold underline")

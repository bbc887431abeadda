"""The history screen's rows: one moment a row, its date first, user text as typed (never markup)."""

from __future__ import annotations

from rich.table import Table

from netevent.domain.timeline import Moment
from netevent.i18n import _, format_date_field
from netevent.services.cards import HIDDEN
from netevent.tui.safe import Shown

__all__ = ["moment_label", "ACTIONABLE"]

_MARK = {
    "first met": "◆", "event": "●", "note": "✎", "ask": "?", "gave": "→", "got": "←", "referral": "⇄",
    "promise": "☐", "fate": "↳", "done": "✓",
}  # fmt: skip
_STYLE = {"event": "bold", "fate": "italic", "done": "dim"}

ACTIONABLE = frozenset({"ask", "referral", "followup"})
"""What a row can be about for Enter to change its fate."""


def moment_label(moment: Moment, *, private: bool = False) -> Table:
    """A row: date, a mark for its kind, the line; a note's other lines below it (hidden while private).

    Two columns, so that a line too long for the screen wraps under its own
    text and the dates stay a clean column.
    """
    gutter = Shown()
    gutter.append(f"{format_date_field(moment.date) or _('no date'):<10} ", style="dim")
    gutter.append(_MARK.get(moment.kind, "·"), style="bold")
    out = Shown()
    style = _STYLE.get(moment.kind, "")
    if moment.note:
        out.append(f"{moment.text}: ", style=style)
        out.append(HIDDEN if private else moment.note, style=style)
    else:
        out.append(moment.text, style=style)
    if moment.detail and not (moment.note and private):
        for line in moment.detail.splitlines():
            out.append("\n" + line, style="dim")
    row = Table.grid(padding=(0, 1, 0, 0), expand=True)
    row.add_column(no_wrap=True, width=gutter.cell_len)
    row.add_column(ratio=1, overflow="fold")
    row.add_row(gutter, out)
    return row

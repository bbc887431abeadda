"""Your pitch, offers, asks and today's purpose as styled text."""

from __future__ import annotations

from rich.text import Text

from netevent.domain.models import Event, Profile
from netevent.i18n import _
from netevent.tui.safe import Shown

__all__ = ["pitch_text"]


def pitch_text(profile: Profile, event: Event | None) -> Text:
    """Your pitch, offers, asks and the current event's purpose and messages, as plain text."""
    out = Shown()
    if profile.is_empty:
        out.append(_("No pitch yet — Esc, then p writes one."), style="dim")
    else:
        out.append(profile.pitch or _("(no pitch)"), style="bold" if profile.pitch else "dim")
        out.append("\n")
        if profile.offers:
            out.append(_("Offers: "), style="bold")
            out.append("; ".join(profile.offers) + "\n")
        if profile.asks:
            out.append(_("Asks: "), style="bold")
            out.append("; ".join(profile.asks) + "\n")
    if event is not None:
        out.append("\n")
        out.append(f"{event.name}", style="bold")
        if event.purpose:
            out.append(" — " + event.purpose)
        out.append("\n")
        for message in event.messages:
            out.append("  › " + message + "\n")
    out.rstrip()
    return out

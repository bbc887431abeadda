"""The prep screen's texts: the event's plan, and one target's brief (why, what to ask, since last time)."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from netevent.domain.figures import hours, money
from netevent.domain.models import Event
from netevent.i18n import _, format_date
from netevent.services.briefing import Brief
from netevent.services.cards import HIDDEN
from netevent.services.ledger import give_share_label
from netevent.services.rooms import Target
from netevent.tui.render.event_text import section
from netevent.tui.safe import Shown

__all__ = ["plan_text", "target_brief"]


def plan_text(event: Event) -> Text:
    """Purpose for you and for the others, cost and the messages to bring."""
    out = Shown()
    out.append(_("For you: "), style="bold")
    out.append(event.purpose or _("not set — what would make this worth it? (E)"), style="" if event.purpose else "dim")
    out.append(_("\nFor the others: "), style="bold")
    out.append(
        event.purpose_others or _("not set — what can they pick up from you? (E)"),
        style="" if event.purpose_others else "dim",
    )
    for message in event.messages:
        out.append(_("\nBring: ") if message == event.messages[0] else "\n       ", style="bold")
        out.append(f"› {message}")
    spent = ([hours(event.minutes)] if event.minutes else []) + ([money(event.cost)] if event.cost else [])
    if spent:
        out.append(_("\nCost: "), style="bold")
        out.append(", ".join(spent))
    return out


def _entries(entries: tuple[Any, ...], limit: int = 3) -> str:
    words = "; ".join(f"{e.what} ({format_date(e.date)})" for e in entries[:limit])
    return words + (_("; +{count} more").format(count=len(entries) - limit) if len(entries) > limit else "")


def target_brief(target: Target, brief: Brief, *, private: bool = False) -> Text:
    """Why this target, the question to ask, and what happened since last time, as plain text."""
    out = Shown()
    if brief.headline:
        out.append(brief.headline + "\n", style="dim")
    out.append(_("Why: "), style="bold")
    out.append((target.reason or _("— (Enter to say why)")) + "\n", style="" if target.reason else "dim")
    out.append(_("Ask: "), style="bold")
    out.append(
        (target.question or _("— (Enter to add a question)")) + "\n", style="italic" if target.question else "dim"
    )
    if target.attendance.met:
        out.append(_("✓ met") + "\n", style="bold")
    section(out, _("Since last time"))
    if brief.met_before:
        out.append(_("Last time: "), style="bold")
        out.append(brief.last_event or _("a note"))
        if brief.last_date:
            out.append(f" ({format_date(brief.last_date)})")
        if brief.last_note:
            out.append(": “" + (HIDDEN if private else brief.last_note) + "”")
        out.append("\n")
    else:
        out.append(_("First meeting — no history yet\n"), style="dim")
    if brief.open_asks:
        out.append(_("Their open asks: "), style="bold")
        out.append("; ".join(brief.open_asks) + "\n")
    for followup in brief.promises_not_kept:
        late = followup in brief.overdue
        out.append(_("⚠ Promise not kept: ") if late else _("Promise open: "), style="bold reverse" if late else "bold")
        out.append(followup.action)
        if followup.due:
            due = _(" (due {due}, overdue)") if late else _(" (due {due})")
            out.append(due.format(due=format_date(followup.due)))
        out.append("\n")
    if brief.ledger.total:
        label = give_share_label(brief.ledger)
        out.append(label[:1].upper() + label[1:] + "\n")
        if brief.gave:
            out.append(_("  You gave: "), style="bold")
            out.append(_entries(brief.gave) + "\n")
        if brief.got:
            out.append(_("  You got: "), style="bold")
            out.append(_entries(brief.got) + "\n")
    out.rstrip()
    return out

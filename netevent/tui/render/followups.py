"""The follow-ups screen's rows and detail line (user text as typed, never markup)."""

from __future__ import annotations

import datetime as _dt

from textual.content import Content

from netevent.i18n import _, format_date, format_date_field, ngettext
from netevent.services.followups import FollowUpItem
from netevent.tui.safe import assemble

__all__ = ["followup_label", "followup_detail"]


def followup_label(item: FollowUpItem) -> Content:
    """One row: a mark (☐ open, ⚠ overdue, ✓ done), the due date, who, and what (user text as typed)."""
    f = item.followup
    if f.done:
        mark = ("✓ ", "$text-success")
    elif item.overdue:
        mark = ("⚠ ", "$text-error bold")
    else:
        mark = ("☐ ", "")
    due = (format_date_field(f.due) or _("no date")).ljust(10)
    parts: list[str | tuple[str, str]] = [
        mark,
        (due + "  ", "$text-error" if item.overdue else "dim" if f.done else ""),
    ]
    if item.person_name:
        parts += [(item.person_name, "bold"), " — "]
    parts.append((f.action, "dim strike" if f.done else ""))
    return assemble(*parts)


def followup_detail(item: FollowUpItem, event_name: str, today: str) -> Content:
    """The line under the list: where the follow-up came from and how late it is."""
    f = item.followup
    parts: list[str | tuple[str, str]] = []
    if item.overdue:
        days = (_dt.date.fromisoformat(today) - _dt.date.fromisoformat(f.due)).days
        parts.append(
            (ngettext("overdue by {days} day", "overdue by {days} days", days).format(days=days), "$text-error bold")
        )
    elif f.done:
        parts.append(_("done {done_on}").format(done_on=f.done_on) if f.done_on else "done")
    elif f.due:
        parts.append(_("due {due}").format(due=format_date(f.due)))
    else:
        parts.append(_("no due date"))
    if event_name:
        parts.append(_(" · from {event_name}").format(event_name=event_name))
    if f.created:
        parts.append(_(" · added {created}").format(created=format_date(f.created[:10])))
    return assemble(*parts)

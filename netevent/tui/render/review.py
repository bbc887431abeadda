"""The review screen's text: the facts of one event and your review of it."""

from __future__ import annotations

from rich.text import Text

from netevent.i18n import _, format_date
from netevent.services.cards import HIDDEN
from netevent.services.ledger import give_share_label
from netevent.services.review import ReviewSummary, doormat_answer, outcome_words
from netevent.tui.render.event_text import event_heading, section

__all__ = ["review_text"]


def review_text(s: ReviewSummary, *, private: bool = False) -> Text:
    """The review's facts as plain text; note text is hidden while `private` is on."""
    event = s.event
    out = event_heading(event, (format_date(event.date), event.place, event.network), _("Purpose: "))
    section(out, _("The 1,000 kr question"))
    out.append(doormat_answer(s) + "\n")
    if s.value_words:
        out.append(_("In words: "), style="bold")
        out.append(s.value_words + "\n")
    section(out, _("Outcomes"))
    for outcome in s.outcomes:
        out.append(f"  • {outcome}\n")
    if not s.outcomes:
        out.append(_("  none recorded — press r\n"), style="dim")
    section(out, _("Met {met} of {attendees} in the room").format(met=len(s.met), attendees=len(event.attendees)))
    out.append("  " + (", ".join(p.name for p in s.met) or _("nobody marked as met")) + "\n")
    if s.met_targets:
        section(out, _("Targets: did you get what you came for?"))
        for person, place in s.met_targets:
            out.append("  ★ ")
            out.append(person.name, style="bold")
            out.append(f": {outcome_words(place)}\n")
    if s.missed_targets:
        section(out, _("Targets you did not meet"))
        out.append("  " + ", ".join(p.name for p in s.missed_targets) + "\n")
    section(out, _("Give and get"))
    out.append("  " + give_share_label(s.ledger) + "\n")
    for entry in s.gave + s.got:
        out.append("  " + (_("gave") if entry.direction == "gave" else _("got")) + " — ")
        out.append(s.name(entry.person_id), style="bold")
        out.append(f": {entry.what}\n")
    section(out, _("Follow-ups"))
    for f in s.followups:
        out.append(f"  {'✓' if f.done else '☐'} {f.action}")
        if f.person_id is not None:
            out.append(" — " + s.name(f.person_id))
        out.append(_(" (due {due})\n").format(due=format_date(f.due)) if f.due else "\n")
    if not s.followups:
        out.append(_("  none\n"), style="dim")
    section(out, _("Notes"))
    for note in s.notes:
        out.append("  " + s.name(note.person_id) + ": ", style="bold")
        lines = [line.rstrip() for line in note.text.strip().splitlines() if line.strip()]
        if private or not lines:
            out.append((HIDDEN if private else "") + "\n")
        else:  # the whole note: a review that shows only its first line hides the rest
            out.append(lines[0] + "\n" + "".join(f"    {line}\n" for line in lines[1:]))
    if not s.notes:
        out.append(_("  no notes written at this event\n"), style="dim")
    if event.review and event.review.notes:
        section(out, _("Your thoughts"))
        out.append((HIDDEN if private else event.review.notes) + "\n")
    if event.review and event.review.reviewed_on:
        out.append(
            _("\nReviewed {reviewed_on}\n").format(reviewed_on=format_date(event.review.reviewed_on)), style="dim"
        )
    out.rstrip()
    return out

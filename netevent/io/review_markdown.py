"""The review after an event as one Markdown page (user text escaped, shown as typed)."""

from __future__ import annotations

from netevent.i18n import _, format_date
from netevent.io.markdown import md as md_escape
from netevent.services.briefing import first_line
from netevent.services.ledger import give_share_label
from netevent.services.review import ReviewSummary, doormat_answer, outcome_words

__all__ = ["review_markdown"]


def _bullets(items: list[str], empty: str) -> list[str]:
    return [f"- {item}" for item in items] if items else [f"*{empty}*"]


def review_markdown(summary: ReviewSummary) -> str:
    """The review as one Markdown page (user text escaped, shown as typed)."""
    event = summary.event
    out = [_("# Review: {md_escape}").format(md_escape=md_escape(event.name)), ""]
    facts = [x for x in (format_date(event.date), md_escape(event.place), md_escape(event.network)) if x]
    if facts:
        out += [" · ".join(facts), ""]
    if event.purpose:
        out += [_("Purpose: {md_escape}").format(md_escape=md_escape(event.purpose)), ""]
    out += [_("## The 1,000 kr question"), "", doormat_answer(summary)]
    if summary.value_words:
        out.append(_("In words: {md_escape}").format(md_escape=md_escape(summary.value_words)))
    out += ["", "## Outcomes", ""]
    out += _bullets([md_escape(o) for o in summary.outcomes], _("No outcomes recorded."))
    out += [
        "",
        _("## Met ({met} of {attendees} in the room)").format(met=len(summary.met), attendees=len(event.attendees)),
        "",
    ]
    out += _bullets([md_escape(p.name) for p in summary.met], _("Nobody marked as met."))
    if summary.met_targets:
        out += ["", _("## Targets: did you get what you came for?"), ""]
        out += _bullets([f"{md_escape(p.name)}: {md_escape(outcome_words(a))}" for p, a in summary.met_targets], "")
    if summary.missed_targets:
        out += ["", _("## Targets you did not meet"), ""]
        out += _bullets([md_escape(p.name) for p in summary.missed_targets], "")
    out += ["", _("## Give and get"), "", give_share_label(summary.ledger), ""]
    lines = [
        f"{'gave' if e.direction == 'gave' else 'got'} — {md_escape(summary.name(e.person_id))}: {md_escape(e.what)}"
        for e in summary.gave + summary.got
    ]
    out += _bullets(lines, _("Nothing logged at this event."))
    out += ["", "## Follow-ups", ""]
    out += _bullets(
        [
            f"[{'x' if f.done else ' '}] {md_escape(f.action)}"
            + (f" — {md_escape(summary.name(f.person_id))}" if f.person_id is not None else "")
            + (_(" (due {due})").format(due=format_date(f.due)) if f.due else "")
            for f in summary.followups
        ],
        _("No follow-ups."),
    )
    out += ["", "## Notes", ""]
    out += _bullets(
        [f"{md_escape(summary.name(n.person_id))}: {md_escape(first_line(n.text))}" for n in summary.notes],
        _("No notes written at this event."),
    )
    if event.review and event.review.notes:
        out += ["", _("## Your thoughts"), "", md_escape(event.review.notes)]
    return "\n".join(out) + "\n"

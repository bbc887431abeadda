"""The one-to-one worksheet: GAINS (Goals, Accomplishments, Interests, Networks, Skills), filled in from last time.

Pure Python. A one-to-one is an event marked so (`event add --one-to-one`). The
worksheet says what happened last time and what is still open between you,
then for each GAINS heading what you know already (their skills are their
strengths) and a line to fill in today. User text is escaped, so it prints
as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netevent.domain.models import Event, Person
from netevent.i18n import N_, _, format_date
from netevent.io.markdown import md as md_escape
from netevent.services.briefing import Brief, since_last_time
from netevent.services.ledger import give_share_label

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["is_one_to_one", "gains_markdown", "GAINS"]

GAINS = (
    (N_("Goals"), "goals", N_("What do they want to achieve this year, in business and outside it?")),
    (N_("Accomplishments"), "accomplishments", N_("What have they done lately that they are proud of?")),
    (N_("Interests"), "interests", N_("What do they like to do, and care about?")),
    (N_("Networks"), "networks", N_("Which groups, clubs and circles are they part of?")),
    (N_("Skills"), "strengths", N_("What are they good at (their strengths)?")),
)
"""Each heading, the person's field it is filled from, and the question to ask (translated where shown)."""


def is_one_to_one(event: Event) -> bool:
    """True for a one-to-one with someone in its room (the first in it is whom it is with)."""
    return event.one_to_one and bool(event.attendees)


def _last_time(brief: Brief) -> list[str]:
    if not brief.met_before:
        return [_("- First one-to-one — no history yet")]
    where = md_escape(brief.last_event) if brief.last_event else _("a note")
    when = f" ({format_date(brief.last_date)})" if brief.last_date else ""
    said = f": “{md_escape(brief.last_note)}”" if brief.last_note else ""
    out = [_("- Last time: {where}{when}{said}").format(where=where, when=when, said=said)]
    if brief.open_asks:
        out.append(_("- Their open asks: ") + "; ".join(md_escape(a) for a in brief.open_asks))
    for followup in brief.promises_not_kept:
        due = _(" (due {due})").format(due=format_date(followup.due)) if followup.due else ""
        out.append(_("- Promise not kept: {md_escape}{due}").format(md_escape=md_escape(followup.action), due=due))
    if brief.ledger.total:
        label = give_share_label(brief.ledger)
        out.append(f"- {label[:1].upper()}{label[1:]}")
    return out


def gains_markdown(repo: Repository, event: Event, person: Person) -> str:
    """The worksheet for a one-to-one with `person` at `event`, as one Markdown page."""
    brief = since_last_time(repo, person.key, event)
    facts = [x for x in (format_date(event.date), md_escape(event.place)) if x]
    out = [_("# One-to-one: {name}").format(name=md_escape(person.name)), ""]
    if person.headline:
        out.append(md_escape(person.headline) + "  ")
    if facts:
        out.append(" · ".join(facts) + "  ")
    out.append(_("Event: {name}").format(name=md_escape(event.name)) + ("  " if event.purpose else ""))
    if event.purpose:
        out.append(_("Purpose: {purpose}").format(purpose=md_escape(event.purpose)))
    out += ["", _("## Since last time"), ""] + _last_time(brief)
    out += ["", "## GAINS", ""]
    for title, field, question in GAINS:
        known = getattr(person, field)
        out += [f"### {_(title)}", "", f"*{_(question)}*", ""]
        out.append(_("- Known: ") + ("; ".join(md_escape(x) for x in known) if known else _("*nothing yet*")))
        out += [_("- Today: "), ""]
    place = event.attendance(person.key)
    questions = [place.question] if place is not None and place.question else []
    questions += list(event.messages)
    out += [_("## To ask and to bring"), ""]
    out += [f"- {md_escape(q)}" for q in questions] or [_("*Nothing prepared yet.*")]
    profile = repo.profile
    out += ["", _("## Your own GAINS, to share"), ""]
    out.append(_("- You offer: ") + ("; ".join(md_escape(o) for o in profile.offers) or "—"))
    out.append(_("- You ask for: ") + ("; ".join(md_escape(a) for a in profile.asks) or "—"))
    return "\n".join(out) + "\n"

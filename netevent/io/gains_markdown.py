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
from netevent.io.markdown import md as md_escape
from netevent.services.briefing import Brief, since_last_time
from netevent.services.ledger import give_share_label

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["is_one_to_one", "gains_markdown", "GAINS"]

GAINS = (
    ("Goals", "goals", "What do they want to achieve this year, in business and outside it?"),
    ("Accomplishments", "accomplishments", "What have they done lately that they are proud of?"),
    ("Interests", "interests", "What do they like to do, and care about?"),
    ("Networks", "networks", "Which groups, clubs and circles are they part of?"),
    ("Skills", "strengths", "What are they good at (their strengths)?"),
)
"""Each heading, the person's field it is filled from, and the question to ask."""


def is_one_to_one(event: Event) -> bool:
    """True for a one-to-one with someone in its room (the first in it is whom it is with)."""
    return event.one_to_one and bool(event.attendees)


def _last_time(brief: Brief) -> list[str]:
    if not brief.met_before:
        return ["- First one-to-one — no history yet"]
    where = md_escape(brief.last_event) if brief.last_event else "a note"
    when = f" ({brief.last_date})" if brief.last_date else ""
    said = f": “{md_escape(brief.last_note)}”" if brief.last_note else ""
    out = [f"- Last time: {where}{when}{said}"]
    if brief.open_asks:
        out.append("- Their open asks: " + "; ".join(md_escape(a) for a in brief.open_asks))
    for followup in brief.promises_not_kept:
        due = f" (due {followup.due})" if followup.due else ""
        out.append(f"- Promise not kept: {md_escape(followup.action)}{due}")
    if brief.ledger.total:
        label = give_share_label(brief.ledger)
        out.append(f"- {label[:1].upper()}{label[1:]}")
    return out


def gains_markdown(repo: Repository, event: Event, person: Person) -> str:
    """The worksheet for a one-to-one with `person` at `event`, as one Markdown page."""
    brief = since_last_time(repo, person.key, event)
    facts = [x for x in (event.date, md_escape(event.place)) if x]
    out = [f"# One-to-one: {md_escape(person.name)}", ""]
    if person.headline:
        out.append(md_escape(person.headline) + "  ")
    if facts:
        out.append(" · ".join(facts) + "  ")
    out.append(f"Event: {md_escape(event.name)}" + ("  " if event.purpose else ""))
    if event.purpose:
        out.append(f"Purpose: {md_escape(event.purpose)}")
    out += ["", "## Since last time", ""] + _last_time(brief)
    out += ["", "## GAINS", ""]
    for title, field, question in GAINS:
        known = getattr(person, field)
        out += [f"### {title}", "", f"*{question}*", ""]
        out.append("- Known: " + ("; ".join(md_escape(x) for x in known) if known else "*nothing yet*"))
        out += ["- Today: ", ""]
    place = event.attendance(person.key)
    questions = [place.question] if place is not None and place.question else []
    questions += list(event.messages)
    out += ["## To ask and to bring", ""]
    out += [f"- {md_escape(q)}" for q in questions] or ["*Nothing prepared yet.*"]
    profile = repo.profile
    out += ["", "## Your own GAINS, to share", ""]
    out.append("- You offer: " + ("; ".join(md_escape(o) for o in profile.offers) or "—"))
    out.append("- You ask for: " + ("; ".join(md_escape(a) for a in profile.asks) or "—"))
    return "\n".join(out) + "\n"

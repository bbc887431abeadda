"""The prep briefing as one Markdown page: purpose, cost, targets with their brief, messages, your pitch.

Pure Python. User text is escaped (`io.markdown.md`), so it prints as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netevent.domain.figures import hours, money
from netevent.domain.models import Event, LedgerEntry
from netevent.io.markdown import md as md_escape
from netevent.services.briefing import Brief, since_last_time
from netevent.services.ledger import give_share_label
from netevent.services.rooms import room_stats, targets

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["briefing_markdown"]


def _entry_words(entries: tuple[LedgerEntry, ...], limit: int = 3) -> str:
    words = "; ".join(f"{md_escape(e.what)} ({e.date})" for e in entries[:limit])
    more = len(entries) - limit
    return words + (f"; +{more} more" if more > 0 else "")


def _brief_lines(brief: Brief) -> list[str]:
    lines = []
    if brief.met_before:
        where = md_escape(brief.last_event) if brief.last_event else "a note"
        when = f" ({brief.last_date})" if brief.last_date else ""
        said = f": “{md_escape(brief.last_note)}”" if brief.last_note else ""
        lines.append(f"- Last time: {where}{when}{said}")
    else:
        lines.append("- First meeting — no history yet")
    if brief.open_asks:
        lines.append("- Their open asks: " + "; ".join(md_escape(a) for a in brief.open_asks))
    for followup in brief.promises_not_kept:
        due = f" (due {followup.due}{', OVERDUE' if followup in brief.overdue else ''})" if followup.due else ""
        lines.append(f"- Promise not kept: {md_escape(followup.action)}{due}")
    if brief.ledger.total:
        label = give_share_label(brief.ledger)
        lines.append(f"- {label[:1].upper()}{label[1:]}")
        if brief.gave:
            lines.append(f"  - You gave: {_entry_words(brief.gave)}")
        if brief.got:
            lines.append(f"  - You got: {_entry_words(brief.got)}")
    return lines


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def briefing_markdown(repo: Repository, event: Event) -> str:
    """A one-page Markdown briefing to read before walking into the event.

    For a one-to-one (one person in the room) it is the GAINS worksheet,
    filled in from last time (`io.gains_markdown`).
    """
    from netevent.io.gains_markdown import gains_markdown, is_one_to_one

    if is_one_to_one(event):
        person = repo.person(event.attendees[0].person_id)
        if person is not None:
            return gains_markdown(repo, event, person)
    title = md_escape(event.name)
    facts = [x for x in (event.date, md_escape(event.place)) if x]
    out = [f"# Briefing: {title}", ""]
    if facts:
        out.append(" · ".join(facts) + "  ")
    if event.network:
        out.append(f"Network: {md_escape(event.network)}  ")
    stats = room_stats(event)
    out.append(f"Room: {_count(stats.size, 'person', 'people')}, {_count(stats.targets, 'target', 'targets')}  ")
    cost = [hours(event.minutes)] if event.minutes else []
    if event.cost:
        cost.append(money(event.cost))
    out.append(f"Cost: {', '.join(cost) if cost else 'not set'}")
    out += ["", "## Purpose", ""]
    out.append(f"- For you: {md_escape(event.purpose) or '*not set — what would make this worth it?*'}")
    out.append(f"- For the others: {md_escape(event.purpose_others) or '*not set — what can they pick up from you?*'}")
    out += ["", "## Today's targets", ""]
    chosen = targets(repo, event)
    if not chosen:
        out.append("*No targets yet — decide whom you want to talk to.*")
    for target in chosen:
        person = target.person
        headline = f" — {md_escape(person.headline)}" if person.headline else ""
        out.append(f"### {target.rank}. {md_escape(person.name)}{headline}")
        out.append("")
        out.append(f"- Why: {md_escape(target.reason) or '—'}")
        if target.question:
            out.append(f"- Ask: {md_escape(target.question)}")
        out.extend(_brief_lines(since_last_time(repo, person.key, event)))
        out.append("")
    if not chosen:
        out.append("")
    out += ["## Messages and questions to bring", ""]
    out.extend(f"- {md_escape(m)}" for m in event.messages)
    if not event.messages:
        out.append("*None yet.*")
    profile = repo.profile
    out += ["", "## Your pitch", ""]
    out.append(f"> {md_escape(profile.pitch)}" if profile.pitch else "*No pitch yet — `netevent profile --pitch`.*")
    out.append("")
    out.append("- You offer: " + ("; ".join(md_escape(o) for o in profile.offers) or "—"))
    out.append("- You ask for: " + ("; ".join(md_escape(a) for a in profile.asks) or "—"))
    return "\n".join(out) + "\n"

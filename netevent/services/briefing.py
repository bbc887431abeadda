"""The prep briefing: decide at home whom you want to talk to and what you bring.

Pure Python. `since_last_time` gathers, for one person, what happened the
last time you met and what is still open between you; `briefing_markdown`
puts an event's purpose, cost, targets (each with that brief), messages and
your pitch on one Markdown page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netevent.domain.figures import hours, money
from netevent.services.followups import is_overdue
from netevent.services.ledger import LedgerSummary, give_share_label, summarize
from netevent.domain.models import Event, FollowUp, LedgerEntry, today_iso
from netevent.services.events import get_person
from netevent.services.rooms import room_stats, targets

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["Brief", "since_last_time", "briefing_markdown", "md_escape", "first_line"]


@dataclass(frozen=True, slots=True)
class Brief:
    """What to remember about a person before meeting them again.

    `open_asks` are their needs (what they are looking for); `promises_not_kept`
    are your follow-ups to them that are still open, oldest due date first.
    `gave`/`got` list what changed hands before this event, newest first.
    """

    person_id: int
    name: str
    headline: str
    last_event: str
    last_date: str
    last_note: str
    open_asks: tuple[str, ...]
    promises_not_kept: tuple[FollowUp, ...]
    overdue: tuple[FollowUp, ...]
    gave: tuple[LedgerEntry, ...]
    got: tuple[LedgerEntry, ...]
    ledger: LedgerSummary

    @property
    def met_before(self) -> bool:
        """True when there is a last time to speak of."""
        return bool(self.last_event or self.last_date)


def first_line(text: str) -> str:
    """The first non-empty line of a note, with runs of spaces collapsed."""
    for line in (text or "").splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def _before(event: Event | None, reference: str, item_event: int | None, item_date: str) -> bool:
    """True for history from before `event`: not at it, and not dated after it."""
    if event is not None and item_event is not None and item_event == event.id:
        return False
    return not item_date or item_date[:10] <= reference


def since_last_time(repo: Repository, person_id: int, before_event: Event | None) -> Brief:
    """Everything from before `before_event` (or from before today) worth knowing about a person.

    The last meeting is the latest earlier event where you met them or wrote
    a note about them; without one, the latest note's date counts.

    Raises:
        NotFound: there is no such person.
    """
    person = get_person(repo, person_id)
    reference = (before_event.date if before_event and before_event.date else "") or today_iso()
    last_event: Event | None = None
    for event in repo.events():  # newest first
        if before_event is not None and event.id == before_event.id:
            continue
        if event.date and event.date > reference:
            continue
        attendance = event.attendance(person_id)
        if (attendance and attendance.met) or repo.note_for(person_id, event.id) is not None:
            last_event = event
            break
    last_note, last_date = "", ""
    if last_event is not None:
        note = repo.note_for(person_id, last_event.id)
        last_note = first_line(note.text) if note else ""
        last_date = last_event.date or (note.created[:10] if note else "")
    else:
        for note in repo.notes_for(person_id):  # newest first
            stamp = (note.created or note.updated)[:10]
            if _before(before_event, reference, note.event_id, stamp) and first_line(note.text):
                last_note, last_date = first_line(note.text), stamp
                break
    promises = tuple(
        f
        for f in repo.followups(person_id=person_id, open_only=True)
        if _before(before_event, reference, f.event_id, f.created)
    )
    entries = [e for e in repo.ledger(person_id=person_id) if _before(before_event, reference, e.event_id, e.date)]
    return Brief(
        person_id=person_id,
        name=person.name,
        headline=person.headline,
        last_event=last_event.name if last_event else "",
        last_date=last_date,
        last_note=last_note,
        open_asks=person.needs,
        promises_not_kept=promises,
        overdue=tuple(f for f in promises if is_overdue(f, reference)),
        gave=tuple(reversed([e for e in entries if e.direction == "gave"])),
        got=tuple(reversed([e for e in entries if e.direction == "got"])),
        ledger=summarize(entries),
    )


# ------------------------------------------------------------------ Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])(?=\s|$)")


def md_escape(text: str) -> str:
    """User text as Markdown that shows exactly what was typed, on one line."""
    text = " ".join((text or "").split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


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
    """A one-page Markdown briefing to read before walking into the event."""
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
    out.append(
        f"- For the others: {md_escape(event.purpose_others) or '*not set — what can they pick up from you?*'}"
    )
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
        out.extend(_brief_lines(since_last_time(repo, person.id, event)))  # type: ignore[arg-type]
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

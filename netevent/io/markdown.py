"""A readable Markdown summary: one section per person, or an event's briefing and its room.

Pure Python. The user's own words are data, not markup: characters Markdown
would read as formatting are escaped, so a note with `*` or `#` prints as
typed, and control characters (which a terminal showing the file would obey)
and invisible formatting are written as visible escapes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from netevent.domain.models import Event, FollowUp, LedgerEntry, Person, kind_name, today_iso
from netevent.domain.visible import visible
from netevent.i18n import N_, _, format_date
from netevent.io.select import people_for

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["markdown_text", "person_markdown", "md", "md_block"]

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])(?=\s|$)")

_DIRECTION = {"gave": N_("gave"), "got": N_("got")}
"""A ledger entry's direction as the export says it (the file keeps the keys)."""


def _escape_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    # A digit cannot be escaped in Markdown: "1." stays a number when its dot is.
    escaped = marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker
    return match.group(1) + escaped


def _escape(line: str) -> str:
    return _LINE_START.sub(_escape_start, _INLINE.sub(r"\\\1", line))


def md(text: str) -> str:
    """The user's text as one line of Markdown that shows exactly what was typed.

    Formatting characters are escaped, and so is anything that would start a
    heading, quote or list if the text began a line.
    """
    return _escape(visible(" ".join((text or "").split()), lines=False))


def md_block(text: str, indent: str = "") -> list[str]:
    """Several lines of the user's text, escaped, with hard line breaks kept."""
    lines = [visible(ln.rstrip(), lines=False) for ln in text.strip().splitlines()]
    out = []
    for line in lines:
        escaped = _escape(line)
        out.append(indent + escaped + ("  " if escaped else ""))
    if out:
        out[-1] = out[-1].rstrip()
    return out


def markdown_text(repo: Repository, event: Event | None = None) -> str:
    """Everyone as Markdown, or, for an event, its briefing followed by everyone in its room."""
    parts: list[str] = []
    if event is None:
        people = people_for(repo)
        parts.append(
            _("# People ({people})\n\nExported by netevent on {today_iso}.").format(
                people=len(people), today_iso=today_iso()
            )
        )
    else:
        people = _room_order(repo, event)
        briefing = _briefing(repo, event)
        if briefing:
            parts.append(briefing.rstrip())
        else:
            when = " · ".join(x for x in (format_date(event.date), event.place, event.network) if x)
            parts.append(f"# {md(event.name)}" + (f"\n\n{md(when)}" if when else ""))
            if event.purpose:
                parts.append("**Purpose:** " + md(event.purpose))
        parts.append(_("## People in the room ({people})").format(people=len(people)))
    repo.expect_notes_of(len(people))
    context = _Context(repo)
    for person in people:
        parts.append("\n".join(person_markdown(repo, person, event, context)))
    return "\n\n".join(parts) + "\n"


class _Context:
    """Event names, follow-ups and ledger entries grouped by person once, not once per person."""

    def __init__(self, repo: Repository) -> None:
        self.events = {e.id: e.name for e in repo.events()}
        self.followups: dict[int | None, list[FollowUp]] = {}
        for item in repo.followups():
            self.followups.setdefault(item.person_id, []).append(item)
        self.ledger: dict[int | None, list[LedgerEntry]] = {}
        for entry in repo.ledger():
            self.ledger.setdefault(entry.person_id, []).append(entry)


def _briefing(repo: Repository, event: Event) -> str:
    """The event prep briefing (imported here: it imports this module's escaper)."""
    from netevent.io.briefing_markdown import briefing_markdown

    return briefing_markdown(repo, event)


def _room_order(repo: Repository, event: Event) -> list[Person]:
    """Today's targets first, in the order you put them, then everyone else alphabetically."""
    targets = [repo.person(a.person_id) for a in event.targets]
    chosen = {p.id for p in targets if p is not None}
    rest = [p for p in people_for(repo, event) if p.id not in chosen]
    return [p for p in targets if p is not None] + rest


def person_markdown(
    repo: Repository, person: Person, event: Event | None = None, context: _Context | None = None
) -> list[str]:
    """One person's section: headline, contact, strengths, needs, tags, notes with dates."""
    context = context or _Context(repo)
    events = context.events
    lines = [f"### {md(person.name)}"]
    if person.headline:
        lines += ["", md(person.headline)]
    facts: list[tuple[str, str]] = []
    contact = " · ".join(x for x in (person.email, person.phone, person.url) if x)
    facts.append(("Contact", contact))
    for label, items in (
        ("Strengths", person.strengths),
        ("Needs", person.needs),
        ("Interests", person.interests),
        ("Tags", person.tags),
    ):
        facts.append((label, "; ".join(items)))
    met = " at ".join(x for x in (person.first_met_on, person.first_met_at) if x)
    facts.append((_("First met"), met))
    if event is not None:
        facts.append(("Today", _attendance(event, person)))
    facts.extend(person.extra)
    bullets = [f"- **{md(label)}:** {md(value)}" for label, value in facts if value.strip()]
    if bullets:
        lines += [""] + bullets
    if person.about:
        lines += [""] + md_block(person.about)
    notes = sorted(repo.notes_for(person.key), key=lambda n: (n.created, n.key))
    if notes:
        lines += ["", "**Notes**", ""]
        for note in notes:
            where = events.get(note.event_id, "")
            stamp = (note.created or note.updated)[:10] + (f" · {md(where)}" if where else "")
            body = md_block(note.text, "  ")
            lines.append(f"- {stamp}:" + (" " + body[0].lstrip() if body else ""))
            lines.extend(body[1:])
    followups = context.followups.get(person.id, [])
    if followups:
        lines += ["", _("**Follow-ups**"), ""]
        lines += [
            f"- [{'x' if f.done else ' '}] {format_date(f.due) or _('no date')}: {md(f.action)}" for f in followups
        ]
    ledger = context.ledger.get(person.id, [])
    if ledger:
        lines += ["", _("**Gave and got**"), ""]
        lines += [
            f"- {format_date(e.date)} {_(_DIRECTION[e.direction])} ({kind_name(e.kind)}): {md(e.what)}" for e in ledger
        ]
    return lines


def _attendance(event: Event, person: Person) -> str:
    attendance = event.attendance(person.key)
    if attendance is None:
        return ""
    bits = []
    if attendance.target:
        bits.append("target" + (f" — {attendance.reason}" if attendance.reason else ""))
    if attendance.question:
        bits.append(_("ask: {question}").format(question=attendance.question))
    bits.append("met" if attendance.met else _("not met yet"))
    return "; ".join(bits)

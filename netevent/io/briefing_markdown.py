"""The prep briefing as one Markdown page: purpose, cost, targets with their brief, messages, your pitch.

Pure Python. User text is escaped (`io.markdown.md`), so it prints as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netevent.domain.figures import hours, money
from netevent.domain.models import Event, LedgerEntry
from netevent.i18n import _, format_date, ngettext
from netevent.io.markdown import md as md_escape
from netevent.services.briefing import Brief, since_last_time
from netevent.services.ledger import give_share_label
from netevent.services.rooms import room_stats, targets

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["briefing_markdown"]


def _entry_words(entries: tuple[LedgerEntry, ...], limit: int = 3) -> str:
    words = "; ".join(f"{md_escape(e.what)} ({format_date(e.date)})" for e in entries[:limit])
    more = len(entries) - limit
    return words + (_("; +{count} more").format(count=more) if more > 0 else "")


def _brief_lines(brief: Brief) -> list[str]:
    lines = []
    if brief.met_before:
        where = md_escape(brief.last_event) if brief.last_event else _("a note")
        when = f" ({format_date(brief.last_date)})" if brief.last_date else ""
        said = f": “{md_escape(brief.last_note)}”" if brief.last_note else ""
        lines.append(_("- Last time: {where}{when}{said}").format(where=where, when=when, said=said))
    else:
        lines.append(_("- First meeting — no history yet"))
    if brief.open_asks:
        lines.append(_("- Their open asks: ") + "; ".join(md_escape(a) for a in brief.open_asks))
    for followup in brief.promises_not_kept:
        due = (
            _(" (due {due}{value})").format(
                due=format_date(followup.due), value=", " + _("OVERDUE") if followup in brief.overdue else ""
            )
            if followup.due
            else ""
        )
        lines.append(_("- Promise not kept: {md_escape}{due}").format(md_escape=md_escape(followup.action), due=due))
    if brief.ledger.total:
        label = give_share_label(brief.ledger)
        lines.append(f"- {label[:1].upper()}{label[1:]}")
        if brief.gave:
            lines.append(_("  - You gave: {entry_words}").format(entry_words=_entry_words(brief.gave)))
        if brief.got:
            lines.append(_("  - You got: {entry_words}").format(entry_words=_entry_words(brief.got)))
    return lines


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
    facts = [x for x in (format_date(event.date), md_escape(event.place)) if x]
    out = [_("# Briefing: {title}").format(title=title), ""]
    if facts:
        out.append(" · ".join(facts) + "  ")
    if event.network:
        out.append(_("Network: {md_escape}  ").format(md_escape=md_escape(event.network)))
    stats = room_stats(event)
    out.append(
        _("Room: {count}, {count2}  ").format(
            count=ngettext("{count} person", "{count} people", stats.size).format(count=stats.size),
            count2=ngettext("{count} target", "{count} targets", stats.targets).format(count=stats.targets),
        )
    )
    cost = [hours(event.minutes)] if event.minutes else []
    if event.cost:
        cost.append(money(event.cost))
    out.append(_("Cost: {join}").format(join=", ".join(cost) if cost else _("not set")))
    out += ["", "## Purpose", ""]
    out.append(
        _("- For you: {value}").format(
            value=md_escape(event.purpose) or _("*not set — what would make this worth it?*")
        )
    )
    out.append(
        _("- For the others: {value}").format(
            value=md_escape(event.purpose_others) or _("*not set — what can they pick up from you?*")
        )
    )
    out += ["", _("## Today's targets"), ""]
    chosen = targets(repo, event)
    if not chosen:
        out.append(_("*No targets yet — decide whom you want to talk to.*"))
    for target in chosen:
        person = target.person
        headline = f" — {md_escape(person.headline)}" if person.headline else ""
        out.append(f"### {target.rank}. {md_escape(person.name)}{headline}")
        out.append("")
        out.append(_("- Why: {value}").format(value=md_escape(target.reason) or "—"))
        if target.question:
            out.append(_("- Ask: {md_escape}").format(md_escape=md_escape(target.question)))
        out.extend(_brief_lines(since_last_time(repo, person.key, event)))
        out.append("")
    if not chosen:
        out.append("")
    out += [_("## Messages and questions to bring"), ""]
    out.extend(f"- {md_escape(m)}" for m in event.messages)
    if not event.messages:
        out.append(_("*None yet.*"))
    profile = repo.profile
    out += ["", _("## Your pitch"), ""]
    out.append(f"> {md_escape(profile.pitch)}" if profile.pitch else _("*No pitch yet — `netevent profile --pitch`.*"))
    out.append("")
    out.append(_("- You offer: ") + ("; ".join(md_escape(o) for o in profile.offers) or "—"))
    out.append(_("- You ask for: ") + ("; ".join(md_escape(a) for a in profile.asks) or "—"))
    return "\n".join(out) + "\n"

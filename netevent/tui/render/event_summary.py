"""An event's overview on the events screen: purpose, cost, room, targets, give/get and review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from netevent.domain.figures import hours, money
from netevent.domain.models import Event, today_iso
from netevent.i18n import N_, _
from netevent.services.cards import HIDDEN
from netevent.services.ledger import event_summary as ledger_of_event
from netevent.services.ledger import give_share_label, network_summary
from netevent.services.rooms import room_stats
from netevent.tui.render.event_text import event_heading, section

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["event_summary"]

_PICKED = {True: N_("yes"), False: N_("no"), None: N_("not decided")}


def event_summary(repo: Repository, event: Event, *, private: bool = False, today: str = "") -> Text:
    """A plain-text overview of an event: purpose, cost, targets, give/get and review.

    User words are appended as plain text, never parsed as markup; the
    review's own notes are hidden while `private` is on.
    """
    names = {a.person_id: p.name for a in event.attendees if (p := repo.person(a.person_id))}
    out = event_heading(event, (event.network, event.when, event.place), _("Your purpose: "))
    if event.purpose_others:
        out.append(_("For the others: "), style="bold")
        out.append(event.purpose_others + "\n")
    if event.minutes or event.cost:
        spent = [hours(event.minutes)] if event.minutes else []
        out.append(_("Cost: ") + ", ".join(spent + ([money(event.cost)] if event.cost else [])) + "\n")
    stats = room_stats(event)
    out.append(_("Room: {size} people, {met} met").format(size=stats.size, met=stats.met))
    if stats.targets:
        out.append(
            _(", {targets_met} of {targets} targets met").format(targets_met=stats.targets_met, targets=stats.targets)
        )
    out.append("\n")
    if event.id is not None:
        here = ledger_of_event(repo, event.id)
        if here.total:
            out.append(_("Give/get here: "), style="bold")
            out.append(give_share_label(here) + "\n")
    if event.network:
        overall = network_summary(repo, event.network)
        if overall.total:
            out.append(_("{network} overall: ").format(network=event.network), style="bold")
            out.append(give_share_label(overall) + "\n")
    if event.targets:
        section(out, _("Today's targets"))
        for n, a in enumerate(event.targets, 1):
            out.append(f"{n}. {'✓ ' if a.met else ''}{names.get(a.person_id, '?')}")
            if a.reason:
                out.append(f" — {a.reason}")
            if a.question:
                out.append(_("\n   Ask: {question}").format(question=a.question), style="italic")
            out.append("\n")
    if event.messages:
        section(out, _("Messages and questions to bring"))
        for message in event.messages:
            out.append(f"  › {message}\n")
    review = event.review
    if review is not None:
        section(out, "Review" + (f" ({review.reviewed_on})" if review.reviewed_on else ""))
        out.append(
            _("Picked up the 1,000 kr: {PICKED} · value {money}\n").format(
                PICKED=_(_PICKED[review.picked_up]), money=money(review.value)
            )
        )
        if review.value_words:
            out.append(review.value_words + "\n", style="italic")
        for outcome in review.outcomes:
            out.append(f"  • {outcome}\n")
        if review.notes:
            out.append((HIDDEN if private else review.notes) + "\n", style="dim")
    elif event.date and event.date < (today or today_iso()):
        out.append(_("\nNot reviewed yet — press R to review it.\n"), style="dim")
    out.rstrip()
    return out

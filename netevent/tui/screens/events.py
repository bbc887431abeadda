"""The events screen (`e`): choose where you are, create an event, prepare it and review it."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from netevent.services.events import create_event, previous_event, reuse_roster
from netevent.domain.figures import hours, money
from netevent.services.ledger import event_summary as ledger_of_event
from netevent.services.ledger import give_share_label, network_summary
from netevent.domain.models import Event, today_iso
from netevent.services.rooms import room_stats
from netevent.tui.screens.base import RepoScreen
from netevent.tui.screens.event_form import EventFormModal
from netevent.tui.screens.event_text import event_heading, section
from netevent.tui.screens.keys_panel import keys_binding
from netevent.tui.screens.privacy import HIDDEN, is_private, toggle_private

if TYPE_CHECKING:
    from netevent.storage.repository import Repository

__all__ = ["EventsScreen", "event_summary"]

_PICKED = {True: "yes", False: "no", None: "not decided"}


def event_summary(repo: Repository, event: Event, *, private: bool = False, today: str = "") -> Text:
    """A plain-text overview of an event: purpose, cost, targets, give/get and review.

    User words are appended as plain text, never parsed as markup; the
    review's own notes are hidden while `private` is on.
    """
    names = {a.person_id: p.name for a in event.attendees if (p := repo.person(a.person_id))}
    out = event_heading(event, (event.network, event.date, event.place), "Your purpose: ")
    if event.purpose_others:
        out.append("For the others: ", style="bold")
        out.append(event.purpose_others + "\n")
    if event.minutes or event.cost:
        spent = [hours(event.minutes)] if event.minutes else []
        out.append("Cost: " + ", ".join(spent + ([money(event.cost)] if event.cost else [])) + "\n")
    stats = room_stats(event)
    out.append(f"Room: {stats.size} people, {stats.met} met")
    if stats.targets:
        out.append(f", {stats.targets_met} of {stats.targets} targets met")
    out.append("\n")
    if event.id is not None:
        here = ledger_of_event(repo, event.id)
        if here.total:
            out.append("Give/get here: ", style="bold")
            out.append(give_share_label(here) + "\n")
    if event.network:
        overall = network_summary(repo, event.network)
        if overall.total:
            out.append(f"{event.network} overall: ", style="bold")
            out.append(give_share_label(overall) + "\n")
    if event.targets:
        section(out, "Today's targets")
        for n, a in enumerate(event.targets, 1):
            out.append(f"{n}. {'✓ ' if a.met else ''}{names.get(a.person_id, '?')}")
            if a.reason:
                out.append(f" — {a.reason}")
            if a.question:
                out.append(f"\n   Ask: {a.question}", style="italic")
            out.append("\n")
    if event.messages:
        section(out, "Messages and questions to bring")
        for message in event.messages:
            out.append(f"  › {message}\n")
    review = event.review
    if review is not None:
        section(out, "Review" + (f" ({review.reviewed_on})" if review.reviewed_on else ""))
        out.append(f"Picked up the 1,000 kr: {_PICKED[review.picked_up]} · value {money(review.value)}\n")
        if review.value_words:
            out.append(review.value_words + "\n", style="italic")
        for outcome in review.outcomes:
            out.append(f"  • {outcome}\n")
        if review.notes:
            out.append((HIDDEN if private else review.notes) + "\n", style="dim")
    elif event.date and event.date < (today or today_iso()):
        out.append("\nNot reviewed yet — press R to review it.\n", style="dim")
    out.rstrip()
    return out


class EventsScreen(RepoScreen[bool]):
    """Every event, newest first; Enter makes one the current event."""

    BINDINGS = [
        Binding("escape", "close", "Back", id="events-back"),
        Binding("enter", "use", "Use", id="events-use", tooltip="Make it the event you are at"),
        Binding("p", "prep", "Prep", id="events-prep", tooltip="Prepare: purpose, targets in order, since last time"),
        Binding("R", "review", "Review", id="events-review", tooltip="Review: whom you met, was it worth it"),
        Binding("n", "new", "New", id="events-new", tooltip="Create an event"),
        Binding("E", "edit", "Edit", id="events-edit", tooltip="Edit name, purpose, cost and messages"),
        Binding("l", "reuse_roster", "Last room", id="events-roster", show=False,
                tooltip="Put everyone from the network's previous event in this room"),
        Binding("u", "unset", "No event", id="events-unset", show=False),
        Binding("x", "toggle_private", "Hide private", id="events-private", show=False),
        keys_binding("events"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(icon="◆")
        with Horizontal(id="events-body"):
            yield OptionList(id="events-list")
            with VerticalScroll(id="events-detail"):
                yield Static("", id="events-summary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#events-list").border_title = "Events"
        self.query_one("#events-list").border_subtitle = "⏎ use"
        self.query_one("#events-detail").border_title = "Details"
        self.reload()
        self.query_one(OptionList).focus()

    def reload(self, select: int | None = None) -> None:
        """Refill the list, keeping `select` (or the highlighted, or the current event) highlighted."""
        options = self.query_one(OptionList)
        if select is None and (shown := self._selected_event()) is not None:
            select = shown.id
        options.clear_options()
        current = self.repo.current_event_id
        events = self.repo.events()
        for event in events:
            label = Text(("● " if event.id == current else "  ") + f"{event.date or '----------'}  ")
            label.append(event.name)
            if event.review is not None:
                label.append(" ✓", style="dim")
            options.add_option(Option(label, id=str(event.id)))
        wanted = select if select is not None else current
        ids = [e.id for e in events]
        if wanted in ids:
            options.highlighted = ids.index(wanted)
        elif ids:
            options.highlighted = 0
        self._show_selected()
        if not events:
            self.query_one("#events-summary", Static).update(Text("No events yet. Press n to create one.", style="dim"))

    def _selected_event(self) -> Event | None:
        event_id = self.highlighted_id()
        return self.repo.event(event_id) if event_id is not None else None

    def _need_event(self) -> Event | None:
        event = self._selected_event()
        if event is None:
            self.notify("No event yet: press n to create one", severity="warning")
        return event

    @on(OptionList.OptionHighlighted)
    def _show_selected(self) -> None:
        event = self._selected_event()
        if event is None:
            return
        summary = event_summary(self.repo, event, private=is_private(self.app))
        self.query_one("#events-summary", Static).update(summary)

    @on(OptionList.OptionSelected)
    def _chosen(self) -> None:
        self.action_use()

    def action_use(self) -> None:
        """Make the highlighted event the one you are at, and go back."""
        event = self._selected_event()
        if event is None:
            return
        self.app.write(partial(self.repo.set_current_event, event.id), lambda _r: self.dismiss(True))  # type: ignore[attr-defined]

    def action_unset(self) -> None:
        """No current event: the list shows everyone."""
        self.app.write(partial(self.repo.set_current_event, None), lambda _r: self.dismiss(True))  # type: ignore[attr-defined]

    def action_new(self) -> None:
        """Create an event (it becomes the current one)."""
        latest = self.repo.events()[0] if self.repo.events() else None

        def chosen(event: Event | None) -> None:
            if event is None:
                return
            fields = {f: getattr(event, f) for f in (
                "network", "date", "place", "purpose", "purpose_others", "minutes", "cost", "messages")}
            job = partial(create_event, self.repo, event.name, make_current=True, **fields)
            self.app.write(job, lambda saved: self.reload(select=saved.id))  # type: ignore[attr-defined]

        self.app.push_screen(EventFormModal(network=latest.network if latest else ""), chosen)

    def action_edit(self) -> None:
        """Edit the highlighted event."""
        event = self._need_event()
        if event is None:
            return

        def chosen(changed: Event | None) -> None:
            if changed is not None:
                self.app.write(partial(self.repo.save_event, changed), lambda saved: self.reload(select=saved.id))  # type: ignore[attr-defined]

        self.app.push_screen(EventFormModal(event), chosen)

    def action_reuse_roster(self) -> None:
        """Fill the highlighted event's room with everyone from the network's previous event."""
        event = self._need_event()
        if event is None:
            return
        previous = previous_event(self.repo, event)
        if previous is None:
            why = f"no earlier event of {event.network}" if event.network else "it belongs to no network (E to set one)"
            self.notify(f"Nobody to copy: {why}", severity="warning", markup=False)
            return
        before = len(event.attendees)

        def done(saved: Event) -> None:
            added = len(saved.attendees) - before
            message = f"Added {added} from {previous.name}" if added else f"Everyone from {previous.name} is already here"
            self.notify(message, timeout=3, markup=False)
            self.reload(select=saved.id)

        self.app.write(partial(reuse_roster, self.repo, event.id), done)  # type: ignore[attr-defined]

    def action_prep(self) -> None:
        """Prepare the highlighted event: purpose, targets in order, since last time."""
        event = self._need_event()
        if event is not None:
            from netevent.tui.screens.prep import PrepScreen

            self.app.push_screen(PrepScreen(event.id), lambda _r: self.reload(select=event.id))  # type: ignore[arg-type]

    def action_review(self) -> None:
        """Review the highlighted event: whom you met, what changed hands, was it worth it."""
        event = self._need_event()
        if event is not None:
            from netevent.tui.screens.review_screen import ReviewScreen

            self.app.push_screen(ReviewScreen(event.id), lambda _r: self.reload(select=event.id))  # type: ignore[arg-type]

    def action_toggle_private(self) -> None:
        """Hide or show private text (the same switch as `x` on the main screen)."""
        toggle_private(self.app)
        self._show_selected()

    def action_close(self) -> None:
        """Back to the room."""
        self.dismiss(False)

"""The events screen (`e`): choose where you are, create an event, prepare and review it."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from netevent.models import Event
from netevent.screens.event_form import EventFormModal

__all__ = ["EventsScreen", "event_summary"]


def event_summary(event: Event, names: dict[int, str]) -> Text:
    """A plain-text overview of an event: purpose, cost, targets and room."""
    out = Text()
    out.append(event.name + "\n", style="bold")
    meta = " · ".join(x for x in (event.network, event.date, event.place) if x)
    if meta:
        out.append(meta + "\n", style="dim")
    if event.purpose:
        out.append("Your purpose: ", style="bold")
        out.append(event.purpose + "\n")
    if event.purpose_others:
        out.append("For the others: ", style="bold")
        out.append(event.purpose_others + "\n")
    if event.minutes or event.cost:
        out.append(f"Cost: {event.minutes} min, {event.cost:,.0f} kr\n")
    met = sum(1 for a in event.attendees if a.met)
    out.append(f"Room: {len(event.attendees)} people, {met} met\n")
    if event.targets:
        out.append("\nToday's targets\n", style="bold underline")
        for n, a in enumerate(event.targets, 1):
            out.append(f"{n}. {'✓ ' if a.met else ''}{names.get(a.person_id, '?')}")
            if a.reason:
                out.append(f" — {a.reason}")
            if a.question:
                out.append(f"\n   Ask: {a.question}", style="italic")
            out.append("\n")
    if event.messages:
        out.append("\nMessages and questions to bring\n", style="bold underline")
        for message in event.messages:
            out.append(f"  › {message}\n")
    if event.review is not None:
        r = event.review
        out.append("\nReview\n", style="bold underline")
        picked = {True: "yes", False: "no", None: "not decided"}[r.picked_up]
        out.append(f"Picked up the 1,000 kr: {picked} · value {r.value:,.0f} kr\n")
        for outcome in r.outcomes:
            out.append(f"  • {outcome}\n")
    out.rstrip()
    return out


class EventsScreen(Screen[bool]):
    """Every event, newest first; Enter makes one the current event."""

    BINDINGS = [
        Binding("escape", "close", "Back", id="events-back"),
        Binding("enter", "use", "Use", id="events-use", show=False),
        Binding("n", "new", "New event", id="events-new"),
        Binding("E", "edit", "Edit", id="events-edit"),
        Binding("u", "unset", "No event", id="events-unset", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Header(icon="◆")
        with Horizontal(id="events-body"):
            yield OptionList(id="events-list")
            with VerticalScroll(id="events-detail"):
                yield Static("", id="events-summary")
        yield Footer(compact=True)

    @property
    def repo(self):
        """The open repository."""
        return self.app.repo  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.query_one("#events-list").border_title = "Events"
        self.query_one("#events-detail").border_title = "Details"
        self.reload()
        self.query_one(OptionList).focus()

    def reload(self, select: int | None = None) -> None:
        """Refill the list, keeping `select` (or the current event) highlighted."""
        options = self.query_one(OptionList)
        options.clear_options()
        current = self.repo.current_event_id
        events = self.repo.events()
        for event in events:
            label = Text(("● " if event.id == current else "  ") + f"{event.date or '----------'}  {event.name}")
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
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        option = options.get_option_at_index(options.highlighted)
        return self.repo.event(int(option.id)) if option.id else None

    @on(OptionList.OptionHighlighted)
    def _show_selected(self) -> None:
        event = self._selected_event()
        if event is None:
            return
        names = {p.id: p.name for p in (self.repo.person(a.person_id) for a in event.attendees) if p}
        self.query_one("#events-summary", Static).update(event_summary(event, names))

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

            def job() -> Event:
                with self.repo.batch():
                    saved = self.repo.save_event(event)
                    self.repo.set_current_event(saved.id)
                return saved

            self.app.write(job, lambda saved: self.reload(select=saved.id))  # type: ignore[attr-defined]

        self.app.push_screen(EventFormModal(network=latest.network if latest else ""), chosen)

    def action_edit(self) -> None:
        """Edit the highlighted event."""
        event = self._selected_event()
        if event is None:
            return

        def chosen(changed: Event | None) -> None:
            if changed is not None:
                self.app.write(partial(self.repo.save_event, changed), lambda saved: self.reload(select=saved.id))  # type: ignore[attr-defined]

        self.app.push_screen(EventFormModal(event), chosen)

    def action_close(self) -> None:
        """Back to the room."""
        self.dismiss(False)

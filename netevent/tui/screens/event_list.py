"""The events screen (`e`): choose where you are, create an event, prepare it and review it."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from netevent.domain.models import Event
from netevent.i18n import N_, _, format_date_field
from netevent.services.events import create_event, previous_event, reuse_roster, update_event, use_event
from netevent.tui.dialogs.event_form import EventFormModal
from netevent.tui.render.event_summary import event_summary
from netevent.tui.safe import Shown
from netevent.tui.screens.base import RepoScreen, screen_keys

__all__ = ["EventsScreen"]


class EventsScreen(RepoScreen[bool]):
    """Every event, newest first; Enter makes one the current event."""

    BINDINGS = [
        Binding("escape", "close", N_("Back"), id="events-back"),
        Binding("enter", "use", N_("Use"), id="events-use", tooltip=N_("Make it the event you are at")),
        Binding(
            "p", "prep", N_("Prep"), id="events-prep", tooltip=N_("Prepare: purpose, targets in order, since last time")
        ),
        Binding("R", "review", N_("Review"), id="events-review", tooltip=N_("Review: whom you met, was it worth it")),
        Binding("n", "new", N_("New"), id="events-new", tooltip=N_("Create an event")),
        Binding("E", "edit", N_("Edit"), id="events-edit", tooltip=N_("Edit name, purpose, cost and messages")),
        Binding(
            "l",
            "reuse_roster",
            N_("Last room"),
            id="events-roster",
            show=False,
            tooltip=N_("Put everyone from the network's previous event in this room"),
        ),
        Binding("u", "unset", N_("No event"), id="events-unset", show=False),
        *screen_keys("events"),
    ]
    HELP_INTRO = N_(
        "# Events — keys\n\nChoose the event you are at (Enter), prepare it (p) and review it afterwards (R).\n"
    )

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield Header(icon="◆")
        with Horizontal(id="events-body"):
            yield OptionList(id="events-list")
            with VerticalScroll(id="events-detail"):
                yield Static("", id="events-summary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.query_one("#events-list").border_title = _("Events")
        self.query_one("#events-list").border_subtitle = _("⏎ use")
        self.query_one("#events-detail").border_title = _("Details")
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
            label = Shown(
                ("● " if event.id == current else "  ") + f"{format_date_field(event.date) or '----------'}  "
            )
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
            self.query_one("#events-summary", Static).update(
                Text(_("No events yet. Press n to create one."), style="dim")
            )

    def _selected_event(self) -> Event | None:
        event_id = self.highlighted_id()
        return self.repo.event(event_id) if event_id is not None else None

    def _need_event(self) -> Event | None:
        event = self._selected_event()
        if event is None:
            self.notify(_("No event yet: press n to create one"), severity="warning")
        return event

    @on(OptionList.OptionHighlighted)
    def _show_selected(self) -> None:
        event = self._selected_event()
        if event is None:
            return
        summary = event_summary(self.repo, event, private=self.host.private, today=self.host.today())
        self.query_one("#events-summary", Static).update(summary)

    @on(OptionList.OptionSelected)
    def _chosen(self) -> None:
        self.action_use()

    def action_use(self) -> None:
        """Make the highlighted event the one you are at, and go back."""
        event = self._selected_event()
        if event is None:
            return
        self.host.write(partial(use_event, self.repo, event.id), lambda _r: self._back(True))

    def action_unset(self) -> None:
        """No current event: the list shows everyone."""
        self.host.write(partial(use_event, self.repo, None), lambda _r: self._back(True))

    def action_new(self) -> None:
        """Create an event (it becomes the current one)."""
        latest = self.repo.events()[0] if self.repo.events() else None

        def chosen(event: Event | None) -> None:
            if event is None:
                return
            job = partial(create_event, self.repo, make_current=True, **EventFormModal.changes(event))
            self.host.write(job, lambda saved: self.reload(select=saved.id))

        self.app.push_screen(EventFormModal(network=latest.network if latest else ""), chosen)

    def action_edit(self) -> None:
        """Edit the highlighted event."""
        event = self._need_event()
        if event is None:
            return

        def chosen(changed: Event | None) -> None:
            if changed is not None:
                job = partial(update_event, self.repo, event.key, **EventFormModal.changes(changed))
                self.host.write(job, lambda saved: self.reload(select=saved.id))

        self.app.push_screen(EventFormModal(event), chosen)

    def action_reuse_roster(self) -> None:
        """Fill the highlighted event's room with everyone from the network's previous event."""
        event = self._need_event()
        if event is None:
            return
        previous = previous_event(self.repo, event)
        if previous is None:
            why = (
                _("no earlier event of {network}").format(network=event.network)
                if event.network
                else _("it belongs to no network (E to set one)")
            )
            self.notify(_("Nobody to copy: {why}").format(why=why), severity="warning", markup=False)
            return
        before = len(event.attendees)

        def done(saved: Event) -> None:
            added = len(saved.attendees) - before
            message = (
                _("Added {added} from {name}").format(added=added, name=previous.name)
                if added
                else _("Everyone from {name} is already here").format(name=previous.name)
            )
            self.notify(message, timeout=3, markup=False)
            self.reload(select=saved.id)

        self.host.write(partial(reuse_roster, self.repo, event.key), done)

    def action_prep(self) -> None:
        """Prepare the highlighted event: purpose, targets in order, since last time."""
        event = self._need_event()
        if event is not None:
            from netevent.tui.screens.prep import PrepScreen

            self.app.push_screen(PrepScreen(event.key), lambda _r: self.reload(select=event.id))

    def action_review(self) -> None:
        """Review the highlighted event: whom you met, what changed hands, was it worth it."""
        event = self._need_event()
        if event is not None:
            from netevent.tui.screens.review import ReviewScreen

            self.app.push_screen(ReviewScreen(event.key), lambda _r: self.reload(select=event.id))

    def privacy_changed(self) -> None:
        """Private mode changed: show or hide the review's own notes."""
        self._show_selected()

    def action_close(self) -> None:
        """Back to the room."""
        self._back(False)

    def _back(self, changed: bool) -> None:
        self.dismiss(changed)

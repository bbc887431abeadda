"""The prep screen (`p` on the events screen): decide at home whom to talk to and what to bring.

Top: the event's purpose for you and for the others, and the messages to
bring. Left: today's targets in the order you will look for them (K/J move
one up or down). Right: for the highlighted target, why you want to talk to
them, the question to ask, and what happened since last time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from netevent.domain.models import Event
from netevent.domain.visible import visible
from netevent.i18n import N_, _
from netevent.services.briefing import since_last_time
from netevent.services.events import update_event
from netevent.services.rooms import Target, move_target, set_target, targets
from netevent.tui.dialogs.chooser import ChooserModal, by_name, people_search, person_label
from netevent.tui.dialogs.event_form import EventFormModal
from netevent.tui.dialogs.target import TargetModal
from netevent.tui.render.prep import plan_text, target_brief
from netevent.tui.safe import Shown
from netevent.tui.screens.base import EventScreen, screen_keys

__all__ = ["PrepScreen"]


class PrepScreen(EventScreen):
    """Purpose, today's targets in order with reason, question and a since-last-time brief."""

    BINDINGS = [
        Binding("escape", "close", N_("Back"), id="prep-back"),
        Binding("K,shift+up", "move(-1)", N_("Move up"), id="prep-up", tooltip=N_("Move the target up the line")),
        Binding(
            "J,shift+down", "move(1)", N_("Move down"), id="prep-down", tooltip=N_("Move the target down the line")
        ),
        Binding("a", "add_target", N_("Add target"), id="prep-add", tooltip=N_("Add someone to today's targets")),
        Binding("E", "edit_event", N_("Purpose"), id="prep-edit", tooltip=N_("Edit purpose, messages and cost")),
        Binding("d", "drop_target", N_("Drop"), id="prep-drop", show=False, tooltip=N_("No longer a target")),
        *screen_keys("prep"),
    ]
    HELP_INTRO = N_(
        "# Prep — keys\n\nDecide at home whom you want to talk to today, why, "
        "and what to ask; K and J put them in order.\n"
    )

    @property
    def event(self) -> Event:
        """The event being prepared, as stored now."""
        event = self.repo.event(self.event_id)
        assert event is not None, _("the event was deleted")
        return event

    def compose(self) -> ComposeResult:
        """Lay out the widgets, in reading order."""
        yield Header(icon="◆")
        with VerticalScroll(id="prep-plan"):
            yield Static("", id="prep-purpose")
        with Horizontal(id="prep-body"):
            yield OptionList(id="prep-targets")
            with VerticalScroll(id="prep-brief"):
                yield Static("", id="prep-brief-body")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the widgets once they are on screen."""
        self.query_one("#prep-targets").border_title = _("Today's targets")
        self.refresh_view()
        self.query_one(OptionList).focus()

    # ------------------------------------------------------------ showing
    def targets(self) -> list[Target]:
        """Today's targets in order."""
        return targets(self.repo, self.event)

    def refresh_view(self, select: int | None = None) -> None:
        """Re-read the event; keep `select` (a person id) or the highlighted target highlighted."""
        event = self.event
        self.sub_title = _("Prep: {name}").format(name=event.name)
        plan = self.query_one("#prep-plan")
        plan.border_title = Content(_("{name} — plan").format(name=visible(event.name, lines=False)))
        self.query_one("#prep-purpose", Static).update(plan_text(event))
        options = self.query_one(OptionList)
        if select is None:
            select = self.highlighted_id()
        options.clear_options()
        line = self.targets()
        for target in line:
            label = Shown(f"{target.rank}. ", style="bold")
            label.append(target.person.name, style="bold")
            if target.attendance.met:
                label.append(" ✓")
            options.add_option(Option(label, id=str(target.person.id)))
        if not line:
            hint = _("No targets yet.\nPress a to add one, or t on a person in the room.")
            options.add_option(Option(Text(hint, style="dim"), disabled=True))
        ids = [t.person.id for t in line]
        options.highlighted = ids.index(select) if select in ids else (0 if ids else None)
        self._show_brief()

    def _highlighted(self) -> Target | None:
        wanted = self.highlighted_id()
        return next((t for t in self.targets() if t.person.id == wanted), None)

    @on(OptionList.OptionHighlighted, "#prep-targets")
    def _show_brief(self) -> None:
        body = self.query_one("#prep-brief-body", Static)
        box = self.query_one("#prep-brief")
        target = self._highlighted()
        if target is None:
            box.border_title = _("Since last time")
            body.update(Text(_("Decide whom you want to talk to today, and why."), style="dim"))
            return
        brief = since_last_time(self.repo, target.person.key, self.event)
        box.border_title = Content(f"{target.rank}. {visible(target.person.name, lines=False)}")
        body.update(target_brief(target, brief, private=self.host.private))
        box.scroll_home(animate=False)

    # ------------------------------------------------------------ actions
    def _write(self, job: Callable[[], Any], select: int | None = None) -> None:
        self.host.write(job, lambda _r: self.refresh_view(select))

    def action_move(self, step: int) -> None:
        """Move the highlighted target up (-1) or down (+1) the line."""
        target = self._highlighted()
        if target is None:
            return
        self._write(partial(move_target, self.repo, self.event_id, target.person.key, step), target.person.id)

    @on(OptionList.OptionSelected, "#prep-targets")
    def _edit_target(self) -> None:
        target = self._highlighted()
        if target is None:
            return

        def chosen(result: tuple[str, str] | None) -> None:
            if result is not None:
                job = partial(
                    set_target, self.repo, self.event_id, target.person.key, reason=result[0], question=result[1]
                )
                self._write(job, target.person.id)

        self.app.push_screen(TargetModal(target.person.name, target.reason, target.question), chosen)

    def action_add_target(self) -> None:
        """Choose someone (in the room first, anyone by typing) and say why and what to ask."""
        repo, event = self.repo, self.event
        chosen_ids = {a.person_id for a in event.targets}
        room = by_name(repo, (pid for pid in event.person_ids if pid not in chosen_ids))

        def label(pid: int) -> Text:
            text = person_label(repo, pid)
            if pid not in event.person_ids:
                text.append(_("  (not in the room yet)"), style="italic")
            return text

        def picked(pid: int | None) -> None:
            person = repo.person(pid) if pid is not None else None
            if person is None:
                return

            def why(result: tuple[str, str] | None) -> None:
                if result is not None:
                    job = partial(
                        set_target, repo, self.event_id, person.key, target=True, reason=result[0], question=result[1]
                    )
                    self._write(job, person.id)

            self.app.push_screen(TargetModal(person.name), why)

        title = _("Add a target for {name}").format(name=event.name)
        search = people_search(self.host.finder, leave_out=chosen_ids)
        self.app.push_screen(
            ChooserModal(title, room, label, search=search, empty=_("Nobody else in the room")), picked
        )

    def action_drop_target(self) -> None:
        """Take the highlighted person off today's targets (reason and question are kept)."""
        target = self._highlighted()
        if target is not None:
            self._write(partial(set_target, self.repo, self.event_id, target.person.key, target=False))
            self.notify(_("{name} is no longer a target").format(name=target.person.name), timeout=2, markup=False)

    def action_edit_event(self) -> None:
        """Edit the purpose (yours and theirs), the messages to bring and the cost."""

        def chosen(changed: Event | None) -> None:
            if changed is not None:
                self._write(partial(update_event, self.repo, self.event_id, **EventFormModal.changes(changed)))

        self.app.push_screen(EventFormModal(self.event), chosen)

    def privacy_changed(self) -> None:
        """Private mode changed: show or hide note text in the brief."""
        self._show_brief()

    def action_close(self) -> None:
        """Back to the events."""
        self.dismiss(None)

"""Introduce from the card (`i`): pick one of the card's *introduce them to* matches and log it.

An introduction is a give to both people (`ledger.log_introduction`), so it
counts towards the 90 % you aim to give, for each of them.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from rich.text import Text

from netevent.services.cards import card_data
from netevent.services.ledger import log_introduction
from netevent.tui.screens.chooser import ChooserModal

__all__ = ["start_introduction"]


def start_introduction(screen: Any) -> None:
    """Open the chooser for the main screen's highlighted person; log the choice via the writer.

    `screen` is the `MainScreen` (its person, event, app and `_after_write`).
    """
    person = screen._need_person()
    if person is None:
        return
    repo = screen.napp.repo
    card = card_data(repo, person)
    matches = {m.person_id: m for m in card.matches.introduce if m.person_id is not None}
    if not matches:
        screen.notify(
            f"Nobody in {card.room_label} is strong in what {person.name} needs yet",
            severity="warning",
            markup=False,
        )
        return
    before = {e.with_person_id: e.date for e in repo.ledger(person_id=person.id) if e.kind == "intro"}

    def label(pid: int) -> Text:
        text = Text(card.names.get(pid, f"#{pid}"), style="bold")
        if pid in before:
            text.append(f"  (introduced {before[pid]})", style="italic")
        text.append("\n  " + matches[pid].why, style="dim")
        return text

    def chosen(pid: int | None) -> None:
        if pid is None:
            return
        other = card.names.get(pid, f"#{pid}")
        event = screen.event

        def done(_entries: object) -> None:
            screen._after_write()
            screen.notify(f"Introduced {person.name} and {other}: a give to both", timeout=3, markup=False)

        job = partial(
            log_introduction,
            repo,
            person.id,
            pid,
            event_id=event.id if event else None,
            what=matches[pid].mine,
            date=screen.today(),
        )
        screen.napp.write(job, done)

    title = f"Introduce {person.name} to…"
    screen.app.push_screen(ChooserModal(title, list(matches), label), chosen)

"""Relationships in the app: the history screen, asks with a fate, a target's outcome, gives that answer asks,
and the list's scope cycling room → everyone → due; asserted on the screen and in the saved file."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from netevent.domain.models import Attendance, Event, Note
from netevent.storage.repository import Repository
from netevent.tui.app import NetEventApp
from netevent.tui.widgets.attendees_panel import AttendeesPanel
from netevent.tui.widgets.person_card import PersonCard

from ..helpers.common import named, reopen
from ..helpers.drive import burst, history_rows, names_in_list, search, settle, type_text

TODAY = "2026-11-26"


def _with_history(path: Path) -> Path:
    """Søren was met at Netværk Nord on 2026-08-06 and not since; Jens on 2026-10-01 and is today's target."""
    with Repository.open(path) as repo, repo.batch(undoable=False):
        søren, jens = named(repo, "Søren Ærø"), named(repo, "Jens Holm")
        august = repo.save_event(Event(name="Netværk Nord — august", network="Netværk Nord", date="2026-08-06",
                                       attendees=(Attendance(søren.key, met=True), Attendance(jens.key))))  # fmt: skip
        repo.save_event(Event(name="Netværk Nord — oktober", network="Netværk Nord", date="2026-10-01",
                              attendees=(Attendance(jens.key, met=True),)))  # fmt: skip
        for name, day in (("september", "2026-09-03"), ("sidst i oktober", "2026-10-29")):  # it meets every 4 weeks
            repo.save_event(Event(name=f"Netværk Nord — {name}", network="Netværk Nord", date=day))
        repo.save_note(Note(søren.key, "Vil have flere IT-kunder", event_id=august.id, created="2026-08-06T08:10:00"))
        today = repo.current_event()
        assert today is not None
        repo.set_attendance(today.key, Attendance(jens.key, target=True, reason="kender advokater"))
    return path


@pytest.fixture
def app_at(seeded_db: Path):
    repos: list[Repository] = []

    def make() -> NetEventApp:
        repo = Repository.open(_with_history(seeded_db))
        repos.append(repo)
        return NetEventApp(repo, today=lambda: TODAY)

    yield make
    for repo in repos:
        repo.close()


async def _open(app, pilot, name: str) -> None:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    await search(app, pilot, name)
    await pilot.press("enter")
    await settle(app, pilot)


def _history_rows(app) -> list[str]:  # type: ignore[no-untyped-def]
    return history_rows(app)


async def test_h_shows_the_history_and_enter_closes_an_ask(app_at, seeded_db: Path) -> None:
    app = app_at()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, "søren")
        card = app.screen.query_one(PersonCard).text.plain
        assert card.startswith("Since last time: Netværk Nord — august (2026-08-06) · 1 open ask")
        await pilot.press("h")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "TimelineScreen"
        since = str(app.screen.query_one("#timeline-since", Static).render())
        assert since.startswith("Since last time: Netværk Nord — august (2026-08-06)")
        rows = _history_rows(app)
        assert rows[0].startswith("2026-08-06 ● Netværk Nord — august: met ✓")
        assert any("Note at Netværk Nord — august: Vil have flere IT-kunder" in r for r in rows)
        ask_row = next(i for i, r in enumerate(rows) if "Asked for: kunder i IT-virksomheder" in r)
        app.screen.query_one(OptionList).highlighted = ask_row
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "AskFateModal"
        await pilot.press("down", "down", "enter")  # open the choices: helped → closed
        await pilot.press("tab")
        await type_text(pilot, "to nye kunder")
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "TimelineScreen"
        assert any("Ask closed: kunder i IT-virksomheder — to nye kunder" in r for r in _history_rows(app))
        await pilot.press("escape")
        await settle(app, pilot)
        assert "Needs: —" in app.screen.query_one(PersonCard).text.plain
    with reopen(seeded_db) as saved:
        ask = saved.asks(named(saved, "Søren Ærø").key)[0]
        assert (ask.status, ask.history) == ("closed", ((TODAY, "closed", "to nye kunder"),))
        assert named(saved, "Søren Ærø").needs == ()


async def test_a_adds_an_ask_from_the_card_and_a_burst_lands_in_the_dialog(app_at, seeded_db: Path) -> None:
    app = app_at()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, "ann")
        await burst(app, pilot, "Aen [b]revisor[/b] i Hamborg<enter>")
        assert type(app.screen).__name__ == "MainScreen"
        assert "Needs: moms, en [b]revisor[/b] i Hamborg" in app.screen.query_one(PersonCard).text.plain
    with reopen(seeded_db) as saved:
        ann = named(saved, "Ann [/] Lee")
        assert ann.needs == ("moms", "en [b]revisor[/b] i Hamborg")
        event = saved.current_event()
        new = {a.text: a for a in saved.asks(ann.key)}["en [b]revisor[/b] i Hamborg"]
        assert (new.since, new.event_id, new.status) == (TODAY, event.id if event else None, "open")


async def test_marking_a_target_met_asks_whether_you_got_what_you_came_for(app_at, seeded_db: Path) -> None:
    app = app_at()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, "jens")
        await pilot.press("m")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "OutcomeModal"
        await pilot.press("down", "down", "down", "enter")  # yes → no → later
        await pilot.press("tab")
        await type_text(pilot, "ringer i næste uge")
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
    with reopen(seeded_db) as saved:
        place = saved.current_event().attendance(named(saved, "Jens Holm").key)  # type: ignore[union-attr]
        assert (place.met, place.outcome, place.outcome_line) == (True, "later", "ringer i næste uge")  # type: ignore[union-attr]


async def test_esc_on_the_outcome_keeps_the_met(app_at, seeded_db: Path) -> None:
    app = app_at()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, "jens")
        await pilot.press("m")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
    with reopen(seeded_db) as saved:
        place = saved.current_event().attendance(named(saved, "Jens Holm").key)  # type: ignore[union-attr]
        assert (place.met, place.outcome) == (True, "")  # type: ignore[union-attr]


async def test_a_give_can_answer_one_of_their_asks(app_at, seeded_db: Path) -> None:
    app = app_at()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, "jens")
        await pilot.press("g")
        await settle(app, pilot)
        await type_text(pilot, "Intro til Åse")
        await pilot.press("tab", "tab", "tab")  # kind, amount, the ask it answers
        await pilot.press("down", "down", "enter")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
    with reopen(seeded_db) as saved:
        jens = named(saved, "Jens Holm")
        ask = saved.asks(jens.key)[0]
        entry = saved.ledger(person_id=jens.key)[0]
        assert (ask.status, ask.helped_by, entry.what) == ("helped", (entry.key,), "Intro til Åse")
        assert jens.needs == ()


async def test_an_introduction_answers_the_ask_it_was_found_for(app_at, seeded_db: Path) -> None:
    app = app_at()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, "jens")  # needs "advokat med speciale i selskabsret": Åse is strong in it
        await pilot.press("i")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        ask = saved.asks(named(saved, "Jens Holm").key)[0]
        assert ask.status == "helped" and len(ask.helped_by) == 1


async def test_v_cycles_the_room_everyone_and_who_is_due(app_at, seeded_db: Path) -> None:
    app = app_at()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("down")  # to the list: letters are keys there
        panel = app.screen.query_one(AttendeesPanel)
        status = lambda: str(panel.query_one("#list-status").render())  # noqa: E731
        assert "room: Netværk Nord" in status()
        await pilot.press("v")
        await settle(app, pilot)
        assert "everyone" in status() and len(names_in_list(app)) == 5
        await pilot.press("v")
        await settle(app, pilot)
        # Netværk Nord meets every 28 days: its members are due after 56. Søren was met 112 days ago;
        # Jens 56 days ago (on time); nobody else was ever met, so nobody else is losing touch.
        assert status() == "1 · due: keep in touch"
        assert names_in_list(app) == ["Søren Ærø"]
        assert (
            "last 2026-08-06: met at Netværk Nord — august"
            in app.screen.describe(named(app.repo, "Søren Ærø").key).detail
        )
        await pilot.press("v")
        await settle(app, pilot)
        assert "room: Netværk Nord" in status()

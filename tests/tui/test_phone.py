"""On a phone's SSH client: one panel at a time from 40 columns up, and everything still works."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.tui.widgets.notes_panel import NotesPanel
from netevent.tui.widgets.people_list import PeopleList
from netevent.tui.widgets.person_card import PersonCard

from ..helpers.common import named, reopen, saved_note
from ..helpers.drive import fill_form, search, settle, type_text


def _shown(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The panels on screen now."""
    return [w.__class__.__name__ for w in app.screen.query("AttendeesPanel, PersonCard, NotesPanel, PitchPanel")
            if w.display and w.parent.display]  # fmt: skip


@pytest.mark.parametrize("size", [(40, 20), (45, 30), (60, 20)], ids=["40x20", "45x30", "60x20"])
async def test_one_panel_at_a_time_and_every_action_works(open_app, seeded_db: Path, size: tuple[int, int]) -> None:
    app = open_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert _shown(app) == ["AttendeesPanel"]
        await search(app, pilot, "jens")
        await pilot.press("enter")  # Enter in the search box shows the card
        await settle(app, pilot)
        assert _shown(app) == ["PersonCard"]
        assert "You can offer them" in app.screen.query_one(PersonCard).text.plain
        await pilot.press("n")
        await settle(app, pilot)
        assert _shown(app) == ["NotesPanel"]
        await type_text(pilot, "Ring i morgen")
        await pilot.press("escape")
        await settle(app, pilot)
        assert _shown(app) == ["AttendeesPanel"]
        await pilot.press("m")  # met
        await settle(app, pilot)
        await pilot.press("g")  # gave
        await settle(app, pilot)
        await fill_form(app, pilot, "Intro til en revisor")
        await pilot.press("f")
        await settle(app, pilot)
        await fill_form(app, pilot, "Send tilbud", "2026-12-24")
        await pilot.press("tab", "tab", "tab")  # card, note, pitch
        await settle(app, pilot)
        assert _shown(app) == ["PitchPanel"]
        await pilot.press("tab")
        await settle(app, pilot)
        assert _shown(app) == ["AttendeesPanel"]
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await settle(app, pilot)
    assert saved_note(seeded_db, "Jens Holm").text == "Ring i morgen"
    with reopen(seeded_db) as saved:
        jens = named(saved, "Jens Holm")
        assert saved.current_event().attendance(jens.key).met
        assert [e.what for e in saved.ledger(person_id=jens.key)] == ["Intro til en revisor"]
        assert [f.action for f in saved.followups(person_id=jens.key)] == ["Send tilbud"]


async def test_resizing_between_phone_and_laptop_keeps_everything(open_app) -> None:
    app = open_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await search(app, pilot, "holm")
        await pilot.press("enter", "n")
        await type_text(pilot, "Halvfærdig")
        await pilot.resize_terminal(45, 30)
        await settle(app, pilot)
        notes = app.screen.query_one(NotesPanel)
        assert _shown(app) == ["NotesPanel"] and notes.editor.text.endswith("Halvfærdig")
        await pilot.resize_terminal(120, 36)
        await settle(app, pilot)
        assert app.screen.query_one("#search").value == "holm"
        assert app.screen.query_one(PeopleList).highlighted == app.screen.current_id
        assert notes.editor.text.endswith("Halvfærdig") and len(_shown(app)) == 4


async def test_below_40_by_16_a_message_and_keys_change_nothing(open_app, seeded_db: Path) -> None:
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        before = seeded_db.read_bytes()
        await pilot.resize_terminal(35, 12)
        await settle(app, pilot)
        message = str(app.screen.query_one("#too-small").render())
        assert "40×16" in message and "Ctrl+Q" in message
        await type_text(pilot, "mam")
        await settle(app, pilot)
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert app.screen.query_one("#search").value == ""
        assert type(app.screen).__name__ == "MainScreen"
    assert seeded_db.read_bytes() == before

"""The note editor adds to what was written, and a saved note never disappears by a key alone."""

from __future__ import annotations

from pathlib import Path

from netevent.tui.widgets.notes_panel import NotesPanel

from ..helpers.common import saved_note
from ..helpers.drive import burst, search, settle, type_text


async def _open_aase(app, pilot) -> None:  # type: ignore[no-untyped-def]
    await search(app, pilot, "oberg")
    await pilot.press("enter")
    await settle(app, pilot)


async def test_n_adds_a_new_line_at_the_end_of_an_existing_note(open_app, seeded_db: Path) -> None:
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "n")
        await type_text(pilot, "To kunder")
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("n")
        await burst(app, pilot, "XYZ")  # typed fast, at once
        await pilot.press("escape")
        await settle(app, pilot)
    assert saved_note(seeded_db, "Jens Holm").text == "To kunder\nXYZ"


async def test_n_and_esc_without_typing_change_nothing(open_app, seeded_db: Path) -> None:
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "n")
        await type_text(pilot, "Ring mandag")
        await pilot.press("escape")
        await settle(app, pilot)
        before = seeded_db.read_bytes()
        await pilot.press("n", "escape")
        await settle(app, pilot)
        assert seeded_db.read_bytes() == before


async def test_emptying_a_saved_note_asks_first_and_keeps_it_on_no(open_app, seeded_db: Path) -> None:
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "n")
        await type_text(pilot, "Vigtigt")
        await pilot.pause(1.3)
        await settle(app, pilot)
        notes = app.screen.query_one(NotesPanel)
        notes.editor.select_all()
        await pilot.press("backspace")
        await pilot.pause(1.3)  # past the autosave delay: an emptied note is not saved
        await settle(app, pilot)
        assert saved_note(seeded_db, "Jens Holm").text == "Vigtigt"
        await pilot.press("escape")  # leaving asks
        await settle(app, pilot)
        assert type(app.screen).__name__ == "ConfirmModal"
        await pilot.press("n")
        await settle(app, pilot)
        assert app.screen.query_one(NotesPanel).editor.text == "Vigtigt"
        assert saved_note(seeded_db, "Jens Holm").text == "Vigtigt"
        # Yes deletes it.
        app.screen.query_one(NotesPanel).start_writing()
        app.screen.query_one(NotesPanel).editor.select_all()
        await pilot.press("backspace", "escape")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
    assert saved_note(seeded_db, "Jens Holm") is None


async def test_private_mode_is_shown_and_hidden_notes_cannot_be_typed_into(open_app, seeded_db: Path) -> None:
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_aase(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        assert "private" in app.screen.sub_title
        notes = app.screen.query_one(NotesPanel)
        assert "hidden" in str(notes.border_subtitle)
        before = seeded_db.read_bytes()
        await pilot.press("n")
        await type_text(pilot, "blind")
        await settle(app, pilot)
        assert "blind" not in notes.editor.text
        assert seeded_db.read_bytes() == before
        await pilot.press("x")
        await settle(app, pilot)
        assert "private" not in app.screen.sub_title and not notes.editor.read_only

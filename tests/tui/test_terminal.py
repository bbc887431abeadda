"""Over SSH: the theme is remembered, resizing keeps what you typed, and 16 colours work."""

from __future__ import annotations

import json
from pathlib import Path

from netevent.tui.widgets.notes_panel import NotesPanel
from netevent.tui.widgets.people_list import PeopleList

from ..helpers.drive import search, settle, type_text


async def test_theme_choice_is_remembered(open_app, tmp_path: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.theme == "netevent"
        app.theme = "netevent-light"
        await pilot.pause(0.3)
    app.repo.close()
    config = tmp_path / "config.json"
    assert json.loads(config.read_text(encoding="utf-8"))["theme"] == "netevent-light"
    again = open_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert again.theme == "netevent-light"


async def test_an_unknown_saved_theme_falls_back(open_app, tmp_path: Path):
    (tmp_path / "config.json").write_text('{"theme": "no-such-theme"}', encoding="utf-8")
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "netevent"


async def test_resizing_keeps_the_person_the_search_and_the_unsaved_note(open_app):
    app = open_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "n")
        await type_text(pilot, "halv note")
        for size in ((80, 24), (60, 20), (200, 60), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert app.screen.query_one("#search").value == "jens"
        assert app.screen.query_one(NotesPanel).editor.text == "halv note"
        assert app.repo.person(app.screen.query_one(PeopleList).highlighted).name == "Jens Holm"
        assert app.focused is app.screen.query_one(NotesPanel).editor


async def test_a_tiny_terminal_gets_one_clear_message_and_keeps_everything(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "n")
        await type_text(pilot, "halv")
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        message = app.screen.query_one("#too-small")
        assert app.screen.has_class("-too-small") and message.display
        assert "at least 40×16" in str(message.render()) and "40×12" in str(message.render())
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.screen.has_class("-too-small") and not message.display
        assert app.screen.query_one(NotesPanel).editor.text == "halv"
        assert app.screen.query_one("#search").value == "jens"

"""Importing from inside the app: plan first, then one write; bad files change nothing."""

from __future__ import annotations

from pathlib import Path

from netevent.tui.widgets.people_list import PeopleList

from ..helpers.common import reopen
from ..helpers.drive import plain, settle, type_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


async def _open_import(app, pilot) -> None:
    app.screen.query_one(PeopleList).focus()
    await pilot.press("ctrl+p")
    await pilot.pause()
    await type_text(pilot, "import")
    await pilot.pause(0.4)
    await pilot.press("enter")
    await pilot.pause()
    assert type(app.screen).__name__ == "ImportModal"


async def test_import_from_the_palette_plans_then_imports_into_the_room(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await _open_import(app, pilot)
        app.screen.query_one("#import-path").value = str(FIXTURES / "eventbrite.csv")
        await pilot.press("enter")
        await settle(app, pilot)
        report = plain(app.screen.query_one("#import-report-text").render())
        assert "Press Enter to import" in report
        with reopen(seeded_db) as saved:
            assert saved.people_count == 5  # the plan wrote nothing
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Imported" in plain(app.screen.query_one("#import-report-text").render())
        await pilot.press("escape")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
    with reopen(seeded_db) as saved:
        names = {p.name for p in saved.people()}
        assert "Søren Kierkegaard-Ærø" in names
        room = {saved.person(pid).name for pid in saved.current_event().person_ids}
        assert "Søren Kierkegaard-Ærø" in room


async def test_a_file_that_is_not_there_is_one_message_and_changes_nothing(open_app, seeded_db: Path):
    before = seeded_db.read_bytes()
    app = open_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(app, pilot)
        await _open_import(app, pilot)
        app.screen.query_one("#import-path").value = "/no/such/file.csv"
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Nothing was imported" in plain(app.screen.query_one("#import-report-text").render())
        assert not list(app._notifications)  # one message, in the dialog, not a second one
    assert seeded_db.read_bytes() == before

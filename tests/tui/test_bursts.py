"""Keys that arrive together land where the keys before them sent the focus."""

from __future__ import annotations

from pathlib import Path

from netevent.tui.widgets.people_list import PeopleList

from ..helpers.common import reopen
from ..helpers.drive import burst, names_in_list, settle


async def test_slash_and_a_word_in_one_read_search_and_run_no_command(open_app, seeded_db: Path) -> None:
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.screen.query_one(PeopleList).focus()
        await settle(app, pilot)
        before = seeded_db.read_bytes()
        await burst(app, pilot, "/mads")
        assert app.screen.query_one("#search").value == "mads"
        assert type(app.screen).__name__ == "MainScreen"  # `a` opened no dialog
        await burst(app, pilot, "/jens<enter>")
        assert names_in_list(app) == ["Jens Holm"]
        assert app.focused is app.screen.query_one(PeopleList)
    assert seeded_db.read_bytes() == before  # `m` marked nobody met


async def test_a_form_filled_in_one_read_puts_each_field_in_its_place(open_app, seeded_db: Path) -> None:
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.screen.query_one(PeopleList).focus()
        await settle(app, pilot)
        await burst(app, pilot, "a<tab>Jens Hansen<tab>Hansen Byg<tab>Tømrer<enter>")
        assert type(app.screen).__name__ == "MainScreen"
    with reopen(seeded_db) as saved:
        jens = next(p for p in saved.people() if p.name == "Jens Hansen")
        assert (jens.company, jens.role) == ("Hansen Byg", "Tømrer")


async def test_a_paste_into_the_list_is_typed_into_the_search(open_app, seeded_db: Path) -> None:
    from textual import events

    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.screen.query_one(PeopleList).focus()
        await settle(app, pilot)
        before = seeded_db.read_bytes()
        app.post_message(events.Paste("mads\n"))
        await settle(app, pilot)
        assert app.screen.query_one("#search").value == "mads"
        assert type(app.screen).__name__ == "MainScreen"
    assert seeded_db.read_bytes() == before

"""Aimed search in the app: the status line says the filter, each row says why it is listed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from netevent.tui.widgets.people_list import PeopleList

from ..helpers.common import reopen
from ..helpers.drive import names_in_list, plain, search, settle


def status(app) -> str:  # type: ignore[no-untyped-def]
    return str(plain(app.screen.query_one("#list-status", Label).content))


def detail(app, name: str) -> str:  # type: ignore[no-untyped-def]
    pid = next(p.id for p in app.repo.people() if p.name == name)
    return app.screen.describe(pid).detail


async def test_a_strength_filter_is_said_in_the_status_line_and_on_the_row(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "s:eksport")
        assert names_in_list(app) == ["Ann [/] Lee"]  # Zoë is strong in it too, but not in the room
        assert status(app) == "1 of 4 · strength: eksport"
        assert detail(app, "Ann [/] Lee") == "strength: eksport"
        await pilot.press("escape", "v")  # to the list; everyone
        await settle(app, pilot)
        assert names_in_list(app) == ["Ann [/] Lee", "Zoë Müller"]
        assert detail(app, "Zoë Müller") == "strength: eksport til Tyskland"


async def test_who_here_have_i_not_met_follows_the_m_key(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "-met")
        assert len(names_in_list(app)) == 4
        assert status(app) == "4 of 4 · not met"
        first = app.screen.query_one(PeopleList).highlighted
        await pilot.press("escape", "m")  # to the list; mark the first one met
        await settle(app, pilot)
        # The one just met stays under the cursor (the next key is about them), marked ✓ ...
        assert app.screen.query_one(PeopleList).highlighted == first
        assert "✓" in app.screen.describe(first).markers
        # ... and leaves the list with the next search.
        await search(app, pilot, "-met")
        assert first not in app.screen.query_one(PeopleList).ids
        assert len(names_in_list(app)) == 3
    with reopen(seeded_db) as repo:
        event = repo.current_event()
        assert event is not None and event.attendance(first).met  # type: ignore[union-attr]


async def test_plain_words_show_where_they_were_found(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "selskabsret")
        assert names_in_list(app)[0] == "Åse Øberg"
        assert detail(app, "Åse Øberg") == "strength: selskabsret"
        assert status(app).startswith("2 of 4")


async def test_words_of_your_own_from_the_palette_change_the_card_at_once(open_app, seeded_db: Path):
    from netevent.tui.widgets.person_card import PersonCard

    from ..helpers.drive import fill_form

    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "v")  # everyone: Zoë is not in the room
        await search(app, pilot, "zoe")
        await pilot.press("enter")
        await settle(app, pilot)
        help_block = plain(app.screen.query_one(PersonCard).text).split("They can help you")[1]
        assert help_block.split("Strengths")[0].strip() == ": —"
        await app.screen.run_action("add_synonym")
        await settle(app, pilot)
        await fill_form(app, pilot, "eksport til Tyskland", "IT-virksomheder")
        body = plain(app.screen.query_one(PersonCard).text)
        # One line a match on the card (cut with "…"); the whole why is in the card's data.
        assert 'their strength "eksport til Tyskland" meets your ask' in body
    with reopen(seeded_db) as repo:
        assert repo.settings["synonyms"] == [["eksport til Tyskland", "IT-virksomheder"]]

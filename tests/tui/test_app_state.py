"""App-wide state reaches the screen, and the app writes what the command line writes."""

from __future__ import annotations

from pathlib import Path

import orjson

from netevent.services.rooms import mark_met
from netevent.storage.repository import Repository
from netevent.tui.app import NetEventApp
from netevent.tui.widgets.people_list import PeopleList
from netevent.tui.widgets.person_card import PersonCard

from ..helpers.drive import plain, settle


async def test_first_card_gets_introductions_and_markers_without_a_keypress(seeded_db: Path) -> None:
    repo = Repository.open(seeded_db, validate=False)
    try:
        app = NetEventApp(repo)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(app, pilot)
            await pilot.pause(0.3)
            card = plain(app.screen.query_one(PersonCard).text)
            assert "still indexing" not in card
            intro = card.split("Introduce them to")[1]
            assert "Søren Ærø" in intro  # Ann needs moms; Søren is strong in it
            screen = app.export_screenshot()
            assert "✎" in screen  # Åse has a note
    finally:
        repo.close()


def _docs(path: Path) -> dict:
    data = orjson.loads(path.read_bytes())
    return {"people": data["people"], "events": data["events"]}


async def test_m_in_the_app_and_the_met_service_write_the_same_file(seeded_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_bytes(seeded_db.read_bytes())
    repo = Repository.open(seeded_db, validate=False)
    try:
        app = NetEventApp(repo)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(app, pilot)
            pid = app.screen.query_one(PeopleList).highlighted
            before = repo.storage.writes
            await pilot.press("down", "up")  # the list has focus
            app.screen.query_one(PeopleList).focus()
            await pilot.press("m")
            await settle(app, pilot)
            assert repo.storage.writes == before + 1
            event_id = repo.current_event_id
    finally:
        repo.close()
    with Repository.open(other) as second:
        mark_met(second, event_id, pid)
    mine, theirs = _docs(seeded_db), _docs(other)
    assert mine == theirs
    assert mine["people"][str(pid)]["first_met_on"]

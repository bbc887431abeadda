"""Starting the app: the first screen does not wait for indexes, and a bad file is never written."""

from __future__ import annotations

from pathlib import Path

import orjson

from netevent.storage.repository import Repository
from netevent.tui.app import NetEventApp
from netevent.tui.widgets.people_list import PeopleList
from netevent.tui.widgets.person_card import PersonCard

from ..helpers.drive import settle, wait_for_workers


async def test_a_document_found_wrong_after_the_first_screen_stops_everything(seeded_db: Path) -> None:
    data = orjson.loads(seeded_db.read_bytes())
    data["notes"]["1"]["created"] = 12  # a number where text belongs
    seeded_db.write_bytes(orjson.dumps(data))
    before = seeded_db.read_bytes()
    repo = Repository.open(seeded_db, validate=False)
    try:
        app = NetEventApp(repo)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(app, pilot)  # waits for the check after the first screen
            assert type(app.screen).__name__ == "ProblemModal"
            assert "document 1 in table 'notes'" in str(app.screen.message)
            await pilot.press("enter")
            await pilot.pause()
    finally:
        repo.close()
    assert seeded_db.read_bytes() == before


async def test_the_list_is_filled_before_the_indexes_exist(seeded_db: Path) -> None:
    repo = Repository.open(seeded_db, validate=False)
    try:
        app = NetEventApp(repo)
        app.schedule_warm_up = lambda delay: None  # type: ignore[method-assign]  # keep the indexes unbuilt
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_workers(app)
            await pilot.pause()
            assert not app.finder.ready and not app.indexes_ready
            people = app.screen.query_one(PeopleList)
            assert len(people.ids) == 4
            body = str(app.screen.query_one(PersonCard).text)
            assert "still indexing" in body
            # Typing and the palette answer before the index exists, too.
            await pilot.press("h", "o", "l", "m")
            await wait_for_workers(app)
            await pilot.pause()
            assert [repo.person(pid).name for pid in people.ids] == ["Jens Holm"]
            await pilot.press("ctrl+p")
            await pilot.pause()
            for key in "zoe":
                await pilot.press(key)
            await pilot.pause(0.5)
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen.current_id == next(p.id for p in repo.people() if p.name == "Zoë Müller")
            assert not app.finder.search_ready
    finally:
        repo.close()


async def test_a_wrong_entry_on_the_first_screen_is_named_not_a_traceback(seeded_db: Path) -> None:
    data = orjson.loads(seeded_db.read_bytes())
    first = next(key for key, doc in data["people"].items() if doc["name"] == "Ann [/] Lee")  # first in the room
    data["people"][first]["strengths"] = "not a list"
    seeded_db.write_bytes(orjson.dumps(data))
    before = seeded_db.read_bytes()
    repo = Repository.open(seeded_db, validate=False)
    try:
        app = NetEventApp(repo)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(app, pilot)
            assert type(app.screen).__name__ == "ProblemModal"
            message = str(app.screen.message)
            assert f"document {first} in table 'people'" in message and "'strengths'" in message
            await pilot.press("enter")
            await pilot.pause()
    finally:
        repo.close()
    assert seeded_db.read_bytes() == before

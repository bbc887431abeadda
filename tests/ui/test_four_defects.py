"""The four defects the flat layout hid, tested by what a user (or a caller) sees."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import orjson

from netevent.tui.app import NetEventApp
from netevent.domain.models import Note, Person
from netevent.storage.repository import Repository
from netevent.services.rooms import mark_met
from netevent.domain.search.index import SearchIndex
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


def test_a_rolled_back_batch_leaves_note_and_typo_search_working(repo: Repository) -> None:
    soren = repo.save_person(Person(name="Søren Ærø", company="Revision"))
    repo.save_note(Note(person_id=soren.id, text="Snakkede om vindmøller"))
    repo.search_index, repo.intro_index
    assert [h.person_id for h in repo.search("vindmoller")] == [soren.id]
    try:
        with repo.batch():
            repo.save_person(Person(name="Bo"))
            raise ValueError("an import failed half-way")
    except ValueError:
        pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not repo.search("vindmoller"):
        time.sleep(0.05)
    assert [h.person_id for h in repo.search("vindmoller")] == [soren.id]
    assert [h.person_id for h in repo.search("revsion")] == [soren.id]


def test_searching_while_another_thread_indexes_never_gives_a_wrong_person() -> None:
    old = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    people = [Person(id=i, name=f"Person {i:05d}", company=("Zeta" if i % 2 else "Omega")) for i in range(1, 8001)]
    index = SearchIndex(people)
    omega = {i for i in range(1, 8001) if i % 2 == 0}
    stop = threading.Event()
    wrong: list[int] = []
    errors: list[BaseException] = []
    done = [0]

    def writer() -> None:
        n = 30000
        while not stop.is_set():
            n += 1
            index.upsert(Person(id=n, name=f"Aaa {n}", company="Zeta"))

    def reader() -> None:
        while not stop.is_set():
            try:
                hits = index.search("omega", limit=50)
            except Exception as error:  # noqa: BLE001 - any failure counts
                errors.append(error)
                continue
            done[0] += 1
            wrong.extend(h.person_id for h in hits if h.person_id not in omega)

    threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
    try:
        for t in threads:
            t.start()
        time.sleep(3)
    finally:
        stop.set()
        for t in threads:
            t.join()
        sys.setswitchinterval(old)
    assert done[0] > 20
    assert not errors
    assert not wrong

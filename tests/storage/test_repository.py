"""The repository API on real files: every write reaches the disk and comes back on reopen."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from netevent.domain.models import (
    Attendance,
    Event,
    FollowUp,
    LedgerEntry,
    Note,
    Person,
    Profile,
    Review,
    replace,
)
from netevent.storage.commits import Committed
from netevent.storage.errors import ReadOnlyError, StorageError
from netevent.storage.repository import Repository

from ..helpers.common import reopen


def test_people_are_stored_with_ids_and_sorted_the_danish_way(repo: Repository, db_path: Path) -> None:
    names = ["Åse Øberg", "Zoë Müller", "Ærø Søren", "Émile Dubois", "anders And", "Øjvind Bak", "Bo"]
    saved = [repo.save_person(Person(name=n)) for n in names]
    assert [p.id for p in saved] == list(range(1, 8))
    expected = ["anders And", "Bo", "Émile Dubois", "Zoë Müller", "Ærø Søren", "Øjvind Bak", "Åse Øberg"]
    assert [p.name for p in repo.people()] == expected
    with reopen(db_path) as again:
        assert [p.name for p in again.people()] == expected
        assert again.person(saved[0].id) == saved[0]  # type: ignore[arg-type]
        assert again.people_count == 7


def test_saving_a_stored_person_replaces_them(repo: Repository, db_path: Path) -> None:
    anna = repo.save_person(Person(name="Anna", strengths=("skat",), tags=("BNI",)))
    changed = repo.save_person(replace(anna, company="Lund Regnskab", strengths=("bogføring",), tags=()))
    assert changed.id == anna.id and repo.people_count == 1
    with reopen(db_path) as again:
        stored = again.person(anna.id)  # type: ignore[arg-type]
        assert stored == changed and stored.tags == () and stored.strengths == ("bogføring",)  # type: ignore[union-attr]


def test_saving_an_unknown_id_is_refused_and_writes_nothing(repo: Repository) -> None:
    writes = repo.storage.writes
    with pytest.raises(StorageError, match="no people entry 42"):
        repo.save_person(Person(name="Ghost", id=42))
    assert repo.people_count == 0 and repo.storage.writes == writes


def test_profile_and_settings_survive_a_reopen(repo: Repository, db_path: Path) -> None:
    me = Profile(
        name="Mette Lund", pitch="Jeg gør regnskab til en styrke.", offers=("skat", "budget"), asks=("advokat",)
    )
    repo.set_profile(me)
    repo.set_setting("theme", "mørk")
    with reopen(db_path) as again:
        assert again.profile == me
        assert again.settings["theme"] == "mørk"


def test_events_newest_first_found_by_folded_name_and_current(repo: Repository, db_path: Path) -> None:
    old = repo.save_event(Event(name="Netværk Nord — marts", network="Netværk Nord", date="2026-03-01"))
    new = repo.save_event(Event(name="Netværk Nord — april", network="Netværk Nord", date="01.04.2026"))
    assert [e.name for e in repo.events()] == [new.name, old.name]
    assert repo.find_event("  netvaerk nord — MARTS ") == old
    assert repo.find_event("nothing") is None
    assert repo.current_event() is None
    repo.set_current_event(new.id)
    assert repo.current_event() == new
    with reopen(db_path) as again:
        assert again.current_event_id == new.id
    repo.set_current_event(999)  # an id that does not exist counts as none
    assert repo.current_event_id is None and repo.current_event() is None
    assert repo.event(None) is None


def test_attendance_is_added_then_changed(repo: Repository, db_path: Path) -> None:
    anna = repo.save_person(Person(name="Anna"))
    bo = repo.save_person(Person(name="Bo"))
    event = repo.save_event(Event(name="Morgenmøde", date="2026-11-26"))
    repo.set_attendance(event.id, Attendance(anna.id))  # type: ignore[arg-type]
    repo.set_attendance(event.id, Attendance(bo.id, target=True, reason="eksport", order=1))  # type: ignore[arg-type]
    repo.set_attendance(event.id, Attendance(anna.id, met=True))  # type: ignore[arg-type]
    with reopen(db_path) as again:
        stored = again.event(event.id)
        assert stored is not None
        assert stored.person_ids == (anna.id, bo.id)
        assert stored.attendance(anna.id).met  # type: ignore[arg-type,union-attr]
        assert [a.person_id for a in stored.targets] == [bo.id]
        assert stored.targets[0].reason == "eksport"


def test_notes_per_person_newest_first_and_the_live_note(repo: Repository, db_path: Path) -> None:
    anna = repo.save_person(Person(name="Anna"))
    event = repo.save_event(Event(name="Morgenmøde"))
    first = repo.save_note(Note(anna.id, "Kender en advokat", created="2026-01-01T09:00:00"))  # type: ignore[arg-type]
    live = repo.save_note(Note(anna.id, "Vil have hjælp til budget", event_id=event.id, created="2026-02-01T09:00:00"))  # type: ignore[arg-type]
    assert [n.id for n in repo.notes_for(anna.id)] == [live.id, first.id]  # type: ignore[arg-type]
    assert repo.note_for(anna.id, event.id) == live  # type: ignore[arg-type]
    edited = repo.save_note(replace(live, text="Vil have hjælp til budget og likviditet"))
    assert edited.id == live.id and edited.updated >= edited.created
    assert repo.notes_for(999) == []
    with reopen(db_path) as again:
        assert again.note_for(anna.id, event.id).text == "Vil have hjælp til budget og likviditet"  # type: ignore[arg-type,union-attr]
        assert [n.id for n in again.notes()] == [first.id, live.id]


def test_ledger_filters_and_followups_sort_open_by_due_date(repo: Repository, db_path: Path) -> None:
    anna = repo.save_person(Person(name="Anna"))
    bo = repo.save_person(Person(name="Bo"))
    event = repo.save_event(Event(name="Morgenmøde"))
    repo.save_ledger(
        LedgerEntry("gave", anna.id, "intro til advokat", kind="intro", event_id=event.id, date="2026-01-02")
    )  # type: ignore[arg-type]
    repo.save_ledger(LedgerEntry("got", bo.id, "opgave", kind="business", amount=12000, date="2026-01-01"))  # type: ignore[arg-type]
    assert [e.what for e in repo.ledger()] == ["opgave", "intro til advokat"]
    assert [e.what for e in repo.ledger(person_id=anna.id)] == ["intro til advokat"]
    assert [e.what for e in repo.ledger(event_id=event.id)] == ["intro til advokat"]
    later = repo.save_followup(FollowUp(anna.id, "send tilbud", due="2026-03-01"))
    undated = repo.save_followup(FollowUp(anna.id, "ring"))
    sooner = repo.save_followup(FollowUp(bo.id, "kaffe", due="2026-02-01"))
    done = repo.save_followup(FollowUp(bo.id, "mail", due="2026-01-01", done=True))
    assert [f.id for f in repo.followups()] == [sooner.id, later.id, undated.id, done.id]
    assert [f.id for f in repo.followups(open_only=True)] == [sooner.id, later.id, undated.id]
    assert [f.id for f in repo.followups(person_id=bo.id)] == [sooner.id, done.id]
    repo.save_followup(replace(later, done=True, done_on="2026-02-20"))
    with reopen(db_path) as again:
        assert [f.id for f in again.followups(open_only=True)] == [sooner.id, undated.id]
        assert again.ledger(person_id=bo.id)[0].amount == 12000


def test_deleting_a_person_removes_everything_about_them_in_one_write(repo: Repository, db_path: Path) -> None:
    anna = repo.save_person(Person(name="Anna"))
    bo = repo.save_person(Person(name="Bo"))
    event = repo.save_event(Event(name="Morgenmøde", attendees=(Attendance(anna.id), Attendance(bo.id))))  # type: ignore[arg-type]
    repo.save_note(Note(anna.id, "note"))  # type: ignore[arg-type]
    repo.save_note(Note(bo.id, "keep"))  # type: ignore[arg-type]
    repo.save_ledger(LedgerEntry("gave", anna.id, "intro"))  # type: ignore[arg-type]
    repo.save_followup(FollowUp(anna.id, "ring"))
    writes = repo.storage.writes
    repo.delete_person(anna.id)  # type: ignore[arg-type]
    assert repo.storage.writes == writes + 1
    with reopen(db_path) as again:
        assert [p.name for p in again.people()] == ["Bo"]
        assert [n.text for n in again.notes()] == ["keep"]
        assert again.ledger() == [] and again.followups() == []
        assert again.event(event.id).person_ids == (bo.id,)  # type: ignore[union-attr]


def test_read_only_repository_refuses_every_write_and_takes_no_lock(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Anna"))
    before = db_path.read_bytes()
    with Repository.open(db_path, read_only=True) as ro:
        for write in (
            lambda: ro.save_person(Person(name="Bo")),
            lambda: ro.set_profile(Profile(name="Me")),
            lambda: ro.save_event(Event(name="X")),
        ):
            with pytest.raises(ReadOnlyError, match="read-only"):
                write()
        with Repository.open(db_path) as writer:  # a reader does not block a writer
            assert writer.people_count == 1
        assert ro.people_count == 1
    assert db_path.read_bytes() == before


def test_every_write_tells_the_subscribers_what_changed_and_how_it_was(repo: Repository) -> None:
    heard: list[Committed] = []
    repo.subscribe(heard.append)
    anna = repo.save_person(Person(name="Anna Holm", company="Holm Advokater"))
    assert heard[-1].people == {anna.id} and heard[-1].before == {"people": {anna.id: None}}
    with repo.batch():
        repo.save_person(replace(anna, company="Ravn Advokater"))
        note = repo.save_note(Note(person_id=anna.key, text="frokost"))
    last = heard[-1]
    assert len(heard) == 2  # one batch, one message
    assert last.people == {anna.id} and last.notes_of == {anna.id}
    assert last.before["people"][anna.key]["company"] == "Holm Advokater"
    assert last.before["notes"] == {note.id: None}
    try:
        with repo.batch():
            repo.delete_person(anna.key)
            raise ValueError("undo it")
    except ValueError:
        pass
    assert heard[-1].rolled_back and repo.person(anna.key) is not None
    repo.unsubscribe(heard.append)
    repo.delete_person(anna.key)
    assert len(heard) == 3


def test_writes_from_several_threads_are_all_kept(repo: Repository, db_path: Path) -> None:
    def add(prefix: str) -> None:
        for i in range(25):
            repo.save_person(Person(name=f"{prefix} {i}"))

    threads = [threading.Thread(target=add, args=(f"T{t}",)) for t in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert repo.people_count == 100
    with reopen(db_path) as again:
        assert again.people_count == 100
        assert len({p.id for p in again.people()}) == 100


def test_a_review_round_trips_through_the_file(repo: Repository, db_path: Path) -> None:
    review = Review(outcomes=("ny kunde", "intro til advokat"), value=5000, picked_up=True, notes="god dag")
    event = repo.save_event(Event(name="Eksportrådet Årsmøde", minutes=180, cost=1200.5, review=review))
    with reopen(db_path) as again:
        stored = again.event(event.id)
        assert stored == event and stored.review == review  # type: ignore[union-attr]

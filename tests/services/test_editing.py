"""Edit a person, delete them into the trash, and restore them with everything that was theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.domain.models import Attendance, Event, FollowUp, LedgerEntry, Note, NotFound, Person, ValidationError
from netevent.services.editing import (
    belongings,
    changed_items,
    delete_person,
    edit_person,
    find_trashed,
    restore_person,
)
from netevent.services.ledger import log_introduction
from netevent.storage.repository import Repository

from ..helpers.common import reopen


def test_edit_changes_fields_and_lists_in_one_write(repo: Repository, db_path: Path) -> None:
    ida = repo.save_person(Person(name="Ida Kristensen", needs=("nye kunder", "mødebooking"), tags=("BNI",)))
    writes = repo.storage.writes
    saved = edit_person(repo, ida.key, name="Ida  Kristensen-Holm", company="KS ApS", needs=("mødebooking",), tags=())
    assert repo.storage.writes == writes + 1
    assert (saved.name, saved.company) == ("Ida Kristensen-Holm", "KS ApS")
    assert (saved.needs, saved.tags) == (("mødebooking",), ())
    with reopen(db_path) as again:
        assert again.person(ida.key) == saved


def test_an_edit_that_changes_nothing_writes_nothing(repo: Repository) -> None:
    ida = repo.save_person(Person(name="Ida", company="KS"))
    writes = repo.storage.writes
    assert edit_person(repo, ida.key, company=" KS ") == ida
    assert repo.storage.writes == writes


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "!!! ..."}, "not a name: a name needs letters"),
        ({"name": "   "}, "needs a name"),
        ({"phone": "1", "colour": "blue"}, "no field colour"),
    ],
)
def test_a_bad_edit_says_why_and_changes_nothing(repo: Repository, changes: dict[str, str], message: str) -> None:
    ida = repo.save_person(Person(name="Ida"))
    writes = repo.storage.writes
    with pytest.raises(ValidationError, match=message):
        edit_person(repo, ida.key, **changes)
    assert repo.storage.writes == writes and repo.person(ida.key) == ida


def test_edit_of_someone_unknown_is_refused(repo: Repository) -> None:
    with pytest.raises(NotFound, match="no person #7"):
        edit_person(repo, 7, company="X")


def test_changed_items_removes_in_any_case_and_accents_and_says_what_is_there() -> None:
    assert changed_items(("Søren", "moms"), ["skat"], ["SOREN"], "need") == ("moms", "skat")
    with pytest.raises(ValidationError, match=r"no need 'eksport' to remove \(needs: moms\)"):
        changed_items(("moms",), [], ["eksport"], "need")


@pytest.fixture
def room(repo: Repository) -> tuple[Repository, int, int, int]:
    """Ida and Bo in two rooms; Ida has notes, a give, a follow-up and an introduction to Bo."""
    ida = repo.save_person(Person(name="Ida Kristensen", company="KS"))
    bo = repo.save_person(Person(name="Bo Ærø"))
    first = repo.save_event(Event(name="Oktober", attendees=(Attendance(bo.key), Attendance(ida.key, met=True))))
    repo.save_event(Event(name="November", attendees=(Attendance(ida.key, target=True, reason="kunder"),)))
    repo.save_note(Note(ida.key, "Mødt til kaffe", event_id=first.id))
    repo.save_note(Note(ida.key, "Ringede"))
    repo.save_ledger(LedgerEntry("gave", ida.key, "Henvisning"))
    repo.save_followup(FollowUp(ida.key, "Send tilbud"))
    log_introduction(repo, bo.key, ida.key, what="salg")
    return repo, ida.key, bo.key, first.key


def test_delete_moves_everything_of_theirs_to_the_trash_in_one_write(room, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo, ida, bo, first = room
    assert belongings(repo, ida) == "2 notes, 2 ledger entries, 1 follow-up and 2 room places"
    writes = repo.storage.writes
    trashed = delete_person(repo, ida)
    assert repo.storage.writes == writes + 1
    assert (trashed.name, trashed.summary()) == ("Ida Kristensen", "2 notes, 2 ledger entries, 1 follow-up, 2 rooms")
    with reopen(db_path) as again:
        assert [p.name for p in again.people()] == ["Bo Ærø"]
        assert again.notes() == [] and again.followups() == []
        assert [e.person_id for e in again.ledger()] == [bo]
        assert again.ledger()[0].with_person_id is None  # Bo's give stays, the link to Ida goes with her
        assert [e.person_ids for e in again.events()] == [(), (bo,)]
        assert [t.name for t in again.trashed()] == ["Ida Kristensen"]


def test_restore_brings_back_everything_under_the_same_ids(room, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo, ida, bo, first = room
    before = {t: dict(repo.raw(t)) for t in ("people", "events", "notes", "ledger", "followups")}
    trashed = delete_person(repo, ida)
    repo.save_person(Person(name="Carl"))  # a newcomer never gets the id of someone in the trash
    assert repo.person(ida) is None and {p.id for p in repo.people()} == {bo, ida + 2}
    back = restore_person(repo, trashed.id)
    assert back.id == ida
    with reopen(db_path) as again:
        assert again.trashed() == []
        for table in ("events", "notes", "ledger", "followups"):
            assert again.raw(table) == before[table], table
        assert again.event(first).person_ids == (bo, ida)  # type: ignore[union-attr]  # in her old place


def test_ids_in_the_trash_are_not_given_out_after_a_restart(repo: Repository, db_path: Path) -> None:
    ida = repo.save_person(Person(name="Ida"))
    note = repo.save_note(Note(ida.key, "x"))
    delete_person(repo, ida.key)
    repo.close()
    with Repository.open(db_path) as again:
        assert again.save_person(Person(name="Bo")).id != ida.id
        assert again.save_note(Note(1, "y")).id != note.id


def test_restore_skips_rooms_of_events_that_are_gone(room) -> None:  # type: ignore[no-untyped-def]
    repo, ida, bo, first = room
    trashed = delete_person(repo, ida)
    repo.storage.table("events").pop(str(first))  # the event was removed meanwhile
    repo._events.models.changed(first)
    back = restore_person(repo, trashed.id)
    assert [e.person_ids for e in repo.events()] == [(back.id,)]


def test_find_trashed_by_name_or_old_id(room) -> None:  # type: ignore[no-untyped-def]
    repo, ida, bo, _first = room
    delete_person(repo, ida)
    delete_person(repo, bo)
    assert find_trashed(repo, "ida kr").person_id == ida
    assert find_trashed(repo, f"#{bo}").name == "Bo Ærø"
    with pytest.raises(NotFound, match=r"nobody called 'Carl' is in the trash \(it holds"):
        find_trashed(repo, "Carl")


def test_two_in_the_trash_of_one_name_must_be_told_apart(repo: Repository) -> None:
    for _ in range(2):
        delete_person(repo, repo.save_person(Person(name="Ida")).key)
    with pytest.raises(ValidationError, match="2 people in the trash match 'Ida'"):
        find_trashed(repo, "Ida")


def test_delete_and_restore_of_someone_unknown_change_nothing(repo: Repository) -> None:
    writes = repo.storage.writes
    with pytest.raises(NotFound):
        delete_person(repo, 3)
    with pytest.raises(NotFound):
        restore_person(repo, 3)
    assert repo.storage.writes == writes


def test_the_quick_search_folds_again_only_the_edited_person(repo: Repository) -> None:
    from netevent.services.finder import PeopleFinder

    ida, bo = (repo.save_person(Person(name=n, company="Holm")).key for n in ("Ida", "Bo"))
    finder = PeopleFinder(repo)  # no index yet: the quick search answers
    assert len(finder.quick_search("holm")) == 2
    edit_person(repo, ida, company="Ravn Revision")
    carl = repo.save_person(Person(name="Carl", company="Ravn")).key
    delete_person(repo, bo)
    assert [h.person_id for h in finder.quick_search("ravn")] == [carl, ida]
    assert finder.quick_search("holm") == []
    assert not finder.search_ready

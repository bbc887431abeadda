"""Undo: every kind of write a person can make is taken back exactly, newest first, in one write."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from netevent.domain.models import Attendance, Event, Note, Person, Profile, Review
from netevent.io import run_import
from netevent.services.editing import delete_person, edit_person, restore_person, undo, undo_history
from netevent.services.events import create_event, reuse_roster, update_event
from netevent.services.followups import add_followup, complete_followup
from netevent.services.ledger import log_get, log_give, log_introduction
from netevent.services.merging import merge_people
from netevent.services.notes import save_live_note
from netevent.services.people import add_person, save_pitch
from netevent.services.review import save_review
from netevent.services.rooms import mark_met, move_target, remove_from_room, set_target
from netevent.storage import journal
from netevent.storage.journal import NothingToUndo, UndoRefused
from netevent.storage.repository import Repository

from ..helpers.common import reopen

DATA_TABLES = ("profile", "people", "events", "notes", "ledger", "followups", "trash")


def data_of(path: Path) -> dict[str, Any]:
    """The tables a person's changes touch, as the file holds them now."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {table: raw.get(table, {}) for table in DATA_TABLES}


@pytest.fixture
def network(db_path: Path) -> Path:
    """Two people at an event (and one who came last time), a note and a target; nothing to undo yet."""
    with Repository.open(db_path) as repo, repo.batch(undoable=False):
        repo.set_profile(Profile(name="Mette Lund", offers=("bogføring",)))
        anna = repo.save_person(Person(name="Anna Holm", company="Holm Advokater", needs=("revisor",)))
        bo = repo.save_person(Person(name="Bo Ærø", company="Ærø VVS", first_met_on="2026-01-05"))
        event = repo.save_event(
            Event(name="Netværk Nord", network="Nord", date="2026-11-26",
                  attendees=(Attendance(anna.key, met=True), Attendance(bo.key, target=True, order=1)))
        )  # fmt: skip
        dorte = repo.save_person(Person(name="Dorte Lund"))  # met last time only
        last_time = (Attendance(bo.key), Attendance(dorte.key))
        repo.save_event(Event(name="Oktober", network="Nord", date="2026-10-01", attendees=last_time))
        repo.set_current_event(event.id)
        repo.save_note(Note(anna.key, "Mødt til frokost", event_id=event.id))
    return db_path


def ids(repo: Repository) -> tuple[int, int, int]:
    anna, bo = (next(p.key for p in repo.people() if p.name == name) for name in ("Anna Holm", "Bo Ærø"))
    event = repo.current_event_id
    assert event is not None
    return anna, bo, event


WRITES: dict[str, Callable[[Repository, int, int, int], object]] = {
    "add": lambda r, a, b, e: add_person(r, Person(name="Carl Dahl", company="Dahl ApS"), event_id=e),
    "edit": lambda r, a, b, e: edit_person(r, a, company="Ravn Advokater", needs=()),
    "delete": lambda r, a, b, e: delete_person(r, a),
    "merge": lambda r, a, b, e: merge_people(r, a, b),
    "met": lambda r, a, b, e: mark_met(r, e, b, today="2026-11-26"),
    "not met": lambda r, a, b, e: mark_met(r, e, a, met=False),
    "target": lambda r, a, b, e: set_target(r, e, a, reason="kender alle", question="hvem?"),
    "move target": lambda r, a, b, e: (set_target(r, e, a), move_target(r, e, a, -1)),
    "out of the room": lambda r, a, b, e: remove_from_room(r, e, a),
    "give": lambda r, a, b, e: log_give(r, a, "Henvisning", kind="referral", amount=1500, event_id=e),
    "get": lambda r, a, b, e: log_get(r, b, "Et godt råd", event_id=e),
    "introduction": lambda r, a, b, e: log_introduction(r, a, b, event_id=e, what="moms"),
    "follow-up": lambda r, a, b, e: add_followup(r, a, "Send tilbud", due="2026-12-01"),
    "follow-up done": lambda r, a, b, e: complete_followup(r, add_followup(r, a, "Ring").key, on="2026-12-02"),
    "note": lambda r, a, b, e: save_live_note(r, b, e, "Vil gerne eksportere\nTODO ring i morgen"),
    "note emptied": lambda r, a, b, e: save_live_note(r, a, e, ""),
    "event": lambda r, a, b, e: create_event(r, "December", network="Nord", date="2026-12-10", reuse_roster=True),
    "event edit": lambda r, a, b, e: update_event(r, e, purpose="To nye kunder", minutes=120),
    "roster": lambda r, a, b, e: reuse_roster(r, e),
    "review": lambda r, a, b, e: save_review(r, e, Review(outcomes=("ny kunde",), value=5000, picked_up=True)),
    "pitch": lambda r, a, b, e: save_pitch(r, Profile(name="Mette Lund", pitch="Tal med mig om moms")),
}


@pytest.mark.parametrize("kind", list(WRITES))
def test_undo_takes_back_each_kind_of_write_exactly_in_one_write(network: Path, kind: str) -> None:
    before = data_of(network)
    with Repository.open(network) as repo:
        WRITES[kind](repo, *ids(repo))
        assert data_of(network) != before, "the write changed nothing"
        changes = len(undo_history(repo))
        assert changes == (2 if kind in ("move target", "follow-up done") else 1)
        writes = repo.storage.writes
        for _ in range(changes):
            assert undo(repo).what  # it says what it undid
        assert repo.storage.writes == writes + changes  # each undo is one write
        assert undo_history(repo) == []
    assert data_of(network) == before
    with reopen(network) as again:  # and the models built from it agree
        assert [p.name for p in again.people()] == ["Anna Holm", "Bo Ærø", "Dorte Lund"]


def test_an_import_is_undone_whole(network: Path, tmp_path: Path) -> None:
    csv = tmp_path / "liste.csv"
    csv.write_text("Name,Company,Email\nCarl Dahl,Dahl ApS,carl@dahl.dk\nAnna Holm,Holm Advokater,anna@holm.dk\n")
    before = data_of(network)
    with Repository.open(network) as repo:
        run_import(repo, csv, event_name="Netværk Nord")
        assert repo.people_count == 4
        assert undo(repo).what == "Imported liste.csv"
    assert data_of(network) == before


def test_undo_again_takes_back_the_change_before_and_a_restart_keeps_the_journal(network: Path) -> None:
    before = data_of(network)
    with Repository.open(network) as repo:
        anna, bo, event = ids(repo)
        edit_person(repo, anna, name="Anna Ravn")
        mark_met(repo, event, bo, today="2026-11-26")
        middle = data_of(network)
        add_person(repo, Person(name="Carl Dahl"))
        assert [e.what for e in undo_history(repo)] == [
            "Added Carl Dahl",
            "Bo Ærø met at Netværk Nord",
            "Edited Anna Holm (now Anna Ravn)",
        ]
    with Repository.open(network) as repo:  # a new session undoes the last session's changes
        assert undo(repo).what == "Added Carl Dahl"
        assert data_of(network) == middle
        undo(repo)
        assert undo(repo).what == "Edited Anna Holm (now Anna Ravn)"
        with pytest.raises(NothingToUndo, match="nothing to undo"):
            undo(repo)
    assert data_of(network) == before


def test_nothing_to_undo_changes_nothing(network: Path) -> None:
    raw = network.read_bytes()
    with Repository.open(network) as repo:
        with pytest.raises(NothingToUndo):
            undo(repo)
        assert repo.storage.writes == 0
    assert network.read_bytes() == raw


def test_the_saves_of_one_note_are_one_change_to_undo(network: Path) -> None:
    before = data_of(network)
    with Repository.open(network) as repo:
        _anna, bo, event = ids(repo)
        for text in ("Vil", "Vil gerne", "Vil gerne eksportere\nTODO ring"):
            save_live_note(repo, bo, event, text)
        assert [e.what for e in undo_history(repo)] == ["Note about Bo Ærø"]
        undo(repo)
    assert data_of(network) == before


def test_a_note_saved_much_later_is_a_change_of_its_own(network: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Repository.open(network) as repo:
        _anna, bo, event = ids(repo)
        save_live_note(repo, bo, event, "Første")
        monkeypatch.setattr(journal, "GROUP_SECONDS", -1)
        save_live_note(repo, bo, event, "Første og anden")
        assert len(undo_history(repo)) == 2
        undo(repo)
        assert repo.note_for(bo, event).text == "Første"  # type: ignore[union-attr]


def test_the_journal_keeps_the_last_changes_and_always_the_last_two(
    network: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Repository.open(network) as repo:
        anna, _bo, _event = ids(repo)
        for n in range(journal.DEPTH + 5):
            edit_person(repo, anna, role=f"Rolle {n}")
        assert len(undo_history(repo)) == journal.DEPTH
        assert len(repo.raw("undo_images")) == journal.DEPTH  # the images of dropped changes go too
        monkeypatch.setattr(journal, "MAX_IMAGES", 0)  # a big change: only the last two stay
        edit_person(repo, anna, role="Sidste")
        assert [e.what for e in undo_history(repo)] == ["Edited Anna Holm"] * 2
        undo(repo)
        undo(repo)
        assert repo.person(anna).role == f"Rolle {journal.DEPTH + 3}"  # type: ignore[union-attr]


def test_an_undo_refuses_when_the_file_was_edited_by_hand_since(network: Path) -> None:
    with Repository.open(network) as repo:
        anna, _bo, _event = ids(repo)
        edit_person(repo, anna, company="Ravn Advokater")
    raw = json.loads(network.read_text(encoding="utf-8"))
    raw["people"][str(anna)]["company"] = "Rettet i hånden"
    network.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    edited = network.read_bytes()
    with Repository.open(network) as repo:
        with pytest.raises(UndoRefused, match="changed since outside netevent; nothing was undone"):
            undo(repo)
        assert repo.person(anna).company == "Rettet i hånden"  # type: ignore[union-attr]
    assert network.read_bytes() == edited


def test_a_write_that_changes_nothing_is_not_a_change_to_undo(network: Path) -> None:
    with Repository.open(network) as repo:
        anna, _bo, event = ids(repo)
        edit_person(repo, anna, company="Holm Advokater")  # as it was
        save_live_note(repo, anna, event, "Mødt til frokost")  # as it was
        repo.set_current_event(None)  # which event you are at is not undone
        assert undo_history(repo) == []


def test_undo_of_a_delete_empties_the_trash_and_restore_can_be_undone(network: Path) -> None:
    before = data_of(network)
    with Repository.open(network) as repo:
        anna, _bo, _event = ids(repo)
        gone = delete_person(repo, anna)
        restore_person(repo, gone.id)
        assert repo.trashed() == []
        assert undo(repo).what == "Restored Anna Holm"
        assert [t.name for t in repo.trashed()] == ["Anna Holm"] and repo.person(anna) is None
        assert undo(repo).what == "Deleted Anna Holm"
        assert repo.trashed() == []
    assert data_of(network) == before


def test_the_search_follows_an_undo(network: Path) -> None:
    from netevent.services.finder import PeopleFinder

    with Repository.open(network) as repo:
        finder = PeopleFinder(repo)
        finder.build()
        anna, _bo, _event = ids(repo)
        edit_person(repo, anna, name="Annette Ravn")
        assert [h.person_id for h in finder.search("annette")] == [anna]
        undo(repo)
        assert finder.search("annette") == []
        assert [h.person_id for h in finder.search("anna holm")] == [anna]
        assert [p.name for p in repo.people()] == ["Anna Holm", "Bo Ærø", "Dorte Lund"]  # the order follows too

"""Unsaved changes survive every fault: a recovery file while the data file cannot take them, put back later."""

from __future__ import annotations

import errno
import json
import stat
from pathlib import Path

import pytest

from netevent.domain.models import Note, Person
from netevent.services.notes import save_live_note
from netevent.storage import atomic as atomic_module
from netevent.storage import recovery as recovery_module
from netevent.storage.errors import ConflictError, WriteFailedError
from netevent.storage.reapply import Change, merge_text, plan
from netevent.storage.repository import Repository


def _outside_edit(path: Path, **person: object) -> None:
    """Another program (a sync client, an editor) adds a person to the file behind netevent's back."""
    data = json.loads(path.read_text(encoding="utf-8"))
    people = data["people"]
    people[str(max(map(int, people), default=0) + 1)] = {"name": "Fra Dropbox", **person}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def repo_with_jens(db_path: Path):
    repo = Repository.open(db_path)
    jens = repo.save_person(Person(name="Jens Holm"))
    yield repo, jens.key
    repo.close()


def test_after_an_outside_change_the_note_goes_to_a_private_recovery_file(repo_with_jens, db_path: Path) -> None:
    repo, jens = repo_with_jens
    _outside_edit(db_path)
    outside = db_path.read_bytes()
    with pytest.raises(ConflictError):
        save_live_note(repo, jens, None, "Ring om momsen")
    with pytest.raises(ConflictError):
        save_live_note(repo, jens, None, "Ring om momsen i morgen")
    assert db_path.read_bytes() == outside  # never overwritten
    kept = repo.recovery_file
    assert kept is not None and kept.parent == db_path.parent
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    saved = json.loads(kept.read_text(encoding="utf-8"))
    assert saved["data_file"] == str(db_path) and "changed by another program" in saved["reason"]
    notes = [c for c in saved["changes"] if c["table"] == "notes"]
    assert [n["after"]["text"] for n in notes] == ["Ring om momsen i morgen"] and notes[0]["before"] is None


def test_reload_and_reapply_keeps_both_sides_and_removes_the_recovery_file(repo_with_jens, db_path: Path) -> None:
    repo, jens = repo_with_jens
    _outside_edit(db_path)
    with pytest.raises(ConflictError):
        save_live_note(repo, jens, None, "Ring om momsen")
    kept = repo.recovery_file
    done = repo.reload_and_reapply()
    assert done.applied == 1 and not repo.unsaved
    assert kept is not None and not kept.exists()
    with Repository.open(db_path, read_only=True) as again:
        assert sorted(p.name for p in again.people()) == ["Fra Dropbox", "Jens Holm"]
        assert [n.text for n in again.notes_for(jens)] == ["Ring om momsen"]
    assert Path(str(db_path) + ".bak").exists()  # the other program's version, kept
    save_live_note(repo, jens, None, "Ring om momsen, og send tilbud")  # and writing works again
    with Repository.open(db_path, read_only=True) as again:
        assert [n.text for n in again.notes_for(jens)] == ["Ring om momsen, og send tilbud"]


def test_a_new_person_whose_id_the_other_program_took_gets_a_new_id_and_keeps_their_note(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Søren"))
        _outside_edit(db_path)  # takes id 2
        with pytest.raises(ConflictError), repo.batch():
            mette = repo.save_person(Person(name="Mette"))  # id 2 in memory too
            repo.save_note(Note(person_id=mette.key, text="Ny kunde"))
        repo.reload_and_reapply()
    with Repository.open(db_path, read_only=True) as again:
        names = {p.name: p.key for p in again.people()}
        assert set(names) == {"Søren", "Fra Dropbox", "Mette"}
        assert names["Fra Dropbox"] == 2 and names["Mette"] == 3
        assert [n.text for n in again.notes_for(names["Mette"])] == ["Ny kunde"]


def test_on_a_full_disk_the_recovery_file_goes_to_the_cache_folder(
    repo_with_jens, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, jens = repo_with_jens
    real_write = recovery_module._write_private

    def no_room_next_to_the_file(target: Path, data: bytes) -> None:
        if target.parent == db_path.parent:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(target, data)

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recovery_module, "_write_private", no_room_next_to_the_file)
    monkeypatch.setattr(atomic_module.AtomicJSONStorage, "_replace_atomically", full)
    before = db_path.read_bytes()
    with pytest.raises(WriteFailedError):
        save_live_note(repo, jens, None, "Skrevet på en fuld disk")
    assert db_path.read_bytes() == before
    kept = repo.recovery_file
    assert kept is not None and kept.is_relative_to(tmp_path / "home" / "cache" / "netevent" / "recovery")
    assert "Skrevet på en fuld disk" in kept.read_text(encoding="utf-8")
    assert repo.unsaved_notes() == ["Skrevet på en fuld disk"]
    monkeypatch.undo()  # room again: the next write takes everything, and the recovery file goes
    repo.flush()
    assert not repo.unsaved and not kept.exists()
    with Repository.open(db_path, read_only=True) as again:
        assert [n.text for n in again.notes_for(jens)] == ["Skrevet på en fuld disk"]


def test_with_no_room_anywhere_the_note_is_still_in_memory_and_the_quit_prints_it(
    repo_with_jens, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from types import SimpleNamespace

    from netevent.cli import _after_the_app

    repo, jens = repo_with_jens

    def nowhere(target: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recovery_module, "_write_private", nowhere)
    monkeypatch.setattr(atomic_module.AtomicJSONStorage, "_replace_atomically", nowhere)
    with pytest.raises(WriteFailedError):
        save_live_note(repo, jens, None, "Den sidste udvej")
    assert repo.unsaved and repo.recovery_file is None
    app = SimpleNamespace(problem=None, signal_code=None, kept=SimpleNamespace(conflict=False))
    with pytest.raises(SystemExit) as leaving:
        _after_the_app(app, repo)
    assert leaving.value.code == 1
    out = capsys.readouterr()
    assert "no folder had room to keep them" in out.err and "No space left on device" in out.err
    assert "Den sidste udvej" in out.out  # the note itself, to copy


def test_the_next_start_finds_the_kept_changes_and_restores_them(db_path: Path) -> None:
    repo = Repository.open(db_path)
    jens = repo.save_person(Person(name="Jens Holm")).key
    _outside_edit(db_path)
    with pytest.raises(ConflictError):
        save_live_note(repo, jens, None, "Husk tilbuddet")
    repo.close()  # quit without saving: the note is only in the recovery file
    with Repository.open(db_path) as again:
        found = again.recoveries()
        assert len(found) == 1 and found[0].notes == 1
        done = again.restore(found)
        assert done.applied == 1 and not found[0].file.exists()
        assert [n.text for n in again.notes_for(jens)] == ["Husk tilbuddet"]
        assert again.recoveries() == []
    with Repository.open(db_path, read_only=True) as again:
        assert {p.name for p in again.people()} == {"Jens Holm", "Fra Dropbox"}


# ------------------------------------------------------------ the merge


def _tables(**tables: dict[str, dict]) -> object:
    return lambda name: tables.get(name, {})


def test_a_note_changed_on_both_sides_keeps_both_texts() -> None:
    before = {"person_id": 1, "text": "Møde i morgen"}
    ours = {"person_id": 1, "text": "Møde i morgen\nRing om momsen"}
    theirs = {"person_id": 1, "text": "Møde i morgen\nSendt fra telefonen"}
    done = plan(_tables(notes={"5": theirs}), {"notes": {5: Change(before, ours)}})
    assert done.images["notes"][5]["text"] == "Møde i morgen\nRing om momsen\nSendt fra telefonen"
    assert done.merged == 1
    assert merge_text("a", "a\nb", "a") == "a\nb"


def test_fields_changed_on_one_side_each_are_both_kept_and_rooms_merge_person_by_person() -> None:
    before = {"name": "Evt", "purpose": "", "attendees": [{"person_id": 1, "met": False}]}
    ours = {"name": "Evt", "purpose": "To kunder", "attendees": [{"person_id": 1, "met": True}]}
    theirs = {"name": "Evt 2", "purpose": "", "attendees": [{"person_id": 1, "met": False}, {"person_id": 2}]}
    done = plan(_tables(events={"1": theirs}), {"events": {1: Change(before, ours)}})
    merged = done.images["events"][1]
    assert merged["name"] == "Evt 2" and merged["purpose"] == "To kunder"
    assert merged["attendees"] == [{"person_id": 1, "met": True}, {"person_id": 2}]


def test_what_the_other_side_removed_comes_back_and_what_we_removed_but_they_changed_stays() -> None:
    changes = {
        "notes": {
            1: Change({"person_id": 1, "text": "a"}, {"person_id": 1, "text": "a b"}),
            2: Change({"person_id": 1, "text": "c"}, None),
        }
    }
    done = plan(_tables(notes={"2": {"person_id": 1, "text": "c, changed there"}}), changes)
    assert done.images["notes"] == {1: {"person_id": 1, "text": "a b"}}
    assert done.kept_theirs == 1

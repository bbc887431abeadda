"""The data file under faults: symbolic links, locks that cannot be made, a netevent closing, files read inexactly."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from netevent.domain.models import Note, Person
from netevent.storage import lock as lock_module
from netevent.storage.errors import CorruptFileError, LockedError, StorageError, WriteFailedError
from netevent.storage.lock import lock_path
from netevent.storage.repository import Repository

from .test_locking import Holder

# ---------------------------------------------------------------- symlinks


def test_writes_go_to_a_symlinks_target_and_the_link_stays(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    real = synced / "netevent.json"
    with Repository.open(real) as repo:
        repo.save_person(Person(name="Søren"))
    link = tmp_path / "netevent.json"
    link.symlink_to(real)
    with Repository.open(link) as repo:
        repo.save_person(Person(name="Åse"))
        assert repo.path == real
        assert lock_path(real).exists() and not lock_path(link).exists()
    assert link.is_symlink() and link.resolve() == real
    with Repository.open(real, read_only=True) as repo:
        assert sorted(p.name for p in repo.people()) == ["Søren", "Åse"]
    assert not list(tmp_path.glob(".netevent-tmp-*")) and not list(synced.glob(".netevent-tmp-*"))


def test_two_links_to_one_file_are_one_writer(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    Repository.open(real).close()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.symlink_to(real)
    second.symlink_to(real)
    with Repository.open(first), pytest.raises(LockedError):
        Repository.open(second)


def test_a_dangling_symlink_is_refused_and_left_alone(tmp_path: Path) -> None:
    link = tmp_path / "netevent.json"
    link.symlink_to(tmp_path / "gone" / "netevent.json")
    with pytest.raises(StorageError) as caught:
        Repository.open(link)
    message = str(caught.value)
    assert "symbolic link" in message and "does not exist" in message and "\n" not in message
    assert link.is_symlink() and not (tmp_path / "gone").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["netevent.json"]


# ------------------------------------------------------------------ locks


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EROFS, "read-only file system"),
        (errno.EACCES, "you may not write in that folder"),
        (errno.ENOSPC, "the disk is full"),
    ],
)
def test_a_lock_that_cannot_be_made_is_one_clear_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    real_open = os.open

    def refuse(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith(".lock"):
            raise OSError(code, os.strerror(code))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(lock_module.os, "open", refuse)
    with pytest.raises(StorageError) as caught:
        Repository.open(db_path)
    message = str(caught.value)
    assert words in message and str(db_path) in message and "\n" not in message
    assert not db_path.exists()


def test_a_folder_where_the_lock_should_be_is_one_clear_error(db_path: Path) -> None:
    Repository.open(db_path).close()
    before = db_path.read_bytes()
    lock_path(db_path).unlink(missing_ok=True)
    lock_path(db_path).mkdir()
    with pytest.raises(StorageError) as caught:
        Repository.open(db_path)
    assert "a folder has that name" in str(caught.value)
    assert db_path.read_bytes() == before


def test_a_full_disk_when_writing_the_process_id_is_one_clear_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "pwrite", full)
    with pytest.raises(StorageError) as caught:
        Repository.open(db_path)
    assert "the disk is full" in str(caught.value)
    monkeypatch.undo()
    Repository.open(db_path).close()  # and the lock was let go


def test_a_new_netevent_waits_for_one_that_is_closing(db_path: Path) -> None:
    Repository.open(db_path).close()
    holder = Holder(db_path)
    try:
        assert holder.send("closing") == "marked"
        assert holder.proc.stdin is not None
        holder.proc.stdin.write("quit in 0.6\n")
        holder.proc.stdin.flush()
        started = time.monotonic()
        with Repository.open(db_path) as repo:  # waits instead of being refused
            waited = time.monotonic() - started
            repo.save_person(Person(name="Efter"))
        assert 0.3 < waited < 4.0
    finally:
        holder.stop()


def test_a_netevent_that_is_not_closing_is_refused_at_once(db_path: Path) -> None:
    Repository.open(db_path).close()
    holder = Holder(db_path)
    try:
        started = time.monotonic()
        with pytest.raises(LockedError):
            Repository.open(db_path)
        assert time.monotonic() - started < 1.0
    finally:
        holder.stop()


def test_a_new_file_that_is_never_written_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "dir" / "net.json"
    repo = Repository.open(path, create=False)
    repo.close()
    assert not (tmp_path / "typo").exists()


def test_a_new_file_is_written_by_its_first_change(tmp_path: Path) -> None:
    path = tmp_path / "new" / "net.json"
    with Repository.open(path, create=False) as repo:
        assert not path.exists()
        repo.save_person(Person(name="Første"))
    with Repository.open(path, read_only=True) as repo:
        assert [p.name for p in repo.people()] == ["Første"]


# ----------------------------------------------------- read exactly, or not at all


def _hand_edit(path: Path, old: bytes, new: bytes) -> None:
    raw = path.read_bytes()
    assert old in raw
    path.write_bytes(raw.replace(old, new, 1))


def test_a_duplicated_document_id_is_refused_before_anything_is_written(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Søren"))
        repo.save_person(Person(name="Åse"))
    raw = db_path.read_bytes()
    _hand_edit(db_path, b'\n"2":', b'\n"1":')  # a hand edit that gave two people one id
    edited = db_path.read_bytes()
    with pytest.raises(CorruptFileError) as caught, Repository.open(db_path, validate=False) as repo:
        repo.save_person(Person(name="Bo"))
    assert "document id 1 appears twice in table 'people'" in str(caught.value)
    assert db_path.read_bytes() == edited != raw
    with pytest.raises(CorruptFileError):
        Repository.open(db_path, read_only=True, validate=True)  # what `netevent check` does


def test_a_number_beyond_64_bits_is_refused_not_rounded(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Søren", extra=(("Kundenummer", "x"),)))
    _hand_edit(db_path, b'"name":"S', b'"big":123456789012345678901,"name":"S')
    edited = db_path.read_bytes()
    with pytest.raises(CorruptFileError) as caught, Repository.open(db_path, validate=False) as repo:
        repo.save_person(Person(name="Bo"))
    assert "123456789012345678901" in str(caught.value) and "too large" in str(caught.value)
    assert db_path.read_bytes() == edited


def test_long_digit_runs_inside_text_are_fine(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Søren", about="IBAN 123456789012345678901234567890"))
    with Repository.open(db_path) as repo:
        repo.validate()
        repo.save_person(Person(name="Bo"))
    assert "1234567890123456789012" in db_path.read_text()


def test_a_note_nested_too_deeply_to_write_is_one_line_naming_it(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        person = repo.save_person(Person(name="Søren"))
        repo.save_note(Note(person_id=person.key, text="hej"))
    deep = "[" * 500 + "]" * 500
    _hand_edit(db_path, b'"text":"hej"', b'"text":"hej","deep":' + deep.encode())
    edited = db_path.read_bytes()
    with Repository.open(db_path, validate=False) as repo, pytest.raises(WriteFailedError) as caught:
        repo.save_person(Person(name="Bo"))
    message = str(caught.value)
    assert "document 1 in table 'notes'" in message and "\n" not in message
    assert db_path.read_bytes() == edited

"""The storage layer on real files: round trips, crashes, broken files, conflicts and failed writes."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

import netevent.storage.atomic as storage_module
import netevent.storage.layout as fileformat
from netevent.domain.models import Person
from netevent.storage.atomic import TMP_PREFIX, AtomicJSONStorage, backup_path, dumps
from netevent.storage.errors import ConflictError, CorruptFileError, NewerSchemaError, StorageError
from netevent.storage.repository import Repository
from netevent.storage.schema import SCHEMA_VERSION, TABLES

CHILD = Path(__file__).resolve().parents[1] / "helpers" / "repo_child.py"


def snapshot(path: Path) -> tuple[bytes, int]:
    """The bytes and modification time of a file, to prove it was not touched."""
    return path.read_bytes(), path.stat().st_mtime_ns


def leftovers(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(TMP_PREFIX))


def seed_people(path: Path, count: int) -> None:
    with Repository.open(path) as repo, repo.batch():
        for i in range(count):
            repo.save_person(
                Person(
                    name=f"Person {i:04d} Ærø",
                    company="Lund Regnskab",
                    strengths=("bogføring", "skat"),
                    needs=("kunder i eksportbranchen",),
                    tags=("BNI",),
                )
            )


# ------------------------------------------------------------------ round trip


def test_round_trip_through_a_real_file_keeps_danish_text_readable(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "data.json"  # the folder is created on the first write
    data = {"people": {"1": {"name": "Søren Ærø", "tags": ["æøå", "Zoë"]}}, "meta": {}}
    store = AtomicJSONStorage(path)
    assert store.read() is None
    store.write(data)
    assert store.writes == 1
    raw = path.read_bytes()
    assert "Søren Ærø".encode() in raw  # UTF-8 as typed, not \u escapes: readable in any editor
    assert json.loads(raw) == data
    assert AtomicJSONStorage(path).read() == data
    assert leftovers(path) == []


def test_dumps_is_valid_json_across_chunk_boundaries() -> None:
    big = {str(i): {"name": f"n{i}", "x": [i]} for i in range(1, fileformat.CHUNK * 2 + 7)}
    data = {"meta": {"1": {"schema_version": 1}}, "empty": {}, "people": big, "tail": {"1": {}}}
    out = dumps(data)
    assert json.loads(out) == data
    assert list(json.loads(out)) == list(data)  # table order is kept


def test_first_write_of_a_session_backs_up_the_previous_file(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Anna"))
    before = db_path.read_bytes()
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Bo"))
        repo.save_person(Person(name="Carl"))
    assert backup_path(db_path).read_bytes() == before
    assert b"Carl" in db_path.read_bytes()


def test_a_write_keeps_the_file_permissions(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Anna"))
    db_path.chmod(0o640)
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Bo"))
    assert db_path.stat().st_mode & 0o777 == 0o640


# ------------------------------------------------------------- kill -9 mid-write


def test_tinydb_json_storage_is_not_crash_safe(tmp_path: Path) -> None:
    """Why netevent does not use TinyDB's own JSONStorage.

    JSONStorage.write seeks to 0, writes the new JSON over the old bytes,
    fsyncs and only then truncates. A process killed between the write and the
    truncate (or halfway through the write) leaves a file that is no longer
    JSON: here the new data is shorter, so the old tail is left after it.
    AtomicJSONStorage writes a temporary file and renames it over the old one,
    so a crash leaves either the old or the new file.
    """
    path = tmp_path / "tinydb.json"
    db = TinyDB(path, storage=JSONStorage)
    db.table("people").insert({"name": "Søren Ærø " * 50})
    db.close()

    class Killed(Exception):
        pass

    db = TinyDB(path, storage=JSONStorage)
    handle = db.storage._handle  # type: ignore[attr-defined]

    def die() -> None:  # the kill lands just before the truncate
        raise Killed

    handle.truncate = die
    with pytest.raises(Killed):
        db.table("people").truncate()
    handle.close()
    with pytest.raises(json.JSONDecodeError):
        json.loads(path.read_text(encoding="utf-8"))


def test_kill_9_mid_write_never_leaves_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    seed_people(path, 2000)
    rng = random.Random(1)
    counts = [2000]
    leftovers_seen = 0
    for attempt in range(25):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), "loop", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        # Each write of ~2,000 people takes a few ms; every fifth child lives
        # long enough to finish several even on a busy machine.
        time.sleep(0.3 if attempt % 5 == 4 else rng.uniform(0.002, 0.04))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()  # type: ignore[union-attr]
        assert child.returncode == -signal.SIGKILL

        # The file is always whole: the old content or the new, never half.
        data = orjson.loads(path.read_bytes())
        assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION
        orjson.loads(backup_path(path).read_bytes())
        leftovers_seen += len(leftovers(path))
        with Repository.open(path) as repo:  # takes the lock the dead child held
            assert leftovers(path) == []  # clean_leftovers ran on open
            count = repo.people_count
            assert count == len(data["people"])
            assert count >= counts[-1]  # nothing written earlier was lost
            names = {p.name for p in repo.people()}
            assert all(f"Skriver {n}" in names for n in range(2001, count + 1))
        counts.append(count)
    assert counts[-1] > 2000, "the child never completed a write; the test proved nothing"
    # Informative rather than required: how often a kill caught a write in flight.
    print(f"people {counts[0]} -> {counts[-1]}, temp files left by kills: {leftovers_seen}")


def test_clean_leftovers_removes_only_this_files_temp_files(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Anna"))
    mine = db_path.with_name(f"{TMP_PREFIX}{db_path.name}.abc123")
    other = db_path.with_name(f"{TMP_PREFIX}other.json.abc123")
    unrelated = db_path.with_name("notes.txt")
    for p in (mine, other, unrelated):
        p.write_bytes(b"half a fi")
    with Repository.open(db_path, read_only=True):
        assert mine.exists()  # a read-only open changes nothing on disk
    with Repository.open(db_path):
        assert not mine.exists()
    assert other.exists() and unrelated.exists()
    assert AtomicJSONStorage(db_path).clean_leftovers() == 0


# ------------------------------------------------------------- files it refuses

BROKEN_FILES = {
    "invalid JSON": (b'{"people": {"1": {"name": "S\xc3\xb8ren"', "not valid JSON"),
    "list at top level": (b"[1, 2, 3]", "top level is a list"),
    "table is a list": (b'{"people": [{"name": "Anna"}]}', "table 'people' is a list"),
    "document id not a number": (b'{"people": {"x": {"name": "Anna"}}}', "not a number"),
    "document not an object": (b'{"people": {"1": "Anna"}}', "not an object"),
    "person name is a number": (b'{"people": {"1": {"name": 5}}}', "table 'people'"),
    "person without a name": (b'{"people": {"1": {"company": "Acme"}}}', "needs a name"),
    "empty file": (b"", "empty"),
    "only whitespace": (b"\n  \n", "empty"),
    "bad schema version": (b'{"meta": {"1": {"schema_version": "one"}}}', "schema version"),
}


@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read-only"])
@pytest.mark.parametrize("case", list(BROKEN_FILES))
def test_a_broken_file_is_refused_and_left_untouched(db_path: Path, case: str, read_only: bool) -> None:
    content, reason = BROKEN_FILES[case]
    db_path.write_bytes(content)
    before = snapshot(db_path)
    with pytest.raises(CorruptFileError) as caught:
        Repository.open(db_path, read_only=read_only)
    message = str(caught.value)
    assert str(db_path) in message
    assert reason in message
    assert snapshot(db_path) == before
    assert leftovers(db_path) == [] and not backup_path(db_path).exists()
    # The lock was released: once the file is fixed it opens at once.
    db_path.write_bytes(b"{}")
    Repository.open(db_path).close()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data.json"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep me")
    for read_only in (False, True):
        with pytest.raises(CorruptFileError, match="is a folder") as caught:
            Repository.open(folder, read_only=read_only)
        assert str(folder) in str(caught.value)
    assert folder.is_dir() and (folder / "inside.txt").read_text() == "keep me"


def test_the_refusal_points_to_the_last_backup(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Anna"))
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Bo"))  # makes netevent.json.bak
    db_path.write_bytes(b'{"people": ')
    with pytest.raises(CorruptFileError) as caught:
        Repository.open(db_path)
    assert str(backup_path(db_path)) in str(caught.value)


def test_a_file_from_a_newer_netevent_is_refused(db_path: Path) -> None:
    db_path.write_bytes(b'{"meta": {"1": {"schema_version": 99}}, "people": {}}')
    before = snapshot(db_path)
    for read_only in (False, True):
        with pytest.raises(NewerSchemaError) as caught:
            Repository.open(db_path, read_only=read_only)
        message = str(caught.value)
        assert str(db_path) in message and "newer netevent" in message and "99" in message
    assert isinstance(caught.value, StorageError)
    assert snapshot(db_path) == before


def test_an_old_file_is_migrated_forward_after_a_backup(db_path: Path) -> None:
    original = json.dumps(
        {
            "_default": {},
            "people": {
                "1": {"name": "Søren Ærø", "strengths": "skat; bogføring ;", "needs": "kunder", "tags": []},
                "2": {"name": "Åse Øberg", "company": "Øberg & Co"},
            },
        },
        ensure_ascii=False,
    ).encode()
    db_path.write_bytes(original)
    with Repository.open(db_path, read_only=True) as repo:
        assert repo.person(1).strengths == ("skat", "bogføring")  # type: ignore[union-attr]
    assert db_path.read_bytes() == original  # read-only: migrated in memory only

    with Repository.open(db_path) as repo:
        assert repo.migrated_from == 0
        soren = repo.person(1)
        assert soren is not None and soren.strengths == ("skat", "bogføring") and soren.needs == ("kunder",)
        assert repo.person(2).company == "Øberg & Co"  # type: ignore[union-attr]
    assert db_path.with_name("netevent.json.v0.bak").read_bytes() == original
    data = json.loads(db_path.read_bytes())
    assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert set(TABLES) <= set(data)
    assert data["people"]["1"]["strengths"] == ["skat", "bogføring"]
    with Repository.open(db_path) as repo:
        assert repo.migrated_from is None  # only once


def test_a_new_file_is_created_with_every_table(db_path: Path) -> None:
    assert not db_path.exists()
    Repository.open(db_path).close()
    data = json.loads(db_path.read_bytes())
    assert set(data) == set(TABLES)
    assert data["meta"] == {"1": {"schema_version": SCHEMA_VERSION}}


def test_read_only_open_of_a_missing_file_creates_nothing(db_path: Path) -> None:
    with Repository.open(db_path, read_only=True) as repo:
        assert repo.people_count == 0
    assert not db_path.exists()


# ------------------------------------------------------------------- conflicts


def test_a_change_by_another_program_is_never_overwritten(repo: Repository, db_path: Path) -> None:
    anna = repo.save_person(Person(name="Anna"))
    outside = json.loads(db_path.read_bytes())
    outside["people"]["2"] = {"name": "Edited In A Text Editor, with a longer name"}
    db_path.write_bytes(json.dumps(outside).encode())
    outside_bytes = db_path.read_bytes()

    with pytest.raises(ConflictError) as caught:
        repo.save_person(Person(name="Bo Ågård", needs=("advokat",)))
    assert str(db_path) in str(caught.value) and "another program" in str(caught.value)
    assert db_path.read_bytes() == outside_bytes  # the outside change is intact
    # ...and the change made here is not lost: it is in the models, waiting.
    assert [p.name for p in repo.people()] == ["Anna", "Bo Ågård"]
    assert repo.storage.dirty
    with pytest.raises(ConflictError):
        repo.flush()
    assert db_path.read_bytes() == outside_bytes
    assert repo.person(anna.id) == anna  # type: ignore[arg-type]


# --------------------------------------------------------------- failed writes


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_failed_write_keeps_the_file_and_the_change(
    repo: Repository, db_path: Path, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    repo.save_person(Person(name="Anna"))
    before = snapshot(db_path)
    writes = repo.storage.writes

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(storage_module.os, call, disk_full)
        with pytest.raises(StorageError) as caught:
            repo.save_person(Person(name="Bo"))
        assert not isinstance(caught.value, ConflictError)
        message = str(caught.value)
        assert str(db_path) in message and "No space left on device" in message and "the file is as it was" in message
        assert "try again" not in message  # the change is not retried by itself
        assert snapshot(db_path) == before
        assert leftovers(db_path) == []
        assert repo.storage.dirty and repo.storage.writes == writes
        with pytest.raises(StorageError):
            repo.flush()  # still full
    assert sorted(p.name for p in repo.people()) == ["Anna", "Bo"]
    repo.flush()  # space again
    assert not repo.storage.dirty and repo.storage.writes == writes + 1
    with Repository.open(db_path, read_only=True) as again:
        assert sorted(p.name for p in again.people()) == ["Anna", "Bo"]


def test_a_save_after_a_failed_write_writes_both_without_duplicates(
    repo: Repository, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(storage_module.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
        with pytest.raises(StorageError):
            repo.save_person(Person(name="Anna"))
    anna = next(p for p in repo.people() if p.name == "Anna")
    repo.save_person(Person(name="Bo"))
    repo.save_person(Person(name="Anna Lund", id=anna.id))  # editing the unsaved person works
    with Repository.open(db_path, read_only=True) as again:
        assert sorted(p.name for p in again.people()) == ["Anna Lund", "Bo"]


def test_a_failed_batch_keeps_changes_an_earlier_failed_write_left_in_memory(
    repo: Repository, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(storage_module.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
        with pytest.raises(StorageError):
            repo.save_person(Person(name="Unsaved Note Person"))
    unsaved = repo.people()[0]
    with pytest.raises(RuntimeError), repo.batch():
        repo.save_person(Person(name="Half An Import"))
        repo.save_person(Person(name="Renamed Then Rolled Back", id=unsaved.id))  # an in-place update
        raise RuntimeError("bad row")
    assert [p.name for p in repo.people()] == ["Unsaved Note Person"]
    assert repo.storage.read()["people"][str(unsaved.id)]["name"] == "Unsaved Note Person"  # type: ignore[index]
    repo.flush()
    with Repository.open(db_path, read_only=True) as again:
        assert [p.name for p in again.people()] == ["Unsaved Note Person"]


# ---------------------------------------------------------------------- batch


def test_batch_makes_many_writes_one_file_write(repo: Repository, db_path: Path) -> None:
    writes = repo.storage.writes
    with repo.batch():
        for i in range(50):
            person = repo.save_person(Person(name=f"P{i}"))
            repo.save_person(Person(name=f"P{i} renamed", id=person.id))
        with repo.batch():  # nested batches are part of the outer one
            repo.save_person(Person(name="Inner"))
        assert repo.storage.writes == writes and repo.storage.dirty
    assert repo.storage.writes == writes + 1
    assert not repo.storage.dirty
    with Repository.open(db_path, read_only=True) as again:
        assert again.people_count == 51


def test_an_error_inside_batch_rolls_back_and_writes_nothing(repo: Repository, db_path: Path) -> None:
    anna = repo.save_person(Person(name="Anna"))
    before = snapshot(db_path)
    writes = repo.storage.writes
    with pytest.raises(ValueError, match="row 3"), repo.batch():
        repo.save_person(Person(name="Bo"))
        repo.save_person(Person(name="Anna Changed", id=anna.id))
        repo.set_profile(repo.profile.__class__(name="Mette"))
        raise ValueError("row 3 is bad")
    assert [p.name for p in repo.people()] == ["Anna"]
    assert repo.person(anna.id).name == "Anna"  # type: ignore[arg-type,union-attr]
    assert repo.profile.name == ""
    assert repo.storage.writes == writes and snapshot(db_path) == before
    # The repository still works and ids are not reused wrongly.
    bo = repo.save_person(Person(name="Bo"))
    assert bo.id != anna.id
    with Repository.open(db_path, read_only=True) as again:
        assert sorted(p.name for p in again.people()) == ["Anna", "Bo"]


def test_flush_without_changes_writes_nothing(repo: Repository) -> None:
    writes = repo.storage.writes
    repo.flush()
    assert repo.storage.writes == writes

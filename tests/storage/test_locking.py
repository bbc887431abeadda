"""One writer per file, proven with real second processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netevent.domain.models import Person
from netevent.storage.errors import LockedError, ReadOnlyError, StorageError
from netevent.storage.lock import FileLock, lock_path
from netevent.storage.repository import Repository

CHILD = Path(__file__).resolve().parents[1] / "helpers" / "repo_child.py"


class Holder:
    """A child process that has the file open for writing until told to quit."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), "hold", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.readline()
        assert line.startswith("ready "), line + self.proc.stderr.read()  # type: ignore[union-attr]
        self.pid = int(line.split()[1])

    def readline(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def send(self, line: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.readline()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send("quit")
            except (BrokenPipeError, OSError):
                pass
            self.proc.wait(timeout=10)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def holder(db_path: Path) -> Iterator[Holder]:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Søren Ærø"))
    child = Holder(db_path)
    yield child
    child.stop()


def test_a_second_process_is_told_who_holds_the_file(holder: Holder, db_path: Path) -> None:
    with pytest.raises(LockedError) as caught:
        Repository.open(db_path)
    message = str(caught.value)
    assert f"process {holder.pid}" in message
    assert str(db_path) in message and "another netevent" in message
    assert isinstance(caught.value, StorageError)
    assert lock_path(db_path).read_text() == str(holder.pid)


def test_read_only_open_works_while_another_process_writes(holder: Holder, db_path: Path) -> None:
    with Repository.open(db_path, read_only=True) as repo:
        assert [p.name for p in repo.people()] == ["Søren Ærø"]
        with pytest.raises(ReadOnlyError):
            repo.save_person(Person(name="Nope"))


def test_the_lock_is_free_once_the_other_process_exits(holder: Holder, db_path: Path) -> None:
    assert holder.send("quit") == "closed"
    holder.proc.wait(timeout=10)
    with Repository.open(db_path) as repo:
        assert repo.people_count == 1


def test_a_killed_process_does_not_leave_the_file_locked(holder: Holder, db_path: Path) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.proc.wait(timeout=10)
    assert lock_path(db_path).exists()  # the stale lock file is harmless: the OS lock died with the process
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Bo"))
        assert repo.people_count == 2


def test_two_processes_never_lose_each_others_updates(holder: Holder, db_path: Path) -> None:
    assert holder.send("add Anna") == "added"
    with pytest.raises(LockedError):
        Repository.open(db_path)  # cannot write over the child's session
    with Repository.open(db_path, read_only=True) as peek:
        assert {p.name for p in peek.people()} == {"Søren Ærø", "Anna"}
    assert holder.send("add Bo") == "added"  # written after our peek
    holder.stop()
    with Repository.open(db_path) as repo:
        assert {p.name for p in repo.people()} == {"Søren Ærø", "Anna", "Bo"}
        repo.save_person(Person(name="Carl"))
    with Repository.open(db_path, read_only=True) as repo:
        assert {p.name for p in repo.people()} == {"Søren Ærø", "Anna", "Bo", "Carl"}
        assert len({p.id for p in repo.people()}) == 4


def test_the_same_process_cannot_open_the_file_twice_for_writing(db_path: Path) -> None:
    first = Repository.open(db_path)
    try:
        with pytest.raises(LockedError, match=f"process {os.getpid()}"):
            Repository.open(db_path)
    finally:
        first.close()
    Repository.open(db_path).close()  # released by close()


def test_a_repository_used_as_context_manager_releases_the_lock(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        assert repo._lock is not None and repo._lock.held
    assert not repo._lock.held
    with Repository.open(db_path):
        pass


def test_file_lock_on_its_own(tmp_path: Path) -> None:
    target = tmp_path / "folder" / "data.json"  # the folder is created for the lock
    lock = FileLock(target)
    assert lock.path == tmp_path / "folder" / "data.json.lock"
    lock.acquire()
    assert lock.held and lock.path.read_text() == str(os.getpid())
    other = FileLock(target)
    with pytest.raises(LockedError):
        other.acquire()
    assert not other.held
    lock.release()
    lock.release()  # twice is harmless
    other.acquire()
    assert other.held
    other.release()

"""Delete, merge and undo are each one atomic write: a kill -9 at any moment leaves the old or the new file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson

from netevent.domain.models import Attendance, Event, Person
from netevent.services.integrity import find_problems
from netevent.storage.atomic import TMP_PREFIX
from netevent.storage.journal import NothingToUndo
from netevent.storage.repository import Repository
from netevent.storage.schema import SCHEMA_VERSION

CHILD = Path(__file__).resolve().parents[1] / "helpers" / "repo_child.py"


def seed(path: Path, count: int) -> None:
    """Enough people that each write takes a few milliseconds, so kills land in the middle of some."""
    with Repository.open(path) as repo, repo.batch(undoable=False):
        people = [repo.save_person(Person(name=f"Person {i:04d} Ærø", company="Lund Regnskab")) for i in range(count)]
        repo.save_event(Event(name="Netværk Nord", attendees=tuple(Attendance(p.key) for p in people[:50])))


def sound(repo: Repository) -> None:
    """Nothing points to a person who is not there, and the trash holds only people who are gone."""
    assert find_problems(repo) == []
    assert all(repo.person(t.person_id) is None for t in repo.trashed())
    for person in repo.people():
        if person.name.startswith("Dobbelt"):
            # Half a merge would leave the give on one entry and the note on the other, or either dangling.
            assert len(repo.notes_for(person.key)) <= 1


def test_kill_9_during_deletes_merges_and_undos_leaves_a_whole_sound_file(tmp_path: Path) -> None:
    path = tmp_path / "fix.json"
    seed(path, 1500)
    rng = random.Random(13)
    steps = []
    caught = 0  # kills that landed while a write was in flight (its temp file is left)
    for attempt in range(15):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), "fix", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(0.4 if attempt % 5 == 4 else rng.uniform(0.005, 0.08))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()
        assert child.returncode == -signal.SIGKILL

        assert orjson.loads(path.read_bytes())["meta"]["1"]["schema_version"] == SCHEMA_VERSION
        caught += sum(1 for p in tmp_path.iterdir() if p.name.startswith(TMP_PREFIX))
        with Repository.open(path) as repo:
            sound(repo)
            steps.append(len(repo.undo_entries()))
            for _ in range(2):  # the journal the kill left undoes too, and leaves a sound file
                try:
                    repo.undo()
                except NothingToUndo:
                    break
                sound(repo)
    assert max(steps) > 0, "the child never completed a write; the test proved nothing"
    # Informative rather than required: how often a kill caught a write in flight.
    print(f"changes in the journal after each kill: {steps}; kills during a write: {caught}")

"""A second netevent process for tests that need a real one (locks, kill -9).

Usage:
    python repo_child.py loop PATH   open PATH, add a person, print "ready", add people in a tight loop forever
    python repo_child.py fix PATH    open PATH, print "ready", then add, merge, delete and undo people forever
                                     (every step one atomic write)
    python repo_child.py hold PATH   open PATH, print "ready <pid>", then obey stdin lines:
                                     "add NAME" adds a person and prints "added";
                                     "closing" marks the lock as closing, "quit in S" quits S seconds later;
                                     "quit" (or end of input) closes the file and exits

Kept free of pytest so it starts in a few milliseconds.
"""

from __future__ import annotations

import os
import sys

from netevent.domain.models import Person
from netevent.storage.repository import Repository


def loop(path: str) -> None:
    repo = Repository.open(path)
    start = repo.people_count
    i = 1
    # The session's first write (which keeps the backup) is done before "ready", so a
    # kill that comes at once still finds the backup (the first write also loads the undo journal).
    repo.save_person(Person(name=f"Skriver {start + i}", company="Kill Test ApS", tags=("test",)))
    print("ready", flush=True)
    while True:  # every iteration is one full atomic write of the file
        i += 1
        repo.save_person(Person(name=f"Skriver {start + i}", company="Kill Test ApS", tags=("test",)))


def fix(path: str) -> None:
    from netevent.services.editing import delete_person, undo
    from netevent.services.ledger import log_give
    from netevent.services.merging import merge_people
    from netevent.services.notes import save_live_note
    from netevent.services.people import add_person

    repo = Repository.open(path)
    event = repo.events()[0].key
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        name = f"Dobbelt {os.getpid()}-{i}"
        a = add_person(repo, Person(name=name, company="Kill Test ApS"), event_id=event)
        save_live_note(repo, a.key, event, f"note {i}")
        b = add_person(repo, Person(name=name, email=f"d{i}@x.dk"), event_id=event, allow_duplicate=True)
        log_give(repo, b.key, f"give {i}", event_id=event)
        merge_people(repo, a.key, b.key)
        undo(repo)
        merge_people(repo, a.key, b.key)
        delete_person(repo, a.key)
        undo(repo)
        if i % 2:
            delete_person(repo, a.key)


def hold(path: str) -> None:
    repo = Repository.open(path)
    print(f"ready {os.getpid()}", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "add":
            repo.save_person(Person(name=arg))
            print("added", flush=True)
        elif command == "closing":
            repo.mark_closing()
            print("marked", flush=True)
        elif command == "quit":
            if arg.startswith("in "):
                import time

                time.sleep(float(arg[3:]))
            break
    repo.close()
    print("closed", flush=True)


if __name__ == "__main__":
    {"loop": loop, "hold": hold, "fix": fix}[sys.argv[1]](sys.argv[2])

"""A second netevent process for tests that need a real one (locks, kill -9).

Usage:
    python repo_child.py loop PATH   open PATH, print "ready", add people in a tight loop forever
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
    print("ready", flush=True)
    i = 0
    while True:  # every iteration is one full atomic write of the file
        i += 1
        repo.save_person(Person(name=f"Skriver {start + i}", company="Kill Test ApS", tags=("test",)))


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
    {"loop": loop, "hold": hold}[sys.argv[1]](sys.argv[2])

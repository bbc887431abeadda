"""Hostile data: names, notes and event names that try to take over the terminal or spoof a name.

Each string is what an attacker who supplies an attendee list would put in a
cell: set the window title (OSC 0), write the clipboard (OSC 52), clear the
screen (CSI 2J), plant a link (OSC 8), a C1 control introducer (U+009B),
backspaces, a right-to-left override and a zero-width space.
"""

from __future__ import annotations

import csv
from pathlib import Path

from netevent.domain.models import Attendance, Event, FollowUp, LedgerEntry, Note, Person, Profile
from netevent.storage.repository import Repository

__all__ = ["TITLE", "CLIPBOARD", "CLEAR", "LINK", "C1", "SPOOF", "NAME", "hostile_csv", "hostile_db"]

TITLE = "\x1b]0;pwned\x07"
CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"
CLEAR = "\x1b[2J\x1b[H"
LINK = "\x1b]8;;http://evil.example/\x1b\\here\x1b]8;;\x1b\\"
C1 = "\x9b31m"
SPOOF = "\u202eevil\u200b"
NAME = "Mallory" + TITLE + " Moe"
"""A name that sets the window title; `who Mallory` finds it."""


def hostile_csv(path: Path) -> Path:
    """A two-row attendee list with hostile cells (few enough controls to pass as text)."""
    about = "Driver en lille virksomhed i Aarhus og leder efter samarbejdspartnere. " * 4
    rows = [
        ["Name", "Company", "Job Title", "Email", "Strengths", "Needs", "Tags", "About"],
        [NAME, "Evil" + CLIPBOARD + " A/S", "Boss" + C1, "mallory@example.com",
         "skat" + CLEAR, "moms" + LINK, "tag" + SPOOF, about],
        ["Trudy\b\b\b\bAlice", "Normal ApS", "Direktør", "trudy@example.com", "eksport", "bogføring", "BNI", about],
    ]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def hostile_db(path: Path) -> Path:
    """A data file where every kind of text a command prints is hostile."""
    with Repository.open(path) as repo, repo.batch():
        repo.set_profile(
            Profile(name="Me" + TITLE, pitch="Pitch" + CLEAR, offers=("skat" + C1,), asks=("moms" + SPOOF,))
        )
        mallory = repo.save_person(
            Person(
                name=NAME,
                company="Evil" + CLIPBOARD,
                role="Boss" + C1,
                strengths=("moms" + LINK,),
                needs=("skat" + CLEAR,),
                tags=("t" + SPOOF,),
                about="About" + TITLE,
                extra=(("Question" + TITLE, "Answer" + C1),),
            )
        )
        other = repo.save_person(Person(name="Alice\u202eecilA", company="Good", strengths=("skat",), needs=("moms",)))
        event = repo.save_event(
            Event(
                name="Evt" + TITLE,
                network="Net" + CLIPBOARD,
                date="2026-11-26",
                purpose="Purpose" + CLEAR,
                messages=("Bring" + LINK,),
                attendees=(
                    Attendance(person_id=mallory.key, target=True, reason="Why" + TITLE, question="Ask" + C1),
                    Attendance(person_id=other.key),
                ),
            )
        )
        repo.set_current_event(event.key)
        repo.save_note(Note(person_id=mallory.key, event_id=event.key, text="Note" + TITLE + "\nline 2" + CLEAR))
        repo.save_ledger(
            LedgerEntry(person_id=mallory.key, direction="gave", what="Gift" + CLIPBOARD, date="2026-11-26")
        )
        repo.save_followup(FollowUp(person_id=mallory.key, action="Call" + TITLE, due="2026-12-01"))
    return path

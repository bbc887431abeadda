"""In a real terminal, keys sent in one write (a paste, a slow SSH link) land where the keys before them went."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from ..helpers.common import named, reopen, saved_note
from ..helpers.terminal import Terminal


def _start(db: Path) -> Terminal:
    env = dict(os.environ, TERM="xterm", COLUMNS="80", LINES="24")
    term = Terminal([sys.executable, "-m", "netevent", "--db", str(db)], env)
    term.wait_for(b"Attendees")
    time.sleep(0.8)
    term.burst("\x1b")  # from the search box to the list: one-key actions work there
    time.sleep(0.5)
    return term


def test_a_burst_searches_opens_and_writes_the_note_of_the_right_person(seeded_db: Path) -> None:
    term = _start(seeded_db)
    try:
        term.burst("/jens\rnSkrevet i ét hug\x1b")
        time.sleep(1.5)
        term.burst("q")
        term.wait_exit()
    finally:
        term.close()
    assert saved_note(seeded_db, "Jens Holm").text == "Skrevet i ét hug"
    with reopen(seeded_db) as saved:
        room = saved.current_event()
        assert not any(a.met for a in room.attendees)  # no `m` went astray


def test_a_burst_into_the_add_form_fills_each_field(seeded_db: Path) -> None:
    term = _start(seeded_db)
    try:
        term.burst("a\tJens Hansen\tHansen Byg\tTømrer\r")
        time.sleep(1.5)
        term.burst("q")
        term.wait_exit()
    finally:
        term.close()
    with reopen(seeded_db) as saved:
        jens = named(saved, "Jens Hansen")
        assert (jens.company, jens.role) == ("Hansen Byg", "Tømrer")


def test_on_a_phone_a_search_in_one_write_opens_the_card_and_a_note_is_saved(seeded_db: Path) -> None:
    env = dict(os.environ, TERM="xterm", COLUMNS="45", LINES="30")
    term = Terminal([sys.executable, "-m", "netevent", "--db", str(seeded_db)], env, size=(45, 30))
    try:
        term.wait_for(b"Attendees")
        time.sleep(0.8)
        term.output.clear()
        term.burst("/obe")  # one write
        time.sleep(0.5)
        term.burst("\r")
        term.wait_for(b"You can offer them")
        term.wait_for(b"bog")  # its first line: your offer "bogf\xc3\xb8ring for iv\xc3\xa6rks\xc3\xa6ttere" meets…
        term.burst("n")
        time.sleep(0.4)
        term.burst("Fra telefonen")
        time.sleep(0.3)
        term.burst("\x1b")
        time.sleep(1.0)
        term.burst("q")
        term.wait_exit()
    finally:
        term.close()
    assert saved_note(seeded_db, "Åse Øberg").text.endswith("Fra telefonen")


def test_esc_and_a_key_in_one_write_leave_the_note_and_run_the_key(seeded_db: Path) -> None:
    """Over a slow link Esc and `m` arrive together: the note keeps only its text, and the person is met."""
    term = _start(seeded_db)
    try:
        term.burst("/jens\rnHej")
        time.sleep(1.0)
        term.burst("\x1bm")  # one write: what a terminal sends for Alt+m, too
        time.sleep(1.0)
        term.burst("q")
        term.wait_exit()
    finally:
        term.close()
    assert saved_note(seeded_db, "Jens Holm").text == "Hej"
    with reopen(seeded_db) as saved:
        jens = named(saved, "Jens Holm")
        assert saved.current_event().attendance(jens.id).met


def test_an_escape_inside_a_pasted_text_stays_in_the_text(seeded_db: Path) -> None:
    """A pasted ESC is text, kept exactly (and shown as ␛): the letters after it are not keys."""
    term = _start(seeded_db)
    try:
        term.burst("/jens\rn")
        time.sleep(1.0)
        term.burst("\x1b[200~Ring\x1bDy\x1b[201~")
        time.sleep(0.5)
        term.burst("\x1b")
        time.sleep(1.0)
        term.burst("q")
        term.wait_exit()
    finally:
        term.close()
    assert saved_note(seeded_db, "Jens Holm").text == "Ring\x1bDy"

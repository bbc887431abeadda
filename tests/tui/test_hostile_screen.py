"""Hostile data cannot take over the terminal from the app: a walk through every screen, on a real pty.

The app writes escape sequences of its own, so the test looks for the data's
payloads on the wire (a title set, a clipboard write, a screen clear, a link,
a C1 control, a backspace, a bidi override), and for their visible forms.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from netevent.storage.repository import Repository

from ..helpers.hostile import CLEAR, CLIPBOARD, LINK, TITLE, hostile_db
from ..helpers.terminal import Terminal, netevent_args

PAYLOADS = [
    TITLE.encode(),
    b"\x1b]0;pwned",  # the title set even without its BEL (which Rich drops)
    CLIPBOARD.encode(),
    b"\x1b]52;c;cHduZWQ=",
    b"skat" + CLEAR.encode(),
    b"Purpose" + CLEAR.encode(),
    LINK.encode()[:20],
    b"\x1b]8;;http://evil",
    "\x9b31m".encode(),
    b"\x08",
    "\u202e".encode(),
    "\u200b".encode(),
]


def _step(term: Terminal, keys: str, wait: bytes, timeout: float = 15.0) -> None:
    mark = len(term.output)
    term.type(keys, pause=0.08)
    term.wait_for(wait, timeout, after=mark)
    time.sleep(0.3)


def test_a_walk_through_every_screen_sends_no_payload_to_the_terminal(tmp_path: Path) -> None:
    db = hostile_db(tmp_path / "hostile.json")
    env = dict(os.environ, TERM="xterm-256color", HOME=str(tmp_path / "home"), NETEVENT_CONFIG=str(tmp_path / "c.json"))
    term = Terminal(netevent_args("--db", db), env, size=(120, 36))
    try:
        term.wait_for(b"Attendees")
        time.sleep(1.0)
        _step(term, "/mall", b"1 of 2")
        _step(term, "\r", b"Strengths")
        _step(term, "n", b"Leave")  # the editor's footer
        _step(term, "\x1b", b"Note")
        _step(term, "p", b"Pitch")  # the pitch form, its inputs filled with hostile text
        _step(term, "\x1b", b"Attendees")
        _step(term, "g", b"You gave")
        _step(term, "\x1b", b"Attendees")
        _step(term, "e", b"Details")
        _step(term, "p", b"Since last time")
        _step(term, "\x1b", b"Details")
        _step(term, "R", b"1,000 kr question")
        _step(term, "\x1b", b"Details")
        _step(term, "\x1b", b"Attendees")
        _step(term, "F", b"open")
        _step(term, "\x1b", b"Attendees")
        _step(term, "R", b"Value and cost")
        _step(term, "\x1b", b"Attendees")
        _step(term, "\x10", b"Search")  # Ctrl+P: the palette
        _step(term, "mall", b"Go to")
        _step(term, "\x1b", b"Attendees")
        term.type("q")
        code = term.wait_exit(20)
    finally:
        term.close()
    wire = bytes(term.output)
    assert code == 0
    found = [payload for payload in PAYLOADS if payload in wire]
    assert found == []
    # Shown, not dropped: the visible forms are on screen.
    for visible in ("Mallory␛]0;pwned␇ Moe", "Evt␛]0;pwned␇", "Boss\\x9b31m", "\\u202eevil\\u200b"):
        assert visible.encode() in wire, visible
    with Repository.open(db, read_only=True) as repo:  # and the data is as it was
        assert repo.person(1).name == "Mallory" + TITLE + " Moe"

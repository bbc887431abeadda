"""A dropped SSH link or a kill must not lose the note that was just typed.

These tests run the real `netevent` in a pseudo-terminal, type a note, and
send SIGHUP (what a closing terminal sends) or SIGTERM before the autosave
delay has passed.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from ..helpers.common import saved_note
from ..helpers.pty_terminal import Terminal


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_signal_right_after_typing_keeps_the_note(seeded_db: Path, signum: int) -> None:
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="30")
    term = Terminal([sys.executable, "-m", "netevent", "--db", str(seeded_db)], env)
    try:
        term.wait_for(b"Attendees")
        time.sleep(0.5)
        term.type("jens")
        time.sleep(0.5)
        term.type("\r")
        time.sleep(0.3)
        term.type("n")
        time.sleep(0.3)
        term.type("Lige inden forbindelsen droppede")
        time.sleep(0.3)  # well inside the one-second autosave delay
        os.kill(term.pid, signum)
        term.wait_exit()
    finally:
        term.close()
    note = saved_note(seeded_db, "Jens Holm")
    assert note is not None and note.text == "Lige inden forbindelsen droppede"


def _state(pid: int) -> str:
    """The process state letter from /proc (T: stopped)."""
    return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]


def _wait_state(pid: int, wanted: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while _state(pid) != wanted:
        if time.monotonic() > deadline:
            raise AssertionError(f"process state {_state(pid)!r}, not {wanted!r}")
        time.sleep(0.05)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process state from /proc")
@pytest.mark.parametrize("how", ["ctrl+z", "kill -TSTP"])
def test_suspending_saves_the_note_and_fg_brings_it_back(seeded_db: Path, how: str) -> None:
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="30")
    term = Terminal([sys.executable, "-m", "netevent", "--db", str(seeded_db)], env)
    try:
        term.wait_for(b"Attendees")
        time.sleep(0.5)
        term.type("jens\r")
        time.sleep(0.3)
        term.type("n")
        time.sleep(0.3)
        term.type("Skal ringe i morgen")
        time.sleep(0.2)  # inside the autosave delay
        if how == "ctrl+z":
            os.write(term.fd, b"\x1a")
        else:
            os.kill(term.pid, signal.SIGTSTP)
        _wait_state(term.pid, "T")
        note = saved_note(seeded_db, "Jens Holm")
        assert note is not None and note.text == "Skal ringe i morgen"
        os.kill(term.pid, signal.SIGCONT)  # what `fg` does
        _wait_state(term.pid, "S")
        term.output.clear()
        term.type(" og sende tilbud")
        term.type("\x1b")  # leave the editor: saved
        time.sleep(0.8)
        term.type("q")
        term.wait_exit()
    finally:
        term.close()
    note = saved_note(seeded_db, "Jens Holm")
    assert note is not None and note.text == "Skal ringe i morgen og sende tilbud"

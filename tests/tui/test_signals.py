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
from ..helpers.terminal import Terminal


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


def _wait_for(pid: int, flags: int, happened, what: str, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until the child `pid` reports `what` (stopped, continued) through waitpid."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, flags | os.WNOHANG)
        if done == pid:
            assert happened(status), f"the process did not get {what} (status {status:#x})"
            return
        time.sleep(0.05)
    raise AssertionError(f"the process was not {what} after {timeout:g} s")


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
        _wait_for(term.pid, os.WUNTRACED, os.WIFSTOPPED, "stopped")
        note = saved_note(seeded_db, "Jens Holm")
        assert note is not None and note.text == "Skal ringe i morgen"
        os.kill(term.pid, signal.SIGCONT)  # what `fg` does
        _wait_for(term.pid, os.WCONTINUED, os.WIFCONTINUED, "continued")
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

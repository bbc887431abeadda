"""The note survives every fault, run for real on a pty: another program's change, a full disk, a hang-up.

Each test asserts on the data file, the recovery file and the exit code.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import sys
import time
from pathlib import Path

import pytest

from netevent.domain.models import FollowUp
from netevent.storage.repository import Repository

from ..helpers.common import saved_note
from ..helpers.terminal import Terminal, netevent_args


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    return dict(
        os.environ,
        TERM="xterm-256color",
        HOME=str(home),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_DATA_HOME=str(home / "data"),
        NETEVENT_CONFIG=str(tmp_path / "config.json"),
    )


def start(db: Path, env: dict[str, str]) -> Terminal:
    term = Terminal(netevent_args("--db", db), env, size=(100, 30))
    term.wait_for(b"Attendees")
    time.sleep(0.8)
    return term


def open_jens_note(term: Terminal, text: str) -> None:
    term.type("jens")
    time.sleep(0.4)
    term.type("\r")
    time.sleep(0.3)
    term.type("n")
    time.sleep(0.3)
    term.type(text)


def outside_change(db: Path) -> None:
    """What a sync client does: the file is replaced with one that has someone more."""
    data = json.loads(db.read_text(encoding="utf-8"))
    data["people"]["99"] = {"name": "Fra Telefonen", "company": "Syncthing ApS"}
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def recovery_files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*.recovery")]


def names(db: Path) -> set[str]:
    with Repository.open(db, read_only=True) as repo:
        return {p.name for p in repo.people()}


def test_quitting_after_an_outside_change_keeps_the_note_and_the_next_start_restores_it(
    seeded_db: Path, env: dict[str, str]
) -> None:
    term = start(seeded_db, env)
    try:
        outside_change(seeded_db)
        outside = seeded_db.read_bytes()
        open_jens_note(term, "Ring om momsen")
        term.wait_for(b"changed by another program")  # the autosave found the outside change
        term.type("\x1b")  # later
        time.sleep(0.5)
        term.type("\x1b")  # leave the editor
        time.sleep(0.5)
        term.type("\x11")  # Ctrl+Q
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 1
    assert b"kept in" in term.output and b"offers to put them back" in term.output
    assert seeded_db.read_bytes() == outside  # the other program's change was not overwritten
    [kept] = recovery_files(seeded_db.parent)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and "Ring om momsen" in kept.read_text(encoding="utf-8")

    again = start(seeded_db, env)
    try:
        again.wait_for(b"Unsaved changes were kept")
        again.type("r")
        again.wait_for(b"Restored")
        time.sleep(0.3)
        again.type("\x11")
        assert again.wait_exit() == 0
    finally:
        again.close()
    note = saved_note(seeded_db, "Jens Holm")
    assert note is not None and note.text == "Ring om momsen"
    assert "Fra Telefonen" in names(seeded_db)  # and the other program's change is kept
    assert recovery_files(seeded_db.parent) == []


def test_reloading_in_the_app_puts_the_note_on_top_of_the_outside_change(seeded_db: Path, env) -> None:
    term = start(seeded_db, env)
    try:
        outside_change(seeded_db)
        open_jens_note(term, "Ring om momsen")
        term.wait_for(b"changed by another program")
        term.type("r")
        term.wait_for(b"Reloaded")
        time.sleep(0.3)
        term.type("\x1b")  # leave the editor
        time.sleep(0.3)
        term.type("\x11")  # Ctrl+Q
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 0
    note = saved_note(seeded_db, "Jens Holm")
    assert note is not None and note.text == "Ring om momsen"
    assert "Fra Telefonen" in names(seeded_db)
    assert Path(str(seeded_db) + ".bak").exists()
    assert recovery_files(seeded_db.parent) == []


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_a_hang_up_after_an_outside_change_keeps_the_note(seeded_db: Path, env, signum: int) -> None:
    term = start(seeded_db, env)
    try:
        outside_change(seeded_db)
        open_jens_note(term, "Lige før forbindelsen røg")
        time.sleep(0.3)  # before the autosave
        os.kill(term.pid, signum)
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 1  # not done: the note is not in the file
    [kept] = recovery_files(seeded_db.parent)
    assert "Lige før forbindelsen røg" in kept.read_text(encoding="utf-8")
    assert "Fra Telefonen" in names(seeded_db)


def test_a_hang_up_exits_at_once_and_a_reconnect_opens_the_file(seeded_db: Path, env) -> None:
    first = start(seeded_db, env)
    try:
        open_jens_note(first, "Gemt ved afbrydelsen")
        time.sleep(0.2)
        os.kill(first.pid, signal.SIGHUP)
        hung_up = time.monotonic()
        second = Terminal(netevent_args("--db", seeded_db), env, size=(100, 30))  # the reconnect, at once
        try:
            second.wait_for(b"Attendees", timeout=15)
            assert b"open in another netevent" not in second.output
            code = first.wait_exit()
            assert time.monotonic() - hung_up < 1.9  # no 2 s wait on a forced-exit timer
            time.sleep(0.8)
            second.type("\x11")
            assert second.wait_exit() == 0
        finally:
            second.close()
    finally:
        first.close()
    assert code == 128 + signal.SIGHUP
    note = saved_note(seeded_db, "Jens Holm")
    assert note is not None and note.text == "Gemt ved afbrydelsen"


def test_steady_typing_is_saved_every_few_seconds(seeded_db: Path, env) -> None:
    term = start(seeded_db, env)
    words = [f"ord{i}" for i in range(14)]
    try:
        open_jens_note(term, "")
        started = time.monotonic()
        for word in words:  # a word every half second: never a one-second pause
            term.type(word + " ", pause=0.0)
            time.sleep(0.5)
        typed_for = time.monotonic() - started
        os.kill(term.pid, signal.SIGKILL)
        term.wait_exit()
    finally:
        term.close()
    note = saved_note(seeded_db, "Jens Holm")
    on_disk = note.text.split() if note is not None else []
    assert on_disk == words[: len(on_disk)]
    # At most AUTOSAVE_AT_MOST (4 s) plus a save's time behind the typing.
    assert len(on_disk) >= len(words) - int(5.0 / (typed_for / len(words))) - 1, on_disk


def test_the_app_exits_non_zero_after_refusing_a_file(seeded_db: Path, env) -> None:
    with Repository.open(seeded_db) as repo:
        zoe = next(p for p in repo.people() if p.name.startswith("Zo"))
        repo.save_followup(FollowUp(person_id=zoe.key, action="Ring"))
    data = json.loads(seeded_db.read_text(encoding="utf-8"))
    data["followups"]["1"]["due"] = 12  # a hand edit gone wrong, found by the check after the first screen
    seeded_db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = seeded_db.read_bytes()
    term = start(seeded_db, env)
    try:
        term.wait_for(b"cannot use this file")
        term.type("\r")
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 1
    assert b"netevent: " in term.output and b"followups" in term.output
    assert seeded_db.read_bytes() == before


# ------------------------------------------------------------ a full disk


def test_on_a_full_disk_quitting_says_where_the_note_is_kept_and_exits_non_zero(
    tmp_path: Path, seeded_db: Path, env: dict[str, str]
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    full = disk / "full"  # while it exists, no file can be made on this "disk" (see helpers/full_disk.py)
    full.touch()
    db = disk / "netevent.json"
    shutil.copyfile(seeded_db, db)
    root = str(Path(__file__).resolve().parents[2])
    args = [sys.executable, "-m", "tests.helpers.full_disk", str(full), "--db", str(db)]
    term = Terminal(args, dict(env, PYTHONPATH=root), size=(100, 30))
    term.wait_for(b"Attendees")
    time.sleep(0.8)
    try:
        before = db.read_bytes()
        open_jens_note(term, "Skrevet på en fuld disk")
        term.wait_for(b"kept in")
        time.sleep(0.3)
        term.type("\x1b")
        time.sleep(0.3)
        term.type("\x11")  # Ctrl+Q
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 1
    cache = Path(env["XDG_CACHE_HOME"]) / "netevent" / "recovery"
    [kept] = recovery_files(cache)
    assert str(kept).encode() in term.output.replace(b"\r\n", b"")  # the message names where
    assert "Skrevet på en fuld disk" in kept.read_text(encoding="utf-8")
    assert db.read_bytes() == before
    full.unlink()  # room again: the next start puts the note back
    again = start(db, env)
    try:
        again.wait_for(b"Unsaved changes were kept")
        again.type("r")
        again.wait_for(b"Restored")
        time.sleep(0.3)
        again.type("\x11")
        assert again.wait_exit() == 0
    finally:
        again.close()
    note = saved_note(db, "Jens Holm")
    assert note is not None and note.text == "Skrevet på en fuld disk"
    assert recovery_files(cache) == []

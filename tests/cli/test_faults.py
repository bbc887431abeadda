"""One clear line and a non-zero exit wherever the request was not done, and nothing dropped without a word.

Every test runs the real `netevent` command in a child process.
"""

from __future__ import annotations

import base64
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from netevent.domain.models import Person
from netevent.storage.repository import Repository

from ..helpers.terminal import netevent_args


def run(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(netevent_args(*args), capture_output=True, text=True, timeout=timeout, env=env)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("netevent: "), done.stderr
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "net.json"
    with Repository.open(path) as repo:
        repo.save_person(Person(name="Søren Ærø"))
    return path


# ----------------------------------------------------------- backups


def _backup(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "backup.json"
    path.write_text(body, encoding="utf-8")
    return path


HEAD = '{"format": "netevent-backup", "version": 1, "schema_version": 1, '


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (HEAD + '"people": [{"id": 1, "name": "Første"}, {"id": 1, "name": "Anden"}]}', "both have id 1"),
        (
            HEAD + '"people": [{"id": 1, "name": "A"}], "notes": [{"id": 4, "person_id": 1, "text": "x"}, '
            '{"id": 4, "person_id": 1, "text": "y"}]}',
            "both have id 4",
        ),
        (
            HEAD + '"people": [{"id": 1, "name": "A"}], "ledger": [{"id": 1, "person_id": 1, "direction": "gave", '
            '"what": "x", "amount": NaN}]}',
            "NaN is not a number",
        ),
        (HEAD + '"people": [{"id": 1, "name": "A", "x": Infinity}]}', "Infinity is not a number"),
        (HEAD + '"people": [{"id": 1, "name": "A", "x": 123456789012345678901}]}', "too large"),
        (HEAD + '"people": [{"id": 1, "name": "A", "x": ' + "7" * 5000 + "}]}", "5000 digits"),
        (HEAD + '"people": [{"id": 1, "name": "A", "name": "B"}]}', "appears twice"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (HEAD + '"people": [{"id": 1, "name": "A", "about": ' + "[" * 3000 + "]" * 3000 + "}]}", "nested too deeply"),
    ],
    ids=["people-ids", "note-ids", "nan", "infinity", "20-digits", "5000-digits", "key-twice", "deep", "deep-field"],
)
def test_a_backup_netevent_cannot_keep_exactly_is_refused_with_one_line(
    db: Path, tmp_path: Path, body: str, words: str
) -> None:
    source = _backup(tmp_path, body)
    before = db.read_bytes()
    for dry in ((), ("--dry-run",)):
        line = one_line(run("import", source, *dry, "--db", db))
        assert words in line, line
    assert db.read_bytes() == before


# ------------------------------------------------------ the data file


def test_check_refuses_a_data_file_with_a_duplicated_id_and_no_write_loses_the_person(db: Path) -> None:
    with Repository.open(db) as repo:
        repo.save_person(Person(name="Åse Øberg"))
    raw = db.read_bytes()
    db.write_bytes(raw.replace(b'\n"2":', b'\n"1":', 1))
    edited = db.read_bytes()
    assert "appears twice" in one_line(run("check", "--db", db))
    assert "appears twice" in one_line(run("give", "Åse", "et tip", "--no-event", "--db", db))
    assert db.read_bytes() == edited


def test_check_refuses_a_number_a_write_would_change(db: Path) -> None:
    db.write_bytes(db.read_bytes().replace(b'"name":"S', b'"kunde":12345678901234567890123,"name":"S', 1))
    edited = db.read_bytes()
    assert "too large" in one_line(run("check", "--db", db))
    assert "too large" in one_line(run("give", "Søren", "et tip", "--no-event", "--db", db))
    assert db.read_bytes() == edited


def test_a_deep_note_is_one_line_for_every_write_command(db: Path) -> None:
    with Repository.open(db) as repo:
        from netevent.domain.models import Note

        repo.save_note(Note(person_id=1, text="hej"))
    db.write_bytes(db.read_bytes().replace(b'"text":"hej"', b'"text":"hej","d":' + b"[" * 500 + b"]" * 500, 1))
    edited = db.read_bytes()
    line = one_line(run("give", "Søren", "et tip", "--no-event", "--db", db))
    assert "document 1 in table 'notes'" in line
    assert db.read_bytes() == edited


# ------------------------------------------------- locks and paths


def test_a_mistyped_db_for_a_failing_write_creates_nothing(tmp_path: Path) -> None:
    line = one_line(run("give", "#1", "x", "--db", tmp_path / "typo" / "dir" / "net.json"))
    assert "no person" in line
    assert not (tmp_path / "typo").exists()


def test_a_lock_folder_is_one_line(db: Path) -> None:
    Path(str(db) + ".lock").unlink(missing_ok=True)
    Path(str(db) + ".lock").mkdir()
    assert "a folder has that name" in one_line(run("give", "Søren", "x", "--no-event", "--db", db))


def test_a_read_only_folder_is_one_line(db: Path) -> None:
    # As root, permissions do not stop a write; a read-only bind of the folder would. The child
    # sees EROFS from the lock file's open through a tiny wrapper instead.
    wrapper = (
        "import errno, os, sys\n"
        "real = os.open\n"
        "def refuse(path, *a, **k):\n"
        "    if str(path).endswith('.lock'): raise OSError(errno.EROFS, os.strerror(errno.EROFS))\n"
        "    return real(path, *a, **k)\n"
        "os.open = refuse\n"
        "from netevent.cli import main\n"
        "sys.argv = ['netevent'] + sys.argv[1:]\n"
        "main()\n"
    )
    Path(str(db) + ".lock").unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", wrapper, "give", "Søren", "x", "--no-event", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "read-only file system" in one_line(done)


def test_an_unreadable_file_is_netevents_one_line_not_a_usage_error(db: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="netevent-unreadable-"))  # reachable by another user
    try:
        folder.chmod(0o755)
        private = folder / "net.json"
        private.write_bytes(db.read_bytes())
        private.chmod(0o600)
        if os.geteuid() == 0:  # root reads anything: ask as nobody
            args = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        else:
            private.chmod(0)
            args = []
        done = subprocess.run([*args, *netevent_args("who", "x", "--db", private)], capture_output=True, text=True)
    finally:
        shutil.rmtree(folder)
    assert "Usage:" not in done.stderr
    assert "Permission denied" in one_line(done)


def test_a_write_that_fails_on_a_full_disk_does_not_promise_a_retry(db: Path) -> None:
    wrapper = (
        "import errno, sys\n"
        "from netevent.storage import atomic\n"
        "def full(self, pieces): raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "atomic.AtomicJSONStorage._replace_atomically = full\n"
        "from netevent.cli import main\n"
        "sys.argv = ['netevent'] + sys.argv[1:]\n"
        "main()\n"
    )
    before = db.read_bytes()
    done = subprocess.run(
        [sys.executable, "-c", wrapper, "give", "Søren", "x", "--no-event", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    line = one_line(done)
    assert "No space left on device" in line and "run the command again" in line and "try again" not in line
    assert db.read_bytes() == before
    assert list(db.parent.rglob("*.recovery")) == []  # a command's change is run again, not kept


def test_a_command_says_when_changes_from_an_earlier_session_are_kept(db: Path) -> None:
    from netevent.services.notes import save_live_note
    from netevent.storage.errors import ConflictError

    repo = Repository.open(db)
    db.write_bytes(db.read_bytes() + b" ")  # another program
    with pytest.raises(ConflictError):
        save_live_note(repo, 1, None, "kept")
    repo.close()
    done = run("give", "Søren", "x", "--no-event", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "unsaved changes from an earlier session are kept in" in done.stderr


# ---------------------------------------------------- hostile sizes


def _photo_card(path: Path, megabytes: int) -> Path:
    photo = base64.b64encode(os.urandom(megabytes * 750_000)).decode()
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Foto Fotograf", "EMAIL:foto@example.com"]
    lines.append("PHOTO;ENCODING=b;TYPE=JPEG:" + photo[:40])
    lines += [" " + photo[i : i + 74] for i in range(40, len(photo), 74)]
    path.write_text("\r\n".join(lines + ["END:VCARD", ""]), encoding="ascii")
    return path


def test_a_card_with_a_ten_megabyte_photo_imports_in_well_under_a_second(tmp_path: Path) -> None:
    card = _photo_card(tmp_path / "photo.vcf", 10)
    started = time.perf_counter()
    done = run("import", card, "--db", tmp_path / "net.json")
    took = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    assert "added 1" in done.stdout
    assert took < 2.0  # a whole process, start-up included, on a shared machine (was 47 s)


def test_a_csv_with_thousands_of_columns_keeps_a_sane_number_of_extras_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Email"] + [f"Spørgsmål {i}" for i in range(5000)])
        for row in range(10):
            writer.writerow([f"Person {row}", f"p{row}@example.com"] + [f"svar {i}" for i in range(5000)])
    started = time.perf_counter()
    done = run("import", path, "--db", tmp_path / "net.json")
    assert done.returncode == 0, done.stderr
    assert time.perf_counter() - started < 5.0  # was minutes: quadratic in the columns
    assert "4,900 more extra details not kept (netevent keeps 100 a person)" in done.stdout
    with Repository.open(tmp_path / "net.json", read_only=True) as repo:
        assert {len(p.extra) for p in repo.people()} == {100}

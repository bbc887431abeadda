"""No control character from the data reaches the terminal: every command, run for real on a pty.

The data is stored exactly as given; what is written to the terminal shows
the controls as visible escapes (`␛`, `\\x9b`, `\\u202e`). A pipe would not
do: click strips some sequences only when its output is not a terminal.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from netevent.storage.repository import Repository

from ..helpers.hostile import C1, CLIPBOARD, NAME, SPOOF, TITLE, hostile_csv, hostile_db
from ..helpers.terminal import injected, netevent_args, run_on_pty


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, TERM="xterm-256color", HOME=str(tmp_path / "home"), NETEVENT_DB=str(tmp_path / "x.json"))


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return hostile_db(tmp_path / "hostile.json")


COMMANDS = [
    ("who", "Mallory"),
    ("who", "--all", "Alice"),
    ("event", "list"),
    ("event", "brief"),
    ("event", "review"),
    ("report",),
    ("followup",),
    ("profile",),
    ("profile", "--pitch", "Ny" + TITLE),
    ("give", "Mallory", "tip" + CLIPBOARD),
    ("got", "Mallory", "gift" + C1),
    ("event", "use", "Evt" + TITLE),
    ("event", "target", "Mallory", "--reason", "why" + SPOOF),
    ("followup", "add", "Mallory", "send" + TITLE),
    ("check",),
    ("export", "--format", "md"),
    ("export", "--format", "csv"),
    ("export", "--format", "vcf"),
    ("export", "--format", "json"),
    ("who", "nobody" + TITLE),  # the error line quotes the query
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c)[:30].encode("unicode_escape").decode())
def test_no_command_writes_a_control_character_from_the_data(hostile: Path, env: dict[str, str], command) -> None:
    code, output = run_on_pty(netevent_args(*command, "--db", hostile), env)
    output = output.replace(b"\r\r\n", b"\r\n")  # CSV and vCard end lines in CRLF; the pty adds a CR
    assert injected(output) == [], output
    assert code in (0, 1), output
    text = output.decode()
    if command[0] in ("who", "profile", "event", "give", "got", "followup") and code == 0:
        assert "␛" in text, text  # shown, not dropped


def test_the_import_report_and_the_dry_run_show_hostile_names_visibly(tmp_path: Path, env: dict[str, str]) -> None:
    source = hostile_csv(tmp_path / "attendees.csv")
    db = tmp_path / "net.json"
    code, dry = run_on_pty(netevent_args("import", source, "--dry-run", "--db", db), env)
    assert code == 0 and injected(dry) == [], dry
    assert "Mallory␛]0;pwned␇ Moe" in dry.decode() and "Trudy␈␈␈␈Alice" in dry.decode()
    assert not db.exists()
    code, done = run_on_pty(netevent_args("import", source, "--event", "E" + TITLE, "--db", db), env)
    assert code == 0 and injected(done) == [], done
    assert "Mallory␛]0;pwned␇ Moe" in done.decode()
    with Repository.open(db, read_only=True) as repo:  # stored exactly as given
        assert {p.name for p in repo.people()} == {NAME, "Trudy\b\b\b\bAlice"}
        assert repo.events()[0].name == "E" + TITLE


def test_csv_export_is_safe_in_a_spreadsheet_and_reads_back(hostile: Path, tmp_path: Path, env: dict[str, str]) -> None:
    with Repository.open(hostile) as repo:
        from netevent.domain.models import Person

        repo.save_person(Person(name='=HYPERLINK("http://evil")', phone="+45 12 34 56 78", company="@SUM(A1)"))
        repo.save_person(Person(name="Tab", company="\t=1+1", role="-2"))
    out = tmp_path / "people.csv"
    code, output = run_on_pty(netevent_args("export", "-o", out, "--db", hostile), env)
    assert code == 0, output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes spreadsheets read UTF-8
    assert injected(raw[3:].replace(b"\r\n", b"\n")) == []
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c.lstrip()[:1] in ("=", "+", "-", "@")], cells
    assert '\'=HYPERLINK("http://evil")' in cells and "'+45 12 34 56 78" in cells
    assert any("Mallory␛]0;pwned␇" in c for c in cells)
    # Importing the export again gives the formula-looking values back as text.
    again = tmp_path / "again.json"
    code, output = run_on_pty(netevent_args("import", out, "--db", again), env)
    assert code == 0, output
    with Repository.open(again, read_only=True) as repo:
        assert any(p.name == '=HYPERLINK("http://evil")' and p.phone == "+45 12 34 56 78" for p in repo.people())


def test_the_json_backup_keeps_every_character_and_escapes_them(hostile: Path, tmp_path: Path, env) -> None:
    code, output = run_on_pty(netevent_args("export", "--format", "json", "--db", hostile), env)
    assert code == 0 and injected(output) == []
    backup = json.loads(output.decode().replace("\r\n", "\n"))
    assert NAME in [p["name"] for p in backup["people"]]
    assert "Alice\u202eecilA" in [p["name"] for p in backup["people"]]

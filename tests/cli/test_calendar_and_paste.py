"""`netevent import FILE.ics` and `netevent import -` on the command line: reports, and bad input changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from netevent.cli import main
from netevent.domain.models import Person
from netevent.storage.repository import Repository

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "real"


@pytest.fixture
def seeded(db_path: Path) -> bytes:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="John Doe", email="johndoe@example.com"))
    return db_path.read_bytes()


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def test_an_invite_is_imported_and_the_second_time_nothing_changes(db_path: Path, seeded: bytes) -> None:
    first = run("import", str(REAL / "outlook_2010_meeting_request.ics"), "--db", str(db_path))
    assert first.exit_code == 0, first.output
    assert "(iCalendar): created 1 event, updated 0, unchanged 0, skipped 0" in first.stdout
    assert "1 put in the room: John Doe" in first.stdout
    written = db_path.read_bytes()
    again = run("import", str(REAL / "outlook_2010_meeting_request.ics"), "--db", str(db_path))
    assert "created 0 events, updated 0, unchanged 1" in again.stdout and "was not written" in again.stdout
    assert db_path.read_bytes() == written


def test_undo_names_the_calendar_it_takes_back(db_path: Path, seeded: bytes) -> None:
    assert run("import", str(REAL / "outlook_2010_meeting_request.ics"), "--db", str(db_path)).exit_code == 0
    undone = run("undo", "--db", str(db_path))
    assert undone.exit_code == 0 and undone.stdout.startswith("Undid: Imported outlook_2010_meeting_request.ics")
    with Repository.open(db_path, read_only=True) as repo:
        assert repo.events() == [] and [p.name for p in repo.people()] == ["John Doe"]


def test_the_event_option_is_not_used_for_a_calendar_and_says_so(db_path: Path, seeded: bytes) -> None:
    result = run("import", str(REAL / "meetup_phoenix_drupal.ics"), "--event", "Juni", "--db", str(db_path))
    assert result.exit_code == 0
    assert "Warning: a calendar file names its own events, so 'Juni' was not used" in result.stdout
    with Repository.open(db_path, read_only=True) as repo:
        assert [e.name for e in repo.events()] == ["Phoenix Drupal User Group Monthly Meetup"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
            "nothing to import: the calendar holds no event (VEVENT)",
        ),
        (b"MECARD:TEL:+4512345678;EMAIL:pia@norby.dk;;", "the MECARD has no name (N:)"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(db_path: Path, seeded: bytes, text: bytes, message: str) -> None:
    result = run("import", "-", "--db", str(db_path), stdin=text)
    assert result.exit_code == 1
    assert result.stderr.startswith("netevent: stdin") and result.stderr.count("\n") == 1 and message in result.stderr
    assert db_path.read_bytes() == seeded

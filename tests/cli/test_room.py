"""`netevent room intros`: the board on the command line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from netevent.cli import main
from netevent.domain.models import Attendance, Event, Person
from netevent.services.ledger import log_introduction
from netevent.storage.repository import Repository


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_room_intros_lists_pairs_with_why_and_dates(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        lars = repo.save_person(Person(name="Lars Holm", role="Advokat", needs=("IT-sikkerhed",)))
        soren = repo.save_person(Person(name="Søren Ærø", strengths=("IT-sikkerhed",), needs=("en advokat",)))
        ida = repo.save_person(Person(name="Ida", strengths=("catering",), needs=("moms",)))
        other = repo.save_event(Event(name="Andet møde", attendees=(Attendance(person_id=ida.key),)))
        event = repo.save_event(
            Event(name="Netværk Nord", attendees=tuple(Attendance(person_id=p.key) for p in (lars, soren, ida)))
        )
        repo.set_current_event(event.key)
        log_introduction(repo, lars.key, soren.key, date="2026-01-05")
    result = run("room", "intros")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "Introductions in Netværk Nord (3 people)",
        "  1. Lars Holm ↔ Søren Ærø  (introduced 2026-01-05)",
        '     Lars Holm needs "IT-sikkerhed" — Søren Ærø is strong in "IT-sikkerhed"',
        '     and back: Søren Ærø needs "en advokat" — Lars Holm works as "Advokat"',
    ]
    elsewhere = run("room", "intros", "--event", "Andet møde")
    assert elsewhere.output.splitlines()[1] == "  nobody in the room needs what another one brings yet"
    assert other.name == "Andet møde"


def test_room_intros_without_an_event_is_one_line(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.save_person(Person(name="Ida"))
    result = run("room", "intros")
    assert result.exit_code == 1 and result.stderr.startswith("netevent: no event given")
    assert run("room", "intros", "--event", "Findes ikke").stderr.count("\n") == 1

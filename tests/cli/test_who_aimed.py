"""`netevent who` takes aimed search: the filters pick the person, and the card says what they were."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from netevent.cli import main
from netevent.domain.models import Person
from netevent.services.events import create_event
from netevent.services.rooms import add_to_room, mark_met
from netevent.storage.repository import Repository


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_who_with_filters(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        ase = repo.save_person(Person(name="Åse Øberg", strengths=("selskabsret",), tags=("advokat",)))
        bo = repo.save_person(Person(name="Bo Berg", strengths=("selskabsret", "inkasso"), first_met_at="Eksportrådet"))
        event = create_event(repo, "Netværk Nord", make_current=True)
        add_to_room(repo, event.key, ase.key)
        add_to_room(repo, event.key, bo.key)
        mark_met(repo, event.key, bo.key)
    found = run("who", "s:selskabsret", "-met")
    assert found.exit_code == 0
    assert found.output.startswith("Åse Øberg\n")
    assert found.output.rstrip().endswith("Found by: strength: selskabsret · not met — strength: selskabsret")
    assert run("who", "met:eksportradet").output.startswith("Bo Berg\n")
    assert run("who", "#advokat").output.startswith("Åse Øberg\n")
    missing = run("who", "s:patent")
    assert missing.exit_code == 1 and missing.stderr == "netevent: nobody matches 's:patent'\n"

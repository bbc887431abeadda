"""`netevent synonyms add|list|remove`: your own words, and bad input as one line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from netevent.cli import main
from netevent.domain.models import Person, Profile
from netevent.storage.repository import Repository


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_add_list_and_remove(db_path: Path) -> None:
    assert run("synonyms", "list").exit_code != 0  # no file yet: nothing to list, nothing created
    assert not db_path.exists()
    added = run("synonyms", "add", "kreditorstyring", "bogholderi")
    assert added.exit_code == 0 and "kreditorstyring = bogholderi" in added.output
    assert run("synonyms", "list").output == "kreditorstyring = bogholderi\n"
    removed = run("synonyms", "remove", "bogholderi", "kreditorstyring")
    assert removed.exit_code == 0
    assert "No words of your own" in run("synonyms", "list").output


def test_a_bad_pair_is_one_line_and_changes_nothing(db_path: Path) -> None:
    run("synonyms", "add", "moms", "VAT")
    before = db_path.read_bytes()
    for args in (("add", "moms", "moms"), ("add", "vat", "moms"), ("remove", "a", "b"), ("add", "og", "the")):
        result = run("synonyms", *args)
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("netevent: ")
    assert db_path.read_bytes() == before


def test_who_uses_the_new_pair(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        repo.set_profile(Profile(name="Me", offers=("bogholderi",)))
        repo.save_person(Person(name="Kim Kunde", needs=("kreditorstyring",)))
    assert "bogholderi" not in run("who", "kim").output
    run("synonyms", "add", "kreditorstyring", "bogholderi")
    assert 'your offer "bogholderi" meets their need "kreditorstyring" (same meaning)' in run("who", "kim").output

"""Your own synonyms: stored in the file, checked, and followed at once by every card and index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netevent.domain.models import Person, Profile, ValidationError
from netevent.services.cards import card_data
from netevent.services.finder import PeopleFinder
from netevent.services.synonyms import add_synonym, lexicon, remove_synonym, synonyms
from netevent.storage.repository import Repository


def test_a_pair_is_stored_in_the_file_and_read_back(db_path: Path) -> None:
    with Repository.open(db_path) as repo:
        assert add_synonym(repo, "  kreditor  styring ", "bogholderi") == ("kreditor styring", "bogholderi")
    saved = json.loads(db_path.read_text(encoding="utf-8"))
    assert saved["settings"]["1"]["synonyms"] == [["kreditor styring", "bogholderi"]]
    with Repository.open(db_path, read_only=True) as repo:
        assert synonyms(repo) == (("kreditor styring", "bogholderi"),)


@pytest.mark.parametrize(
    ("a", "b", "message"),
    [("", "x", "empty"), ("og", "the", "no word"), ("Moms", "moms", "same word"), ("x" * 201, "y", "longer")],
)
def test_a_bad_pair_is_refused_and_nothing_is_written(repo: Repository, a: str, b: str, message: str) -> None:
    before = repo.settings.copy()
    with pytest.raises(ValidationError, match=message):
        add_synonym(repo, a, b)
    assert repo.settings == before


def test_a_pair_twice_in_any_order_is_refused_and_can_be_removed(repo: Repository) -> None:
    add_synonym(repo, "moms", "VAT")
    with pytest.raises(ValidationError, match="already"):
        add_synonym(repo, "vat", "Moms")
    assert remove_synonym(repo, "VAT", "moms") == ("moms", "VAT")
    assert synonyms(repo) == ()
    with pytest.raises(ValidationError, match="not one of your pairs"):
        remove_synonym(repo, "moms", "VAT")


def test_a_hand_edited_list_keeps_only_real_pairs(repo: Repository) -> None:
    repo.set_setting("synonyms", [["a", "b"], "junk", ["only one"], [1, 2], ["c", "  "]])
    assert synonyms(repo) == (("a", "b"),)


def test_cards_and_the_running_finder_use_a_new_pair_at_once(repo: Repository) -> None:
    repo.set_profile(Profile(name="Me", offers=("bogholderi",)))
    helper = repo.save_person(Person(name="Hjælper", strengths=("kreditorstyring",)))
    asker = repo.save_person(Person(name="Spørger", needs=("bookkeeping",)))
    client = repo.save_person(Person(name="Kunde", needs=("kreditorstyring",)))
    finder = PeopleFinder(repo)
    finder.build()
    assert card_data(repo, finder, client).matches.offer == ()
    assert finder.introductions(asker) == []
    add_synonym(repo, "kreditorstyring", "bogholderi")
    assert lexicon(repo) is finder.lexicon
    (offer,) = card_data(repo, finder, client).matches.offer
    assert offer.how == "same meaning"
    # The introduction index was built before the pair; it follows the write.
    assert [m.person_id for m in finder.introductions(asker)] == [helper.id]
    remove_synonym(repo, "kreditorstyring", "bogholderi")
    assert finder.introductions(asker) == []

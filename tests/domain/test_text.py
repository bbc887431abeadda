"""Danish-aware folding, word splitting, keywords and sorting."""

from __future__ import annotations

import pytest

from netevent.domain.text import STOP_WORDS, fold, keywords, sort_key, words


@pytest.mark.parametrize(
    "spellings",
    [
        ("Søren", "Soren", "Soeren", "SØREN", "søren"),
        ("Århus", "Aarhus", "Arhus", "AARHUS"),
        ("Ærø", "Aero", "AERØ"),
        ("Åse Øberg", "Aase Oeberg", "ase oberg"),
        ("Café", "cafe", "CAFÉ"),
        ("José García", "Jose Garcia"),
        ("Müller", "Muller", "MÜLLER"),
        ("Straße", "Strasse", "STRASSE"),
        ("Zoë", "Zoe"),
        ("Łukasz", "Lukasz"),
    ],
)
def test_fold_makes_the_ways_people_type_a_name_meet(spellings: tuple[str, ...]) -> None:
    assert len({fold(s) for s in spellings}) == 1, [fold(s) for s in spellings]


def test_fold_is_lower_case_ascii_for_danish_text() -> None:
    assert fold("Søren Ærø-Åberg") == "soren aero-aberg"
    assert fold("Ångström") == "angstrom"
    assert fold("ß").isascii() and fold("æøåÆØÅéüß").isascii()


def test_fold_keeps_different_names_apart() -> None:
    assert fold("Søren") != fold("Sara")
    assert fold("Hansen") != fold("Hanssen")
    assert fold("Lund") != fold("Lind")


def test_words_split_hyphenated_compounds_and_punctuation() -> None:
    assert words("IT-virksomheder") == ["it", "virksomheder"]
    assert words("Skat & bogføring, budget/likviditet (årsrapporter)") == [
        "skat",
        "bogforing",
        "budget",
        "likviditet",
        "arsrapporter",
    ]
    assert words("under_score 2026") == ["under", "score", "2026"]
    assert words("") == []


def test_keywords_drop_stop_words_in_danish_and_english_but_keep_it() -> None:
    assert keywords("Introduktion til IT-virksomheder") == ["introduktion", "it", "virksomheder"]
    assert keywords("Vi søger hjælp til en advokat med speciale i selskabsret") == [
        "advokat",
        "speciale",
        "selskabsret",
    ]
    assert keywords("Looking for help with the export of our products") == ["export", "products"]
    assert keywords("it") == ["it"]  # IT, the trade, is not a stop word
    assert keywords("og i at en") == []
    assert keywords("a 1 b 2") == ["1", "2"]  # single digits count, single letters do not
    assert "it" not in STOP_WORDS


def test_sort_key_puts_danish_letters_after_z_and_accents_with_their_letter() -> None:
    names = ["Åse", "Zoë", "Ærø", "Øberg", "Émile", "Eva", "anders", "Bo", "Ëlla", "Üwe", "Ulla"]
    ordered = sorted(names, key=sort_key)
    assert ordered == ["anders", "Bo", "Ëlla", "Émile", "Eva", "Ulla", "Üwe", "Zoë", "Ærø", "Øberg", "Åse"]


def test_sort_key_is_case_insensitive_with_a_stable_tie_break() -> None:
    assert sorted(["bo", "Bo", "BO"], key=sort_key) == ["BO", "Bo", "bo"]
    assert sort_key("søren")[0] < sort_key("åse")[0]
    assert sort_key("Émile")[0] == sort_key("emile")[0]

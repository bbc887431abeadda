"""The lexicon behind matching: the shipped thesaurus, word forms, compounds and phrases."""

from __future__ import annotations

import pytest

from netevent.domain.text import keywords
from netevent.domain.words.lexicon import Lexicon, read_entries, shipped_lexicon, stems
from netevent.domain.words.similarity import THRESHOLD, meet, similarity

LEX = shipped_lexicon()


def test_the_shipped_thesaurus_is_a_few_hundred_entries_in_both_languages() -> None:
    from netevent.domain.words.lexicon import _shipped_entries

    entries = _shipped_entries()
    meanings = [e for e in entries if e.kind in ("same", "broad")]
    words = {w for e in meanings for w in (*e.phrases, *e.narrower)}
    assert len(meanings) >= 100 and len(words) >= 800
    pairs = [("bogføring", "bookkeeping"), ("moms", "VAT"), ("advokat", "lawyer"),
             ("rekruttering", "recruiting"), ("eksport", "export"), ("revisor", "accounting")]  # fmt: skip
    for danish, english in pairs:
        assert similarity(LEX.terms(danish), LEX.terms(english)), (danish, english)


def test_no_phrase_of_the_thesaurus_loses_a_word_to_the_stop_words() -> None:
    # "it-hjælp" would become "it": every IT word would take the meaning of IT support.
    from netevent.domain.words.lexicon import _keywords, _shipped_entries

    for entry in _shipped_entries():
        for phrase in (*entry.phrases, *entry.narrower):
            found = _keywords(phrase)
            if entry.kind in ("same", "broad"):
                several = len(phrase.split()) > 1
                assert found and (len(found) > 1 or not several), (entry.name, phrase)


def test_word_forms_share_a_stem_in_both_languages() -> None:
    assert set(stems("regnskaber")) & set(stems("regnskabet"))
    assert set(stems("lawyers")) & set(stems("lawyer"))
    # -ing words are fields of their own: accounting is no account, marketing no market.
    assert not set(stems("accounting")) & set(stems("account"))
    assert not set(stems("marketing")) & set(stems("market"))


def test_short_words_are_kept_as_they_are() -> None:
    assert stems("it") == ("it",) and stems("vat") == ("vat",)


def test_a_compound_of_known_words_is_split_into_first_part_and_head() -> None:
    first, head = LEX.terms("regnskabsprogram")
    assert (first.part, head.part) == ("part", "part")
    assert first.weight < head.weight  # a program that does accounts is a program
    moms, advice = LEX.terms("momsrådgivning")
    assert moms.weight > advice.weight  # advice on VAT is about VAT
    assert len(LEX.terms("IT-sikkerhed")) == 2


def test_an_unknown_word_is_not_split_into_pieces() -> None:
    (term,) = LEX.terms("kaffemaskine")
    assert not term.known and term.part == ""


def test_terms_meet_by_their_strongest_shared_key() -> None:
    (a,) = LEX.terms("bogføring")
    (b,) = LEX.terms("bookkeeping")
    (c,) = LEX.terms("bogføringen")
    assert meet(a, c) == (1.0, "=")
    quality, how = meet(a, b)
    assert how == "~" and quality < 1


def test_similarity_covers_both_sides_and_has_a_threshold() -> None:
    full = similarity(LEX.terms("bogføring"), LEX.terms("bogføring"))
    assert full is not None and full.score == 1.0
    half = similarity(LEX.terms("design af køkken"), LEX.terms("grafisk design"))
    assert half is None  # one shared word of two on each side is below the threshold
    assert 0 < THRESHOLD < 1


def test_free_text_needs_a_word_that_says_something() -> None:
    pitch = LEX.terms("Jeg hjælper virksomheder med at finde kunder og med regnskabet")
    assert similarity(LEX.terms("nye kunder"), pitch, text=True) is None
    assert similarity(LEX.terms("regnskab"), pitch, text=True) is not None


def test_thesaurus_text_is_parsed_and_checked() -> None:
    entries = read_entries("# a comment\n\nsame\tfruit\tæble, apple\nbroad\tfood\tmad | æble, pære\n")
    assert [(e.kind, e.name, e.phrases, e.narrower) for e in entries] == [
        ("same", "fruit", ("æble", "apple"), ()),
        ("broad", "food", ("mad",), ("æble", "pære")),
    ]
    with pytest.raises(ValueError, match="line 1"):
        read_entries("same fruit apple")
    with pytest.raises(ValueError, match="line 2"):
        read_entries("same\tx\ty\nweird\tx\ty")


def test_user_pairs_join_each_others_meanings() -> None:
    lexicon = Lexicon(read_entries("same\tfruit\tæble, apple\n"), pairs=(("pomme", "æble"),))
    (pomme,) = lexicon.terms("pomme")
    (apple,) = lexicon.terms("apple")
    assert meet(pomme, apple)[0] > 0
    assert keywords("pomme") == ["pomme"]


def test_some_as_danes_write_it_is_social_media() -> None:
    assert similarity(LEX.terms("SoMe"), LEX.terms("sociale medier"))
    assert LEX.terms("some help") == ()  # the English word stays a stop word

"""As-you-type people search: folding, ranking, typos, rooms and incremental updates."""

from __future__ import annotations

import pytest

from netevent.domain.models import Note, Person
from netevent.domain.search.index import Hit, SearchIndex

from ..helpers.common import person

PEOPLE = [
    person(1, "Søren Kierkegaard", company="Holm Advokater", role="Partner", strengths=["skatteret"]),
    person(2, "Anna Holm", company="Nordisk Eksport", strengths=["German export"], needs=["en revisor"]),
    person(3, "Jens Jensen", company="Århus Bryghus", role="Brygmester", tags=["BNI"]),
    person(4, "Émilie Dubois", company="Café Lumière", needs=["help with bookkeeping"]),
    person(5, "Jürgen Müller", company="Skatterådgivning ApS", interests=["sejlads"]),
    person(6, "Åse Andersen", email="aase@example.dk", strengths=["bookkeeping for startups"]),
    person(7, "Zack Holmes", role="Udvikler", strengths=["IT-virksomheder"]),
]
NOTES = [Note(person_id=3, text="Talked about the Christmas beer and a new bottling line in Randers.")]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex(PEOPLE, NOTES)


def ids(hits: list[Hit]) -> list[int]:
    return [hit.person_id for hit in hits]


@pytest.mark.parametrize("query", ["Søren", "Soren", "soeren", "SØREN", "sor"])
def test_the_ways_people_type_soren_all_find_him(index: SearchIndex, query: str) -> None:
    assert ids(index.search(query))[:1] == [1]


@pytest.mark.parametrize("query", ["Århus", "aarhus", "arhus", "ÅRHUS"])
def test_aarhus_and_aarhus_with_a_ring_meet(index: SearchIndex, query: str) -> None:
    hits = index.search(query)
    assert ids(hits) == [3]
    assert hits[0].why == "company: Århus Bryghus"


@pytest.mark.parametrize(
    ("query", "pid"),
    [("emilie", 4), ("Émilie", 4), ("cafe", 4), ("jurgen", 5), ("Müller", 5), ("muller", 5)],
)
def test_accents_fold_both_ways(index: SearchIndex, query: str, pid: int) -> None:
    assert ids(index.search(query))[:1] == [pid]


def test_accents_in_the_query_match_plain_stored_text() -> None:
    index = SearchIndex([person(1, "Rene Lopez", company="Cafe Noir")])
    assert ids(index.search("René López")) == [1]
    assert ids(index.search("café")) == [1]


def test_a_danish_strength_is_found_without_danish_letters(index: SearchIndex) -> None:
    hits = index.search("skat")
    # A company word start outranks a strength word start.
    assert ids(hits) == [5, 1]
    assert hits[0].why == "company: Skatterådgivning ApS"
    assert hits[1].why == "strength: skatteret"
    assert ids(index.search("skatteradgivning")) == [5]


def test_why_names_the_field_and_quotes_the_item(index: SearchIndex) -> None:
    assert index.search("kierkegaard")[0].why == "name"
    assert index.search("brygmester")[0].why == "role: Brygmester"
    assert index.search("bni")[0].why == "tag: BNI"
    assert index.search("revisor")[0].why == "need: en revisor"
    assert index.search("sejlads")[0].why == "interest: sejlads"
    assert index.search("aase@example")[0].why.startswith("name")  # "aase" folds to "ase": her name


def test_a_note_match_shows_a_fragment_of_the_note(index: SearchIndex) -> None:
    hits = index.search("bottling")
    assert ids(hits) == [3]
    assert hits[0].why.startswith("note: ")
    assert "bottling line" in hits[0].why
    assert hits[0].why.startswith("note: …")  # cut at the front: the note is longer


def test_ranking_name_before_company_before_strength_before_need_before_note() -> None:
    people = [
        person(1, "Ada Note", company="X"),
        person(2, "Bo Need", needs=["export permits"]),
        person(3, "Cy Strength", strengths=["export"]),
        person(4, "Di Company", company="Export Partners"),
        person(5, "Export Eriksen"),
    ]
    index = SearchIndex(people, [Note(person_id=1, text="asked about export")])
    hits = index.search("export")
    assert ids(hits) == [5, 4, 3, 2, 1]
    assert [h.why.split(":")[0] for h in hits] == ["name", "company", "strength", "need", "note"]
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_a_word_start_beats_the_middle_of_a_word_in_the_same_field() -> None:
    index = SearchIndex([person(1, "Ann Mortensen"), person(2, "Bo Tensing")])
    assert ids(index.search("tens")) == [2, 1]


def test_whole_name_match_comes_first() -> None:
    index = SearchIndex([person(1, "Anne Holm Jensen"), person(2, "Anne Holm"), person(3, "Anne Holmgaard")])
    hits = index.search("anne holm")
    assert ids(hits) == [2, 1, 3]
    # "Holm" is a whole word in Anne Holm Jensen, only the start of Holmgaard.
    assert hits[0].score > hits[1].score > hits[2].score


def test_a_whole_word_beats_a_longer_word_it_starts() -> None:
    index = SearchIndex([person(1, "Anne Sørensen"), person(2, "Søren Kjær"), person(3, "Bo Sørensen")])
    assert ids(index.search("søren")) == [2, 1, 3]
    assert ids(index.search("soren")) == [2, 1, 3]


def test_ties_keep_danish_name_order_then_id() -> None:
    people = [
        person(5, "Åse Holm"),
        person(4, "Zack Holm"),
        person(3, "Anders Holm"),
        person(9, "Bo Holm"),
        person(2, "Bo Holm"),
    ]
    index = SearchIndex(people)
    hits = index.search("holm")
    assert ids(hits) == [3, 2, 9, 4, 5]
    assert len({h.score for h in hits}) == 1
    assert ids(index.search("holm")) == ids(hits)  # stable from call to call


def test_every_query_word_must_match_somewhere(index: SearchIndex) -> None:
    assert ids(index.search("holm")) == [2, 7, 1]  # names first, then the company
    assert ids(index.search("holm partner")) == [1]  # company + role
    assert ids(index.search("anna export")) == [2]  # name + strength
    assert ids(index.search("holm brygmester")) == []


def test_words_match_as_prefixes_or_substrings_of_fields(index: SearchIndex) -> None:
    assert ids(index.search("kierke")) == [1]
    assert ids(index.search("gaard")) == [1]  # inside a word
    assert ids(index.search("it-virk")) == [7]  # hyphenated words split like the index


@pytest.mark.parametrize(
    ("query", "pid", "why"),
    [
        ("Sørne", 1, "≈ name"),
        ("Kirkegaard", 1, "≈ name"),
        ("Jenssen", 3, "≈ name"),
        ("bookeeping", 6, "≈ strength: bookkeeping for startups"),
    ],
)
def test_typos_still_find_the_right_person(index: SearchIndex, query: str, pid: int, why: str) -> None:
    hits = index.search(query)
    assert hits and hits[0].person_id == pid
    assert hits[0].why == why


def test_typo_hits_rank_below_every_exact_hit() -> None:
    index = SearchIndex([person(1, "Bo Jensen"), person(2, "Jenssen Consulting ApS"), person(3, "Ib Jenssen")])
    hits = index.search("jenssen")
    assert ids(hits) == [3, 2, 1]
    assert not hits[1].why.startswith("≈") and hits[2].why == "≈ name"
    assert min(h.score for h in hits[:2]) > hits[2].score > 0


def test_short_words_are_not_guessed_at(index: SearchIndex) -> None:
    assert index.search("jnz") == []  # three letters: no typo pass


def test_typos_respect_the_room(index: SearchIndex) -> None:
    assert index.search("bookeeping", within={1, 2, 3}) == []
    assert ids(index.search("bookeeping", within={4, 6})) == [6, 4]


def test_within_restricts_to_the_room(index: SearchIndex) -> None:
    assert ids(index.search("holm", within={1, 7})) == [7, 1]
    assert ids(index.search("holm", within=[2, 99])) == [2]  # any collection; unknown ids ignored
    assert index.search("holm", within=set()) == []


def test_empty_query_lists_everyone_in_danish_order(index: SearchIndex) -> None:
    expected = [2, 4, 3, 5, 1, 7, 6]  # Anna, Émilie, Jens, Jürgen, Søren, Zack, Åse (after Z)
    assert ids(index.search("")) == expected
    assert ids(index.search("  -- ")) == expected  # no words at all
    assert index.all_ids() == expected
    assert index.all_ids(within={6, 7, 2}) == [2, 7, 6]
    assert ids(index.search("", within={6, 7, 2})) == [2, 7, 6]
    assert ids(index.search("", limit=2)) == [2, 4]


def test_limit_caps_the_results() -> None:
    index = SearchIndex(person(i, f"Person {i:03}", company="Acme") for i in range(1, 301))
    assert len(index.search("acme")) == 200
    assert ids(index.search("acme", limit=3)) == [1, 2, 3]
    assert len(index.search("acme", limit=None)) == 300
    assert ids(index.search("person", limit=5)) == [1, 2, 3, 4, 5]


def test_upsert_adds_and_replaces_without_a_rebuild(index: SearchIndex) -> None:
    built = index.rebuilds
    index.upsert(person(8, "Mette Frederiksen", strengths=["skatteret"]))
    assert ids(index.search("skatteret")) == [8, 1]  # Mette before Søren
    assert len(index) == 8
    index.upsert(person(8, "Mette Frederiksen", strengths=["ledelse"]))
    assert ids(index.search("skatteret")) == [1]
    assert ids(index.search("ledelse")) == [8]
    index.upsert(person(8, "Aage Frederiksen"))  # renamed: moves in display order
    assert index.all_ids()[:2] == [8, 2]
    assert ids(index.search("")) == index.all_ids()
    assert index.rebuilds == built
    assert len(index) == 8


def test_remove_forgets_a_person_without_a_rebuild(index: SearchIndex) -> None:
    built = index.rebuilds
    assert ids(index.search("holm")) == [2, 7, 1]
    index.remove(2)
    assert ids(index.search("holm")) == [7, 1]
    assert 2 not in index.all_ids() and len(index) == 6
    index.remove(12345)  # unknown: ignored
    assert index.rebuilds == built


def test_typing_on_after_a_change_sees_the_change() -> None:
    index = SearchIndex([person(1, "Sofie Sand")])
    assert ids(index.search("s")) == [1]
    index.upsert(person(2, "Søren Sand"))
    assert ids(index.search("so")) == [1, 2]  # the narrowing cache was dropped
    assert ids(index.search("sor")) == [2]
    index.remove(2)
    assert ids(index.search("sore")) == []


def test_typing_on_narrows_correctly(index: SearchIndex) -> None:
    typed = [
        ("h", None), ("ho", None), ("hol", [2, 7, 1]), ("holm p", [2, 1]), ("holm pa", [1]),
        ("holm", [2, 7, 1]), ("a", None), ("an", None), ("ann", [2]),
    ]  # fmt: skip
    for query, expected in typed:
        got = ids(index.search(query))
        assert got == ids(SearchIndex(PEOPLE, NOTES).search(query)), query
        if expected is not None:
            assert got == expected


def test_set_notes_replaces_the_indexed_notes(index: SearchIndex) -> None:
    built = index.rebuilds
    index.set_notes(1, ["Wants an intro to a sailmaker", "Has two kids"])
    assert ids(index.search("sailmaker")) == [1]
    index.set_notes(1, ["Has two kids"])
    assert index.search("sailmaker") == []
    assert ids(index.search("bottling")) == [3]  # other people's notes untouched
    index.set_notes(99, ["a note for someone not indexed yet: harpsichord"])
    index.upsert(person(99, "Late Arrival"))
    assert ids(index.search("harpsichord")) == [99]
    assert index.rebuilds == built


def test_empty_index_and_people_without_ids() -> None:
    index = SearchIndex()
    assert index.search("anything") == [] and index.search("") == [] and len(index) == 0
    assert index.rebuilds == 1
    with pytest.raises(ValueError):
        index.upsert(Person(name="No Id"))


def test_hits_are_frozen_values() -> None:
    hit = Hit(1, 2.0, "name")
    with pytest.raises(AttributeError):
        hit.score = 3.0  # type: ignore[misc]


def test_a_zero_limit_gives_nothing(index: SearchIndex) -> None:
    assert index.search("holm", limit=0) == [] and index.search("", limit=0) == []


def test_early_stop_and_pruning_agree_with_full_ranking() -> None:
    # Thousands of people with few distinct words: many ties, several scoring chunks.
    import random

    rng = random.Random(7)
    first = ["Søren", "Anne", "Jens", "Åse", "Bo", "Sofie", "Emil", "Ida"]
    last = ["Jensen", "Holm", "Sørensen", "Bach", "Skov", "Ærø"]
    things = ["skatteret", "export", "holm", "bogføring", "sejlads", "jura", "it"]
    people = [
        person(
            pid,
            f"{rng.choice(first)} {rng.choice(last)}",
            company=rng.choice(["Holm Advokater", "Skov ApS", "Bach & Co", ""]),
            strengths=rng.sample(things, 2),
            needs=rng.sample(things, 1),
        )
        for pid in range(1, 9001)
    ]
    notes = [Note(person_id=pid, text=f"talked about {rng.choice(things)}") for pid in range(1, 9001, 3)]
    index = SearchIndex(people, notes)
    order = {pid: at for at, pid in enumerate(index.all_ids())}
    queries = ["s", "so", "søren", "holm", "h", "export", "ex", "it", "sk", "jens holm", "talked", "a e"]
    for query in [*queries, "søren jensen", "bo bach", "bo"]:
        full = index.search(query, limit=None)
        assert [h.score for h in full] == sorted((h.score for h in full), reverse=True), query
        for a, b in zip(full, full[1:]):  # equal scores keep display order
            assert a.score > b.score or order[a.person_id] < order[b.person_id], query
        for limit in (1, 7, 200):
            assert index.search(query, limit=limit) == full[:limit], (query, limit)
        room = set(range(1, 9001, 5))
        assert index.search(query, within=room, limit=None) == [h for h in full if h.person_id in room]


def test_whole_name_match_is_found_even_past_an_early_stop() -> None:
    # 5,000 people whose name has a word starting "bo" come before "Bo" himself.
    people = [person(pid, f"Anne Bonde {pid:04}") for pid in range(1, 5001)]
    index = SearchIndex([*people, person(9999, "Bo")])
    hits = index.search("bo", limit=3)
    assert ids(hits) == [9999, 1, 2]
    assert hits[0].score > hits[1].score

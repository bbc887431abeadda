"""The three match blocks: what you can offer, how they can help, whom to introduce."""

from __future__ import annotations

import pytest

from netevent.domain.matching import (
    CardMatches,
    IntroIndex,
    Match,
    card_matches,
    they_can_help,
    you_can_offer,
)
from netevent.domain.models import Person, Profile

from ..helpers.common import person

ME = Profile(
    name="Mette Lund",
    offers=("bookkeeping for startups", "IT-support", "Rådgivning om eksport"),
    asks=("export to Germany", "en god advokat", "introduktion til IT-virksomheder"),
)


ANNA = person(
    1,
    "Anna Holm",
    company="Nordic Trade",
    role="Export manager",
    strengths=("German export", "toldregler"),
    needs=("help with bookkeeping", "export to Germany"),
    interests=("startups",),
)
BO = person(2, "Bo Berg", role="Revisor", strengths=("bookkeeping", "årsrapporter"), tags=("BNI",))
CARL = person(3, "Carl Dahl", company="Dahl Advokater", role="Partner", strengths=("selskabsret",))
DITTE = person(4, "Ditte Eskildsen", strengths=("eksport til Tyskland",), tags=("Aarhus",))
ERIK = person(5, "Erik IT", role="Udvikler", strengths=("IT",))
EVERYONE = [ANNA, BO, CARL, DITTE, ERIK]


def whys(matches: list[Match] | tuple[Match, ...]) -> list[str]:
    return [m.why for m in matches]


# ----------------------------------------------------------------- you can offer


def test_your_offer_meets_their_need_with_a_readable_why() -> None:
    matches = you_can_offer(ME, ANNA)
    assert matches[0].why == 'your offer "bookkeeping for startups" meets their need "help with bookkeeping"'
    assert (matches[0].mine, matches[0].theirs) == ("bookkeeping for startups", "help with bookkeeping")
    assert matches[0].person_id is None


def test_an_interest_counts_but_less_than_a_need() -> None:
    matches = you_can_offer(ME, ANNA)
    by_why = {m.why: m.score for m in matches}
    need = by_why['your offer "bookkeeping for startups" meets their need "help with bookkeeping"']
    interest = by_why['your offer "bookkeeping for startups" meets their interest "startups"']
    assert 0 < interest < need


def test_danish_offer_meets_english_need_through_a_near_spelling() -> None:
    matches = you_can_offer(ME, ANNA)
    assert 'your offer "Rådgivning om eksport" meets their need "export to Germany"' in whys(matches)


def test_matches_are_sorted_best_first_and_deterministic() -> None:
    matches = you_can_offer(ME, ANNA)
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    assert you_can_offer(ME, ANNA) == matches


def test_nothing_to_offer_means_no_matches() -> None:
    assert you_can_offer(Profile(name="Me"), ANNA) == []
    assert you_can_offer(ME, person(9, "No Needs")) == []


def test_stop_words_alone_never_make_a_match() -> None:
    me = Profile(name="Me", offers=("help with the things you need",), asks=("noget at gøre med det",))
    them = person(9, "Them", needs=("help for all of them",), strengths=("det er noget med at",))
    assert you_can_offer(me, them) == []
    assert they_can_help(me, them) == []


# ----------------------------------------------------------------- they can help


def test_their_strength_meets_your_ask() -> None:
    matches = they_can_help(ME, ANNA)
    assert matches[0].why == 'their strength "German export" meets your ask "export to Germany"'
    assert (matches[0].mine, matches[0].theirs) == ("export to Germany", "German export")
    # Their role helps too, but a strength says more than a role.
    role = [m for m in matches if m.theirs == "Export manager"]
    assert role and role[0].why == 'their role "Export manager" meets your ask "export to Germany"'
    assert role[0].score < matches[0].score


def test_their_company_meets_your_ask_through_a_word_ending() -> None:
    matches = they_can_help(ME, CARL)
    assert whys(matches) == ['their company "Dahl Advokater" meets your ask "en god advokat"']


def test_it_virksomheder_meets_it() -> None:
    matches = they_can_help(ME, ERIK)
    assert 'their strength "IT" meets your ask "introduktion til IT-virksomheder"' in whys(matches)


def test_their_tags_can_help() -> None:
    me = Profile(name="Me", asks=("contacts in Aarhus",))
    assert whys(they_can_help(me, DITTE)) == ['their tag "Aarhus" meets your ask "contacts in Aarhus"']


def test_user_words_are_quoted_exactly_as_typed() -> None:
    me = Profile(name="Me", offers=('[b]Bogføring[/b] & "regnskab"',))
    them = person(9, "Them", needs=("Hjælp til BOGFØRING",))
    (match,) = you_can_offer(me, them)
    assert match.why == 'your offer "[b]Bogføring[/b] & "regnskab"" meets their need "Hjælp til BOGFØRING"'


# ----------------------------------------------------------------- introductions


@pytest.fixture
def index() -> IntroIndex:
    return IntroIndex(EVERYONE)


def test_introductions_match_their_needs_to_others_strengths(index: IntroIndex) -> None:
    matches = index.introductions(ANNA)
    by_person = {m.person_id: m for m in matches}
    assert by_person[2].why == 'needs "help with bookkeeping" — Bo Berg is strong in "bookkeeping"'
    assert by_person[4].why == 'needs "export to Germany" — Ditte Eskildsen is strong in "eksport til Tyskland"'
    assert (by_person[2].mine, by_person[2].theirs) == ("help with bookkeeping", "bookkeeping")


def test_introductions_never_suggest_the_person_themself(index: IntroIndex) -> None:
    # Anna is strong in "German export" and needs "export to Germany".
    assert 1 not in [m.person_id for m in index.introductions(ANNA, limit=50)]


def test_introductions_respect_the_room(index: IntroIndex) -> None:
    assert [m.person_id for m in index.introductions(ANNA, within={1, 4, 5})] == [4]
    assert index.introductions(ANNA, within=[3]) == []
    assert index.introductions(ANNA, within=set()) == []


def test_introductions_are_best_first_and_cut_to_the_limit(index: IntroIndex) -> None:
    matches = index.introductions(ANNA)
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    assert len(index.introductions(ANNA, limit=1)) == 1
    assert index.introductions(ANNA, limit=1)[0] == matches[0]


def test_introduction_ties_follow_danish_name_order() -> None:
    names = [(10, "Åse"), (11, "Zack"), (12, "Anders"), (13, "Øjvind")]
    helpers = [person(pid, name, strengths=("sejlads",)) for pid, name in names]
    index = IntroIndex(helpers)
    asker = person(20, "Asker", needs=("sejlads",))
    assert [m.person_id for m in index.introductions(asker)] == [12, 11, 13, 10]
    assert [m.person_id for m in index.introductions(asker, limit=2)] == [12, 11]


def test_rare_words_weigh_more_than_common_ones() -> None:
    common = [person(pid, f"Common {pid}", strengths=("consulting",)) for pid in range(10, 40)]
    rare = person(50, "Rare", strengths=("patent law",))
    index = IntroIndex([*common, rare])
    asker = person(60, "Asker", needs=("consulting", "patent law"))
    assert index.introductions(asker, limit=1)[0].person_id == 50


def test_role_company_and_tags_can_be_introduced() -> None:
    index = IntroIndex(EVERYONE)
    asker = person(9, "Asker", needs=("a revisor", "advokater", "BNI contacts"))
    why = {m.person_id: m.why for m in index.introductions(asker)}
    assert why[3] == 'needs "advokater" — Carl Dahl is at "Dahl Advokater"'
    assert why[2] == 'needs "a revisor" — Bo Berg works as "Revisor"'  # his role beats his tag
    tagged = index.introductions(person(9, "Asker", needs=("BNI contacts",)))
    assert whys(tagged) == ['needs "BNI contacts" — Bo Berg is tagged "BNI"']


def test_introductions_follow_upserts_and_removals(index: IntroIndex) -> None:
    asker = person(9, "Asker", needs=("patent law",))
    assert index.introductions(asker) == []
    index.upsert(person(6, "Frida Patent", strengths=("patent law",)))
    assert [m.person_id for m in index.introductions(asker)] == [6]
    index.upsert(person(6, "Frida Patent", strengths=("tax advice",)))  # changed her mind
    assert index.introductions(asker) == []
    index.upsert(person(7, "Gustav", strengths=("patents",)))
    assert [m.person_id for m in index.introductions(asker)] == [7]  # prefix: patent / patents
    index.remove(7)
    assert index.introductions(asker) == []
    index.remove(12345)  # unknown: ignored
    assert len(index) == 6


def test_a_need_with_only_stop_words_finds_no_one(index: IntroIndex) -> None:
    assert index.introductions(person(9, "Asker", needs=("help with some of the", "og i at en"))) == []


def test_index_refuses_unstored_people() -> None:
    with pytest.raises(ValueError):
        IntroIndex().upsert(Person(name="No Id"))


# ----------------------------------------------------------------- the card


def test_card_matches_gathers_all_three_blocks(index: IntroIndex) -> None:
    card = card_matches(ME, ANNA, index, within={1, 2, 3, 4, 5})
    assert isinstance(card, CardMatches)
    assert card.offer[0].why == 'your offer "bookkeeping for startups" meets their need "help with bookkeeping"'
    assert card.help[0].why == 'their strength "German export" meets your ask "export to Germany"'
    assert {m.person_id for m in card.introduce} == {2, 4}
    for block in (card.offer, card.help, card.introduce):
        assert [m.score for m in block] == sorted((m.score for m in block), reverse=True)


def test_card_matches_cuts_every_block_to_the_limit(index: IntroIndex) -> None:
    card = card_matches(ME, ANNA, index, limit=1)
    assert len(card.offer) == len(card.help) == len(card.introduce) == 1
    assert card_matches(ME, ANNA, index, within={2}).introduce[0].person_id == 2


def test_a_card_for_someone_with_nothing_filled_in_is_empty(index: IntroIndex) -> None:
    card = card_matches(ME, person(9, "Blank"), index)
    assert card == CardMatches()

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
from netevent.domain.words.lexicon import shipped_lexicon

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
    assert (matches[0].how, matches[0].source) == ("", "offer")


def test_an_interest_counts_but_less_than_a_need() -> None:
    matches = you_can_offer(ME, ANNA)
    by_theirs = {m.theirs: m for m in matches}
    assert by_theirs["startups"].why == 'your offer "bookkeeping for startups" meets their interest "startups"'
    assert 0 < by_theirs["startups"].score < by_theirs["help with bookkeeping"].score


def test_danish_offer_meets_english_need() -> None:
    assert 'your offer "Rådgivning om eksport" meets their need "export to Germany"' in whys(you_can_offer(ME, ANNA))


def test_danish_and_english_meet_through_the_thesaurus_and_say_so() -> None:
    me = Profile(name="Me", offers=("bogføring", "moms"))
    them = person(9, "Them", needs=("bookkeeping", "Danish VAT"))
    assert whys(you_can_offer(me, them)) == [
        'your offer "bogføring" meets their need "bookkeeping" (same meaning)',
        'your offer "moms" meets their need "Danish VAT" (same meaning)',
    ]


def test_word_forms_meet_as_the_same_word() -> None:
    me = Profile(name="Me", offers=("regnskaber", "lawyers"))
    them = person(9, "Them", needs=("regnskabet", "a lawyer"))
    assert [m.how for m in you_can_offer(me, them)] == ["", ""]
    assert len(you_can_offer(me, them)) == 2


def test_a_compound_meets_its_first_part_only_weakly() -> None:
    # Someone who needs a regnskabsprogram needs software, not an accountant ...
    me = Profile(name="Me", offers=("regnskab",))
    assert you_can_offer(me, person(9, "Them", needs=("regnskabsprogram",))) == []
    # ... but a momsrådgivning is about moms: its head word says little.
    tax = you_can_offer(Profile(name="Me", offers=("moms",)), person(9, "Them", needs=("momsrådgivning",)))
    assert [m.how for m in tax] == ["part of a word"]
    # And the head of a compound carries its meaning.
    software = Profile(name="Me", offers=("software",))
    assert you_can_offer(software, person(9, "Them", needs=("regnskabsprogram",)))


def test_two_narrower_words_of_one_field_do_not_meet_but_the_general_word_meets_both() -> None:
    lawyer = person(9, "Them", needs=("kontraktret",))
    assert you_can_offer(Profile(name="Me", offers=("selskabsret",)), lawyer) == []
    (match,) = you_can_offer(Profile(name="Me", offers=("advokat",)), lawyer)
    assert match.how == "same field"
    # "patent law" names a specialty: its "law" does not reach another one.
    assert you_can_offer(Profile(name="Me", offers=("corporate law",)), person(9, "T", needs=("patent law",))) == []


def test_a_phrase_of_the_thesaurus_is_one_meaning() -> None:
    sales = Profile(name="Me", offers=("salgstræning",))
    assert you_can_offer(sales, person(9, "Them", needs=("sales tax",))) == []
    coaching = Profile(name="Me", offers=("executive coaching",))
    assert you_can_offer(coaching, person(9, "Them", needs=("coach til direktøren",)))


def test_a_near_spelling_of_an_unknown_word_still_meets() -> None:
    me = Profile(name="Me", offers=("bogføring",))
    (match,) = you_can_offer(me, person(9, "Them", needs=("bogførring",)))
    assert match.how == "near spelling"
    # Two real words that only look alike never do (a Danish entreprenør builds houses).
    assert you_can_offer(Profile(name="Me", offers=("entrepreneur",)), person(9, "T", needs=("entreprenør",))) == []


def test_your_role_company_and_pitch_count_as_offers_below_explicit_ones() -> None:
    me = Profile(name="Me", role="Statsautoriseret revisor", company="Lund Regnskab",
                 pitch="Jeg hjælper små virksomheder med regnskabet, så de kan bruge tiden på kunderne.")  # fmt: skip
    them = person(9, "Them", needs=("en revisor", "regnskab", "nye kunder"))
    by_need = {m.theirs: m for m in you_can_offer(me, them)}
    assert by_need["en revisor"].why == 'your role "Statsautoriseret revisor" meets their need "en revisor"'
    assert by_need["regnskab"].why == 'your role "Statsautoriseret revisor" meets their need "regnskab" (same meaning)'
    company = you_can_offer(Profile(name="Me", company="Lund Regnskab"), them)
    assert 'your company "Lund Regnskab" meets their need "regnskab"' in whys(company)
    assert "nye kunder" not in by_need  # a pitch that mentions customers does not offer any
    pitch_only = Profile(name="Me", pitch=me.pitch)
    (pitched,) = you_can_offer(pitch_only, person(9, "Them", needs=("regnskab",)))
    assert pitched.why == 'your pitch ("regnskabet") meets their need "regnskab"'
    explicit = you_can_offer(Profile(name="Me", offers=("revisor",)), person(9, "Them", needs=("en revisor",)))
    assert explicit[0].score > by_need["en revisor"].score


def test_one_match_per_need_with_the_strongest_reason() -> None:
    me = Profile(name="Me", role="Revisor", offers=("revision", "revisor", "årsregnskab"), company="Revisor ApS")
    (match,) = you_can_offer(me, person(9, "Them", needs=("en revisor",)))
    assert match.why == 'your offer "revisor" meets their need "en revisor"'


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


def test_user_synonyms_make_words_meet() -> None:
    me = Profile(name="Me", offers=("bogholderi",))
    them = person(9, "Them", needs=("kreditorstyring",))
    assert you_can_offer(me, them) == []
    lexicon = shipped_lexicon((("kreditorstyring", "bogholderi"),))
    (match,) = you_can_offer(me, them, lexicon)
    assert match.how == "same meaning"
    # The new word also joins the meanings of the old one: it meets accounting words now.
    assert you_can_offer(Profile(name="Me", offers=("bookkeeping",)), them, lexicon)


# ----------------------------------------------------------------- they can help


def test_their_strength_meets_your_ask() -> None:
    matches = they_can_help(ME, ANNA)
    assert matches[0].why == 'their strength "German export" meets your ask "export to Germany"'
    assert (matches[0].mine, matches[0].theirs) == ("export to Germany", "German export")
    assert [m.mine for m in matches].count("export to Germany") == 1  # her role says the same: one line


def test_their_company_and_role_meet_your_ask() -> None:
    assert whys(they_can_help(ME, person(9, "T", company="Dahl Advokater"))) == [
        'their company "Dahl Advokater" meets your ask "en god advokat"'
    ]
    assert whys(they_can_help(ME, person(9, "T", role="Advokat"))) == [
        'their role "Advokat" meets your ask "en god advokat"'
    ]


def test_it_virksomheder_meets_it() -> None:
    assert 'their strength "IT" meets your ask "introduktion til IT-virksomheder"' in whys(they_can_help(ME, ERIK))


def test_their_tags_and_about_can_help() -> None:
    me = Profile(name="Me", asks=("contacts in Aarhus", "introduktion til IT-virksomheder"))
    assert whys(they_can_help(me, DITTE)) == ['their tag "Aarhus" meets your ask "contacts in Aarhus"']
    about = person(9, "T", about="Driver et IT-firma med 12 ansatte i Aarhus N.")
    assert whys(they_can_help(me, about)) == [
        'about them ("IT-firma") meets your ask "introduktion til IT-virksomheder"'
    ]


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


def test_introductions_agree_with_the_card(index: IntroIndex) -> None:
    for asker in EVERYONE:
        for match in index.introductions(asker, limit=10):
            other = next(p for p in EVERYONE if p.id == match.person_id)
            direct = they_can_help(Profile(name="X", asks=(match.mine,)), other)
            assert direct and direct[0].theirs == match.theirs


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
    assert why[2] == 'needs "a revisor" — Bo Berg works as "Revisor"'  # his role beats his tag
    assert why[3].startswith('needs "advokater" — Carl Dahl ')
    tagged = index.introductions(person(9, "Asker", needs=("BNI contacts",)))
    assert whys(tagged) == ['needs "BNI contacts" — Bo Berg is tagged "BNI"']
    companies = IntroIndex([person(3, "Carl Dahl", company="Dahl Advokater")])
    assert whys(companies.introductions(asker)) == ['needs "advokater" — Carl Dahl is at "Dahl Advokater"']


def test_introductions_follow_upserts_and_removals(index: IntroIndex) -> None:
    asker = person(9, "Asker", needs=("patent law",))
    assert index.introductions(asker) == []
    index.upsert(person(6, "Frida Patent", strengths=("patent law",)))
    assert [m.person_id for m in index.introductions(asker)] == [6]
    index.upsert(person(6, "Frida Patent", strengths=("tax advice",)))  # changed her mind
    assert index.introductions(asker) == []
    index.upsert(person(7, "Gustav", strengths=("patents",)))
    assert [m.person_id for m in index.introductions(asker)] == [7]  # patent / patents: one word
    index.remove(7)
    assert index.introductions(asker) == []
    index.remove(12345)  # unknown: ignored
    assert len(index) == 6


def test_introductions_find_near_spellings(index: IntroIndex) -> None:
    index.upsert(person(6, "Frida", strengths=("Excelmakroer",)))
    assert [m.person_id for m in index.introductions(person(9, "Asker", needs=("excelmakro",)))] == [6]


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

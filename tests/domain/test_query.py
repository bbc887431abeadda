"""Aimed search: each prefix parsed into a filter, said in words for the status line."""

from __future__ import annotations

import pytest

from netevent.domain.search.query import Filter, parse_query


def only(query: str) -> Filter:
    (found,) = parse_query(query).filters
    return found


@pytest.mark.parametrize(
    ("query", "attr", "value", "label"),
    [
        ("s:tysk", "strengths", "tysk", "strength: tysk"),
        ("strength:Tysk", "strengths", "tysk", "strength: Tysk"),
        ("n:eksport", "needs", "eksport", "need: eksport"),
        ("c:Holm", "company", "holm", "company: Holm"),
        ("r:advokat", "role", "advokat", "role: advokat"),
        ("#Århus", "tags", "arhus", "tag: Århus"),
        ("met:Eksportrådet", "first_met_at", "eksportradet", "met at: Eksportrådet"),
        ('s:"eksport til"', "strengths", "eksport til", "strength: eksport til"),
    ],
)
def test_field_prefixes(query: str, attr: str, value: str, label: str) -> None:
    assert only(query) == Filter("field", attr, value, False, label)


def test_a_dash_negates_any_filter_and_plain_words() -> None:
    assert only("-s:skat") == Filter("field", "strengths", "skat", True, "not strength: skat")
    assert only("-#bni").negate
    parsed = parse_query("søren -holm")
    assert (parsed.text, parsed.without) == ("søren", ("holm",))
    assert parsed.describe() == "not “holm”"


def test_room_met_and_follow_ups() -> None:
    assert only("in:room") == Filter("room", label="in the room")
    assert only("-in:rum") == Filter("room", negate=True, label="not in the room")
    assert only("met") == Filter("met", label="met")
    assert only("-met") == Filter("met", negate=True, label="not met")
    assert only("due:") == Filter("due", value="any", label="follow-up open")
    assert only("due:week").value == "week"
    assert only("due:idag").value == "today"
    assert only("due:2026-03-31") == Filter("due", value="2026-03-31", label="follow-up due by 2026-03-31")
    assert only("-due:").label == "no follow-up open"


def test_plain_words_still_search_everything() -> None:
    parsed = parse_query("Søren Ærø bogføring")
    assert parsed.text == "Søren Ærø bogføring" and not parsed.aimed
    # A colon in an ordinary word, or an unknown prefix, is just a word.
    assert not parse_query("http://holm.dk kl:10").aimed
    assert parse_query('"eksport til" x').text == '"eksport til" x'


def test_several_filters_and_words_together() -> None:
    parsed = parse_query("in:room -met s:eksport mette")
    assert parsed.text == "mette"
    assert [f.kind for f in parsed.filters] == ["room", "met", "field"]
    assert parsed.describe() == "in the room · not met · strength: eksport"


def test_a_prefix_still_being_typed_filters_nothing_yet() -> None:
    for query in ("s:", "#", "met:", "in:", 's:"'):
        parsed = parse_query(query)
        assert parsed.filters == () and parsed.text == "", query


def test_a_bad_value_is_said_not_guessed() -> None:
    parsed = parse_query("due:someday in:kitchen")
    assert parsed.filters == ()
    assert parsed.describe() == "due:someday? (today, week, overdue or a date) · in:kitchen? (in:room)"

"""Who you are losing touch with, and a network's coverage, on hand-computed examples."""

from __future__ import annotations

import pytest

from netevent.domain.cadence import cadence_from_rhythm, describe, months_ago, parse_cadence, rhythm, short
from netevent.domain.keep_in_touch import Contact, coverage, due_people, newer
from netevent.domain.models import ValidationError


@pytest.mark.parametrize(
    ("text", "days"),
    [("3m", 91), ("6 weeks", 42), ("90d", 90), ("2", 61), ("1y", 365), ("1,5m", 46), ("never", 0), ("", None),
     ("default", None), ("4 uger", 28)],
)  # fmt: skip
def test_a_cadence_as_people_type_it(text: str, days: int | None) -> None:
    assert parse_cadence(text) == days


@pytest.mark.parametrize("text", ["soon", "-3m", "0d", "500y", "3x"])
def test_a_cadence_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="keep-in-touch cadence"):
        parse_cadence(text)


def test_a_cadence_in_words_and_as_typed_back() -> None:
    assert describe(61) == "every 2 months" and describe(30) == "every month" and describe(14) == "every 2 weeks"
    assert describe(10) == "every 10 days" and describe(0) == "never" and describe(None) == "default"
    assert [short(d) for d in (None, 0, 61, 42, 90)] == ["", "never", "2m", "6w", "90d"]
    assert all(parse_cadence(short(d)) == d for d in (0, 61, 42, 90, 182))


def test_a_networks_rhythm_is_its_usual_gap_and_its_members_are_due_after_two() -> None:
    # Gaps of 28, 28, 35 and 27 days: the median is 28.
    assert rhythm(["2026-08-06", "2026-09-03", "2026-10-01", "2026-11-05", "2026-12-02"]) == 28
    assert rhythm(["2026-08-06"]) is None and rhythm([]) is None
    assert rhythm(["2026-08-06", "2026-08-06", ""]) is None  # one day twice is one meeting
    assert cadence_from_rhythm(28) == 56 and cadence_from_rhythm(None) == 182
    assert months_ago("2026-11-26", 6) == "2026-05-27"


def test_the_latest_contact_wins_and_a_day_keeps_what_was_told_first() -> None:
    last: dict[int, Contact] = {}
    newer(last, 1, "2026-09-03", "met at september")
    newer(last, 1, "2026-08-06T09:00:00", "a note")
    newer(last, 1, "2026-09-03", "a note")
    newer(last, 1, "", "nothing")
    assert last == {1: Contact("2026-09-03", "met at september")}


def test_the_stale_list_by_hand() -> None:
    today = "2026-11-26"
    last = {
        1: Contact("2026-08-06", "met at august"),  # 112 days ago, cadence 56: 56 over
        2: Contact("2026-10-01", "a note"),  # 56 days ago, cadence 56: exactly on time, not due
        3: Contact("2026-09-03", "gave: intro"),  # 84 days ago, cadence 56: 28 over
        4: Contact("2026-05-01", "first met"),  # 209 days ago, never due (0)
        6: Contact("2026-12-01", "planned"),  # after today: not counted
    }
    cadences = {1: 56, 2: 56, 3: 56, 4: 0, 5: 56, 6: 30}  # 5: never in touch, so not losing touch
    due = due_people(last, cadences, today)
    assert [(d.person_id, d.overdue, d.last.how) for d in due] == [(1, 56, "met at august"), (3, 28, "gave: intro")]
    assert due_people(last, {1: 200}, today) == []


def test_coverage_by_hand() -> None:
    last = {
        1: Contact("2026-10-01", "met"),
        2: Contact("2026-05-27", "a note"),  # on the day the six months start: in touch
        3: Contact("2026-03-01", "met"),  # before: not in touch
        4: Contact("2026-01-01", "met"),
    }
    found = coverage({1, 2, 3, 4, 5}, last, "2026-05-27")
    assert found.members == 5 and found.in_touch == (1, 2)
    assert found.others == (4, 3, 5)  # the longest out of touch first, never in touch last

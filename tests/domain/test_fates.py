"""Asks and referrals with a fate: their statuses, the moves that make sense, and the words people type."""

from __future__ import annotations

import pytest

from netevent.domain.fates import (
    ASK_MOVES,
    REFERRAL_MOVES,
    ask_status,
    check_ask_move,
    check_referral_move,
    outcome,
    referral_status,
)
from netevent.domain.models import (
    ASK_STATUSES,
    REFERRAL_STATUSES,
    Ask,
    Attendance,
    LedgerEntry,
    SchemaError,
    ValidationError,
)


def test_every_status_has_its_moves_and_none_goes_to_itself() -> None:
    assert set(ASK_MOVES) == set(ASK_STATUSES)
    assert set(REFERRAL_MOVES) == set(REFERRAL_STATUSES)
    for moves in (ASK_MOVES, REFERRAL_MOVES):
        for status, targets in moves.items():
            assert status not in targets
            assert set(targets) <= set(moves)


@pytest.mark.parametrize(
    ("old", "new"),
    [("open", "helped"), ("open", "closed"), ("open", "dropped"), ("helped", "closed"), ("helped", "open"),
     ("closed", "open"), ("dropped", "open"), ("dropped", "closed")],
)  # fmt: skip
def test_an_ask_moves_where_it_makes_sense(old: str, new: str) -> None:
    assert new in ASK_MOVES[old]
    assert check_ask_move("ask #1", old, new) is None  # allowed: no error


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("open", "open", "ask #1 is open already"),
        ("closed", "helped", "ask #1 is closed: it cannot become helped; it can be open"),
        ("closed", "dropped", "ask #1 is closed: it cannot become dropped; it can be open"),
        ("dropped", "helped", "ask #1 is dropped: it cannot become helped; it can be open or closed"),
    ],
)
def test_an_ask_move_that_makes_no_sense_is_refused_with_where_it_can_go(old: str, new: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        check_ask_move("ask #1", old, new)
    assert str(error.value) == message


def test_a_referral_runs_to_closed_business_and_closed_is_final() -> None:
    check_referral_move("referral #4", "new", "pending")
    check_referral_move("referral #4", "pending", "closed")
    check_referral_move("referral #4", "new", "no business")
    check_referral_move("referral #4", "no business", "pending")  # revived
    with pytest.raises(ValidationError, match="referral #4 is closed: it cannot become pending; that is final"):
        check_referral_move("referral #4", "closed", "pending")
    with pytest.raises(ValidationError, match="referral #4 is pending: it cannot become new"):
        check_referral_move("referral #4", "pending", "new")


def test_status_words_people_type() -> None:
    assert ask_status("Done") == ask_status("met") == "closed"
    assert ask_status(" reopen ") == "open"
    assert referral_status("no-business") == referral_status("No Business") == referral_status("lost") == "no business"
    assert referral_status("won") == "closed"
    assert outcome("Ja") == "yes" and outcome("nej") == "no" and outcome("L") == "later" and outcome("") == ""
    with pytest.raises(ValidationError, match="an ask is open, helped, closed, dropped, not 'finished'"):
        ask_status("finished")
    with pytest.raises(ValidationError, match="a referral is new, pending, closed, no business, not 'maybe'"):
        referral_status("maybe")
    with pytest.raises(ValidationError, match="yes, no, later, not 'perhaps'"):
        outcome("perhaps")


def test_an_ask_is_open_by_default_and_round_trips_through_its_document() -> None:
    ask = Ask(person_id=3, text="  en  god advokat ", since="26.11.2026", event_id=2, status="helped",
              helped_by=(7,), history=(("2026-11-27", "helped", "intro til Åse"),), id=5)  # fmt: skip
    assert ask.text == "en god advokat" and ask.since == "2026-11-26" and not ask.is_open
    assert ask.changed_on == "2026-11-27" and ask.last_line == "intro til Åse"
    assert Ask.from_doc(ask.to_doc(), id=5) == ask
    plain = Ask(person_id=3, text="moms")
    assert plain.is_open and plain.to_doc() == {"person_id": 3, "text": "moms", "since": "", "status": "open"}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"person_id": 1, "text": ""}, "an ask needs a text"),
        ({"person_id": 1, "text": "x", "status": "finished"}, "not 'finished'"),
        ({"person_id": 1, "text": "x", "helped_by": ["7"]}, "'helped_by' should be a list of ledger entry ids"),
        ({"person_id": 1, "text": "x", "history": [["2026-01-01", "closed"]]}, "'history' should be a list"),
        ({"text": "x"}, "field 'person_id' is missing"),
    ],
)
def test_a_wrong_ask_document_is_named(doc: dict, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        Ask.from_doc(doc, id=1)


def test_only_a_referral_has_a_status_and_it_starts_new() -> None:
    referral = LedgerEntry("gave", 1, "Henviste en kunde", kind="referral")
    assert referral.status == "new" and referral.is_referral
    assert referral.to_doc()["status"] == "new"
    advice = LedgerEntry("gave", 1, "Råd om moms", kind="advice")
    assert advice.status == "" and "status" not in advice.to_doc()
    with pytest.raises(ValidationError, match="only a referral has a status"):
        LedgerEntry("gave", 1, "Råd", kind="advice", status="closed")
    with pytest.raises(ValidationError, match="a referral's status is one of"):
        LedgerEntry("gave", 1, "Henviste", kind="referral", status="won")


def test_a_target_outcome_is_yes_no_or_later() -> None:
    place = Attendance(person_id=1, target=True, met=True, outcome="later", outcome_line="ringer i næste uge")
    assert Attendance.from_doc(place.to_doc()) == place
    assert "outcome" not in Attendance(person_id=1).to_doc()  # nothing said: nothing stored
    with pytest.raises(SchemaError, match="got what you came for is one of yes, no, later"):
        Attendance.from_doc({"person_id": 1, "outcome": "maybe"})


def test_statuses_are_read_and_named_in_danish(danish) -> None:  # type: ignore[no-untyped-def]
    from netevent.domain.fates import every_status
    from netevent.domain.models import ask_status_name, outcome_name, referral_status_name

    assert [ask_status(w) for w in ("hjulpet", "Lukket", "droppet", "åbent")] == ["helped", "closed", "dropped", "open"]
    assert [referral_status(w) for w in ("ny", "i gang", "i-gang", "ingen forretning")] == [
        "new", "pending", "pending", "no business"
    ]  # fmt: skip
    assert outcome("senere") == "later" and every_status("alle") and not every_status("åbent")
    assert (ask_status_name("helped"), referral_status_name("no business"), outcome_name("yes")) == (
        "hjulpet", "ingen forretning", "ja"
    )  # fmt: skip
    with pytest.raises(ValidationError, match="et ønske er åbent, hjulpet, lukket, droppet, ikke 'færdig nu'"):
        ask_status("færdig nu")
    with pytest.raises(ValidationError, match="er lukket: kan ikke blive i gang; det er endeligt"):
        check_referral_move("henvisning #1", "closed", "pending")


def test_english_reads_the_english_words_and_names_them_so() -> None:
    from netevent.domain.models import ask_status_name, referral_status_name

    assert ask_status("helped") == "helped" and referral_status("no-business") == "no business"
    assert ask_status_name("helped") == "helped" and referral_status_name("pending") == "pending"
    with pytest.raises(ValidationError, match="an ask is open, helped, closed, dropped, not 'hjulpet'"):
        ask_status("hjulpet")

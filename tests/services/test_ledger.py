"""The give/get ledger: logging, sums, give share, and the introduction-counts-for-both rule."""

from __future__ import annotations

import pytest

from netevent.domain.models import Event, ValidationError
from netevent.services.ledger import (
    LedgerSummary,
    event_summary,
    give_share_label,
    log_get,
    log_give,
    log_introduction,
    network_summary,
    person_summary,
    summarize,
)
from netevent.storage.repository import Repository

from ..helpers.common import save_people


def test_gives_and_gets_are_counted_per_person_with_amounts(repo: Repository) -> None:
    jens, aase = save_people(repo, "Jens Holm", "Åse Berg")
    for what in ("advice on VAT", "a referral", "coffee intro", "feedback", "a lead"):
        log_give(repo, jens, what, amount=200)
    log_get(repo, jens, "tip about a tender", kind="business", amount=1500)
    log_get(repo, aase, "a book")

    summary = person_summary(repo, jens)
    assert summary == LedgerSummary(gave=5, got=1, gave_amount=1000.0, got_amount=1500.0)
    assert summary.give_share == pytest.approx(5 / 6)
    assert give_share_label(summary) == "give share 83 % (5 gave, 1 got) — aim for 90 %"
    assert person_summary(repo, aase).give_share == 0.0


def test_give_share_is_none_without_entries_and_the_label_says_so(repo: Repository) -> None:
    (solo,) = save_people(repo, "Solo")
    summary = person_summary(repo, solo)
    assert summary.give_share is None
    assert summary.total == 0
    assert "nothing given or received yet" in give_share_label(summary)


def test_label_at_or_above_the_aim() -> None:
    label = give_share_label(LedgerSummary(gave=9, got=1))
    assert label == "give share 90 % (9 gave, 1 got) — at or above the 90 % aim"


def test_an_introduction_is_a_give_to_both_people_linked_to_each_other(repo: Repository) -> None:
    jens, aase = save_people(repo, "Jens Holm", "Åse Berg")
    event = repo.save_event(Event(name="Januarmøde", network="Erhverv Nord", date="2027-01-14"))

    first, second = log_introduction(repo, jens, aase, event_id=event.id, what="export to Norway")

    assert (first.person_id, first.with_person_id) == (jens, aase)
    assert (second.person_id, second.with_person_id) == (aase, jens)
    assert first.kind == second.kind == "intro"
    assert first.what == "Introduced to Åse Berg — export to Norway"
    assert second.what == "Introduced to Jens Holm — export to Norway"
    assert person_summary(repo, jens).gave == 1
    assert person_summary(repo, aase).gave == 1
    assert event_summary(repo, event.id).gave == 2  # type: ignore[arg-type]
    assert network_summary(repo, "erhverv nord").gave == 2


def test_introduction_survives_reopening_the_file(repo: Repository, db_path) -> None:
    jens, aase = save_people(repo, "Jens", "Åse")
    log_introduction(repo, jens, aase)
    repo.close()
    again = Repository.open(db_path)
    try:
        entries = again.ledger()
        assert {(e.person_id, e.with_person_id) for e in entries} == {(jens, aase), (aase, jens)}
    finally:
        again.close()


def test_introduction_needs_two_different_existing_people(repo: Repository) -> None:
    (jens,) = save_people(repo, "Jens")
    with pytest.raises(ValidationError, match="two different"):
        log_introduction(repo, jens, jens)
    with pytest.raises(ValidationError, match="no person #999"):
        log_introduction(repo, jens, 999)
    assert repo.ledger() == []


def test_bad_input_writes_nothing(repo: Repository) -> None:
    (jens,) = save_people(repo, "Jens")
    with pytest.raises(ValidationError, match="no person"):
        log_give(repo, 42, "advice")
    with pytest.raises(ValidationError, match="no event"):
        log_give(repo, jens, "advice", event_id=7)
    with pytest.raises(ValidationError, match="kind must be"):
        log_give(repo, jens, "advice", kind="bribe")
    with pytest.raises(ValidationError, match="negative"):
        log_get(repo, jens, "money", amount=-1)
    with pytest.raises(ValidationError, match="say what"):
        log_give(repo, jens, "   ")
    assert repo.ledger() == []


def test_network_summary_counts_only_that_networks_events(repo: Repository) -> None:
    (jens,) = save_people(repo, "Jens")
    nord = repo.save_event(Event(name="Nord 1", network="Erhverv Nord"))
    syd = repo.save_event(Event(name="Syd 1", network="Erhverv Syd"))
    one_off = repo.save_event(Event(name="Konference"))
    log_give(repo, jens, "a", event_id=nord.id)
    log_give(repo, jens, "b", event_id=nord.id)
    log_get(repo, jens, "c", event_id=syd.id)
    log_get(repo, jens, "d", event_id=one_off.id)
    log_give(repo, jens, "outside any event")

    assert network_summary(repo, "ERHVERV NORD") == LedgerSummary(gave=2, got=0)
    assert network_summary(repo, "Erhverv Syd") == LedgerSummary(gave=0, got=1)
    assert network_summary(repo, "(no network)") == LedgerSummary(gave=0, got=1)
    assert person_summary(repo, jens) == LedgerSummary(gave=3, got=2)


def test_summarize_is_pure_and_ignores_missing_amounts(repo: Repository) -> None:
    (jens,) = save_people(repo, "Jens")
    log_give(repo, jens, "a", amount=None)
    log_give(repo, jens, "b", amount=250.5)
    assert summarize(repo.ledger()).gave_amount == 250.5
    assert summarize([]) == LedgerSummary()

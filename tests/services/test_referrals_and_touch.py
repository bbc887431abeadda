"""Referrals to closed business, credited to where they came from; who you are losing touch with; coverage."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.domain.models import Attendance, Event, LedgerEntry, Note, NotFound, Person, ValidationError
from netevent.services.keep_in_touch import (
    network_cadence,
    network_coverage,
    set_keep_in_touch,
    set_network_keep_in_touch,
    stale,
)
from netevent.services.ledger import log_give
from netevent.services.referrals import add_referral, business, referral_list, set_referral_status
from netevent.services.report import build_report
from netevent.storage.repository import Repository

TODAY = "2026-11-26"


@pytest.fixture
def network(repo: Repository) -> tuple[Repository, dict[str, int], dict[str, int]]:
    """Netværk Nord meets every 28 days (so its members are due after 56); Eksportrådet met once."""
    names = ["Ahmed", "Bo", "Camilla", "Dorte", "Emil"]
    ids = {n: repo.save_person(Person(name=n)).key for n in names}
    dates = ["2026-08-06", "2026-09-03", "2026-10-01", "2026-10-29"]
    met = {
        "2026-08-06": {"Ahmed", "Bo", "Camilla"},
        "2026-09-03": {"Bo"},
        "2026-10-01": {"Camilla"},
        "2026-10-29": set(),
    }
    events = {}
    for day in dates:
        room = tuple(Attendance(ids[n], met=n in met[day]) for n in ("Ahmed", "Bo", "Camilla", "Dorte"))
        events[day] = repo.save_event(Event(name=f"Nord {day}", network="Netværk Nord", date=day, attendees=room)).key
    events["export"] = repo.save_event(
        Event(name="Eksport", network="Eksportrådet", date="2026-09-17", attendees=(Attendance(ids["Emil"], met=True),))
    ).key
    # Ahmed: a note on 2026-10-20 is his last contact; Dorte was in every room and never met.
    repo.save_note(Note(ids["Ahmed"], "Ringede om tilbud", created="2026-10-20T10:00:00"))
    return repo, ids, events


def test_the_stale_list_by_hand(network) -> None:  # type: ignore[no-untyped-def]
    repo, ids, _events = network
    assert network_cadence(repo, "netværk nord", TODAY).days == 56
    rows = stale(repo, today=TODAY)
    # Bo: met 2026-09-03, 84 days ago: 28 over. Camilla: 2026-10-01, 56 days: on time. Ahmed: note 37 days ago.
    # Emil: Eksportrådet has no rhythm yet: six months. Dorte: never in touch, so not losing touch.
    assert [(r.person.name, r.due.last.date, r.due.overdue) for r in rows] == [("Bo", "2026-09-03", 28)]
    assert [r.person.name for r in stale(repo, months=1, today=TODAY)] == ["Bo", "Emil", "Camilla", "Ahmed"]
    assert [r.person.name for r in stale(repo, months=1, network="eksportrådet", today=TODAY)] == ["Emil"]


def test_a_persons_own_cadence_wins_and_never_is_never_due(network) -> None:  # type: ignore[no-untyped-def]
    repo, ids, _events = network
    set_keep_in_touch(repo, ids["Camilla"], 30)
    set_keep_in_touch(repo, ids["Bo"], 0)
    rows = stale(repo, today=TODAY)
    assert [(r.person.name, r.due.cadence, r.every) for r in rows] == [("Camilla", 30, "every month")]
    assert "Bo" not in [r.person.name for r in stale(repo, months=1, today=TODAY)]
    set_network_keep_in_touch(repo, "netværk nord", 30)
    assert network_cadence(repo, "netværk nord", TODAY).source == "set"
    assert [r.person.name for r in stale(repo, today=TODAY)] == ["Camilla", "Ahmed"]
    repo.undo()  # the network's cadence
    assert network_cadence(repo, "netværk nord", TODAY).source == "rhythm"


def test_coverage_names_the_members_not_in_touch(network) -> None:  # type: ignore[no-untyped-def]
    repo, ids, _events = network
    found = network_coverage(repo, "Netværk Nord", TODAY)
    assert found.members == 4 and found.since == "2026-05-27"
    assert set(found.in_touch) == {ids["Ahmed"], ids["Bo"], ids["Camilla"]}
    assert found.others == (ids["Dorte"],)
    report = build_report(repo, "Netværk Nord", today=TODAY).networks[0]
    assert (report.coverage.members, len(report.coverage.in_touch)) == (4, 3)  # type: ignore[union-attr]
    assert report.out_of_touch == ("Dorte",)
    assert report.keep_in_touch.startswith("every 8 weeks")


def test_bad_input_for_cadences_and_the_stale_list_changes_nothing(network, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo, ids, _events = network
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match="there is no network called 'BNI'"):
        stale(repo, network="BNI", today=TODAY)
    with pytest.raises(ValidationError, match="--months must be more than 0"):
        stale(repo, months=0, today=TODAY)
    with pytest.raises(ValidationError, match="there is no network called 'BNI'"):
        set_network_keep_in_touch(repo, "BNI", 30)
    with pytest.raises(NotFound):
        set_keep_in_touch(repo, 404, 30)
    assert db_path.read_bytes() == before


def test_a_referral_closed_months_later_is_credited_to_the_meeting_it_came_from(network) -> None:  # type: ignore[no-untyped-def]
    repo, ids, events = network
    got = add_referral(repo, ids["Bo"], "Henviste generationsskiftet", direction="got", event_id=events["2026-09-03"],
                       date="2026-09-03")  # fmt: skip
    given = add_referral(repo, ids["Emil"], "Henviste en eksportkunde", direction="gave", event_id=events["export"],
                         date="2026-09-17")  # fmt: skip
    assert (got.status, got.kind) == ("new", "referral")
    set_referral_status(repo, got.key, "pending")
    closed = set_referral_status(repo, got.key, "closed", amount=8000, on="2026-11-20")
    assert (closed.status, closed.amount, closed.closed_on, closed.event_id) == ("closed", 8000, "2026-11-20",
                                                                                  events["2026-09-03"])  # fmt: skip
    set_referral_status(repo, given.key, "no business", on="2026-10-01")
    report = {n.network: n for n in build_report(repo, today=TODAY).networks}
    nord, export = report["Netværk Nord"], report["Eksportrådet"]
    assert (nord.closed_business, nord.business.got_closed, nord.business.still_open) == (8000, 1, 0)
    assert (export.closed_business, export.business.no_business) == (0, 1)
    assert [r.entry.key for r in referral_list(repo, status="closed")] == [got.key]
    assert [r.entry.key for r in referral_list(repo, network="eksportrådet")] == [given.key]
    assert business(repo.ledger()).gave_closed == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda r, e: set_referral_status(r, 404, "closed"), "there is no referral #404"),
        (lambda r, e: set_referral_status(r, e["advice"], "closed"), "is 'advice', not a referral"),
        (lambda r, e: set_referral_status(r, e["ref"], "won big"), "a referral is new, pending, closed, no business"),
        (lambda r, e: set_referral_status(r, e["ref"], "new"), "is new already"),
        (lambda r, e: set_referral_status(r, e["ref"], "pending", amount=5), "give it with `closed`"),
        (lambda r, e: set_referral_status(r, e["ref"], "pending", on="2026-10-01"), "give it with one of those"),
        (lambda r, e: set_referral_status(r, e["ref"], "closed", on="2026-01-01"), "before it was made"),
        (lambda r, e: set_referral_status(r, e["closed"], "pending"), "that is final"),
        (lambda r, e: add_referral(r, e["bo"], "x", direction="sideways"), r"given \(--to\) or received \(--from\)"),
    ],
)
def test_a_referral_move_that_makes_no_sense_changes_nothing(network, db_path: Path, call, message: str) -> None:  # type: ignore[no-untyped-def]
    repo, ids, events = network
    entries = {
        "advice": log_give(repo, ids["Bo"], "Råd", kind="advice").key,
        "ref": add_referral(repo, ids["Bo"], "Henviste", direction="gave", date="2026-09-03").key,
        "closed": repo.save_ledger(
            LedgerEntry("got", ids["Bo"], "Lukket", kind="referral", status="closed", closed_on="2026-10-01")
        ).key,  # fmt: skip
        "bo": ids["Bo"],
    }
    before = db_path.read_bytes()
    with pytest.raises((ValidationError, NotFound), match=message):
        call(repo, entries)
    assert db_path.read_bytes() == before

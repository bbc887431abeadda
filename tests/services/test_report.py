"""The network report on a hand-computed example."""

from __future__ import annotations

import pytest

from netevent.cli.render import report_text
from netevent.domain.models import Attendance, Event, FollowUp, Person, Review, ValidationError
from netevent.services.ledger import log_get, log_give, log_introduction
from netevent.services.report import build_report
from netevent.storage.repository import Repository

TODAY = "2026-11-26"


@pytest.fixture
def example(repo: Repository) -> Repository:
    """Two meetings of Erhverv Nord and one conference, with figures worked out by hand below.

    Erhverv Nord: 120 + 90 = 210 min = 3.5 h; 450 + 450 = 900 kr; value 5,000 + 0;
    met A, B (Sep) and A, D (Oct) = 3 different people; gives: A, B (Sep) + the
    B–D introduction (Oct) = 4, gets: A (Sep) = 1, share 80 %; outcomes 2;
    follow-ups: on time 2 (one before its date, one without a date), late 1, open 2
    (1 overdue). Konference: 8 h, 2,995 kr, value 1,000, 1 met, 1 gave, 1 outcome.
    """
    a, b, c, d, e = (repo.save_person(Person(name=n)).id for n in ("Anna", "Bo", "Carl", "Dorte", "Eskild"))
    sep = repo.save_event(
        Event(
            name="Septembermøde", network="Erhverv Nord", date="2026-09-10", minutes=120, cost=450,
            attendees=(Attendance(a, met=True), Attendance(b, met=True), Attendance(c, target=True)),
            review=Review(outcomes=("lead from Anna", "tender tip"), value=5000, picked_up=True),
        )
    )  # fmt: skip
    octo = repo.save_event(
        Event(
            name="Oktobermøde", network="erhverv nord", date="2026-10-08", minutes=90, cost=450,
            attendees=(Attendance(a, met=True), Attendance(d, met=True)),
            review=Review(value=0, picked_up=False),
        )
    )  # fmt: skip
    conf = repo.save_event(
        Event(
            name="Konference", date="2026-10-20", minutes=480, cost=2995,
            attendees=(Attendance(e, met=True),), review=Review(outcomes=("speaker slot",), value=1000),
        )
    )  # fmt: skip
    log_give(repo, a, "advice", event_id=sep.id)
    log_give(repo, b, "referral", event_id=sep.id)
    log_get(repo, a, "tender tip", event_id=sep.id)
    log_introduction(repo, b, d, event_id=octo.id)
    log_give(repo, e, "a book", event_id=conf.id)
    log_get(repo, a, "outside any event")
    for f in (
        FollowUp(a, "send deck", due="2026-09-20", done=True, done_on="2026-09-18", event_id=sep.id),
        FollowUp(b, "call", due="2026-09-20", done=True, done_on="2026-09-25", event_id=sep.id),
        FollowUp(b, "coffee", done=True, done_on="2026-09-30", event_id=sep.id),
        FollowUp(d, "intro mail", due="2026-10-01", event_id=octo.id),
        FollowUp(d, "lunch", event_id=octo.id),
        FollowUp(e, "not a network one", due="2026-10-01", event_id=conf.id),
    ):
        repo.save_followup(f)
    return repo


def test_network_figures_match_the_hand_computation(example: Repository) -> None:
    report = build_report(example, today=TODAY)
    # the newest event's spelling names the network
    assert [n.network for n in report.networks] == ["erhverv nord", "(no network)"]
    nord, one_off = report.networks
    assert (nord.events, nord.minutes, nord.hours, nord.money, nord.value) == (2, 210, 3.5, 900.0, 5000.0)
    assert nord.people_met == 3
    assert (nord.gave, nord.got, nord.give_share) == (4, 1, 0.8)
    assert nord.outcomes == 2
    assert (nord.on_time, nord.late, nord.open, nord.overdue) == (2, 1, 2, 1)
    assert nord.net == 4100.0
    assert (nord.first_date, nord.last_date) == ("2026-09-10", "2026-10-08")
    assert [(r.date, r.name, r.cost, r.value, r.met) for r in nord.rows] == [
        ("2026-09-10", "Septembermøde", 450.0, 5000.0, 2),
        ("2026-10-08", "Oktobermøde", 450.0, 0.0, 2),
    ]
    assert (one_off.events, one_off.hours, one_off.money, one_off.value) == (1, 8.0, 2995.0, 1000.0)
    assert (one_off.people_met, one_off.gave, one_off.got, one_off.outcomes) == (1, 1, 0, 1)
    assert (one_off.open, one_off.overdue) == (1, 1)


def test_report_for_one_network_by_any_spelling(example: Repository) -> None:
    (nord,) = build_report(example, "ERHVERV nord", today=TODAY).networks
    assert (nord.network, nord.events) == ("erhverv nord", 2)
    (one_off,) = build_report(example, "(no network)", today=TODAY).networks
    assert one_off.events == 1


def test_unknown_network_lists_the_known_ones(example: Repository) -> None:
    with pytest.raises(ValidationError, match=r"no network called 'Syd' \(networks: .*nord"):
        build_report(example, "Syd")


def test_report_text_is_an_aligned_table_with_a_chart(example: Repository) -> None:
    text = report_text(build_report(example, today=TODAY))
    lines = text.splitlines()
    assert lines[0].split() == [
        "network",
        "events",
        "hours",
        "cost",
        "kr",
        "value",
        "kr",
        "closed",
        "kr",
        "met",
        "gave",
        "got",
        "share",
    ]
    rows = [line for line in lines[2:4]]
    assert rows[0].split()[-10:] == ["2", "3.5", "900", "5,000", "0", "3", "4", "1", "80", "%"]
    assert rows[1].startswith("(no network)")
    assert len({len(line) for line in lines[:4]}) == 1  # header, rule and rows line up
    assert "give share 80 % (4 gave, 1 got) — aim for 90 %" in text
    assert "follow-ups 2 on time, 1 late, 2 open (1 overdue)" in text
    chart = [line for line in lines if "Septembermøde" in line][0]
    assert "██████████" in chart  # the best event fills the value bar
    assert all(len(line) <= 80 for line in lines)


def test_empty_report(repo: Repository) -> None:
    report = build_report(repo, today=TODAY)
    assert report.networks == ()
    assert "No events yet" in report_text(report)

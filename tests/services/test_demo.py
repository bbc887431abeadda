"""The demo network: realistic, complete, deterministic, fast, and never near your own file."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from netevent.cli import main
from netevent.config import default_db_path
from netevent.domain.models import Person
from netevent.services.demo import DANISH_MONTHS, NETWORK, build_demo
from netevent.storage.repository import Repository

from ..helpers.common import named

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo(tmp_path: Path) -> Repository:
    path = build_demo(tmp_path / "demo" / "demo.json", today=TODAY)
    repo = Repository.open(path, read_only=True)
    yield repo
    repo.close()


def days_ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def test_you_have_a_sharp_profile(demo: Repository) -> None:
    me = demo.profile
    assert me.name == "Mette Lund" and me.company == "Lund Regnskab" and me.role == "Statsautoriseret revisor"
    assert 3 <= len(me.offers) <= 4 and len(me.asks) == 3
    assert 50 < len(me.pitch) < 400


def test_about_forty_varied_people_with_strengths_and_needs(demo: Repository) -> None:
    people = demo.people()
    assert 38 <= len(people) <= 45
    names = {p.name for p in people}
    assert {
        "Søren Ærø",
        "Åse Øberg",
        "Jørgen Kjær",
        "Mads Ågård",
        "Zoë Müller",
        "José García",
        "Anne-Sofie Ravn",
    } <= names
    for person in people:
        assert 2 <= len(person.strengths) <= 5, person.name
        assert 1 <= len(person.needs) <= 3, person.name
        assert person.company and person.role and person.tags
        assert "@" in person.email and person.phone.startswith("+")
    assert len({p.email for p in people}) == len(people)
    tags = {t for p in people for t in p.tags}
    assert {"BNI", "iværksætter", "advokat", "IT", "eksport"} <= tags
    assert {"Aarhus", "København", "Hamburg", "Malmö"} <= tags  # the city is a tag too


def test_past_meetings_have_rooms_history_costs_and_reviews(demo: Repository) -> None:
    events = demo.events()
    assert len(events) >= 5
    nord = [e for e in events if e.network == NETWORK and e.date < TODAY.isoformat()]
    assert [e.date for e in nord] == [days_ago(28), days_ago(56), days_ago(84), days_ago(112)]
    for event in nord:
        assert 15 <= len(event.attendees) <= 25
        assert any(a.met for a in event.attendees)
        assert event.minutes == 120 and event.cost == 450
        assert event.review is not None and event.review.outcomes
        assert demo.notes() and any(n.event_id == event.id for n in demo.notes())
        assert demo.ledger(event_id=event.id)
    export = demo.find_event("Eksportrådet Årsmøde")
    assert export is not None and export.network == "Eksportrådet" and export.review is not None
    assert sum(1 for e in events if e.review and e.review.picked_up) >= 2
    assert len({e.name for e in events}) == len(events)  # find_event can tell them apart
    for event in events:
        assert demo.find_event(event.name) == event


def test_the_ledger_gives_far_more_than_it_gets_and_has_business(demo: Repository) -> None:
    entries = demo.ledger()
    gave = [e for e in entries if e.direction == "gave"]
    assert len(gave) >= 0.75 * len(entries)
    assert any(e.kind == "business" and e.amount for e in entries)
    assert {e.kind for e in entries} >= {"intro", "referral", "advice", "business"}
    intros = [e for e in entries if e.kind == "intro"]
    assert intros and all(e.with_person_id for e in intros)


def test_follow_ups_on_time_late_overdue_and_open(demo: Repository) -> None:
    today = TODAY.isoformat()
    items = demo.followups()
    done = [f for f in items if f.done]
    assert any(f.done_on <= f.due for f in done), "some done on time"
    assert any(f.done_on > f.due for f in done), "some done late"
    assert any(not f.done and f.due < today for f in items), "some overdue"
    assert any(not f.done and f.due >= today for f in items), "some still to do"


def test_todays_meeting_is_in_progress_and_current(demo: Repository) -> None:
    event = demo.current_event()
    assert event is not None
    assert event.date == TODAY.isoformat()
    assert event.name == f"{NETWORK} — {DANISH_MONTHS[TODAY.month - 1]}" == "Netværk Nord — november"
    assert event.purpose and event.purpose_others
    assert 3 <= len(event.messages) <= 4
    assert 22 <= len(event.attendees) <= 28
    targets = event.targets
    assert [demo.person(t.person_id).name for t in targets] == [
        "Thomas Brandt",
        "Åse Øberg",
        "Jørgen Kjær",
        "Priya Sharma",
    ]  # type: ignore[union-attr]
    assert [t.order for t in targets] == [1, 2, 3, 4]
    assert all(t.reason and t.question for t in targets)
    assert sum(a.met for a in event.attendees) == 3
    todays_notes = [n for n in demo.notes() if n.event_id == event.id]
    assert len(todays_notes) >= 2 and all(n.created.startswith(TODAY.isoformat()) for n in todays_notes)
    gives = [e for e in demo.ledger(event_id=event.id) if e.direction == "gave"]
    assert len(gives) == 1 and gives[0].date == TODAY.isoformat()


def test_first_met_is_the_earliest_meeting_you_talked(demo: Repository) -> None:
    ahmed = named(demo, "Ahmed Hassan")
    assert ahmed.first_met_on == days_ago(112) and ahmed.first_met_at == "Netværk Nord — august"
    priya = named(demo, "Priya Sharma")
    assert priya.first_met_on == ""  # a target you have not talked to yet


def test_matching_has_real_content_for_the_room(demo: Repository) -> None:
    from netevent.domain.matching import card_matches
    from netevent.services.finder import PeopleFinder

    event = demo.current_event()
    assert event is not None
    room = set(event.person_ids)
    finder = PeopleFinder(demo)
    cards = {
        demo.person(pid).name: card_matches(demo.profile, demo.person(pid), finder, within=room)  # type: ignore[arg-type,union-attr]
        for pid in event.person_ids
    }
    targets = [demo.person(t.person_id).name for t in event.targets]  # type: ignore[union-attr]
    assert any(cards[name].offer for name in targets), "you can offer a target something"
    assert sum(1 for c in cards.values() if c.offer) >= 5
    assert any(cards[name].help for name in targets), "a target can help you"
    assert sum(1 for c in cards.values() if c.introduce) >= 5
    for card in cards.values():
        assert all(m.person_id in room for m in card.introduce)


def test_lars_holms_card_says_what_your_role_offers_him(demo: Repository) -> None:
    from netevent.services.cards import card_data
    from netevent.services.finder import PeopleFinder

    card = card_data(demo, PeopleFinder(demo), named(demo, "Lars Holm"))
    assert [m.why for m in card.matches.offer] == [
        'your role "Statsautoriseret revisor" meets their need "revisor til kunder"'
    ]


def test_rebuilding_gives_identical_content(tmp_path: Path) -> None:
    first = build_demo(tmp_path / "a.json", today=TODAY)
    second = build_demo(tmp_path / "b.json", today=TODAY)
    assert first.read_bytes() == second.read_bytes()
    later = build_demo(tmp_path / "c.json", today=TODAY + dt.timedelta(days=40))
    with Repository.open(later, read_only=True) as repo:
        assert repo.current_event().date == (TODAY + dt.timedelta(days=40)).isoformat()  # type: ignore[union-attr]
        assert repo.current_event().name == "Netværk Nord — januar"  # type: ignore[union-attr]


def test_the_file_opens_and_check_finds_no_problems(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.json")  # today's date
    with Repository.open(path) as repo:  # writable, so lock and format are sound
        assert repo.current_event().date == dt.date.today().isoformat()  # type: ignore[union-attr]
        assert repo.migrated_from is None
    result = CliRunner().invoke(main, ["check", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "no problems found" in result.output
    assert "Søren Ærø".encode() in path.read_bytes()


def test_follow_ups_written_in_notes_are_linked_and_not_duplicated(tmp_path: Path) -> None:
    from netevent.services.followups import sync_note_followups

    path = build_demo(tmp_path / "demo.json", today=TODAY)
    with Repository.open(path) as repo:
        linked = [f for f in repo.followups() if f.note_id is not None]
        assert len(linked) >= 3
        for followup in linked:
            note = next(n for n in repo.notes() if n.id == followup.note_id)
            assert f"→ {followup.action}" in note.text and note.person_id == followup.person_id
        before = len(repo.followups())
        for note in repo.notes():
            sync_note_followups(repo, note, today=TODAY.isoformat())
        assert len(repo.followups()) == before


def test_the_build_never_touches_your_own_file(tmp_path: Path) -> None:
    own = tmp_path / "netevent.json"  # NETEVENT_DB in the isolated environment
    with Repository.open(own) as repo:
        repo.save_person(Person(name="Min Egen Kontakt"))  # an existing, real data file
    before = (own.read_bytes(), own.stat().st_mtime_ns)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    build_demo(tmp_path / "elsewhere" / "demo.json", today=TODAY)
    assert (own.read_bytes(), own.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(siblings + ["elsewhere"])
    assert not default_db_path().exists()


def test_an_existing_file_is_refused_and_an_empty_one_replaced(tmp_path: Path) -> None:
    taken = tmp_path / "taken.json"
    taken.write_bytes(b'{"people": {}}')
    with pytest.raises(FileExistsError, match="already exists"):
        build_demo(taken, today=TODAY)
    assert taken.read_bytes() == b'{"people": {}}'
    empty = tmp_path / "empty.json"  # what mkstemp hands out
    empty.touch()
    build_demo(empty, today=TODAY)
    with Repository.open(empty, read_only=True) as repo:
        assert repo.people_count >= 38


def test_the_build_is_fast(tmp_path: Path) -> None:
    timings = []
    for i in range(3):
        started = time.perf_counter()
        build_demo(tmp_path / f"demo{i}.json", today=TODAY)
        timings.append(time.perf_counter() - started)
    assert sorted(timings)[1] <= 0.2, timings

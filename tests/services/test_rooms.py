"""Events, networks and rooms: create, re-use last time's roster, targets in order, met."""

from __future__ import annotations

import pytest

from netevent.domain.models import Attendance, Event, ValidationError
from netevent.services.events import (
    NotFound,
    create_event,
    event_by_name,
    networks,
    previous_event,
    reuse_roster,
    update_event,
)
from netevent.services.rooms import (
    add_to_room,
    mark_met,
    move_target,
    remove_from_room,
    room_stats,
    set_target,
    targets,
    toggle_met,
)
from netevent.storage.repository import Repository

from ..helpers.common import save_people


def test_create_event_keeps_the_networks_spelling_and_can_become_current(repo: Repository) -> None:
    first = create_event(repo, "Decembermøde", network="Erhverv Nord", date="2026-12-10", cost=450)
    second = create_event(repo, "Januarmøde", network="erhverv  NORD", date="14-01-2027", make_current=True)
    assert second.network == "Erhverv Nord"
    assert second.date == "2027-01-14"
    assert repo.current_event_id == second.id
    assert networks(repo) == ["Erhverv Nord"]
    assert previous_event(repo, second) == first


def test_create_event_refuses_bad_input_and_writes_nothing(repo: Repository) -> None:
    create_event(repo, "Møde", date="2026-12-10")
    with pytest.raises(ValidationError, match="already an event"):
        create_event(repo, "MØDE", date="2026-12-10")
    with pytest.raises(ValidationError, match="not a date"):
        create_event(repo, "Other", date="2026-13-45")
    with pytest.raises(ValidationError, match="cost cannot be negative"):
        create_event(repo, "Other", cost=-1)
    with pytest.raises(ValidationError, match="needs a name"):
        create_event(repo, "  ")
    with pytest.raises(ValidationError, match="no earlier event"):
        create_event(repo, "Lonely", network="New Club", reuse_roster=True)
    assert [e.name for e in repo.events()] == ["Møde"]


def test_reuse_roster_copies_the_previous_events_room_with_flags_reset(repo: Repository) -> None:
    jens, aase, bo, new = save_people(repo, "Jens", "Åse", "Bo", "Newcomer")
    older = create_event(repo, "Oktober", network="Klub", date="2026-10-01")
    add_to_room(repo, older.id, bo)
    last = create_event(repo, "November", network="Klub", date="2026-11-05")
    mark_met(repo, last.id, jens)
    set_target(repo, last.id, aase, reason="banks")
    other = create_event(repo, "Other club", network="Andet", date="2026-11-20")
    add_to_room(repo, other.id, bo)
    this = create_event(repo, "December", network="Klub", date="2026-12-03")
    add_to_room(repo, this.id, new)

    filled = reuse_roster(repo, this.id)

    assert filled.person_ids == (new, jens, aase)
    assert filled.attendance(jens) == Attendance(person_id=jens)
    assert filled.attendance(aase) == Attendance(person_id=aase)
    assert reuse_roster(repo, this.id).person_ids == filled.person_ids  # again: no duplicates


def test_create_with_reuse_roster_in_one_step(repo: Repository) -> None:
    jens, aase = save_people(repo, "Jens", "Åse")
    last = create_event(repo, "November", network="Klub", date="2026-11-05")
    add_to_room(repo, last.id, jens)
    add_to_room(repo, last.id, aase)
    made = create_event(repo, "December", network="klub", date="2026-12-03", reuse_roster=True)
    assert repo.event(made.id).person_ids == (jens, aase)  # type: ignore[union-attr]


def test_reuse_roster_without_network_is_refused(repo: Repository) -> None:
    made = create_event(repo, "Konference")
    with pytest.raises(ValidationError, match="belongs to no network"):
        reuse_roster(repo, made.id)
    with pytest.raises(NotFound):
        reuse_roster(repo, 99)


def test_targets_in_order_with_reason_and_question(repo: Repository) -> None:
    jens, aase, bo = save_people(repo, "Jens", "Åse", "Bo")
    event = create_event(repo, "Møde")
    set_target(repo, event.id, jens, reason="knows banks", question="who at Danske?")
    set_target(repo, event.id, aase, reason="export")
    set_target(repo, event.id, bo)
    assert [(t.rank, t.person.name, t.reason) for t in targets(repo, repo.event(event.id))] == [
        (1, "Jens", "knows banks"),
        (2, "Åse", "export"),
        (3, "Bo", ""),
    ]
    move_target(repo, event.id, bo, -5)
    order = [t.person.name for t in targets(repo, repo.event(event.id))]
    assert order == ["Bo", "Jens", "Åse"]
    untarget = set_target(repo, event.id, jens, target=False)
    assert untarget.attendance(jens).reason == "knows banks"  # kept for next time
    assert [t.person.name for t in targets(repo, untarget)] == ["Bo", "Åse"]
    with pytest.raises(ValidationError, match="not one of this event's targets"):
        move_target(repo, event.id, jens, 1)


def test_mark_met_adds_newcomers_and_stats_count(repo: Repository) -> None:
    jens, aase = save_people(repo, "Jens", "Åse")
    event = create_event(repo, "Møde")
    set_target(repo, event.id, jens)
    mark_met(repo, event.id, jens)
    mark_met(repo, event.id, aase)  # walked up to you: now in the room
    stats = room_stats(repo.event(event.id))  # type: ignore[arg-type]
    assert (stats.size, stats.met, stats.targets, stats.targets_met) == (2, 2, 1, 1)
    after = remove_from_room(repo, event.id, aase)
    assert after.person_ids == (jens,)
    with pytest.raises(NotFound, match="no person"):
        mark_met(repo, event.id, 123)


def test_event_by_name_and_update(repo: Repository) -> None:
    made = create_event(repo, "Årsmøde")
    assert event_by_name(repo, "aarsmode").id == made.id
    assert event_by_name(repo, f"#{made.id}").id == made.id
    with pytest.raises(NotFound, match="no event called 'Nope'"):
        event_by_name(repo, "Nope")
    changed = update_event(repo, made.id, purpose="Meet two CFOs", messages=["Q1 plans"])
    assert (changed.purpose, changed.messages) == ("Meet two CFOs", ("Q1 plans",))
    with pytest.raises(ValidationError, match="no field"):
        update_event(repo, made.id, colour="red")
    assert repo.event(made.id) == changed  # type: ignore[arg-type]
    assert isinstance(repo.event(made.id), Event)


def test_toggle_met_flips_and_remembers_the_first_meeting_once(repo: Repository) -> None:
    (jens,) = save_people(repo, "Jens")
    event = create_event(repo, "Møde")
    writes = repo.storage.writes
    assert toggle_met(repo, event.id, jens, today="2026-11-26").attendance(jens).met is True
    assert repo.storage.writes == writes + 1  # the room and the first meeting in one write
    first = repo.person(jens)
    assert (first.first_met_on, first.first_met_at) == ("2026-11-26", "Møde")
    assert toggle_met(repo, event.id, jens, today="2026-12-01").attendance(jens).met is False
    toggle_met(repo, event.id, jens, today="2026-12-01")
    assert repo.person(jens).first_met_on == "2026-11-26"  # the first time stays the first


def test_no_network_label_is_not_a_network(repo: Repository) -> None:
    made = create_event(repo, "Konference", network="(No Network)")
    assert made.network == ""
    assert networks(repo) == []

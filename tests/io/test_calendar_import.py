"""Calendar invites in: real .ics files from macOS Calendar, Outlook, a BlackBerry and Meetup become events."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from netevent.domain.models import Event, Person, Profile
from netevent.io import ImportFailed, read_bytes, run_import
from netevent.io.importer import import_parsed

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "real"
INVITES = sorted(REAL.glob("*.ics"))


@pytest.fixture(autouse=True)
def copenhagen(monkeypatch: pytest.MonkeyPatch):
    """This computer's clock runs on Danish time (times in the files are turned into it)."""
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def only_event(repo) -> Event:
    (event,) = repo.events()
    return event


def test_a_macos_calendar_in_utc_becomes_local_time_and_its_cancelled_event_is_left_out(repo) -> None:
    repo.save_person(Person(name="Connie Firmed", email="Confirmed@Example.com"))
    report = run_import(repo, REAL / "macos_calendar_statuses.ics")
    assert report.summary().endswith("(iCalendar): created 3 events, updated 0, unchanged 0, skipped 1")
    assert [(r.name, r.outcome) for r in report.rows] == [
        ("Tentative", "added"),
        ("Confirmed", "added"),
        ("Cancelled", "skipped"),
        ("No Status", "added"),
    ]
    assert report.rows[2].detail == "cancelled in the calendar; nothing changed"
    events = {e.name: e for e in repo.events()}
    assert set(events) == {"Tentative", "Confirmed", "No Status"}
    # 23:00 UTC on 4 July is one in the morning of the 5th in Copenhagen (summer time).
    tentative = events["Tentative"]
    assert (tentative.date, tentative.time, tentative.minutes) == ("2022-07-05", "01:00", 50)
    assert tentative.calendar_uid == "31a1ffc9-9b76-465b-ae4a-cadb694c9d37"
    # 09:00 in Vancouver is 18:00 here; the attendee is found by the EMAIL= parameter, in any case.
    confirmed = events["Confirmed"]
    assert (confirmed.date, confirmed.time, confirmed.minutes) == ("2022-07-05", "18:00", 60)
    assert len(confirmed.person_ids) == 1 and "1 put in the room: Connie Firmed" in report.rows[1].detail
    assert "1 not among your people: tentative@example.com" in report.rows[0].detail
    assert (events["No Status"].date, events["No Status"].time, events["No Status"].attendees) == (
        "2022-07-07",
        "18:00",
        (),
    )


def test_a_title_given_twice_and_a_value_escaped_twice_are_read_as_meant(repo, tmp_path: Path) -> None:
    # No permissively licensed real file gives its title twice, as Meetup's older feed did, or escapes a
    # value twice (`\\,`), as some Google Calendar invites do; so the Meetup file is copied with its
    # SUMMARY line written twice and the commas of its LOCATION escaped a second time.
    text = (REAL / "meetup_phoenix_drupal.ics").read_bytes().decode()
    title = "SUMMARY:Phoenix Drupal User Group Monthly Meetup\n"
    odd = text.replace(title, title * 2).replace("#103A\\, Tempe\\,", "#103A\\\\, Tempe\\\\,")
    assert odd.count(title) == 2 and "Tempe\\\\," in odd
    invite = tmp_path / "odd_meetup.ics"
    invite.write_bytes(odd.encode())
    run_import(repo, invite)
    event = only_event(repo)
    assert event.name == "Phoenix Drupal User Group Monthly Meetup"
    assert event.place == "Open Source Project Tempe (1415 E University Dr. #103A, Tempe, AZ 85281)"


def test_an_outlook_meeting_request_with_a_windows_time_zone_and_its_known_attendees(repo) -> None:
    john = repo.save_person(Person(name="John Doe", email="JohnDoe@EXAMPLE.com"))
    jane = repo.save_person(Person(name="Jane Doe", email="jd@other.dk", extra=(("Email 2", "janedoe@example.com"),)))
    report = run_import(repo, REAL / "outlook_2010_meeting_request.ics")
    event = only_event(repo)
    # "Eastern Standard Time" is New York: noon there in June is 18:00 here.
    assert (event.name, event.date, event.time, event.minutes, event.place) == (
        "Team Meeting",
        "2013-06-10",
        "18:00",
        60,
        "Auditorium 16",
    )
    # The UID and John's address are folded with a tab, as Outlook folds; both come back whole.
    assert event.calendar_uid == (
        "040000009200E00074C5B7101A82E00800000000C0383BE68041CE0100000000000000001000000070D00A2F625AC34BB6542DE0D19E67E1"
    )
    assert event.person_ids == (john.id, jane.id) and not any(a.met for a in event.attendees)
    (row,) = report.added
    assert "2 put in the room: John Doe, Jane Doe" in row.detail


def test_a_blackberry_all_day_invite_has_a_date_and_no_time_and_finds_mailto_in_capitals(repo) -> None:
    rembrand = repo.save_person(Person(name="Rembrand", email="rembrand@daxlab.com"))
    report = run_import(repo, REAL / "blackberry_all_day_invite.ics")
    event = only_event(repo)
    assert (event.name, event.date, event.time, event.minutes, event.place) == (
        "Test meeting from BB",
        "2012-08-14",
        "",
        0,
        "",
    )
    assert event.calendar_uid == "XRIMCAL-628059586-522954492-9750559"
    assert event.person_ids == (rembrand.id,)
    (row,) = report.added
    # The names are quoted in the file (CN="RembrandXS"); the quotes are not part of them.
    assert "2 not among your people: RembrandXS <rembrand@xs4all.nl>, RembrandSB <rembspam@xs4all.nl>" in row.detail


def test_a_meetup_event_in_another_zone_with_its_place_folded_and_escaped(repo) -> None:
    run_import(repo, REAL / "meetup_phoenix_drupal.ics")
    event = only_event(repo)
    assert event.name == "Phoenix Drupal User Group Monthly Meetup"
    # 19:00 in Phoenix (no summer time) is 03:00 the next morning in Copenhagen.
    assert (event.date, event.time, event.minutes, event.calendar_uid) == (
        "2011-11-10",
        "03:00",
        120,
        "event_nsmxnyppbfc@meetup.com",
    )
    assert event.place == "Open Source Project Tempe (1415 E University Dr. #103A, Tempe, AZ 85281)"


def test_events_without_uid_or_end_and_one_without_title_or_start(repo) -> None:
    report = run_import(repo, REAL / "icalendar_no_uid_no_end.ics")
    assert [(r.source, r.name, r.outcome) for r in report.rows] == [
        ("event 1", "Non-ASCII Test: ÄÖÜ äöü €", "added"),
        ("event 2", "åäö", "added"),
        ("event 3", "", "skipped"),
    ]
    assert report.rows[2].detail == "no title (SUMMARY)"
    events = {e.name: e for e in repo.events()}
    first, second = events["Non-ASCII Test: ÄÖÜ äöü €"], events["åäö"]
    assert (first.date, first.time, first.minutes, first.place, first.calendar_uid) == (
        "2010-10-10",
        "12:00",
        120,
        "Tribstrül",
        "123456",
    )
    # No UID and no end: midnight UTC is 02:00 here, and without an end there is no length.
    assert (second.date, second.time, second.minutes, second.calendar_uid) == ("2010-10-10", "02:00", 0, "")


def test_an_outlook_web_calendar_with_unknown_zone_names_keeps_the_times_as_written(repo) -> None:
    report = run_import(repo, REAL / "outlook_web_calendar.ics")
    assert [(r.name, r.outcome) for r in report.rows] == [
        ("TEST Syd", "added"),
        ("TEST", "added"),
        ("TEST 3", "added"),
        ("TEST2", "added"),
    ]
    assert {(e.date, e.time, e.minutes) for e in repo.events()} == {
        ("2020-10-28", "13:30", 90),
        ("2020-11-02", "13:30", 90),
    }
    assert "it repeats: imported once, on its first date" in report.rows[3].detail


def test_importing_every_invite_again_changes_nothing(repo) -> None:
    repo.save_person(Person(name="John Doe", email="johndoe@example.com"))
    for path in INVITES:
        run_import(repo, path)
    writes, events = repo.storage.writes, repo.events()
    for path in INVITES:
        report = run_import(repo, path)
        assert not report.changed and "Nothing new: the data file was not written." in report.lines(), path.name
    assert repo.storage.writes == writes and repo.events() == events


def test_a_newer_copy_of_the_invite_updates_the_event_and_keeps_what_you_added(repo) -> None:
    run_import(repo, REAL / "outlook_2010_meeting_request.ics")
    stored = only_event(repo)
    repo.save_event(Event(**{**_fields(stored), "minutes": 150, "purpose": "Mød talerne", "network": "Revision"}))
    # The organiser moves the meeting to ten in the morning the day before.
    text = (REAL / "outlook_2010_meeting_request.ics").read_bytes().decode()
    moved = text.replace(":20130610T120000\r\n", ":20130609T100000\r\n")
    assert moved != text
    report = import_parsed(repo, read_bytes(moved.encode(), "moved.ics"))
    (row,) = report.merged
    assert "date 2013-06-10 → 2013-06-09" in row.detail and "time 18:00 → 16:00" in row.detail
    event = only_event(repo)
    assert (event.date, event.time, event.minutes, event.purpose, event.network) == (
        "2013-06-09",
        "16:00",
        150,
        "Mød talerne",
        "Revision",
    )


def test_an_invite_without_uid_finds_the_event_you_typed_by_name_and_date(repo) -> None:
    typed = repo.save_event(Event(name="ÅÄÖ", date="2010-10-10"))
    report = run_import(repo, REAL / "icalendar_no_uid_no_end.ics")
    assert [r.name for r in report.merged] == ["åäö"] and len(report.added) == 1
    event = repo.event(typed.key)
    assert (event.name, event.time, event.calendar_uid) == ("åäö", "02:00", "")


def test_you_and_strangers_are_not_put_in_the_room(repo) -> None:
    repo.set_profile(Profile(name="Jane Doe", email="janedoe@example.com"))
    report = run_import(repo, REAL / "outlook_2010_meeting_request.ics")
    assert only_event(repo).attendees == ()
    (row,) = report.added
    assert "1 not among your people: Doe, John <johndoe@example.com>" in row.detail
    assert "janedoe" not in row.detail


def test_a_room_booked_as_an_attendee_and_an_end_of_another_kind_are_no_obstacle(repo, tmp_path: Path) -> None:
    """Outlook's meeting as Exchange books a room: the room is no one to meet, and an all-day end keeps the event."""
    text = (REAL / "outlook_2010_meeting_request.ics").read_text(encoding="utf-8")
    # Changed from the real file: a meeting room among the attendees, and an end written as a date.
    room = 'ATTENDEE;CUTYPE=ROOM;CN="Mødelokale 2";RSVP=FALSE:mailto:moedelokale2@example.com\r\n'
    text = text.replace('ATTENDEE;CN="Doe, Jane"', room + 'ATTENDEE;CN="Doe, Jane"', 1)
    text = re.sub(r'DTEND;TZID="Eastern Standard Time":(\d{8})T\d{6}', r"DTEND;VALUE=DATE:\1", text)
    copy = tmp_path / "meeting.ics"
    copy.write_text(text, encoding="utf-8")
    report = run_import(repo, copy)
    (row,) = report.added
    assert "its end (DTEND) does not fit its start: imported without a length" in row.detail
    assert "moedelokale2" not in row.detail and "johndoe@example.com" in row.detail
    event = only_event(repo)
    assert (event.date, event.minutes) == ("2013-06-10", 0) and event.time


def test_a_cancelled_event_leaves_the_one_you_have_as_it_is(repo) -> None:
    typed = repo.save_event(Event(name="Cancelled", date="2022-07-06", purpose="Aflyst?"))
    report = run_import(repo, REAL / "macos_calendar_statuses.ics")
    assert [r.outcome for r in report.rows if r.name == "Cancelled"] == ["skipped"]
    assert repo.event(typed.key) == typed


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n", "the calendar holds no event"),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Frokost\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "event 1: no start (DTSTART)",
        ),
        (
            "BEGIN:VCALENDAR\r\nthis is not a calendar line\r\nEND:VCALENDAR\r\n",
            "is not a calendar file that can be read",
        ),
    ],
)
def test_a_calendar_without_an_event_to_import_is_refused(repo, text: str, message: str) -> None:
    with pytest.raises(ImportFailed, match=re.escape(message)):
        read_bytes(text.encode(), "invite.ics")


def _fields(event: Event) -> dict:
    from dataclasses import asdict

    values = asdict(event)
    values["attendees"], values["review"] = event.attendees, event.review
    return values


def test_a_calendar_cut_off_in_the_middle_is_refused_whole(repo) -> None:
    text = (REAL / "outlook_web_calendar.ics").read_text()
    cut = text[: text.index("SUMMARY: TEST 3")]
    with pytest.raises(ImportFailed, match=r"was cut off: it ends inside the calendar \(no END:VCALENDAR\)"):
        read_bytes(cut.encode(), "cut.ics")

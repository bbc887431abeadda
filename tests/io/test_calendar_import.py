"""Calendar invites in: real .ics files from Google, Exchange/Outlook, iCloud and Meetup become events."""

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


def test_a_google_invite_in_utc_becomes_local_time_and_its_double_escapes_are_undone(repo) -> None:
    report = run_import(repo, REAL / "google_invite.ics")
    assert report.summary().endswith("(iCalendar): created 1 event, updated 0, unchanged 0, skipped 0")
    event = only_event(repo)
    # 23:30 UTC on 19 March is half past midnight on the 20th in Copenhagen.
    assert (event.name, event.date, event.time, event.minutes) == ("the Strokes", "2015-03-20", "00:30", 60)
    assert event.place == "Olympia Hall, 28 Boulevard des Capucines, 75009 Paris, France"
    assert event.calendar_uid == "jvbroggos139aumnj4p5og9rd0@google.com"


def test_an_exchange_invite_with_a_windows_time_zone_and_its_known_attendees(repo) -> None:
    karim = repo.save_person(Person(name="Karim Hamidou", email="KARIM@example.com"))
    other = repo.save_person(Person(name="Test One", email="t1@other.dk", extra=(("Email 2", "test1@example.com"),)))
    report = run_import(repo, REAL / "exchange_invite.ics")
    event = only_event(repo)
    # "Romance Standard Time" is Paris: 16:00 there is 16:00 here.
    assert (event.name, event.date, event.time, event.minutes, event.place) == (
        "Spot le chien",
        "2015-04-01",
        "16:00",
        30,
        "",
    )
    assert event.person_ids == (karim.id, other.id) and not any(a.met for a in event.attendees)
    (row,) = report.added
    assert "2 put in the room: Karim Hamidou, Test One" in row.detail


def test_an_icloud_all_day_invite_has_a_date_and_no_time(repo) -> None:
    run_import(repo, REAL / "icloud_all_day_invite.ics")
    event = only_event(repo)
    assert (event.name, event.date, event.time, event.minutes) == (
        "An all-day meeting about meetings",
        "2015-03-16",
        "",
        0,
    )
    assert event.place == "1, Infinite Loop"


def test_a_meetup_event_without_uid_or_end_and_with_its_title_twice(repo) -> None:
    run_import(repo, REAL / "meetup_event.ics")
    event = only_event(repo)
    assert event.name == "Bay Area Video Game Development Meetup Group Monthly Meetup"
    # 17:00 in Los Angeles is 02:00 the next morning in Copenhagen; no end, so no length.
    assert (event.date, event.time, event.minutes, event.calendar_uid) == ("2011-04-20", "02:00", 0, "")
    assert event.place == "Jillian's (Metreon (101 4th St.), San Francisco, CA 94101)"


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
    repo.save_person(Person(name="Karim Hamidou", email="karim@example.com"))
    for path in INVITES:
        run_import(repo, path)
    writes, events = repo.storage.writes, repo.events()
    for path in INVITES:
        report = run_import(repo, path)
        assert not report.changed and "Nothing new: the data file was not written." in report.lines(), path.name
    assert repo.storage.writes == writes and repo.events() == events


def test_a_newer_copy_of_the_invite_updates_the_event_and_keeps_what_you_added(repo) -> None:
    run_import(repo, REAL / "google_invite.ics")
    stored = only_event(repo)
    repo.save_event(Event(**{**_fields(stored), "minutes": 150, "purpose": "Mød bookeren", "network": "Musik"}))
    moved = (REAL / "google_invite.ics").read_text().replace("DTSTART:20150319T233000Z", "DTSTART:20150319T220000Z")
    report = import_parsed(repo, read_bytes(moved.encode(), "moved.ics"))
    (row,) = report.merged
    assert "date 2015-03-20 → 2015-03-19" in row.detail and "time 00:30 → 23:00" in row.detail
    event = only_event(repo)
    assert (event.date, event.time, event.minutes, event.purpose, event.network) == (
        "2015-03-19",
        "23:00",
        150,
        "Mød bookeren",
        "Musik",
    )


def test_an_invite_without_uid_finds_the_event_you_typed_by_name_and_date(repo) -> None:
    typed = repo.save_event(
        Event(name="bay area video game development meetup group monthly meetup", date="2011-04-20")
    )
    report = run_import(repo, REAL / "meetup_event.ics")
    assert len(report.merged) == 1 and only_event(repo).id == typed.id
    assert only_event(repo).time == "02:00"


def test_you_and_strangers_are_not_put_in_the_room(repo) -> None:
    repo.set_profile(Profile(name="Karim Hamidou", email="karim@nilas.com"))
    report = run_import(repo, REAL / "google_invite.ics")
    assert only_event(repo).attendees == ()
    (row,) = report.added
    assert "1 not among your people: inboxapptest.french@gmail.com" in row.detail
    assert "karim@nilas.com" not in row.detail


def test_a_cancelled_invite_changes_nothing(repo) -> None:
    text = (REAL / "google_invite.ics").read_text().replace("STATUS:CONFIRMED", "STATUS:CANCELLED")
    report = import_parsed(repo, read_bytes(text.encode(), "cancel.ics"))
    assert [r.outcome for r in report.rows] == ["skipped"] and not report.changed
    assert repo.events() == []


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

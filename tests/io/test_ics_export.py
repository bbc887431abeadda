"""Calendar out: open follow-ups as to-dos and coming events, read back with icalendar, with stable UIDs."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from netevent.cli import main
from netevent.domain.models import Event, Person
from netevent.io import export_text, run_import
from netevent.services.followups import add_followup, complete_followup
from netevent.storage.repository import Repository

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "real"
TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture(autouse=True)
def copenhagen(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def planned(repo) -> Repository:
    """Two people, a past, a coming and an undated event, three follow-ups (one of them done)."""
    soren = repo.save_person(
        Person(name="Søren Ærø", company="Ærø Revision", email="soren@aero.dk", phone="+4520304050")
    )
    ase = repo.save_person(Person(name="Åse Øberg"))
    past = repo.save_event(Event(name="Oktobermøde", date=day(-30)))
    repo.save_event(Event(name="Julefrokost", date=day(20), time="17:30", minutes=150, place="Aalborg", network="BNI"))
    repo.save_event(Event(name="Et sted, en dag"))
    add_followup(repo, soren.key, "Send tilbud", due=day(3), event_id=past.key)
    add_followup(repo, ase.key, "Ring om kontrakten")
    done = add_followup(repo, ase.key, "Introducér til Jens", due=day(-2))
    complete_followup(repo, done.key)
    return repo


def parsed(text: str) -> icalendar.Calendar:
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    return icalendar.Calendar.from_ical(text)


def test_one_todo_per_open_follow_up_and_one_event_per_coming_event(planned: Repository) -> None:
    calendar = parsed(export_text(planned, "ics"))
    todos, events = calendar.walk("VTODO"), calendar.walk("VEVENT")
    assert sorted(str(t["SUMMARY"]) for t in todos) == ["Ring om kontrakten — Åse Øberg", "Send tilbud — Søren Ærø"]
    send = next(t for t in todos if str(t["SUMMARY"]).startswith("Send"))
    assert send.decoded("DUE") == TODAY + dt.timedelta(days=3)
    description = str(send["DESCRIPTION"])
    assert "Person: Søren Ærø (Ærø Revision)" in description and "Phone: +4520304050" in description
    assert f"Event: Oktobermøde ({day(-30)})" in description and "Action: Send tilbud" in description
    (event,) = events
    assert str(event["SUMMARY"]) == "Julefrokost" and str(event["LOCATION"]) == "Aalborg"
    start = event.decoded("DTSTART")
    assert start.astimezone().strftime("%Y-%m-%d %H:%M") == f"{day(20)} 17:30"
    assert event.decoded("DTEND") - start == dt.timedelta(minutes=150)


def test_uids_are_stable_and_a_done_follow_up_is_gone_from_the_next_export(planned: Repository) -> None:
    first = parsed(export_text(planned, "ics"))
    again = parsed(export_text(planned, "ics"))
    uids = sorted(str(c["UID"]) for c in first.walk() if c.name in ("VTODO", "VEVENT"))
    assert uids == sorted(str(c["UID"]) for c in again.walk() if c.name in ("VTODO", "VEVENT"))
    assert len(set(uids)) == 3
    send = next(f for f in planned.followups(open_only=True) if f.action == "Send tilbud")
    complete_followup(planned, send.key)
    after = parsed(export_text(planned, "ics"))
    assert [str(t["SUMMARY"]) for t in after.walk("VTODO")] == ["Ring om kontrakten — Åse Øberg"]
    assert {str(c["UID"]) for c in after.walk() if c.name in ("VTODO", "VEVENT")} < set(uids)


def test_an_event_from_an_invite_keeps_the_invite_uid_so_the_calendar_has_it_once(repo) -> None:
    # The meeting is moved to five days from now, so that it is a coming event.
    text = (REAL / "outlook_2010_meeting_request.ics").read_bytes().decode()
    text = text.replace(":20130610T", f":{day(5).replace('-', '')}T")
    invite = Path(repo.path).parent / "invite.ics"
    invite.write_bytes(text.encode())
    run_import(repo, invite)
    (event,) = parsed(export_text(repo, "ics")).walk("VEVENT")
    assert str(event["UID"]) == (
        "040000009200E00074C5B7101A82E00800000000C0383BE68041CE0100000000000000001000000070D00A2F625AC34BB6542DE0D19E67E1"
    )


def test_an_all_day_event_is_a_date(repo) -> None:
    repo.save_event(Event(name="Messe", date=day(1)))
    (event,) = parsed(export_text(repo, "ics")).walk("VEVENT")
    assert event.decoded("DTSTART") == TODAY + dt.timedelta(days=1)


def test_the_command_writes_the_file_and_says_what_is_in_it(tmp_path: Path, db_path: Path, planned: Repository) -> None:
    planned.close()
    out = tmp_path / "netevent.ics"
    result = CliRunner().invoke(main, ["export", "-o", str(out), "--db", str(db_path)])
    assert result.exit_code == 0 and result.stdout == f"Wrote 2 follow-ups and 1 event as ics to {out}\n"
    assert len(parsed(out.read_bytes().decode("utf-8")).walk("VTODO")) == 2
    shown = CliRunner().invoke(main, ["export", "--format", "ics", "--event", "Oktobermøde", "--db", str(db_path)])
    calendar = parsed(shown.stdout_bytes.decode())
    assert [str(c["SUMMARY"]) for c in calendar.walk() if c.name in ("VTODO", "VEVENT")] == [
        "Oktobermøde",
        "Send tilbud — Søren Ærø",
    ]
    bad = CliRunner().invoke(main, ["export", "-o", str(tmp_path / "no" / "x.ics"), "--db", str(db_path)])
    assert bad.exit_code == 1 and bad.stderr.startswith("netevent: cannot write") and bad.stderr.count("\n") == 1

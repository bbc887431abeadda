"""The event, report, give/got/intro and follow-up commands, through click's runner on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from netevent.cli import main
from netevent.domain.models import Attendance, Person, today_iso
from netevent.storage.repository import Repository


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(main, [*args, "--db", str(db)])


def one_error_line(result: Result) -> str:
    assert result.exit_code != 0, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("netevent: ")
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "net.json"
    with Repository.open(path) as repo:
        for name in ("Jens Holm", "Jens Berg", "Åse Ærø", "Søren Kierkegaard"):
            repo.save_person(Person(name=name))
    return path


def _events(db: Path):
    with Repository.open(db, read_only=True) as repo:
        return repo.events()


def test_every_command_is_in_the_help() -> None:
    result = CliRunner().invoke(main, ["--help"])
    for command in ("event", "report", "give", "got", "intro", "followup"):
        assert f"  {command} " in result.output
    sub = CliRunner().invoke(main, ["event", "--help"])
    for command in ("add", "list", "use", "target", "brief", "review"):
        assert f"  {command} " in sub.output
    assert not any(line.rstrip().endswith("e.g.") for line in sub.output.splitlines())


def test_event_add_with_everything(db: Path) -> None:
    result = run(
        db, "event", "add", "Januarmøde", "--network", "Erhverv Nord", "--date", "14-01-2027",
        "--place", "Hotel Ø", "--purpose", "Meet two CFOs", "--purpose-others", "Free VAT check",
        "--minutes", "1h30", "--cost", "1,500 kr", "--message", "Q1 plans?", "--message", "Ask about Ærø", "--use",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Added event 'Januarmøde' (2027-01-14, Erhverv Nord, Hotel Ø), cost 1,500 kr" in result.output
    (event,) = _events(db)
    assert (event.minutes, event.cost, event.messages) == (90, 1500.0, ("Q1 plans?", "Ask about Ærø"))
    assert (event.purpose, event.purpose_others, event.place) == ("Meet two CFOs", "Free VAT check", "Hotel Ø")
    with Repository.open(db, read_only=True) as repo:
        assert repo.current_event_id == event.id


def test_event_add_defaults_to_today_and_reuses_the_roster(db: Path) -> None:
    assert run(db, "event", "add", "November", "--network", "Klub", "--date", "2026-11-05").exit_code == 0
    with Repository.open(db) as repo:
        last = repo.find_event("November")
        for person in repo.people()[:3]:
            repo.set_attendance(last.id, Attendance(person.id, met=True))  # type: ignore[union-attr, arg-type]
    result = run(db, "event", "add", "December", "--network", "klub", "--date", "2026-12-03", "--reuse-roster")
    assert result.exit_code == 0, result.output
    assert "Room: 3 people from 'November'" in result.output
    december = [e for e in _events(db) if e.name == "December"][0]
    assert december.network == "Klub" and len(december.attendees) == 3
    assert not any(a.met for a in december.attendees)
    today = run(db, "event", "add", "Today")
    assert today.exit_code == 0
    assert [e.date for e in _events(db) if e.name == "Today"] == [today_iso()]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--cost", "-5"), "cost cannot be negative"),
        (("--cost", "lots"), "cost 'lots' is not a number"),
        (("--date", "2026-13-45"), "is not a date"),
        (("--minutes", "soon"), "is not a duration"),
        (("--reuse-roster",), "belongs to no network"),
        (("--network", "New", "--reuse-roster"), "no earlier event of 'New'"),
    ],
)
def test_event_add_bad_input_changes_nothing(db: Path, args: tuple[str, ...], message: str) -> None:
    before = db.read_bytes()
    line = one_error_line(run(db, "event", "add", "Møde", *args))
    assert message in line
    assert db.read_bytes() == before


def test_duplicate_event_is_refused(db: Path) -> None:
    assert run(db, "event", "add", "Møde", "--date", "2026-12-01").exit_code == 0
    assert "already an event called 'Møde'" in one_error_line(run(db, "event", "add", "møde", "--date", "01-12-2026"))


def test_event_list_and_use(db: Path) -> None:
    assert "No events yet" in run(db, "event", "list").output
    run(db, "event", "add", "Septembermøde", "--network", "Erhverv Nord", "--date", "2026-09-10", "--cost", "450")
    run(db, "event", "add", "Konference om ærlig eksport", "--date", "2026-10-20")
    result = run(db, "event", "use", "septembermode")
    assert result.exit_code == 0 and "Current event: Septembermøde (2026-09-10)" in result.output
    listing = run(db, "event", "list").output.splitlines()
    assert listing[0].split() == ["date", "event", "network", "room", "met", "cost"]
    assert listing[1].startswith("  2026-10-20  Konference om ærlig eksport")
    assert listing[2].startswith("* 2026-09-10  Septembermøde")
    assert listing[2].rstrip().endswith("450 kr")
    assert len({len(line.rstrip()) for line in listing[1:]}) == 1  # aligned columns
    only = run(db, "event", "list", "--network", "erhverv nord").output
    assert "Septembermøde" in only and "Konference" not in only
    assert "there is no event called 'Nope'" in one_error_line(run(db, "event", "use", "Nope"))
    assert "name the event" in one_error_line(run(db, "event", "use"))
    assert run(db, "event", "use", "--clear").exit_code == 0


def test_give_got_intro_and_the_give_share(db: Path) -> None:
    run(db, "event", "add", "Møde", "--network", "Klub", "--use")
    result = run(db, "give", "Jens Holm", "advice", "on", "VAT", "--kind", "advice", "--amount", "500")
    assert result.exit_code == 0, result.output
    assert "you gave Jens Holm — advice on VAT" in result.output
    assert run(db, "got", "åse", "a lead", "--no-event").exit_code == 0
    result = run(db, "intro", "Jens Holm", "soren", "--what", "philosophy")
    assert "introduced Jens Holm and Søren Kierkegaard" in result.output
    with Repository.open(db, read_only=True) as repo:
        entries = repo.ledger()
        current = repo.current_event_id
    assert [(e.direction, e.kind, e.event_id) for e in entries] == [
        ("gave", "advice", current), ("got", "other", None), ("gave", "intro", current), ("gave", "intro", current),
    ]  # fmt: skip
    assert "give share 100 % (3 gave, 0 got)" in run(db, "report").output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("give", "Jens", "x"), "2 people match 'Jens'"),
        (("give", "Nobody", "x"), "nobody is called 'Nobody'"),
        (("give", "Åse", "x", "--kind", "bribe"), "kind must be one of"),
        (("got", "Åse", "x", "--amount", "-3"), "amount cannot be negative"),
        (("give", "Åse", "x", "--event", "Nope"), "no event called 'Nope'"),
        (("intro", "Åse", "åse ærø"), "two different people"),
        (("followup", "done", "abc"), "not a follow-up number"),
        (("followup", "done", "42"), "no follow-up #42"),
    ],
)
def test_ledger_and_followup_bad_input(db: Path, args: tuple[str, ...], message: str) -> None:
    before = db.read_bytes()
    assert message in one_error_line(run(db, *args))
    assert db.read_bytes() == before


def test_followup_add_list_done(db: Path) -> None:
    assert "No open follow-ups." in run(db, "followup").output
    result = run(db, "followup", "add", "Jens Berg", "send", "the", "deck", "--due", "2000-01-01")
    assert result.exit_code == 0 and "Jens Berg: send the deck (due 2000-01-01)" in result.output
    run(db, "followup", "add", "#3", "call back")
    listing = run(db, "followup").output.splitlines()
    assert "OVERDUE" in listing[0] and "send the deck" in listing[0]
    assert "Åse Ærø: call back" in listing[1]
    assert run(db, "followup", "done", "#1").exit_code == 0
    assert "send the deck" not in run(db, "followup").output
    assert "send the deck" in run(db, "followup", "--all").output


def test_review_brief_and_report(db: Path) -> None:
    run(
        db,
        "event",
        "add",
        "Septembermøde",
        "--network",
        "Klub",
        "--date",
        "2026-09-10",
        "--cost",
        "450",
        "--minutes",
        "2h",
    )
    run(db, "event", "target", "Åse", "--event", "Septembermøde", "--reason", "export", "--question", "Norway?")
    brief = run(db, "event", "brief", "Septembermøde")
    assert brief.exit_code == 0 and "### 1. Åse Ærø" in brief.output and "- Ask: Norway?" in brief.output
    result = run(
        db, "event", "review", "Septembermøde", "--outcome", "lead", "--outcome", "tip",
        "--value", "5,000", "--picked-up", "--notes", "good room",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Yes — you picked up the 1,000 kr: value 5,000 kr against 2 h and 450 kr." in result.output
    more = run(db, "event", "review", "Septembermøde", "--outcome", "another")
    assert "- lead\n- tip\n- another" in more.output
    report = run(db, "report").output
    assert report.splitlines()[2].split()[:6] == ["Klub", "1", "2.0", "450", "5,000", "0"]
    assert "outcomes 3" in report
    assert "Klub" in run(db, "report", "--network", "KLUB").output
    assert "no network called 'Syd'" in one_error_line(run(db, "report", "--network", "Syd"))
    assert "no current event" in one_error_line(run(db, "event", "brief"))
    assert "value 'much' is not a number" in one_error_line(
        run(db, "event", "review", "Septembermøde", "--value", "much")
    )


def test_read_only_commands_do_not_create_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    assert "does not exist" in one_error_line(run(missing, "report"))
    assert not missing.exists()

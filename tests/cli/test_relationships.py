"""`netevent ask|referral|stale|keep-in-touch`, `who --history`, `event outcome` and the report's new columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from netevent.cli import main
from netevent.domain.models import Attendance, Event, Note, Person
from netevent.storage.repository import Repository

from ..helpers.common import reopen

TODAY = dt.date.today()


def ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def run(path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(path), *args])


def one_error_line(result: Result) -> str:
    assert result.exit_code != 0, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("netevent: "), lines[0]
    return lines[0]


@pytest.fixture
def network(db_path: Path) -> Path:
    """Nord meets every four weeks; Bo was met 12 weeks ago, Ida today; Jens is today's target."""
    with Repository.open(db_path) as repo, repo.batch(undoable=False):
        bo = repo.save_person(Person(name="Bo Ærø", needs=("revisor", "moms")))
        ida = repo.save_person(Person(name="Ida Kristensen", company="KS", strengths=("salgstræning",)))
        jens = repo.save_person(Person(name="Jens Holm", company="Holm IT"))
        held = {}
        for days in (84, 56, 28):
            room = (Attendance(bo.key, met=days == 84), Attendance(ida.key), Attendance(jens.key))
            held[days] = repo.save_event(Event(name=f"Nord {days}", network="Nord", date=ago(days), attendees=room))
        today = repo.save_event(Event(name="Nord i dag", network="Nord", date=ago(0), attendees=(
            Attendance(ida.key, met=True), Attendance(jens.key, target=True, reason="IT-kunder"))))  # fmt: skip
        repo.set_current_event(today.id)
        repo.save_note(Note(bo.key, "Vil have en revisor", event_id=held[84].id, created=f"{ago(84)}T08:00:00"))
    return db_path


def test_ask_add_list_and_set_run_an_ask_to_closed(network: Path) -> None:
    added = run(network, "ask", "add", "ida", "en god advokat")
    assert added.exit_code == 0, added.output
    assert added.output.startswith(f"#3 Ida Kristensen is looking for: en god advokat (open since {ago(0)})")
    listing = run(network, "ask", "list")
    assert listing.output.splitlines()[0].startswith("#1    ")
    assert (
        "open    Bo Ærø: revisor" in listing.output and "Ida Kristensen: en god advokat at Nord i dag" in listing.output
    )
    done = run(network, "ask", "set", "#1", "closed", "fandt", "en", "revisor")
    assert done.exit_code == 0, done.output
    assert done.output.splitlines() == [f"#1 Bo Ærø: revisor — closed ({ago(0)})", "Open asks of Bo Ærø: moms"]
    with reopen(network) as repo:
        assert repo.person(1).needs == ("moms",)  # type: ignore[union-attr]
        assert repo.ask(1).history == ((ago(0), "closed", "fandt en revisor"),)  # type: ignore[union-attr]
    assert "closed  Bo Ærø: revisor" in run(network, "ask", "list", "bo", "--status", "closed").output
    assert run(network, "ask", "list", "--status", "dropped").output == "No dropped asks.\n"


def test_a_give_answers_an_ask_and_the_list_says_what_helped(network: Path) -> None:
    gave = run(network, "give", "bo", "Intro til en revisor", "--kind", "intro", "--ask", "1")
    assert gave.exit_code == 0, gave.output
    assert "Their ask #1 is marked helped" in gave.output
    listing = run(network, "ask", "list", "bo").output
    assert "helped  Bo Ærø: revisor" in listing and "helped by #1 (intro, " in listing


def test_a_referral_runs_to_closed_business_in_the_report(network: Path) -> None:
    given = run(network, "referral", "add", "--from", "jens", "Henviste", "en", "kunde", "--event", "Nord 56",
                "--date", ago(56))  # fmt: skip
    assert given.exit_code == 0, given.output
    assert given.output.strip() == "#1 referral from Jens Holm: Henviste en kunde — new"
    assert run(network, "referral", "set", "1", "pending").exit_code == 0
    closed = run(network, "referral", "set", "#1", "closed", "--amount", "12,500 kr", "--on", ago(3))
    assert closed.output.strip() == f"#1 Henviste en kunde: closed on {ago(3)}, 12,500 kr — credited to Nord 56"
    listing = run(network, "referral", "list").output
    assert "← Jens Holm" in listing and "12,500 kr" in listing
    assert "Closed business: 12,500 kr from 1 you got, 0 kr from 0 you gave; 0 open" in listing
    report = run(network, "report").output
    head, _line, row = report.splitlines()[:3]
    assert "closed kr" in head and len(head) <= 80
    assert row.split()[:2] == ["Nord", "4"] and "12,500" in row
    assert "referrals: closed business 12,500 kr from 1 you got" in report
    assert "in touch with 2 of 3 members in the last 6 months" in report and "not since: Jens Holm" in report


def test_stale_lists_who_you_are_losing_touch_with(network: Path) -> None:
    result = run(network, "stale")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Due a keep-in-touch (1), longest out of touch first:"
    assert lines[1].split() == ["Bo", "Ærø", "last", ago(84), "(met", "at", "Nord", "84)", "·", "every", "8", "weeks",
                                "·", "28", "days", "over"]  # fmt: skip
    assert run(network, "stale", "--network", "nord", "--months", "6").output.startswith("Nobody in nord is due")
    assert run(network, "keep-in-touch", "bo", "never").output.strip() == "Bo Ærø: never"
    assert run(network, "stale").output.startswith("Nobody is due")
    assert (
        run(network, "keep-in-touch", "--network", "Nord", "2w").output.strip() == "Nord: every 2 weeks (as you set it)"
    )
    assert run(network, "keep-in-touch").output.splitlines() == ["Nord: every 2 weeks (as you set it)",
                                                                 "Bo Ærø: never (their own)"]  # fmt: skip
    edited = run(network, "person", "edit", "bo", "--keep-in-touch", "default", "--add-goal", "vokse")
    assert "keep in touch: never → default" in edited.output and "goals: +vokse" in edited.output


def test_who_history_prints_the_timeline_oldest_first(network: Path) -> None:
    run(network, "ask", "set", "1", "dropped")
    result = run(network, "who", "--history", "bo")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Bo Ærø"
    assert lines[1] == f"Since last time: Nord 84 ({ago(84)}) · 1 open ask · 0 open promises"
    assert lines[3:5] == [f"{ago(84)}  Nord 84: met ✓", f"{ago(84)}  Note at Nord 84: Vil have en revisor"]
    assert lines[-4:] == [  # the needs were typed in today
        f"{ago(28)}  Nord 28: in the room, not met",
        f"{ago(0)}  Asked for: revisor — now dropped",
        f"{ago(0)}  Asked for: moms",
        f"{ago(0)}  Ask dropped: revisor",
    ]


def test_event_outcome_closes_the_loop_on_a_target(network: Path) -> None:
    result = run(network, "event", "outcome", "jens", "yes", "to", "IT-kunder", "på", "vej")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Jens Holm at Nord i dag: got what you came for: to IT-kunder på vej"
    with reopen(network) as repo:
        place = repo.current_event().attendance(3)  # type: ignore[union-attr]
        assert (place.met, place.outcome) == (True, "yes")  # type: ignore[union-attr]
    review = run(network, "event", "review").output
    assert "## Targets: did you get what you came for?" in review and "- Jens Holm: got what you came for" in review


def test_a_one_to_one_brief_is_a_gains_worksheet(network: Path) -> None:
    made = run(network, "event", "add", "Kaffe med Bo", "--one-to-one", "bo", "--network", "Nord")
    assert made.exit_code == 0, made.output
    brief = run(network, "event", "brief", "Kaffe med Bo").output
    assert brief.startswith("# One-to-one: Bo Ærø")
    assert f"- Last time: Nord 84 ({ago(84)}): “Vil have en revisor”" in brief
    assert "- Their open asks: revisor; moms" in brief and brief.count("- Today: ") == 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ask", "set", "99", "closed"), "netevent: there is no ask #99"),
        (("ask", "set", "x1", "closed"), "netevent: 'x1' is not an ask number"),
        (("ask", "set", "1", "finished"), "netevent: an ask is open, helped, closed, dropped, not 'finished'"),
        (("ask", "set", "1", "open"), "netevent: ask #1 'revisor' is open already"),
        (("ask", "set", "1", "helped", "--by", "7"), "netevent: there is no ledger entry #7"),
        (("ask", "add", "bo", "Revisor"), "netevent: Bo Ærø has that open ask already"),
        (("ask", "add", "carl", "moms"), "netevent: nobody is called 'carl'"),
        (("ask", "list", "--status", "finished"), "netevent: an ask is open, helped"),
        (("referral", "add", "Henviste"), "netevent: say who the referral is with"),
        (("referral", "add", "--to", "bo", "--from", "ida", "Henviste"), "netevent: say who the referral is with"),
        (("referral", "set", "1", "closed"), "netevent: there is no referral #1"),
        (("referral", "list", "--status", "won big"), "netevent: a referral is new, pending, closed, no business"),
        (("give", "ida", "Intro", "--ask", "1"), "netevent: ask #1 'revisor' is not an ask of the person"),
        (("stale", "--network", "BNI"), "netevent: there is no network called 'BNI'"),
        (("stale", "--months", "0"), "netevent: --months must be more than 0"),
        (("keep-in-touch", "bo", "soon"), "netevent: 'soon' is not a keep-in-touch cadence"),
        (("keep-in-touch", "--network", "BNI", "2m"), "netevent: there is no network called 'BNI'"),
        (("event", "outcome", "ida", "yes"), "netevent: Ida Kristensen is not one of the targets of Nord i dag"),
        (("event", "outcome", "jens", "perhaps"), "netevent: got what you came for is yes, no, later"),
        (("person", "edit", "bo", "--keep-in-touch", "-2m"), "netevent: '-2m' is not a keep-in-touch cadence"),
        (("who", "--history", "nobody-here"), "netevent: nobody matches 'nobody-here'"),
    ],
)
def test_bad_input_gets_one_clear_line_and_changes_nothing(network: Path, args: tuple[str, ...], message: str) -> None:
    before = network.read_bytes()
    assert one_error_line(run(network, *args)).startswith(message)
    assert network.read_bytes() == before


def test_a_closed_referral_cannot_move_and_says_so(network: Path) -> None:
    run(network, "referral", "add", "--to", "bo", "Henviste")
    run(network, "referral", "set", "1", "closed", "--amount", "500")
    before = network.read_bytes()
    line = one_error_line(run(network, "referral", "set", "1", "pending"))
    assert line == ("netevent: referral #1 'Henviste' is closed: it cannot become pending; "
                    "that is final (`netevent undo` takes back a mistake)")  # fmt: skip
    assert network.read_bytes() == before
    assert one_error_line(run(network, "referral", "set", "1", "closed")).endswith("is closed already")


# ----------------------------------------------------------------------------- in Danish

_MONTHS = ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")


def typed(days: int) -> str:
    """A date as a Dane types it in a field: 05-12-2026."""
    return (TODAY - dt.timedelta(days=days)).strftime("%d-%m-%Y")


def told(days: int) -> str:
    """A date as Danish prose writes it: 5. dec. 2026."""
    day = TODAY - dt.timedelta(days=days)
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def dansk(path: Path, *args: str) -> Result:
    return run(path, "--lang", "da", *args)


def test_an_ask_in_danish_reads_danish_words_and_dates_and_saves_english(network: Path) -> None:
    added = dansk(network, "ask", "add", "ida", "en god advokat", "--on", typed(2))
    assert added.exit_code == 0, added.output
    assert added.output.strip() == f"#3 Ida Kristensen søger: en god advokat (åbent siden {told(2)})"
    helped = dansk(network, "ask", "set", "3", "hjulpet", "fik", "et", "navn")
    assert helped.output.splitlines() == [
        f"#3 Ida Kristensen: en god advokat — hjulpet ({told(0)})",
        "Åbne ønsker fra Ida Kristensen: ingen",
    ]
    with reopen(network) as repo:
        ask = repo.ask(3)
        assert ask is not None and (ask.status, ask.since) == ("helped", ago(2))
        assert ask.history == ((ago(0), "helped", "fik et navn"),)
    listing = dansk(network, "ask", "list", "--status", "hjulpet").output
    assert f"#3    {typed(2)} hjulpet Ida Kristensen: en god advokat ved Nord i dag — {told(0)}: fik et navn" in listing
    assert dansk(network, "ask", "list", "--status", "droppet").output == "Ingen droppede ønsker.\n"
    assert "åbent   Bo Ærø: revisor" in dansk(network, "ask", "list", "--status", "alle").output
    undone = dansk(network, "undo").output
    assert undone.startswith('Fortrød: Ønsket "en god advokat" fra Ida Kristensen: hjulpet')
    with reopen(network) as repo:
        assert repo.ask(3).status == "open"  # type: ignore[union-attr]


def test_a_referral_in_danish_runs_to_closed_business_in_the_report(network: Path) -> None:
    given = dansk(network, "referral", "add", "--from", "jens", "Henviste", "en", "kunde", "--event", "Nord 56",
                  "--date", typed(56))  # fmt: skip
    assert given.output.strip() == "#1 henvisning fra Jens Holm: Henviste en kunde — ny"
    assert dansk(network, "referral", "set", "1", "i gang").exit_code == 0
    closed = dansk(network, "referral", "set", "#1", "lukket", "--amount", "12.500 kr", "--on", typed(3))
    assert closed.output.strip() == f"#1 Henviste en kunde: lukket den {told(3)}, 12.500 kr — krediteret Nord 56"
    with reopen(network) as repo:
        entry = repo.ledger_entry(1)
        assert entry is not None and (entry.status, entry.amount, entry.closed_on, entry.date) == (
            "closed", 12500.0, ago(3), ago(56)
        )  # fmt: skip
    listing = dansk(network, "referral", "list").output
    assert f"#1    {typed(56)} ← Jens Holm" in listing and " lukket " in listing
    assert f"Nord 56, lukket {told(3)}" in listing
    assert "Lukket forretning: 12.500 kr fra 1 du fik, 0 kr fra 0 du gav; 0 åbne" in listing
    report = dansk(network, "report").output
    assert all(len(line) <= 80 for line in report.splitlines()[:3]), report
    assert "lukket kr" in report.splitlines()[0]
    assert (
        "  henvisninger: lukket forretning 12.500 kr fra 1 du fik, 0 kr fra 0 du gav · 0 åbne · 0 uden forretning"
        in (report)
    )
    assert f"kontakt med 2 af 3 medlemmer det seneste halve år (siden {told(183)})" in report
    assert "ikke siden: Jens Holm" in report


def test_stale_and_keep_in_touch_in_danish(network: Path) -> None:
    lines = dansk(network, "stale").output.splitlines()
    assert lines[0] == "Tid til at holde kontakten (1), længst uden kontakt først:"
    assert lines[1] == f"  Bo Ærø  sidst {told(84)} (mødt ved Nord 84) · hver 8. uge · 28 dage over"
    assert dansk(network, "keep-in-touch", "bo", "aldrig").output.strip() == "Bo Ærø: aldrig"
    with reopen(network) as repo:
        assert repo.person(1).keep_in_touch == 0  # type: ignore[union-attr]
    assert dansk(network, "stale").output.startswith("Ingen venter: du har haft kontakt med alle i tide.")
    assert dansk(network, "keep-in-touch", "--network", "Nord", "2w").output.strip() == (
        "Nord: hver 2. uge (som du har sat det)"
    )
    listed = dansk(network, "undo", "--list").output.splitlines()[0]
    assert listed.startswith(f" 1. {typed(0)} ") and listed.endswith("  Hold kontakten med medlemmerne af Nord: 2w")
    assert dansk(network, "undo").output.startswith("Fortrød: Hold kontakten med medlemmerne af Nord: 2w")
    assert dansk(network, "keep-in-touch").output.splitlines() == [
        "Nord: hver 8. uge (to gange dets rytme: det mødes hver måned)",
        "Bo Ærø: aldrig (deres eget)",
    ]
    edited = dansk(network, "person", "edit", "bo", "--keep-in-touch", "standard")
    assert "hold kontakten: aldrig → standard" in edited.output


def test_who_history_in_danish(network: Path) -> None:
    dansk(network, "ask", "set", "1", "droppet")
    lines = dansk(network, "who", "--history", "bo").output.splitlines()
    assert lines[1] == f"Siden sidst: Nord 84 ({told(84)}) · 1 åbent ønske · 0 åbne løfter"
    assert lines[3:5] == [f"{typed(84)}  Nord 84: mødt ✓", f"{typed(84)}  Note ved Nord 84: Vil have en revisor"]
    assert lines[-4:] == [
        f"{typed(28)}  Nord 28: i lokalet, ikke mødt",
        f"{typed(0)}  Ønskede: revisor — nu droppet",
        f"{typed(0)}  Ønskede: moms",
        f"{typed(0)}  Ønske droppet: revisor",
    ]


def test_event_outcome_and_the_one_to_one_brief_in_danish(network: Path) -> None:
    result = dansk(network, "event", "outcome", "jens", "ja", "IT-kunder", "på", "vej")
    assert result.output.strip() == "Jens Holm ved Nord i dag: fik det, du kom efter: IT-kunder på vej"
    with reopen(network) as repo:
        assert repo.current_event().attendance(3).outcome == "yes"  # type: ignore[union-attr]
    assert dansk(network, "event", "outcome", "jens", "senere").exit_code == 0
    dansk(network, "event", "add", "Kaffe med Bo", "--one-to-one", "bo", "--network", "Nord", "--date", typed(0))
    brief = dansk(network, "event", "brief", "Kaffe med Bo").output
    assert brief.startswith(f"# En-til-en: Bo Ærø\n\n{told(0)}  \nBegivenhed: Kaffe med Bo")
    assert f"## Siden sidst\n\n- Sidst: Nord 84 ({told(84)}): “Vil have en revisor”" in brief
    assert "- Deres åbne ønsker: revisor; moms" in brief and brief.count("- I dag: ") == 5
    assert "### Mål\n\n*Hvad vil de nå i år, i forretningen og uden for den?*" in brief
    assert "## Dine egne GAINS, at dele" in brief


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("ask", "set", "1", "færdiggjort"),
            "netevent: et ønske er åbent, hjulpet, lukket, droppet, ikke 'færdiggjort'",
        ),
        (("ask", "set", "1", "åbent"), "netevent: ønske #1 'revisor' er allerede åbent"),
        (("ask", "add", "bo", "moms", "--on", "31/2"), "netevent: dato '31/2'"),
        (("referral", "set", "1", "lukket"), "netevent: der er ingen henvisning #1"),
        (
            ("referral", "list", "--status", "vundet stort"),
            "netevent: en henvisning er ny, i gang, lukket, ingen forretning",
        ),
        (("stale", "--network", "BNI"), "netevent: der er intet netværk, der hedder 'BNI' (netværk: Nord)"),
        (("keep-in-touch", "bo", "snart"), "netevent: 'snart' er ikke et interval for at holde kontakten"),
        (("event", "outcome", "jens", "måske"), "netevent: fik det, du kom efter, er ja, nej, senere, ikke 'måske'"),
    ],
)
def test_bad_input_in_danish_gets_one_danish_line(network: Path, args: tuple[str, ...], message: str) -> None:
    before = network.read_bytes()
    assert one_error_line(dansk(network, *args)).startswith(message)
    assert network.read_bytes() == before


def test_a_closed_referral_says_so_in_danish(network: Path) -> None:
    dansk(network, "referral", "add", "--to", "bo", "Henviste")
    dansk(network, "referral", "set", "1", "lukket", "--amount", "500")
    line = one_error_line(dansk(network, "referral", "set", "1", "i gang"))
    assert line == ("netevent: henvisning #1 'Henviste' er lukket: kan ikke blive i gang; "
                    "det er endeligt (`netevent undo` tager en fejl tilbage)")  # fmt: skip

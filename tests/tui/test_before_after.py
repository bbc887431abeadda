"""Before and after the event: prep, introductions, follow-ups, review and the network report.

Each test drives the app with the keyboard and then reads the file back as a
new process would, so what the screen says is what was saved.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from netevent.domain.models import Event, FollowUp, Review, today_iso
from netevent.services.ledger import log_give
from netevent.services.rooms import set_target
from netevent.storage.repository import Repository
from netevent.tui.widgets.people_list import PeopleList
from netevent.tui.widgets.person_card import PersonCard

from ..helpers.common import reopen
from ..helpers.drive import fill_form, plain, search, settle, title, type_text


def _with(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Change the file before the app opens it."""
    repo = Repository.open(path)
    try:
        with repo.batch():
            change(repo, {p.name: p.id for p in repo.people()})
    finally:
        repo.close()


def _prompts(app, selector: str = OptionList) -> list[str]:  # type: ignore[no-untyped-def]
    options = app.screen.query_one(selector)
    return [plain(o.prompt) for o in options.options]


def _body(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return plain(app.screen.query_one(selector).render())


async def _open_from_list(app, pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    app.screen.query_one(PeopleList).focus()
    for key in keys:
        await pilot.press(key)
        await settle(app, pilot)


# --------------------------------------------------------------------- prep


def _two_targets(repo: Repository, ids: dict[str, int]) -> None:
    event = repo.current_event()
    set_target(repo, event.id, ids["Åse Øberg"], reason="Advokat til to kunder", question="Fast pris på ejeraftaler?")
    set_target(
        repo, event.id, ids["Jens Holm"], reason="IT-firma uden revisor", question="Hvem laver jeres årsrapport?"
    )
    repo.save_followup(
        FollowUp(person_id=ids["Åse Øberg"], action="Send tjekliste", due="2026-11-01", created="2026-10-02")
    )
    log_give(repo, ids["Åse Øberg"], "Intro til en revisor", date="2026-10-01")


async def test_prep_lists_targets_in_order_with_brief_and_reorders(open_app, seeded_db: Path):
    _with(seeded_db, _two_targets)
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_from_list(app, pilot, "e", "p")
        assert type(app.screen).__name__ == "PrepScreen"
        assert _prompts(app, "#prep-targets") == ["1. Åse Øberg", "2. Jens Holm"]
        plan = _body(app, "#prep-purpose")
        assert "For you: Find to nye kunder" in plan and "› Spørg om eksport" in plan
        brief = _body(app, "#prep-brief-body")
        assert "Why: Advokat til to kunder" in brief
        assert "Ask: Fast pris på ejeraftaler?" in brief
        assert "Last time: a note (2026-10-01): “Mødt til frokost”" in brief
        assert "⚠ Promise not kept: Send tjekliste (due 2026-11-01, overdue)" in brief
        assert "You gave: Intro til en revisor (2026-10-01)" in brief
        await pilot.press("x")  # private: the note's words are hidden here too
        await settle(app, pilot)
        assert "Mødt til frokost" not in _body(app, "#prep-brief-body")
        assert "“•••”" in _body(app, "#prep-brief-body")
        await pilot.press("J")  # Åse one down the line
        await settle(app, pilot)
        assert _prompts(app, "#prep-targets") == ["1. Jens Holm", "2. Åse Øberg"]
        assert title(app.screen.query_one("#prep-brief")) == "2. Åse Øberg"  # the highlight follows her
        await pilot.press("down")
        await settle(app, pilot)
        brief = _body(app, "#prep-brief-body")
        assert "Why: IT-firma uden revisor" in brief and "First meeting — no history yet" in brief
    with reopen(seeded_db) as saved:
        order = [saved.person(a.person_id).name for a in saved.current_event().targets]
        assert order == ["Jens Holm", "Åse Øberg"]


async def test_prep_adds_a_target_and_edits_the_purpose(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_from_list(app, pilot, "e", "p")
        assert "No targets yet" in _prompts(app, "#prep-targets")[0]
        await pilot.press("a")
        await settle(app, pilot)
        await type_text(pilot, "soren")
        await settle(app, pilot)
        await pilot.press("enter")  # the chooser picks Søren, then asks why
        await settle(app, pilot)
        await fill_form(app, pilot, "moms", "hvem er jeres kunder?")
        assert _prompts(app, "#prep-targets") == ["1. Søren Ærø"]
        await pilot.press("E")
        await settle(app, pilot)
        app.screen.query_one("#field-purpose").value = "Møde Søren"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "For you: Møde Søren" in _body(app, "#prep-purpose")
    with reopen(seeded_db) as saved:
        event = saved.current_event()
        (target,) = event.targets
        assert saved.person(target.person_id).name == "Søren Ærø"
        assert (target.reason, target.question) == ("moms", "hvem er jeres kunder?")
        assert event.purpose == "Møde Søren"


async def test_reuse_last_rooms_roster_on_the_events_screen(open_app, seeded_db: Path):
    def later(repo: Repository, ids: dict[str, int]) -> None:
        repo.save_event(Event(name="Netværk Nord, december", network="netværk nord", date="2026-12-10"))

    _with(seeded_db, later)
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_from_list(app, pilot, "e")
        app.screen.query_one(OptionList).highlighted = 0  # newest first: December
        await pilot.press("l")
        await settle(app, pilot)
        assert "Room: 4 people, 0 met" in _body(app, "#events-summary")
    with reopen(seeded_db) as saved:
        december = saved.find_event("Netværk Nord, december")
        assert len(december.attendees) == 4 and not any(a.met or a.target for a in december.attendees)


# --------------------------------------------------------------- introduce


async def test_introduce_from_the_card_logs_a_give_to_both(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "i")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "ChooserModal"
        assert _prompts(app, "#chooser-list")[0].startswith("Åse Øberg")
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
        body = plain(app.screen.query_one(PersonCard).text)
        assert "Give/get: give share 100 % (1 gave, 0 got)" in body
    with reopen(seeded_db) as saved:
        ids = {p.name: p.id for p in saved.people()}
        event_id = saved.current_event().id
        (to_jens,) = saved.ledger(person_id=ids["Jens Holm"])
        (to_aase,) = saved.ledger(person_id=ids["Åse Øberg"])
        assert (to_jens.direction, to_jens.kind, to_jens.with_person_id) == ("gave", "intro", ids["Åse Øberg"])
        assert (to_aase.direction, to_aase.kind, to_aase.with_person_id) == ("gave", "intro", ids["Jens Holm"])
        assert to_jens.what.startswith("Introduced to Åse Øberg") and to_jens.event_id == event_id == to_aase.event_id


async def test_introduce_without_matches_says_so_and_writes_nothing(open_app, seeded_db: Path):
    before = seeded_db.read_bytes()
    app = open_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await search(app, pilot, "aase")  # nobody in the room keeps books
        await pilot.press("enter", "i")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
        assert any("Nobody" in str(n.message) for n in app._notifications)
    assert seeded_db.read_bytes() == before


# --------------------------------------------------------------- follow-ups


async def test_followups_view_adds_and_completes_one(open_app, seeded_db: Path):
    def late(repo: Repository, ids: dict[str, int]) -> None:
        repo.save_followup(FollowUp(person_id=ids["Ann [/] Lee"], action="Ring [b]Ann[/b]", due="2020-01-01"))

    _with(seeded_db, late)
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_from_list(app, pilot, "F")
        assert type(app.screen).__name__ == "FollowUpsScreen"
        assert _prompts(app, "#followups-list") == ["⚠ 2020-01-01  Ann [/] Lee — Ring [b]Ann[/b]"]
        assert "overdue by" in _body(app, "#followups-detail")
        await pilot.press("n")
        await settle(app, pilot)
        await type_text(pilot, "jens")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await fill_form(app, pilot, "Send kontrakt", "2099-12-01")
        prompts = _prompts(app, "#followups-list")
        assert prompts[1] == "☐ 2099-12-01  Jens Holm — Send kontrakt"  # overdue first, then by date
        assert app.screen.query_one(OptionList).highlighted == 1  # the new one
        with reopen(seeded_db) as added:
            assert [(f.action, f.due, f.done) for f in added.followups() if f.action == "Send kontrakt"] == [
                ("Send kontrakt", "2099-12-01", False)
            ]
        await pilot.press("space")
        await settle(app, pilot)
        assert len(_prompts(app, "#followups-list")) == 1  # done ones are hidden…
        await pilot.press("d")
        await settle(app, pilot)
        assert "✓ 2099-12-01  Jens Holm — Send kontrakt" in _prompts(app, "#followups-list")  # …until d
        await pilot.press("escape")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
    with reopen(seeded_db) as saved:
        (done,) = [f for f in saved.followups() if f.action == "Send kontrakt"]
        assert done.done and done.done_on == today_iso()


async def test_followups_open_person_and_reopen(open_app, seeded_db: Path):
    def one(repo: Repository, ids: dict[str, int]) -> None:
        repo.save_followup(
            FollowUp(person_id=ids["Zoë Müller"], action="Tysk kontakt", done=True, done_on="2026-01-02")
        )

    _with(seeded_db, one)
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_from_list(app, pilot, "F", "d")
        assert _prompts(app, "#followups-list") == ["✓ no date     Zoë Müller — Tysk kontakt"]
        await pilot.press("enter")  # reopens it
        await settle(app, pilot)
        assert _prompts(app, "#followups-list") == ["☐ no date     Zoë Müller — Tysk kontakt"]
        await pilot.press("o")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
        assert title(app.screen.query_one("#card")) == "Zoë Müller"
    with reopen(seeded_db) as saved:
        assert [f.done for f in saved.followups()] == [False]


# ------------------------------------------------------------------- review


async def test_review_is_saved_on_the_event_and_shown_on_the_events_screen(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_from_list(app, pilot, "m", "e", "R")  # met Søren, then review the event
        assert type(app.screen).__name__ == "ReviewScreen"
        body = _body(app, "#review-body")
        assert "Not reviewed yet: did you pick up the 1,000 kr?" in body
        assert "Met 1 of 4 in the room" in body
        await pilot.press("r")
        await settle(app, pilot)
        await type_text(pilot, "Ny kunde; To introduktioner")
        app.screen.query_one("#field-value").value = "1,500 kr"
        app.screen.query_one("#field-value_words").value = "En kunde [værd] et år"
        app.screen.query_one("#field-picked").value = "yes"
        app.screen.query_one("#field-minutes").value = "2h"
        app.screen.query_one("#field-notes").load_text("Godt møde")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "ReviewScreen"
        body = _body(app, "#review-body")
        assert "Yes — you picked up the 1,000 kr: value 1,500 kr against 2 h." in body
        assert "In words: En kunde [værd] et år" in body and "• To introduktioner" in body
        await pilot.press("escape")
        await settle(app, pilot)
        summary = _body(app, "#events-summary")
        assert "Picked up the 1,000 kr: yes · value 1,500 kr" in summary and "Godt møde" in summary
    with reopen(seeded_db) as saved:
        event = saved.current_event()
        assert event.review.outcomes == ("Ny kunde", "To introduktioner")
        assert (event.review.value, event.review.picked_up, event.review.notes) == (1500.0, True, "Godt møde")
        assert event.review.reviewed_on == today_iso() and event.minutes == 120


async def test_a_bad_value_in_the_review_says_why_and_saves_nothing(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_from_list(app, pilot, "e", "R", "r")
        app.screen.query_one("#field-value").value = "mange penge"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "value 'mange penge' is not a number" in _body(app, "#form-error")
        assert app.screen.query_one("#form-error").region.bottom <= 24  # visible at 80x24
        await pilot.press("escape")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        assert saved.current_event().review is None


# ------------------------------------------------------------------- report


async def test_report_switches_networks_with_tab(open_app, seeded_db: Path):
    def history(repo: Repository, ids: dict[str, int]) -> None:
        repo.save_event(
            Event(
                name="Eksportrådet",
                network="Eksportrådet",
                date="2026-09-17",
                cost=1195,
                review=Review(value=5000, picked_up=True),
            )
        )

    _with(seeded_db, history)
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_from_list(app, pilot, "R")
        assert type(app.screen).__name__ == "ReportScreen"
        assert _body(app, "#report-figures").startswith("Netværk Nord")  # the current event's network
        assert _body(app, "#report-tabs").split() == ["All", "networks", "│", "Eksportrådet", "│", "Netværk", "Nord"]
        await pilot.press("tab")  # round the end to the overview
        await settle(app, pilot)
        overview = _body(app, "#report-figures")
        assert "Eksportrådet  2026-09-17" in overview and "Netværk Nord  2026-11-26" in overview
        assert "Spent" not in overview and not app.screen.query_one("#report-chart").display
        await pilot.press("tab")
        await settle(app, pilot)
        figures = _body(app, "#report-figures")
        assert figures.startswith("Eksportrådet") and "Spent       1 event · 1,195 kr" in figures
        assert "net +3,805 kr" in figures and "It gave more than it cost in money." in figures
        chart = _body(app, "#report-chart")
        assert "2026-09-17 ✓" in chart and "5,000" in chart and "1,195" in chart
        await pilot.press("shift+tab", "shift+tab")
        await settle(app, pilot)
        assert _body(app, "#report-figures").startswith("Netværk Nord")
        await pilot.press("escape")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"


def test_chart_lines_fit_the_width_and_show_names_as_typed():
    from netevent.domain.figures import cell_width
    from netevent.services.report import EventRow
    from netevent.tui.widgets.chart import chart_text

    rows = [
        EventRow(1, "2026-05-01", "Netværk Nord — [b]maj[/b]", 120, 450, 3000, 4, True),
        EventRow(2, "", "Et meget langt navn på et årsmøde i Aarhus", 0, 1195, 0, 0, False),
    ]
    for width in (60, 76, 120):
        lines = chart_text(rows, width, network="netværk nord").plain.splitlines()
        assert all(cell_width(line) <= width for line in lines), width
    lines = chart_text(rows, 76, network="Netværk Nord").plain.splitlines()
    assert lines[1].startswith("2026-05-01 ✓ [b]maj[/b]") and "3,000" in lines[1]
    assert lines[2].startswith("—          ✗ Et meget") and "…" in lines[2] and lines[2].rstrip().endswith("1,195")

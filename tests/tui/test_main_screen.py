"""Driving the main screen with the keyboard, checking the screen and the saved file."""

from __future__ import annotations

from pathlib import Path

from netevent.tui.widgets.notes_panel import NotesPanel
from netevent.tui.widgets.people_list import PeopleList
from netevent.tui.widgets.person_card import PersonCard

from ..helpers.common import named, reopen, saved_note
from ..helpers.drive import fill_form, names_in_list, plain, search, settle, title, type_text


async def test_search_finds_by_danish_strength_with_and_without_accents(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert len(names_in_list(app)) == 4  # the room of the current event
        await search(app, pilot, "skatteradgivning")
        assert names_in_list(app)[0] == "Søren Ærø"
        app.screen.query_one("#search").value = ""
        await type_text(pilot, "skatterådgivning")
        await settle(app, pilot)
        assert names_in_list(app)[0] == "Søren Ærø"
        card = app.screen.query_one(PersonCard)
        assert title(card) == "Søren Ærø"
        body = plain(card.text)
        assert "You can offer them" in body and "They can help you" in body


async def test_enter_opens_and_the_card_shows_what_you_can_offer(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "oberg")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.focused is app.screen.query_one(PeopleList)
        assert app.screen.query_one(PeopleList).highlighted == app.screen.current_id
        body = plain(app.screen.query_one(PersonCard).text)
        assert title(app.screen.query_one(PersonCard)) == "Åse Øberg"
        # Your offer "bogføring for iværksættere" meets her need with the same words.
        assert "bogføring for iværksættere" in body.split("You can offer them")[1].split("They can help you")[0]


async def test_note_autosaves_after_typing_stops(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "n")
        await type_text(pilot, "Vil have et tilbud")
        await pilot.pause(1.3)
        await settle(app, pilot)
        assert app.screen.query_one(NotesPanel).border_subtitle.startswith("saved")
        assert saved_note(seeded_db, "Jens Holm").text == "Vil have et tilbud"


async def test_escape_leaves_editor_and_saves(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "zoe")
        assert names_in_list(app) == []  # Zoë is not in the room
        await pilot.press("down", "v")  # Zoë is not in the room: show everyone
        await settle(app, pilot)
        assert names_in_list(app)[0] == "Zoë Müller"
        await pilot.press("n")
        await type_text(pilot, "TODO send brochure")
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.focused is app.screen.query_one(PeopleList)
        assert app.screen.query_one(NotesPanel).editor.text == "TODO send brochure"
        with reopen(seeded_db) as saved:
            zoe = named(saved, "Zoë Müller")
            assert [n.text for n in saved.notes_for(zoe.id)] == ["TODO send brochure"]


async def test_quit_saves_a_note_typed_a_moment_ago(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "n")
        await type_text(pilot, "Sidste ord")
        await pilot.press("ctrl+q")
    assert saved_note(seeded_db, "Jens Holm").text == "Sidste ord"


async def test_mark_met_and_target_with_reason(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "m")
        await settle(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        await fill_form(app, pilot, "needs a lawyer", "who does your contracts?")
        row = app.screen.query_one(PeopleList)._describe(app.screen.current_id)
        assert "★" in row.markers and "✓" in row.markers
    with reopen(seeded_db) as saved:
        jens = named(saved, "Jens Holm")
        attendance = saved.current_event().attendance(jens.id)
        assert attendance.met and attendance.target
        assert attendance.reason == "needs a lawyer" and attendance.question == "who does your contracts?"
        assert saved.person(jens.id).first_met_at == "Netværk Nord"


async def test_log_give_get_and_follow_up(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "aase")
        await pilot.press("enter", "g")
        await fill_form(app, pilot, "intro to Jens")
        await pilot.press("r")
        await fill_form(app, pilot, "contract review", "", "2500")  # "" leaves the kind as it is
        await pilot.press("f")
        await fill_form(app, pilot, "send offer", "2026-12-01")
        body = plain(app.screen.query_one(PersonCard).text)
        assert "send offer" in body
    with reopen(seeded_db) as saved:
        aase = named(saved, "Åse Øberg")
        entries = saved.ledger(person_id=aase.id)
        assert [(e.direction, e.what, e.amount) for e in entries] == [
            ("gave", "intro to Jens", None),
            ("got", "contract review", 2500.0),
        ]
        assert [(f.action, f.due) for f in saved.followups(person_id=aase.id)] == [("send offer", "2026-12-01")]


async def test_add_person_from_one_line(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("escape")  # leave the search box so "a" is a key, not a letter
        app.screen.query_one(PeopleList).focus()
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#quick-line").value = "Jane Doe, Acme — tax law; export"
        await pilot.pause()
        assert app.screen.query_one("#field-company").value == "Acme"
        await pilot.press("enter")
        await settle(app, pilot)
        assert title(app.screen.query_one(PersonCard)) == "Jane Doe"
        assert "Jane Doe" in names_in_list(app)
    with reopen(seeded_db) as saved:
        jane = named(saved, "Jane Doe")
        assert (jane.company, jane.strengths) == ("Acme", ("tax law", "export"))
        assert saved.current_event().attendance(jane.id).met


async def test_add_person_without_a_name_shows_why_and_saves_nothing(open_app, seeded_db: Path):
    before = seeded_db.read_bytes()
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("a")
        await pilot.press("enter")
        await pilot.pause()
        assert "name" in str(app.screen.query_one("#form-error").render())
        await pilot.press("escape")
        await settle(app, pilot)
    assert seeded_db.read_bytes() == before


async def test_markup_in_names_is_shown_as_typed(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "ann")
        card = app.screen.query_one(PersonCard)
        assert title(card) == "Ann [/] Lee"
        body = plain(card.text)
        assert "Bracket [red]Co" in body
        row = app.screen.query_one(PeopleList).render_line(0).text
        assert "Ann [/] Lee" in row and "Bracket [red]Co" in row


async def test_pitch_edit_is_saved(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("p")
        await pilot.pause()
        for _ in range(4):
            await pilot.press("tab")
        assert app.focused.id == "field-offers"
        app.focused.value = ""
        await type_text(pilot, "revision; moms")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "revision; moms" in str(app.screen.query_one("#pitch-text").render())
    with reopen(seeded_db) as saved:
        assert saved.profile.offers == ("revision", "moms")


async def test_help_and_palette(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "zoe")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert title(app.screen.query_one(PersonCard)) == "Zoë Müller"


async def test_events_screen_creates_and_chooses_an_event(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await fill_form(app, pilot, "Eksport Forum")
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
    with reopen(seeded_db) as saved:
        assert saved.current_event().name == "Eksport Forum"


async def test_an_outside_change_asks_to_reload_and_keeps_the_text_meanwhile(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await search(app, pilot, "jens")
        await pilot.press("enter", "n")
        seeded_db.write_text(seeded_db.read_text(encoding="utf-8") + " ", encoding="utf-8")  # another program
        await type_text(pilot, "Vigtig note")
        await pilot.press("escape")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "ConflictModal"
        await pilot.press("escape")  # later
        await settle(app, pilot)
        notes = app.screen.query_one(NotesPanel)
        assert notes.editor.text == "Vigtig note"
        assert notes.border_subtitle == "⚠ not saved"
        assert any("Ctrl+R" in str(n.message) for n in app._notifications)
        kept = app.repo.recovery_file
        assert kept is not None and "Vigtig note" in kept.read_text(encoding="utf-8")
    assert seeded_db.read_text(encoding="utf-8").endswith(" ")  # the outside change was not overwritten


async def test_welcome_on_an_empty_file(open_app, tmp_path: Path):
    app = open_app(tmp_path / "empty.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "WelcomeModal"
        await pilot.press("enter")  # first option: write your profile
        await pilot.pause()
        assert type(app.screen).__name__ == "PitchModal"


async def test_enter_with_no_match_stays_in_the_search_box(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "qqqzzz")
        assert names_in_list(app) == []
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#search")
        await type_text(pilot, "n")  # still typed into the search, not taken as "note"
        assert app.screen.query_one("#search").value == "qqqzzzn"


async def test_esc_leaves_the_search_for_the_list_keeping_the_filter(open_app, seeded_db):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "oberg")
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.screen.query_one(PeopleList)
        assert app.screen.query_one("#search").value == "oberg" and names_in_list(app) == ["Åse Øberg"]
        await pilot.press("m")  # a one-key action now, not a letter in the search
        await settle(app, pilot)
        assert app.screen.query_one("#search").value == "oberg"
    with reopen(seeded_db) as saved:
        event = saved.current_event()
        attendance = event.attendance(named(saved, "Åse Øberg").id)
        assert attendance is not None and attendance.met


async def test_keys_typed_after_quit_start_nothing(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.screen.query_one(PeopleList).focus()
        app.exiting = True  # as `q` sets it while it saves (keys typed after it still arrive)
        await pilot.press("e", "a")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"
        app.exiting = False


def _card_lines(card: PersonCard) -> list[str]:
    """The card's lines as painted, for as many lines as are on screen."""
    return [card.render_line(y).text.rstrip() for y in range(card.scrollable_content_region.height)]


async def test_the_card_wraps_again_for_a_new_width_and_repaints_in_a_new_theme(open_app):
    app = open_app()
    async with app.run_test(size=(140, 36)) as pilot:
        await search(app, pilot, "oberg")
        await settle(app, pilot)
        card = app.screen.query_one(PersonCard)
        wide = _card_lines(card)
        width = card.scrollable_content_region.width
        assert max(len(line) for line in wide) <= width
        assert any('your offer "bogføring for iværksættere"' in line for line in wide)
        await pilot.resize_terminal(90, 30)
        await settle(app, pilot)
        narrow = _card_lines(card)
        assert card.scrollable_content_region.width < width
        assert max(len(line) for line in narrow) <= card.scrollable_content_region.width
        assert narrow != wide[: len(narrow)]  # wrapped again, not cut off
        before = list(card.render_line(0))[0].style
        app.theme = "netevent-light"
        await settle(app, pilot)
        assert list(card.render_line(0))[0].style != before  # painted in the new theme's colours
        assert _card_lines(card) == narrow

"""The same keys mean the same thing everywhere, the footer shows what works, and forms behave alike."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select

from netevent.tui.widgets.people_list import PeopleList

from ..helpers.drive import settle, type_text


def _footer_keys(app) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What the footer offers now: key → description (shown and enabled bindings)."""
    return {
        key: active.binding.description
        for key, active in app.screen.active_bindings.items()
        if active.binding.show and active.enabled
    }


async def test_the_footer_shows_the_keys_that_work_where_the_cursor_is(open_app) -> None:
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.focused, Input)  # netevent opens in the search box
        typing = _footer_keys(app)
        assert {"enter", "down", "ctrl+n", "f1", "ctrl+q"} <= set(typing)
        assert not {"m", "a", "q", "question_mark"} & set(typing)  # letters type here
        await pilot.press("escape")
        await settle(app, pilot)
        listing = _footer_keys(app)
        assert {"n", "a", "m", "t", "g", "r", "f1", "ctrl+q"} <= set(listing)
        await pilot.press("n")
        await settle(app, pilot)
        writing = _footer_keys(app)
        assert {"escape", "f2", "ctrl+q"} <= set(writing) and "slash" not in writing


async def test_the_highlighted_person_stands_out_in_the_list_and_while_typing(open_app) -> None:
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        people = app.screen.query_one(PeopleList)
        typing_row = people.render_line(0)
        other_row = people.render_line(1)
        assert any(seg.style and seg.style.reverse for seg in typing_row)
        assert not any(seg.style and seg.style.reverse for seg in other_row)
        await pilot.press("escape")
        await settle(app, pilot)
        focused_row, plain_row = people.render_line(0), people.render_line(1)
        background = {seg.style.bgcolor for seg in focused_row if seg.text.strip() and seg.style}
        assert background and background.isdisjoint({seg.style.bgcolor for seg in plain_row if seg.style})


async def test_forms_have_only_visible_stops_ask_before_throwing_away_and_save_from_a_drop_down(
    open_app, seeded_db: Path
) -> None:
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "g")  # gave: what, kind (a drop-down), amount
        await settle(app, pilot)
        form = app.screen
        assert all(isinstance(w, (Input, Select)) for w in form.focus_chain)
        await type_text(pilot, "Intro")
        await pilot.press("escape")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "ConfirmModal"
        await pilot.press("n")  # keep typing
        await settle(app, pilot)
        assert app.screen is form
        await pilot.press("tab")  # to the drop-down
        await settle(app, pilot)
        assert isinstance(app.focused, Select)
        await pilot.press("enter")  # saves, as Enter does in every field
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MainScreen"
    from ..helpers.common import reopen

    with reopen(seeded_db) as saved:
        assert [e.what for e in saved.ledger()] == ["Intro"]


async def test_q_and_help_mean_the_same_on_every_screen(open_app) -> None:
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "e")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "EventsScreen"
        await pilot.press("question_mark")
        await settle(app, pilot)
        help_screen = app.screen
        assert type(help_screen).__name__ == "HelpScreen"
        text = help_screen.query_one("Markdown").source
        assert "# Events" in text and "Make it the event you are at" in text
        for key in ("F1", "Ctrl+P", "Ctrl+Z", "Ctrl+R", "Ctrl+Q"):  # the keys that work on every screen
            assert f"| {key} |" in text
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("q")
        await settle(app, pilot)
        assert app.exiting


async def test_the_review_shows_the_whole_note(open_app, seeded_db: Path) -> None:
    from netevent.services.notes import save_live_note
    from netevent.tui.screens.review import ReviewScreen

    app = open_app()
    repo = app.repo
    jens = next(p for p in repo.people() if p.name == "Jens Holm")
    save_live_note(repo, jens.key, repo.current_event_id, "Første linje\nanden linje\ntredje linje")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.push_screen(ReviewScreen(repo.current_event_id))
        await settle(app, pilot)
        body = str(app.screen.query_one("#review-body").render())
        assert "Første linje" in body and "anden linje" in body and "tredje linje" in body

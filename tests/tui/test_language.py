"""The app in Danish: every screen's words, Danish amounts and dates in the dialogs, and English as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Footer

from netevent.domain.dates import read_date
from netevent.storage.repository import Repository
from netevent.tui.app import RESTART_IN_OTHER_LANGUAGE, NetEventApp
from netevent.tui.widgets.person_card import PersonCard

from ..helpers.common import named, reopen
from ..helpers.drive import fill_form, plain, search, settle, steady
from ..helpers.seed import build


def footer_words(app) -> str:  # type: ignore[no-untyped-def]
    bindings = app.screen.active_bindings.values()
    return " ".join(b.binding.description for b in bindings if b.binding.show)


async def test_the_main_screen_speaks_danish(open_app, danish: None):
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await search(app, pilot, "aase")
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Søg" in footer_words(app) and "Mødt" in footer_words(app) and "Luk" in footer_words(app)
        card = plain(app.screen.query_one(PersonCard).text)
        assert "Styrker" in card and "Behov" in card and "Du kan tilbyde dem" in card
        assert "Strengths" not in card and "You can offer" not in card
        assert app.screen.query_one("#attendees").border_title == "Deltagere"


async def test_the_gave_dialog_reads_a_danish_amount(open_app, seeded_db: Path, danish: None):
    """`1.500 kr` typed the Danish way is fifteen hundred, as in the event form and the command line."""
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await search(app, pilot, "aase")
        await pilot.press("enter", "g")
        await pilot.pause()
        assert plain(app.screen.query_one("#form-title").render()).startswith("Du gav")
        await fill_form(app, pilot, "henvisning til en advokat", "", "1.500 kr")
        await pilot.press("r")
        await pilot.pause()
        await fill_form(app, pilot, "tip", "", "1,500")  # could be 1.500 or 1,5: refused, the dialog stays
        error = plain(app.screen.query_one("#form-error").render())
        assert "kan læses på to måder: skriv 1.500 eller 1,5" in error
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        entries = saved.ledger(person_id=named(saved, "Åse Øberg").id)
    assert [(e.direction, e.what, e.kind, e.amount) for e in entries] == [
        ("gave", "henvisning til en advokat", "intro", 1500.0)
    ]


async def test_a_follow_up_due_fredag(open_app, seeded_db: Path, danish: None):
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await search(app, pilot, "aase")
        await pilot.press("enter", "f")
        await fill_form(app, pilot, "send tilbud", "fredag")
        await pilot.press("f")
        await fill_form(app, pilot, "ring op", "5.12.2026")
        today = app.today()
    with reopen(seeded_db) as saved:
        followups = saved.followups(person_id=named(saved, "Åse Øberg").id)
    assert [(f.action, f.due) for f in followups] == [
        ("send tilbud", read_date("fredag", today)),
        ("ring op", "2026-12-05"),
    ]


async def test_english_reads_english_amounts(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await search(app, pilot, "aase")
        await pilot.press("enter", "g")
        await fill_form(app, pilot, "referral", "", "1,500")
        assert "Styrker" not in plain(app.screen.query_one(PersonCard).text)
    with reopen(seeded_db) as saved:
        assert [e.amount for e in saved.ledger(person_id=named(saved, "Åse Øberg").id)] == [1500.0]


async def test_the_palette_switches_the_language_and_remembers_it(open_app, tmp_path: Path):
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Language: Dansk" in titles and "Theme" in titles
        app.switch_language("da")
        await pilot.pause()
    assert app.return_value == RESTART_IN_OTHER_LANGUAGE
    assert json.loads((tmp_path / "config.json").read_text())["language"] == "da"


async def test_danish_palette_words(open_app, danish: None):
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Language: English" not in titles and "Sprog: English" in titles and "Tema" in titles


async def test_the_phone_layout_in_danish_keeps_the_footer_keys(open_app, danish: None):
    app = open_app()
    async with app.run_test(size=(45, 30)) as pilot:
        await search(app, pilot, "aase")
        await pilot.press("enter")
        await settle(app, pilot)
        words = footer_words(app)
        assert "Panel" in words and "Luk" in words
        footer = app.screen.query_one(Footer)
        assert footer.size.width <= 45


@pytest.fixture
def lang_app(tmp_path: Path):
    repos: list[Repository] = []

    def make() -> NetEventApp:
        repo = Repository.open(build(tmp_path / "lang.json"))
        repos.append(repo)
        return NetEventApp(repo, today=lambda: "2026-11-26")

    yield make
    for repo in repos:
        repo.close()


def _then(*keys: str):
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await steady(pilot)
        for key in keys:
            await pilot.press(key)
            await steady(pilot)

    return run_before


def test_danish_main_screen_80x24(snap_compare, lang_app, danish: None):
    assert snap_compare(lang_app(), terminal_size=(80, 24), run_before=_then("a", "a", "s", "e", "enter"))


def test_english_main_screen_80x24(snap_compare, lang_app):
    assert snap_compare(lang_app(), terminal_size=(80, 24), run_before=_then("a", "a", "s", "e", "enter"))


def test_danish_gave_dialog_80x24(snap_compare, lang_app, danish: None):
    assert snap_compare(lang_app(), terminal_size=(80, 24), run_before=_then("a", "a", "s", "e", "enter", "g"))


def test_english_gave_dialog_80x24(snap_compare, lang_app):
    assert snap_compare(lang_app(), terminal_size=(80, 24), run_before=_then("a", "a", "s", "e", "enter", "g"))


def test_danish_event_form_80x24(snap_compare, lang_app, danish: None):
    assert snap_compare(lang_app(), terminal_size=(80, 24), run_before=_then("escape", "e", "n"))


def footer_width(app) -> int:  # type: ignore[no-untyped-def]
    """The cells the footer's keys take as laid out (wider than the screen: the last keys are cut off)."""
    footer = app.screen.query_one(Footer)
    return sum(child.outer_size.width for child in footer.children if child.display)


@pytest.mark.parametrize("lang", ["da", "en"])
async def test_the_footer_fits_a_phone_in_both_languages(open_app, lang: str):
    """Danish words are longer; at 45 columns every key of the list, the card and the note editor still shows."""
    from netevent.i18n import set_language

    set_language(lang)
    app = open_app()
    async with app.run_test(size=(45, 30)) as pilot:
        await settle(app, pilot)
        widths = {"search": footer_width(app)}
        await search(app, pilot, "aase")
        await pilot.press("enter")
        await settle(app, pilot)
        widths["card"] = footer_width(app)
        await pilot.press("n")
        await settle(app, pilot)
        widths["note"] = footer_width(app)
    assert max(widths.values()) <= 45, widths


async def test_the_footer_fits_80_columns_in_danish(open_app, danish: None):
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await search(app, pilot, "aase")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert footer_width(app) <= 80

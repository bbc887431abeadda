"""Tonight's introductions (`I`): the board on screen, Enter logs a give to both, and a snapshot at 80×24."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from netevent.storage.repository import Repository
from netevent.tui.app import NetEventApp
from netevent.tui.screens.intros import IntrosScreen

from ..helpers.common import named, reopen
from ..helpers.drive import plain, settle, steady
from ..helpers.seed import build


def rows(app) -> list[str]:  # type: ignore[no-untyped-def]
    options = app.screen.query_one(OptionList)
    return [str(plain(options.get_option_at_index(i).prompt)) for i in range(options.option_count)]


async def test_the_board_lists_the_best_pairs_and_enter_introduces_them(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "I")
        await settle(app, pilot)
        assert isinstance(app.screen, IntrosScreen)
        shown = rows(app)
        assert shown[0] == '• Ann [/] Lee ↔ Søren Ærø\n  → needs "moms" — Søren Ærø is strong in "moms"'
        jens = next(row for row in shown if "Jens Holm ↔ Åse Øberg" in row)
        assert '→ needs "advokat med speciale i selskabsret" — Åse Øberg is strong in "selskabsret"' in jens
        assert "3 pairs · 4 people · Netværk Nord" in str(plain(app.screen.query_one("#intros-status", Static).content))
        await pilot.press("enter")
        await settle(app, pilot)
        assert rows(app)[0].startswith("✓ Ann [/] Lee ↔ Søren Ærø  introduced ")
        await pilot.press("enter")  # once more: it asks first, and logs nothing yet
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, IntrosScreen)
    with reopen(seeded_db) as repo:
        ann, soren = named(repo, "Ann [/] Lee"), named(repo, "Søren Ærø")
        gives = [e for e in repo.ledger() if e.kind == "intro"]
        assert sorted((e.person_id, e.with_person_id) for e in gives) == sorted(
            [(ann.id, soren.id), (soren.id, ann.id)]
        )
        assert all(e.direction == "gave" and e.what.endswith("— moms") for e in gives)


async def test_o_opens_the_first_persons_card(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "I")
        await settle(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        assert app.screen.current_id == named(app.repo, "Ann [/] Lee").id


async def test_without_an_event_the_key_says_what_to_do(open_app, tmp_path: Path):
    app = open_app(build(tmp_path / "no-event.json", with_event=False))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "I")
        await settle(app, pilot)
        assert not isinstance(app.screen, IntrosScreen)


@pytest.fixture
def board_app(tmp_path: Path):
    repos: list[Repository] = []

    def make() -> NetEventApp:
        repo = Repository.open(build(tmp_path / "snap.json"))
        repos.append(repo)
        return NetEventApp(repo)

    yield make
    for repo in repos:
        repo.close()


def test_board_snapshot_80x24(snap_compare, board_app):
    async def run_before(pilot) -> None:
        await steady(pilot)
        await pilot.press("escape", "I")
        await steady(pilot)
        await settle(pilot.app, pilot)
        await steady(pilot)

    assert snap_compare(board_app(), terminal_size=(80, 24), run_before=run_before)

"""Snapshots of each screen state, with fixed data and no blinking cursor."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.storage.repository import Repository
from netevent.tui.app import NetEventApp

from ..helpers.drive import steady
from ..helpers.seed import build


@pytest.fixture
def target_app(tmp_path: Path):
    """The small network with Ann Lee as today's target, with a reason and a question."""
    from netevent.services.rooms import set_target

    repos: list[Repository] = []

    def make() -> NetEventApp:
        repo = Repository.open(build(tmp_path / "target.json"))
        ann = next(p for p in repo.people() if p.name.startswith("Ann"))
        set_target(repo, repo.current_event_id, ann.key, reason="Eksporterer til Tyskland",
                   question="Hvem klarer jeres moms?")  # fmt: skip
        repos.append(repo)
        return NetEventApp(repo)

    yield make
    for repo in repos:
        repo.close()


@pytest.fixture
def snap_app(tmp_path: Path):
    repos: list[Repository] = []

    def make() -> NetEventApp:
        repo = Repository.open(build(tmp_path / "snap.json"))
        repos.append(repo)
        return NetEventApp(repo)

    yield make
    for repo in repos:
        repo.close()


def _then(*keys: str):
    async def run_before(pilot) -> None:
        await steady(pilot)
        for key in keys:
            await pilot.press(key)
            await steady(pilot)

    return run_before


def test_first_screen_80x24(snap_compare, snap_app):
    """The search box has the cursor; the footer names the keys that work there."""
    assert snap_compare(snap_app(), terminal_size=(80, 24), run_before=_then())


def test_main_screen_80x24(snap_compare, snap_app):
    assert snap_compare(snap_app(), terminal_size=(80, 24), run_before=_then("s", "o", "r", "e", "n"))


def test_target_card_80x24(snap_compare, target_app):
    """A target's card: why and the question first, then the three match blocks, all above the fold."""
    assert snap_compare(target_app(), terminal_size=(80, 24), run_before=_then("a", "n", "n", "enter"))


def test_main_screen_120x36(snap_compare, snap_app):
    assert snap_compare(snap_app(), terminal_size=(120, 36), run_before=_then("o", "b", "e", "r", "g", "enter"))


def test_help_screen(snap_compare, snap_app):
    assert snap_compare(snap_app(), terminal_size=(100, 36), run_before=_then("down", "question_mark"))


def test_add_person_modal(snap_compare, snap_app):
    async def run_before(pilot) -> None:
        await _then("down", "a")(pilot)
        pilot.app.screen.query_one("#quick-line").value = "Jane Doe, Acme — tax law; export"
        await steady(pilot)

    assert snap_compare(snap_app(), terminal_size=(80, 24), run_before=run_before)


def test_phone_list_45x30(snap_compare, snap_app):
    assert snap_compare(snap_app(), terminal_size=(45, 30), run_before=_then())


def test_phone_target_card_45x30(snap_compare, target_app):
    assert snap_compare(target_app(), terminal_size=(45, 30), run_before=_then("a", "n", "n", "enter"))


def test_phone_note_editor_45x30(snap_compare, target_app):
    assert snap_compare(target_app(), terminal_size=(45, 30), run_before=_then("a", "n", "n", "enter", "n"))

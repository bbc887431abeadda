"""Snapshots of each screen state, with fixed data and no blinking cursor."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.storage.repository import Repository
from netevent.tui.app import NetEventApp

from ..helpers.drive import steady
from ..helpers.seed import build


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


def test_main_screen_80x24(snap_compare, snap_app):
    assert snap_compare(snap_app(), terminal_size=(80, 24), run_before=_then("s", "o", "r", "e", "n"))


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

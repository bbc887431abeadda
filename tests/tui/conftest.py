"""Fixtures for driving the app: a small fixed network on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.storage.repository import Repository

from ..helpers.seed import build


@pytest.fixture
def seeded_db(db_path: Path) -> Path:
    """A file with a profile, five people and a current event with four of them in the room."""
    return build(db_path)


@pytest.fixture
def open_app(seeded_db: Path):
    """Make an app on the seeded file; the repository is closed after the test."""
    from netevent.tui.app import NetEventApp

    repos: list[Repository] = []

    def make(path: Path | None = None) -> NetEventApp:
        repo = Repository.open(path or seeded_db)
        repos.append(repo)
        return NetEventApp(repo)

    yield make
    for repo in repos:
        repo.close()

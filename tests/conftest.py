"""Shared fixtures. No test may touch the real user's data: every path points into tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data file, settings and XDG folders at a fresh temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("NETEVENT_DB", str(tmp_path / "netevent.json"))
    monkeypatch.setenv("NETEVENT_CONFIG", str(tmp_path / "config.json"))
    return tmp_path


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch):
    """Every test speaks English unless it asks for Danish (`danish` fixture, or `set_language`)."""
    from netevent.i18n import set_language

    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")  # English, and no country for phone numbers (Denmark)
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def danish(monkeypatch: pytest.MonkeyPatch):
    """Speak Danish in this test, as `LANG=da_DK.UTF-8` would."""
    from netevent.i18n import set_language

    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    set_language("da")
    yield
    set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The data file the isolated environment points at."""
    return tmp_path / "netevent.json"


@pytest.fixture
def repo(db_path: Path):
    """An open, empty repository on a real file in tmp_path."""
    from netevent.storage.repository import Repository

    repository = Repository.open(db_path)
    yield repository
    repository.close()

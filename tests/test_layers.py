"""The layers hold: nothing below the UI imports Textual, and the quick commands stay light."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from netevent.domain.models import Person, Profile
from netevent.storage.repository import Repository

HEADLESS = ("domain", "storage", "services", "io", "runtime", "cli", "config", "i18n")
"""The packages (and modules) below the UI: none may import Textual."""


def headless_modules() -> list[str]:
    """Every module of the headless packages, found by walking them (no hand-kept list)."""
    import netevent

    found = []
    for info in pkgutil.walk_packages(netevent.__path__, "netevent."):
        if info.name.split(".")[1] in HEADLESS:
            found.append(info.name)
    return sorted(found)


def python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60)


def test_the_walk_finds_every_layer() -> None:
    modules = headless_modules()
    for layer in HEADLESS:
        assert any(m == f"netevent.{layer}" or m.startswith(f"netevent.{layer}.") for m in modules), layer
    assert "netevent.services.finder" in modules and not any(".tui" in m for m in modules)


def test_no_module_below_the_ui_imports_textual() -> None:
    result = python(
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    importlib.import_module(name)\n"
        "    if any(m == 'textual' or m.startswith('textual.') for m in sys.modules):\n"
        "        print(name)\n"
        "        break\n"
        "else:\n"
        "    print('CLEAN')\n",
        *headless_modules(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "CLEAN", f"{result.stdout.strip()} imports Textual"


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.json"
    with Repository.open(path) as repo:
        repo.set_profile(Profile(name="Mette", offers=("bogføring",)))
        repo.save_person(Person(name="Jørgen Kjær", company="Kjær IT", needs=("bogføring",)))
        repo.save_person(Person(name="Åse Øberg", strengths=("selskabsret",)))
    return path


def test_the_who_code_path_does_not_import_textual(small_file: Path) -> None:
    result = python(
        "import sys\n"
        "from netevent.cli import main\n"
        "try:\n"
        "    main(['--db', sys.argv[1], 'who', 'kjær'])\n"
        "except SystemExit as done:\n"
        "    assert done.code in (0, None), done.code\n"
        "print('TEXTUAL' if any(m.split('.')[0] == 'textual' for m in sys.modules) else 'CLEAN')\n",
        str(small_file),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Jørgen Kjær"
    assert result.stdout.splitlines()[-1] == "CLEAN"


def test_python_m_netevent_who_imports_no_textual(small_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "netevent", "--db", str(small_file), "who", "åse"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Åse Øberg"
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    assert "netevent.storage.repository" in imported  # the import log really is there
    assert not [name for name in imported if name.split(".")[0] == "textual"]

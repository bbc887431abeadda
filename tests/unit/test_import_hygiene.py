"""Pure logic and the quick commands never import Textual (it costs start-up time and couples layers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from netevent.domain.models import Person, Profile
from netevent.storage.repository import Repository

PURE_MODULES = [
    "netevent.domain.models",
    "netevent.domain.text",
    "netevent.storage.atomic",
    "netevent.storage.errors",
    "netevent.storage.layout",
    "netevent.storage.schema",
    "netevent.storage.lock",
    "netevent.config",
    "netevent.services.integrity",
    "netevent.storage.repository",
    "netevent.storage.tables",
    "netevent.storage.lookup",
    "netevent.storage.bulk",
    "netevent.runtime.writer",
    "netevent.services.notes",
    "netevent.domain.quickadd",
    "netevent.services.ledger",
    "netevent.services.followups",
    "netevent.services.briefing",
    "netevent.services.review",
    "netevent.services.report",
    "netevent.services.rooms",
    "netevent.services.events",
    "netevent.io",
    "netevent.domain.search.index",
    "netevent.domain.search.scoring",
    "netevent.domain.matching",
    "netevent.services.cards",
    "netevent.services.demo",
    "netevent.cli",
]


def python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("module", PURE_MODULES)
def test_module_does_not_import_textual(module: str) -> None:
    result = python(
        "import importlib, sys\n"
        f"importlib.import_module({module!r})\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


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

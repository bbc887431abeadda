"""The core commands (`who`, `profile`, `check`, `paths`), `--db` handling and config paths."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from netevent import __version__
from netevent.cli import main
from netevent.config import config_path, default_db_path, load_config, resolve_db_path, save_config
from netevent.domain.models import Event, Note, Person, Profile
from netevent.storage.repository import Repository

CHILD = Path(__file__).resolve().parents[1] / "helpers" / "repo_child.py"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def one_error_line(result: Result) -> str:
    """The single `netevent: …` line a failed command prints on stderr."""
    assert result.exit_code != 0, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("netevent: "), lines[0]
    return lines[0]


@pytest.fixture
def people_file(tmp_path: Path) -> Path:
    path = tmp_path / "rum.json"
    with Repository.open(path) as repo:
        repo.set_profile(
            Profile(
                name="Mette Lund",
                offers=("bogføring for iværksættere", "skatterådgivning"),
                asks=("advokat med speciale i selskabsret",),
            )
        )
        repo.save_person(
            Person(
                name="Jørgen Kjær",
                company="Kjær IT",
                role="Direktør",
                strengths=("IT-drift",),
                needs=("bogføring",),
                tags=("BNI",),
            )
        )
        repo.save_person(
            Person(
                name="Åse Øberg",
                company="Øberg Advokater",
                role="Partner",
                strengths=("selskabsret",),
                needs=("kunder",),
            )
        )
        repo.save_person(
            Person(
                name="Zoë Müller",
                company="Müller Export GmbH",
                strengths=("eksport til Tyskland",),
                needs=("IT-drift",),
            )
        )
    return path


# ------------------------------------------------------------------ basics


def test_version_and_help_list_the_commands() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"netevent, version {__version__}"
    result = run("--help")
    assert result.exit_code == 0
    for command in ("who", "profile", "check", "paths"):
        assert f"  {command} " in result.output
    assert "--db" in result.output


def test_every_command_accepts_db() -> None:
    def walk(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
        found = []
        for name, command in group.commands.items():
            if isinstance(command, click.Group):
                found += walk(command, f"{prefix}{name} ")
            else:
                found.append((prefix + name, command))
        return found

    # `demo` never opens your file: it builds a fresh one in a temporary folder.
    commands = [(name, c) for name, c in walk(main, "") if name != "demo"]
    assert {"who", "profile", "check", "paths"} <= {name for name, _ in commands}
    missing = [name for name, c in commands if not any(p.name == "db" for p in c.params)]
    assert missing == []


def test_paths_shows_the_isolated_locations(tmp_path: Path) -> None:
    result = run("paths")
    assert result.exit_code == 0
    assert f"data file:    {tmp_path / 'netevent.json'}" in result.output
    assert f"default file: {tmp_path / 'home' / 'data' / 'netevent' / 'netevent.json'}" in result.output
    assert f"settings:     {tmp_path / 'config.json'}" in result.output
    result = run("paths", "--db", str(tmp_path / "other.json"))
    assert f"data file:    {tmp_path / 'other.json'}" in result.output
    assert not (tmp_path / "other.json").exists()  # printing paths creates nothing


# ------------------------------------------------------------------ config


def test_db_precedence_option_then_environment_then_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_db_path(str(tmp_path / "opt.json")) == tmp_path / "opt.json"
    assert resolve_db_path(None) == tmp_path / "netevent.json"  # NETEVENT_DB from the isolation fixture
    monkeypatch.delenv("NETEVENT_DB")
    default = resolve_db_path(None)
    assert default == default_db_path()
    assert default.is_relative_to(tmp_path), "the default must never be the real home here"
    assert default.name == "netevent.json"
    monkeypatch.setenv("NETEVENT_DB", "~/elsewhere.json")
    assert resolve_db_path(None) == tmp_path / "home" / "elsewhere.json"  # ~ is expanded


def test_without_netevent_db_the_cli_uses_the_default_under_the_isolated_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NETEVENT_DB")
    result = run("profile", "--name", "Mette Lund")
    assert result.exit_code == 0, result.output
    assert default_db_path().exists() and default_db_path().is_relative_to(tmp_path)


def test_config_file_round_trip_and_a_broken_one_counts_as_empty(tmp_path: Path) -> None:
    assert config_path() == tmp_path / "config.json"
    assert load_config() == {}
    save_config(theme="mørk")
    save_config(keys="vim")
    assert load_config() == {"theme": "mørk", "keys": "vim"}
    config_path().write_text("{ not json")
    assert load_config() == {}
    config_path().write_text("[1, 2]")
    assert load_config() == {}


# ------------------------------------------------------------------ profile


def test_profile_set_and_show_with_danish_text(tmp_path: Path) -> None:
    db = str(tmp_path / "mig.json")
    result = run(
        "profile", "--db", db,
        "--name", "Mette Lund", "--company", "Lund Regnskab", "--role", "Statsautoriseret revisor",
        "--pitch", "Jeg gør økonomi til noget, iværksættere kan styre efter.",
        "--offer", "bogføring for iværksættere", "--offer", "skatterådgivning",
        "--ask", "introduktion til IT-virksomheder", "--ask", "advokat med speciale i selskabsret",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = run("profile", "--db", db)
    assert shown.exit_code == 0
    assert "Name:    Mette Lund" in shown.output
    assert "Role:    Statsautoriseret revisor" in shown.output
    assert "Pitch:   Jeg gør økonomi til noget, iværksættere kan styre efter." in shown.output
    assert "Offers:  bogføring for iværksættere; skatterådgivning" in shown.output
    assert "Asks:    introduktion til IT-virksomheder; advokat med speciale i selskabsret" in shown.output
    # --offer replaces the list; other fields stay.
    run("profile", "--db", db, "--offer", "årsrapporter")
    with Repository.open(db, read_only=True) as repo:
        assert repo.profile.offers == ("årsrapporter",)
        assert repo.profile.name == "Mette Lund" and len(repo.profile.asks) == 2


def test_profile_show_on_a_missing_file_says_so_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "missing.json"
    line = one_error_line(run("profile", "--db", str(db)))
    assert str(db) in line and "does not exist" in line
    assert not db.exists()


def test_the_group_db_option_reaches_the_command_and_the_command_option_wins(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run("--db", str(a), "profile", "--name", "A").exit_code == 0
    assert run("--db", str(a), "profile", "--db", str(b), "--name", "B").exit_code == 0
    with Repository.open(a, read_only=True) as repo:
        assert repo.profile.name == "A"
    with Repository.open(b, read_only=True) as repo:
        assert repo.profile.name == "B"
    assert not (tmp_path / "netevent.json").exists()


# ------------------------------------------------------------------ check


def test_check_a_sound_file(people_file: Path) -> None:
    result = run("check", "--db", str(people_file))
    assert result.exit_code == 0, result.output
    assert f"{people_file}: 3 people, 0 events, 0 notes" in result.output
    assert "no problems found" in result.output


def test_check_reports_dangling_references_and_likely_duplicates(people_file: Path) -> None:
    with Repository.open(people_file) as repo:
        repo.save_note(Note(person_id=99, text="om en slettet person"))
        repo.save_event(Event(name="Netværk Nord", attendees=()))
        repo.save_person(Person(name="A1", email="same@x.dk"))
        repo.save_person(Person(name="A2", email="SAME@x.dk"))
    before = people_file.read_bytes()
    result = run("--db", str(people_file), "check")
    assert result.exit_code == 1
    problems = [line for line in result.stdout.splitlines() if line.strip().startswith("problem:")]
    assert len(problems) == 1
    assert "person #99, who does not exist" in problems[0]
    duplicates = [line.strip() for line in result.stdout.splitlines() if "likely duplicate:" in line]
    assert duplicates == ["likely duplicate: A1 (#4) and A2 (#5): same email — `netevent person merge '#4' '#5'`"]
    assert one_error_line(result) == "netevent: 1 problem(s) found"
    assert people_file.read_bytes() == before  # check only reads


# ------------------------------------------------------------------ broken files via the CLI

BROKEN = {
    "invalid JSON": b'{"people": {"1": ',
    "list at top level": b"[]",
    "table is a list": b'{"people": []}',
    "person name is a number": b'{"people": {"1": {"name": 5}}}',
    "empty file": b"",
    "newer schema": b'{"meta": {"1": {"schema_version": 99}}}',
}


@pytest.mark.parametrize("command", [["check"], ["profile", "--name", "X"], ["who", "x"]], ids=" ".join)
@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_file_gives_one_line_and_is_not_changed(tmp_path: Path, case: str, command: list[str]) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(BROKEN[case])
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    line = one_error_line(run(*command, "--db", str(path)))
    assert str(path) in line
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") in (
        ["broken.json"],
        ["broken.json", "broken.json.lock"],
    )


@pytest.mark.parametrize("command", [["check"], ["profile", "--name", "X"]], ids=" ".join)
def test_a_folder_as_db_gives_one_line(tmp_path: Path, command: list[str]) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    line = one_error_line(run(*command, "--db", str(folder)))
    assert str(folder) in line and "folder" in line
    assert list(folder.iterdir()) == []


def test_a_file_open_in_another_process_is_not_written_but_can_be_read(people_file: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(people_file)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline().startswith("ready")
        before = people_file.read_bytes()
        line = one_error_line(run("profile", "--db", str(people_file), "--name", "Ny"))
        assert f"process {child.pid}" in line
        assert people_file.read_bytes() == before
        assert run("check", "--db", str(people_file)).exit_code == 0  # reading is fine
    finally:
        child.communicate("quit\n", timeout=10)


# ------------------------------------------------------------------ who


def test_who_prints_the_card_with_matches(people_file: Path) -> None:
    result = run("who", "--db", str(people_file), "kjaer")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Jørgen Kjær"
    assert lines[1] == "Direktør, Kjær IT  #BNI"  # the same headline as the app's card
    assert "Strengths: IT-drift" in lines and "Needs: bogføring" in lines
    offer = lines.index("You can offer them:")
    assert lines[offer + 1].startswith("  • ")  # bogføring for iværksættere × bogføring
    assert "bogføring" in lines[offer + 1]
    introduce = next(i for i, line in enumerate(lines) if line.startswith("Introduce them to"))
    assert "Zoë Müller" not in lines[introduce + 1]  # Zoë needs IT-drift; Jørgen needs bogføring


def test_who_finds_by_company_and_strength_and_joins_query_words(people_file: Path) -> None:
    result = run("--db", str(people_file), "who", "Øberg", "Advokater")
    assert result.exit_code == 0 and result.output.splitlines()[0] == "Åse Øberg"
    result = run("who", "--db", str(people_file), "selskabsret")
    assert result.exit_code == 0 and result.output.splitlines()[0] == "Åse Øberg"
    they_help = result.output.split("They can help you:")[1].split("\n\n")[0]
    assert "selskabsret" in they_help


def test_who_without_a_match_exits_1_with_a_message(people_file: Path) -> None:
    before = people_file.read_bytes()
    line = one_error_line(run("who", "--db", str(people_file), "qqqqxyz"))
    assert line == "netevent: nobody matches 'qqqqxyz'"
    assert people_file.read_bytes() == before
    line = one_error_line(run("who", "--db", str(people_file), "   "))
    assert "give a name" in line


def test_who_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    line = one_error_line(run("who", "--db", str(tmp_path / "none.json"), "anna"))
    assert "does not exist" in line
    assert not (tmp_path / "none.json").exists()


def test_who_as_a_real_process_with_danish_output(people_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "netevent", "--db", str(people_file), "who", "åse"],
        capture_output=True, text=True, encoding="utf-8", timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Åse Øberg"
    data = json.loads(people_file.read_bytes())
    assert len(data["people"]) == 3


def test_a_wrong_document_is_named_by_the_command_that_reaches_it_and_nothing_is_written(people_file: Path) -> None:
    import orjson

    data = orjson.loads(people_file.read_bytes())
    data["people"]["2"]["strengths"] = "not a list"  # Åse Øberg
    people_file.write_bytes(orjson.dumps(data))
    before = people_file.read_bytes()
    line = one_error_line(run("give", "Åse Øberg", "a lead", "--db", str(people_file)))
    assert "document 2 in table 'people'" in line
    assert people_file.read_bytes() == before
    # Commands that do not reach it still work; `check` reads everything and names it.
    assert run("give", "Jørgen Kjær", "a lead", "--db", str(people_file)).exit_code == 0
    assert "document 2 in table 'people'" in one_error_line(run("check", "--db", str(people_file)))

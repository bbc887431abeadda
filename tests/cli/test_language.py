"""The command line speaks Danish or English: `--lang`, the saved setting, the locale; the file is the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from netevent.cli import main
from netevent.domain.models import Event, Person
from netevent.storage.repository import Repository


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "net.json"
    with Repository.open(path) as repo:
        repo.save_person(Person(name="Jens Holm", company="Holm Revision"))
        repo.save_event(Event(name="Decembermøde", network="Netværk Nord", date="2026-12-01", cost=1195))
    return path


def test_lang_da_prints_danish_amounts_and_headings(db: Path) -> None:
    result = run("--lang", "da", "event", "list", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "1.195 kr" in result.output and "01-12-2026" in result.output
    assert "dato" in result.output and "begivenhed" in result.output and "netværk" in result.output


def test_english_keeps_its_forms(db: Path) -> None:
    result = run("event", "list", "--db", str(db))
    assert "1,195 kr" in result.output and "2026-12-01" in result.output and "network" in result.output


def test_lang_may_follow_the_command(db: Path) -> None:
    assert "1.195 kr" in run("event", "list", "--db", str(db), "--lang", "da").output
    assert "1.195 kr" in run("event", "list", "--lang=da", "--db", str(db)).output


def test_the_locale_chooses_danish(db: Path) -> None:
    assert "1.195 kr" in run("event", "list", "--db", str(db), env={"LANG": "da_DK.UTF-8"}).output
    assert "1,195 kr" in run("event", "list", "--db", str(db), env={"LANG": "en_US.UTF-8"}).output


def test_the_saved_setting_wins_over_the_locale(db: Path, tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"language": "da"}))
    assert "1.195 kr" in run("event", "list", "--db", str(db), env={"LANG": "en_US.UTF-8"}).output
    assert "1,195 kr" in run("--lang", "en", "event", "list", "--db", str(db)).output


def test_help_and_click_words_in_danish() -> None:
    result = run("--lang", "da", "--help")
    assert result.exit_code == 0
    assert "Brug:" in result.output and "Tilvalg:" in result.output and "Kommandoer:" in result.output
    assert "Vis denne hjælp og afslut." in result.output
    assert "Åbn programmet på en frisk kopi af et demonetværk" in result.output
    give = run("--lang", "da", "give", "--help").output
    assert "Notér noget, du gav PERSON" in give and "Hvad det var værd i kroner" in give


def test_english_help_is_english_again_after_danish() -> None:
    run("--lang", "da", "--help")
    result = run("--help")
    assert "Usage:" in result.output and "Show this message and exit." in result.output


def test_a_usage_error_in_danish() -> None:
    result = run("--lang", "da", "evnet")
    assert result.exit_code == 2 and "Fejl: Der er ingen kommando, der hedder 'evnet'." in result.output


def test_an_unknown_language_is_one_line() -> None:
    result = run("--lang", "fr", "event", "list")
    assert result.exit_code != 0
    assert result.stderr.strip() == "netevent: --lang takes da or en, not 'fr'"


def test_danish_amounts_and_dates_are_read_the_danish_way(db: Path) -> None:
    result = run("--lang", "da", "give", "Jens", "regnskab", "--kind", "henvisning", "--amount", "1.500 kr",
                 "--date", "i dag", "--db", str(db))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Noteret: du gav Jens Holm — regnskab" in result.output
    due = run("--lang", "da", "followup", "add", "Jens", "send", "tilbud", "--due", "5/12/2026", "--db", str(db))
    assert due.exit_code == 0, due.output and "(frist 5. dec. 2026)" in due.output
    with Repository.open(db, read_only=True) as repo:
        (entry,) = repo.ledger()
        (followup,) = repo.followups()
    assert entry.amount == 1500.0 and entry.kind == "referral"  # the file keeps the key, not the Danish word
    assert followup.due == "2026-12-05"


def test_an_ambiguous_amount_is_refused_and_nothing_written(db: Path) -> None:
    before = db.read_bytes()
    result = run("--lang", "da", "give", "Jens", "tip", "--amount", "1,500", "--db", str(db))
    assert result.exit_code != 0
    assert result.stderr.strip() == "netevent: beløb '1,500' kan læses på to måder: skriv 1.500 eller 1,5"
    english = run("give", "Jens", "tip", "--amount", "1.500", "--db", str(db))
    assert english.stderr.strip() == "netevent: amount '1.500' is ambiguous: write 1,500 or 1.5"
    assert db.read_bytes() == before


def test_the_file_is_the_same_whichever_language_wrote_it(tmp_path: Path) -> None:
    files = []
    for lang in ("da", "en"):
        path = tmp_path / f"{lang}.json"
        with Repository.open(path) as repo:
            repo.save_person(Person(name="Jens Holm"))
        for args in (
            ("event", "add", "Mødet", "--date", "2026-12-01", "--cost", "450", "--use"),
            ("give", "Jens", "regnskab", "--kind", "referral", "--date", "2026-12-01"),
            ("followup", "add", "Jens", "ring", "--due", "2026-12-05"),
        ):
            assert run("--lang", lang, *args, "--db", str(path)).exit_code == 0
        doc = json.loads(path.read_text())
        for table in doc.values():
            for entry in table.values() if isinstance(table, dict) else []:
                if isinstance(entry, dict):
                    for key in ("created", "at", "when", "saved"):
                        entry.pop(key, None)
        files.append(doc)
    da, en = files
    assert da.get("ledger") == en.get("ledger") and da.get("followups") == en.get("followups")
    assert da.get("events") == en.get("events")
    journal = json.dumps(da.get("journal", da.get("undo", {})), ensure_ascii=False)
    assert "Tilføjede" not in journal and "Slettede" not in journal

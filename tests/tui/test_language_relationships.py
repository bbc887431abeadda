"""Relationships in Danish: the history, the ask, referral and outcome dialogs, the due list and the report's rows.

Statuses are offered in Danish and saved in English; dates are shown and
read the Danish way (`20-11-2026`, `i går`) and saved as ISO dates.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Select, Static

from netevent.domain.dates import read_date
from netevent.services.asks import add_ask
from netevent.services.referrals import add_referral
from netevent.services.report import build_report
from netevent.storage.repository import Repository
from netevent.tui.app import NetEventApp
from netevent.tui.render.report import network_content
from netevent.tui.widgets.attendees_panel import AttendeesPanel

from ..helpers.common import named, reopen
from ..helpers.drive import fill_form, history_rows, names_in_list, plain, search, settle, type_text
from .test_relationships import TODAY, _with_history


@pytest.fixture
def app_da(seeded_db: Path, danish: None):
    """The app in Danish over Søren's history, with an open ask and a new referral of his."""
    repos: list[Repository] = []

    def make() -> NetEventApp:
        repo = Repository.open(_with_history(seeded_db))
        søren = named(repo, "Søren Ærø")
        august = repo.find_event("Netværk Nord — august")
        assert august is not None
        add_ask(repo, søren.key, "en salgstræner", event_id=august.id, since="2026-08-06")
        add_referral(repo, søren.key, "Henviste en IT-kunde", direction="got", event_id=august.id, date="2026-08-06")
        repos.append(repo)
        return NetEventApp(repo, today=lambda: TODAY)

    yield make
    for repo in repos:
        repo.close()


def _rows(app) -> list[str]:  # type: ignore[no-untyped-def]
    return history_rows(app)


def _footer(app) -> str:  # type: ignore[no-untyped-def]
    return " ".join(b.binding.description for b in app.screen.active_bindings.values() if b.binding.show)


def _choices(app, field: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(prompt) for prompt, _value in app.screen.query_one(f"#field-{field}", Select)._options]


def _notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(n.message) for n in app._notifications]


async def _history_of_søren(app, pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    await search(app, pilot, "søren")
    await pilot.press("enter", "h")
    await settle(app, pilot)
    assert type(app.screen).__name__ == "TimelineScreen"


async def _enter_on(app, pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(app)
    app.screen.query_one(OptionList).highlighted = next(i for i, r in enumerate(rows) if words in r)
    await pilot.pause()
    await pilot.press("enter")
    await settle(app, pilot)


async def test_the_history_speaks_danish(app_da) -> None:
    app = app_da()
    async with app.run_test(size=(80, 24)) as pilot:
        await _history_of_søren(app, pilot)
        assert app.screen.sub_title == "Historik: Søren Ærø"
        assert "Tilbage" in _footer(app) and "Tilføj ønske" in _footer(app) and "Back" not in _footer(app)
        assert str(app.screen.query_one("#timeline-since", Static).render()).startswith("Siden sidst: ")
        rows = _rows(app)
        assert rows[0].startswith("06-08-2026 ") and not any(row.startswith("2026-") for row in rows)
        app.screen.query_one(OptionList).highlighted = next(i for i, r in enumerate(rows) if "en salgstræner" in r)
        await pilot.pause()
        assert str(app.screen.query_one("#timeline-hint", Static).render()) == "Enter: sig, hvad der blev af ønsket"
        app.screen.query_one(OptionList).highlighted = 0  # a meeting: nothing to move on
        await pilot.pause()
        assert str(app.screen.query_one("#timeline-hint", Static).render()) == "A tilføjer et ønske · Esc går tilbage"


async def test_an_ask_is_closed_in_danish_and_saved_in_english(app_da, seeded_db: Path) -> None:
    app = app_da()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _history_of_søren(app, pilot)
        await _enter_on(app, pilot, "en salgstræner")
        assert type(app.screen).__name__ == "AskFateModal"
        assert plain(app.screen.query_one("#form-title").render()) == "en salgstræner — åbent nu"
        assert _choices(app, "status") == ["hjulpet", "lukket", "droppet"]
        assert _choices(app, "helped")[0] == "intet noteret"
        assert app.screen.query_one("#field-on").value == "26-11-2026"  # type: ignore[attr-defined]
        await pilot.press("down", "down", "enter")  # open the choices: hjulpet → lukket
        await fill_form(app, pilot, "", "fandt en gennem Åse", "", "i går")
        assert type(app.screen).__name__ == "TimelineScreen"
        assert "en salgstræner: lukket" in _notices(app)
    with reopen(seeded_db) as saved:
        ask = next(a for a in saved.asks(named(saved, "Søren Ærø").key) if a.text == "en salgstræner")
        assert (ask.status, ask.history) == ("closed", ((read_date("i går", TODAY), "closed", "fandt en gennem Åse"),))


async def test_a_bad_date_in_the_ask_dialog_is_one_danish_line(app_da, seeded_db: Path) -> None:
    app = app_da()
    async with app.run_test(size=(80, 24)) as pilot:
        await _history_of_søren(app, pilot)
        await _enter_on(app, pilot, "en salgstræner")
        await fill_form(app, pilot, "", "", "", "31/2")
        assert type(app.screen).__name__ == "AskFateModal"  # refused: the dialog stays
        assert "'31/2'" in plain(app.screen.query_one("#form-error").render())
        await pilot.press("escape")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        assert {a.text: a.status for a in saved.asks(named(saved, "Søren Ærø").key)}["en salgstræner"] == "open"


async def test_a_referral_closes_with_danish_money_and_date(app_da, seeded_db: Path) -> None:
    app = app_da()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _history_of_søren(app, pilot)
        await _enter_on(app, pilot, "Henviste en IT-kunde")
        assert type(app.screen).__name__ == "ReferralFateModal"
        assert plain(app.screen.query_one("#form-title").render()) == "Henvisning: Henviste en IT-kunde — ny nu"
        assert _choices(app, "status") == ["i gang", "lukket", "ingen forretning"]
        labels = [plain(label.render()) for label in app.screen.query(".form-label")]
        assert labels[-1] == "Hvornår (ved lukket eller ingen forretning) (DD-MM-YYYY)"
        await pilot.press("down", "down", "enter")  # i gang → lukket
        await fill_form(app, pilot, "", "12.500 kr", "15-11-2026")
        assert type(app.screen).__name__ == "TimelineScreen"
        assert "Henvisning Henviste en IT-kunde: lukket" in _notices(app)
    with reopen(seeded_db) as saved:
        entry = next(e for e in saved.ledger(person_id=named(saved, "Søren Ærø").key) if e.kind == "referral")
        assert (entry.status, entry.amount, entry.closed_on) == ("closed", 12500.0, "2026-11-15")


async def test_the_outcome_of_a_target_is_asked_in_danish(app_da, seeded_db: Path) -> None:
    app = app_da()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "jens")
        await pilot.press("enter", "m")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "OutcomeModal"
        title = plain(app.screen.query_one("#form-title").render())
        assert title == "Jens Holm: fik du det, du kom efter? (kender advokater)"
        assert _choices(app, "outcome") == ["ja", "nej", "senere — ikke endnu"]
        assert plain(app.screen.query_one("#form-hint").render()) in (
            "",
            "Enter gemmer · Tab næste felt · Esc: ikke nu",
        )
        await pilot.press("down", "down", "down", "enter")  # ja → nej → senere
        await pilot.press("tab")
        await type_text(pilot, "ringer i næste uge")
        await pilot.press("enter")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        place = saved.current_event().attendance(named(saved, "Jens Holm").key)  # type: ignore[union-attr]
        assert (place.outcome, place.outcome_line) == ("later", "ringer i næste uge")  # type: ignore[union-attr]


async def test_an_ask_added_in_danish(app_da, seeded_db: Path) -> None:
    app = app_da()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "søren")
        await pilot.press("enter", "A")
        await settle(app, pilot)
        assert plain(app.screen.query_one("#form-title").render()) == "Søren Ærø søger…"
        await fill_form(app, pilot, "")
        assert plain(app.screen.query_one("#form-error").render()) == "skriv, hvad de søger"
        await fill_form(app, pilot, "en revisor")
        assert "Søren Ærø søger: en revisor" in _notices(app)
    with reopen(seeded_db) as saved:
        asks = {a.text: (a.status, a.since) for a in saved.asks(named(saved, "Søren Ærø").key)}
        assert asks["en revisor"] == ("open", TODAY)


async def test_v_lists_who_is_due_in_danish(app_da) -> None:
    app = app_da()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "v", "v")
        await settle(app, pilot)
        status = str(app.screen.query_one(AttendeesPanel).query_one("#list-status").render())
        assert status == "1 · hold kontakten"
        assert names_in_list(app) == ["Søren Ærø"]
        assert "Tid til at holde kontakten, længst uden kontakt først (v igen: lokalet)" in _notices(app)
        assert app.screen.describe(named(app.repo, "Søren Ærø").key).detail.startswith("sidst 6. aug. 2026: ")


def test_the_report_rows_line_up_in_danish(seeded_db: Path, danish: None) -> None:
    """The labels take one width; a long value wraps under itself, not under the labels."""
    from .test_report_snapshot import _history

    with Repository.open(_history(seeded_db)) as repo:
        report = build_report(repo, today=TODAY)
    network = next(n for n in report.networks if n.network == "Netværk Nord")
    lines = network_content(network, 40).plain.splitlines()
    labels = ("Brugt", "Indbragt", "Personer", "Givet/fået", "Henvisninger", "Dækning", "Rytme", "Opfølgninger")
    labelled = {line.split()[0]: line for line in lines if line.split()[:1] and line.split()[0] in labels}
    assert set(labelled) == set(labels)
    column = len("Opfølgninger") + 2
    assert all(line[column - 2 : column] == "  " and line[column] != " " for line in labelled.values())
    below = lines.index(labelled["Henvisninger"]) + 1
    assert lines[below].startswith(" " * column) and lines[below][column] != " "  # its value goes on under itself
    rows = lines[lines.index(labelled["Brugt"]) : lines.index(labelled["Opfølgninger"]) + 2]
    assert all(len(line) <= 40 for line in rows)  # the heading and the verdict are the widget's to wrap
    assert not any(line.strip() == "kr" for line in lines)  # an amount keeps its unit
    assert "12.500 kr lukket forretning" in network_content(network).plain


def test_the_help_pages_speak_danish(danish: None) -> None:
    """The main help's paragraph on relationships, Ctrl+R and the history's own help are Danish."""
    from netevent.tui.screens.help import help_markdown
    from netevent.tui.screens.main.screen import MainScreen
    from netevent.tui.screens.timeline import TimelineScreen

    main = help_markdown(MainScreen.BINDINGS)  # type: ignore[arg-type]
    assert "**h** viser personens historik" in main and "| Ctrl+R | genindlæs en fil" in main
    assert (
        "| Esc ↓ | søgning |" in main and "Relationships that compound" not in main and "| Ctrl+R | reload" not in main
    )
    history = help_markdown(TimelineScreen.BINDINGS, TimelineScreen.HELP_INTRO, "")  # type: ignore[arg-type]
    assert history.startswith("# Historik — taster") and "| end | Det nyeste øjeblik |" in history

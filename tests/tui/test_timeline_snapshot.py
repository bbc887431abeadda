"""A snapshot of a person's history at 80×24: since last time on top, then every moment oldest first."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.services.asks import add_ask, set_ask_status
from netevent.services.followups import add_followup
from netevent.services.ledger import log_give
from netevent.services.referrals import add_referral, set_referral_status
from netevent.storage.repository import Repository
from netevent.tui.app import NetEventApp

from ..helpers.common import named
from ..helpers.drive import search, steady
from .test_relationships import TODAY, _with_history


@pytest.fixture
def history_app(seeded_db: Path):
    repos: list[Repository] = []

    def make() -> NetEventApp:
        repo = Repository.open(_with_history(seeded_db))
        søren = named(repo, "Søren Ærø")
        august = repo.find_event("Netværk Nord — august")
        assert august is not None
        ask = add_ask(repo, søren.key, "en salgstræner", event_id=august.id, since="2026-08-06")
        give = log_give(repo, søren.key, "Intro til Ida (salgstræning)", kind="intro", event_id=august.id,
                        date="2026-08-06")  # fmt: skip
        set_ask_status(repo, ask.key, "helped", line="mødtes med Ida", on="2026-08-20", helped_by=[give.key])
        add_followup(repo, søren.key, "Send tilbud", due="2026-08-13", event_id=august.id, today="2026-08-06")
        referral = add_referral(repo, søren.key, "Henviste en IT-kunde", direction="got", event_id=august.id,
                                date="2026-08-06")  # fmt: skip
        set_referral_status(repo, referral.key, "closed", amount=12500, on="2026-10-15")
        repos.append(repo)
        return NetEventApp(repo, today=lambda: TODAY)

    yield make
    for repo in repos:
        repo.close()


def test_history_80x24(snap_compare, history_app):
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await steady(pilot)
        await search(pilot.app, pilot, "søren")
        await pilot.press("enter", "h")
        await steady(pilot)
        assert type(pilot.app.screen).__name__ == "TimelineScreen"

    assert snap_compare(history_app(), terminal_size=(80, 24), run_before=run_before)


def test_danish_history_80x24(snap_compare, history_app, danish: None):
    """The history in Danish: its title, keys, hint and dates (DD-MM-YYYY) fit 80×24."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await steady(pilot)
        await search(pilot.app, pilot, "søren")
        await pilot.press("enter", "h")
        await steady(pilot)
        assert type(pilot.app.screen).__name__ == "TimelineScreen"

    assert snap_compare(history_app(), terminal_size=(80, 24), run_before=run_before)

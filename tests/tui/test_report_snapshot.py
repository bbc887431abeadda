"""A snapshot of the network report: figures, give share and the value-vs-cost chart."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.domain.models import Attendance, Event, FollowUp, Review
from netevent.services.ledger import log_get, log_give
from netevent.services.referrals import add_referral, set_referral_status
from netevent.storage.repository import Repository
from netevent.tui.app import NetEventApp

from ..helpers.drive import steady
from ..helpers.seed import build


def _history(path: Path) -> Path:
    """Four earlier meetings of Netværk Nord and a one-off event, with reviews, gives and follow-ups."""
    repo = Repository.open(path)
    try:
        with repo.batch():
            ids = [p.id for p in repo.people()]
            meetings = [
                ("Netværk Nord — august", "2026-08-06", 0, False),
                ("Netværk Nord — september", "2026-09-03", 18500, True),
                ("Netværk Nord — oktober", "2026-10-01", 8000, True),
                ("Netværk Nord — sidste gang", "2026-10-29", 0, None),
            ]
            for name, date, value, picked in meetings:
                review = Review(value=value, picked_up=picked, outcomes=("én ting",)) if picked is not None else None
                event = repo.save_event(
                    Event(
                        name=name,
                        network="Netværk Nord",
                        date=date,
                        minutes=120,
                        cost=450,
                        review=review,
                        attendees=tuple(Attendance(person_id=i, met=n < 2) for n, i in enumerate(ids[:4])),
                    )
                )
                log_give(repo, ids[0], f"Intro ({date})", event_id=event.id, date=date)
            log_get(repo, ids[1], "Kontraktgennemgang", event_id=event.id, date="2026-10-29")
            # A referral from the September meeting that closed in November: credited to September.
            september = next(e for e in repo.events() if e.date == "2026-09-03")
            referral = add_referral(repo, ids[2], "Henviste et generationsskifte", direction="got",
                                    event_id=september.id, date="2026-09-03")  # fmt: skip
            set_referral_status(repo, referral.key, "closed", amount=12500, on="2026-11-12")
            add_referral(repo, ids[0], "Henviste en kunde", direction="gave", event_id=event.id, date="2026-10-29")
            repo.save_followup(
                FollowUp(
                    person_id=ids[0],
                    action="Send tilbud",
                    due="2026-08-20",
                    done=True,
                    done_on="2026-08-19",
                    event_id=event.id,
                )
            )
            repo.save_followup(FollowUp(person_id=ids[1], action="Ring op", event_id=event.id))
            repo.save_event(
                Event(
                    name="Eksportrådet Årsmøde",
                    network="Eksportrådet",
                    date="2026-09-17",
                    minutes=240,
                    cost=1195,
                    review=Review(picked_up=False),
                )
            )
    finally:
        repo.close()
    return path


@pytest.fixture
def report_app(tmp_path: Path):
    repos: list[Repository] = []

    def make() -> NetEventApp:
        repo = Repository.open(_history(build(tmp_path / "report.json")))
        repos.append(repo)
        return NetEventApp(repo, today=lambda: TODAY)  # coverage counts the last six months

    yield make
    for repo in repos:
        repo.close()


TODAY = "2026-11-26"


def _report(pilot_keys: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await steady(pilot)
        await pilot.press("down", "R")  # leave the search box, open the report
        await steady(pilot)
        assert type(pilot.app.screen).__name__ == "ReportScreen"
        for key in pilot_keys:
            await pilot.press(key)
            await steady(pilot)

    return run_before


def test_report_screen_80x24(snap_compare, report_app):
    """The latest network's page at 80×24: referrals' closed business, who is out of touch, the cadence."""
    assert snap_compare(report_app(), terminal_size=(80, 24), run_before=_report())


def test_report_overview_80x24(snap_compare, report_app):
    """The overview of every network: closed business beside value and cost, coverage in six months."""
    assert snap_compare(report_app(), terminal_size=(80, 24), run_before=_report(("tab",)))


def test_report_screen(snap_compare, report_app):
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await steady(pilot)
        await pilot.press("down", "R")  # leave the search box, open the report
        await steady(pilot)
        assert type(pilot.app.screen).__name__ == "ReportScreen"

    assert snap_compare(report_app(), terminal_size=(100, 30), run_before=run_before)

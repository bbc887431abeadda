"""`netevent room intros`: tonight's best introductions between the other people in the room."""

from __future__ import annotations

import click

from netevent.cli.common import db_option, echo, fail_on_bad_input, open_repo, resolve_event
from netevent.i18n import _

__all__ = ["room"]


@click.group()
def room() -> None:
    """The people in an event's room."""


@room.command("intros")
@click.option("--event", "event_name", default=None, help=_("The event (default: the current one)."))
@click.option("--limit", default=15, show_default=True, type=click.IntRange(1, 200), help=_("How many pairs to show."))
@db_option
def intros(event_name: str | None, limit: int, db: str | None) -> None:
    """The best pairs of people in the room to introduce to each other, each with why.

    Pairs you already introduced are marked with the date. Log one with
    `netevent intro A B` (a give to both).
    """
    from netevent.services.intro_board import intro_board

    with open_repo(db, read_only=True) as repo:
        event = resolve_event(repo, event_name)
        assert event is not None
        with fail_on_bad_input():
            board = intro_board(repo, event_id=event.key, limit=limit)
    echo(_("Introductions in {name} ({people} people)").format(name=board.event.name, people=board.people))
    if not board.pairs:
        echo(_("  nobody in the room needs what another one brings yet"))
    for number, pair in enumerate(board.pairs, 1):
        done = _("  (introduced {introduced})").format(introduced=pair.introduced) if pair.introduced else ""
        echo(f"{number:>3}. {pair.first_name} ↔ {pair.second_name}{done}")
        echo(f"     {pair.why}")
        if pair.back:
            echo(_("     and back: {back}").format(back=pair.back))

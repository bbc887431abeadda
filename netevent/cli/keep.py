"""Who you are losing touch with: `stale` and `keep-in-touch` (how often, per person or per network)."""

from __future__ import annotations

import click

from netevent.cli.common import Fail, db_option, echo, fail_on_bad_input, open_repo, resolve_person

__all__ = ["stale", "keep_in_touch"]


@click.command()
@click.option("--months", default=None, type=float, help="Everyone not in touch for this many months (e.g. 6).")
@click.option("--network", default=None, help="Only this network's members.")
@db_option
def stale(months: float | None, network: str | None, db: str | None) -> None:
    """List who you are losing touch with, the longest out of touch first.

    Someone is due when your last contact (a meeting, a note, a give) is older
    than how often you keep in touch with them: their own cadence, else their
    network's (twice its meeting rhythm unless you set it; see `netevent
    keep-in-touch`). `--months N` asks the same of everyone instead.
    """
    from netevent.domain.figures import fit
    from netevent.services.keep_in_touch import stale as due

    with open_repo(db, read_only=True) as repo:
        with fail_on_bad_input():
            rows = due(repo, months=months, network=network)
        scope = f" in {network}" if network else ""
        if not rows:
            echo(f"Nobody{scope} is due: you have been in touch with everyone in time.")
            return
        echo(f"Due a keep-in-touch{scope} ({len(rows)}), longest out of touch first:")
        width = min(max(len(r.person.name) for r in rows), 28)
        for row in rows:
            last = row.due.last
            echo(f"  {fit(row.person.name, width)}  last {last.date} ({last.how}) · {row.every}"
                 f" · {row.due.overdue} days over")  # fmt: skip


@click.command("keep-in-touch")
@click.argument("person", required=False)
@click.argument("every", required=False)
@click.option("--network", default=None, help="Set or show a network's cadence instead of a person's.")
@db_option
def keep_in_touch(person: str | None, every: str | None, network: str | None, db: str | None) -> None:
    """Show or set how often to keep in touch: with PERSON, or with a network's members.

    EVERY is 3m, 6w, 90d, 1y, never, or default (their networks' rhythm). Without
    arguments, lists every network's cadence and the people who have their own.

    \b
    Examples:
      netevent keep-in-touch "Søren Ærø" 1m
      netevent keep-in-touch --network "Netværk Nord" 6w
    """
    from netevent.domain.cadence import describe, parse_cadence
    from netevent.services.keep_in_touch import (
        network_cadence,
        network_cadences,
        set_keep_in_touch,
        set_network_keep_in_touch,
    )

    if network is not None and every is None:
        every, person = person, None  # `--network N 6w`: the value came as the first argument
    with fail_on_bad_input():
        days = parse_cadence(every) if every is not None else None
    changing = every is not None
    with open_repo(db, read_only=not changing) as repo:
        if network is not None:
            if changing:
                with fail_on_bad_input():
                    set_network_keep_in_touch(repo, network, days)
            found = network_cadence(repo, network)
            if found is None:
                raise Fail(f"there is no network called {network!r}")
            echo(f"{found.network}: {found.describe()}")
            return
        if person is None:
            for cadence in network_cadences(repo).values():
                echo(f"{cadence.network}: {cadence.describe()}")
            own = [p for p in repo.people() if p.keep_in_touch is not None]
            for p in own:
                echo(f"{p.name}: {describe(p.keep_in_touch)} (their own)")
            if not own and not network_cadences(repo):
                echo("No networks yet, and nobody has a cadence of their own.")
            return
        who = resolve_person(repo, person)
        if changing:
            who = set_keep_in_touch(repo, who.key, days)
        told = describe(who.keep_in_touch)
        echo(f"{who.name}: {told}" + (" (their networks' rhythm)" if who.keep_in_touch is None else ""))

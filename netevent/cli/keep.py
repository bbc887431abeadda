"""Who you are losing touch with: `stale` and `keep-in-touch` (how often, per person or per network)."""

from __future__ import annotations

import click

from netevent.cli.common import Fail, db_option, echo, fail_on_bad_input, open_repo, resolve_person
from netevent.i18n import _, format_date, ngettext

__all__ = ["stale", "keep_in_touch"]


@click.command()
@click.option("--months", default=None, type=float, help=_("Everyone not in touch for this many months (e.g. 6)."))
@click.option("--network", default=None, help=_("Only this network's members."))
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
        if not rows:
            nobody = (
                _("Nobody in {network} is due: you have been in touch with everyone in time.")
                if network
                else _("Nobody is due: you have been in touch with everyone in time.")
            )
            echo(nobody.format(network=network))
            return
        head = (
            _("Due a keep-in-touch in {network} ({count}), longest out of touch first:")
            if network
            else _("Due a keep-in-touch ({count}), longest out of touch first:")
        )
        echo(head.format(network=network, count=len(rows)))
        width = min(max(len(r.person.name) for r in rows), 28)
        for row in rows:
            last = row.due.last
            line = ngettext(
                "  {name}  last {date} ({how}) · {every} · {count} day over",
                "  {name}  last {date} ({how}) · {every} · {count} days over",
                row.due.overdue,
            )
            echo(line.format(name=fit(row.person.name, width), date=format_date(last.date), how=last.how,
                             every=row.every, count=row.due.overdue))  # fmt: skip


@click.command("keep-in-touch")
@click.argument("person", required=False)
@click.argument("every", required=False)
@click.option("--network", default=None, help=_("Set or show a network's cadence instead of a person's."))
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
                raise Fail(_("there is no network called {network!r}").format(network=network))
            echo(f"{found.network}: {found.describe()}")
            return
        if person is None:
            for cadence in network_cadences(repo).values():
                echo(f"{cadence.network}: {cadence.describe()}")
            own = [p for p in repo.people() if p.keep_in_touch is not None]
            for p in own:
                echo(_("{name}: {every} (their own)").format(name=p.name, every=describe(p.keep_in_touch)))
            if not own and not network_cadences(repo):
                echo(_("No networks yet, and nobody has a cadence of their own."))
            return
        who = resolve_person(repo, person)
        if changing:
            who = set_keep_in_touch(repo, who.key, days)
        if who.keep_in_touch is None:
            echo(_("{name}: {every} (their networks' rhythm)").format(name=who.name, every=describe(None)))
        else:
            echo(f"{who.name}: {describe(who.keep_in_touch)}")

"""Asks and referrals with a fate: `ask add|list|set` and `referral add|set|list`."""

from __future__ import annotations

import click

from netevent.cli.common import Fail, db_option, echo, event_id_option, fail_on_bad_input, open_repo, resolve_person

__all__ = ["ask", "referral"]


def _number(text: str, what: str, where: str) -> int:
    number = text.strip().lstrip("#")
    if not number.isdigit():
        raise Fail(f"{text!r} is not {what} number (see `{where}`)")
    return int(number)


@click.group()
def ask() -> None:
    """What people are looking for, and what became of it: open → helped → closed (or dropped).

    A person's needs are their open asks: only those drive "you can offer them" and introductions.
    """


@ask.command("add")
@click.argument("person")
@click.argument("text", nargs=-1, required=True)
@click.option("--event", "event_name", default=None, help="Where it came up (default: the current event).")
@click.option("--no-event", is_flag=True, help="It came up outside any event.")
@click.option("--on", "on", default=None, help="When it came up (default today).")
@db_option
def ask_add(person: str, text: tuple[str, ...], event_name: str | None, no_event: bool, on: str | None,
            db: str | None) -> None:  # fmt: skip
    """Record that PERSON is looking for TEXT, e.g. `netevent ask add Jens "a lawyer for contracts"`."""
    from netevent.services.asks import add_ask

    with open_repo(db) as repo:
        who = resolve_person(repo, person)
        made = add_ask(repo, who.key, " ".join(text), event_id=event_id_option(repo, event_name, no_event), since=on)
        echo(f"#{made.id} {who.name} is looking for: {made.text} (open since {made.since})")


@ask.command("list")
@click.argument("person", required=False)
@click.option("--status", default=None, help="open, helped, closed, dropped, or all (default).")
@db_option
def ask_list(person: str | None, status: str | None, db: str | None) -> None:
    """List asks (PERSON's, or everyone's): open first, each with since when and what helped it."""
    from netevent.services.asks import ask_list as rows

    with open_repo(db, read_only=True) as repo:
        person_id = resolve_person(repo, person).key if person else None
        with fail_on_bad_input():
            found = rows(repo, person_id=person_id, status=status)
        if not found:
            echo("No asks." if status in (None, "all") else f"No {status} asks.")
        events = {e.id: e.name for e in repo.events()}
        for row in found:
            a = row.ask
            where = f" at {events[a.event_id]}" if a.event_id in events else ""
            fate = f" — {a.changed_on}: {a.last_line}" if a.last_line else (f" — {a.changed_on}" if a.history else "")
            echo(f"#{a.id:<4} {a.since or '—':<10} {a.status:<7} {row.name}: {a.text}{where}{fate}")
            for entry in row.helped:
                echo(f"      helped by #{entry.id} ({entry.kind}, {entry.date}): {entry.what}")


@ask.command("set")
@click.argument("ask_id", metavar="ID")
@click.argument("status")
@click.argument("line", nargs=-1)
@click.option("--by", "by", multiple=True, metavar="ENTRY", help="The ledger entry (#id) that helped (repeatable).")
@click.option("--on", "on", default=None, help="When (default today).")
@db_option
def ask_set(ask_id: str, status: str, line: tuple[str, ...], by: tuple[str, ...], on: str | None,
            db: str | None) -> None:  # fmt: skip
    """Say what became of ask ID: helped, closed, dropped, or open again; LINE says how.

    For example `netevent ask set 12 closed found a lawyer through Åse`.
    """
    from netevent.services.asks import parse_ask_id, set_ask_status

    with fail_on_bad_input():
        number = parse_ask_id(ask_id)
    helped = [_number(b, "a ledger entry", "netevent ask list") for b in by]
    with open_repo(db) as repo:
        saved = set_ask_status(repo, number, status, line=" ".join(line), on=on, helped_by=helped)
        person = repo.person(saved.person_id)
        echo(f"#{saved.id} {person.name if person else ''}: {saved.text} — {saved.status} ({saved.changed_on})")
        if person is not None:
            echo(f"Open asks of {person.name}: {'; '.join(person.needs) or 'none'}")


@click.group()
def referral() -> None:
    """Referrals given and received, followed to closed business: new → pending → closed (or no business).

    A referral stays credited to the event (and network) it came from, however much later it closes.
    """


@referral.command("add")
@click.argument("text", nargs=-1, required=True)
@click.option("--to", "to", default=None, metavar="PERSON", help="You gave PERSON the referral.")
@click.option("--from", "from_", default=None, metavar="PERSON", help="PERSON gave you the referral.")
@click.option("--event", "event_name", default=None, help="Where it came from (default: the current event).")
@click.option("--no-event", is_flag=True, help="It came from no event.")
@click.option("--ask", "ask_id", default=None, metavar="ID", help="The ask of theirs it answers (marked helped).")
@click.option("--date", "date", default=None, help="When (default today).")
@db_option
def referral_add(text: tuple[str, ...], to: str | None, from_: str | None, event_name: str | None, no_event: bool,
                 ask_id: str | None, date: str | None, db: str | None) -> None:  # fmt: skip
    """Log a referral: `--to PERSON` (you gave it) or `--from PERSON` (you got it), and what it is."""
    from netevent.services.asks import parse_ask_id
    from netevent.services.referrals import add_referral

    if (to is None) == (from_ is None):
        raise Fail("say who the referral is with: --to PERSON (you gave it) or --from PERSON (you got it)")
    with fail_on_bad_input():
        answers = parse_ask_id(ask_id) if ask_id else None
    with open_repo(db) as repo:
        who = resolve_person(repo, to or from_ or "")
        event_id = event_id_option(repo, event_name, no_event)
        direction = "gave" if to else "got"
        entry = add_referral(
            repo, who.key, " ".join(text), direction=direction, event_id=event_id, date=date, ask_id=answers
        )
        way = f"to {who.name}" if to else f"from {who.name}"
        echo(f"#{entry.id} referral {way}: {entry.what} — {entry.status}")


@referral.command("set")
@click.argument("entry_id", metavar="ID")
@click.argument("status")
@click.option("--amount", default=None, help="The business it closed, in money (with `closed`).")
@click.option("--on", "on", default=None, help="When it closed or came to nothing (default today).")
@db_option
def referral_set(entry_id: str, status: str, amount: str | None, on: str | None, db: str | None) -> None:
    """Move referral ID on: pending, closed (--amount, --on) or no business."""
    from netevent.domain.figures import money, parse_amount
    from netevent.services.referrals import set_referral_status

    number = _number(entry_id, "a referral", "netevent referral list")
    with fail_on_bad_input():
        value = parse_amount(amount, "amount") if amount is not None else None
    with open_repo(db) as repo:
        saved = set_referral_status(repo, number, status, amount=value, on=on)
        event = repo.event(saved.event_id)
        worth = f", {money(saved.amount)}" if saved.amount and saved.status == "closed" else ""
        when = f" on {saved.closed_on}" if saved.closed_on else ""
        credit = f" — credited to {event.name}" if event else ""
        echo(f"#{saved.id} {saved.what}: {saved.status}{when}{worth}{credit}")


@referral.command("list")
@click.option("--status", default=None, help="new, pending, closed, no business, or all (default).")
@click.option("--person", default=None, help="Only referrals with this person.")
@click.option("--network", default=None, help="Only those from this network's events ('(no network)': none).")
@db_option
def referral_list(status: str | None, person: str | None, network: str | None, db: str | None) -> None:
    """List referrals oldest first: given (→) and received (←), status, business closed, and where from."""
    from netevent.domain.figures import fit, money
    from netevent.services.referrals import business
    from netevent.services.referrals import referral_list as rows

    with open_repo(db, read_only=True) as repo:
        person_id = resolve_person(repo, person).key if person else None
        with fail_on_bad_input():
            found = rows(repo, status=status, person_id=person_id, network=network)
        if not found:
            echo("No referrals yet. Log one with `netevent referral add --to PERSON TEXT`.")
            return
        for row in found:
            e = row.entry
            arrow = "→" if e.direction == "gave" else "←"
            worth = money(e.amount) if e.amount and e.status == "closed" else ""
            where = row.event or "no event"
            echo(f"#{e.id:<4} {e.date:<10} {arrow} {fit(row.name, 18)} {fit(e.status, 11)} {worth:>10}  "
                 f"{e.what} — {where}" + (f", closed {e.closed_on}" if e.closed_on else ""))  # fmt: skip
        total = business(r.entry for r in found)
        echo(f"Closed business: {money(total.got_amount)} from {total.got_closed} you got, "
             f"{money(total.gave_amount)} from {total.gave_closed} you gave; {total.still_open} open")  # fmt: skip

"""Asks and referrals with a fate: `ask add|list|set` and `referral add|set|list`."""

from __future__ import annotations

import click

from netevent.cli.common import Fail, db_option, echo, event_id_option, fail_on_bad_input, open_repo, resolve_person
from netevent.domain.text import id_number
from netevent.i18n import N_, _, format_date, format_date_field, ngettext

__all__ = ["ask", "referral"]

_NO_ASKS = {
    "open": N_("No open asks."),
    "helped": N_("No helped asks."),
    "closed": N_("No closed asks."),
    "dropped": N_("No dropped asks."),
}


def _entry_number(text: str) -> int:
    number = id_number(text)
    if number is None:
        raise Fail(_("{text!r} is not a ledger entry number (see `netevent ask list`)").format(text=text))
    return number


def _referral_number(text: str) -> int:
    number = id_number(text)
    if number is None:
        raise Fail(_("{text!r} is not a referral number (see `netevent referral list`)").format(text=text))
    return number


def _date(text: str | None) -> str | None:
    """A typed date (`fredag`, `5/12`, `2026-12-05`) as ISO; None when none was given."""
    from netevent.domain.dates import read_date
    from netevent.domain.models import today_iso

    if text is None:
        return None
    with fail_on_bad_input():
        return read_date(text, today_iso(), _("date")) or None


@click.group()
def ask() -> None:
    """What people are looking for, and what became of it: open → helped → closed (or dropped).

    A person's needs are their open asks: only those drive "you can offer them" and introductions.
    """


@ask.command("add")
@click.argument("person")
@click.argument("text", nargs=-1, required=True)
@click.option("--event", "event_name", default=None, help=_("Where it came up (default: the current event)."))
@click.option("--no-event", is_flag=True, help=_("It came up outside any event."))
@click.option("--on", "on", default=None, help=_("When it came up (e.g. 2026-12-05, 12/5 or friday; default today)."))
@db_option
def ask_add(person: str, text: tuple[str, ...], event_name: str | None, no_event: bool, on: str | None,
            db: str | None) -> None:  # fmt: skip
    """Record that PERSON is looking for TEXT, e.g. `netevent ask add Jens "a lawyer for contracts"`."""
    from netevent.services.asks import add_ask

    since = _date(on)
    with open_repo(db) as repo:
        who = resolve_person(repo, person)
        made = add_ask(repo, who.key, " ".join(text), event_id=event_id_option(repo, event_name, no_event), since=since)
        echo(
            _("#{id} {name} is looking for: {text} (open since {since})").format(
                id=made.id, name=who.name, text=made.text, since=format_date(made.since)
            )
        )


@ask.command("list")
@click.argument("person", required=False)
@click.option("--status", default=None, help=_("open, helped, closed, dropped, or all (default)."))
@db_option
def ask_list(person: str | None, status: str | None, db: str | None) -> None:
    """List asks (PERSON's, or everyone's): open first, each with since when and what helped it."""
    from netevent.domain.fates import ask_status, every_status
    from netevent.domain.figures import cell_width, fit
    from netevent.domain.models import ASK_STATUSES, ask_status_name, kind_name
    from netevent.services.asks import ask_list as rows

    with open_repo(db, read_only=True) as repo:
        person_id = resolve_person(repo, person).key if person else None
        with fail_on_bad_input():
            found = rows(repo, person_id=person_id, status=status)
        if not found:
            echo(_("No asks.") if every_status(status) else _(_NO_ASKS[ask_status(status or "")]))
        events = {e.id: e.name for e in repo.events()}
        width = max(cell_width(ask_status_name(s)) for s in ASK_STATUSES)
        for row in found:
            a = row.ask
            where = _(" at {name}").format(name=events[a.event_id]) if a.event_id in events else ""
            fate = f" — {format_date(a.changed_on)}" if a.history else ""
            if a.last_line:
                from netevent.i18n import translate_stored

                fate += f": {translate_stored(a.last_line)}"
            since = fit(format_date_field(a.since) or "—", 10)
            echo(f"#{a.id:<4} {since} {fit(ask_status_name(a.status), width)} {row.name}: {a.text}{where}{fate}")
            for entry in row.helped:
                echo(
                    _("      helped by #{id} ({kind}, {date}): {what}").format(
                        id=entry.id, kind=kind_name(entry.kind), date=format_date(entry.date), what=entry.what
                    )
                )


@ask.command("set")
@click.argument("ask_id", metavar="ID")
@click.argument("status")
@click.argument("line", nargs=-1)
@click.option("--by", "by", multiple=True, metavar="ENTRY", help=_("The ledger entry (#id) that helped (repeatable)."))
@click.option("--on", "on", default=None, help=_("When (default today)."))
@db_option
def ask_set(ask_id: str, status: str, line: tuple[str, ...], by: tuple[str, ...], on: str | None,
            db: str | None) -> None:  # fmt: skip
    """Say what became of ask ID: helped, closed, dropped, or open again; LINE says how.

    For example `netevent ask set 12 closed found a lawyer through Åse`.
    """
    from netevent.domain.models import ask_status_name
    from netevent.services.asks import parse_ask_id, set_ask_status

    with fail_on_bad_input():
        number = parse_ask_id(ask_id)
    helped = [_entry_number(b) for b in by]
    day = _date(on)
    with open_repo(db) as repo:
        saved = set_ask_status(repo, number, status, line=" ".join(line), on=day, helped_by=helped)
        person = repo.person(saved.person_id)
        echo(
            _("#{id} {name}: {text} — {status} ({date})").format(
                id=saved.id,
                name=person.name if person else "",
                text=saved.text,
                status=ask_status_name(saved.status),
                date=format_date(saved.changed_on),
            )
        )
        if person is not None:
            needs = "; ".join(person.needs) or _("none")
            echo(_("Open asks of {name}: {needs}").format(name=person.name, needs=needs))


@click.group()
def referral() -> None:
    """Referrals given and received, followed to closed business: new → pending → closed (or no business).

    A referral stays credited to the event (and network) it came from, however much later it closes.
    """


@referral.command("add")
@click.argument("text", nargs=-1, required=True)
@click.option("--to", "to", default=None, metavar="PERSON", help=_("You gave PERSON the referral."))
@click.option("--from", "from_", default=None, metavar="PERSON", help=_("PERSON gave you the referral."))
@click.option("--event", "event_name", default=None, help=_("Where it came from (default: the current event)."))
@click.option("--no-event", is_flag=True, help=_("It came from no event."))
@click.option("--ask", "ask_id", default=None, metavar="ID", help=_("The ask of theirs it answers (marked helped)."))
@click.option("--date", "date", default=None, help=_("When (default today)."))
@db_option
def referral_add(text: tuple[str, ...], to: str | None, from_: str | None, event_name: str | None, no_event: bool,
                 ask_id: str | None, date: str | None, db: str | None) -> None:  # fmt: skip
    """Log a referral: `--to PERSON` (you gave it) or `--from PERSON` (you got it), and what it is."""
    from netevent.domain.models import referral_status_name
    from netevent.services.asks import parse_ask_id
    from netevent.services.referrals import add_referral

    if (to is None) == (from_ is None):
        raise Fail(_("say who the referral is with: --to PERSON (you gave it) or --from PERSON (you got it)"))
    with fail_on_bad_input():
        answers = parse_ask_id(ask_id) if ask_id else None
    day = _date(date)
    with open_repo(db) as repo:
        who = resolve_person(repo, to or from_ or "")
        event_id = event_id_option(repo, event_name, no_event)
        direction = "gave" if to else "got"
        entry = add_referral(
            repo, who.key, " ".join(text), direction=direction, event_id=event_id, date=day, ask_id=answers
        )
        made = (
            _("#{id} referral to {name}: {what} — {status}")
            if to
            else _("#{id} referral from {name}: {what} — {status}")
        )
        echo(made.format(id=entry.id, name=who.name, what=entry.what, status=referral_status_name(entry.status)))


@referral.command("set")
@click.argument("entry_id", metavar="ID")
@click.argument("status")
@click.option("--amount", default=None, help=_("The business it closed, in money (with `closed`)."))
@click.option("--on", "on", default=None, help=_("When it closed or came to nothing (default today)."))
@db_option
def referral_set(entry_id: str, status: str, amount: str | None, on: str | None, db: str | None) -> None:
    """Move referral ID on: pending, closed (--amount, --on) or no business."""
    from netevent.domain.figures import money, parse_amount
    from netevent.domain.models import referral_status_name
    from netevent.services.referrals import set_referral_status

    number = _referral_number(entry_id)
    with fail_on_bad_input():
        value = parse_amount(amount, _("amount")) if amount is not None else None
    day = _date(on)
    with open_repo(db) as repo:
        saved = set_referral_status(repo, number, status, amount=value, on=day)
        event = repo.event(saved.event_id)
        told = referral_status_name(saved.status)
        if saved.closed_on:
            told = _("{status} on {date}").format(status=told, date=format_date(saved.closed_on))
        if saved.amount and saved.status == "closed":
            told += f", {money(saved.amount)}"
        credit = _(" — credited to {name}").format(name=event.name) if event else ""
        echo(f"#{saved.id} {saved.what}: {told}{credit}")


@referral.command("list")
@click.option("--status", default=None, help=_("new, pending, closed, no business, or all (default)."))
@click.option("--person", default=None, help=_("Only referrals with this person."))
@click.option("--network", default=None, help=_("Only those from this network's events ('(no network)': none)."))
@db_option
def referral_list(status: str | None, person: str | None, network: str | None, db: str | None) -> None:
    """List referrals oldest first: given (→) and received (←), status, business closed, and where from."""
    from netevent.domain.figures import cell_width, fit, money
    from netevent.domain.models import REFERRAL_STATUSES, referral_status_name
    from netevent.services.referrals import business
    from netevent.services.referrals import referral_list as rows

    with open_repo(db, read_only=True) as repo:
        person_id = resolve_person(repo, person).key if person else None
        with fail_on_bad_input():
            found = rows(repo, status=status, person_id=person_id, network=network)
        if not found:
            echo(_("No referrals yet. Log one with `netevent referral add --to PERSON TEXT`."))
            return
        width = max(cell_width(referral_status_name(s)) for s in REFERRAL_STATUSES)
        for row in found:
            e = row.entry
            arrow = "→" if e.direction == "gave" else "←"
            worth = money(e.amount) if e.amount and e.status == "closed" else ""
            where = row.event or _("no event")
            closed = _(", closed {date}").format(date=format_date(e.closed_on)) if e.closed_on else ""
            echo(f"#{e.id:<4} {fit(format_date_field(e.date), 10)} {arrow} {fit(row.name, 18)} "
                 f"{fit(referral_status_name(e.status), width)} {worth:>10}  {e.what} — {where}{closed}")  # fmt: skip
        total = business(r.entry for r in found)
        echo(
            ngettext(
                "Closed business: {got} from {got_count} you got, {gave} from {gave_count} you gave; {open} open",
                "Closed business: {got} from {got_count} you got, {gave} from {gave_count} you gave; {open} open",
                total.still_open,
            ).format(
                got=money(total.got_amount),
                got_count=total.got_closed,
                gave=money(total.gave_amount),
                gave_count=total.gave_closed,
                open=total.still_open,
            )
        )

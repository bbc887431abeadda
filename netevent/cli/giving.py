"""Give/get and follow-up commands: `give`, `got`, `intro` and `followup`."""

from __future__ import annotations

import click

from netevent.cli.common import Fail, db_option, echo, event_id_option, fail_on_bad_input, open_repo, resolve_person
from netevent.domain.figures import cell_width, fit
from netevent.i18n import N_, _, format_date, format_date_field

__all__ = ["give", "got", "intro", "followup"]


def _kind(kind: str) -> str:
    from netevent.domain.models import LEDGER_KINDS, kind_name

    value = kind.strip().casefold()
    # The keys, or their names in the language spoken ("henvisning" is "referral").
    value = next((k for k in LEDGER_KINDS if value in (k, kind_name(k).casefold())), value)
    if value not in LEDGER_KINDS:
        raise Fail(_("kind must be one of {join}, not {kind!r}").format(join=", ".join(LEDGER_KINDS), kind=kind))
    return value


def _ledger_command(direction: str, doc: str) -> click.Command:

    @click.argument("person")
    @click.argument("what", nargs=-1, required=True)
    @click.option("--kind", default="other", help=_("intro, referral, advice, business or other."))
    @click.option("--amount", default=None, help=_("What it was worth in money, if you know."))
    @click.option("--event", "event_name", default=None, help=_("Event it happened at (default: the current one)."))
    @click.option("--no-event", is_flag=True, help=_("It happened outside any event."))
    @click.option("--date", "date", default=None, help=_("When (default today)."))
    @click.option(
        "--ask", "ask_id", default=None, metavar="ID", help=_("The ask of theirs it answers (marked helped).")
    )
    @db_option
    def command(
        person: str,
        what: tuple[str, ...],
        kind: str,
        amount: str | None,
        event_name: str | None,
        no_event: bool,
        date: str | None,
        ask_id: str | None,
        db: str | None,
    ) -> None:
        from netevent.domain.figures import parse_amount
        from netevent.services.asks import parse_ask_id
        from netevent.services.ledger import give_share_label, log_get, log_give, person_summary

        kind = _kind(kind)
        from netevent.domain.dates import read_date
        from netevent.domain.models import today_iso

        with fail_on_bad_input():
            value = parse_amount(amount, _("amount")) if amount else None
            date = read_date(date, today_iso(), _("date")) or None if date else None
            answers = parse_ask_id(ask_id) if ask_id else None
        with open_repo(db) as repo:
            who = resolve_person(repo, person)
            log = log_give if direction == "gave" else log_get
            entry = log(
                repo, who.key, " ".join(what), kind=kind, amount=value,
                event_id=event_id_option(repo, event_name, no_event), date=date, ask_id=answers,
            )  # fmt: skip
            done = (
                _("Logged: you gave {name} — {what}")
                if direction == "gave"
                else _("Logged: you got from {name} — {what}")
            )
            echo(done.format(name=who.name, what=entry.what) + (f" (#{entry.id})" if entry.is_referral else ""))
            if answers is not None:
                echo(_("Their ask #{id} is marked helped").format(id=answers))
            echo(
                _("With {name}: {give_share_label}").format(
                    name=who.name, give_share_label=give_share_label(person_summary(repo, who.key))
                )
            )

    command.__doc__ = doc
    return click.command("got" if direction == "got" else "give")(command)


give = _ledger_command(
    "gave",
    N_("Log something you gave PERSON (advice, a referral, business). Give before you get: aim for 90 %."),
)
got = _ledger_command("got", N_("Log something PERSON gave you."))


@click.command()
@click.argument("person_a")
@click.argument("person_b")
@click.option("--what", default="", help=_("What the introduction is about."))
@click.option("--event", "event_name", default=None, help=_("Event it happened at (default: the current one)."))
@click.option("--no-event", is_flag=True, help=_("It happened outside any event."))
@click.option("--ask", "ask_id", default=None, metavar="ID", help=_("The ask of PERSON_A it answers (marked helped)."))
@db_option
def intro(person_a: str, person_b: str, what: str, event_name: str | None, no_event: bool, ask_id: str | None,
          db: str | None) -> None:  # fmt: skip
    """Log an introduction of two people: a give to each of them.

    For example `netevent intro "Jens Holm" "Åse Berg" --what "export to Norway"`.
    """
    from netevent.services.asks import parse_ask_id
    from netevent.services.ledger import log_introduction

    with fail_on_bad_input():
        answers = parse_ask_id(ask_id) if ask_id else None
    with open_repo(db) as repo:
        a, b = resolve_person(repo, person_a), resolve_person(repo, person_b)
        log_introduction(repo, a.key, b.key, event_id=event_id_option(repo, event_name, no_event), what=what,
                         ask_id=answers)  # fmt: skip
        echo(_("Logged: you introduced {name} and {name2} (a give to each)").format(name=a.name, name2=b.name))
        if answers is not None:
            echo(_("{name}'s ask #{id} is marked helped").format(name=a.name, id=answers))


@click.group(invoke_without_command=True)
@click.option("--all", "show_all", is_flag=True, help=_("Include follow-ups that are done."))
@click.option("--person", default=None, help=_("Only this person's follow-ups."))
@db_option
@click.pass_context
def followup(ctx: click.Context, show_all: bool, person: str | None, db: str | None) -> None:
    """List open follow-ups, overdue first.

    `netevent followup add PERSON ACTION` adds one, `netevent followup done ID` ticks one off.
    """
    if ctx.invoked_subcommand is not None:
        return
    from netevent.services.followups import followup_list

    with open_repo(db, read_only=True) as repo:
        person_id = resolve_person(repo, person).id if person else None
        items = followup_list(repo, person_id=person_id, include_done=show_all)
        width = max(cell_width(_("done")), cell_width(_("OVERDUE")))
        if not items:
            echo(_("No open follow-ups.") if not show_all else _("No follow-ups."))
        for item in items:
            f = item.followup
            state = fit(_("done") if f.done else _("OVERDUE") if item.overdue else "", width)
            who = f"{item.person_name}: " if item.person_name else ""
            echo(f"#{f.id:<4} {fit(format_date_field(f.due) or _('no date'), 10)} {state} {who}{f.action}")


@followup.command("add")
@click.argument("person")
@click.argument("action", nargs=-1, required=True)
@click.option("--due", default="", help=_("Due date (e.g. 2026-12-05, 12/5, friday or tomorrow)."))
@click.option("--event", "event_name", default=None, help=_("Event it came from (default: the current one)."))
@click.option("--no-event", is_flag=True, help=_("It came from no event."))
@db_option
def followup_add(
    person: str, action: tuple[str, ...], due: str, event_name: str | None, no_event: bool, db: str | None
) -> None:
    """Add a follow-up for PERSON, e.g. `netevent followup add Jens send the deck --due 2026-12-01`."""
    from netevent.domain.dates import read_date
    from netevent.domain.models import today_iso
    from netevent.services.followups import add_followup

    with fail_on_bad_input():
        due = read_date(due, today_iso(), _("due date"))
    with open_repo(db) as repo:
        who = resolve_person(repo, person)
        made = add_followup(
            repo, who.key, " ".join(action), due=due, event_id=event_id_option(repo, event_name, no_event)
        )
        echo(
            f"#{made.id} {who.name}: {made.action}"
            + (_(" (due {due})").format(due=format_date(made.due)) if made.due else "")
        )


@followup.command("done")
@click.argument("followup_id")
@click.option("--on", "on", default=None, help=_("The date it was done (default today)."))
@db_option
def followup_done(followup_id: str, on: str | None, db: str | None) -> None:
    """Tick off follow-up FOLLOWUP_ID (the #number `netevent followup` shows)."""
    from netevent.domain.text import id_number
    from netevent.services.followups import complete_followup

    number = id_number(followup_id)
    if number is None:
        raise Fail(
            _("{followup_id!r} is not a follow-up number (see `netevent followup`)").format(followup_id=followup_id)
        )
    from netevent.domain.dates import read_date
    from netevent.domain.models import today_iso

    with fail_on_bad_input():
        on = read_date(on, today_iso(), _("date")) or None if on else None
    with open_repo(db) as repo:
        done = complete_followup(repo, number, on=on)
        echo(_("Done: {action} ({done_on})").format(action=done.action, done_on=format_date(done.done_on)))

"""Event commands: `event add|list|use|target|outcome|brief|review` and `report`."""

from __future__ import annotations

from typing import Any

import click

from netevent.cli.common import Fail, db_option, echo, fail_on_bad_input, open_repo, resolve_event, resolve_person
from netevent.i18n import _, format_date_field

__all__ = ["event", "report"]


@click.group()
def event() -> None:
    """Add, list and choose events; targets, briefing and review.

    An event belongs to a network (a recurring group) or is a one-off.
    """


@event.command("add")
@click.argument("name")
@click.option("--network", default="", help=_("The network or group it belongs to, e.g. 'Erhvervsklub Nord'."))
@click.option(
    "--date", "date", default=None, help=_("Date (e.g. 2026-12-05, 12/5, friday or tomorrow; default today).")
)
@click.option("--time", "start", default="", help=_("When it starts (HH:MM, e.g. 17:30)."))
@click.option("--place", default="", help=_("Where it is."))
@click.option("--purpose", default="", help=_("What you want out of it: the 1,000 kr you mean to pick up."))
@click.option("--purpose-others", default="", help=_("What the others should get out of meeting you."))
@click.option("--minutes", default="", help=_("Time it takes, e.g. 90, 1h30 or 2 h (travel included if you like)."))
@click.option("--cost", default="", help=_("Money it costs (fee, travel), e.g. 450 or 1.500 kr."))
@click.option("--message", "messages", multiple=True, help=_("A message or question to bring (repeatable)."))
@click.option("--reuse-roster", is_flag=True, help=_("Fill the room with the people from the network's last event."))
@click.option("--use", "use", is_flag=True, help=_("Make it the current event."))
@click.option(
    "--one-to-one",
    "with_whom",
    default=None,
    metavar="PERSON",
    help=_("A one-to-one with PERSON: its brief is a GAINS worksheet filled in from last time."),
)
@db_option
def event_add(
    name: str,
    network: str,
    date: str | None,
    start: str,
    place: str,
    purpose: str,
    purpose_others: str,
    minutes: str,
    cost: str,
    messages: tuple[str, ...],
    reuse_roster: bool,
    use: bool,
    with_whom: str | None,
    db: str | None,
) -> None:
    """Add an event of a network (or a one-off), with its purpose and cost.

    \b
    Example:
      netevent event add "Januarmøde" --network "Erhverv Nord" \\
        --date 2027-01-14 --minutes 2h --cost 450 --reuse-roster --use
    """
    from netevent.domain.dates import read_date
    from netevent.domain.figures import money, parse_amount, parse_minutes
    from netevent.domain.models import today_iso
    from netevent.services.events import create_event, previous_event

    with fail_on_bad_input():
        when = read_date(date, today_iso(), _("event date")) if date else today_iso()
        spent = parse_minutes(minutes, "minutes")
        price = parse_amount(cost, "cost")
    with open_repo(db) as repo:
        partner = resolve_person(repo, with_whom).key if with_whom else None
        created = create_event(
            repo,
            name,
            network=network,
            date=when,
            time=start,
            place=place,
            purpose=purpose,
            purpose_others=purpose_others,
            minutes=spent,
            cost=price,
            messages=messages,
            reuse_roster=reuse_roster,
            make_current=use,
            one_to_one_with=partner,
        )
        where = ", ".join(x for x in (created.when, created.network, created.place) if x)
        echo(
            _("Added event {name!r} ({where})").format(name=created.name, where=where)
            + (_(", cost {money}").format(money=money(created.cost)) if created.cost else "")
        )
        if reuse_roster:
            previous = previous_event(repo, created)
            source = _(" from {name!r}").format(name=previous.name) if previous else ""
            echo(_("Room: {attendees} people{source}").format(attendees=len(created.attendees), source=source))
        if use:
            echo(_("It is now the current event."))


@event.command("list")
@click.option("--network", default=None, help=_("Only this network's events."))
@db_option
def event_list(network: str | None, db: str | None) -> None:
    """List events: date, name, network, room, met, cost.

    Newest first; the current event is marked with *.
    """
    from netevent.domain.figures import cell_width, fit, money
    from netevent.services.events import same_network
    from netevent.services.rooms import room_stats

    with open_repo(db, read_only=True) as repo:
        events = [e for e in repo.events() if network is None or same_network(e.network, network)]
        if not events:
            echo(
                _("No events yet. Add one with `netevent event add NAME`.")
                if network is None
                else _("No events in network {network!r}.").format(network=network)
            )
            return
        current = repo.current_event_id
        # Columns as wide as the longest name, within reason, so names are rarely cut.
        name_w = min(max(cell_width(e.name) for e in events), 40)
        net_w = min(max([cell_width(e.network) for e in events] + [7]), 24)
        room, met = _("room"), _("met")
        room_w, met_w = max(4, cell_width(room)), max(4, cell_width(met))
        name_w = max(name_w, cell_width(_("event")))
        net_w = max(net_w, cell_width(_("network")))
        echo(
            f"  {fit(_('date'), 10)}  {fit(_('event'), name_w)}  {fit(_('network'), net_w)}  "
            f"{fit(room, room_w, right=True)}  {fit(met, met_w, right=True)}  {fit(_('cost'), 10, right=True)}"
        )
        for e in events:
            stats = room_stats(e)
            mark = "*" if e.id == current else " "
            echo(
                f"{mark} {fit(format_date_field(e.date) or '—', 10)}  {fit(e.name, name_w)}  "
                f"{fit(e.network or '—', net_w)}  {stats.size:>{room_w}}  {stats.met:>{met_w}}  "
                f"{fit(money(e.cost) if e.cost else '—', 10, right=True)}"
            )


@event.command("use")
@click.argument("name", required=False)
@click.option("--clear", is_flag=True, help=_("Have no current event."))
@db_option
def event_use(name: str | None, clear: bool, db: str | None) -> None:
    """Choose the event you are at now.

    The current event's room is where the app and `netevent who` look first.
    """
    from netevent.services.events import use_event

    if not name and not clear:
        raise Fail(_("name the event to use (or --clear)"))
    with open_repo(db) as repo:
        if clear:
            use_event(repo, None)
            echo(_("No current event."))
            return
        chosen = resolve_event(repo, name)
        assert chosen is not None
        use_event(repo, chosen.key)
        echo(_("Current event: {name}").format(name=chosen.name) + (f" ({chosen.date})" if chosen.date else ""))


@event.command("target")
@click.argument("person")
@click.option("--event", "event_name", default=None, help=_("Event (default: the current one)."))
@click.option("--reason", default=None, help=_("Why you want to talk to them today."))
@click.option("--question", default=None, help=_("The question you bring for them."))
@click.option("--remove", is_flag=True, help=_("No longer a target."))
@db_option
def event_target(
    person: str, event_name: str | None, reason: str | None, question: str | None, remove: bool, db: str | None
) -> None:
    """Star a person as one of today's targets, with a reason and a question."""
    from netevent.services.rooms import set_target, targets

    with open_repo(db) as repo:
        chosen = resolve_event(repo, event_name)
        assert chosen is not None  # required: resolve_event fails otherwise
        who = resolve_person(repo, person)
        updated = set_target(repo, chosen.key, who.key, target=not remove, reason=reason, question=question)
        for t in targets(repo, updated):
            echo(f"{t.rank}. {t.person.name}" + (f" — {t.reason}" if t.reason else ""))
        if remove:
            echo(_("{name} is no longer a target.").format(name=who.name))


@event.command("outcome")
@click.argument("person")
@click.argument("answer", metavar="yes|no|later")
@click.argument("line", nargs=-1)
@click.option("--event", "event_name", default=None, help=_("Event (default: the current one)."))
@db_option
def event_outcome(person: str, answer: str, line: tuple[str, ...], event_name: str | None, db: str | None) -> None:
    """Close the loop on a target: did you get what you came for? yes, no or later, and a LINE on how.

    A target not yet marked met is marked met. The review and their history show it.
    """
    from netevent.services.review import outcome_words
    from netevent.services.rooms import record_outcome

    with open_repo(db) as repo:
        chosen = resolve_event(repo, event_name)
        assert chosen is not None
        who = resolve_person(repo, person)
        updated = record_outcome(repo, chosen.key, who.key, answer, " ".join(line))
        place = updated.attendance(who.key)
        assert place is not None
        echo(_("{name} at {event}: {outcome}").format(name=who.name, event=updated.name, outcome=outcome_words(place)))


@event.command("brief")
@click.argument("name", required=False)
@db_option
def event_brief(name: str | None, db: str | None) -> None:
    """Print the one-page briefing for an event, in Markdown.

    NAME defaults to the current event. Targets come with what happened last
    time. For a one-to-one (one person in the room) it is a GAINS worksheet
    (goals, accomplishments, interests, networks, skills) filled in from the
    last meeting.
    """
    from netevent.io.briefing_markdown import briefing_markdown

    with open_repo(db, read_only=True) as repo:
        chosen = resolve_event(repo, name)
        assert chosen is not None
        echo(briefing_markdown(repo, chosen), nl=False)


@event.command("review")
@click.argument("name", required=False)
@click.option("--outcome", "outcomes", multiple=True, help=_("Something that came out of it (repeatable; adds)."))
@click.option("--value", default=None, help=_("What it was worth to you in money, e.g. 5000."))
@click.option("--value-words", default=None, help=_("What it was worth, in words."))
@click.option(
    "--picked-up/--not-picked-up", "picked_up", default=None, help=_("Did you pick up the 1,000 kr under the doormat?")
)
@click.option("--notes", default=None, help=_("Your thoughts on the event."))
@db_option
def event_review(
    name: str | None,
    outcomes: tuple[str, ...],
    value: str | None,
    value_words: str | None,
    picked_up: bool | None,
    notes: str | None,
    db: str | None,
) -> None:
    """Review an event: whom you met, give/get, and was it worth it.

    NAME defaults to the current event. With options, your answers are saved
    first; without, the review is only shown.
    """
    from netevent.domain.figures import parse_amount
    from netevent.domain.models import Review, replace
    from netevent.io.review_markdown import review_markdown
    from netevent.services.review import review_summary, save_review

    changes: dict[str, Any] = {}
    with fail_on_bad_input():
        if value is not None:
            changes["value"] = parse_amount(value, "value")
    if value_words is not None:
        changes["value_words"] = value_words.strip()
    if picked_up is not None:
        changes["picked_up"] = picked_up
    if notes is not None:
        changes["notes"] = notes.strip()
    saving = bool(changes or outcomes)
    with open_repo(db, read_only=not saving) as repo:
        chosen = resolve_event(repo, name)
        assert chosen is not None
        if saving:
            current = chosen.review or Review()
            if outcomes:
                changes["outcomes"] = current.outcomes + outcomes
            chosen = save_review(repo, chosen.key, replace(current, **changes))
        echo(review_markdown(review_summary(repo, chosen)), nl=False)


@click.command(short_help=_("What each network gave you against its time and money."))
@click.option("--network", default=None, help=_("Only this network ('(no network)' for one-off events)."))
@db_option
def report(network: str | None, db: str | None) -> None:
    """Is a network worth it? Value, closed business and give/get against time and money.

    One row per network, then for each: its referrals' closed business (credited
    to the meeting they came from), how many members you were in touch with in
    the last six months and who the others are, and its events as a small
    value/cost chart.
    """
    from netevent.cli.render import report_text
    from netevent.services.report import build_report

    with open_repo(db, read_only=True) as repo:
        echo(report_text(build_report(repo, network)), nl=False)

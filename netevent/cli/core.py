"""Core commands: `who`, `profile`, `check` and `paths`."""

from __future__ import annotations

from typing import Any

import click

from netevent.cli.common import Fail, db_option, echo, open_repo
from netevent.config import config_path, default_db_path, resolve_db_path
from netevent.i18n import _

__all__ = ["who", "profile", "check", "paths"]


# A negated filter ("-met", "-s:skat") is part of the query, not an option.
@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1, required=True, type=click.UNPROCESSED)
@click.option("--all", "show_all", is_flag=True, help=_("Search everyone, not only the current event's room."))
@click.option(
    "--history", is_flag=True, help=_("Print their history instead: every room, note, give, ask and promise.")
)
@db_option
def who(query: tuple[str, ...], show_all: bool, history: bool, db: str | None) -> None:
    """Print the best-matching person's card with what you can offer them (or, with --history, their timeline).

    QUERY is words of a name, company, strength, need, tag or note, and may be
    aimed: s:STRENGTH n:NEED c:COMPANY r:ROLE #TAG met:WHERE in:room met
    due: (open follow-ups), each negated with a leading - (e.g. `-met`).
    """
    from netevent.cli.render import card_lines
    from netevent.domain.search.query import parse_query
    from netevent.services.cards import card_data
    from netevent.services.finder import PeopleFinder

    text = " ".join(query).strip()
    if not text:
        raise Fail(_("give a name, company, strength or tag to look for"))
    # A look-up reads only what it shows; `netevent check` validates the file.
    with open_repo(db, read_only=True, validate=False) as repo:
        finder = PeopleFinder(repo)
        hits = finder.find_people(text, limit=4)
        if not hits:
            raise Fail(_("nobody matches {text!r}").format(text=text))
        person = repo.person(hits[0].person_id)
        assert person is not None
        if history:
            from netevent.cli.render import timeline_lines
            from netevent.services.timeline import timeline

            repo.load_notes()
            for line in timeline_lines(timeline(repo, person.key)):
                echo(line)
            return
        for line in card_lines(card_data(repo, finder, person)):
            echo(line)
        others = [repo.person(h.person_id) for h in hits[1:]]
        if others:
            echo("")
            echo(_("Also: ") + "; ".join(f"{p.name} ({p.headline})" if p.headline else p.name for p in others if p))
        aimed = parse_query(text).describe()
        if aimed:
            echo(
                _("Found by: {aimed} — {why}").format(aimed=aimed, why=hits[0].why)
                if hits[0].why
                else _("Found by: {aimed}").format(aimed=aimed)
            )


@click.command()
@click.option("--name", default=None, help=_("Your name."))
@click.option("--company", default=None, help=_("Your company."))
@click.option("--role", default=None, help=_("Your role or title."))
@click.option("--pitch", default=None, help=_("One or two sentences: what you can help people with."))
@click.option("--offer", "offers", multiple=True, help=_("Something you can offer (repeatable; replaces the list)."))
@click.option("--ask", "asks", multiple=True, help=_("Something you are looking for (repeatable; replaces the list)."))
@click.option("--email", default=None, help=_("Your email address (on your card)."))
@click.option("--phone", default=None, help=_("Your phone number (on your card)."))
@click.option("--url", default=None, help=_("Your web site or LinkedIn address (on your card)."))
@db_option
def profile(
    name: str | None,
    company: str | None,
    role: str | None,
    pitch: str | None,
    offers: tuple[str, ...],
    asks: tuple[str, ...],
    email: str | None,
    phone: str | None,
    url: str | None,
    db: str | None,
) -> None:
    """Show or set your own profile and pitch (what matching uses) and your contact card's details."""
    from netevent.domain.models import replace
    from netevent.services.people import save_pitch

    changes: dict[str, Any] = {
        key: value
        for key, value in (
            ("name", name),
            ("company", company),
            ("role", role),
            ("pitch", pitch),
            ("email", email),
            ("phone", phone),
            ("url", url),
        )
        if value is not None
    }
    if offers:
        changes["offers"] = offers
    if asks:
        changes["asks"] = asks
    with open_repo(db, read_only=not changes) as repo:
        current = repo.profile
        if changes:
            current = save_pitch(repo, replace(current, **changes))
        echo(_("Name:    {value}").format(value=current.name or "—"))
        echo(_("Company: {value}").format(value=current.company or "—"))
        echo(_("Role:    {value}").format(value=current.role or "—"))
        echo(_("Pitch:   {value}").format(value=current.pitch or "—"))
        echo(_("Offers:  {value}").format(value="; ".join(current.offers) or "—"))
        echo(_("Asks:    {value}").format(value="; ".join(current.asks) or "—"))
        echo(_("Email:   {value}").format(value=current.email or "—"))
        echo(_("Phone:   {value}").format(value=current.phone or "—"))
        echo(_("Web:     {value}").format(value=current.url or "—"))


@click.command()
@db_option
def check(db: str | None) -> None:
    """Validate the data file and report problems (exit 1 if there are any) and likely duplicates."""
    from netevent.services.integrity import duplicate_lines, find_problems

    with open_repo(db, read_only=True, validate=True) as repo:
        problems = find_problems(repo)
        duplicates = duplicate_lines(repo)
        echo(
            _("{path}: {people_count} people, {events} events, {notes} notes").format(
                path=repo.path, people_count=repo.people_count, events=len(repo.events()), notes=len(repo.notes())
            )
        )
        for problem in problems:
            echo(_("  problem: {problem}").format(problem=problem))
        for line in duplicates:
            echo(_("  likely duplicate: {line}").format(line=line))
        if problems:
            raise Fail(_("{problems} problem(s) found").format(problems=len(problems)))
        if duplicates:
            echo(
                _("  no problems in the file; {duplicates} likely duplicate(s) to merge or keep").format(
                    duplicates=len(duplicates)
                )
            )
        else:
            echo(_("  no problems found"))


@click.command()
@db_option
def paths(db: str | None) -> None:
    """Print where netevent keeps its files."""
    echo(_("data file:    {resolve_db_path}").format(resolve_db_path=resolve_db_path(db)))
    echo(_("default file: {default_db_path}").format(default_db_path=default_db_path()))
    echo(_("settings:     {config_path}").format(config_path=config_path()))

"""Fix a mistake: `person edit|delete|restore|merge` and `undo`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from netevent.cli.common import Fail, db_option, fail_on_bad_input, open_repo, resolve_person
from netevent.i18n import N_, _, translate_stored

if TYPE_CHECKING:
    from netevent.domain.models import Person

__all__ = ["person", "undo"]

_PLAIN = ("name", "company", "role", "email", "phone", "url", "about")
# How the list of changes names each field, in the language spoken (the English is the field's name).
_FIELD_NAMES = {
    "name": N_("name"), "company": N_("company"), "role": N_("role"), "email": N_("email"), "phone": N_("phone"),
    "url": N_("url"), "about": N_("about"), "tags": N_("tags"), "strengths": N_("strengths"), "needs": N_("needs"),
    "interests": N_("interests"), "goals": N_("goals"), "accomplishments": N_("accomplishments"),
    "networks": N_("networks"),
}  # fmt: skip
_LISTS = (
    ("tag", "tags"), ("strength", "strengths"), ("need", "needs"), ("interest", "interests"),
    ("goal", "goals"), ("accomplishment", "accomplishments"), ("network", "networks"),
)  # fmt: skip
_LIST_HELP = {
    "tag": (N_("Add a tag (repeatable)."), N_("Remove this tag (repeatable).")),
    "strength": (N_("Add a strength (repeatable)."), N_("Remove this strength (repeatable).")),
    "need": (N_("Add a need (repeatable)."), N_("Remove this need (repeatable).")),
    "interest": (N_("Add an interest (repeatable)."), N_("Remove this interest (repeatable).")),
    "goal": (N_("Add a goal (repeatable)."), N_("Remove this goal (repeatable).")),
    "accomplishment": (N_("Add an accomplishment (repeatable)."), N_("Remove this accomplishment (repeatable).")),
    "network": (N_("Add a network they are in (repeatable)."), N_("Remove this network (repeatable).")),
}


@click.group()
def person() -> None:
    """Change, delete, restore or merge people.

    PERSON is a name, words that start it, or #ID (as `netevent who` shows it).
    """


def _list_options(func: Any) -> Any:
    for one, _field in reversed(_LISTS):
        add, remove = _LIST_HELP[one]
        func = click.option(f"--remove-{one}", f"remove_{one}", multiple=True, metavar="X", help=remove)(func)
        func = click.option(f"--add-{one}", f"add_{one}", multiple=True, metavar="X", help=add)(func)
    return func


@person.command("edit")
@click.argument("query", metavar="PERSON")
@click.option("--name", default=None, help=_("Their name (spelled right this time)."))
@click.option("--company", default=None, help=_("Their company ('' clears it)."))
@click.option("--role", default=None, help=_("Their role or title."))
@click.option("--email", default=None, help=_("Their email address."))
@click.option("--phone", default=None, help=_("Their phone number."))
@click.option("--url", default=None, help=_("Their web or LinkedIn address."))
@click.option("--about", default=None, help=_("Free text about them (replaces it)."))
@click.option(
    "--keep-in-touch",
    "keep_in_touch",
    default=None,
    metavar="EVERY",
    help=_("How often to be in touch: 3m, 6w, 90d, never, or default (their networks' rhythm)."),
)
@_list_options
@db_option
def person_edit(query: str, db: str | None, keep_in_touch: str | None, **options: Any) -> None:
    """Change a person's details; list fields take --add-… and --remove-… (e.g. a need that was met).

    A need is an open ask: one taken out is dropped (`netevent ask set ID closed` says it was met
    instead). Goals, accomplishments, interests, networks and strengths (skills) are their GAINS.
    """
    from netevent.domain.cadence import parse_cadence
    from netevent.services.editing import changed_items, edit_person

    plain: dict[str, Any] = {field: options[field] for field in _PLAIN if options[field] is not None}
    if keep_in_touch is not None:
        with fail_on_bad_input():
            plain["keep_in_touch"] = parse_cadence(keep_in_touch)
    lists = {(one, field): (options[f"add_{one}"], options[f"remove_{one}"]) for one, field in _LISTS}
    if not plain and not any(add or remove for add, remove in lists.values()):
        raise Fail(_("say what to change, e.g. --company NAME or --remove-need X (see `netevent person edit --help`)"))
    with open_repo(db) as repo:
        who = resolve_person(repo, query)
        changes: dict[str, Any] = dict(plain)
        with fail_on_bad_input():
            for (one, field), (add, remove) in lists.items():
                if add or remove:
                    changes[field] = changed_items(getattr(who, field), add, remove, one)
            saved = edit_person(repo, who.key, **changes)
        differences = _differences(who, saved)
        if not differences:
            click.echo(_("Nothing changed: {name} already reads like that").format(name=who.name))
            return
        click.echo(_("Edited {name} (#{id}):").format(name=saved.name, id=saved.id))
        for line in differences:
            click.echo(f"  {line}")


def _differences(before: Person, after: Person) -> list[str]:
    from netevent.domain.cadence import describe

    out = []
    for field in _PLAIN:
        old, new = getattr(before, field), getattr(after, field)
        if old != new:
            out.append(f"{_(_FIELD_NAMES[field])}: {old or '—'} → {new or '—'}")
    if before.keep_in_touch != after.keep_in_touch:
        out.append(
            _("keep in touch: {old} → {new}").format(
                old=describe(before.keep_in_touch), new=describe(after.keep_in_touch)
            )
        )
    for _one, field in _LISTS:
        old_items, new_items = getattr(before, field), getattr(after, field)
        added = [x for x in new_items if x not in old_items]
        removed = [x for x in old_items if x not in new_items]
        if added or removed:
            signs = [f"+{x}" for x in added] + [f"−{x}" for x in removed]
            out.append(
                _("{field}: {join} (now: {value})").format(
                    field=_(_FIELD_NAMES[field]), join="; ".join(signs), value="; ".join(new_items) or "—"
                )
            )
    return out


@person.command("delete")
@click.argument("query", metavar="PERSON")
@click.option("--yes", is_flag=True, help=_("Do not ask first."))
@db_option
def person_delete(query: str, yes: bool, db: str | None) -> None:
    """Move a person and their notes, ledger, follow-ups and room places to the trash.

    `netevent person restore PERSON` or `netevent undo` brings all of it back.
    """
    from netevent.services.editing import belongings, delete_person

    with open_repo(db) as repo:
        who = resolve_person(repo, query)
        label = f"{who.name} (#{who.id}{', ' + who.headline if who.headline else ''})"
        goes = belongings(repo, who.key)
        if not yes:
            try:
                sure = click.confirm(_("Delete {label} with {goes}?").format(label=label, goes=goes), default=False)
            except click.Abort:
                sure = False
            if not sure:
                raise Fail(_("nothing deleted (add --yes to delete without asking)"))
        delete_person(repo, who.key)
        click.echo(
            _("Deleted {label} with {goes}; `netevent person restore '#{id}'` brings them back").format(
                label=label, goes=goes, id=who.id
            )
        )


@person.command("restore")
@click.argument("query", metavar="[PERSON]", required=False)
@db_option
def person_restore(query: str | None, db: str | None) -> None:
    """Bring a deleted person back from the trash, with everything that went with them.

    Without PERSON, lists who is in the trash.
    """
    from netevent.services.editing import find_trashed, restore_person

    with open_repo(db, read_only=query is None) as repo:
        if query is None:
            items = repo.trashed()
            if not items:
                click.echo(_("The trash is empty."))
            for item in items:
                when = item.deleted[:16].replace("T", " ")
                headline = f", {item.headline}" if item.headline else ""
                click.echo(
                    _("#{person_id}  {name}{headline} — deleted {when}, with {summary}").format(
                        person_id=item.person_id, name=item.name, headline=headline, when=when, summary=item.summary()
                    )
                )
            return
        with fail_on_bad_input():
            item = find_trashed(repo, query)
            back = restore_person(repo, item.id)
        click.echo(
            _("Restored {name} (#{id}) with {summary}").format(name=back.name, id=back.id, summary=item.summary())
        )


@person.command("merge")
@click.argument("keep", metavar="KEEP")
@click.argument("other", metavar="OTHER")
@click.option(
    "--dry-run", is_flag=True, help=_("Show each field where they differ and what the result keeps; write nothing.")
)
@db_option
def person_merge(keep: str, other: str, dry_run: bool, db: str | None) -> None:
    """Merge OTHER into KEEP: one person with both people's details, notes, ledger, follow-ups and rooms.

    KEEP's details win where both have one; OTHER's are kept as extra details.
    """
    from netevent.services.merging import merge_people, plan_merge

    with open_repo(db, read_only=dry_run) as repo:
        first, second = resolve_person(repo, keep), resolve_person(repo, other)
        with fail_on_bad_input():
            plan = (plan_merge if dry_run else merge_people)(repo, first.key, second.key)
        for line in plan.lines():
            click.echo(line)
        click.echo(
            _("Dry run: nothing was written.")
            if dry_run
            else _("Merged: {name} (#{id}) is one person now.").format(name=first.name, id=first.id)
        )


def _when(stamp: str) -> str:
    """When a change was made, as the language writes a date: "01-12-2026 18:34" (Danish) or "2026-12-01 18:34"."""
    from netevent.i18n import format_date_field

    return f"{format_date_field(stamp[:10])} {stamp[11:16]}".strip()


@click.command()
@click.option("--list", "show_list", is_flag=True, help=_("List the changes undo can take back, newest first."))
@db_option
def undo(show_list: bool, db: str | None) -> None:
    """Undo the last change to your data (again for the one before it), and say what it was.

    Every change is undoable: adding, editing, deleting and merging people,
    met, targets, gives and gets, follow-ups, notes, events and imports.
    """
    from netevent.services.editing import undo as undo_change
    from netevent.services.editing import undo_history

    with open_repo(db, read_only=show_list) as repo:
        if show_list:
            entries = undo_history(repo)
            if not entries:
                click.echo(_("Nothing to undo."))
            for number, entry in enumerate(entries, start=1):
                click.echo(f"{number:>2}. {_when(entry.at)}  {translate_stored(entry.what)}")
            return
        entry = undo_change(repo)
        click.echo(_("Undid: {what} ({replace})").format(what=translate_stored(entry.what), replace=_when(entry.at)))

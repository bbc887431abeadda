"""`netevent synonyms`: your own words that mean the same, for matching."""

from __future__ import annotations

import click

from netevent.cli.common import db_option, echo, fail_on_bad_input, open_repo
from netevent.i18n import _

__all__ = ["synonyms"]


@click.group()
def synonyms() -> None:
    """Words that mean the same to you (matching already knows a few hundred, Danish and English)."""


@synonyms.command("add")
@click.argument("first")
@click.argument("second")
@db_option
def add(first: str, second: str, db: str | None) -> None:
    """Make FIRST and SECOND mean the same, e.g. `netevent synonyms add kreditorstyring bogholderi`.

    Each also takes the other's meanings from the built-in thesaurus. Quote
    a phrase: `netevent synonyms add "løn og personale" payroll`.
    """
    from netevent.services.synonyms import add_synonym

    with open_repo(db) as repo, fail_on_bad_input():
        a, b = add_synonym(repo, first, second)
    echo(_("Added: {a} = {b} (matching uses it from now on)").format(a=a, b=b))


@synonyms.command("remove")
@click.argument("first")
@click.argument("second")
@db_option
def remove(first: str, second: str, db: str | None) -> None:
    """Forget a pair you added (in either order)."""
    from netevent.services.synonyms import remove_synonym

    with open_repo(db) as repo, fail_on_bad_input():
        a, b = remove_synonym(repo, first, second)
    echo(_("Removed: {a} = {b}").format(a=a, b=b))


@synonyms.command("list")
@db_option
def list_command(db: str | None) -> None:
    """Show the pairs you added."""
    from netevent.services.synonyms import synonyms as pairs

    with open_repo(db, read_only=True) as repo:
        found = pairs(repo)
    if not found:
        echo(_("No words of your own yet (add one: netevent synonyms add WORD OTHER)"))
    for a, b in found:
        echo(f"{a} = {b}")

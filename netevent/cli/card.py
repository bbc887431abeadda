"""`netevent card`: your contact card as vCard 3.0, a QR code in the terminal, or a QR image."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import click

from netevent.cli.common import Fail, db_option, echo, fail_on_bad_input, open_repo, write_file
from netevent.domain.visible import visible
from netevent.i18n import _

if TYPE_CHECKING:
    from netevent.domain.models import Profile

__all__ = ["card"]


@click.command()
@click.option("--qr", is_flag=True, help=_("Draw the card as a QR code that a phone camera adds as a contact."))
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(path_type=str),
    help=_("Write to this file: .png or .svg saves the QR code as an image, anything else the vCard."),
)
@db_option
def card(qr: bool, output: str | None, db: str | None) -> None:
    """Print your contact card (vCard 3.0: name, company, role, phone, email, web, your pitch as the note).

    \b
    Set its details with `netevent profile --name … --email … --phone … --url …`.
    In the app, `c` shows the QR code full-screen.
    """
    from netevent.io.profile_card import profile_vcard
    from netevent.io.qr import IMAGE_KINDS, image_bytes

    kind = Path(output).suffix.lower().lstrip(".") if output else ""
    if qr and output and kind not in IMAGE_KINDS:
        raise Fail(_("a QR code is saved as .png or .svg, not {name!r}").format(name=Path(output).name))
    with open_repo(db, read_only=True) as repo:
        profile = repo.profile
    with fail_on_bad_input():
        text = profile_vcard(profile)
    if output is not None:
        path = Path(output).expanduser()
        if kind in IMAGE_KINDS:
            write_file(path, image_bytes(text, kind))
            click.echo(_("Wrote the QR code of your card to {output}").format(output=output))
        else:
            write_file(path, text.encode("utf-8"))
            click.echo(_("Wrote your card to {output}").format(output=output))
        return
    if qr:
        _draw(profile)
        return
    # The user's words have their control characters shown, not sent; the vCard's own CRLF line ends stay.
    click.echo("\r\n".join(visible(line) for line in text.split("\r\n")), nl=False)


def _draw(profile: Profile) -> None:
    """Draw the code to fit the terminal (any size when the output goes to a file), with a caption."""
    from netevent.io.qr import ANSI_OFF, ANSI_ON, CAPTION_WIDTH, caption, card_code, fit_code, half_block_lines

    limited = sys.stdout.isatty() or "LINES" in os.environ or "COLUMNS" in os.environ
    size = shutil.get_terminal_size()
    columns, rows = size.columns, size.lines - 1  # the shell's prompt takes the last line
    with fail_on_bad_input():
        code, beside = fit_code(profile, columns, rows) if limited else (card_code(profile), False)
    lines, words = half_block_lines(code), caption(profile, code)
    if beside:
        wrapped = [part for line in words for part in textwrap.wrap(line, max(CAPTION_WIDTH, columns - code.width - 2))]
        start = max(0, (len(lines) - len(wrapped)) // 2)
        for number, line in enumerate(lines):
            side = wrapped[number - start] if 0 <= number - start < len(wrapped) else ""
            click.echo(f"{ANSI_ON}{line}{ANSI_OFF}  {visible(side)}".rstrip())  # the code's colours are ours
        return
    for line in lines:
        click.echo(f"{ANSI_ON}{line}{ANSI_OFF}")
    for line in words:
        echo(line)

"""`c` shows your card as a QR code full-screen; a phone reads it; Esc returns; the pitch form holds its details."""

from __future__ import annotations

from pathlib import Path

import vobject

from netevent.domain.models import Profile
from netevent.io.profile_card import profile_vcard
from netevent.storage.repository import Repository
from netevent.tui.screens.card_code import CardCodeScreen
from netevent.tui.screens.main import MainScreen
from netevent.tui.widgets.people_list import PeopleList

from ..helpers.common import reopen
from ..helpers.drive import settle
from ..helpers.qr import block_lines, caption_text, decode_blocks
from ..helpers.seed import PROFILE


def shown(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#card-code").render())


def with_contact(path: Path) -> Profile:
    with Repository.open(path) as repo:
        profile = Profile(**{**PROFILE.to_doc(), "email": "mette@lund.dk", "phone": "+45 40 50 60 70"})
        repo.set_profile(profile)
    return profile


async def test_c_shows_the_whole_card_on_a_big_screen_and_esc_returns(open_app, seeded_db: Path) -> None:
    profile = with_contact(seeded_db)
    app = open_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, CardCodeScreen)
        text = shown(app)
        assert "Mette Lund: point a phone camera here" in text and "Left out" not in text
        assert decode_blocks(block_lines(text)) == profile_vcard(profile)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)


async def test_at_80x24_the_code_fits_and_says_it_left_the_pitch_out(open_app, seeded_db: Path) -> None:
    profile = with_contact(seeded_db)
    app = open_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("c")
        await settle(app, pilot)
        text = shown(app)
        assert len(text.splitlines()) == 24 and all(len(line) == 80 for line in text.splitlines())
        assert "Left out to fit this window: your pitch" in caption_text(text) and "Esc: back" in caption_text(text)
        card = vobject.readOne(decode_blocks(block_lines(text)))
        assert (card.fn.value, card.tel.value, card.email.value) == (profile.name, profile.phone, profile.email)
        assert "note" not in card.contents


async def test_without_a_name_c_opens_your_profile_and_the_form_saves_the_contact_details(
    open_app, seeded_db: Path
) -> None:
    with Repository.open(seeded_db) as repo:
        repo.set_profile(Profile())
    app = open_app()
    async with app.run_test(size=(100, 40)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("c")
        await settle(app, pilot)
        assert not isinstance(app.screen, CardCodeScreen)
        form = app.screen
        for name, value in (
            ("name", "Mette Lund"),
            ("email", "mette@lund.dk"),
            ("phone", "+45 40 50 60 70"),
            ("url", "https://lund.dk"),
        ):
            form.query_one(f"#field-{name}").value = value
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, CardCodeScreen)
    with reopen(seeded_db) as saved:
        assert (saved.profile.name, saved.profile.email, saved.profile.phone, saved.profile.url) == (
            "Mette Lund",
            "mette@lund.dk",
            "+45 40 50 60 70",
            "https://lund.dk",
        )

"""The add dialog's one-line field takes a pasted vCard or MECARD and fills the form from it."""

from __future__ import annotations

from pathlib import Path

from textual import events

from netevent.tui.widgets.people_list import PeopleList

from ..helpers.common import named, reopen
from ..helpers.drive import settle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "real"


async def test_a_pasted_android_vcard_fills_the_form_and_keeps_its_extras(open_app, seeded_db: Path):
    card = (FIXTURES / "android_qp_soft_break.vcf").read_text(encoding="utf-8")
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("a")
        await pilot.pause()
        line = app.screen.query_one("#quick-line")
        line.post_message(events.Paste(card))
        await pilot.pause()
        assert app.screen.query_one("#field-name").value == "Jovan Petrović"
        assert app.screen.query_one("#field-phone").value == "099 555 2188"
        assert line.value == ""  # the card did not end up as text in the one-line field
        await pilot.press("enter")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        jovan = named(saved, "Jovan Petrović")
        assert (jovan.phone, jovan.email) == ("099 555 2188", "jovan@petrovic.rs")
        assert dict(jovan.extra) == {"Phone 2": "+381 11 555 0142"}


async def test_a_mecard_typed_or_pasted_on_one_line_fills_the_form(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#quick-line").value = "MECARD:N:Nørby,Pia;TEL:+4512345678;EMAIL:pia@norby.dk;;"
        await pilot.pause()
        assert app.screen.query_one("#field-name").value == "Pia Nørby"
        assert app.screen.query_one("#field-email").value == "pia@norby.dk"
        await pilot.press("enter")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        pia = named(saved, "Pia Nørby")
        assert (pia.phone, pia.email) == ("+4512345678", "pia@norby.dk")

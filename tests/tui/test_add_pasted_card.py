"""The add dialog's one-line field takes a pasted vCard or MECARD and fills the form from it."""

from __future__ import annotations

from pathlib import Path

from textual import events

from netevent.tui.dialogs.duplicate import DuplicateModal
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


CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lindqvist;Karin;;;\r\nFN:Karin Lindqvist\r\nORG:Lindqvist Design AB\r\n"
    "TITLE:Art director\r\nTEL;TYPE=CELL:+46 70 123 45 67\r\nEMAIL;TYPE=INTERNET:karin@lindqvist.se\r\n"
    "URL:https://lindqvist.se\r\nCATEGORIES:Design,Malmö\r\nNOTE:Mødt ved kaffen\\, vil gerne eksportere\r\n"
    "END:VCARD\r\n"
)


async def test_a_pasted_card_creates_the_person_with_every_field_met_at_the_current_event(
    open_app, seeded_db: Path
) -> None:
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#quick-line").post_message(events.Paste(CARD))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        karin = named(saved, "Karin Lindqvist")
        assert (karin.company, karin.role, karin.phone) == ("Lindqvist Design AB", "Art director", "+46 70 123 45 67")
        assert (karin.email, karin.url, karin.tags) == (
            "karin@lindqvist.se",
            "https://lindqvist.se",
            ("Design", "Malmö"),
        )
        assert karin.about == "Mødt ved kaffen, vil gerne eksportere"
        event = saved.current_event()
        assert event.attendance(karin.id).met and karin.first_met_at == event.name


async def test_a_pasted_mecard_joins_the_room_as_met(open_app, seeded_db: Path) -> None:
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#quick-line").post_message(
            events.Paste("MECARD:N:Holm,Lars;ORG:Holm Byg;TEL:+4522334455;URL:https://holmbyg.dk;;")
        )
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        lars = named(saved, "Lars Holm")
        assert (lars.company, lars.phone, lars.url) == ("Holm Byg", "+4522334455", "https://holmbyg.dk")
        assert saved.current_event().attendance(lars.id).met


async def test_a_mecard_without_a_name_says_so_and_adds_nobody(open_app, seeded_db: Path) -> None:
    with reopen(seeded_db) as before:
        count = before.people_count
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#quick-line").post_message(events.Paste("MECARD:TEL:+4512345678;EMAIL:x@y.dk;;"))
        await pilot.pause()
        assert "the MECARD has no name (N:)" in str(app.screen.query_one("#quick-preview").render())
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "needs a name" in str(app.screen.query_one("#form-error").render())
    with reopen(seeded_db) as saved:
        assert saved.people_count == count


async def test_a_pasted_card_of_someone_stored_asks_first_and_merges_its_details_in(open_app, seeded_db: Path) -> None:
    """Their phone's card of a person you already have: the duplicate guard asks, the merge keeps both sides."""
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Søren Ærø\r\nN:Ærø;Søren;;;\r\nTEL;TYPE=CELL:+45 20 30 40 50\r\n"
        "EMAIL:soren@aero.dk\r\nURL:https://aero.dk\r\nEND:VCARD\r\n"
    )
    with reopen(seeded_db) as before:
        count, soren = before.people_count, named(before, "Søren Ærø")
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one(PeopleList).focus()
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#quick-line").post_message(events.Paste(card))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, DuplicateModal)
        assert "Søren Ærø (#1" in str(app.screen.query_one("#duplicate-found").render())
        await pilot.press("m")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        assert saved.people_count == count
        merged = saved.person(soren.id)
        assert merged is not None and merged.company == soren.company and merged.url == "https://aero.dk"
        assert saved.current_event().attendance(soren.id).met

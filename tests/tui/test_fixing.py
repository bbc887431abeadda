"""Fixing a mistake in the app: E edits, D deletes, M merges, u undoes; the add asks before a duplicate."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Footer, Input, Label, OptionList, Static

from netevent.domain.models import Note, Person
from netevent.storage.repository import Repository
from netevent.tui.dialogs.confirm import ConfirmModal
from netevent.tui.dialogs.duplicate import DuplicateModal
from netevent.tui.dialogs.edit_person import EditPersonModal
from netevent.tui.dialogs.merge import MergeModal
from netevent.tui.widgets.person_card import PersonCard

from ..helpers.common import named, reopen
from ..helpers.drive import names_in_list, plain, search, settle, title


async def open_person(app, pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    """Find someone and leave the search box, so one-letter keys act on them."""
    await search(app, pilot, query)
    await pilot.press("enter")
    await settle(app, pilot)


def messages(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(n.message) for n in app._notifications]


async def test_e_edits_every_field_and_u_takes_it_back(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_person(app, pilot, "jens")
        await pilot.press("E")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EditPersonModal)
        assert form.query_one("#field-needs", Input).value == "advokat med speciale i selskabsret"
        form.query_one("#field-company", Input).value = "Holm Cloud"
        form.query_one("#field-needs", Input).value = ""  # the need was met
        form.query_one("#field-strengths", Input).value = "IT-sikkerhed; cloud; Kubernetes"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        card = plain(app.screen.query_one(PersonCard).text)
        assert "CTO, Holm Cloud" in card and "Kubernetes" in card and "selskabsret" not in card
        with reopen(seeded_db) as saved:
            jens = named(saved, "Jens Holm")
            assert (jens.company, jens.needs) == ("Holm Cloud", ())
            assert jens.strengths == ("IT-sikkerhed", "cloud", "Kubernetes")
        await pilot.press("u")
        await settle(app, pilot)
        assert "Undid: Edited Jens Holm" in messages(app)
        assert "CTO, Holm IT" in plain(app.screen.query_one(PersonCard).text)
    with reopen(seeded_db) as saved:
        jens = named(saved, "Jens Holm")
        assert (jens.company, jens.needs) == ("Holm IT", ("advokat med speciale i selskabsret",))


async def test_the_edit_form_refuses_a_name_without_letters(open_app, seeded_db: Path):
    before = seeded_db.read_bytes()
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_person(app, pilot, "jens")
        await pilot.press("E")
        await pilot.pause()
        app.screen.query_one("#field-name", Input).value = "!!! ..."
        await pilot.press("enter")
        await pilot.pause()
        assert "a name needs letters" in str(app.screen.query_one("#form-error", Static).render())
        assert isinstance(app.screen, EditPersonModal)
    assert seeded_db.read_bytes() == before


async def test_d_asks_naming_them_deletes_and_u_brings_them_back(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_person(app, pilot, "jens")
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        question = str(app.screen.query_one("#form-title", Label).render())
        assert question.startswith("Delete Jens Holm (CTO, Holm IT) with 1 ask and 1 room place?")
        await pilot.press("y")
        await settle(app, pilot)
        assert "Jens Holm" not in names_in_list(app)
        assert "Deleted Jens Holm — u undoes" in messages(app)
        with reopen(seeded_db) as saved:
            assert [t.name for t in saved.trashed()] == ["Jens Holm"]
            assert "Jens Holm" not in [p.name for p in saved.people()]
        await pilot.press("u")
        await settle(app, pilot)
        assert "Jens Holm" in names_in_list(app)
    with reopen(seeded_db) as saved:
        assert saved.trashed() == []
        assert named(saved, "Jens Holm").id in saved.current_event().person_ids  # type: ignore[union-attr]


async def test_d_then_n_keeps_them(open_app, seeded_db: Path):
    before = seeded_db.read_bytes()
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_person(app, pilot, "jens")
        await pilot.press("D")
        await pilot.press("n")
        await settle(app, pilot)
        assert "Jens Holm" in names_in_list(app)
    assert seeded_db.read_bytes() == before


async def test_m_offers_the_likely_duplicate_previews_and_merges(open_app, seeded_db: Path):
    with Repository.open(seeded_db) as repo:
        twin = repo.save_person(Person(name="Soren Aero", phone="+45 22 17 54 52", strengths=("revision",)))
        repo.save_note(Note(twin.key, "Mødt i døren"))
    app = open_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_person(app, pilot, "søren ærø")
        await pilot.press("M")
        await settle(app, pilot)  # the likely duplicates are looked for off the UI thread
        options = app.screen.query_one("#chooser-list", OptionList)
        first = str(options.get_option_at_index(0).prompt)
        assert "Soren Aero" in first and "same name" in first
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MergeModal)
        preview = str(app.screen.query_one("#merge-preview", Static).render())
        assert "phone: +45 22 17 54 52 (from #" in preview
        assert "strengths: skatterådgivning, moms | revision → skatterådgivning, moms, revision" in preview
        await pilot.press("y")
        await settle(app, pilot)
        assert title(app.screen.query_one(PersonCard)) == "Søren Ærø"
        with reopen(seeded_db) as saved:
            assert [p.name for p in saved.people() if p.name.startswith("S")] == ["Søren Ærø"]
            soren = named(saved, "Søren Ærø")
            assert soren.phone == "+45 22 17 54 52"
            assert [n.text for n in saved.notes_for(soren.key)] == ["Mødt i døren"]
        await pilot.press("u")
        await settle(app, pilot)
    with reopen(seeded_db) as saved:
        assert named(saved, "Soren Aero").id == twin.id


async def test_the_add_asks_before_a_duplicate_and_can_open_the_one_you_have(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_person(app, pilot, "jens")
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#quick-line", Input).value = "Søren Ærø, Ærø Revision - revision"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DuplicateModal)
        found = str(app.screen.query_one("#duplicate-found", Static).render())
        assert "Søren Ærø (#1, Partner, Ærø Revision): same name and company" in found
        await pilot.press("o")
        await settle(app, pilot)
        assert title(app.screen.query_one(PersonCard)) == "Søren Ærø"
    with reopen(seeded_db) as saved:
        assert saved.people_count == 5


async def test_the_add_can_merge_the_new_details_or_add_anyway(open_app, seeded_db: Path):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        for choice in ("m", "a"):
            await open_person(app, pilot, "jens")
            await pilot.press("a")
            await pilot.pause()
            app.screen.query_one("#quick-line", Input).value = "Søren Ærø, Ærø Revision - revision"
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press(choice)
            await settle(app, pilot)
    with reopen(seeded_db) as saved:
        sorens = [p for p in saved.people() if p.name == "Søren Ærø"]
        assert len(sorens) == 2  # merged once, then added anyway
        assert sorens[0].strengths == ("skatterådgivning", "moms", "revision")
        assert saved.current_event().attendance(sorens[0].key).met  # type: ignore[union-attr]


async def test_a_name_without_letters_is_refused_in_the_add(open_app, seeded_db: Path):
    before = seeded_db.read_bytes()
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_person(app, pilot, "jens")
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#quick-line", Input).value = "!!! ..."
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "'!!! ...' is not a name: a name needs letters" in str(app.screen.query_one("#form-error").render())
        await pilot.press("escape", "y")
        await settle(app, pilot)
    assert seeded_db.read_bytes() == before


async def test_u_with_nothing_to_undo_says_so_and_the_footer_shows_it(open_app, seeded_db: Path):
    before = seeded_db.read_bytes()
    app = open_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_person(app, pilot, "jens")
        footer_keys = [key.description for key in app.screen.query_one(Footer).query("FooterKey")]
        assert "Undo" in footer_keys and "Help" in footer_keys  # both fit at 80 columns
        await pilot.press("u")
        await settle(app, pilot)
        assert "Nothing to undo" in messages(app)
    assert seeded_db.read_bytes() == before


async def test_help_lists_the_keys_that_fix_a_mistake(open_app):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_person(app, pilot, "jens")
        await pilot.press("question_mark")
        await pilot.pause()
        page = app.screen.query_one("Markdown").source
        for key, words in (("E", "Edit this person"), ("D", "Delete this person"), ("M", "Merge this person"),
                           ("u", "Undo the last change")):  # fmt: skip
            assert f"| {key} | {words}" in page

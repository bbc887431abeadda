"""A person's history, the card's "since last time" line, a target's outcome, and the one-to-one worksheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from netevent.domain.models import Attendance, Event, FollowUp, Note, Person, Profile, ValidationError, replace
from netevent.domain.timeline import told
from netevent.io.briefing_markdown import briefing_markdown
from netevent.services.asks import add_ask, set_ask_status
from netevent.services.cards import card_data, card_parts
from netevent.services.editing import undo_history
from netevent.services.finder import PeopleFinder
from netevent.services.ledger import log_give
from netevent.services.referrals import add_referral, set_referral_status
from netevent.services.review import review_summary
from netevent.services.rooms import record_outcome
from netevent.services.timeline import timeline
from netevent.storage.repository import Repository

from ..helpers.common import reopen


@pytest.fixture
def history(repo: Repository) -> tuple[Repository, int, dict[str, int]]:
    """Jens: in the room at September (met) and October (not met), with a note, an ask, a give and a promise."""
    repo.set_profile(Profile(name="Mette", offers=("bogføring",)))
    jens = repo.save_person(Person(name="Jens Holm", role="CTO", company="Holm IT", first_met_on="2026-09-03",
                                   first_met_at="Nord september", goals=("vokse i Tyskland",)))  # fmt: skip
    sep = repo.save_event(Event(name="Nord september", network="Nord", date="2026-09-03",
                                attendees=(Attendance(jens.key, met=True),)))  # fmt: skip
    octo = repo.save_event(Event(name="Nord oktober", network="Nord", date="2026-10-01",
                                 attendees=(Attendance(jens.key),)))  # fmt: skip
    today = repo.save_event(Event(name="Nord november", network="Nord", date="2026-11-26",
                                  attendees=(Attendance(jens.key, target=True, reason="revisor?"),)))  # fmt: skip
    repo.set_current_event(today.id)
    repo.save_note(Note(jens.key, "Vil til Tyskland.\n→ Send kontakt", event_id=sep.id, created="2026-09-03T08:10:00"))
    ask = add_ask(repo, jens.key, "revisor", event_id=sep.id, since="2026-09-03")
    give = log_give(repo, jens.key, "Intro til Åse", kind="intro", event_id=sep.id, date="2026-09-03")
    set_ask_status(repo, ask.key, "helped", line="via Åse", on="2026-09-10", helped_by=[give.key])
    repo.save_followup(FollowUp(jens.key, "Send kontakt", due="2026-09-10", created="2026-09-03"))
    ref = add_referral(repo, jens.key, "Henviste en kunde", direction="got", event_id=sep.id, date="2026-09-03")
    set_referral_status(repo, ref.key, "closed", amount=12000, on="2026-10-15")
    return repo, jens.key, {"sep": sep.key, "oct": octo.key, "today": today.key}


def test_the_timeline_tells_everything_oldest_first(history) -> None:  # type: ignore[no-untyped-def]
    repo, jens, _events = history
    lines = [(m.date, told(m)) for m in timeline(repo, jens, today="2026-11-26").moments]
    assert lines == [
        ("2026-09-03", "Nord september: met ✓"),
        ("2026-09-03", "Note at Nord september: Vil til Tyskland."),
        ("2026-09-03", "Asked for: revisor (at Nord september) — now helped"),
        ("2026-09-03", "You gave (intro): Intro til Åse"),
        ("2026-09-03", "Referral from them: Henviste en kunde — closed"),
        ("2026-09-03", "Promised: Send kontakt (due 2026-09-10)"),
        ("2026-09-10", "Ask helped: revisor — via Åse"),
        ("2026-10-01", "Nord oktober: in the room, not met"),
        ("2026-10-15", "Referral closed: Henviste en kunde · 12,000 kr (credited to Nord september)"),
        ("2026-11-26", "Nord november: in the room, not met · ★ target: revisor?"),
    ]
    note = timeline(repo, jens, today="2026-11-26").moments[1]
    assert note.detail == "→ Send kontakt" and note.ref is None


def test_the_timeline_speaks_danish_and_the_file_stays_english(history, danish, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo, jens, events = history
    record_outcome(repo, events["today"], jens, "senere", "ringer i december")
    with repo.batch(undoable=False):
        repo.save_followup(FollowUp(jens, "Ring", due="2026-10-01", created="2026-09-03", done=True,
                                    done_on="2026-10-02"))  # fmt: skip
    history_now = timeline(repo, jens, today="2026-11-26")
    lines = [told(m) for m in history_now.moments]
    assert lines == [
        "Nord september: mødt ✓",
        "Note ved Nord september: Vil til Tyskland.",
        "Ønskede: revisor (ved Nord september) — nu hjulpet",
        "Du gav (introduktion): Intro til Åse",
        "Henvisning fra dem: Henviste en kunde — lukket",
        "Lovede: Send kontakt (frist 10. sep. 2026)",
        "Lovede: Ring (frist 1. okt. 2026)",
        "Ønske hjulpet: revisor — via Åse",
        "Nord oktober: i lokalet, ikke mødt",
        "Holdt for sent: Ring",
        "Henvisning lukket: Henviste en kunde · 12.000 kr (krediteret Nord september)",
        "Nord november: mødt ✓ · ★ mål: revisor? · ikke endnu, senere: ringer i december",
    ]
    assert history_now.since == "Nord september (3. sep. 2026) · 0 åbne ønsker · 1 åbent løfte · giveandel 50 %"
    with reopen(db_path) as again:
        assert again.ask(1).history == (("2026-09-10", "helped", "via Åse"),)  # type: ignore[union-attr]
        assert again.current_event().attendance(jens).outcome == "later"  # type: ignore[union-attr]
        assert undo_history(again)[0].what == "Jens Holm at Nord november: not yet, later"


def test_lines_netevent_wrote_in_english_are_shown_in_danish(repo: Repository, danish) -> None:  # type: ignore[no-untyped-def]
    from netevent.i18n import translate_stored
    from netevent.services.keep_in_touch import set_keep_in_touch

    jens = repo.save_person(Person(name="Jens Holm", needs=("revisor",)))
    repo.save_person(replace(jens, needs=()))  # taken out of the needs: the ask is dropped, in English
    set_keep_in_touch(repo, jens.key, 61)
    ask = repo.asks(jens.key)[0]
    assert ask.history[-1][1:] == ("dropped", "taken out of their needs")
    assert [told(m) for m in timeline(repo, jens.key).moments][-1] == "Ønske droppet: revisor — taget ud af deres behov"
    labels = [translate_stored(entry.what) for entry in undo_history(repo)[:1]]
    assert labels == ["Hold kontakten med Jens Holm: 2m"]


def test_the_card_says_since_last_time_first(history) -> None:  # type: ignore[no-untyped-def]
    repo, jens, _events = history
    card = card_data(repo, PeopleFinder(repo), repo.person(jens), today="2026-11-26")  # type: ignore[arg-type]
    assert card.since == "Nord september (2026-09-03) · 0 open asks · 1 open promise · give share 50 %"
    parts = card_parts(card)
    assert (parts[0].kind, parts[0].label) == ("since", "Since last time")
    assert ("Goals", "vokse i Tyskland") in [(p.label, p.text) for p in parts]


def test_someone_never_met_before_has_no_since_line(repo: Repository) -> None:
    bo = repo.save_person(Person(name="Bo", needs=("moms",)))
    event = repo.save_event(Event(name="I dag", date="2026-11-26", attendees=(Attendance(bo.key, met=True),)))
    repo.set_current_event(event.id)
    card = card_data(repo, PeopleFinder(repo), bo, today="2026-11-26")
    assert card.since == "" and card_parts(card)[0].kind != "since"


def test_closing_the_loop_on_a_target(history, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo, jens, events = history
    event = record_outcome(repo, events["today"], jens, "ja", "  fik navnet på  deres revisor ", today="2026-11-26")
    place = event.attendance(jens)
    assert (place.met, place.outcome, place.outcome_line) == (True, "yes", "fik navnet på deres revisor")  # type: ignore[union-attr]
    summary = review_summary(repo, repo.event(events["today"]))  # type: ignore[arg-type]
    assert [(p.name, a.outcome) for p, a in summary.met_targets] == [("Jens Holm", "yes")]
    last = timeline(repo, jens, today="2026-11-26").moments[-1]
    assert last.text.endswith("got what you came for: fik navnet på deres revisor")
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match="is not one of the targets of Nord oktober"):
        record_outcome(repo, events["oct"], jens, "yes")
    with pytest.raises(ValidationError, match="yes, no, later"):
        record_outcome(repo, events["today"], jens, "maybe")
    assert db_path.read_bytes() == before


def test_a_one_to_one_brief_is_a_gains_worksheet_filled_in_from_last_time(history) -> None:  # type: ignore[no-untyped-def]
    repo, jens, _events = history
    asked = (Attendance(jens, question="Hvem er jeres revisor?"),)
    coffee = repo.save_event(
        Event(name="Kaffe med Jens", date="2026-12-03", purpose="Høre om Tyskland", one_to_one=True, attendees=asked)
    )
    page = briefing_markdown(repo, coffee)
    assert page.startswith("# One-to-one: Jens Holm\n")
    assert "- Last time: Nord september (2026-09-03): “Vil til Tyskland.”" in page
    assert "### Goals" in page and "- Known: vokse i Tyskland" in page
    assert "### Skills" in page and "### Networks" in page and "- Known: *nothing yet*" in page
    assert "- Hvem er jeres revisor?" in page and "Purpose: Høre om Tyskland" in page
    assert page.count("- Today: ") == 5
    group = repo.event(history[2]["today"])  # one person in the room, but a meeting of the group
    assert briefing_markdown(repo, group).startswith("# Briefing: Nord november")

"""The since-last-time brief and the one-page Markdown briefing."""

from __future__ import annotations

import pytest

from netevent.domain.models import Attendance, Event, LedgerEntry, Note, Person, Profile
from netevent.io.briefing_markdown import briefing_markdown
from netevent.io.markdown import md as md_escape
from netevent.services.briefing import since_last_time
from netevent.services.events import NotFound, create_event, update_event
from netevent.services.followups import add_followup, complete_followup
from netevent.services.ledger import log_get, log_give
from netevent.services.rooms import mark_met, set_target
from netevent.storage.repository import Repository


@pytest.fixture
def history(repo: Repository) -> dict[str, int]:
    """Jens was met in October and November; Åse only at the coming meeting."""
    jens = repo.save_person(
        Person(name="Jens Holm", company="Holm Advokater", role="Partner", needs=("bank contact", "CFO"))
    )
    aase = repo.save_person(Person(name="Åse Ærø"))
    octo = create_event(repo, "Oktobermøde", network="Klub", date="2026-10-08")
    nov = create_event(repo, "Novembermøde", network="Klub", date="2026-11-05")
    dec = create_event(repo, "Decembermøde", network="Klub", date="2026-12-03", place="Hotel Nord")
    mark_met(repo, octo.id, jens.id)
    mark_met(repo, nov.id, jens.id)
    repo.save_note(Note(person_id=jens.id, event_id=octo.id, text="October chat", created="2026-10-08T19:00:00"))
    repo.save_note(
        Note(
            person_id=jens.id,
            event_id=nov.id,
            text="\n  Wants  a bank intro.\nSecond line",
            created="2026-11-05T19:00:00",
        )
    )
    log_give(repo, jens.id, "advice on VAT", event_id=octo.id, date="2026-10-08")
    log_give(repo, jens.id, "a referral", event_id=nov.id, date="2026-11-05")
    log_get(repo, jens.id, "tender tip", event_id=nov.id, date="2026-11-05")
    log_give(repo, jens.id, "given at the coming meeting", event_id=dec.id, date="2026-12-03")
    add_followup(repo, jens.id, "send deck", due="2026-11-20", event_id=nov.id)
    kept = add_followup(repo, jens.id, "kept promise", due="2026-11-10", event_id=nov.id)
    complete_followup(repo, kept.id, on="2026-11-09")
    add_followup(repo, jens.id, "from the coming meeting", event_id=dec.id)
    return {"jens": jens.id, "aase": aase.id, "oct": octo.id, "nov": nov.id, "dec": dec.id}  # type: ignore[dict-item]


def test_since_last_time_before_the_coming_meeting(repo: Repository, history: dict[str, int]) -> None:
    brief = since_last_time(repo, history["jens"], repo.event(history["dec"]))
    assert (brief.name, brief.headline) == ("Jens Holm", "Partner, Holm Advokater")
    assert (brief.last_event, brief.last_date) == ("Novembermøde", "2026-11-05")
    assert brief.last_note == "Wants a bank intro."
    assert brief.open_asks == ("bank contact", "CFO")
    assert [f.action for f in brief.promises_not_kept] == ["send deck"]  # not the done one, not today's
    assert [f.action for f in brief.overdue] == ["send deck"]  # due 20 Nov, meeting 3 Dec
    assert [e.what for e in brief.gave] == ["a referral", "advice on VAT"]  # newest first, not today's
    assert [e.what for e in brief.got] == ["tender tip"]
    assert (brief.ledger.gave, brief.ledger.got) == (2, 1)
    assert brief.met_before


def test_since_last_time_looks_only_at_what_came_before(repo: Repository, history: dict[str, int]) -> None:
    brief = since_last_time(repo, history["jens"], repo.event(history["nov"]))
    assert (brief.last_event, brief.last_note) == ("Oktobermøde", "October chat")
    assert [e.what for e in brief.gave] == ["advice on VAT"]
    assert brief.got == ()
    assert brief.promises_not_kept == ()  # promised in November, after October


def test_first_meeting_has_no_history(repo: Repository, history: dict[str, int]) -> None:
    brief = since_last_time(repo, history["aase"], repo.event(history["dec"]))
    assert not brief.met_before
    assert (brief.last_event, brief.last_note, brief.gave, brief.promises_not_kept) == ("", "", (), ())
    assert brief.ledger.give_share is None


def test_since_last_time_without_an_event_uses_everything_until_today(
    repo: Repository, history: dict[str, int]
) -> None:
    brief = since_last_time(repo, history["jens"], None)
    assert brief.last_event == "Novembermøde"  # December lies in the future
    with pytest.raises(NotFound):
        since_last_time(repo, 999, None)


def test_briefing_markdown_has_everything_on_one_page(repo: Repository, history: dict[str, int]) -> None:
    repo.set_profile(
        Profile(name="Mette", pitch="I make *bookkeeping* painless.", offers=("bogføring",), asks=("CFOs",))
    )
    dec = history["dec"]
    update_event(
        repo, dec, purpose="Meet two CFOs", purpose_others="Free VAT check", minutes=120, cost=450,
        messages=("Q1 plans?", "#1 tip: [link]"),
    )  # fmt: skip
    set_target(repo, dec, history["aase"], reason="new in town")
    set_target(repo, dec, history["jens"], reason="bank intro", question="Did Danske call?")
    text = briefing_markdown(repo, repo.event(dec))  # type: ignore[arg-type]

    assert text.startswith("# Briefing: Decembermøde\n")
    assert "2026-12-03 · Hotel Nord" in text
    assert "Network: Klub" in text
    assert "Cost: 2 h, 450 kr" in text
    assert "- For you: Meet two CFOs" in text and "- For the others: Free VAT check" in text
    first, second = text.index("### 1. Åse Ærø"), text.index("### 2. Jens Holm — Partner, Holm Advokater")
    assert first < second  # targets in the order they were starred
    jens_part = text[second:]
    assert "- Why: bank intro" in jens_part and "- Ask: Did Danske call?" in jens_part
    assert "- Last time: Novembermøde (2026-11-05): “Wants a bank intro.”" in jens_part
    assert "- Their open asks: bank contact; CFO" in jens_part
    assert "- Promise not kept: send deck (due 2026-11-20, OVERDUE)" in jens_part
    assert "Give share 67 % (2 gave, 1 got)" in jens_part
    assert "First meeting — no history yet" in text[first:second]
    assert "- Q1 plans?" in text and "- #1 tip: \\[link\\]" in text  # user text shown, not markup
    assert "> I make \\*bookkeeping\\* painless." in text
    assert "- You offer: bogføring" in text and "- You ask for: CFOs" in text


def test_briefing_for_a_bare_event_says_what_is_missing(repo: Repository) -> None:
    event = repo.save_event(Event(name="Konference", attendees=(Attendance(1),)))
    text = briefing_markdown(repo, event)
    assert "*not set — what would make this worth it?*" in text
    assert "*No targets yet — decide whom you want to talk to.*" in text
    assert "*No pitch yet" in text
    assert "Room: 1 person, 0 targets" in text


def test_md_escape_keeps_the_words() -> None:
    assert md_escape("a_b *c* [d](e) <f> | g") == "a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\| g"
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("- not a bullet\nsecond") == "\\- not a bullet second"
    assert md_escape("Søren Ærø") == "Søren Ærø"


def test_ledger_entry_dates_in_brief_are_iso(repo: Repository, history: dict[str, int]) -> None:
    brief = since_last_time(repo, history["jens"], repo.event(history["dec"]))
    assert all(isinstance(e, LedgerEntry) and len(e.date) == 10 for e in brief.gave)

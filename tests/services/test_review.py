"""The review after an event and the 1,000-kr question."""

from __future__ import annotations

import pytest

from netevent.domain.models import Note, Person, Review, ValidationError, today_iso
from netevent.io.review_markdown import review_markdown
from netevent.services.events import NotFound, create_event
from netevent.services.followups import add_followup
from netevent.services.ledger import log_get, log_give, log_introduction
from netevent.services.review import doormat_answer, review_summary, save_review
from netevent.services.rooms import add_to_room, mark_met, set_target
from netevent.storage.repository import Repository


@pytest.fixture
def evening(repo: Repository) -> dict[str, int]:
    """At Decembermøde you met Jens and Åse, missed target Bo, and Carl was in the room."""
    ids = {n: repo.save_person(Person(name=n)).id for n in ("Jens", "Åse", "Bo", "Carl")}
    event = create_event(repo, "Decembermøde", network="Klub", date="2026-12-03", minutes=150, cost=450)
    other = create_event(repo, "Other", date="2026-12-04")
    set_target(repo, event.id, ids["Jens"], reason="banks")
    set_target(repo, event.id, ids["Bo"], reason="export")
    mark_met(repo, event.id, ids["Jens"])
    mark_met(repo, event.id, ids["Åse"])
    add_to_room(repo, event.id, ids["Carl"])
    repo.save_note(Note(person_id=ids["Jens"], event_id=event.id, text="Wants a CFO.\nTODO intro"))
    repo.save_note(Note(person_id=ids["Åse"], event_id=event.id, text="   "))  # empty: not shown
    repo.save_note(Note(person_id=ids["Carl"], event_id=other.id, text="elsewhere"))
    log_give(repo, ids["Jens"], "advice", event_id=event.id)
    log_introduction(repo, ids["Jens"], ids["Åse"], event_id=event.id)
    log_get(repo, ids["Åse"], "a lead", event_id=event.id, amount=2000)
    log_give(repo, ids["Carl"], "not at this event", event_id=other.id)
    add_followup(repo, ids["Jens"], "send deck", due="2026-12-10", event_id=event.id)
    add_followup(repo, ids["Carl"], "other event's", event_id=other.id)
    return {**ids, "event": event.id, "other": other.id}  # type: ignore[dict-item]


def test_review_summary_collects_the_evening(repo: Repository, evening: dict[str, int]) -> None:
    summary = review_summary(repo, repo.event(evening["event"]))  # type: ignore[arg-type]
    assert [p.name for p in summary.met] == ["Jens", "Åse"]
    assert [p.name for p in summary.missed_targets] == ["Bo"]
    assert [(summary.name(n.person_id), n.text.splitlines()[0]) for n in summary.notes] == [("Jens", "Wants a CFO.")]
    assert [e.what for e in summary.gave] == ["advice", "Introduced to Åse", "Introduced to Jens"]
    assert [e.what for e in summary.got] == ["a lead"]
    assert (summary.ledger.gave, summary.ledger.got, summary.ledger.got_amount) == (3, 1, 2000.0)
    assert [f.action for f in summary.followups] == ["send deck"]
    assert (summary.minutes, summary.cost, summary.value, summary.picked_up) == (150, 450.0, 0.0, None)
    assert not summary.reviewed
    assert doormat_answer(summary) == "Not reviewed yet: did you pick up the 1,000 kr? It cost 2 h 30 min and 450 kr."


def test_save_review_and_answer_the_question(repo: Repository, evening: dict[str, int]) -> None:
    saved = save_review(
        repo,
        evening["event"],
        Review(outcomes=("CFO lead", "tender tip"), value=5000, picked_up=True, notes="Good room"),
    )
    assert saved.review.reviewed_on == today_iso()  # type: ignore[union-attr]
    summary = review_summary(repo, saved)
    assert summary.reviewed and summary.outcomes == ("CFO lead", "tender tip")
    assert summary.net == 4550.0
    assert doormat_answer(summary) == (
        "Yes — you picked up the 1,000 kr: value 5,000 kr against 2 h 30 min and 450 kr."
    )
    text = review_markdown(summary)
    assert text.startswith("# Review: Decembermøde\n")
    for part in (
        "## Met (2 of 4 in the room)",
        "## Targets you did not meet\n\n- Bo",
        "give share 75 % (3 gave, 1 got) — aim for 90 %",
        "- got — Åse: a lead",
        "- [ ] send deck — Jens (due 2026-12-10)",
        "- Jens: Wants a CFO.",
        "- CFO lead",
        "## Your thoughts\n\nGood room",
    ):
        assert part in text


def test_not_picked_up_and_undecided(repo: Repository, evening: dict[str, int]) -> None:
    event = save_review(repo, evening["event"], Review(value=100, picked_up=False))
    assert doormat_answer(review_summary(repo, event)).startswith("No — the 1,000 kr stayed under the doormat")
    event = save_review(repo, evening["event"], Review(value=100, reviewed_on="2026-12-04"))
    assert event.review.reviewed_on == "2026-12-04"  # type: ignore[union-attr]
    answer = doormat_answer(review_summary(repo, event))
    assert answer == "Undecided — value 100 kr against 2 h 30 min and 450 kr: no more than it cost in money."


def test_review_survives_reopening(repo: Repository, evening: dict[str, int], db_path) -> None:
    save_review(repo, evening["event"], Review(outcomes=("Ærø deal",), value=1234.5, value_words="a good lead"))
    repo.close()
    with Repository.open(db_path) as again:
        review = again.event(evening["event"]).review  # type: ignore[union-attr]
        assert (review.outcomes, review.value, review.value_words) == (("Ærø deal",), 1234.5, "a good lead")


def test_bad_reviews_are_refused(repo: Repository) -> None:
    with pytest.raises(NotFound):
        save_review(repo, 77, Review())
    with pytest.raises(ValidationError, match="negative"):
        Review(value=-1)

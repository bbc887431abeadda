"""Domain models: validation messages, list cleaning, and exact document round trips."""

from __future__ import annotations

import json
from typing import Any

import pytest

from netevent.domain.models import (
    Attendance,
    Event,
    FollowUp,
    LedgerEntry,
    Note,
    Person,
    Profile,
    Review,
    SchemaError,
    ValidationError,
    clean_list,
    model_fields,
    parse_date,
    replace,
)

# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    "typed",
    [
        "2026-11-26",
        "26-11-2026",
        "26.11.2026",
        "26/11/2026",
        "26-11-26",
        "26.11.26",
        "26/11/26",
        " 2026-11-26 ",
        "2026-11-26T18:30:00",
    ],
)
def test_dates_people_type_are_accepted(typed: str) -> None:
    assert parse_date(typed) == "2026-11-26"


@pytest.mark.parametrize("typed", ["31-02-2026", "2026-13-01", "i morgen", "26 november", "11/26/2026", "26-11"])
def test_bad_dates_are_refused_with_a_message(typed: str) -> None:
    with pytest.raises(ValidationError, match="is not a date") as caught:
        parse_date(typed, "event date")
    assert str(caught.value).startswith("event date ")
    assert typed.strip() in str(caught.value)


def test_an_empty_date_is_no_date() -> None:
    assert parse_date("") == "" and parse_date("   ") == ""


# ------------------------------------------------------------------ validation


@pytest.mark.parametrize(
    "build, message",
    [
        (lambda: Person(name=""), "a person needs a name"),
        (lambda: Person(name="  \t "), "a person needs a name"),
        (lambda: Person(name="Anna", first_met_on="sidste år"), "first met"),
        (lambda: Event(name=""), "an event needs a name"),
        (lambda: Event(name="X", date="32.01.2026"), "event date"),
        (lambda: Event(name="X", minutes=-1), "minutes cannot be negative"),
        (lambda: Event(name="X", cost=-0.5), "cost cannot be negative"),
        (lambda: Review(value=-1), "cannot be negative"),
        (lambda: LedgerEntry("took", 1, "x"), "direction must be 'gave' or 'got'"),
        (lambda: LedgerEntry("gave", 1, "x", kind="bribe"), "kind must be one of intro, referral"),
        (lambda: LedgerEntry("gave", 1, "   "), "say what was given or received"),
        (lambda: LedgerEntry("got", 1, "x", amount=-5), "an amount cannot be negative"),
        (lambda: LedgerEntry("got", 1, "x", date="igår"), "ledger date"),
        (lambda: FollowUp(1, ""), "a follow-up needs an action"),
        (lambda: FollowUp(1, "ring", due="snart"), "due date"),
    ],
)
def test_validation_messages_say_what_is_wrong(build: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        build()


def test_one_line_fields_collapse_whitespace_and_lists_are_cleaned() -> None:
    person = Person(
        name="  Søren \t Ærø ",
        company="Ærø\nRevision",
        tags="BNI; bni ;IT",  # type: ignore[arg-type]  # a typed string is split on ;
        strengths=["  skat  ", "Skat", "", "bogføring"],  # type: ignore[arg-type]
        about="  Første linje\nanden linje  ",
    )
    assert person.name == "Søren Ærø" and person.company == "Ærø Revision"
    assert person.tags == ("BNI", "IT")
    assert person.strengths == ("skat", "bogføring")
    assert person.about == "Første linje\nanden linje"  # free text keeps its lines
    assert person.headline == "Ærø Revision"
    assert Person(name="A", role="Partner", company="Holm").headline == "Partner, Holm"


@pytest.mark.parametrize(
    "given, expected",
    [
        (None, ()),
        ("", ()),
        ("skat; bogføring\nbudget;;", ("skat", "bogføring", "budget")),
        (["Æble", "æble", "ÆBLE "], ("Æble",)),
        (("  tax   law ", "Tax Law", "export"), ("tax law", "export")),
        (["b", "a", "b"], ("b", "a")),
    ],
)
def test_clean_list(given: Any, expected: tuple[str, ...]) -> None:
    assert clean_list(given) == expected


def test_event_helpers() -> None:
    event = Event(
        name="Netværk Nord",
        attendees=(
            Attendance(1, target=True, order=2),
            Attendance(2),
            Attendance(3, target=True, order=1),
        ),
    )
    assert event.person_ids == (1, 2, 3)
    assert [a.person_id for a in event.targets] == [3, 1]
    assert event.attendance(2) == Attendance(2) and event.attendance(9) is None
    changed = event.with_attendance(Attendance(2, met=True))
    assert changed.person_ids == (1, 2, 3) and changed.attendance(2).met  # type: ignore[union-attr]
    added = event.with_attendance(Attendance(4))
    assert added.person_ids == (1, 2, 3, 4)
    assert event.attendance(2).met is False  # type: ignore[union-attr]  # immutable


def test_profile_is_empty() -> None:
    assert Profile().is_empty
    assert not Profile(offers=("skat",)).is_empty


def test_models_are_immutable() -> None:
    person = Person(name="Anna")
    with pytest.raises(AttributeError):
        person.name = "Bo"  # type: ignore[misc]


# ------------------------------------------------------------------ round trips

SAMPLES = [
    Profile(
        name="Mette Lund",
        company="Lund Regnskab",
        role="Revisor",
        pitch="Jeg gør tal enkle.\nOg ærlige.",
        offers=("skat",),
        asks=("advokat",),
        email="m@l.dk",
        phone="+45 12",
    ),
    Person(
        name="Zoë Müller",
        company="Müller & Søn",
        role="CEO",
        email="zoe@example.com",
        phone="+45 20 30 40 50",
        url="https://example.com",
        tags=("eksport", "IT"),
        strengths=("selskabsret",),
        needs=("bogføring",),
        interests=("sejlads",),
        about="Mødtes på [b]Eksportrådet[/b]",
        first_met_on="2026-01-02",
        first_met_at="Eksportrådet",
        extra=(("Hvordan hørte du om os?", "LinkedIn"),),
        id=7,
    ),
    Attendance(3, met=True, target=True, reason="eksport", question="Hvem kender du i Tyskland?", order=2),
    Review(
        outcomes=("ny kunde",), value=12000.0, value_words="stor", picked_up=False, notes="x", reviewed_on="2026-02-01"
    ),
    Event(
        name="Netværk Nord — november",
        network="Netværk Nord",
        date="2026-11-26",
        place="Aarhus",
        purpose="Finde en advokat",
        purpose_others="Hjælpe med skat",
        minutes=120,
        cost=450.0,
        attendees=(Attendance(1), Attendance(2, target=True, order=1)),
        messages=("Hvem kender en IT-virksomhed?",),
        review=Review(picked_up=None),
        id=3,
    ),
    Note(
        person_id=1,
        text="Første note\n- ring fredag",
        event_id=2,
        created="2026-11-26T10:00:00",
        updated="2026-11-26T10:05:00",
        id=4,
    ),
    LedgerEntry(
        "got", 2, "Ny kunde", kind="business", amount=25000.0, event_id=1, date="2026-11-26", with_person_id=3, id=5
    ),
    FollowUp(
        2,
        "Send tilbud",
        due="2026-12-01",
        done=True,
        done_on="2026-11-30",
        event_id=1,
        note_id=4,
        created="2026-11-26",
        id=6,
    ),
]


@pytest.mark.parametrize("model", SAMPLES, ids=lambda m: type(m).__name__)
def test_every_model_round_trips_through_json(model: Any) -> None:
    doc = model.to_doc()
    assert "id" not in doc  # the id is the TinyDB document id
    doc = json.loads(json.dumps(doc))  # what actually reaches the file
    kind = type(model)
    rebuilt = kind.from_doc(doc, id=model.id) if "id" in model_fields(kind) else kind.from_doc(doc)
    assert rebuilt == model
    assert rebuilt.to_doc() == model.to_doc()


def test_missing_optional_fields_get_defaults() -> None:
    assert Person.from_doc({"name": "Anna"}, id=1) == Person(name="Anna", id=1)
    assert Event.from_doc({"name": "X", "review": None}) == Event(name="X")
    assert Person.from_doc({"name": "Anna", "company": None}).company == ""
    note = Note.from_doc({"person_id": 1, "text": "hej", "created": "2026-01-01T00:00:00"})
    assert note.to_doc()["updated"] == "2026-01-01T00:00:00"


@pytest.mark.parametrize(
    "kind, doc, message",
    [
        (Person, {"name": 5}, "field 'name' should be str, not int"),
        (Person, {"name": "A", "tags": "x"}, "field 'tags' should be list"),
        (Person, {"name": "A", "strengths": ["ok", 3]}, "'strengths' should be a list of text"),
        (Person, {"name": "A", "extra": {"q": 1}}, "'extra' should map text to text"),
        (Person, {"name": ""}, "a person needs a name"),
        (Person, ["name"], "a person should be an object"),
        (Profile, {"offers": "skat"}, "field 'offers' should be list"),
        (Event, {"name": "X", "minutes": "120"}, "field 'minutes' should be int"),
        (Event, {"name": "X", "minutes": True}, "field 'minutes' should be int"),
        (Event, {"name": "X", "cost": "450"}, "field 'cost' should be int or float"),
        (Event, {"name": "X", "attendees": {"1": {}}}, "field 'attendees' should be list"),
        (Event, {"name": "X", "attendees": [{"met": True}]}, "an attendee needs a person_id"),
        (Event, {"name": "X", "attendees": [{"person_id": 1, "met": 1}]}, "field 'met' should be bool"),
        (Event, {"name": "X", "attendees": [{"person_id": True}]}, "field 'person_id' should be int"),
        (Event, {"name": "X", "review": {"picked_up": "yes"}}, "'picked_up' should be true, false or null"),
        (Event, {"name": "X", "date": "someday"}, "event date"),
        (Note, {"text": "x"}, "field 'person_id' is missing"),
        (Note, {"person_id": "1", "text": "x"}, "field 'person_id' should be int"),
        (LedgerEntry, {"direction": "took", "person_id": 1, "what": "x"}, "direction must be"),
        (
            LedgerEntry,
            {"direction": "gave", "person_id": 1, "what": "x", "amount": "100"},
            "'amount' should be int or float",
        ),
        (FollowUp, {"person_id": 1, "action": "x", "done": "no"}, "field 'done' should be bool"),
        (FollowUp, {"person_id": 1, "action": ""}, "a follow-up needs an action"),
    ],
)
def test_documents_of_the_wrong_shape_raise_schema_error(kind: Any, doc: Any, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        kind.from_doc(doc)


def test_replace_keeps_validation() -> None:
    person = Person(name="Anna")
    assert replace(person, company=" Holm  Advokater ").company == "Holm Advokater"
    with pytest.raises(ValidationError):
        replace(person, name="")

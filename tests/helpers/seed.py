"""A small fixed network on a real file: five people with Danish letters and brackets, a profile, an event."""

from __future__ import annotations

from pathlib import Path

from netevent.domain.models import Attendance, Event, Note, Person, Profile
from netevent.storage.repository import Repository

PEOPLE = [
    Person(
        name="Søren Ærø",
        company="Ærø Revision",
        role="Partner",
        email="soren@aero.dk",
        strengths=("skatterådgivning", "moms"),
        needs=("kunder i IT-virksomheder",),
        tags=("BNI",),
    ),
    Person(
        name="Åse Øberg",
        company="Øberg Advokater",
        role="Advokat",
        strengths=("selskabsret", "kontrakter"),
        needs=("bogføring for iværksættere",),
    ),
    Person(
        name="Jens Holm",
        company="Holm IT",
        role="CTO",
        strengths=("IT-sikkerhed", "cloud"),
        needs=("advokat med speciale i selskabsret",),
    ),
    Person(name="Ann [/] Lee", company="Bracket [red]Co", strengths=("eksport",), needs=("moms",)),
    Person(name="Zoë Müller", company="Müller Export GmbH", strengths=("eksport til Tyskland",)),
]

PROFILE = Profile(
    name="Mette Lund",
    company="Lund Regnskab",
    pitch="Jeg hjælper iværksættere med bogføring og skat.",
    offers=("bogføring for iværksættere", "skatterådgivning"),
    asks=("introduktion til IT-virksomheder", "advokat med speciale i selskabsret"),
)


def build(path: Path, *, with_event: bool = True) -> Path:
    """Write the small network to `path`."""
    repo = Repository.open(path)
    try:
        with repo.batch(undoable=False):  # the file as it was before the test: nothing to undo
            repo.set_profile(PROFILE)
            saved = [repo.save_person(p) for p in PEOPLE]
            if with_event:
                event = repo.save_event(
                    Event(
                        name="Netværk Nord",
                        network="Netværk Nord",
                        date="2026-11-26",
                        purpose="Find to nye kunder",
                        messages=("Spørg om eksport",),
                        attendees=tuple(Attendance(person_id=p.id) for p in saved[:4]),
                    )
                )
                repo.set_current_event(event.id)
                repo.save_note(
                    Note(person_id=saved[1].id, event_id=None, text="Mødt til frokost", created="2026-10-01T12:00:00")
                )
    finally:
        repo.close()
    return path

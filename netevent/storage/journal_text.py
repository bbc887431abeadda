"""What a change was, in a few words, read from the documents it touched: "Added Ida Kristensen".

Pure Python. The undo journal names every change it keeps, so that an undo
can say what it undid. The services name their own changes (`batch(what)`);
any change that was not named is described here from its before images and
the documents as they are now.
"""

from __future__ import annotations

from collections.abc import Callable

from netevent.storage.commits import Doc

__all__ = ["describe"]

Images = dict[str, dict[int, Doc | None]]
Data = Callable[[str], dict[str, Doc]]

_MOST_PARTS = 3


def describe(changed: Images, data: Data) -> str:
    """One line naming what `changed` (per table, per id, the document before; None: created) did.

    Args:
        changed: the before images of the documents the change touched.
        data: a table's documents as they are now.
    """
    people = data("people")
    before_people = changed.get("people", {})

    def name_of(person_id: object) -> str:
        if not isinstance(person_id, int):
            return "nobody in particular"
        doc = people.get(str(person_id)) or before_people.get(person_id)
        return str(doc.get("name", "")) if doc else f"#{person_id}"

    parts: list[str] = []
    for table, items in changed.items():
        now = data(table)
        made = [i for i, old in items.items() if old is None and str(i) in now]
        gone = [old for i, old in items.items() if old is not None and str(i) not in now]
        kept = [(old, now[str(i)]) for i, old in items.items() if old is not None and str(i) in now]
        if table == "people":
            parts += _counted("added", [name_of(i) for i in made], "people")
            parts += _counted("deleted", [str(d.get("name", "")) for d in gone], "people")
            parts += _counted("changed", [str(new.get("name", "")) for _old, new in kept], "people")
        elif table == "events":
            parts += _counted("added event", [str(now[str(i)].get("name", "")) for i in made], "events")
            parts += _counted("deleted event", [str(d.get("name", "")) for d in gone], "events")
            parts += [_event_change(old, new, name_of) for old, new in kept]
        elif table == "notes":
            about = {name_of(doc.get("person_id")) for doc in [now[str(i)] for i in made] + gone}
            about |= {name_of(new.get("person_id")) for _old, new in kept}
            parts += _counted("note about", sorted(about), "people")
        elif table == "ledger":
            entries = [now[str(i)] for i in made]
            parts += [_ledger(doc, name_of) for doc in entries[:1]] + _more(entries, "ledger entries")
            parts += _counted("removed", [str(d.get("what", "")) for d in gone], "ledger entries")
            parts += _counted("changed", [str(new.get("what", "")) for _old, new in kept], "ledger entries")
        elif table == "followups":
            made_docs = [now[str(i)] for i in made]
            parts += [f"follow-up with {name_of(d.get('person_id'))}: {d.get('action', '')}" for d in made_docs[:1]]
            parts += _more(made_docs, "follow-ups")
            parts += _counted("removed follow-up", [str(d.get("action", "")) for d in gone], "follow-ups")
            parts += [_followup_change(old, new) for old, new in kept]
        elif table == "asks":
            # Asks that follow a change of the person's needs are told by "Changed …" already.
            made_docs = [d for d in (now[str(i)] for i in made) if d.get("person_id") not in before_people]
            parts += [f"ask of {name_of(d.get('person_id'))}: {d.get('text', '')}" for d in made_docs[:1]]
            parts += _more(made_docs, "asks")
            moved = [new for _old, new in kept if new.get("person_id") not in before_people]
            parts += [f"ask {new.get('text', '')!r} {new.get('status', '')}" for new in moved[:1]]
        elif table == "networks":
            parts += [
                f"keep in touch with {(now.get(str(i)) or old or {}).get('name', '')}" for i, old in items.items()
            ][:1]
        elif table == "profile":
            parts.append("your profile and pitch")
    parts = [p for p in parts if p]
    if not parts:
        return "A change"
    text = "; ".join(parts[:_MOST_PARTS]) + ("; …" if len(parts) > _MOST_PARTS else "")
    return text[0].upper() + text[1:]


def _counted(verb: str, names: list[str], plural: str) -> list[str]:
    """`["added Ida"]`, `["added 25 people"]` or `[]`."""
    if not names:
        return []
    if len(names) == 1:
        return [f"{verb} {names[0]}"]
    return [f"{verb} {len(names)} {plural}"]


def _more(items: list[Doc], plural: str) -> list[str]:
    return [f"and {len(items) - 1} more {plural}"] if len(items) > 1 else []


def _ledger(doc: Doc, name_of: Callable[[object], str]) -> str:
    who = name_of(doc.get("person_id"))
    verb = f"gave {who}" if doc.get("direction") == "gave" else f"got from {who}"
    return f"{verb}: {doc.get('what', '')}"


def _followup_change(old: Doc, new: Doc) -> str:
    action = new.get("action", "")
    if bool(old.get("done")) != bool(new.get("done")):
        return f"follow-up {'done' if new.get('done') else 'reopened'}: {action}"
    return f"changed follow-up: {action}"


def _event_change(old: Doc, new: Doc, name_of: Callable[[object], str]) -> str:
    """What changed in an event: mostly who is in its room, met or a target."""
    before = {a.get("person_id"): a for a in old.get("attendees", []) if isinstance(a, dict)}
    after = {a.get("person_id"): a for a in new.get("attendees", []) if isinstance(a, dict)}
    moves: list[str] = []
    for pid, place in after.items():
        was = before.get(pid)
        if was is None:
            moves.append(f"{name_of(pid)} {'met' if place.get('met') else 'put in the room'}")
            continue
        if bool(was.get("met")) != bool(place.get("met")):
            moves.append(f"{name_of(pid)} {'met' if place.get('met') else 'not met'}")
        if bool(was.get("target")) != bool(place.get("target")):
            moves.append(f"{name_of(pid)} {'a target' if place.get('target') else 'no longer a target'}")
        elif place != was and not moves:
            moves.append(f"{name_of(pid)}'s place in the room")
    moves += [f"{name_of(pid)} out of the room" for pid in before if pid not in after]
    event = new.get("name", "")
    if not moves:
        return f"changed event {event}"
    shown = ", ".join(moves[:2]) + (f" and {len(moves) - 2} more" if len(moves) > 2 else "")
    return f"{shown} at {event}"

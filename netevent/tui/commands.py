"""Command palette: jump to anyone by typing part of their name, company or strength."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

__all__ = ["PeopleCommands"]


class PeopleCommands(Provider):
    """Finds people with the same index as the search box, so results agree."""

    async def search(self, query: str) -> Hits:
        """Yield up to ten people matching `query`."""
        from netevent.tui.screens.main import MainScreen

        screen = self.screen
        if not isinstance(screen, MainScreen) or not query.strip():
            return
        repo = self.app.repo  # type: ignore[attr-defined]
        matcher = self.matcher(query)
        for rank, hit in enumerate(repo.search(query, limit=10)):
            person = repo.person(hit.person_id)
            if person is None:
                continue
            label = f"Go to {person.name}"
            score = max(matcher.match(label), 1.0 - rank * 0.05)
            yield Hit(
                score,
                # Names are the user's words: a rich Text is shown as typed,
                # where the matcher's highlight would parse "[/]" as markup.
                Text(label),
                partial(screen.open_person, person.id),
                text=label,
                help=escape(" — ".join(part for part in (person.headline or "person", hit.why) if part)),
            )

    async def discover(self) -> Hits:
        """With an empty query, offer the people in today's targets."""
        from netevent.tui.screens.main import MainScreen

        screen = self.screen
        if not isinstance(screen, MainScreen):
            return
        repo = self.app.repo  # type: ignore[attr-defined]
        event = repo.current_event()
        for attendance in event.targets if event else ():
            person = repo.person(attendance.person_id)
            if person is not None:
                yield DiscoveryHit(
                    Text(f"Go to {person.name}"),
                    partial(screen.open_person, person.id),
                    text=f"Go to {person.name}",
                    help=escape(f"Today's target — {attendance.reason or person.headline}"),
                )

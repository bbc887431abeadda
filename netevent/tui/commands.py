"""Command palette: jump to anyone by typing part of their name, company or strength."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from netevent.domain.visible import visible
from netevent.i18n import _
from netevent.tui.host import host

__all__ = ["PeopleCommands"]


class PeopleCommands(Provider):
    """Finds people with the same finder as the search box, so results agree.

    Offered on a screen that can open a person (it has `open_person`).
    """

    def _opener(self) -> Callable[[int], None] | None:
        return getattr(self.screen, "open_person", None)

    async def search(self, query: str) -> Hits:
        """Yield up to ten people matching `query` (searched off the UI thread)."""
        open_person = self._opener()
        if open_person is None or not query.strip():
            return
        services = host(self.screen)
        repo = services.repo
        matcher = self.matcher(query)
        hits = await asyncio.to_thread(services.finder.search, query, limit=10)
        for rank, hit in enumerate(hits):
            person = repo.person(hit.person_id)
            if person is None:
                continue
            label = _("Go to {name}").format(name=visible(person.name, lines=False))
            score = max(matcher.match(label), 1.0 - rank * 0.05)
            yield Hit(
                score,
                # Names are the user's words: a rich Text is shown as typed,
                # where the matcher's highlight would parse "[/]" as markup.
                Text(label),
                partial(open_person, person.key),
                text=label,
                help=escape(visible(" — ".join(part for part in (person.headline or "person", hit.why) if part))),
            )

    async def discover(self) -> Hits:
        """With an empty query, offer the people in today's targets."""
        open_person = self._opener()
        if open_person is None:
            return
        repo = host(self.screen).repo
        event = repo.current_event()
        for attendance in event.targets if event else ():
            person = repo.person(attendance.person_id)
            if person is not None:
                label = _("Go to {name}").format(name=visible(person.name, lines=False))
                yield DiscoveryHit(
                    Text(label),
                    partial(open_person, person.key),
                    text=label,
                    help=escape(
                        visible(_("Today's target — {value}").format(value=attendance.reason or person.headline))
                    ),
                )

"""Finding people: the one owner of the search index, the introduction index and the quick search.

Pure Python, no Textual. `PeopleFinder` answers every search of the app and
the command line. It subscribes to the repository's commits, so its indexes
follow every write (one person at a time, never rebuilt), and it is safe to
use from any thread: each index is read and changed under its own lock, and
an index built while writes go on replays them before it is used. Until the
index exists (the app's first seconds at tens of thousands of people), the
quick search over folded fields answers instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from netevent.domain.models import Person, today_iso
from netevent.domain.search.query import parse_query
from netevent.domain.search.quick import Row, contenders, fold_rows, quick_hits
from netevent.domain.search.scoring import Hit
from netevent.services.synonyms import pairs_in
from netevent.storage.commits import Committed
from netevent.storage.repository import Repository
from netevent.storage.tables import PACE_EVERY

if TYPE_CHECKING:
    from netevent.domain.matching import IntroIndex, Match
    from netevent.domain.search.index import SearchIndex
    from netevent.domain.words.lexicon import Lexicon
    from netevent.services.aimed import Columns

__all__ = ["PeopleFinder"]

_REFOLD_AT_MOST = 64
"""Past this many people changed at once (an import), the quick search folds everyone again when next asked."""

T = TypeVar("T")


def _no_pace() -> None:
    """A search's pace: it never steps aside (someone waits for it)."""


class _NoteText(NamedTuple):
    """What the search index needs of a note."""

    person_id: int
    text: str


class PeopleFinder:
    """Search, introductions and quick search over one repository's people.

    Args:
        repo: the open repository; the finder follows its writes until `close()`.
        pace: called every few dozen people while an index is built (the app
            passes its pacer, so that building steps aside while you type).
    """

    def __init__(self, repo: Repository, *, pace: Callable[[], None] = lambda: None) -> None:
        self._repo = repo
        self._pace = pace
        self._search: SearchIndex | None = None
        self._intro: IntroIndex | None = None
        self._search_lock = threading.Lock()
        self._intro_lock = threading.Lock()
        self._build_lock = threading.Lock()
        # Commits made while an index is being built, replayed onto it before it is used.
        self._search_pending: list[Committed] | None = None
        self._intro_pending: list[Committed] | None = None
        self._rows: list[Row] | None = None  # the quick search's folded rows, in file order...
        self._rows_by_name: list[Row] | None = None  # ...and in name order, made when first needed
        self._rows_version = 0
        self._rows_lock = threading.Lock()
        self._rows_folding: threading.Event | None = None  # set when the rows being folded are done
        self._rows_wanted = False  # a search waits for the rows: their folding no longer steps aside
        self._columns: tuple[int, Columns] | None = None  # (rows version, columns) for aimed search
        self._pairs = pairs_in(repo.settings)  # your own synonyms, as the introduction index knows them
        repo.subscribe(self._committed)

    def close(self) -> None:
        """Stop following the repository's writes."""
        self._repo.unsubscribe(self._committed)

    # ---------------------------------------------------------------- state
    @property
    def search_ready(self) -> bool:
        """True once the search index exists (a search then has typos and notes)."""
        return self._search is not None

    @property
    def ready(self) -> bool:
        """True once both indexes exist (asking for them then never waits)."""
        return self._search is not None and self._intro is not None

    @property
    def lexicon(self) -> Lexicon:
        """The words' meanings matching uses: the shipped thesaurus and your own pairs."""
        from netevent.domain.words.lexicon import shipped_lexicon

        return shipped_lexicon(self._pairs)

    def paced(self, items: Iterable[T]) -> Iterator[T]:
        """`items`, calling `pace` every few dozen of them."""
        for count, item in enumerate(items):
            if not count % PACE_EVERY:
                self._pace()
            yield item

    # --------------------------------------------------------------- builds
    def build(self) -> None:
        """Build both indexes now (the app does this in the background after its first screen)."""
        self._build_search()
        self._build_intro()

    def prepare(self) -> None:
        """Fold everyone's fields and index the ledger and follow-ups by person now,
        so that the first keystroke and its card wait for neither."""
        self._quick_rows(background=True)
        self._repo.index_by_person()

    def _build_search(self) -> None:
        # The index and rapidfuzz are imported when first built: the app's
        # first screen needs neither.
        from netevent.domain.search.index import SearchIndex

        with self._build_lock:
            if self._search is not None:
                return
            with self._search_lock:
                self._search_pending = []
            repo = self._repo
            # The index needs only each note's person and text: read them from
            # the documents (validating every Note model waits for later).
            # A note without a person fails the document check, run later.
            notes = [
                _NoteText(doc.get("person_id", 0), str(doc.get("text", "")))
                for doc in self.paced(repo.raw("notes").values())
            ]
            index = SearchIndex(repo.everyone(), notes)
            with self._search_lock:
                for done in self._search_pending or ():
                    self._apply_search(index, done)
                self._search, self._search_pending = index, None

    def _build_intro(self) -> None:
        from netevent.domain.matching import IntroIndex

        with self._build_lock:
            if self._intro is not None:
                return
            with self._intro_lock:
                self._intro_pending = []
            index = IntroIndex(self.paced(self._repo.everyone()), self.lexicon)
            with self._intro_lock:
                for done in self._intro_pending or ():
                    self._apply_intro(index, done)
                if index.lexicon is not self.lexicon:  # your synonyms changed while it was built
                    index = IntroIndex(self._repo.everyone(), self.lexicon)
                self._intro, self._intro_pending = index, None

    # -------------------------------------------------------------- commits
    def _committed(self, done: Committed) -> None:
        """Follow a write: re-index the people and notes it touched (on the writing thread)."""
        if done.people or done.rolled_back:
            with self._rows_lock:
                rows = self._rows
                if rows is not None and not done.rolled_back and len(done.people) <= _REFOLD_AT_MOST:
                    self._rows = self._refolded(rows, done.people)  # only the people who changed
                else:
                    self._rows = None
                self._rows_by_name = None
                self._rows_version += 1
        if "settings" in done.before or done.rolled_back:
            self._synonyms_changed()
        if done.rolled_back:
            return  # the indexes only ever saw committed data: nothing to undo in them
        with self._search_lock:
            if self._search is not None:
                self._apply_search(self._search, done)
            elif self._search_pending is not None:
                self._search_pending.append(done)
        with self._intro_lock:
            if self._intro is not None:
                self._apply_intro(self._intro, done)
            elif self._intro_pending is not None:
                self._intro_pending.append(done)

    def _synonyms_changed(self) -> None:
        """Your own synonyms changed: the introduction index is built again with them (they are in its keys)."""
        pairs = pairs_in(self._repo.settings)
        if pairs == self._pairs:
            return
        from netevent.domain.matching import IntroIndex

        self._pairs = pairs
        with self._intro_lock:
            if self._intro is not None:
                self._intro = IntroIndex(self._repo.everyone(), self.lexicon)

    def _refolded(self, rows: list[Row], people: frozenset[int]) -> list[Row]:
        """The quick search's rows with only these people folded again (added, edited or removed)."""
        raw = self._repo.raw("people")
        fresh = {r.person_id: r for r in fold_rows([(str(p), raw[str(p)]) for p in sorted(people) if str(p) in raw])}
        out = [fresh.pop(r.person_id, r) for r in rows if r.person_id not in people or r.person_id in fresh]
        return out + list(fresh.values())

    def _apply_search(self, index: SearchIndex, done: Committed) -> None:
        repo = self._repo
        for person_id in done.people:
            person = repo.person(person_id)
            if person is None:
                index.remove(person_id)
            else:
                index.upsert(person)
        repo.expect_notes_of(len(done.notes_of))
        for person_id in done.notes_of:
            if repo.person(person_id) is not None:
                index.set_notes(person_id, [n.text for n in repo.notes_for(person_id)])

    def _apply_intro(self, index: IntroIndex, done: Committed) -> None:
        for person_id in done.people:
            person = self._repo.person(person_id)
            if person is None:
                index.remove(person_id)
            else:
                index.upsert(person)

    # ------------------------------------------------------------ searching
    def search(
        self, query: str, *, limit: int | None = 500, within: Collection[int] | None = None, today: str | None = None
    ) -> list[Hit]:
        """People matching `query`, best first: by the index once it exists, by the quick search until then.

        A query with filters (`s:tysk`, `#aarhus`, `-met`, `in:room`, `due:`; see
        `domain.search.query`) is narrowed by them first; `today` dates `due:`.
        """
        aimed = parse_query(query)
        if aimed.aimed:
            from netevent.services.aimed import aimed_search

            return aimed_search(self, self._repo, aimed, limit=limit, within=within, today=today or today_iso())
        if not query.strip():
            ids = self._repo.sorted_ids(within)
            return [Hit(pid, 0.0, "") for pid in (ids if limit is None else ids[:limit])]
        with self._search_lock:
            if self._search is not None:
                return self._search.search(query, limit=limit, within=within)
        return self.quick_search(query, limit=limit, within=within)

    def quick_search(
        self, query: str, *, limit: int | None = 500, within: Collection[int] | None = None, ranked: bool = True
    ) -> list[Hit]:
        """People whose fields (not notes) hold every word of `query`, names first; never waits for an index.

        Args:
            ranked: names first, each group in name order; False answers in
                file order, for a caller that ranks by itself (no names are sorted then).
        """
        rows = self._quick_rows(ordered=ranked)
        return quick_hits(rows, query, limit=limit, within=within, ranked=ranked)

    def columns(self) -> Columns:
        """Everyone's folded fields, a list per field, for aimed search (made once, kept until people change)."""
        from netevent.services.aimed import make_columns

        with self._rows_lock:
            cached, version = self._columns, self._rows_version
        if cached is not None and cached[0] == version:
            return cached[1]
        columns = make_columns(self._quick_rows(ordered=False), self._repo.raw("people"))
        with self._rows_lock:
            if version == self._rows_version:
                self._columns = (version, columns)
        return columns

    def find_people(self, query: str, *, limit: int = 4) -> list[Hit]:
        """The best matches for a one-off search (`netevent who`), without building the whole index.

        The people the quick search finds are ranked as the index would rank
        them, and only the few that can make the top `limit` are indexed.
        When that finds nobody (a typo, a word only in notes), the full index answers.
        """
        if self._search is not None or parse_query(query).aimed:
            return self.search(query, limit=limit)
        found = [h.person_id for h in self.quick_search(query, limit=None, ranked=False)]
        if len(found) > limit:
            rows = {row.person_id: row for row in self._quick_rows(ordered=False)}
            names = {pid: str(self._repo.raw("people")[str(pid)].get("name", "")) for pid in found}
            found = contenders(query, rows, found, names, limit)
        from netevent.domain.search.index import SearchIndex

        candidates = self._repo.people_in(found)
        hits = SearchIndex(candidates).search(query, limit=limit) if candidates else []
        if hits:
            return hits
        self._build_search()
        return self.search(query, limit=limit)

    def _quick_rows(self, *, ordered: bool = True, background: bool = False) -> list[Row]:
        """Everyone's folded row, in name order (or file order); made once and kept until people change.

        The warm-up folds them in the background (`background`), stepping
        aside while someone types; a search that needs them meanwhile waits
        for that folding, which then runs at full speed, instead of folding
        everyone a second time on another thread.
        """
        with self._rows_lock:
            rows, by_name, version = self._rows, self._rows_by_name, self._rows_version
            folding = self._rows_folding
            mine = rows is None and folding is None
            if mine:
                folding = self._rows_folding = threading.Event()
        if rows is None and not mine:
            assert folding is not None
            self._rows_wanted = True
            folding.wait(timeout=10)
            return self._quick_rows(ordered=ordered, background=background)
        if rows is None:
            assert folding is not None
            try:
                rows = fold_rows(list(self._repo.raw("people").items()), self._step_aside if background else _no_pace)
            finally:
                with self._rows_lock:
                    self._rows_folding = None
                    self._rows_wanted = False
                    if version == self._rows_version:  # no one was saved meanwhile
                        self._rows, self._rows_by_name = rows, None
                folding.set()
            by_name = None
        if ordered and by_name is None:
            at = {row.person_id: row for row in rows}
            by_name = [at[pid] for pid in self._repo.sorted_ids() if pid in at]
        with self._rows_lock:
            if version == self._rows_version:  # no one was saved meanwhile
                self._rows, self._rows_by_name = rows, by_name
        return by_name if ordered and by_name is not None else rows

    def _step_aside(self) -> None:
        """The warm-up's pace while it folds the rows: none once a search waits for them."""
        if not self._rows_wanted:
            self._pace()

    # -------------------------------------------------------- introductions
    def introductions(self, person: Person, *, within: Collection[int] | None = None, limit: int = 5) -> list[Match]:
        """Others in `within` (or anyone) whose strengths meet this person's needs, best first.

        Before the introduction index exists, a small index over just the room answers;
        with no room given, the full index is built first.
        """
        if self._intro is None and within is not None:
            from netevent.domain.matching import IntroIndex

            index = IntroIndex(self._repo.people_in(within), self.lexicon)
            return index.introductions(person, within=within, limit=limit)
        if self._intro is None:
            self._build_intro()
        with self._intro_lock:
            assert self._intro is not None
            return self._intro.introductions(person, within=within, limit=limit)

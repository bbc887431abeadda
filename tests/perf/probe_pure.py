"""The benchmark's measurements without a screen, run in a fresh process per database.

Times opening the file, building the search and introduction indexes, the
pure search call, `card_data` for 50 random people, and whole
`save_live_note` writes; reports the process's peak memory right after the
indexes are built. Prints one JSON object (milliseconds, megabytes).

Run: python tests/perf/probe_pure.py DB [--repeat R] [--profile OUT.txt]
The file is written to (notes are saved): give it a copy.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import resource
import sys
import time
from pathlib import Path

QUERIES = {
    "name prefix 'sør'": "sør",
    "company word 'revision'": "revision",
    "strength 'skat'": "skat",
    "typo 'bookeeping'": "bookeeping",
    "two words 'mette advokat'": "mette advokat",
}
"""The queries of the pure search measurement: label -> query."""


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure(db: Path, repeat: int) -> dict[str, object]:
    """Everything this probe measures, as JSON-ready values."""
    start = time.perf_counter()
    from netevent.services.cards import card_data
    from netevent.services.finder import PeopleFinder
    from netevent.services.notes import save_live_note
    from netevent.storage.repository import Repository

    imported = _ms(start)
    start = time.perf_counter()
    repo = Repository.open(db)
    opened = _ms(start)
    finder = PeopleFinder(repo)
    start = time.perf_counter()
    finder._build_search()  # the two builds are timed apart
    search_built = _ms(start)
    start = time.perf_counter()
    finder._build_intro()
    intro_built = _ms(start)
    repo.load_notes()  # the notes filed by person, as after the app's warm-up
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    search: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for label, query in QUERIES.items():
        finder.search(query, limit=500)  # the first call may fill caches; a user types on, too
        samples = []
        for _ in range(max(5, repeat * 3)):
            start = time.perf_counter()
            found = finder.search(query, limit=500)
            samples.append(_ms(start))
        search[label] = samples
        hits[label] = len(found)

    rng = random.Random(7)
    people = [repo.person(pid) for pid in rng.sample(repo.sorted_ids(), min(50, repo.people_count))]
    card = []
    for person in people:
        start = time.perf_counter()
        card_data(repo, finder, person)
        card.append(_ms(start))

    event_id = repo.current_event_id
    writers = [p.id for p in people[: repeat + 1]]
    start = time.perf_counter()
    save_live_note(repo, writers[0], event_id, "Første note i denne session: skal følge op på eksport.")
    first_save = _ms(start)  # the session's first write also keeps a backup of the file
    saves = []
    for k, pid in enumerate(writers[1:]):
        start = time.perf_counter()
        save_live_note(repo, pid, event_id, f"Snakkede om bogføring og moms ({k}). TODO send tilbud")
        saves.append(_ms(start))
    repo.close()
    return {
        "import_ms": imported,
        "open_ms": opened,
        "search_build_ms": search_built,
        "intro_build_ms": intro_built,
        "peak_mb": peak_mb,
        "search_ms": search,
        "search_hits": hits,
        "card_ms": card,
        "first_save_ms": first_save,
        "save_ms": saves,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", type=Path, default=None, help="write a cProfile report here")
    args = parser.parse_args()
    if args.profile is None:
        result = measure(args.db, args.repeat)
    else:
        profiler = cProfile.Profile()
        result = profiler.runcall(measure, args.db, args.repeat)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(45)
        args.profile.write_text(out.getvalue(), encoding="utf-8")
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()

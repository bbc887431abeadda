"""netevent's benchmark: the design budgets, measured on synthetic networks of 1,000 to 50,000 people.

    python tests/perf/bench.py [--people N ...] [--repeat R] [--quick] [--profile]

Not a test (pytest never collects this folder). For every size it writes a
realistic synthetic data file (tests/perf/synth.py) into a temporary folder,
then measures, each in fresh processes so that no size warms up another:

1. process start until the list is on screen, in a real pseudo-terminal
   (120x36), for netevent and for a bare Textual app with the same widgets
   (tests/perf/bare_app.py), run in pairs after one warm-up run each;
2. search: the pure `PeopleFinder.search(q, limit=500)` call, and keystroke
   to list painted in a headless Pilot (tests/perf/probe_ui.py says exactly
   what is timed);
3. a card with its three match blocks: `card_data` alone, and cursor down to
   card painted;
4. saving a note: `save_live_note` wall time, and the longest UI stall
   meanwhile, against an idle baseline;
5. `netevent who` and `netevent import` as whole processes;
6. file size and peak memory.

Prints a Markdown table ("median (max)" per cell, ✗ where a median is over
the design budget for that size) and writes it to tests/perf/results/latest.md.
`--profile` also writes cProfile reports of the in-process probes there.
Nothing outside the temporary folder is touched: the data and settings paths
of every child process point into it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bare_app  # noqa: E402
import report  # noqa: E402
import synth  # noqa: E402
from terminal import time_to_screen  # noqa: E402

PY = sys.executable
RESULTS = HERE / "results"
SIZE = (120, 36)


def log(text: str) -> None:
    """Progress on stderr, so stdout is only the table."""
    print(text, file=sys.stderr, flush=True)


def isolated_env(tmp: Path) -> dict[str, str]:
    """The environment of every child: data, settings and XDG folders inside `tmp`."""
    # An installed netevent has its bytecode compiled; without it every start
    # would compile the package again (25-30 ms), so the first run may write it.
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL_") and k != "PYTHONDONTWRITEBYTECODE"}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = tmp / "xdg" / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env.update(
        NETEVENT_DB=str(tmp / "default-netevent.json"),
        NETEVENT_CONFIG=str(tmp / "config.json"),
        TERM="xterm-256color",
        COLUMNS=str(SIZE[0]),
        LINES=str(SIZE[1]),
    )
    return env


def runs(measure: Callable[[], Any], count: int, budget_s: float, at_least: int = 3) -> list[Any]:
    """`count` results of `measure()`, or fewer (never under `at_least`) once `budget_s` is used up."""
    out: list[Any] = []
    start = time.perf_counter()
    for _ in range(count):
        out.append(measure())
        if len(out) >= min(at_least, count) and time.perf_counter() - start > budget_s:
            break
    return out


def run_json(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run a probe and parse the JSON it prints last."""
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def timed_process(args: list[str], env: dict[str, str], expect: str = "") -> float:
    """Seconds a whole command takes; it must succeed (and print `expect`, if given)."""
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - start
    if done.returncode != 0 or expect not in done.stdout:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds


def remove(path: Path) -> None:
    """Delete a data file with its lock and backups."""
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink(missing_ok=True)


def facts(db: Path, people: int) -> dict[str, str]:
    """What the benchmark needs to know about a generated file; also proves it opens."""
    from netevent.domain.text import sort_key
    from netevent.storage.repository import Repository

    with Repository.open(db, read_only=True) as repo:
        if repo.people_count != people:
            raise RuntimeError(f"{db} holds {repo.people_count} people, not {people}")
        event = repo.current_event()
        assert event is not None, "the synthetic file has a current event"
        room = [repo.person(pid) for pid in event.person_ids]
        first = min(room, key=lambda p: (sort_key(p.name), p.id))  # what the list shows on top
        who = repo.person(max(1, people // 3))
        return {"first": first.name, "who": who.name}


class Size:
    """One size's data file and what is known about it; each method measures one part."""

    def __init__(self, n: int, work: Path, env: dict[str, str], repeat: int) -> None:
        self.n, self.work, self.env, self.repeat = n, work, env, repeat
        self.db = work / f"people-{n}.json"
        self.copy = work / f"probe-{n}.json"
        self.known: dict[str, str] = {}

    def generate(self) -> dict[str, Any]:
        start = time.perf_counter()
        synth.write_db(self.db, self.n)
        seconds = time.perf_counter() - start
        self.known = facts(self.db, self.n)
        return {"gen_s": seconds, "size_mb": self.db.stat().st_size / 1e6}

    def startup(self) -> dict[str, Any]:
        env = self.env
        app_args = [PY, "-m", "netevent", "--db", str(self.db)]
        app_wanted = ["· room: ", self.known["first"]]
        bare_args = [PY, str(HERE / "bare_app.py")]
        bare_wanted = [bare_app.STATUS, bare_app.FIRST_NAME]
        time_to_screen(app_args, app_wanted, env, size=SIZE)  # warm-up: page cache, bytecode
        time_to_screen(bare_args, bare_wanted, env, size=SIZE)
        pairs = runs(
            lambda: (time_to_screen(app_args, app_wanted, env, size=SIZE),
                     time_to_screen(bare_args, bare_wanted, env, size=SIZE)),
            self.repeat, budget_s=90, at_least=5,
        )  # fmt: skip
        # Memory once the warm-up is done (notes read, indexes built, every document checked): once.
        settled = time_to_screen(app_args, app_wanted, env, size=SIZE, settle=4.0)
        return {
            "settled_app_mb": [settled.settled_mb] if settled.settled_mb is not None else [],
            "start_app": [a.seconds * 1000 for a, _ in pairs],
            "start_bare": [b.seconds * 1000 for _, b in pairs],
            "start_ratio": [a.seconds / b.seconds for a, b in pairs],
            "peak_app_mb": [a.peak_mb for a, _ in pairs if a.peak_mb is not None],
            "peak_bare_mb": [b.peak_mb for _, b in pairs if b.peak_mb is not None],
        }

    def probe(self, name: str, *extra: str) -> dict[str, Any]:
        """Run probe_<name>.py on a fresh copy of the file (probes save notes)."""
        shutil.copyfile(self.db, self.copy)
        try:
            args = [PY, str(HERE / f"probe_{name}.py"), str(self.copy), "--repeat", str(self.repeat), *extra]
            return run_json(args, self.env)
        finally:
            remove(self.copy)

    def pure(self) -> dict[str, Any]:
        found = self.probe("pure")
        res = {key: found[key] for key in
               ("open_ms", "search_build_ms", "intro_build_ms", "card_ms", "save_ms", "first_save_ms")}  # fmt: skip
        res["peak_repo_mb"] = found["peak_mb"]
        res["search_hits"] = found["search_hits"]
        for label, samples in found["search_ms"].items():
            res[f"search:{label}"] = samples
        return res

    def ui(self) -> dict[str, Any]:
        return self.probe("ui")

    def who(self) -> dict[str, Any]:
        name = self.known["who"]
        args = [PY, "-m", "netevent", "who", name, "--db", str(self.db)]
        return {"who_ms": [s * 1000 for s in runs(lambda: timed_process(args, self.env, name), self.repeat, 60)]}

    def import_csv(self) -> dict[str, Any]:
        from netevent.storage.repository import Repository

        csv_file = synth.write_csv(self.work / f"import-{self.n}.csv", self.n)
        target = self.work / f"imported-{self.n}.json"
        args = [PY, "-m", "netevent", "import", str(csv_file), "--db", str(target)]

        def once() -> float:
            remove(target)
            return timed_process(args, self.env)

        try:
            seconds = runs(once, self.repeat, budget_s=90)
            with Repository.open(target, read_only=True) as imported:
                people = imported.people_count  # merged duplicates make this a little under n
        finally:
            remove(target)
            csv_file.unlink(missing_ok=True)
        return {"import_s": seconds, "imported_people": people}

    def profile(self) -> dict[str, Any]:
        RESULTS.mkdir(exist_ok=True)
        for name in ("pure", "ui"):
            self.probe(name, "--profile", str(RESULTS / f"profile-{name}-{self.n}.txt"))
        return {}


def bench_size(
    n: int, work: Path, env: dict[str, str], repeat: int, profile: bool, *, only_startup: bool = False
) -> dict[str, Any]:
    """Every measurement for one size; a part that fails is reported and the others still run.

    `only_startup`: the data file, start-up and memory only (the largest size).
    """
    size = Size(n, work, env, repeat)
    parts = [
        ("generating the data file", size.generate),
        ("start-up in a terminal", size.startup),
        ("search, cards and saves without a screen", size.pure),
        ("keystrokes, cursor and saves in the app (Pilot)", size.ui),
        ("`netevent who`", size.who),
        ("`netevent import`", size.import_csv),
    ]
    if only_startup:
        parts = parts[:2]
    if profile:
        parts.append(("profiling", size.profile))
    res: dict[str, Any] = {"errors": []}
    for title, measure in parts:
        log(f"— {n:,} people: {title}…")
        try:
            res.update(measure())
        except Exception as error:
            first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            res["errors"].append(f"{n:,} people, {title}: {first}")
            log(f"  failed: {error}")
            if measure == size.generate:
                break
    remove(size.db)
    return res


def machine() -> str:
    """CPU, cores, Python and Textual versions."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            models = [line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")]
        cpu = models[0] if models else cpu
    except OSError:
        pass
    return (
        f"Machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"Textual {version('textual')}, {platform.system()} {platform.release()}, "
        f"switch interval {sys.getswitchinterval() * 1000:.0f} ms, "
        f"data files on {_filesystem(tempfile.gettempdir())}"
    )


def _filesystem(folder: str) -> str:
    """The file system type a folder is on (saves fsync, so it matters), from /proc/mounts."""
    best, kind = "", "an unknown file system"
    try:
        with open("/proc/mounts", encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) < 3 or len(parts[1]) < len(best):
                    continue
                if (folder + "/").startswith(parts[1].rstrip("/") + "/"):
                    best, kind = parts[1], parts[2]
    except OSError:
        pass
    return kind


def footer(results: dict[int, dict[str, Any]], repeat: int, seconds: float) -> list[str]:
    """The lines under the table: how it was measured, on what, and how long it took."""
    hits = "; ".join(
        f"{n:,}: " + ", ".join(str(v) for v in r.get("search_hits", {}).values()) for n, r in results.items()
    )
    errors = [line for r in results.values() for line in r.get("errors", [])]
    return [f"FAILED: {line}" for line in errors] + [
        "Cells are median (max) over the runs; ✗ marks a median over the design budget for that size "
        "(first screen: ≤ 1.3× bare at 1,000, ≤ 1.5× at 10,000, ≤ 1 s at 50,000).",
        f"Runs: start-up {repeat} netevent/bare pairs after a warm-up each; search() {max(5, repeat * 3)} calls "
        f"per query (hits, in row order — {hits}); card_data 50 random people; keystrokes: every key of "
        f"'sør', 'skat', 'hansen', 'eksport ty' (23, the first on its own row); cursor {max(20, repeat * 6)} "
        f"moves; saves {repeat + 1} (the first on its own row); "
        f"`who` and import up to {repeat} runs each (fewer when slow).",
        "Keystroke, cursor and save rows are measured in a headless Pilot with the frame rendered at once "
        "(a real terminal adds up to one 16 ms frame); see tests/perf/probe_ui.py.",
        machine(),
        f"Run on {dt.date.today().isoformat()}; total benchmark time {seconds:.0f} s.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description="netevent's benchmark against the design budgets.")
    parser.add_argument(
        "--people", type=int, nargs="+", help="sizes to measure (default 1,000 10,000 50,000, and 100,000 for memory)"
    )
    parser.add_argument("--repeat", type=int, default=None, help="runs per measurement (default 5; 3 with --quick)")
    parser.add_argument("--quick", action="store_true", help="1,000 and 10,000 people, fewer runs")
    parser.add_argument("--profile", action="store_true", help="also write cProfile reports to tests/perf/results/")
    args = parser.parse_args()
    sizes = args.people or ([1_000, 10_000] if args.quick else [1_000, 10_000, 50_000, 100_000])
    repeat = max(1, args.repeat or (3 if args.quick else 5))
    started = time.perf_counter()
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="netevent-bench-") as tmp:
        work = Path(tmp)
        env = isolated_env(work)
        for n in sizes:
            # Beyond the design's largest size, only start-up and memory: the rest has no budget there.
            results[n] = bench_size(n, work, env, repeat, args.profile, only_startup=n > report.TIERS[-1])
    text = report.render(results, footer(results, repeat, time.perf_counter() - started))
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(text, encoding="utf-8")
    over = [
        f"{row.label.strip()} at {n:,}"
        for row in report.ROWS
        for n, r in results.items()
        if report.over_budget(row, n, r)
    ]
    log("Over budget: " + ("; ".join(over) if over else "nothing"))


if __name__ == "__main__":
    main()

"""The writer thread: order, results and errors reach the right callbacks."""

from __future__ import annotations

import threading

from netevent.runtime.writer import Writer


def test_jobs_run_in_order_and_each_result_reaches_its_own_callback() -> None:
    held: list = []
    gate = threading.Event()
    # Deliver callbacks only after every job has run, as an event loop that
    # is busy would: a callback must not see a later job's callback.
    writer = Writer(deliver=lambda call: held.append(call))
    seen: list[tuple[str, object]] = []
    writer.submit(lambda: gate.wait(5) and 1, lambda r: seen.append(("first", r)))
    writer.submit(lambda: 2, lambda r: seen.append(("second", r)))
    writer.submit(lambda: 1 / 0, None, lambda e: seen.append(("failed", type(e).__name__)))
    writer.submit(lambda: 4)  # no callbacks at all
    gate.set()
    assert writer.wait_idle(5)
    for call in held:
        call()
    assert seen == [("first", 1), ("second", 2), ("failed", "ZeroDivisionError")]
    writer.close()


def test_wait_idle_waits_for_a_slow_job() -> None:
    writer = Writer()
    done = threading.Event()
    writer.submit(lambda: done.wait(0.2) or done.set())
    assert writer.wait_idle(5)
    assert done.is_set() and not writer.busy
    writer.close()


def test_quitting_does_not_wait_for_background_work_but_keeps_its_order() -> None:
    gate = threading.Event()
    ran: list[str] = []
    writer = Writer()
    writer.submit(lambda: gate.wait(5) and ran.append("index"), background=True)  # running
    writer.submit(lambda: ran.append("check"), background=True)  # a write waits behind it
    writer.submit(lambda: ran.append("write"))
    writer.submit(lambda: ran.append("more indexing"), background=True)  # nothing behind it
    writer.drop_background()
    assert not writer.wait_writes(0.2)  # the write still waits for what runs before it
    gate.set()
    assert writer.wait_writes(5)
    assert writer.wait_idle(5)
    assert ran == ["index", "check", "write"]
    writer.close()


def test_wait_writes_ignores_background_work_alone() -> None:
    gate = threading.Event()
    writer = Writer()
    writer.submit(lambda: gate.wait(5), background=True)
    assert writer.wait_writes(0.5)
    assert writer.busy
    gate.set()
    writer.close()

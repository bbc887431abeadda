"""Start a program in a real pseudo-terminal and time it until given text is on its screen.

The child gets the window size (TIOCSWINSZ) on its own terminal before it
runs, so it never sees a 0x0 or 80x24 default. The parent reads the output
as it comes and notes the moment every awaited string has been written; then
it reads the child's peak memory (VmHWM) and kills it.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time
from dataclasses import dataclass

__all__ = ["Shown", "time_to_screen"]


@dataclass(frozen=True)
class Shown:
    """How long until the screen showed the text, and the child's peak memory then."""

    seconds: float
    peak_mb: float | None
    settled_mb: float | None = None
    """Peak memory once the background work after the first screen is done (with `settle`)."""


def _peak_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def time_to_screen(
    args: list[str],
    wanted: list[str],
    env: dict[str, str],
    *,
    size: tuple[int, int] = (120, 36),
    timeout: float = 120.0,
    settle: float = 0.0,
) -> Shown:
    """Run `args` in a pty of `size` (columns, rows); time from spawn until all of `wanted` were written.

    With `settle`, the child then runs on until its peak memory has not grown
    for that many seconds (the app's warm-up: notes read, indexes built,
    every document checked), and that peak is `settled_mb`.

    Raises:
        RuntimeError: the text did not appear within `timeout`, or the child exited first
            (the message ends with what the screen showed, to see why).
    """
    needles = [text.encode("utf-8") for text in wanted]
    columns, rows = size
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: size its terminal, then become the program
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.execvpe(args[0], args, env)
        finally:
            os._exit(127)
    output = bytearray()
    found_at: float | None = None
    try:
        deadline = start + timeout
        while found_at is None:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise RuntimeError(f"{wanted!r} not on screen after {timeout:.0f} s: {_tail(output)}")
            ready, _, _ = select.select([fd], [], [], min(left, 0.5))
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                raise RuntimeError(f"{args[-1]!r} exited before {wanted!r} was on screen: {_tail(output)}")
            now = time.perf_counter()
            output += chunk
            if all(needle in output for needle in needles):
                found_at = now
        first = _peak_mb(pid)
        return Shown(found_at - start, first, _settled_mb(pid, fd, settle, deadline) if settle else None)
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)


def _settled_mb(pid: int, fd: int, quiet: float, deadline: float) -> float | None:
    """The child's peak memory once it has not grown for `quiet` seconds (its output drained meanwhile)."""
    peak, since = _peak_mb(pid), time.perf_counter()
    while time.perf_counter() - since < quiet and time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.25)
        if ready:
            try:
                os.read(fd, 1 << 16)
            except OSError:
                return peak
        now = _peak_mb(pid)
        if now is not None and (peak is None or now > peak):
            peak, since = now, time.perf_counter()
    return peak


def _tail(output: bytearray, keep: int = 600) -> str:
    """The end of the output with escape sequences made visible (for error messages)."""
    return bytes(output[-keep:]).decode("utf-8", "replace").replace("\x1b", "\\e")

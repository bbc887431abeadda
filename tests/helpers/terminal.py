"""Run the real `netevent` on a pseudo-terminal and keep every byte it writes.

A pipe is not enough for tests about what reaches a terminal: click strips
some escape sequences only when its output is not a terminal.
"""

from __future__ import annotations

import errno
import fcntl
import os
import pty
import re
import signal
import struct
import sys
import termios
import threading
import time
from pathlib import Path

__all__ = ["Terminal", "run_on_pty", "netevent_args", "injected"]


def netevent_args(*args: str | Path) -> list[str]:
    """The command line that runs this checkout's netevent."""
    return [sys.executable, "-m", "netevent", *(str(a) for a in args)]


class Terminal:
    """A child process on a pty (columns × rows), with its output drained in the background."""

    def __init__(self, args: list[str], env: dict[str, str], size: tuple[int, int] = (100, 30)) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child
            try:
                os.execvpe(args[0], args, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        columns, rows = size
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.output = bytearray()
        self.status: int | None = None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError as error:
                if error.errno == errno.EINTR:
                    continue
                return
            if not chunk:
                return
            self.output.extend(chunk)

    def wait_for(self, text: bytes, timeout: float = 20.0, *, after: int = 0) -> None:
        """Wait until `text` was written (at or after byte `after`), looking past the app's escape sequences."""
        deadline = time.monotonic() + timeout
        while self.output.find(text, after) < 0 and text not in self.screen_text(after):
            if time.monotonic() > deadline:
                tail = self.screen_text(after)[-800:]
                raise AssertionError(f"{text!r} never appeared on screen; last output: {tail!r}")
            time.sleep(0.05)

    def screen_text(self, after: int = 0) -> bytes:
        """What was written from byte `after` on, without cursor moves and colours."""
        return _CSI.sub(b"", bytes(self.output[after:]))

    def type(self, text: str, pause: float = 0.05) -> None:
        """Type `text` one key at a time."""
        for char in text:
            os.write(self.fd, char.encode())
            time.sleep(pause)

    def send(self, data: bytes) -> None:
        """Write `data` in one go (a burst, or an escape sequence)."""
        os.write(self.fd, data)

    def burst(self, text: str) -> None:
        """Send `text` in one write, as a paste or a slow SSH link delivers keys."""
        self.send(text.encode())

    def wait_exit(self, timeout: float = 15.0) -> int:
        """The exit code (128 + the signal's number if it was killed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self._reader.join(timeout=2)
                self.status = os.waitstatus_to_exitcode(status)
                code = self.status
                return 128 - code if code < 0 else code
            time.sleep(0.02)
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError("netevent did not exit")

    def close(self) -> None:
        """Close our end of the terminal (the child gets a hang-up if it still runs)."""
        try:
            os.close(self.fd)
        except OSError:
            pass


def run_on_pty(args: list[str], env: dict[str, str], timeout: float = 30.0) -> tuple[int, bytes]:
    """Run a command to its end on a pty; its exit code and every byte it wrote."""
    term = Terminal(args, env)
    try:
        code = term.wait_exit(timeout)
    finally:
        term.close()
    return code, bytes(term.output)


_CSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]")

# What a terminal obeys: ESC, BEL, backspace and the other C0 controls (a pty
# turns "\n" into "\r\n", so a carriage return right before a line feed is
# allowed), DEL, and the C1 controls as UTF-8 (U+0080-U+009F); and the bidi
# overrides/isolates and zero-width characters that spoof a name unseen.
_INJECTED = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)|\xc2[\x80-\x9f]"
    rb"|\xe2\x80[\x8b-\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf"
)


def injected(output: bytes) -> list[bytes]:
    """Every control or spoofing sequence in `output`, each with a little context."""
    return [output[max(0, m.start() - 12) : m.end() + 12] for m in _INJECTED.finditer(output)]

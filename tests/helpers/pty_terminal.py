"""The real `netevent` in a pseudo-terminal: type into it (one write is one burst) and read what it wrote."""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import termios
import threading
import time


class Terminal:
    """A child process on a pty, with its output drained in the background."""

    def __init__(self, args: list[str], env: dict[str, str], size: tuple[int, int] = (100, 30)) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child
            os.execvpe(args[0], args, env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        self.output = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output.extend(chunk)

    def wait_for(self, text: bytes, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output:
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared on screen")
            time.sleep(0.05)

    def type(self, text: str, pause: float = 0.05) -> None:
        for char in text:
            os.write(self.fd, char.encode())
            time.sleep(pause)

    def wait_exit(self, timeout: float = 10.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                return status
            time.sleep(0.05)
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError("netevent did not exit after the signal")

    def close(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass

    def burst(self, text: str) -> None:
        """Send `text` in one write, as a paste or a slow SSH link delivers keys."""
        os.write(self.fd, text.encode())

"""Save and quit when the terminal goes away, input ends or a stop is asked for.

A closed terminal window or a dropped ssh connection reaches the game as SIGHUP, as
end of input, or as a failed write; ``kill`` and a second session taking the slot
over send SIGTERM. Each of these saves the open game between ticks and ends the app
with status 0 (1 if that save failed). Textual's own driver leaves them unhandled.
"""

from __future__ import annotations

import asyncio
import errno
import os
import selectors
import signal
import sys
import termios
import threading
from codecs import getincrementaldecoder
from collections.abc import Awaitable, Callable
from typing import IO, TYPE_CHECKING

from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

if TYPE_CHECKING:
    from textual.app import App

STOP_SIGNALS: tuple[signal.Signals, ...] = (signal.SIGHUP, signal.SIGTERM)
"""The signals that mean: save the game and quit now."""

SAVE_TIMEOUT = 5.0
"""The longest a final save may take before the app quits without it."""

EXIT_GRACE = 1.0
"""Seconds after the final save for the app to end by itself before it is ended."""

TERMINAL_GONE = (errno.EIO, errno.EPIPE, errno.EBADF, errno.ENXIO)
"""The errors a read or write gives once the terminal has hung up."""


def report_hang_up() -> None:
    """Tell this process its terminal is gone, the way the kernel does: SIGHUP."""
    os.kill(os.getpid(), signal.SIGHUP)


def terminal_is_alive(fd: int = 2) -> bool:
    """Whether ``fd`` still reaches a working terminal (or is no terminal at all)."""
    # isatty() cannot tell: a hung-up terminal answers it like a pipe does.
    try:
        termios.tcgetattr(fd)
    except termios.error as error:
        return error.args[0] in (errno.ENOTTY, errno.EINVAL)
    return True


def silence_terminal() -> None:
    """Point standard input, output and error at /dev/null so no write can fail."""
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for fd in (0, 1, 2):
            os.dup2(null, fd)
    finally:
        os.close(null)


class TerminalOutput:
    """What the driver writes the screen through: unbuffered, and quiet once hung up.

    Textual's writer thread dies on the first failed write, after which the app
    blocks as soon as its small output queue fills; this never raises, so the
    thread keeps draining the queue and the game can still save and exit.
    """

    def __init__(self, stream: IO[str]) -> None:
        self._fd = stream.fileno()
        self._encoding = stream.encoding or "utf-8"
        self._errors = stream.errors or "strict"
        self.hung_up = False

    def write(self, text: str) -> int:
        """Write ``text`` to the terminal, or drop it if the terminal is gone."""
        if self.hung_up:
            return len(text)
        data = memoryview(text.encode(self._encoding, self._errors))
        try:
            while data:
                written = os.write(self._fd, data)
                data = data[written:]
        except OSError:
            self.hung_up = True
            report_hang_up()
        return len(text)

    def flush(self) -> None:
        """Nothing to flush: every write goes straight to the terminal."""

    def fileno(self) -> int:
        """The terminal's file descriptor."""
        return self._fd


class TerminalDriver(LinuxDriver):
    """Textual's Linux driver, with end of input and a dead terminal as a hang-up."""

    def __init__(
        self,
        app: App[object],
        *,
        debug: bool = False,
        mouse: bool = True,
        size: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(app, debug=debug, mouse=mouse, size=size)
        assert sys.__stderr__ is not None, "a terminal game needs standard error"
        self._file = TerminalOutput(sys.__stderr__)

    def run_input_thread(self) -> None:
        """Read keys until told to stop; at end of input, report a hang-up and stop."""
        parser = XTermParser(self._debug)
        decode = getincrementaldecoder("utf-8")(errors="replace").decode
        # select() rather than epoll: it also watches /dev/null and plain files.
        with selectors.SelectSelector() as selector:
            selector.register(self.fileno, selectors.EVENT_READ)
            while not self.exit_event.is_set():
                if selector.select(0.1):
                    try:
                        chunk = os.read(self.fileno, 4096)
                    except OSError as error:
                        if error.errno not in TERMINAL_GONE:
                            raise
                        chunk = b""
                    if not chunk:
                        report_hang_up()
                        return
                    for message in parser.feed(decode(chunk)):
                        self.process_message(message)
                for message in parser.tick():
                    self.process_message(message)


class HangUp:
    """Saves the game and ends the app on SIGHUP, SIGTERM or end of input.

    ``save`` saves the open game, lets go of its slot and says whether it saved;
    it is awaited on the event loop, so the shop is saved between two ticks.
    """

    def __init__(
        self,
        app: App[object],
        save: Callable[[], Awaitable[bool]],
        *,
        save_timeout: float = SAVE_TIMEOUT,
        exit_grace: float = EXIT_GRACE,
        hard_exit: Callable[[int], object] = os._exit,
    ) -> None:
        self._app = app
        self._save = save
        self._save_timeout = save_timeout
        self._exit_grace = exit_grace
        self._hard_exit = hard_exit
        self._loop: asyncio.AbstractEventLoop | None = None
        self._handlers_before: dict[signal.Signals, object] = {}
        self._task: asyncio.Task[None] | None = None
        self.reason: str | None = None
        """What ended the game ("SIGHUP", "SIGTERM"), or None while it runs."""

    @property
    def started(self) -> bool:
        """Whether a hang-up has begun."""
        return self.reason is not None

    def install(self) -> None:
        """Handle the stop signals on the running event loop."""
        if self._loop is not None:
            return
        loop = asyncio.get_running_loop()
        for stop_signal in STOP_SIGNALS:
            self._handlers_before[stop_signal] = signal.getsignal(stop_signal)
            loop.add_signal_handler(stop_signal, self.hang_up, stop_signal.name)
        self._loop = loop

    def uninstall(self) -> None:
        """Stop handling the stop signals; ignore them if the game is already ending."""
        if self._loop is None:
            return
        for stop_signal, before in self._handlers_before.items():
            self._loop.remove_signal_handler(stop_signal)
            if self.started and not self._app.is_headless:
                # A second signal while the app shuts down must not kill it mid-way.
                signal.signal(stop_signal, signal.SIG_IGN)
            elif before is not None:
                signal.signal(stop_signal, before)  # type: ignore[arg-type]
        self._handlers_before.clear()
        self._loop = None

    def hang_up(self, reason: str) -> None:
        """Begin saving and quitting; later calls while that runs do nothing."""
        if self.started:
            return
        self.reason = reason
        real_terminal = not self._app.is_headless
        if real_terminal and not terminal_is_alive():
            silence_terminal()
        self._app.log.warning(f"{reason}: saving the game and quitting")
        self._task = asyncio.get_running_loop().create_task(
            self._save_and_exit(real_terminal), name="hang-up"
        )

    async def finished(self) -> None:
        """Wait until the hang-up's save is done and the app has been told to exit."""
        if self._task is not None:
            await asyncio.shield(self._task)

    async def _save_and_exit(self, real_terminal: bool) -> None:
        saved = False
        try:
            saved = await asyncio.wait_for(self._save(), self._save_timeout)
        except TimeoutError:
            self._app.log.error("the final save took too long; quitting without it")
        except Exception as error:  # noqa: BLE001 - the app must still end
            self._app.log.error(f"the final save failed: {error!r}")
        status = 0 if saved else 1
        if real_terminal:
            self._end_process_after_grace(status)
        self._app.exit(return_code=status)

    def _end_process_after_grace(self, status: int) -> None:
        """End the process if Textual has not finished shutting down by then."""
        timer = threading.Timer(self._exit_grace, self._hard_exit, args=(status,))
        timer.daemon = True
        timer.start()

"""The pty runner, alternating runs and the baselines measure what they claim."""

from __future__ import annotations

import asyncio
import time

import pytest

from benchmarks.baselines import minimal_app, ticker_app
from benchmarks.bench_stall import StallProbe
from benchmarks.harness import (
    alternate,
    baseline_command,
    median,
    pty_session,
    python_command,
    row,
    visible_text,
)

ECHO_KEYS = (
    "import sys, termios\n"
    "attributes = termios.tcgetattr(0)\n"
    "attributes[3] &= ~termios.ICANON\n"
    "termios.tcsetattr(0, termios.TCSANOW, attributes)\n"
    "print('ready', flush=True)\n"
    "print('got', repr(sys.stdin.read(3)), flush=True)\n"
)


def test_pty_runner_captures_output_and_peak_memory() -> None:
    script = "import os; print('size', *os.get_terminal_size(), os.environ['TERM'])"
    with pty_session(python_command("-c", script)) as session:
        seconds = session.wait_for(["size 80 24 xterm-256color"], 20)
    assert seconds > 0
    assert b"size 80 24" in session.output
    assert session.max_rss_kib is not None
    assert session.max_rss_kib > 1000


def test_pty_runner_types_keys_into_the_program() -> None:
    with pty_session(python_command("-c", ECHO_KEYS)) as session:
        session.wait_for(["ready"], 20)
        session.send(b"abc")
        session.wait_for(["got 'abc'"], 20)


def test_pty_runner_says_when_the_program_exits_without_the_marker() -> None:
    with (
        pytest.raises(RuntimeError, match=r"before it exited.*it last wrote 'bye"),
        pty_session(python_command("-c", "print('bye')")) as session,
    ):
        session.wait_for(["never shown"], 20)


def test_pty_runner_gives_up_after_its_timeout() -> None:
    script = "import time; print('waiting', flush=True); time.sleep(30)"
    with pty_session(python_command("-c", script)) as session:
        session.wait_for(["waiting"], 20)
        with pytest.raises(TimeoutError, match="in 0 s"):
            session.wait_for(["never shown"], 0.05)
    # The child was killed and reaped on leaving the block, not left to sleep.
    assert session.process.returncode is not None


def test_pump_counts_the_bytes_written() -> None:
    script = "print('x' * 999, flush=True)"
    with pty_session(python_command("-c", script)) as session:
        counted = session.pump(5)
    # The line is 999 characters and a newline that the pty turns into CR LF.
    assert counted == 1001


def test_visible_text_drops_control_sequences() -> None:
    raw = (
        b"\x1b[?1049h\x1b[2;1H\x1b[38;2;1;2;3;48;2;4;5;6mbench\x1b[0m"
        b"\x1b]0;title\x07 \x1b[?2026$p\x1b7Pause"
    )
    assert visible_text(raw) == "bench Pause"


def test_alternate_swaps_who_goes_first() -> None:
    order: list[str] = []

    def subject() -> float:
        order.append("subject")
        return 2.0

    def baseline() -> float:
        order.append("baseline")
        return 1.0

    subjects, baselines = alternate(subject, baseline, 3)
    assert subjects == [2.0, 2.0, 2.0]
    assert baselines == [1.0, 1.0, 1.0]
    first_turn, second_turn, third_turn = order[:2], order[2:4], order[4:]
    assert first_turn == third_turn == ["subject", "baseline"]
    assert second_turn == ["baseline", "subject"]


def test_median_and_ratio() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    result = row("start", 1.5, "s", baseline="app", baseline_value=1.0, target="x")
    assert result["ratio"] == pytest.approx(1.5)
    assert row("size", 10.0, "KiB")["ratio"] is None


@pytest.mark.parametrize(
    ("name", "markers"),
    [
        ("minimal_app", (minimal_app.TITLE, minimal_app.QUIT_LABEL)),
        ("ticker_app", (ticker_app.TITLE, ticker_app.PAUSE_LABEL)),
    ],
)
def test_baseline_apps_draw_their_first_screen(name: str, markers: tuple) -> None:
    with pty_session(baseline_command(name)) as session:
        session.wait_for(markers, 30)
    assert session.max_rss_kib is not None


def test_ticker_writes_while_running_and_goes_quiet_when_paused() -> None:
    markers = (ticker_app.TITLE, ticker_app.PAUSE_LABEL)
    with pty_session(baseline_command("ticker_app")) as session:
        session.wait_for(markers, 30)
        running = session.pump(1.0)
        session.send(b" ")
        session.pump(0.5)
        paused = session.pump(1.0)
    assert running > 2 * paused


async def test_stall_probe_sees_a_blocked_loop() -> None:
    probe = StallProbe(interval=0.001)
    probe.start()
    await asyncio.sleep(0.01)
    blocked_until = time.perf_counter() + 0.05
    while time.perf_counter() < blocked_until:
        pass  # Hold the loop, as a slow save on the event loop would.
    await asyncio.sleep(0.01)
    probe.stop()
    assert probe.calls > 2
    assert probe.worst >= 0.04

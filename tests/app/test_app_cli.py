"""The play command: its options, and the slots it refuses before the screen opens."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pizzatui.cli import build_parser, main
from pizzatui.cli.play import play


def test_the_top_level_options_run_play(tmp_path) -> None:
    args = build_parser().parse_args(["--slot", "corner", "--saves", str(tmp_path)])
    assert args.run is play
    assert args.slot == "corner"
    assert args.saves == tmp_path


@pytest.mark.parametrize("slot", ["", "../escape", "a/b", "bad\x1bname"])
def test_a_bad_slot_name_is_refused_with_exit_2(slot, saves, capsys) -> None:
    assert main(["--slot", slot, "--saves", str(saves)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("pizzatui: ")
    assert "\x1b" not in error


def test_a_damaged_slot_is_refused_before_the_screen_opens(saves, capsys) -> None:
    (saves / "broken.pkl").write_bytes(b"not a pizza shop at all")
    assert main(["--slot", "broken", "--saves", str(saves)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("pizzatui: The save broken is damaged: ")


def test_playing_never_imports_textual_for_a_refused_slot(saves) -> None:
    code = (
        "import sys; from pizzatui.cli import main; "
        f"status = main(['--slot', '../x', '--saves', {str(saves)!r}]); "
        "print('textual' in sys.modules); sys.exit(status)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stdout.strip() == "False"

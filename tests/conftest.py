"""Fixtures every layer's tests share: an empty saves folder and a store over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pizzatui.storage import SaveStore


@pytest.fixture
def saves(tmp_path: Path) -> Path:
    """An empty saves folder, private to its owner as the game makes it."""
    folder = tmp_path / "saves"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def store(saves: Path) -> SaveStore:
    """A store over the test's saves folder, as the code under test sees it."""
    return SaveStore(saves)

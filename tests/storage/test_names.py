"""Slot names and the saves folder: clear refusals, never outside the folder."""

from __future__ import annotations

import pytest

from pizzatui.storage import SaveError, check_slot_name, saves_folder


@pytest.mark.parametrize(
    "name", ["a", "Monday", "week 2", "luigi_s-shop", "x" * 40, "  padded  "]
)
def test_good_names_pass(name):
    assert check_slot_name(name) == name.strip()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 41, "41 characters"),
        ("../escape", "'.'"),
        ("a/b", "'/'"),
        ("..", "'.'"),
        ("bell\x07", "'\\x07'"),
        ("new\nline", "'\\n'"),
        ("café", "'é'"),
        ("dot.pkl", "'.'"),
        (None, "text"),
        (3, "text"),
    ],
)
def test_bad_names_are_refused_clearly(name, message):
    with pytest.raises(ValueError, match="slot name") as caught:
        check_slot_name(name)
    assert message in str(caught.value)


def test_store_refuses_bad_names_before_touching_files(store, shop):
    with pytest.raises(ValueError):
        store.save("../outside", shop)
    assert list(store.folder.parent.iterdir()) == [store.folder]


def test_saves_folder_order_argument_then_environment_then_default(
    tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PIZZATUI_SAVES", raising=False)
    assert saves_folder() == tmp_path / "saves"
    monkeypatch.setenv("PIZZATUI_SAVES", str(tmp_path / "env"))
    assert saves_folder() == tmp_path / "env"
    assert saves_folder(tmp_path / "arg") == tmp_path / "arg"
    assert (tmp_path / "arg").is_dir()


def test_saves_folder_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(SaveError, match="not a folder"):
        saves_folder(tmp_path / "file")

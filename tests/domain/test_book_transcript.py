"""The book's pickled-shop session, replayed byte for byte in two fresh interpreters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FIRST_SESSION = """\
from pizzatui import PizzaShop
shop = PizzaShop()
shop.server, shop.chef
import pickle
pickle.dump(shop, open('shopfile.pkl', 'wb'))
"""

FIRST_OUTPUT = (
    "(<Employee: name=Pat, salary=40000>, <Employee: name=Bob, salary=50000>)\n"
)

SECOND_SESSION = """\
import pickle
obj = pickle.load(open('shopfile.pkl', 'rb'))
obj.server, obj.chef
obj.order('LSP')
"""

SECOND_OUTPUT = (
    "(<Employee: name=Pat, salary=40000>, <Employee: name=Bob, salary=50000>)\n"
    "LSP orders from <Employee: name=Pat, salary=40000>\n"
    "Bob makes pizza\n"
    "oven bakes\n"
    "LSP pays for item to <Employee: name=Pat, salary=40000>\n"
)


def run_interactive(session: str, folder: Path) -> str:
    """Type ``session`` into a fresh interactive interpreter and return its stdout."""
    result = subprocess.run(
        [sys.executable, "-q", "-i"],
        input=session,
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=60,
        check=True,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


def test_book_session_dumps_then_loads_in_another_process(tmp_path: Path) -> None:
    assert run_interactive(FIRST_SESSION, tmp_path) == FIRST_OUTPUT
    assert (tmp_path / "shopfile.pkl").stat().st_size > 0
    assert run_interactive(SECOND_SESSION, tmp_path) == SECOND_OUTPUT


def test_book_module_names_import(tmp_path: Path) -> None:
    script = (
        "from pizzatui.employees import Employee, Chef, Server, PizzaRobot\n"
        "from pizzatui.pizzashop import Customer, Oven, PizzaShop\n"
        "bob = PizzaRobot('bob')\n"
        "print(bob)\n"
        "for klass in Employee, Chef, Server, PizzaRobot:\n"
        "    obj = klass(klass.__name__)\n"
        "    obj.work()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    assert result.stdout == (
        "<Employee: name=bob, salary=50000>\n"
        "Employee does stuff\n"
        "Chef makes food\n"
        "Server interfaces with customer\n"
        "PizzaRobot makes pizza\n"
    )


def test_domain_never_imports_textual() -> None:
    script = (
        "import sys, pkgutil, importlib, pizzatui, pizzatui.sim\n"
        "import pizzatui.employees, pizzatui.pizzashop, pizzatui.money\n"
        "import pizzatui.names, pizzatui.narration\n"
        "for info in pkgutil.walk_packages(pizzatui.sim.__path__, 'pizzatui.sim.'):\n"
        "    importlib.import_module(info.name)\n"
        "try:\n"
        "    import pizzatui.storage\n"
        "except ModuleNotFoundError:\n"
        "    pass\n"
        "else:\n"
        "    path, prefix = pizzatui.storage.__path__, 'pizzatui.storage.'\n"
        "    for info in pkgutil.walk_packages(path, prefix):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in "
        "('textual', 'rich'))\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "[]"

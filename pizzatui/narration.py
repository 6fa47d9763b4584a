"""Where the shop's spoken lines go: the terminal by default, a listener when routed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Listener = Callable[[str], None]
"""Something that takes one line the shop says, such as the game's log."""

# A context variable rather than an attribute on each employee, so a shop can route
# every line its staff say without the listener ever becoming part of a pickle.
_listener: ContextVar[Listener | None] = ContextVar("pizzatui_listener", default=None)


def say(line: str) -> None:
    """Say one line: to the routed listener if there is one, else to the terminal."""
    listener = _listener.get()
    if listener is None:
        print(line)
    else:
        listener(line)


@contextmanager
def narrating_to(listener: Listener | None) -> Iterator[None]:
    """Route every line said inside the block to ``listener`` (None keeps print)."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def silence(line: str) -> None:
    """Drop a line; the listener for headless runs that want no narration."""

"""The lines the shop says, shared by the book's classes and the simulation."""

from __future__ import annotations

from pizzatui.employees import Employee

BAKE_LINE = "oven bakes"


def order_line(customer: str, server: Employee) -> str:
    """The book's line for a customer ordering from a server."""
    return f"{customer} orders from {server!r}"


def pay_line(customer: str, server: Employee) -> str:
    """The book's line for a customer paying a server."""
    return f"{customer} pays for item to {server!r}"

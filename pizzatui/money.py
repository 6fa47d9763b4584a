"""Money kept as whole cents so sums and raises never drift."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

Cents = int
"""An amount of money in cents."""

_CENT = Decimal("0.01")


def to_decimal(value: object, what: str = "amount") -> Decimal:
    """Read a number a player or a program gave, refusing anything that is not one."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise ValueError(f"The {what} must be a number, not {value!r}.")
    try:
        # str() first so 0.1 means one tenth, not the nearest binary float.
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"The {what} must be a number, not {value!r}.") from None
    if not number.is_finite():
        raise ValueError(f"The {what} must be a finite number, not {value!r}.")
    return number


def to_cents(value: object, what: str = "amount") -> Cents:
    """Turn a number of currency units into whole cents, rounding half to even."""
    units = to_decimal(value, what)
    return int((units * 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def scale_cents(cents: Cents, factor: Decimal) -> Cents:
    """Multiply an amount by an exact factor, rounding to the cent."""
    return int((Decimal(cents) * factor).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def as_number(cents: Cents) -> int | Decimal:
    """Show cents as the book shows money: 40000, or 40000.50 when cents remain."""
    whole, part = divmod(cents, 100)
    if part == 0:
        return whole
    return (Decimal(cents) / 100).quantize(_CENT)


def format_money(cents: Cents) -> str:
    """Format an amount for a player: $1,234.50, with a minus sign for debt."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}${whole:,}.{part:02d}"

"""The book's staff: an Employee and the Chef, Server and PizzaRobot kinds of one."""

from __future__ import annotations

from decimal import Decimal

from pizzatui.money import Cents, as_number, scale_cents, to_cents, to_decimal
from pizzatui.names import check_name
from pizzatui.narration import say
from pizzatui.sim.model import ROBOT_PACE

MAX_RAISE = Decimal(1)
"""The largest raise one call may give: 1.0, a doubling, is already generous."""


def _percent(fraction: Decimal) -> str:
    """Show a fraction as the percentage a player typed: 0.05 as 5%."""
    return f"{(fraction * 100).normalize():f}%"


class Employee:
    """Someone on the payroll, with a name, a yearly salary and a job to do."""

    role = "employee"
    duty = "does stuff"
    pace = 1.0
    """How fast this employee works: at 1.25 a task takes 80% of the usual time."""
    steady = False
    """Whether every task takes exactly the same time (robots) or varies (people)."""
    job: object = None
    """The customer this employee is busy with during service, or None when free."""
    made_since_service = 0
    """Pizzas made since a robot was last serviced; people need no servicing."""
    in_service = False
    """Whether a robot is stopped for servicing right now."""

    def __init__(self, name: str, salary: object = 0) -> None:
        self.name = check_name(name, "employee's name")
        self.salary = salary

    @property
    def salary(self) -> int | Decimal:
        """The yearly salary as the book shows it: 40000, or 40000.50 with cents."""
        return as_number(self.salary_cents)

    @salary.setter
    def salary(self, value: object) -> None:
        cents = to_cents(value, "salary")
        if cents < 0:
            raise ValueError(f"A salary cannot be negative, not {value!r}.")
        self.salary_cents: Cents = cents

    def giveRaise(self, percent: object) -> None:  # noqa: N802 - the book's name
        """Raise the salary by a fraction: 0.10 adds ten percent."""
        fraction = to_decimal(percent, "raise")
        if fraction < 0:
            raise ValueError(
                f"A raise cannot be negative ({_percent(fraction)}); "
                "a pay cut is not a raise."
            )
        if fraction > MAX_RAISE:
            raise ValueError(
                f"A raise of {_percent(fraction)} is absurd; "
                f"the most one raise can give is {_percent(MAX_RAISE)}."
            )
        self.salary_cents = scale_cents(self.salary_cents, 1 + fraction)

    def work_line(self) -> str:
        """The line the book prints when this employee works."""
        return f"{self.name} {self.duty}"

    def work(self) -> None:
        """Say what this employee does, as the book prints it."""
        say(self.work_line())

    def __repr__(self) -> str:
        return f"<Employee: name={self.name}, salary={self.salary}>"


class Chef(Employee):
    """A cook who makes the food, on the book's chef salary."""

    role = "chef"
    duty = "makes food"

    def __init__(self, name: str) -> None:
        super().__init__(name, 50000)


class Server(Employee):
    """The one who takes the customer's order and money."""

    role = "server"
    duty = "interfaces with customer"

    def __init__(self, name: str) -> None:
        super().__init__(name, 40000)


class PizzaRobot(Chef):
    """A chef that is a machine and only makes pizza."""

    role = "robot"
    duty = "makes pizza"
    pace = ROBOT_PACE
    steady = True

"""pizzatui: the pizza shop from Learning Python, grown into a terminal game."""

from pizzatui.employees import Chef, Employee, PizzaRobot, Server
from pizzatui.pizzashop import Customer, Oven, PizzaShop, ShopError

# Kept here as a literal, read by the build, because asking the installed metadata
# costs start-up time on every launch.
__version__ = "0.1.0"

__all__ = [
    "Chef",
    "Customer",
    "Employee",
    "Oven",
    "PizzaRobot",
    "PizzaShop",
    "Server",
    "ShopError",
    "__version__",
]

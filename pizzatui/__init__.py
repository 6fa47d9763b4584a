"""pizzatui: the pizza shop from Learning Python, grown into a terminal game."""

from importlib.metadata import PackageNotFoundError, version

from pizzatui.employees import Chef, Employee, PizzaRobot, Server
from pizzatui.pizzashop import Customer, Oven, PizzaShop, ShopError

try:
    __version__ = version("pizzatui")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

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

"""The report shown at closing time, before the next day begins."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from pizzatui.money import format_money
from pizzatui.sim.views import DayReport


def report_rows(report: DayReport) -> list[tuple[str, str]]:
    """The report's figures as (label, value) pairs in reading order."""
    rows = [
        ("Customers", str(report.customers)),
        ("Served", str(report.served)),
        ("Lost", str(report.lost)),
        ("Wait", f"{report.avg_wait:.1f} min avg, {report.worst_wait:.0f} worst"),
        ("Revenue", format_money(report.revenue)),
    ]
    rows += [
        (f"  {kind}", format_money(-cents))
        for kind, cents in report.costs.items()
        if cents
    ]
    rows += [
        ("Profit", format_money(report.profit)),
        ("Oven use", f"{report.oven_use:.0%}"),
        ("Best seller", report.best_seller or "none"),
        ("Cash", format_money(report.cash_end)),
        ("Reputation", f"{report.reputation_end:.1f} stars"),
    ]
    return rows


def report_content(report: DayReport) -> Content:
    """Lay the report's figures out as two aligned columns."""
    lines = [
        Content.assemble((f"{label:<12}", "$text-muted"), value)
        for label, value in report_rows(report)
    ]
    return Content("\n").join(lines)


class DayReportDialog(ModalScreen[None]):
    """How the day went; closing it starts the next day."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Next day"),
        Binding("enter", "close", "Next day", show=False),
    ]

    def __init__(self, report: DayReport) -> None:
        super().__init__()
        self.report = report

    def compose(self) -> ComposeResult:
        """Lay out the title, the figures and the button to carry on."""
        with Vertical(classes="dialog", id="day-report"):
            yield Static(
                Content(f"Day {self.report.day} is over"), classes="dialog-title"
            )
            yield Static(report_content(self.report), id="report-figures")
            yield Button("Next day", id="next-day", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Carry on when the button is pressed."""
        event.stop()
        self.dismiss()

    def action_close(self) -> None:
        """Carry on to the next day."""
        self.dismiss()

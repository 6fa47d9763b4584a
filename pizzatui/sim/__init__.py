"""The shop's simulation: its numbers, the event loop, the day and what screens read."""

"""eventviewer: a desktop viewer for reports of investment-matchmaking events."""

__version__ = "0.1.0"

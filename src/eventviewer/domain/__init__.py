"""The Qt-free core: schema, loader, derived figures and the summary.

Nothing in this package may import PySide6 or pyqtgraph (a test enforces it), so the command
line, the tests and other tools can use it without a GUI stack.
"""

from .bundled import bundled_event_path
from .errors import EventFileError, Problem
from .loader import LoadedEvent, load_event, load_event_bytes
from .schema import SCHEMA_VERSION, Event, json_schema
from .summary import Summary, build_summary
from .text import render_text

__all__ = [
    "SCHEMA_VERSION",
    "Event",
    "EventFileError",
    "LoadedEvent",
    "Problem",
    "Summary",
    "build_summary",
    "bundled_event_path",
    "json_schema",
    "load_event",
    "load_event_bytes",
    "render_text",
]

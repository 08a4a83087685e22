"""The Qt-free core: schema, loader, derived figures and the summary.

Nothing in this package may import PySide6 or pyqtgraph (a test enforces it), so the command
line, the tests and other tools can use it without a GUI stack. Names are imported on first
use (PEP 562), so ``--validate`` does not pay for the summary and text modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE = {
    "bundled_event_path": "bundled",
    "EventFileError": "errors",
    "Problem": "errors",
    "LoadedEvent": "loader",
    "load_event": "loader",
    "load_event_bytes": "loader",
    "SCHEMA_VERSION": "schema",
    "Event": "schema",
    "json_schema": "schema",
    "Summary": "summary",
    "build_summary": "summary",
    "render_text": "text",
}
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

if TYPE_CHECKING:
    from .bundled import bundled_event_path
    from .errors import EventFileError, Problem
    from .loader import LoadedEvent, load_event, load_event_bytes
    from .schema import SCHEMA_VERSION, Event, json_schema
    from .summary import Summary, build_summary
    from .text import render_text


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value

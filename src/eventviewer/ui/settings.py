"""QSettings access by the declared :mod:`eventviewer.settings` keys only."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from .. import settings as keys
from ..settings import T


class SettingsStore:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings("eventviewer", "eventviewer")

    def text(self, setting: keys.Setting[str]) -> str:
        """The saved text, or the default where it is not one the setting can take."""
        value = self.q.value(setting.key, setting.default)
        if not _usable(value) or (setting.choices and value not in setting.choices):
            return setting.default
        assert isinstance(value, str)
        return value

    def bytes(self, setting: keys.Setting[bytes | None]) -> QByteArray | None:
        value = self.q.value(setting.key)
        if not isinstance(value, QByteArray) or value.isEmpty() or value.size() > setting.limit:
            return None
        return value

    def strings(self, setting: keys.Setting[tuple[str, ...]]) -> list[str]:
        """The saved list's first ``setting.limit`` usable texts (a hand-edited file may hold
        thousands: the rest are never looked at)."""
        value = self.q.value(setting.key, list(setting.default))
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [v for v in items[: setting.limit] if _usable(v)]

    def set(self, setting: keys.Setting[T], value: object) -> None:
        self.q.setValue(setting.key, value)

    def add_recent(self, path: str) -> list[str]:
        recent = [path] + [p for p in self.strings(keys.RECENT_FILES) if p != path]
        recent = recent[: keys.MAX_RECENT_FILES]
        self.set(keys.RECENT_FILES, recent)
        return recent

    def sync(self) -> None:
        self.q.sync()


def _usable(value: object) -> bool:
    """A text that can be a saved value: not too long, and no NUL (no path holds one)."""
    return isinstance(value, str) and len(value) <= keys.MAX_TEXT and "\0" not in value

"""QSettings access by the declared :mod:`eventviewer.settings` keys only."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from .. import settings as keys
from ..settings import T


class SettingsStore:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings("eventviewer", "eventviewer")

    def text(self, setting: keys.Setting[str]) -> str:
        value = self.q.value(setting.key, setting.default)
        return value if isinstance(value, str) else setting.default

    def bytes(self, setting: keys.Setting[bytes | None]) -> QByteArray | None:
        value = self.q.value(setting.key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def strings(self, setting: keys.Setting[tuple[str, ...]]) -> list[str]:
        value = self.q.value(setting.key, list(setting.default))
        if isinstance(value, str):
            return [value]
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def set(self, setting: keys.Setting[T], value: object) -> None:
        self.q.setValue(setting.key, value)

    def add_recent(self, path: str) -> list[str]:
        recent = [path] + [p for p in self.strings(keys.RECENT_FILES) if p != path]
        recent = recent[: keys.MAX_RECENT_FILES]
        self.set(keys.RECENT_FILES, recent)
        return recent

    def sync(self) -> None:
        self.q.sync()

"""The four tabs in one widget, each built when first shown (ui/registry.py declares them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import LoadedEvent, Summary
from .common import ReflowArea
from .registry import TAB_KEYS, TABS, TabSpec
from .settings import SettingsStore

T = TypeVar("T")


class Tab(Protocol):
    """What the window asks of every tab."""

    def set_data(self, loaded: LoadedEvent, summary: Summary) -> None: ...

    def connect_settings(self, store: SettingsStore) -> None:
        """Restore what the tab remembers and keep it up to date in ``store``."""


def tab_title(spec: TabSpec) -> str:
    return QCoreApplication.translate("tabs", spec.title)


class TabSlot(QWidget):
    """A tab page that builds its real widget when first needed."""

    def __init__(self, spec: TabSpec, on_built: Callable[[Tab], None]) -> None:
        super().__init__()
        self.spec = spec
        self.on_built = on_built
        self.widget: QWidget | None = None
        self.tab: Tab | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.widget is None:
            widget = self.spec.make()
            self.widget, self.tab = widget, widget
            page = widget if isinstance(widget, QAbstractScrollArea) else ReflowArea(widget)
            self.box.addWidget(page)
            self.on_built(widget)
            if self.isVisible():  # Qt would show it only on a queued call
                page.show()
        return self.widget


class TabPages(QTabWidget):
    """The tabs of the event shown: each built on first show, then kept up to date."""

    def __init__(self, on_built: Callable[[Tab], None]) -> None:
        super().__init__()
        self.setDocumentMode(True)
        self.live = False  # an event is shown: a tab made current is built at once
        self.slots = [TabSlot(spec, on_built) for spec in TABS]
        for slot in self.slots:
            self.addTab(slot, tab_title(slot.spec))
        self.currentChanged.connect(self._on_changed)

    def tab(self, key: str, cls: type[T]) -> T:
        """The tab ``key``, built if it was not yet, as the class the caller expects."""
        widget = self.slots[TAB_KEYS.index(key)].ensure()
        assert isinstance(widget, cls)
        return widget

    @Slot(object, object)
    def set_data(self, loaded: LoadedEvent, summary: Summary) -> None:
        """Every tab built so far shows ``loaded``; the others will when built."""
        for slot in self.slots:
            if slot.tab is not None:
                slot.tab.set_data(loaded, summary)
        self.live = True
        self.slots[self.currentIndex()].ensure()

    def select(self, key: str) -> None:
        if key in TAB_KEYS:
            self.setCurrentIndex(TAB_KEYS.index(key))

    def current_key(self) -> str:
        return TAB_KEYS[self.currentIndex()]

    def step(self, step: int) -> None:
        self.setCurrentIndex((self.currentIndex() + step) % self.count())

    @Slot(int)
    def _on_changed(self, index: int) -> None:
        if 0 <= index < len(self.slots) and self.live:
            self.slots[index].ensure()

"""Copy from tables the way spreadsheets paste: tab-separated rows under a header row.

Every table gets Copy (the selected rows; Ctrl+C), Copy Table and Select All (Ctrl+A), by key
and on its context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from ..charts.text import one_line


def table_text(view: QAbstractItemView, *, selected_only: bool) -> str:
    """The header row and the rows (selected, or all) as tab-separated lines, in view order."""
    model = view.model()
    columns = range(model.columnCount())
    if selected_only and view.selectionModel() is not None:
        rows = sorted({index.row() for index in view.selectionModel().selectedIndexes()})
        rows = rows or ([view.currentIndex().row()] if view.currentIndex().isValid() else [])
    else:
        rows = list(range(model.rowCount()))

    def cell(value: object) -> str:
        return one_line(str(value if value is not None else ""))

    header = [cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    lines = ["\t".join(header)]
    lines += ["\t".join(cell(model.index(r, c).data()) for c in columns) for r in rows]
    return "\n".join(lines) + "\n"


class _CopyKeys(QObject):
    """Ctrl+C on the view copies rows, not just the current cell (Qt's own handling)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        copy = QKeySequence.StandardKey.Copy
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(copy):
                if event.type() == QEvent.Type.KeyPress:
                    copy_rows(self.view, selected_only=True)
                event.accept()
                return True
        return False


def copy_rows(view: QAbstractItemView, *, selected_only: bool) -> None:
    QGuiApplication.clipboard().setText(table_text(view, selected_only=selected_only))


def install_copy(view: QAbstractItemView) -> None:
    """Give ``view`` its copy keys and a context menu with Copy, Copy Table, Select All."""
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    keys = _CopyKeys(view)
    view.installEventFilter(keys)
    translate = QCoreApplication.translate  # PySide's tr() would look in the context _CopyKeys
    actions = []
    for text, shortcut, slot in (
        (
            translate("copying", "&Copy"),
            QKeySequence.StandardKey.Copy,
            lambda: copy_rows(view, selected_only=True),
        ),
        (translate("copying", "Copy &Table"), None, lambda: copy_rows(view, selected_only=False)),
        (translate("copying", "Select &All"), QKeySequence.StandardKey.SelectAll, view.selectAll),
    ):
        action = QAction(text, view)
        if shortcut is not None:
            action.setShortcuts(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        actions.append(action)
    view.addActions(actions)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

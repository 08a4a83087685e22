"""The window's status bar: the file shown (its SHA-256 on hover), its schema version, how
many figures are derived, and the audit findings (a button that lists them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from ..charts.text import plain_tooltip
from ..domain import LoadedEvent, Summary
from ..domain.errors import visible

translate = QCoreApplication.translate


class EventStatus:
    """The permanent widgets of ``bar`` that describe the event shown."""

    def __init__(self, bar: QStatusBar) -> None:
        self.file_label = QLabel()
        self.schema_label = QLabel()
        self.audit_label = QLabel()
        self.findings_button = QPushButton()
        self.findings_button.setFlat(True)
        self.findings_button.setToolTip(translate("MainWindow", "List the audit findings"))
        for label in (self.file_label, self.schema_label, self.audit_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.findings_button)
        self.bar = bar

    @Slot(object, object)
    def show(self, loaded: LoadedEvent, summary: Summary) -> None:
        self.file_label.setText(visible(Path(loaded.file).name))
        self.file_label.setToolTip(
            plain_tooltip(f"{visible(loaded.file)}\nSHA-256 {loaded.sha256}")
        )
        version = translate("MainWindow", "Schema v%d")
        self.schema_label.setText(version % summary.written_version)
        migrated = translate(
            "MainWindow", "Written in schema version %d and migrated on reading to version %d."
        )
        versions = (summary.written_version, summary.schema_version)
        self.schema_label.setToolTip(migrated % versions if versions[0] != versions[1] else "")
        n = summary.derived_count
        if n == 1:
            self.audit_label.setText(translate("MainWindow", "1 derived figure ·"))
        else:
            derived = translate("MainWindow", "{n} derived figures ·")
            self.audit_label.setText(derived.format(n=n))
        warnings = len(loaded.findings)
        if warnings == 1:
            self.findings_button.setText(translate("MainWindow", "1 warning"))
        else:
            self.findings_button.setText(translate("MainWindow", "{n} warnings").format(n=warnings))
        self.findings_button.setEnabled(warnings > 0)

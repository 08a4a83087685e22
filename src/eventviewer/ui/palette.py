"""Light and dark palettes for ``--color-scheme``; by default the system's palette is used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#282828",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.Highlight: "#3d7fbf",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    QPalette.ColorRole.Mid: "#555555",
    QPalette.ColorRole.Link: "#7fb2e5",
}


INDICATOR_WINDOW = "#a8a8a8"  # its darker shade, Fusion's outline, shows on #2b2b2b


def apply_color_scheme(app: QApplication, scheme: str) -> None:
    """Fusion with a light or dark palette; "system" is handled by not calling this at all."""
    app.setStyle("Fusion")
    QGuiApplication.styleHints().setColorScheme(
        Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light
    )
    palette = app.style().standardPalette()
    if scheme == "dark":
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7a7a")
        )
    app.setPalette(palette)
    if scheme == "dark":
        # Fusion outlines radio buttons and check boxes in a darker shade of Window: on a dark
        # window that outline vanishes, and an unchecked button with it. They get a light one.
        indicators = QPalette(palette)
        indicators.setColor(QPalette.ColorRole.Window, QColor(INDICATOR_WINDOW))
        for widget_class in ("QRadioButton", "QCheckBox"):
            # The stub declares bytes for the class name; the binding accepts only str (PySide6's
            # QtWidgets.pyi; no upstream report found: README, "Workarounds").
            app.setPalette(indicators, widget_class)  # type: ignore[arg-type]

"""The tier chart as an image to take away: PNG at twice the device pixels, or SVG.

The same chart as the screen and the page, in print colours on white. Its hatching is drawn
as lines (HatchItem), not as a pattern brush, so SVG keeps it; text stays text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from ..domain.summary import Summary

if TYPE_CHECKING:
    from ..charts.tier_chart import TierChart

SIZE = QSize(1000, 560)  # logical pixels: a slide's width, room for labels and legend
SCALE = 2


def _chart(summary: Summary) -> TierChart:
    from ..charts.tier_chart import TierChart, print_colours

    chart = TierChart()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.set_colours(print_colours())
    chart.set_rows(list(summary.tiers), summary.currency, "amount")
    chart.resize(SIZE)
    chart.show()
    QApplication.processEvents()
    return chart


def chart_png(summary: Summary) -> bytes:
    chart = _chart(summary)
    try:
        image = QImage(SIZE * SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(SCALE)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.scene().render(painter, QRectF(0, 0, SIZE.width(), SIZE.height()), _source(chart))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        _save_png(image, buffer)
        return bytes(data.data())
    finally:
        chart.close()


def chart_svg(summary: Summary) -> bytes:
    chart = _chart(summary)
    try:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(SIZE)
        generator.setViewBox(QRectF(0, 0, SIZE.width(), SIZE.height()))
        generator.setTitle(summary.title)
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, SIZE.width(), SIZE.height()), QColor("white"))
        chart.scene().render(painter, QRectF(0, 0, SIZE.width(), SIZE.height()), _source(chart))
        painter.end()
        return bytes(data.data())
    finally:
        chart.close()


def _save_png(image: QImage, device: QIODevice) -> bool:
    return QImageWriter(device, QByteArray(b"png")).write(image)


def _source(chart: TierChart) -> QRectF:
    return QRectF(chart.viewport().rect())

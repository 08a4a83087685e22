"""The faces Han text is drawn in when the reader's language is Chinese (screen and paper)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo

# Simplified Chinese faces, before any other CJK one: a C locale's fontconfig offers the
# Japanese face first (所, 令 and 直 in their Japanese shapes, the full-width colon centred).
SIMPLIFIED_FACES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC")


def latin_then_simplified(font: QFont) -> QFont:
    """``font`` drawing Latin in the system's own Latin face (DejaVu Sans, say: the alias
    "Sans Serif" may resolve to the CJK face once one is listed, and Qt's PDF writer loses a
    CJK face's Latin digits from the text a reader copies) and Han in a Simplified face."""
    latin = QFontInfo(QFont(font.families()[0] if font.families() else font.family())).family()
    chosen = QFont(font)
    chosen.setFamilies([latin, *(f for f in SIMPLIFIED_FACES if f != latin)])
    return chosen

"""The reader's language: Chinese or English, chosen by --lang, then (for the window) the
View > Language setting, then the system locale (LANG=zh_CN.UTF-8 → Chinese).

Qt Linguist, the standard way: our strings from ``resources/translations/eventviewer_zh_CN.qm``
(compiled from the ``.ts`` beside it), Qt's own dialogs from the ``qtbase`` translations that
come with PySide6, and dates from ``QLocale``. Qt is imported only when Chinese is chosen.
"""

from __future__ import annotations

import datetime
import os
from typing import TYPE_CHECKING

from ..domain import i18n
from ..domain.bundled import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES = ("zh", "en")
QM = "translations/eventviewer_zh_CN.qm"


def system_language() -> str:
    """``zh`` when the locale the system gives programs is Chinese, else ``en`` (the variables
    in the order POSIX reads them, as Qt does)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def chosen(cli: str | None, setting: str = "") -> str:
    """``zh`` or ``en``: the command line's, else the setting's, else the system's."""
    if cli in LANGUAGES:
        return cli
    if setting in LANGUAGES:
        return setting
    return system_language()


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (none for English) and tell the core to write
    in it; the translators are returned for the caller to keep."""
    if language != "zh":
        i18n.use("en", None, None)
        return []
    from PySide6.QtCore import QDate, QLibraryInfo, QLocale, QTranslator

    installed = []
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / QM)):
        app.installTranslator(ours)
        installed.append(ours)
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    # CLDR's long date for zh_CN, without the weekday it ends with: 2023年9月3日
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "").strip()

    def long_date(value: datetime.date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), pattern)

    i18n.use("zh", app.translate, long_date)
    simplified_faces_first(app)
    return installed


def simplified_faces_first(app: QCoreApplication) -> None:
    """The window's font falls back to a Simplified Chinese face before any other CJK one: Qt
    would otherwise take the first CJK face fontconfig offers for the locale, Japanese on a C
    locale (所, 令 and 直 in their Japanese shapes, the full-width colon centred). The printed
    pages set their own (``printing/page.py``)."""
    from PySide6.QtGui import QGuiApplication

    from ..charts.faces import SIMPLIFIED_FACES  # Qt: only once Chinese is chosen

    if not isinstance(app, QGuiApplication):
        return  # text only: nothing is drawn
    font = QGuiApplication.font()
    families = [f for f in font.families() if f not in SIMPLIFIED_FACES] or [font.family()]
    font.setFamilies([*families, *SIMPLIFIED_FACES])
    QGuiApplication.setFont(font)


def for_one_shot(cli: str | None, *, paints: bool) -> object | None:
    """Set the language of a mode without a window (--summary, --print-summary…): a Qt
    application holds the translators when Chinese is chosen — one that can paint (offscreen)
    for the modes that print. Returns what must stay alive."""
    language = chosen(cli)
    if language != "zh":
        return None
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None and paints:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
    elif app is None:
        app = QCoreApplication([])
    return app, install(app, language)

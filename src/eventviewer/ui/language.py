"""The language of the window: Chinese or English, chosen by --lang, the View > Language
setting, or the system locale (LANG=zh_CN.UTF-8 → Chinese), in that order.

Qt Linguist, the standard way: our strings from ``resources/translations/eventviewer_zh_CN.qm``
(compiled from the ``.ts`` beside it) and Qt's own dialogs from the ``qtbase`` translations that
come with PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain.bundled import resources_dir

LANGUAGES = ("zh", "en")
QM = "translations/eventviewer_zh_CN.qm"


def chosen(cli: str | None, setting: str) -> str:
    """``zh`` or ``en``: the command line's, else the setting's, else the system's."""
    if cli in LANGUAGES:
        return cli
    if setting in LANGUAGES:
        return setting
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (none for English); kept by the caller."""
    if language != "zh":
        return []
    installed = []
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / QM)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed

"""QApplication bootstrap: fonts, language and direction, translators."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk_app import resources
from desk_app.config import LANGUAGES

log = logging.getLogger(__name__)

# Installed translators must stay referenced, or Qt falls back to English.
_translators: list[QTranslator] = []


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Maktab")
    app.setOrganizationName("Maktab")
    app.setApplicationDisplayName("Maktab")
    register_fonts(app)
    return app


def register_fonts(app: QApplication) -> None:
    """Use the bundled Noto fonts whatever the workstation has installed."""
    families: list[str] = []
    for path in sorted(resources.fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if not families:
        return
    font = QFont(app.font())
    # Latin text in Noto Sans, Arabic in Noto Sans Arabic (Qt falls back per glyph).
    preferred = [f for f in ("Noto Sans", "Noto Sans Arabic") if f in families]
    font.setFamilies(preferred or families)
    app.setFont(font)


def resolve_language(setting: str) -> str:
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def apply_language(app: QApplication, language: str) -> None:
    """Install the app's and Qt's own translations and the layout direction."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{language}", qt_dir), (f"desk_app_{language}", None)):
        translator = QTranslator(app)
        folder = directory or str(resources.i18n_dir())
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
        elif language != "en":
            log.warning("translation %s not found in %s", name, folder)
    QLocale.setDefault(locale_for(language))
    direction = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)


def locale_for(language: str) -> QLocale:
    # Saudi Arabic for dates and numbers in Arabic (plain "ar" resolves to Egypt).
    return QLocale({"ar": "ar_SA", "pl": "pl_PL"}.get(language, "en_GB"))

"""Writing a report in a language other than the window's.

A saved report names its language (a branch may send its monthly report in
English while its desk speaks Arabic). While a report's words are chosen,
the application's translators and default locale are swapped for the
report's, then put back: every word and digit of the report, including the
shared labels (channels, priorities, tiers), then comes out in its language.
No widget is shown meanwhile, and none retranslates itself on a language
change, so the window does not flicker.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_app import app as application
from desk_app import resources
from desk_app.ui.labels import ui_language


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within the block, translations and numbers are ``language``'s."""
    core = QCoreApplication.instance()
    if core is None or language == ui_language():
        yield
        return
    saved_locale = QLocale()
    window_translators = list(application._translators)
    for translator in window_translators:
        core.removeTranslator(translator)
    report_translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"desk_app_{language}", None)):
        translator = QTranslator()
        if translator.load(name, folder or str(resources.i18n_dir())):
            core.installTranslator(translator)
            report_translators.append(translator)
    QLocale.setDefault(application.locale_for(language))
    try:
        yield
    finally:
        for translator in report_translators:
            core.removeTranslator(translator)
        for translator in window_translators:
            core.installTranslator(translator)
        QLocale.setDefault(saved_locale)

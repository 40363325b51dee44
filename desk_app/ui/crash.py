"""When something unexpected breaks: write a report, tell the user, keep going.

The report goes to <data dir>/crash-reports/ with the traceback, versions and
platform, never the user's typed data (that is in the draft file, which the
intake dialog keeps on every keystroke and offers again on the next start).
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app import __version__


def write_report(
    directory: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = directory / f"crash-{stamp}.txt"
    lines = [
        f"Maktab {__version__}",
        f"Time (UTC): {datetime.now(UTC).isoformat()}",
        f"Python {sys.version.split()[0]}, PySide6 {pyside_version}",
        f"Platform: {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    path.write_text("\n".join(lines), "utf-8")
    return path


def install(report_dir: Path, show_dialog: bool = True) -> Callable[..., None]:
    """Replace sys.excepthook; returns the hook (tests call it directly)."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            path: Path | None = write_report(report_dir, exc_type, exc, tb)
        except OSError:
            path = None
        traceback.print_exception(exc_type, exc, tb)
        if show_dialog and isinstance(QApplication.instance(), QApplication):
            # Show the dialog from the event loop, not from inside a Qt callback.
            QTimer.singleShot(0, lambda: _show(path, exc))

    sys.excepthook = hook
    return hook


def _show(path: Path | None, exc: BaseException) -> None:
    text = QCoreApplication.translate(
        "Crash",
        "Something unexpected went wrong: {error}\n\nYour unsaved intake is kept as a draft "
        "and will be offered again. You can keep working.",
    ).format(error=exc)
    if path is not None:
        text += "\n\n" + QCoreApplication.translate(
            "Crash", "A report was written to:\n{path}"
        ).format(path=path)
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("Crash", "Maktab"), text
    )
    box.setObjectName("crashDialog")
    box.exec()

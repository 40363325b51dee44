"""Opening the database at start-up, with a way out when it cannot be opened."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desk_app.config import Settings
from desk_app.storage.db import DatabaseError, DatabaseProblem, open_database
from desk_app.ui.desk import Desk
from desk_app.ui.errors import problem_text


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) so a new one can start;
    nothing is deleted, an administrator can still recover from it."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def open_desk(settings: Settings, interactive: bool = True) -> Desk | None:
    path = settings.database_path
    while True:
        try:
            return Desk(open_database(path, derive_now=False), settings)
        except DatabaseError as error:
            message = problem_text(error.problem) + "\n\n" + str(path)
            if not interactive:
                print(f"{message}\n({error.detail})", file=sys.stderr)
                return None
            if not _ask(error, message, path):
                return None


def _ask(error: DatabaseError, message: str, path: Path) -> bool:
    """True to try again (after setting a damaged file aside), False to quit."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Startup", "Cannot open the database"),
        message,
    )
    box.setObjectName("databaseProblemDialog")
    box.setDetailedText(error.detail)
    retry = box.addButton(
        QCoreApplication.translate("Startup", "Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    fresh = None
    if error.problem == DatabaseProblem.CORRUPT:
        fresh = box.addButton(
            QCoreApplication.translate(
                "Startup", "Keep the damaged file aside and start a new database"
            ),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if fresh is not None and clicked is fresh:
        kept = set_aside(path)
        QMessageBox.information(
            None,
            QCoreApplication.translate("Startup", "Database set aside"),
            QCoreApplication.translate("Startup", "The damaged file was kept as:\n{path}").format(
                path=kept
            ),
        )
        return True
    return clicked is retry

"""Errors from below the UI, said in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.services.permissions import PERMISSIONS, PermissionDenied
from desk_app.storage.db import DatabaseError, DatabaseProblem, classify


def problem_text(problem: DatabaseProblem) -> str:
    return {
        DatabaseProblem.LOCKED: QCoreApplication.translate(
            "Errors",
            "The database is busy: another program or another copy of Maktab is writing "
            "to it. Nothing you typed is lost; try again in a moment.",
        ),
        DatabaseProblem.CORRUPT: QCoreApplication.translate(
            "Errors",
            "The database file is damaged and cannot be read. Nothing you typed is lost. "
            "Ask your administrator to restore it from a backup.",
        ),
        DatabaseProblem.UNREADABLE: QCoreApplication.translate(
            "Errors",
            "The database file cannot be opened or written (check the disk, its free "
            "space and its permissions). Nothing you typed is lost.",
        ),
        DatabaseProblem.TOO_NEW: QCoreApplication.translate(
            "Errors",
            "The database was written by a newer version of Maktab. Install that "
            "version to open it.",
        ),
    }[problem]


def describe(error: BaseException) -> str:
    if isinstance(error, PermissionDenied):
        # The person lacks a right: the service's reason, in their language.
        return QCoreApplication.translate(PERMISSIONS, error.denial.message)
    if isinstance(error, DatabaseError):
        problem: DatabaseProblem | None = error.problem
    else:
        problem = classify(error)
    if problem is not None:
        return problem_text(problem)
    return QCoreApplication.translate("Errors", "Something went wrong: {error}").format(error=error)

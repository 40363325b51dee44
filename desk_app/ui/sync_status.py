"""The status-bar indicator: connection, last sync, pending changes, conflicts.

One click opens what needs attention: the conflicts when there are some to
review, the outbox otherwise. The tooltip says the last problem in words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from desk_app.sync.status import SyncState, SyncStatus
from desk_app.ui.sync_texts import (
    CLOCK_AHEAD,
    clock_ahead_short,
    clock_ahead_text,
    moment_text,
    problem_text,
)

WARNING_STYLE = "color: #b3261e"


def state_text(status: SyncStatus, zone: str, today: date | None = None) -> str:
    """The connection part: "Syncing…", "Synced at 10:42" …"""
    state = status.state
    if state == SyncState.NOT_CONFIGURED:
        return QCoreApplication.translate("SyncIndicator", "Not connected to a server")
    if state == SyncState.SIGNED_OUT:
        return QCoreApplication.translate("SyncIndicator", "Not signed in to the server")
    if state == SyncState.OFFLINE:
        return QCoreApplication.translate("SyncIndicator", "Offline — retrying")
    if state == SyncState.SYNCING:
        return QCoreApplication.translate("SyncIndicator", "Syncing…")
    if state == SyncState.ERROR:
        return QCoreApplication.translate("SyncIndicator", "Not syncing — see why")
    if status.problem == CLOCK_AHEAD:
        # Pulls go on, but this desk's changes wait until its clock is right.
        return clock_ahead_short(status.clock_ahead_ms)
    if status.last_synced_at is None:
        return QCoreApplication.translate("SyncIndicator", "Synced")
    return QCoreApplication.translate("SyncIndicator", "Synced at {time}").format(
        time=moment_text(status.last_synced_at, zone, today)
    )


class SyncCounts(QObject):
    """Plural texts of the indicator. They go through self.tr() because
    pyside6-lupdate 6.11 records a plural only for tr(text, disambiguation, n),
    not for QCoreApplication.translate(context, text, disambiguation, n)."""

    def texts(self, pending: int, refused: int, conflicts: int) -> list[str]:
        parts = []
        if pending:
            parts.append(self.tr("%Ln pending", "", pending))
        if refused:
            parts.append(self.tr("%Ln refused", "", refused))
        if conflicts:
            parts.append(self.tr("%Ln conflict(s)", "", conflicts))
        return parts


def count_texts(status: SyncStatus) -> list[str]:
    """What waits: pending changes, refused ones, conflicts (only those not zero)."""
    return SyncCounts().texts(status.pending, status.rejected, status.conflicts)


def indicator_text(status: SyncStatus, zone: str, today: date | None = None) -> str:
    # A middle dot beside Arabic-Indic digits reads as a zero (٠): Arabic
    # uses its own comma.
    separator = QCoreApplication.translate(
        "SyncIndicator", " · ", "between the parts of the sync state"
    )
    return separator.join([state_text(status, zone, today), *count_texts(status)])


def indicator_tooltip(status: SyncStatus, zone: str) -> str:
    lines = []
    if status.problem == CLOCK_AHEAD:
        lines.append(clock_ahead_text(status.clock_ahead_ms))
    elif status.problem:
        lines.append(problem_text(status.problem))
    if status.last_synced_at is not None:
        lines.append(
            QCoreApplication.translate("SyncIndicator", "Last synced: {time}").format(
                time=moment_text(status.last_synced_at, zone)
            )
        )
    elif status.state not in (SyncState.NOT_CONFIGURED, SyncState.SIGNED_OUT):
        lines.append(QCoreApplication.translate("SyncIndicator", "Never synced yet"))
    if status.state == SyncState.NOT_CONFIGURED:
        lines.append(
            QCoreApplication.translate(
                "SyncIndicator",
                "This desk works on its own database. Changes are kept in the outbox "
                "and sent once you sign in to a server.",
            )
        )
    lines.append(
        QCoreApplication.translate(
            "SyncIndicator", "Changes waiting to be sent: {pending}; refused: {rejected}"
        ).format(
            pending=QLocale().toString(status.pending), rejected=QLocale().toString(status.rejected)
        )
    )
    lines.append(
        QCoreApplication.translate("SyncIndicator", "Conflicts to review: {count}").format(
            count=QLocale().toString(status.conflicts)
        )
    )
    lines.append(QCoreApplication.translate("SyncIndicator", "Click to see them."))
    return "\n".join(lines)


class SyncIndicator(QToolButton):
    """Emits ``conflictsRequested`` or ``outboxRequested`` when clicked."""

    outboxRequested = Signal()
    conflictsRequested = Signal()

    def __init__(self, zone: str = "UTC", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.zone = zone
        self.sync_status = SyncStatus(SyncState.NOT_CONFIGURED)
        self.clicked.connect(self._clicked)
        self.set_status(self.sync_status)

    def set_status(self, status: SyncStatus) -> None:
        self.sync_status = status
        self.setText(indicator_text(status, self.zone))
        tooltip = indicator_tooltip(status, self.zone)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(tooltip)
        attention = (
            status.state == SyncState.ERROR
            or status.problem == CLOCK_AHEAD
            or status.conflicts > 0
            or status.rejected > 0
        )
        self.setStyleSheet(WARNING_STYLE if attention else "")

    def _clicked(self) -> None:
        if self.sync_status.conflicts:
            self.conflictsRequested.emit()
        else:
            self.outboxRequested.emit()

"""Reviewing conflicts: a field changed on this desk and on another one.

The later change won on the server and the row has it now; the other value was
kept so a person can decide. For each conflict both values are shown side by
side ("This desk" on the start side), with which one the ticket has now; the
agent keeps one of them, or writes a merged value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.context import WriteContext
from desk_app.services.hlc import Timestamp
from desk_app.sync.status import ConflictEntry
from desk_app.ui.describe import Describer, field_name
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.sync_texts import CHOSEN_FIELDS, mixed_label, moment_text

ListConflicts = Callable[[Session], list[ConflictEntry]]
# (session, context, conflict id, "mine" | "theirs" | "edit", the merged value or None)
ResolveConflict = Callable[[Session, WriteContext, str, str, str | None], Any]


def empty_text() -> str:
    return QCoreApplication.translate("Sync", "(empty)")


MINE = "mine"
THEIRS = "theirs"
EDIT = "edit"


def hlc_moment(hlc: str) -> datetime | None:
    """When a change was made, from its HLC timestamp (wall clock part)."""
    try:
        wall_ms = Timestamp.decode(hlc).wall_ms
    except ValueError:
        return None
    return datetime.fromtimestamp(wall_ms / 1000, UTC) if wall_ms > 0 else None


def plain_text_box(parent: QWidget) -> QTextEdit:
    """A plain-text box whose paragraphs each align by their own language (an
    Arabic paragraph to the right, an English one to the left), which
    QPlainTextEdit does not do."""
    box = QTextEdit(parent)
    box.setAcceptRichText(False)
    return box


class ValueSide(QGroupBox):
    """One side of a conflict: its value (read-only) and the button keeping it."""

    def __init__(self, title: str, button: str, name: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}Side")
        self.kept = QLabel(
            QCoreApplication.translate("ConflictsDialog", "✓ The ticket has this value now"),
            self,
        )
        self.kept.setObjectName(f"{name}Kept")
        self.kept.setStyleSheet("color: #1e7b34")
        self.value = plain_text_box(self)
        self.value.setObjectName(f"{name}Value")
        self.value.setReadOnly(True)
        self.value.setTabChangesFocus(True)
        self.when = QLabel(self)
        self.when.setObjectName(f"{name}When")
        self.when.setStyleSheet("color: palette(placeholder-text)")
        self.button = QPushButton(button, self)
        self.button.setObjectName(f"keep{name.capitalize()}Button")
        layout = QVBoxLayout(self)
        layout.addWidget(self.kept)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.when)
        layout.addWidget(self.button)


class ConflictsDialog(QDialog):
    conflictsChanged = Signal()  # one was settled

    def __init__(
        self,
        desk: Desk,
        list_conflicts: ListConflicts,
        resolve: ResolveConflict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts to review"))
        self.desk = desk
        self._list = list_conflicts
        self._resolve = resolve
        self.loading = False
        self.conflicts: list[ConflictEntry] = []
        self.rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.zone = desk.settings.branch.time_zone

        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_current)

        intro = QLabel(
            self.tr(
                "The same field was changed on this desk and on another one before they "
                "could see each other's change. The later change is in the ticket now; "
                "decide which value is right, or write one that combines both."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.title = QLabel(self)
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.field = QLabel(self)
        self.field.setObjectName("conflictField")
        self.mine = ValueSide(self.tr("This desk"), self.tr("&Keep this desk's"), MINE, self)
        self.theirs = ValueSide(self.tr("Other desk"), self.tr("Keep the &other"), THEIRS, self)
        self.mine.button.clicked.connect(lambda: self.resolve(MINE))
        self.theirs.button.clicked.connect(lambda: self.resolve(THEIRS))
        sides = QHBoxLayout()  # mirrored in Arabic: this desk on the right
        sides.addWidget(self.mine, 1)
        sides.addWidget(self.theirs, 1)

        self.merge_box = QGroupBox(self.tr("Or write a merged value"), self)
        self.merge_box.setObjectName("mergeBox")
        self.merged = plain_text_box(self.merge_box)
        self.merged.setObjectName("mergedValue")
        self.merged.setTabChangesFocus(True)
        self.save_merged_button = QPushButton(self.tr("&Save merged"), self.merge_box)
        self.save_merged_button.setObjectName("saveMergedButton")
        self.save_merged_button.clicked.connect(lambda: self.resolve(EDIT))
        merge_layout = QVBoxLayout(self.merge_box)
        merge_layout.addWidget(self.merged, 1)
        merge_row = QHBoxLayout()
        merge_row.addStretch(1)
        merge_row.addWidget(self.save_merged_button)
        merge_layout.addLayout(merge_row)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.field)
        detail_layout.addLayout(sides, 3)
        detail_layout.addWidget(self.merge_box, 2)
        self.empty = QLabel(self.tr("Nothing to review: there are no conflicts."), self)
        self.empty.setObjectName("noConflicts")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(detail)
        self.pages.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])

        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(1000, 620)
        self._set_enabled(False)
        self.reload()

    # -- data ----------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        self.desk.read(self._list, self._loaded, self._failed, owner=self)

    def _loaded(self, conflicts: list[ConflictEntry]) -> None:
        self.loading = False
        previous = self.list.currentRow()
        self.conflicts = list(conflicts)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(
                f"{self._ltr(conflict.label)}\n{field_name(conflict.field)}", self.list
            )
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
        self.list.blockSignals(False)
        if self.conflicts:
            self.list.setCurrentRow(min(max(previous, 0), len(self.conflicts) - 1))
            self._show_current(self.list.currentRow())
        else:
            self.pages.setCurrentWidget(self.empty)
            self._set_enabled(False)

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self._say(describe(error), error=True)
        self._set_enabled(self.current() is not None)

    def current(self) -> ConflictEntry | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _ltr(self, text: str) -> str:
        return mixed_label(text, self.rtl)

    def _show_current(self, _row: int) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.pages.setCurrentIndex(0)
        self.title.setText(self._ltr(conflict.label))
        words = Describer(self.desk.reference, self.zone, self.rtl, conflict.ticket_numbers.get)
        self.field.setText(
            self.tr("Field: {field} — found {time}").format(
                field=field_name(conflict.field),
                time=moment_text(conflict.created_at, self.zone),
            )
        )
        for side, value, hlc, kept in (
            (self.mine, conflict.mine, conflict.mine_hlc, conflict.kept == MINE),
            (self.theirs, conflict.theirs, conflict.theirs_hlc, conflict.kept == THEIRS),
        ):
            side.value.setPlainText(words.value(conflict.field, value, empty=empty_text()))
            side.kept.setVisible(kept)
            changed = hlc_moment(hlc)
            side.when.setText(
                self.tr("Changed {time}").format(time=moment_text(changed, self.zone))
                if changed
                else ""
            )
        typed = conflict.field not in CHOSEN_FIELDS
        self.merge_box.setVisible(typed)
        current = conflict.mine if conflict.kept == MINE else conflict.theirs
        self.merged.setPlainText(current if typed else "")
        self.merged.moveCursor(QTextCursor.MoveOperation.End)
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.mine.button, self.theirs.button, self.save_merged_button):
            button.setEnabled(enabled and not self.loading)

    # -- deciding ------------------------------------------------------------
    def resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None or self.loading:
            return
        value = self.merged.toPlainText() if choice == EDIT else None
        self.loading = True
        self._set_enabled(False)

        def done(_result: Any) -> None:
            self.loading = False
            self._say(self.tr("Decided: {label}").format(label=self._ltr(conflict.label)))
            self.conflictsChanged.emit()
            self.reload()

        self.desk.write(
            lambda session, ctx: self._resolve(session, ctx, conflict.id, choice, value),
            done,
            self._failed,
            changed=lambda _r: [conflict.entity_id] if conflict.entity == "ticket" else [],
            owner=self,
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e" if error else "")
        self.message.setText(text)
        self.message.show()

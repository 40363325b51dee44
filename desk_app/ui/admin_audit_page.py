"""The console's audit log: who did what and when, newest first, narrowed by
person, kind, a period (in the branch's time zone) and branch; every kind and
detail in words. Exported as CSV (UTF-8 with a byte-order mark, so Excel
reads Arabic right); the export is itself an audit entry."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch, User
from desk_app.services.acting import require_right
from desk_app.services.audit import AuditKind, entries, record
from desk_app.services.context import WriteContext
from desk_app.services.permissions import PermissionDenied, Right
from desk_app.ui.admin_words import denial_text, detail_text, kind_label
from desk_app.ui.branch_datetime import BranchDateTimeEdit, branch_zone
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.field_errors import ERROR_STYLE
from desk_app.ui.formatting import local_time

LIMIT = 1000
DEFAULT_DAYS = 30


@dataclass(frozen=True)
class AuditFilter:
    actor_id: str | None = None
    kind: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    branch_id: str | None = None


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    actor_name: str
    branch_id: str | None
    kind: str
    subject: str
    detail: str


@dataclass(frozen=True)
class Directory:
    people: list[tuple[str, str]]  # id, name
    branches: list[tuple[str, str, str]]  # id, name, Arabic name


def _read(session: Session, ctx: WriteContext, chosen: AuditFilter) -> list[AuditLine]:
    require_right(session, ctx, Right.READ_AUDIT, action="read_audit")
    found = entries(
        session,
        kinds=frozenset({chosen.kind}) if chosen.kind else None,
        actor_id=chosen.actor_id,
        since=chosen.since,
        until=chosen.until,
        branch_id=chosen.branch_id,
        limit=LIMIT,
    )
    return [AuditLine(e.at, e.actor_name, e.branch_id, e.kind, e.subject, e.detail) for e in found]


def _directory(session: Session) -> Directory:
    people = session.execute(select(User.id, User.display_name).order_by(User.display_name)).all()
    branches = session.execute(
        select(Branch.id, Branch.name, Branch.name_ar).order_by(Branch.name)
    ).all()
    return Directory([(p[0], p[1]) for p in people], [(b[0], b[1], b[2]) for b in branches])


def _exported(session: Session, ctx: WriteContext, path: Path, rows: int) -> None:
    require_right(session, ctx, Right.READ_AUDIT, action="read_audit")
    record(session, ctx, AuditKind.EXPORTED, subject=path.name, detail={"rows": rows})


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """UTF-8 with a byte-order mark: Excel then reads Arabic as Arabic."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def choose_csv_path(parent: QWidget, suggested: str) -> str:
    """Where to export (a test replaces this)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Export the audit log"),
        suggested,
        parent.tr("CSV files (*.csv)"),
    )
    return path


class AuditPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.zone = desk.settings.branch.time_zone
        self.arabic = QLocale().language() == QLocale.Language.Arabic
        self.directory = Directory([], [])
        self.lines: list[AuditLine] = []

        self.who = QComboBox(self)
        self.who.setObjectName("auditWho")
        self.what = QComboBox(self)
        self.what.setObjectName("auditWhat")
        self.what.addItem(self.tr("Anything"), None)
        for kind in AuditKind:
            self.what.addItem(kind_label(kind), kind.value)
        self.since = BranchDateTimeEdit(self.zone, self)
        self.since.setObjectName("auditFrom")
        self.until = BranchDateTimeEdit(self.zone, self)
        self.until.setObjectName("auditTo")
        today = datetime.now(branch_zone(self.zone)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        self.since.set_moment(today - timedelta(days=DEFAULT_DAYS))
        self.until.set_moment(today + timedelta(days=1))
        self.branch = QComboBox(self)
        self.branch.setObjectName("auditBranch")

        filters = QFormLayout()
        for text, editor in (
            (self.tr("Wh&o:"), self.who),
            (self.tr("Wh&at:"), self.what),
            (self.tr("&From:"), self.since),
            (self.tr("&To:"), self.until),
            (self.tr("Branc&h:"), self.branch),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(editor)
            filters.addRow(caption, editor)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setObjectName("auditShow")
        self.show_button.clicked.connect(self.apply)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.export)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setHorizontalHeaderLabels(self.header())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # One line per entry, as in every list of the desk; a long detail is
        # elided and read whole in its tooltip (and in the CSV).
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        self.message = QLabel(self)
        self.message.setObjectName("auditMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        buttons = QVBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(filters, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.message)
        self.desk.read(_directory, self._directory_loaded, self._failed, owner=self)

    def header(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Branch"),
            self.tr("What"),
            self.tr("About"),
            self.tr("Details"),
        ]

    def _branch_name(self, branch_id: str | None) -> str:
        for key, name, name_ar in self.directory.branches:
            if key == branch_id:
                return name_ar if self.arabic and name_ar else name
        return ""

    def _names(self) -> dict[str, str]:
        names = {key: self._branch_name(key) for key, _n, _a in self.directory.branches}
        names.update(dict(self.directory.people))
        return names

    def _directory_loaded(self, directory: Directory) -> None:
        self.directory = directory
        self.who.clear()
        self.who.addItem(self.tr("Anyone"), None)
        for key, name in directory.people:
            self.who.addItem(name, key)
        self.branch.clear()
        self.branch.addItem(self.tr("All branches"), None)
        for key, _name, _ar in directory.branches:
            self.branch.addItem(self._branch_name(key), key)
        self.apply()

    # -- reading ------------------------------------------------------------
    def chosen(self) -> AuditFilter:
        return AuditFilter(
            actor_id=self.who.currentData(),
            kind=self.what.currentData(),
            since=self.since.moment(),
            until=self.until.moment(),
            branch_id=self.branch.currentData(),
        )

    def apply(self) -> None:
        chosen, ctx = self.chosen(), self.desk.ctx
        self.desk.read(lambda s: _read(s, ctx, chosen), self._loaded, self._failed, owner=self)

    def rows(self) -> list[list[str]]:
        names = self._names()
        return [
            [
                local_time(line.at, self.zone),
                line.actor_name,
                self._branch_name(line.branch_id),
                kind_label(line.kind),
                line.subject,
                detail_text(line.detail, names),
            ]
            for line in self.lines
        ]

    def _loaded(self, lines: list[AuditLine]) -> None:
        self.lines = lines
        self.message.hide()
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.count.setText(self.tr("%Ln entry(ies) shown, newest first.", "", len(rows)))

    # -- export -------------------------------------------------------------
    def export(self) -> None:
        suggested = str(Path.home() / "audit-log.csv")
        chosen = choose_csv_path(self, suggested)
        if not chosen:
            return
        path = Path(chosen)
        rows = self.rows()
        try:
            write_csv(path, self.header(), rows)
        except OSError as error:
            self._failed(error)
            return
        self.desk.write(
            lambda s, c: _exported(s, c, path, len(rows)),
            lambda _r: self._exported(path),
            self._failed,
            owner=self,
        )

    def _exported(self, path: Path) -> None:
        self.count.setText(self.tr("Exported to {file}.").format(file=path.name))
        self.apply()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, PermissionDenied):
            self.message.setText(denial_text(error.denial.message))
        else:
            self.message.setText(describe(error))
        self.message.show()

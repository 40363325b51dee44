"""The console's queues page: the queues in a list, and a form to create one
or change the chosen one (its Arabic and English names, tier and branch).
Mistakes are said under their field, in the user's language.

Members: the box under the form shows the chosen queue's team, with a
person to add and the chosen member to remove (services.teams: synced, and
refused without the right to configure queues)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch, Tier, User
from desk_app.services import teams
from desk_app.services.permissions import PermissionDenied
from desk_app.services.queues import QueueForm, QueueRow, list_queues, save_queue
from desk_app.services.ticket_detail import load_reference_data
from desk_app.ui.admin_words import denial_text
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import ERROR_STYLE, FieldErrors
from desk_app.ui.formatting import number
from desk_app.ui.text_direction import own_direction


@dataclass(frozen=True)
class Team:
    """A queue's members and the people who could join it: (id, name) pairs."""

    members: list[tuple[str, str]]
    others: list[tuple[str, str]]


def load_team(session: Session, queue_id: str) -> Team:
    people = session.execute(
        select(User.id, User.display_name)
        .where(User.active.is_(True), User.deleted_at.is_(None))
        .order_by(User.display_name)
    ).all()
    inside = teams.queue_members(session, queue_id)
    members = [(str(i), str(n)) for i, n in people if i in inside]
    others = [(str(i), str(n)) for i, n in people if i not in inside]
    return Team(members, others)


@dataclass(frozen=True)
class QueuesData:
    queues: list[QueueRow]
    branches: list[tuple[str, str, str]]  # id, name, Arabic name


def _load(session: Session) -> QueuesData:
    branches = session.execute(
        select(Branch.id, Branch.name, Branch.name_ar)
        .where(Branch.deleted_at.is_(None))
        .order_by(Branch.name)
    ).all()
    return QueuesData(list_queues(session), [(b[0], b[1], b[2]) for b in branches])


class QueuesPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.arabic = QLocale().language() == QLocale.Language.Arabic
        self.data = QueuesData([], [])
        self.queue_id: str | None = None

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("queuesTable")
        self.table.setAccessibleName(self.tr("Queues"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("English name"), self.tr("Arabic name"), self.tr("Tier"), self.tr("Branch")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)

        self.form_box = QGroupBox(self.tr("New queue"), self)
        self.form_box.setObjectName("queueForm")
        form = QFormLayout(self.form_box)
        self.errors = FieldErrors(self.form_box)
        self.name = QLineEdit(self.form_box)
        self.name.setObjectName("queueName")
        self.name.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name.setMaxLength(400)
        self.name_ar = QLineEdit(self.form_box)
        self.name_ar.setObjectName("queueNameAr")
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_ar.setMaxLength(400)
        self.tier = QComboBox(self.form_box)
        self.tier.setObjectName("queueTier")
        for tier in Tier:
            self.tier.addItem(self._tier_text(int(tier)), int(tier))
        self.branch = QComboBox(self.form_box)
        self.branch.setObjectName("queueBranch")
        for label, editor, key in (
            (self.tr("&English name:"), self.name, "name"),
            (self.tr("Ara&bic name:"), self.name_ar, "name_ar"),
            (self.tr("T&ier:"), self.tier, "tier"),
            (self.tr("Bra&nch:"), self.branch, "branch_id"),
        ):
            caption = QLabel(label, self.form_box)
            caption.setBuddy(editor)
            form.addRow(caption, editor)
            self.errors.add_row(form, key, editor)
        form.addRow(self.errors.message)

        self.new_button = QPushButton(self.tr("Ne&w queue"), self)
        self.new_button.setObjectName("newQueue")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Sa&ve queue"), self)
        self.save_button.setObjectName("saveQueue")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("queueStatus")
        self.status.setWordWrap(True)

        self.members_box = QGroupBox(self.tr("Members"), self)
        self.members_box.setObjectName("queueMembersBox")
        self.members = QListWidget(self.members_box)
        self.members.setObjectName("queueMembers")
        self.members.setAccessibleName(self.tr("Members"))
        self.joiner = QComboBox(self.members_box)
        self.joiner.setObjectName("queueJoiner")
        self.joiner.setAccessibleName(self.tr("Person to add"))
        self.add_member_button = QPushButton(self.tr("Add to the team"), self.members_box)
        self.add_member_button.setObjectName("addMember")
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(self.tr("Remove from the team"), self.members_box)
        self.remove_member_button.setObjectName("removeMember")
        self.remove_member_button.clicked.connect(self.remove_member)
        self.members.currentRowChanged.connect(lambda _row: self._team_buttons())
        team = QVBoxLayout(self.members_box)
        team.addWidget(self.members)
        joining = QHBoxLayout()
        joining.addWidget(self.joiner, 1)
        joining.addWidget(self.add_member_button)
        team.addLayout(joining)
        team.addWidget(self.remove_member_button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        side = QVBoxLayout()
        side.addWidget(self.form_box)
        side.addWidget(self.members_box, 1)
        side.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        self.start_new()
        self.reload()

    def _tier_text(self, tier: int) -> str:
        table = {
            0: self.tr("Tier 0: self-service"),
            1: self.tr("Tier 1: first line"),
            2: self.tr("Tier 2: specialists"),
            3: self.tr("Tier 3: experts"),
        }
        return table.get(tier, number(tier))

    def _branch_text(self, branch_id: str | None) -> str:
        if branch_id is None:
            return self.tr("All branches")
        for key, name, name_ar in self.data.branches:
            if key == branch_id:
                return name_ar if self.arabic and name_ar else name
        return ""

    # -- the list -----------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        self.desk.read(_load, lambda d: self._loaded(d, select_id), self._failed, owner=self)

    def _loaded(self, data: QueuesData, select_id: str | None) -> None:
        self.data = data
        chosen = self.branch.currentData() if self.branch.currentIndex() >= 0 else None
        self.branch.blockSignals(True)
        self.branch.clear()
        self.branch.addItem(self.tr("All branches"), None)
        for key, _name, _ar in data.branches:
            self.branch.addItem(self._branch_text(key), key)
        self.branch.setCurrentIndex(max(0, self.branch.findData(chosen)))
        self.branch.blockSignals(False)
        self.table.blockSignals(True)
        self.table.setRowCount(len(data.queues))
        for row, queue in enumerate(data.queues):
            cells = (
                queue.name,
                queue.name_ar,
                number(queue.tier),
                self._branch_text(queue.branch_id),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, queue.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if select_id is not None:
            self.select_queue(select_id)

    def select_queue(self, queue_id: str) -> None:
        for row, queue in enumerate(self.data.queues):
            if queue.id == queue_id:
                self.table.selectRow(row)
                return

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        queue = self.data.queues[rows[0].row()]
        self.queue_id = queue.id
        self.form_box.setTitle(self.tr("Change queue"))
        self.name.setText(queue.name)
        self.name_ar.setText(queue.name_ar)
        self.tier.setCurrentIndex(self.tier.findData(queue.tier))
        self.branch.setCurrentIndex(max(0, self.branch.findData(queue.branch_id)))
        self.errors.clear()
        self._say("")
        self._load_team()

    # -- the team -------------------------------------------------------------
    def _load_team(self) -> None:
        queue_id = self.queue_id
        if queue_id is None:
            return
        self.desk.read(lambda s: load_team(s, queue_id), self._show_team, owner=self)

    def _show_team(self, team: Team) -> None:
        self.members.clear()
        for user_id, name in team.members:
            item = QListWidgetItem(own_direction(name), self.members)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
        if not team.members:
            placeholder = QListWidgetItem(self.tr("No members yet."), self.members)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self.joiner.clear()
        for user_id, name in team.others:
            self.joiner.addItem(own_direction(name), user_id)
        self._team_buttons()

    def _team_buttons(self) -> None:
        chosen = self.members.currentItem()
        has_queue = self.queue_id is not None
        self.add_member_button.setEnabled(has_queue and self.joiner.count() > 0)
        removable = chosen is not None and chosen.data(Qt.ItemDataRole.UserRole) is not None
        self.remove_member_button.setEnabled(has_queue and removable)

    def add_member(self) -> None:
        queue_id, user_id = self.queue_id, self.joiner.currentData()
        if queue_id is None or user_id is None:
            return
        self.desk.write(
            lambda s, c: teams.add_member(s, c, user_id, queue_id),
            lambda _id: self._team_changed(self.tr("Added to the team.")),
            self._failed,
            owner=self,
        )

    def remove_member(self) -> None:
        chosen = self.members.currentItem()
        queue_id = self.queue_id
        user_id = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        if queue_id is None or user_id is None:
            return
        self.desk.write(
            lambda s, c: teams.remove_member(s, c, user_id, queue_id),
            lambda _removed: self._team_changed(self.tr("Removed from the team.")),
            self._failed,
            owner=self,
        )

    def _team_changed(self, said: str) -> None:
        self._say(said)
        self._load_team()

    def start_new(self) -> None:
        self.table.clearSelection()
        self.queue_id = None
        self.form_box.setTitle(self.tr("New queue"))
        self.name.clear()
        self.name_ar.clear()
        self.tier.setCurrentIndex(-1)
        self.branch.setCurrentIndex(0)
        self.members.clear()
        self.joiner.clear()
        self._team_buttons()
        self.errors.clear()
        self.name.setFocus()

    # -- saving -------------------------------------------------------------
    def form(self) -> QueueForm:
        tier = self.tier.currentData() if self.tier.currentIndex() >= 0 else None
        branch = self.branch.currentData() if self.branch.currentIndex() >= 0 else None
        return QueueForm(self.name.text(), self.name_ar.text(), tier, branch)

    def save(self) -> None:
        self.errors.clear()
        form, queue_id = self.form(), self.queue_id
        self.save_button.setEnabled(False)
        self.desk.write(
            lambda s, c: save_queue(s, c, form, queue_id), self._saved, self._failed, owner=self
        )

    def _saved(self, queue_id: str) -> None:
        self.save_button.setEnabled(True)
        self.queue_id = queue_id
        self._say(self.tr("Queue saved."))
        self.reload(select_id=queue_id)
        # Lists and pickers of the desk show the new names.
        self.desk.read(
            lambda s: load_reference_data(s, self.desk.ctx.branch_id), self._reference_loaded
        )

    def _reference_loaded(self, reference: object) -> None:
        self.desk.reference = reference  # type: ignore[assignment]
        self.desk.referenceChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, PermissionDenied):
            self._say(denial_text(error.denial.message), error=True)
        else:
            self.errors.failed(error)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def row_of(self, name: str) -> int:
        return next(i for i, q in enumerate(self.data.queues) if q.name == name)

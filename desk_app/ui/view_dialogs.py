"""Small dialogs of the list's views: a view's name (save as, rename) and the
agent's queues (what "My queues" shows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.messages import ValidationFailed
from desk_app.services.ticket_detail import ReferenceData
from desk_app.services.views import NAME_MAX
from desk_app.ui import labels
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.shortcuts import save_keys


class ViewNameDialog(QDialog):
    """Asks for a view's name; ``keep`` stores it and may refuse it (the
    message goes under the field and the name stays as typed)."""

    def __init__(
        self,
        title: str,
        name: str,
        keep: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("viewNameDialog")
        self.setWindowTitle(title)
        self._keep = keep
        self.name = QLineEdit(name, self)
        self.name.setObjectName("viewNameEdit")
        self.name.setMaxLength(NAME_MAX * 2)  # longer is refused with a message
        self.name.selectAll()
        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        self.errors.add_row(form, "name", self.name)
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(380, 120)
        save_keys(self, self.save)

    def save(self) -> None:
        self.errors.clear()
        try:
            self._keep(self.name.text())
        except ValidationFailed as error:
            self.errors.failed(error)
            self.name.setFocus()
            return
        self.accept()


class MyQueuesDialog(QDialog):
    """Ticks the queues "My queues" shows."""

    def __init__(
        self, reference: ReferenceData, chosen: frozenset[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myQueuesDialog")
        self.setWindowTitle(self.tr("My queues"))
        arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.list = QListWidget(self)
        self.list.setObjectName("queueList")
        for group in reference.groups:
            label = labels.queue_label(group.tier, group.name, group.name_ar, arabic)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("The queues you work; Space ticks the one selected."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(360, 320)
        save_keys(self, self.accept)

    def chosen(self) -> frozenset[str]:
        return frozenset(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

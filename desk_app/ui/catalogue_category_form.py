"""The catalogue editor's form for one category: its code, its English and
Arabic names, its queue, its default priority and the priorities it may be
used with (left open, each is the parent's), and whether it takes its
parent's extra fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from desk_app.ui import labels
from desk_app.ui.catalogue_form_base import (
    PRIORITY_LEVELS,
    CatalogueForm,
    fill_names,
    name_edits,
    narrow,
    set_text,
    store_names,
)
from desk_app.ui.text_direction import identifier_field


class CategoryForm(CatalogueForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueCategoryForm")
        form = QFormLayout(self)
        self.code = identifier_field(QLineEdit(self))
        self.code.setObjectName("categoryCode")
        self.code.setMaxLength(100)
        self.code.setToolTip(self.tr('Lower-case Latin letters, digits, "_", "." or "-".'))
        self.name_en, self.name_ar = name_edits(self, "categoryName")
        self.queue = QLineEdit(self)
        self.queue.setObjectName("categoryQueue")
        self.queue.setMaxLength(400)
        self.priority = QComboBox(self)
        self.priority.setObjectName("categoryPriority")
        narrow(self.priority)
        self.priority.addItem(self.tr("As the parent"), None)
        for level in PRIORITY_LEVELS:
            self.priority.addItem(labels.priority_label(level), level)
        self.allowed_box = QGroupBox(self.tr("A&llowed priorities"), self)
        self.allowed_box.setObjectName("categoryAllowed")
        self.allowed_box.setToolTip(self.tr("None ticked: the same as the parent."))
        allowed = QGridLayout(self.allowed_box)
        self.allowed: dict[int, QCheckBox] = {}
        for index, level in enumerate(PRIORITY_LEVELS):
            box = QCheckBox(labels.priority_label(level).replace("&", "&&"), self.allowed_box)
            box.setObjectName(f"categoryAllowed{level}")
            allowed.addWidget(box, index // 2, index % 2)
            self.allowed[level] = box
            box.toggled.connect(lambda _on: self._store())
        self.inherit = QCheckBox(self.tr("Include the parent's &fields"), self)
        self.inherit.setObjectName("categoryInherit")

        self.row(form, self.tr("C&ode:"), self.code, "code")
        self.row(form, self.tr("&English name:"), self.name_en, "name.en")
        self.row(form, self.tr("Ara&bic name:"), self.name_ar, "name.ar")
        self.row(form, self.tr("&Queue:"), self.queue, "queue")
        self.row(form, self.tr("&Priority:"), self.priority, "priority")
        form.addRow(self.allowed_box)
        self.errors.add_row(form, "allowed_priorities", self.allowed_box)
        form.addRow(self.inherit)
        self.errors.add_row(form, "inherit_fields", self.inherit)
        form.addRow(self.errors.message)

        for edit in (self.code, self.name_en, self.name_ar, self.queue):
            edit.textEdited.connect(lambda _text: self._store())
        self.priority.activated.connect(lambda _index: self._store())
        self.inherit.toggled.connect(lambda _on: self._store())

    def fill(self, data: dict[str, Any], parent_queue: str, top_level: bool = False) -> None:
        """Show the category ``data`` (and write every change into it). A
        top-level category has no parent's fields to take."""
        self.filling = True
        self.inherit.setVisible(not top_level or data.get("inherit_fields") is False)
        self.data = data
        self.code.setText(str(data.get("code", "")))
        fill_names(data, "name", self.name_en, self.name_ar)
        self.queue.setText(str(data.get("queue", "")))
        self.queue.setPlaceholderText(
            self.tr("As the parent: {queue}").format(queue=parent_queue) if parent_queue else ""
        )
        priority = data.get("priority")
        self.priority.setCurrentIndex(max(0, self.priority.findData(priority)))
        chosen = data.get("allowed_priorities")
        chosen = chosen if isinstance(chosen, list) else []
        for level, box in self.allowed.items():
            box.setChecked(level in chosen)
        self.inherit.setChecked(data.get("inherit_fields", True) is not False)
        self.clear_errors()
        self.filling = False

    def _store(self) -> None:
        if self.filling:
            return
        data = self.data
        data["code"] = self.code.text()
        store_names(data, "name", self.name_en, self.name_ar)
        set_text(data, "queue", self.queue.text())
        priority = self.priority.currentData()
        if priority is None:
            data.pop("priority", None)
        else:
            data["priority"] = priority
        allowed = [level for level, box in self.allowed.items() if box.isChecked()]
        if allowed:
            data["allowed_priorities"] = allowed
        else:
            data.pop("allowed_priorities", None)
        if self.inherit.isChecked():
            data.pop("inherit_fields", None)
        else:
            data["inherit_fields"] = False
        self.changed()

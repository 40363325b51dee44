"""The catalogue editor's tree: the catalogue as a whole first, then the
categories with their subcategories, each category's own extra fields listed
under it before its subcategories. Names show in the UI language; a part the
reader finds wrong is marked (red, its message as the tooltip)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from desk_app.services.catalogue_edit import TOP, NodePath, is_field
from desk_app.ui.catalogue_form_base import name_in
from desk_app.ui.field_errors import ERROR_COLOUR
from desk_app.ui.text_direction import cell_text

PATH_ROLE = Qt.ItemDataRole.UserRole
# Fields are told from categories by their words and a quieter colour (at
# 4.5:1 or better on white).
FIELD_COLOUR = "#45505c"


class CatalogueTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueTree")
        self.setAccessibleName(self.tr("Categories"))
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.items: dict[NodePath, QTreeWidgetItem] = {}

    def show_document(self, doc: dict[str, Any], language: str) -> None:
        """Rebuild the tree from ``doc`` (the selection is the caller's)."""
        self.blockSignals(True)
        self.clear()
        self.items = {}
        top = QTreeWidgetItem(self, [self.tr("The whole catalogue")])
        self._keep(top, TOP)
        categories = doc.get("categories")
        self._add_categories(self, categories, ("categories",), language)
        self.expandAll()
        self.blockSignals(False)

    def _add_categories(
        self, parent: QTreeWidget | QTreeWidgetItem, items: object, prefix: NodePath, language: str
    ) -> None:
        if not isinstance(items, list):
            return
        for index, data in enumerate(items):
            path = (*prefix, index)
            data = data if isinstance(data, dict) else {}
            item = QTreeWidgetItem(parent, [self.category_text(data, language)])
            self._keep(item, path)
            fields = data.get("fields")
            for number, field in enumerate(fields if isinstance(fields, list) else []):
                field = field if isinstance(field, dict) else {}
                child = QTreeWidgetItem(item, [self.field_text(field, language)])
                child.setForeground(0, QBrush(QColor(FIELD_COLOUR)))
                self._keep(child, (*path, "fields", number))
            self._add_categories(item, data.get("children"), (*path, "children"), language)

    def _keep(self, item: QTreeWidgetItem, path: NodePath) -> None:
        item.setData(0, PATH_ROLE, path)
        self.items[path] = item

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def category_text(self, data: dict[str, Any], language: str) -> str:
        name = name_in(data.get("name"), language) or str(data.get("code") or "")
        return cell_text(name, self._rtl()) if name else self.tr("New category")

    def field_text(self, data: dict[str, Any], language: str) -> str:
        name = name_in(data.get("label"), language) or str(data.get("key") or "")
        if not name:
            return self.tr("New field")
        return self.tr("Field: {name}").format(name=cell_text(name, self._rtl()))

    def rename(self, path: NodePath, data: dict[str, Any], language: str) -> None:
        """The shown name of one part, after its form changed it."""
        item = self.items.get(path)
        if item is None or path == TOP:
            return
        text = (
            self.field_text(data, language)
            if is_field(path)
            else self.category_text(data, language)
        )
        item.setText(0, text)

    def current_path(self) -> NodePath:
        item = self.currentItem()
        found = item.data(0, PATH_ROLE) if item is not None else None
        return tuple(found) if isinstance(found, tuple) else TOP

    def select_path(self, path: NodePath) -> None:
        item = self.items.get(path) or self.items.get(TOP)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def mark(self, path: NodePath | None, text: str) -> None:
        """Mark the part at fault (only one: the reader stops at the first)."""
        for key, item in self.items.items():
            wrong = key == path
            colour = ERROR_COLOUR if wrong else (FIELD_COLOUR if is_field(key) else None)
            item.setData(
                0, Qt.ItemDataRole.ForegroundRole, QBrush(QColor(colour)) if colour else None
            )
            item.setToolTip(0, text if wrong else "")

"""The catalogue editor's form for one extra field: its key, its English and
Arabic labels, its type and whether it is required; the options of a choice
(a table: value, English, Arabic), the limits of a number, the length of a
text; and the condition that shows it only while an earlier field holds one
of some values.

What does not apply to the chosen type is put aside, not thrown away: going
back to a choice gives back its options."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.catalogue import DEFAULT_TEXT_LENGTH, TEXT_MAX_LENGTH
from desk_app.services.validation import ascii_digits
from desk_app.ui.catalogue_form_base import CatalogueForm, fill_names, name_edits, store_names
from desk_app.ui.text_direction import identifier_field

# The keys each type has beside the common ones (as the reader allows them).
TYPE_KEYS = {
    "text": ("max_length",),
    "choice": ("options",),
    "number": ("min", "max", "integer"),
    "date": (),
}
_SPECIFIC = frozenset(key for keys in TYPE_KEYS.values() for key in keys)
_SEPARATORS = re.compile(r"[,،]")


def as_number(text: str) -> int | float | str | None:
    """A limit as typed: a number when it reads as one (Arabic digits too),
    else the text itself, for the reader to refuse by name."""
    plain = ascii_digits(text.strip()).replace("\u066b", ".")
    if not plain:
        return None
    try:
        value = Decimal(plain)
    except InvalidOperation:
        return text
    if not value.is_finite():
        return text
    return int(value) if value == value.to_integral_value() else float(value)


class FieldForm(CatalogueForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueFieldForm")
        # What a type change put aside, by the field's identity.
        self.aside: dict[int, dict[str, Any]] = {}
        self.form = form = QFormLayout(self)
        self.key = identifier_field(QLineEdit(self))
        self.key.setObjectName("fieldKey")
        self.key.setMaxLength(64)
        self.key.setToolTip(self.tr('Lower-case Latin letters, digits and "_".'))
        self.label_en, self.label_ar = name_edits(self, "fieldLabel")
        self.type = QComboBox(self)
        self.type.setObjectName("fieldType")
        for text, value in (
            (self.tr("Text"), "text"),
            (self.tr("Choice from a list"), "choice"),
            (self.tr("Date"), "date"),
            (self.tr("Number"), "number"),
        ):
            self.type.addItem(text, value)
        self.required = QCheckBox(self.tr("Re&quired"), self)
        self.required.setObjectName("fieldRequired")

        self.options = QTableWidget(0, 3, self)
        self.options.setObjectName("fieldOptions")
        self.options.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("English"), self.tr("Arabic")]
        )
        self.options.verticalHeader().hide()
        self.options.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.options.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.options.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.options.setMinimumHeight(110)
        self.add_option = QPushButton(self.tr("Add optio&n"), self)
        self.add_option.setObjectName("addOption")
        self.remove_option = QPushButton(self.tr("Re&move option"), self)
        self.remove_option.setObjectName("removeOption")
        self.options_box = QWidget(self)
        options_layout = QVBoxLayout(self.options_box)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.addWidget(self.options)
        option_buttons = QHBoxLayout()
        option_buttons.addWidget(self.add_option)
        option_buttons.addWidget(self.remove_option)
        option_buttons.addStretch(1)
        options_layout.addLayout(option_buttons)

        self.minimum = identifier_field(QLineEdit(self))
        self.minimum.setObjectName("fieldMin")
        self.maximum = identifier_field(QLineEdit(self))
        self.maximum.setObjectName("fieldMax")
        self.integer = QCheckBox(self.tr("&Whole numbers only"), self)
        self.integer.setObjectName("fieldInteger")
        self.max_length = QSpinBox(self)
        self.max_length.setObjectName("fieldMaxLength")
        self.max_length.setRange(1, TEXT_MAX_LENGTH)
        self.when_field = QComboBox(self)
        self.when_field.setObjectName("fieldWhen")
        self.when_field.setEditable(True)
        when_edit = self.when_field.lineEdit()
        if when_edit is not None:
            identifier_field(when_edit)  # a field's key, typed left to right
        self.when_field.setToolTip(self.tr("Empty: the field is always shown."))
        self.when_values = QLineEdit(self)
        self.when_values.setObjectName("fieldWhenValues")
        self.when_values.setToolTip(self.tr("One value, or several separated by commas."))

        self.row(form, self.tr("&Key:"), self.key, "key")
        self.row(form, self.tr("&English label:"), self.label_en, "label.en")
        self.row(form, self.tr("Ara&bic label:"), self.label_ar, "label.ar")
        self.row(form, self.tr("Ty&pe:"), self.type, "type")
        form.addRow(self.required)
        self.errors.add_row(form, "required", self.required)
        self.row(form, self.tr("&Options:"), self.options_box, "options")
        self.row(form, self.tr("&Lowest value:"), self.minimum, "min")
        self.row(form, self.tr("&Highest value:"), self.maximum, "max")
        form.addRow(self.integer)
        self.errors.add_row(form, "integer", self.integer)
        self.row(form, self.tr("Longest te&xt:"), self.max_length, "max_length")
        self.row(form, self.tr("Only when the &field:"), self.when_field, "when")
        self.row(form, self.tr("eq&uals:"), self.when_values, "equals")
        form.addRow(self.errors.message)
        # The buddy of the options' caption is the table, not its frame.
        self.errors.editors["options"] = self.options
        caption = form.labelForField(self.options_box)
        if caption is not None and hasattr(caption, "setBuddy"):
            caption.setBuddy(self.options)

        for edit in (self.key, self.label_en, self.label_ar, self.minimum, self.maximum):
            edit.textEdited.connect(lambda _text: self._store())
        self.when_values.textEdited.connect(lambda _text: self._store())
        self.when_field.currentTextChanged.connect(lambda _text: self._store())
        self.type.activated.connect(lambda _index: self._type_changed())
        for box in (self.required, self.integer):
            box.toggled.connect(lambda _on: self._store())
        self.max_length.valueChanged.connect(lambda _value: self._store())
        self.options.itemChanged.connect(lambda _item: self._store())
        self.add_option.clicked.connect(self._add_option)
        self.remove_option.clicked.connect(self._remove_option)

    # -- showing --------------------------------------------------------------
    def fill(self, data: dict[str, Any], earlier: list[str]) -> None:
        """Show the field ``data``; ``earlier`` are the keys of the fields
        before it (the ones a condition may name)."""
        self.filling = True
        self.data = data
        self.key.setText(str(data.get("key", "")))
        fill_names(data, "label", self.label_en, self.label_ar)
        self.type.setCurrentIndex(max(0, self.type.findData(data.get("type"))))
        self.required.setChecked(data.get("required") is True)
        self._fill_options(data.get("options"))
        self.minimum.setText(_shown(data.get("min")))
        self.maximum.setText(_shown(data.get("max")))
        self.integer.setChecked(data.get("integer") is True)
        length = data.get("max_length", DEFAULT_TEXT_LENGTH)
        self.max_length.setValue(length if isinstance(length, int) else DEFAULT_TEXT_LENGTH)
        when = data.get("when")
        when = when if isinstance(when, dict) else {}
        self.when_field.clear()
        self.when_field.addItem("")
        self.when_field.addItems(earlier)
        self.when_field.setCurrentText(str(when.get("field", "")))
        equals = when.get("equals", "")
        values = equals if isinstance(equals, list) else [equals]
        self.when_values.setText(", ".join(str(v) for v in values if v != ""))
        self._show_rows()
        self.clear_errors()
        self.filling = False

    def _fill_options(self, options: object) -> None:
        rows = options if isinstance(options, list) else []
        self.options.setRowCount(len(rows))
        for row, option in enumerate(rows):
            option = option if isinstance(option, dict) else {}
            label = option.get("label")
            label = label if isinstance(label, dict) else {}
            cells = (option.get("value", ""), label.get("en", ""), label.get("ar", ""))
            for column, text in enumerate(cells):
                self.options.setItem(row, column, QTableWidgetItem(str(text)))

    def _show_rows(self) -> None:
        kind = str(self.type.currentData())
        for editor, applies in (
            (self.options_box, kind == "choice"),
            (self.minimum, kind == "number"),
            (self.maximum, kind == "number"),
            (self.integer, kind == "number"),
            (self.max_length, kind == "text"),
        ):
            self.form.setRowVisible(editor, applies)

    # -- changing -------------------------------------------------------------
    def _type_changed(self) -> None:
        kind = str(self.type.currentData())
        aside = self.aside.setdefault(id(self.data), {})
        for key in _SPECIFIC - set(TYPE_KEYS[kind]):
            if key in self.data:
                aside[key] = self.data.pop(key)
        for key in TYPE_KEYS[kind]:
            if key in aside and key not in self.data:
                self.data[key] = aside.pop(key)
        self.filling = True
        self._fill_options(self.data.get("options"))
        self.filling = False
        self._show_rows()
        self._store()

    def _add_option(self) -> None:
        row = self.options.rowCount()
        self.filling = True
        self.options.insertRow(row)
        for column in range(3):
            self.options.setItem(row, column, QTableWidgetItem(""))
        self.filling = False
        self._store()
        self.options.setCurrentCell(row, 0)
        self.options.setFocus()

    def _remove_option(self) -> None:
        row = self.options.currentRow()
        if row >= 0:
            self.options.removeRow(row)
            self._store()

    def _store(self) -> None:
        if self.filling:
            return
        data = self.data
        data["key"] = self.key.text()
        store_names(data, "label", self.label_en, self.label_ar)
        kind = str(self.type.currentData())
        data["type"] = kind
        if self.required.isChecked():
            data["required"] = True
        else:
            data.pop("required", None)
        if kind == "choice":
            data["options"] = self._options()
        elif kind == "number":
            for key, edit in (("min", self.minimum), ("max", self.maximum)):
                value = as_number(edit.text())
                if value is None:
                    data.pop(key, None)
                else:
                    data[key] = value
            if self.integer.isChecked():
                data["integer"] = True
            else:
                data.pop("integer", None)
        elif kind == "text" and (
            # The default length stays implicit, as in a hand-written file.
            self.max_length.value() != DEFAULT_TEXT_LENGTH or "max_length" in data
        ):
            data["max_length"] = self.max_length.value()
        self._store_condition()
        self.changed()

    def _options(self) -> list[dict[str, Any]]:
        options: list[dict[str, Any]] = []
        for row in range(self.options.rowCount()):
            value, english, arabic = (self._cell(row, column) for column in range(3))
            options.append({"value": value, "label": {"en": english, "ar": arabic}})
        return options

    def _cell(self, row: int, column: int) -> str:
        item = self.options.item(row, column)
        return item.text() if item is not None else ""

    def _store_condition(self) -> None:
        field = self.when_field.currentText().strip()
        values = [v.strip() for v in _SEPARATORS.split(self.when_values.text()) if v.strip()]
        if not field and not values:
            self.data.pop("when", None)
            return
        equals: str | list[str] = values[0] if len(values) == 1 else values
        self.data["when"] = {"field": field, "equals": equals}


def _shown(value: object) -> str:
    if value is None or isinstance(value, bool):
        return ""
    return str(value)

"""The chosen category's extra fields on the intake form.

Editors are built from the catalogue when the category changes; a field with
a condition shows only while the field it depends on holds the value named.
Values are kept by key while the agent switches categories, so going back to
a category gives back what was typed for it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.catalogue import (
    Category,
    ExtraField,
    FieldType,
    visible_fields,
)
from desk_app.ui.formatting import number
from desk_app.ui.labels import ui_language
from desk_app.ui.text_direction import identifier_field

ERROR_STYLE = "color: #b3261e"
ISO_DATE = "yyyy-MM-dd"


class DateField(QWidget):
    """A date typed as YYYY-MM-DD (fast, and it can stay empty), with a
    calendar to pick from (the button, or F4 / Alt+Down in the box)."""

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        # Dates are written left to right in both languages.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose from a calendar (F4)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.popup: QCalendarWidget | None = None

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and bool(
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setObjectName("datePopup")
        calendar.setWindowFlags(Qt.WindowType.Popup)
        typed = QDate.fromString(self.edit.text().strip(), ISO_DATE)
        calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.popup = calendar

    def _picked(self, date: QDate) -> None:
        self.edit.setText(date.toString(ISO_DATE))
        if self.popup is not None:
            self.popup.close()
            self.popup = None
        self.edit.setFocus()


Editor = QLineEdit | QComboBox | DateField


class ExtraFieldsPanel(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extraFields")
        self.category: Category | None = None
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, int] = {}
        self._kept: dict[str, str] = {}  # by key, across category changes
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hide()

    # -- building ------------------------------------------------------------
    def set_category(self, category: Category | None) -> None:
        self._kept.update(self.values(all_fields=True))
        while self._form.rowCount():
            self._form.removeRow(0)
        self.editors.clear()
        self.errors.clear()
        self._rows.clear()
        self.category = category
        if category is None or not category.fields:
            self.hide()
            return
        language = ui_language()
        self.setTitle(self.tr("Details: {category}").format(category=category.label(language)))
        for row, extra in enumerate(category.fields):
            editor = self._editor(extra, language)
            self._set_value(editor, self._kept.get(extra.key, ""))
            error = QLabel(self)
            error.setObjectName(f"extra_{extra.key}Error")
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            label = extra.label.get(language)
            caption = QLabel(label + (" *" if extra.required else ""), self)
            caption.setBuddy(editor)
            if extra.required:
                caption.setToolTip(self.tr("Required"))
            self._form.addRow(caption, column)
            self.editors[extra.key] = editor
            self.errors[extra.key] = error
            self._rows[extra.key] = row
            self._connect(extra.key, editor)
        self.show()
        self._update_visibility()

    def _editor(self, extra: ExtraField, language: str) -> Editor:
        name = f"extra_{extra.key}"
        editor: Editor
        if extra.type is FieldType.CHOICE:
            editor = QComboBox(self)
            editor.addItem(self.tr("— choose —"), "")
            for option in extra.options:
                editor.addItem(option.label.get(language), option.value)
        elif extra.type is FieldType.DATE:
            editor = DateField(self)
        else:
            editor = QLineEdit(self)
            if extra.type is FieldType.NUMBER:
                identifier_field(editor)
                editor.setPlaceholderText(_range_hint(extra))
        editor.setObjectName(name)
        return editor

    def _connect(self, key: str, editor: Editor) -> None:
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda *_a: self._edited(key))
        else:
            editor.textChanged.connect(lambda *_a: self._edited(key))

    def _edited(self, key: str) -> None:
        self.clear_error(key)
        self._update_visibility()
        self.changed.emit()

    def _update_visibility(self) -> None:
        if self.category is None:
            return
        shown = {f.key for f in visible_fields(self.category, self.values(all_fields=True))}
        for key, row in self._rows.items():
            self._form.setRowVisible(row, key in shown)
            # Showing a row shows all of it: the error line only when it says something.
            error = self.errors[key]
            error.setVisible(key in shown and bool(error.text()))

    # -- values --------------------------------------------------------------
    def values(self, all_fields: bool = False) -> dict[str, str]:
        """What was typed, by key: the fields shown, or every field of the
        category (``all_fields``, hidden ones included)."""
        values = {key: _value(editor) for key, editor in self.editors.items()}
        if all_fields or self.category is None:
            return values
        shown = {f.key for f in visible_fields(self.category, values)}
        return {key: value for key, value in values.items() if key in shown}

    def set_values(self, values: dict[str, object]) -> None:
        self._kept.update({k: "" if v is None else str(v) for k, v in values.items()})
        for key, editor in self.editors.items():
            if key in values:
                self._set_value(editor, self._kept[key])
        self._update_visibility()

    def clear(self) -> None:
        self._kept.clear()
        for editor in self.editors.values():
            self._set_value(editor, "")
        self._update_visibility()

    @staticmethod
    def _set_value(editor: Editor, value: str) -> None:
        if isinstance(editor, QComboBox):
            index = editor.findData(value)
            editor.setCurrentIndex(max(index, 0))
        else:
            editor.setText(value)

    # -- errors and focus ----------------------------------------------------
    def show_error(self, key: str, text: str) -> QWidget | None:
        label = self.errors.get(key)
        editor = self.editors.get(key)
        if label is None or editor is None:
            return None
        label.setText(text)
        label.show()
        target = editor.edit if isinstance(editor, DateField) else editor
        if not isinstance(target, QComboBox):
            # A style sheet on a combo box drops its native look; its message says enough.
            target.setStyleSheet("border: 1px solid #b3261e")
        return target

    def clear_error(self, key: str) -> None:
        label = self.errors.get(key)
        editor = self.editors.get(key)
        if label is not None and editor is not None and label.text():
            label.clear()
            label.hide()
            target = editor.edit if isinstance(editor, DateField) else editor
            target.setStyleSheet("")

    def focus_chain(self) -> list[QWidget]:
        """The editors in tab order."""
        return [e.edit if isinstance(e, DateField) else e for e in self.editors.values()]


def _value(editor: Editor) -> str:
    if isinstance(editor, QComboBox):
        return str(editor.currentData() or "")
    return editor.text()


def _range_hint(extra: ExtraField) -> str:
    low, high = extra.minimum, extra.maximum
    if low is not None and high is not None:
        return f"{_plain(low)} – {_plain(high)}"
    if low is not None:
        return f"≥ {_plain(low)}"
    if high is not None:
        return f"≤ {_plain(high)}"
    return ""


def _plain(value: Decimal) -> str:  # the catalogue's bounds
    return number(value)

"""The reading pane's parts that are laid out rather than computed: the
customer and equipment details as a form (a label and its value per line,
the value selectable and never clipped), the ticket's editable fields as a
two-column grid, and the pane's "no ticket" page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

PLACEHOLDER_STYLE = "color: #5f6368"


class TicketFacts(QScrollArea):
    """Customer, equipment, call-back and resolution as a form, then the
    description; scrolls on its own so a long description never squeezes
    the list. ``text()`` reads it as "label: value" lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketFacts")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        self.body = body
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(2)
        column.addLayout(self.form)
        self.description = _value(body)
        self.description.setObjectName("ticketDescription")
        column.addWidget(self.description)
        column.addStretch(1)
        self.setWidget(body)
        self._rows: list[tuple[str, str]] = []

    def show_facts(self, rows: list[tuple[str, str]], description: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._rows = [(name, value) for name, value in rows if value]
        for name, value in self._rows:
            caption = QLabel(name, self.body)
            caption.setStyleSheet(PLACEHOLDER_STYLE)
            caption.setAlignment(leading_edge(self) | Qt.AlignmentFlag.AlignTop)
            shown = _value(self.body)
            # Beside its label, whatever the value's own direction (a phone
            # or an email in an Arabic form would otherwise go to the far side).
            shown.setAlignment(leading_edge(self) | Qt.AlignmentFlag.AlignTop)
            shown.setText(value)
            self.form.addRow(caption, shown)
        self.description.setText(description)
        self.description.setVisible(bool(description))

    def clear(self) -> None:
        self.show_facts([], "")

    def text(self) -> str:
        lines = [f"{name}: {value}" for name, value in self._rows]
        if self.description.text():
            lines += ["", self.description.text()]
        return "\n".join(lines)


def leading_edge(widget: QWidget) -> Qt.AlignmentFlag:
    """The start side of the widget's layout, as an absolute alignment."""
    rtl = widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return edge | Qt.AlignmentFlag.AlignAbsolute


def _value(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label


def field_grid(rows: list[tuple[str, QWidget]], last: QWidget | None = None) -> QGridLayout:
    """Labelled editors two to a line (label, editor, label, editor), so the
    four ticket fields take two lines; ``last`` spans a line of its own."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(4)
    for i, (text, editor) in enumerate(rows):
        caption = QLabel(text, editor.parentWidget())
        caption.setBuddy(editor)
        line, pair = divmod(i, 2)
        grid.addWidget(caption, line, pair * 2)
        grid.addWidget(editor, line, pair * 2 + 1)
    for column in (1, 3):
        grid.setColumnStretch(column, 1)
    if last is not None:
        grid.addWidget(last, (len(rows) + 1) // 2, 0, 1, 4)
    return grid


def no_ticket_text() -> str:
    return QCoreApplication.translate(
        "TicketDetailPanel", "No ticket selected. Choose one in the list to read it here."
    )


class PanePages(QStackedLayout):
    """The pane's content, or a quiet line when no ticket is chosen: nothing
    made up (no status or priority that belongs to no ticket)."""

    def __init__(self, pane: QWidget, content: QWidget) -> None:
        super().__init__(pane)
        self.content = content
        self.placeholder = QLabel(no_ticket_text(), pane)
        self.placeholder.setObjectName("noTicketPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(PLACEHOLDER_STYLE)
        self.addWidget(self.placeholder)
        self.addWidget(content)
        self.setCurrentWidget(self.placeholder)

    def show_ticket(self, shown: bool) -> None:
        self.setCurrentWidget(self.content if shown else self.placeholder)

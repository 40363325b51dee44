"""What the list paints is what the model says: the texts, colours and icons
a delegate gets in one multiData call per cell equal data()'s answers, and
after a reload a changed row is painted anew while unchanged rows keep their
formatted texts (TicketTableModel's loading and painting path)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desk_app.models import Priority, Status
from desk_app.services.intake import IntakeForm
from desk_app.services.tickets import change_fields
from desk_app.ui import labels
from desk_app.ui.main_window import MainWindow
from desk_app.ui.text_direction import cell_text
from desk_app.ui.ticket_model import COLUMNS, SortColumn
from tests.ui.conftest import add_tickets


def _reload(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.list_panel.refresh()
    qtbot.waitUntil(lambda: not window.list_panel.model.is_loading, timeout=10_000)


def test_painted_cells_are_the_models_answers(window, qtbot, lang):  # type: ignore[no-untyped-def]
    add_tickets(
        window.desk,
        [
            IntakeForm(subject="الطابعة لا تعمل", priority=int(Priority.CRITICAL)),
            IntakeForm(subject="Network is down", priority=int(Priority.PLANNED)),
        ],
    )
    _reload(window, qtbot)
    model = window.list_panel.model
    with window.desk.db.writing() as session:
        change_fields(session, window.desk.ctx, model.row_at(0).id, {"complaint": True})
    _reload(window, qtbot)
    assert model.rowCount() == 2
    delegate = QStyledItemDelegate()
    coloured = icons = 0
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)  # Qt asks through multiData
            assert option.text == (model.data(index) or ""), (r, COLUMNS[c])
            brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
            if brush is not None:
                coloured += 1
                assert option.palette.color(QPalette.ColorRole.Text) == brush.color()
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                icons += 1
                assert not option.icon.isNull()
    assert coloured >= 2, "priorities are coloured"
    assert icons == 1, "the complaint's flag"


def test_a_reload_paints_changed_rows_anew(window, qtbot, lang):  # type: ignore[no-untyped-def]
    changed, kept = add_tickets(
        window.desk, [IntakeForm(subject="first"), IntakeForm(subject="second")]
    )
    _reload(window, qtbot)
    model = window.list_panel.model
    status = COLUMNS.index(SortColumn.STATUS)
    subject = COLUMNS.index(SortColumn.SUBJECT)

    delegate = QStyledItemDelegate()

    def shown(number: str, column: int) -> str:
        """The text painted, and the model's own answer: the same."""
        row = next(r for r in range(model.rowCount()) if model.row_at(r).number == number)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, column))
        assert option.text == model.data(model.index(row, column))
        return option.text

    assert shown(changed, subject) == cell_text("first", lang == "ar")
    assert shown(kept, subject) == cell_text("second", lang == "ar")
    with window.desk.db.writing() as session:
        ticket_id = next(
            model.row_at(r).id for r in range(model.rowCount()) if model.row_at(r).number == changed
        )
        change_fields(
            session, window.desk.ctx, ticket_id, {"status": Status.WAITING_CUSTOMER.value}
        )
        change_fields(session, window.desk.ctx, ticket_id, {"subject": "first, renamed"})
    _reload(window, qtbot)
    assert shown(changed, status) == labels.status_label(Status.WAITING_CUSTOMER.value)
    assert shown(changed, subject) == cell_text("first, renamed", lang == "ar")
    assert shown(kept, subject) == cell_text("second", lang == "ar")

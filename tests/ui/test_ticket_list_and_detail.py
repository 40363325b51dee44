"""The ticket list and the detail pane, driven from the keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest

from desk_app.models import Priority, Status
from desk_app.services.intake import IntakeForm
from desk_app.services.messages import REQUIRED, VALIDATION
from desk_app.services.ticket_list import PAGE_SIZE, SortColumn
from desk_app.ui import labels
from desk_app.ui.checks import type_text
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket_model import COLUMNS
from tests.ui.conftest import add_tickets, expected_direction


def numbers_shown(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.row_at(r).number for r in range(model.rowCount())]


def reload_list(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.list_panel.refresh()
    qtbot.waitUntil(lambda: not window.list_panel.model.is_loading, timeout=10_000)


def test_window_is_mirrored_in_arabic(window, lang):  # type: ignore[no-untyped-def]
    assert window.layoutDirection() == expected_direction(lang)
    assert window.list_panel.table.layoutDirection() == expected_direction(lang)
    # The navigator sits on the start side: right in Arabic, left in English.
    nav_x = window.navigator.mapTo(window, window.navigator.rect().center()).x()
    list_x = window.list_panel.mapTo(window, window.list_panel.rect().center()).x()
    assert (nav_x > list_x) == (lang == "ar")


def test_search_finds_arabic_spelling_variants(window, qtbot, lang):  # type: ignore[no-untyped-def]
    printer, network = add_tickets(
        window.desk,
        [
            IntakeForm(subject="الطَّابِعَة لا تعمل", customer_name="هند"),
            IntakeForm(subject="Network is down", customer_name="Tom"),
        ],
    )
    reload_list(window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.list_panel.search.hasFocus()
    type_text(window.list_panel.search, "طابعه")  # no article, ha for ta marbuta
    qtbot.waitUntil(lambda: numbers_shown(window) == [printer], timeout=10_000)
    window.list_panel.search.clear()
    type_text(window.list_panel.search, network[-6:])  # a fragment of the number
    qtbot.waitUntil(lambda: numbers_shown(window) == [network], timeout=10_000)


def test_filters_and_header_sorting(window, qtbot, lang):  # type: ignore[no-untyped-def]
    add_tickets(
        window.desk,
        [
            IntakeForm(subject=f"ticket {i}", priority=int(p))
            for i, p in enumerate([Priority.PLANNED, Priority.CRITICAL, Priority.REGULAR])
        ],
    )
    reload_list(window, qtbot)
    panel = window.list_panel
    panel.priority_filter.setCurrentIndex(panel.priority_filter.findData(int(Priority.CRITICAL)))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert panel.model.row_at(0).priority == Priority.CRITICAL
    panel.priority_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10_000)

    # Click the Priority header where it is drawn (mirrored in Arabic).
    header = panel.table.horizontalHeader()
    column = COLUMNS.index(SortColumn.PRIORITY)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    qtbot.waitUntil(lambda: panel.model.query.sort == SortColumn.PRIORITY, timeout=5_000)
    qtbot.waitUntil(lambda: not panel.model.is_loading, timeout=10_000)
    shown = [panel.model.row_at(r).priority for r in range(3)]
    assert shown == sorted(shown, reverse=panel.model.query.descending)


def test_scrolling_fetches_more_pages(window, qtbot, lang):  # type: ignore[no-untyped-def]
    total = PAGE_SIZE * 2 + 7
    add_tickets(window.desk, [IntakeForm(subject=f"bulk {i}") for i in range(total)])
    reload_list(window, qtbot)
    model = window.list_panel.model
    assert model.rowCount() == PAGE_SIZE
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    table = window.list_panel.table
    for _ in range(3):
        table.scrollToBottom()
        qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
        QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=10_000)
    assert inserted[0] == (PAGE_SIZE, 2 * PAGE_SIZE - 1), "fetchMore announces its rows"
    assert len(set(numbers_shown(window))) == total, "no ticket twice, none lost"


def test_enter_opens_the_detail_and_changes_are_journalled(window, qtbot, lang):  # type: ignore[no-untyped-def]
    (number,) = add_tickets(window.desk, [IntakeForm(subject="Screen flickers")])
    reload_list(window, qtbot)
    table = window.list_panel.table
    table.setFocus()
    table.setCurrentIndex(window.list_panel.model.index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.ticket is not None and detail.ticket.number == number)
    assert number in detail.number.text()
    if lang == "ar":
        assert detail.number.text().startswith("\u2066"), "Latin number isolated in Arabic"
    assert detail.timeline.count() == 1

    # Change the status in place: one more journal entry, the list follows.
    index = detail.status.findData(Status.WAITING_CUSTOMER.value)
    detail.status.setCurrentIndex(index)
    detail.status.activated.emit(index)
    qtbot.waitUntil(lambda: detail.timeline.count() == 2, timeout=10_000)
    assert detail.ticket is not None and detail.ticket.status == Status.WAITING_CUSTOMER.value
    qtbot.waitUntil(lambda: window.list_panel.model.row_at(0).status == "waiting_customer")
    # The change reads old-to-new in the line's own direction: ← in Arabic.
    change = detail.timeline.item(0).text().splitlines()[1]
    old, new = labels.status_label("new"), labels.status_label("waiting_customer")
    arrow = "←" if lang == "ar" else "→"
    assert change.endswith(f"\u2068{old}\u2069 {arrow} \u2068{new}\u2069"), change

    # An empty note is refused on the spot; a real one is added with Ctrl+Enter.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    detail.note.setFocus()
    QTest.keyClick(detail.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(detail.note_error.isVisible, timeout=10_000)
    assert detail.note_error.text() == QCoreApplication.translate(VALIDATION, REQUIRED)
    type_text(detail.note, "اتصلت بالعميل وسأعاود الاتصال غداً")
    QTest.keyClick(detail.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: detail.timeline.count() == 3, timeout=10_000)
    assert detail.note.toPlainText() == ""
    assert "اتصلت بالعميل" in detail.timeline.item(0).text(), "newest entry first"

    # Esc returns to the list.
    detail.note.setFocus()
    QTest.keyClick(detail.note, Qt.Key.Key_Escape)
    assert window.focusWidget() is table


def test_saved_views_show_counts(window, qtbot, lang):  # type: ignore[no-untyped-def]
    me = window.desk.ctx.actor.user_id
    add_tickets(
        window.desk,
        [IntakeForm(subject="mine", assignee_id=me), IntakeForm(subject="nobody's")],
    )
    reload_list(window, qtbot)
    window.update_counts()
    qtbot.waitUntil(lambda: window.desk.tasks.busy == 0, timeout=10_000)
    texts = [window.navigator.item(r).text() for r in range(window.navigator.count())]
    # "My tickets" counts one; digits follow the locale (١ in Arabic).
    assert texts[1].endswith(("(1)", "(١)")), texts
    window.navigator.setCurrentRow(1)  # my tickets
    qtbot.waitUntil(
        lambda: (
            [
                window.list_panel.model.row_at(r).subject
                for r in range(window.list_panel.model.rowCount())
            ]
            == ["mine"]
        ),
        timeout=10_000,
    )


def test_first_ticket_is_current_and_shown_after_loading(window, qtbot, lang):  # type: ignore[no-untyped-def]
    """Opening the desk shows the top ticket in the reading pane, in both
    directions (selectRow alone left no current row in right-to-left)."""
    (number,) = add_tickets(window.desk, [IntakeForm(subject="First on the list")])
    window.list_panel.table.selectionModel().clearCurrentIndex()
    reload_list(window, qtbot)
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() is not None, timeout=10_000)
    qtbot.waitUntil(
        lambda: window.detail.ticket is not None and window.detail.ticket.number == number,
        timeout=10_000,
    )

"""Typing a phone number in the list's search box finds the caller's tickets
whatever form the number was typed or stored in (services.phone_search)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.services.intake import IntakeForm
from desk_app.ui.checks import type_text
from desk_app.ui.main_window import MainWindow
from tests.ui.conftest import add_tickets


def numbers_shown(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return sorted(model.row_at(r).number for r in range(model.rowCount()))


def test_phone_typed_in_any_form_finds_customer_and_text(window, qtbot, lang):  # type: ignore[no-untyped-def]
    customer, written, other = add_tickets(
        window.desk,
        [
            IntakeForm(subject="الطابعة لا تعمل", customer_name="هند", phone="+966 50 123 4567"),
            IntakeForm(subject="Call back", description="اتصل على ٠٥٥-٤٤٤-٣٣٢٢ مساءً"),
            IntakeForm(subject="Network is down", customer_name="Tom", phone="0551112222"),
        ],
    )
    assert window.desk.ctx.phone_region == window.desk.settings.branch.phone_region == "SA"
    panel = window.list_panel
    panel.refresh()
    qtbot.waitUntil(lambda: len(numbers_shown(window)) == 3, timeout=10_000)
    for typed, found in (
        ("0501234567", [customer]),
        ("050 123 4567", [customer]),
        ("00966-50-123-4567", [customer]),
        ("+966554443322", [written]),
        ("055 444 3322", [written]),
    ):
        panel.search.clear()
        type_text(panel.search, typed)
        QTest.keyClick(panel.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda f=found: numbers_shown(window) == sorted(f), timeout=10_000)
    assert other not in numbers_shown(window)

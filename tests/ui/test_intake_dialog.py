"""The intake dialog driven as an agent would: keyboard first, in ar and en."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desk_app.models import Customer, OutboxOp, Ticket
from desk_app.models.tickets import DESCRIPTION_MAX
from desk_app.services.intake import IntakeForm
from desk_app.services.messages import BAD_PHONE, EMAIL_AT, REQUIRED, VALIDATION
from desk_app.ui.checks import type_text
from desk_app.ui.intake_dialog import DRAFT, IntakeDialog
from desk_app.ui.main_window import MainWindow
from tests.ui.conftest import add_tickets, expected_direction


def open_intake(window: MainWindow, qtbot) -> IntakeDialog:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # A dialog closed earlier may still await deletion: take the one now shown.
    shown = [d for d in window.findChildren(IntakeDialog) if d.isVisible()]
    assert len(shown) == 1, "Ctrl+N did not open the intake dialog"
    dialog = shown[0]
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def ticket_count(window: MainWindow) -> int:
    with window.desk.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Ticket)) or 0)


def test_phone_call_becomes_a_ticket_in_the_list(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    assert dialog.layoutDirection() == expected_direction(lang)
    assert dialog.focusWidget() is dialog.customer_name, "the SOP starts with the customer"
    type_text(dialog.customer_name, "نورة الشمري")
    type_text(dialog.phone, "٠٥٠١٢٣٤٥٦٧")  # typed on an Arabic keyboard
    type_text(dialog.email, "noura@example.sa")
    type_text(dialog.subject, "الطّابعة لا تعمل")
    type_text(dialog.location_room, "Floor 2, room 214")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as created:
        QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ticket_id, number = created.args
    assert number.startswith("HQ-")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.row_of(ticket_id) >= 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() == ticket_id)
    with window.desk.db.reading() as s:
        customer = s.scalars(select(Customer)).one()
        assert customer.phone_e164 == "+966501234567"
        # The ticket and the customer each queued an op, plus the journal entry.
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 3
    assert window.desk.drafts.load(DRAFT) is None, "a saved intake leaves no draft"


def test_bad_input_is_marked_and_nothing_typed_is_lost(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "Jan Kowalski")
    type_text(dialog.phone, "12ab")
    type_text(dialog.email, "jan@@example")
    type_text(dialog.description, "Opis problemu")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.errors["subject"].isVisible, timeout=10_000)
    translate = QCoreApplication.translate
    assert dialog.errors["subject"].text() == translate(VALIDATION, REQUIRED)
    assert dialog.errors["phone"].text() == translate(VALIDATION, BAD_PHONE)
    email_error = dialog.errors["email"].text()
    assert email_error == translate(VALIDATION, EMAIL_AT), "our words, not the library's"
    assert dialog.focusWidget() is dialog.subject, "focus goes to the first field at fault"
    assert dialog.isVisible()
    assert (dialog.customer_name.text(), dialog.phone.text(), dialog.email.text()) == (
        "Jan Kowalski",
        "12ab",
        "jan@@example",
    )
    assert dialog.description.toPlainText() == "Opis problemu"
    assert ticket_count(window) == 0
    # Correcting a field clears its mark; then the save goes through.
    type_text(dialog.subject, "Brak dostępu do poczty")
    assert not dialog.errors["subject"].isVisible()
    dialog.phone.clear()
    dialog.email.clear()
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ticket_count(window) == 1


def test_ten_megabyte_paste_is_refused_with_a_message(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    type_text(dialog.description, "The log says:")
    huge = "خطأ في الطابعة " * (10 * 1024 * 1024 // 15)
    QApplication.clipboard().setText(huge)
    dialog.description.setFocus()
    QTest.keyClick(dialog.description, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors["description"].isVisible()
    assert dialog.description.toPlainText() == "The log says:", "what was typed stays"
    assert QApplication.clipboard().text() == huge, "the pasted text is still there to keep"
    assert ticket_count(window) == 0


def test_over_long_description_is_refused_on_save(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    type_text(dialog.subject, "Long text")
    text = "x" * (DESCRIPTION_MAX + 1)
    dialog.description.setPlainText(text)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.errors["description"].isVisible, timeout=10_000)
    assert len(dialog.description.toPlainText()) == len(text)
    assert ticket_count(window) == 0


def test_closed_by_mistake_the_draft_is_offered_again(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "Ahmed")
    type_text(dialog.subject, "VPN disconnects every hour")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.desk.drafts.load(DRAFT)["subject"] == "VPN disconnects every hour"

    again = open_intake(window, qtbot)
    assert again.draft_banner.isVisible()
    assert again.subject.text() == ""
    QTest.mouseClick(again.restore_button, Qt.MouseButton.LeftButton)
    assert again.subject.text() == "VPN disconnects every hour"
    assert again.customer_name.text() == "Ahmed"
    assert not again.draft_banner.isVisible()


def test_save_and_add_another_problem_keeps_the_customer(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "Maria Nowak")
    type_text(dialog.phone, "+48 601 234 567")
    type_text(dialog.subject, "Invoice shows the wrong amount")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.another_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.subject.text() == ""
    assert dialog.customer_name.text() == "Maria Nowak"
    assert dialog.customer_id is not None
    type_text(dialog.subject, "Cannot download the contract PDF")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with window.desk.db.reading() as s:
        customers = set(s.scalars(select(Ticket.customer_id)))
        assert len(customers) == 1 and None not in customers
        assert s.scalar(select(func.count()).select_from(Customer)) == 1


def test_existing_customer_is_found_while_typing(window, qtbot, lang):  # type: ignore[no-untyped-def]
    add_tickets(
        window.desk,
        [IntakeForm(subject="old", customer_name="خالد المطيري", phone="0551112222")],
    )
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "خالد")
    qtbot.waitUntil(lambda: dialog._lookup_model.rowCount() == 1, timeout=10_000)
    match = dialog._matches[0]
    dialog.choose_customer(match)
    assert dialog.customer_id == match.id
    assert dialog.phone.text() == "0551112222"
    # Said in the agent's language: the words of the dialog's parts (lookup,
    # saving) are translated in the dialog's own context.
    said = dialog.customer_state.text()
    assert said and (lang == "en") == (said == "Existing customer"), said
    # Editing the name again means another person: the link is dropped.
    type_text(dialog.customer_name, "ي")
    assert dialog.customer_id is None

"""The SOP walked end to end as an agent works, in Arabic and in English: a
phone call from a known customer with two problems becomes two linked
tickets in the right queues with their SLA clocks running; the agent logs a
call and plans a call-back, the reminder fires when it is due; waiting for
the customer stops the clock; resolving records the cause, the solution and
the customer's satisfaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from desk_app.models import Ticket
from desk_app.services.intake import IntakeForm
from desk_app.services.links import linked_tickets
from desk_app.services.tickets import change_fields
from desk_app.ui.checks import type_text
from tests.ui.conftest import add_tickets
from tests.ui.test_intake_catalogue import (
    choose,
    extra_combo,
    extra_line,
    group_ids,
    pick_first_completion,
)
from tests.ui.test_intake_dialog import open_intake


def ticket(window, ticket_id: str) -> Ticket:  # type: ignore[no-untyped-def]
    with window.desk.db.reading() as session:
        return session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()


def test_the_sop_from_the_call_to_the_resolution(window, qtbot, lang):  # type: ignore[no-untyped-def]
    desk = window.desk
    add_tickets(
        desk, [IntakeForm(subject="Old question", customer_name="خالد المطيري", phone="0551112222")]
    )
    # The call: a known customer, found as the agent types.
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "خالد")
    pick_first_completion(qtbot, dialog, dialog.completer)
    choose(dialog.category, "hardware")
    choose(extra_combo(dialog, "device_type"), "printer")
    type_text(extra_line(dialog, "model"), "HP M404dn")
    choose(extra_combo(dialog, "printer_fault"), "paper_jam")
    type_text(dialog.subject, "الطابعة لا تسحب الورق")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as first:
        QTest.mouseClick(dialog.another_button, Qt.MouseButton.LeftButton)
    choose(dialog.category, "billing")
    type_text(extra_line(dialog, "invoice_number"), "INV-2024-118")
    type_text(extra_line(dialog, "amount"), "1250")
    type_text(dialog.subject, "اعتراض على فاتورة أكتوبر")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as second:
        QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    printer_id, invoice_id = first.args[0], second.args[0]

    queues = group_ids(window)
    printer, invoice = ticket(window, printer_id), ticket(window, invoice_id)
    assert printer.group_id == queues["Technical Support"]
    assert invoice.group_id == queues["Billing and Accounts"]
    with desk.db.reading() as session:
        assert [t.id for t in linked_tickets(session, printer_id)] == [invoice_id]
    # Both clocks run from the moment of the call.
    for made in (printer, invoice):
        assert made.sla_state == "running" and made.sla_due_at is not None
        assert made.sla_due_at > made.created_at

    # The printer ticket: the agent takes it, calls back, plans the next call.
    window.list_panel.select_ticket(printer_id)
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() == printer_id, timeout=5_000)
    with desk.db.writing() as session:
        change_fields(session, desk.ctx, printer_id, {"assignee_id": desk.ctx.actor.user_id})
    contact = window.log_contact()
    type_text(contact.duration, "3:15")
    type_text(contact.summary, "شرحت للعميل طريقة إزالة الورق العالق")
    contact.call_back.setChecked(True)
    contact.next_call.set_moment(datetime.now(UTC) + timedelta(hours=2))
    contact.every.setValue(2)
    contact.save()
    qtbot.waitUntil(lambda: not shiboken6.isValid(contact) or not contact.isVisible())
    assert ticket(window, printer_id).follow_up_next_at is not None

    # Three hours later the reminder fires, once.
    heard: list[str] = []
    window.notifier.notified.connect(lambda _text, ticket_id: heard.append(ticket_id))
    window.notifier.check()
    qtbot.wait(200)
    later = datetime.now(UTC) + timedelta(hours=3)
    desk.ctx.now = lambda: later
    window.notifier.check()
    qtbot.waitUntil(lambda: printer_id in heard, timeout=5_000)

    # Waiting for the customer stops the clock.
    detail = window.detail
    qtbot.waitUntil(lambda: detail.ticket is not None and detail.ticket.id == printer_id)
    detail.status.setCurrentIndex(detail.status.findData("waiting_customer"))
    detail.status.activated.emit(detail.status.currentIndex())
    qtbot.waitUntil(lambda: ticket(window, printer_id).sla_state == "paused", timeout=5_000)
    assert ticket(window, printer_id).sla_due_at is None

    # The customer confirms: resolved, with cause, solution and satisfaction.
    detail.status.setCurrentIndex(detail.status.findData("open"))
    detail.status.activated.emit(detail.status.currentIndex())
    qtbot.waitUntil(lambda: ticket(window, printer_id).sla_state != "paused", timeout=5_000)
    resolve = window.resolve_ticket()
    type_text(resolve.cause, "بكرة سحب متآكلة")
    type_text(resolve.solution, "استُبدلت البكرة وطُبعت صفحة اختبار")
    resolve.satisfaction.setCurrentIndex(resolve.satisfaction.findData(5))
    resolve.save()
    qtbot.waitUntil(lambda: ticket(window, printer_id).status == "resolved", timeout=5_000)
    done = ticket(window, printer_id)
    assert (done.resolution_cause, done.satisfaction) == ("بكرة سحب متآكلة", 5)
    assert done.sla_state in ("met", "missed") and done.follow_up_next_at is None

"""Intake with the category catalogue, driven as an agent would, in ar and en:
extra fields per category, suggested queues and priorities that never
overwrite the agent's choice, duplicates offered while the subject is typed,
equipment looked up by serial number."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlalchemy import func, select, update

from desk_app.models import (
    Customer,
    DeskGroup,
    Direction,
    JournalKind,
    Priority,
    Ticket,
    TicketJournal,
)
from desk_app.services import catalogue as cat
from desk_app.services.intake import IntakeForm
from desk_app.services.links import linked_tickets
from desk_app.services.messages import REQUIRED, VALIDATION
from desk_app.services.priority import PRIORITY_NOT_ALLOWED
from desk_app.ui import labels
from desk_app.ui.checks import type_text
from desk_app.ui.intake_dialog import DRAFT, IntakeDialog
from desk_app.ui.main_window import MainWindow
from tests.ui.conftest import add_tickets
from tests.ui.test_intake_dialog import open_intake, ticket_count


def translate(message: str) -> str:
    return QCoreApplication.translate(VALIDATION, message)


def choose(combo: QComboBox, value: object) -> None:
    """Pick an entry with the keyboard, as an agent does: focus, then arrows."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{value!r} is not offered in {combo.objectName()}")


def group_ids(window: MainWindow) -> dict[str, str]:
    with window.desk.db.reading() as s:
        return {g.name: g.id for g in s.scalars(select(DeskGroup))}


def extra_line(dialog: IntakeDialog, key: str) -> QLineEdit:
    editor = dialog.extra.editors[key]
    assert isinstance(editor, QLineEdit)
    return editor


def extra_combo(dialog: IntakeDialog, key: str) -> QComboBox:
    editor = dialog.extra.editors[key]
    assert isinstance(editor, QComboBox)
    return editor


def pick_first_completion(qtbot, dialog: IntakeDialog, completer) -> None:  # type: ignore[no-untyped-def]
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=10_000)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)


def test_a_known_customer_with_two_problems_gets_two_linked_tickets(window, qtbot, lang):  # type: ignore[no-untyped-def]
    add_tickets(
        window.desk,
        [IntakeForm(subject="Old question", customer_name="خالد المطيري", phone="0551112222")],
    )
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "خالد")
    pick_first_completion(qtbot, dialog, dialog.completer)
    assert dialog.customer_id is not None
    assert dialog.phone.text() == "0551112222"

    # Problem 1: a printer in Jeddah goes to Technical Support, with its details.
    choose(dialog.category, "hardware")
    assert dialog.extra.isVisible()
    assert "model" not in dialog.extra.values(), "the model is asked only for printers"
    choose(extra_combo(dialog, "device_type"), "printer")
    type_text(extra_line(dialog, "model"), "HP M404dn")
    choose(extra_combo(dialog, "printer_fault"), "paper_jam")
    type_text(dialog.subject, "الطابعة لا تسحب الورق")
    type_text(dialog.location_branch, "جدة")
    queues = group_ids(window)
    assert dialog.group.currentData() == queues["Technical Support"]
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as first:
        QTest.mouseClick(dialog.another_button, Qt.MouseButton.LeftButton)

    # Problem 2 of the same call: billing, its queue, its own fields.
    assert dialog.isVisible() and dialog.subject.text() == ""
    assert dialog.category.currentData() == "" and not dialog.extra.isVisible()
    assert dialog.customer_name.text() == "خالد المطيري"
    choose(dialog.category, "billing")
    assert dialog.group.currentData() == queues["Billing and Accounts"]
    type_text(extra_line(dialog, "invoice_number"), "INV-2024-118")
    type_text(extra_line(dialog, "amount"), "١٢٥٠٫٥")
    type_text(dialog.subject, "اعتراض على فاتورة أكتوبر")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as second:
        QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    first_id, second_id = first.args[0], second.args[0]
    with window.desk.db.reading() as s:
        printer = s.scalars(select(Ticket).where(Ticket.id == first_id)).one()
        invoice = s.scalars(select(Ticket).where(Ticket.id == second_id)).one()
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert [t.id for t in linked_tickets(s, first_id)] == [second_id]
        assert [t.id for t in linked_tickets(s, second_id)] == [first_id]
    assert printer.customer_id == invoice.customer_id == dialog.customer_id
    assert (printer.category, printer.group_id) == ("hardware", queues["Technical Support"])
    assert (invoice.category, invoice.group_id) == ("billing", queues["Billing and Accounts"])
    assert json.loads(printer.custom_fields) == {
        "device_type": "printer",
        "model": "HP M404dn",
        "printer_fault": "paper_jam",
    }
    assert json.loads(invoice.custom_fields) == {"invoice_number": "INV-2024-118", "amount": 1250.5}
    assert printer.equipment_location == "جدة"
    assert window.desk.drafts.load(DRAFT) is None


def test_a_missing_required_field_is_marked_and_nothing_typed_is_lost(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "Maha")
    choose(dialog.category, "billing")
    type_text(dialog.subject, "Charged twice")
    type_text(dialog.description, "Two payments on the 3rd")
    type_text(extra_line(dialog, "amount"), "lots")
    type_text(dialog.extra.editors["invoice_date"].edit, "2024-02-30")  # type: ignore[union-attr]
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    errors = dialog.extra.errors
    qtbot.waitUntil(errors["invoice_number"].isVisible, timeout=10_000)
    assert errors["invoice_number"].text() == translate(REQUIRED)
    assert errors["amount"].text() == translate(cat.NOT_A_NUMBER)
    assert errors["invoice_date"].text() == translate(cat.BAD_DATE)
    assert dialog.focusWidget() is dialog.extra.editors["invoice_number"]
    assert dialog.form_error.isVisible()
    # Everything typed is still there.
    assert dialog.subject.text() == "Charged twice"
    assert dialog.description.toPlainText() == "Two payments on the 3rd"
    assert extra_line(dialog, "amount").text() == "lots"
    assert dialog.extra.values()["invoice_date"] == "2024-02-30"
    assert ticket_count(window) == 0
    # Correcting clears each mark; then the ticket is saved with typed values.
    type_text(extra_line(dialog, "invoice_number"), "INV-77")
    assert not errors["invoice_number"].isVisible()
    extra_line(dialog, "amount").clear()
    type_text(extra_line(dialog, "amount"), "99.5")
    dialog.extra.editors["invoice_date"].setText("")  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with window.desk.db.reading() as s:
        stored = s.scalars(select(Ticket.custom_fields)).one()
    assert json.loads(stored) == {"invoice_number": "INV-77", "amount": 99.5}


def test_a_hidden_field_is_not_asked_for(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    choose(dialog.category, "hardware")
    choose(extra_combo(dialog, "device_type"), "printer")
    choose(extra_combo(dialog, "printer_fault"), "error_code")
    assert "error_code" in dialog.extra.values()
    type_text(extra_line(dialog, "error_code"), "E-0047")
    choose(extra_combo(dialog, "device_type"), "computer")
    assert set(dialog.extra.values()) == {"device_type", "asset_tag"}
    type_text(dialog.subject, "Laptop does not start")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with window.desk.db.reading() as s:
        assert json.loads(s.scalars(select(Ticket.custom_fields)).one()) == {
            "device_type": "computer"
        }


def test_a_priority_the_category_does_not_use_is_said_on_the_field(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    type_text(dialog.subject, "Rude answer at the counter")
    choose(dialog.category, "complaint")
    choose(extra_combo(dialog, "about"), "staff")
    choose(extra_combo(dialog, "call_back"), "yes")
    assert dialog.priority.currentData() == Priority.CRITICAL, "the category's usual level"
    choose(dialog.priority, int(Priority.PLANNED))
    error = dialog.errors["priority"]
    assert error.isVisible()
    assert error.text().startswith(translate(PRIORITY_NOT_ALLOWED))
    assert labels.priority_label(Priority.REGULAR) in error.text(), "the levels it does use"
    assert dialog.priority.currentData() == Priority.PLANNED, "the choice is kept"
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.form_error.isVisible, timeout=10_000)
    assert dialog.errors["priority"].text().startswith(translate(PRIORITY_NOT_ALLOWED))
    assert dialog.priority.currentData() == Priority.PLANNED
    assert ticket_count(window) == 0
    # Another category that allows it: the message goes, the choice stays.
    choose(dialog.category, "other")
    assert not dialog.errors["priority"].isVisible()
    assert dialog.priority.currentData() == Priority.PLANNED
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_impact_and_urgency_give_the_priority(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    choose(dialog.impact, "high")
    assert dialog.priority.currentData() == Priority.REGULAR, "half an assessment changes nothing"
    choose(dialog.urgency, "high")
    assert dialog.priority.currentData() == Priority.ENTERPRISE_FAILURE
    assert dialog.priority_hint.text()
    # A later category keeps the assessed level.
    choose(dialog.category, "other")
    assert dialog.priority.currentData() == Priority.ENTERPRISE_FAILURE
    type_text(dialog.subject, "Head office cannot reach any system")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with window.desk.db.reading() as s:
        ticket = s.scalars(select(Ticket)).one()
    assert ticket.priority == Priority.ENTERPRISE_FAILURE
    assert json.loads(ticket.custom_fields) == {"impact": "high", "urgency": "high"}


def test_the_queue_follows_category_and_place_until_the_agent_chooses(window, qtbot, lang):  # type: ignore[no-untyped-def]
    queues = group_ids(window)
    dialog = open_intake(window, qtbot)
    assert dialog.group.currentData() == queues["Service Desk"], "the catalogue's default"
    choose(dialog.category, "network")
    assert dialog.group.currentData() == queues["Technical Support"]
    type_text(dialog.location_site, "Data centre")
    assert dialog.group.currentData() == queues["Specialist Investigations"]
    assert dialog.queue_hint.text()
    # The agent knows better: their queue stays through later changes.
    choose(dialog.group, queues["Technical Support"])
    choose(dialog.category, "billing")
    dialog.location_site.clear()
    assert dialog.group.currentData() == queues["Technical Support"]
    assert window.desk.reference.group_name(queues["Billing and Accounts"], lang == "ar") in (
        dialog.queue_hint.text()
    )


def test_a_duplicate_is_offered_while_typing_and_the_call_attached_to_it(window, qtbot, lang):  # type: ignore[no-untyped-def]
    [number] = add_tickets(
        window.desk,
        [
            IntakeForm(
                subject="الطابعة في قسم المحاسبة لا تطبع",
                customer_name="سارة العتيبي",
                phone="0501234567",
            )
        ],
    )
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "سارة")
    pick_first_completion(qtbot, dialog, dialog.completer)
    type_text(dialog.subject, "الطّابعه لا تطبع")  # harakat, ha for ta marbuta, no "in accounting"
    type_text(dialog.description, "Still blank pages after the toner change")
    panel = dialog.duplicates
    qtbot.waitUntil(panel.isVisible, timeout=10_000)
    assert panel.list.count() == 1
    assert number in panel.list.item(0).text()
    qtbot.waitUntil(lambda: window.desk.drafts.load(DRAFT) is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.callLogged, timeout=10_000) as logged:
        QTest.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert logged.args[1] == number
    with window.desk.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 1, "no second ticket"
        entry = s.scalars(
            select(TicketJournal).where(TicketJournal.kind == JournalKind.CONTACT_LOGGED.value)
        ).one()
    assert entry.ticket_id == logged.args[0]
    assert entry.body == "الطّابعه لا تطبع\n\nStill blank pages after the toner change"
    assert (entry.channel, entry.direction) == ("phone", Direction.INBOUND.value)
    assert window.desk.drafts.load(DRAFT) is None, "the draft goes once the call is logged"
    # The main window shows the ticket the call went onto.
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() == logged.args[0])
    assert number in window.statusBar().currentMessage()


def test_attaching_to_a_ticket_that_vanished_keeps_everything(window, qtbot, lang):  # type: ignore[no-untyped-def]
    add_tickets(window.desk, [IntakeForm(subject="VPN drops", customer_name="Omar")])
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "Omar")
    pick_first_completion(qtbot, dialog, dialog.completer)
    type_text(dialog.subject, "VPN drops again")
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=10_000)
    with window.desk.db.writing() as s:
        s.execute(update(Ticket).values(deleted_at=window.desk.ctx.now()))
    QTest.mouseClick(dialog.duplicates.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.form_error.isVisible, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.subject.text() == "VPN drops again"
    assert window.desk.drafts.load(DRAFT)["subject"] == "VPN drops again"  # type: ignore[index]


def test_equipment_is_found_by_serial_number(window, qtbot, lang):  # type: ignore[no-untyped-def]
    add_tickets(
        window.desk,
        [
            IntakeForm(
                subject="Setup",
                customer_name="Lina",
                new_asset=True,
                product_ref="Canon imageRUNNER 2630i",
                asset_serial="QRS4455667",
                licence_ref="",
                location_branch="Jeddah",
                location_site="Tahlia St",
            )
        ],
    )
    dialog = open_intake(window, qtbot)
    dialog.product_ref.setFocus()
    type_text(dialog.product_ref, "QRS44")
    pick_first_completion(qtbot, dialog, dialog.asset_completer)
    assert dialog.asset_id is not None
    assert "QRS4455667" in dialog.product_ref.text()
    assert dialog.asset_state.text() and not dialog.new_asset.isVisible()
    assert (dialog.location_branch.text(), dialog.location_site.text()) == ("Jeddah", "Tahlia St")
    type_text(dialog.subject, "Scanner feeds two pages at once")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as created:
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with window.desk.db.reading() as s:
        ticket = s.scalars(select(Ticket).where(Ticket.id == created.args[0])).one()
    assert ticket.asset_id == dialog.asset_id


def test_a_new_asset_is_registered_inline(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "Yousef")
    assert not dialog.asset_serial.isVisible()
    dialog.new_asset.setFocus()
    QTest.keyClick(dialog.new_asset, Qt.Key.Key_Space)
    assert dialog.asset_serial.isVisible()
    assert not dialog.errors["asset_serial"].isVisible()
    type_text(dialog.asset_serial, "SN-٠٠٧")
    type_text(dialog.subject, "New printer does not print")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.errors["product_ref"].isVisible, timeout=10_000)
    assert dialog.errors["product_ref"].text() == translate(REQUIRED)
    assert dialog.asset_serial.text() == "SN-٠٠٧"
    type_text(dialog.product_ref, "Epson EcoTank L3250")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with window.desk.db.reading() as s:
        ticket = s.scalars(select(Ticket)).one()
        assert ticket.asset_id is not None and ticket.product_ref == "Epson EcoTank L3250"


def test_the_draft_keeps_the_category_and_its_fields(window, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_intake(window, qtbot)
    choose(dialog.category, "access.request")
    type_text(extra_line(dialog, "system"), "SAP HR")
    type_text(dialog.subject, "Access for a new starter")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = open_intake(window, qtbot)
    QTest.mouseClick(again.restore_button, Qt.MouseButton.LeftButton)
    assert again.category.currentData() == "access.request"
    assert extra_line(again, "system").text() == "SAP HR"
    assert again.subject.text() == "Access for a new starter"


def test_a_broken_catalogue_is_reported_and_intake_goes_on(desk, qtbot, lang, tmp_path):  # type: ignore[no-untyped-def]
    broken = tmp_path / "catalogue.json"
    broken.write_text('{"categories": [{"code": "x"', "utf-8")
    desk.settings.catalogue = str(broken)
    dialog = IntakeDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.catalogue_problem.isVisible()
    assert str(broken) in dialog.catalogue_problem.text()
    assert dialog.category.findData("hardware") > 0, "the built-in catalogue is offered"


def test_a_draft_from_before_branch_site_and_room_keeps_its_place(window, qtbot, lang):  # type: ignore[no-untyped-def]
    window.desk.drafts.save(
        DRAFT, {"subject": "Fax machine jams", "equipment_location": "Floor 2, room 214"}
    )
    dialog = open_intake(window, qtbot)
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.subject.text() == "Fax machine jams"
    assert dialog.location_room.text() == "Floor 2, room 214"
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with window.desk.db.reading() as s:
        assert s.scalars(select(Ticket.equipment_location)).one() == "Floor 2, room 214"

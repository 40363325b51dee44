"""Who is at the desk, in both languages: switching person names them in the
journal, a lock keeps everything typed, and the people page refuses bad input
under the fields at fault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from shiboken6 import isValid
from sqlalchemy import select

from desk_app.models import Role, TicketJournal, User
from desk_app.services import people
from desk_app.services.intake import IntakeForm
from desk_app.services.messages import REQUIRED, FieldError
from desk_app.ui import labels
from desk_app.ui.admin_people_page import PeoplePage
from desk_app.ui.desk import Desk
from desk_app.ui.lock_screen import Cover
from desk_app.ui.main_window import MainWindow
from desk_app.ui.switch_user_dialog import SwitchUserDialog
from tests.ui.conftest import add_tickets
from tests.ui.walk import set_role

# Screenshots for a person to look at, when asked for (MAKTAB_SHOTS=<folder>).
SHOTS = Path(os.environ["MAKTAB_SHOTS"]) if os.environ.get("MAKTAB_SHOTS") else None


def _admin_with_pin(desk: Desk, pin: str = "2468") -> None:
    """The desk's own person becomes an administrator with a PIN."""
    with desk.db.writing() as session:
        me = session.get(User, desk.ctx.actor.user_id)
        assert me is not None
        me.role = Role.ADMIN.value
    with desk.db.writing() as session:
        people.reset_pin(session, desk.ctx, me.id, pin, pin)


def _add_sara(desk: Desk) -> str:
    with desk.db.writing() as session:
        return people.create_person(
            session,
            desk.ctx,
            username="sara",
            display_name="Sara Ali",
            role=Role.AGENT.value,
            branch_id=desk.ctx.branch_id,
            pin="1234",
            pin_again="١٢٣٤",
        )


def _with_ticket(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_tickets(window.desk, [IntakeForm(customer_name="Sara", subject="Printer jam")])
    window.refresh()
    qtbot.waitUntil(lambda: window.detail.ticket is not None)


def _answer(dialog: SwitchUserDialog, qtbot, pin: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.person.count() > 0)
    dialog.pin.setText(pin)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog._busy)


def test_after_a_switch_the_journal_names_the_new_person(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _admin_with_pin(window.desk)
    sara = _add_sara(window.desk)
    _with_ticket(window, qtbot)
    dialog = window.desk_lock.switch_user()
    assert isinstance(dialog, SwitchUserDialog)
    qtbot.waitUntil(lambda: dialog.person.count() == 2)
    assert dialog.person.currentData() == sara  # the other person is offered first
    with qtbot.waitSignal(dialog.switched):
        _answer(dialog, qtbot, "1234")
    assert window.desk.ctx.actor.user_id == sara
    assert "Sara Ali" in window.agent_label.text()
    # Sara is an agent: the administration entry is not hers.
    assert not window.admin_action.isVisible()
    detail = window.detail
    detail.note.setPlainText("Called the customer back.")
    detail.add_note()
    qtbot.waitUntil(lambda: detail.note.toPlainText() == "")
    with window.desk.db.reading() as session:
        entry = session.scalars(
            select(TicketJournal).where(TicketJournal.body == "Called the customer back.")
        ).one()
    assert (entry.author_id, entry.author_name) == (sara, "Sara Ali")
    # Back to the administrator: the entry comes back with them.
    back = window.desk_lock.switch_user()
    assert isinstance(back, SwitchUserDialog)
    qtbot.waitUntil(lambda: back.person.count() == 2)
    with qtbot.waitSignal(back.switched):
        _answer(back, qtbot, "2468")
    assert window.desk.ctx.actor.name == "Agent One"
    assert window.admin_action.isVisible()


def test_a_lock_keeps_everything_typed_and_says_a_wrong_pin(  # type: ignore[no-untyped-def]
    window: MainWindow, lang: str, qtbot
) -> None:
    _admin_with_pin(window.desk)
    _with_ticket(window, qtbot)
    intake = window.new_ticket()
    qtbot.waitExposed(intake)
    intake.subject.setText("The printer on the second floor")
    intake.customer_name.setText("سارة")
    window.detail.note.setPlainText("Half a note about")
    window.desk_lock.lock_action.trigger()
    screen = window.desk_lock.screen
    assert screen is not None and window.desk_lock.is_locked
    qtbot.waitExposed(screen)
    assert screen.windowModality() == Qt.WindowModality.ApplicationModal
    covered = {c.parentWidget() for c in window.findChildren(Cover)} | {
        c.parentWidget() for c in intake.findChildren(Cover)
    }
    assert {window, intake} <= covered
    # Esc and the close button do not open it.
    screen.reject()
    assert screen.isVisible()
    _answer(screen, qtbot, "1111")
    assert screen.isVisible()
    wrong = labels.error_text(FieldError("pin", people.WRONG_PIN, {"left": 4}))
    assert screen.errors["pin"].text() == wrong and screen.errors["pin"].isVisible()
    assert screen.pin.text() == ""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / f"locked-window-{lang}.png"))
        screen.grab().save(str(SHOTS / f"lock-screen-{lang}.png"))
    _answer(screen, qtbot, "2468")
    qtbot.waitUntil(lambda: not window.desk_lock.is_locked)
    qtbot.waitUntil(lambda: not window.findChildren(Cover) and not intake.findChildren(Cover))
    assert isValid(intake) and intake.isVisible()
    assert intake.subject.text() == "The printer on the second floor"
    assert intake.customer_name.text() == "سارة"
    assert window.detail.note.toPlainText() == "Half a note about"
    intake.reject()


def test_the_desk_locks_after_the_idle_minutes_and_never_at_zero(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    lock = window.desk_lock
    now = [1000.0]
    lock.monotonic = lambda: now[0]
    lock.last_input = now[0]
    window.desk.settings.lock_after_minutes = 0
    now[0] += 10_000
    lock.check_idle()
    assert not lock.is_locked
    window.desk.settings.lock_after_minutes = 5
    lock.last_input = now[0]
    now[0] += 4 * 60
    lock.check_idle()
    assert not lock.is_locked
    now[0] += 60
    lock.check_idle()
    assert lock.is_locked
    # The person at the desk has no PIN yet: they come back without one.
    assert lock.screen is not None
    _answer(lock.screen, qtbot, "")
    qtbot.waitUntil(lambda: not lock.is_locked)


@pytest.fixture
def page(desk: Desk, qtbot) -> PeoplePage:  # type: ignore[no-untyped-def]
    _admin_with_pin(desk)
    _add_sara(desk)
    widget = PeoplePage(desk)
    qtbot.addWidget(widget)
    widget.resize(1100, 620)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 2)
    return widget


def _error(page_errors, name: str) -> str:  # type: ignore[no-untyped-def]
    label = page_errors[name]
    return label.text() if label.isVisible() else ""


def test_the_people_page_marks_every_bad_field(page: PeoplePage, lang: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.new_box.isVisible() and not page.notice.isVisible()
    page.display_name.setText("   ")
    page.username.setText("  SARA ")
    page.pin.setText("1234")
    page.pin_again.setText("1243")
    page.add_person()
    errors = page.new_errors
    qtbot.waitUntil(lambda: errors["display_name"].isVisible())
    assert _error(errors, "display_name") == labels.error_text(FieldError("", REQUIRED))
    assert _error(errors, "username") == labels.error_text(FieldError("", people.USERNAME_TAKEN))
    assert _error(errors, "pin_again") == labels.error_text(FieldError("", people.PIN_MISMATCH))
    assert page.username.accessibleDescription() == _error(errors, "username")
    assert page.username.text() == "  SARA "  # what was typed stays
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / f"people-page-errors-{lang}.png"))
    # Letters in a PIN; then a good person is added and listed.
    page.display_name.setText("Omar Haddad")
    page.username.setText(" omar ")
    page.pin.setText("12ab")
    page.pin_again.setText("12ab")
    page.add_person()
    qtbot.waitUntil(lambda: errors["pin"].isVisible())
    assert _error(errors, "pin") == labels.error_text(FieldError("", people.PIN_DIGITS))
    page.pin.setText("٥٥٥٥")
    page.pin_again.setText("5555")
    page.add_person()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    assert "omar" in [page.table.item(r, 1).text() for r in range(3)]
    assert page.username.text() == ""


def test_the_chosen_person_role_pin_and_deactivation(page: PeoplePage, lang: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    page.table.setCurrentCell(rows.index("sara"), 0)
    assert page.edit_box.isEnabled() and page.role_button.isEnabled()
    page.new_pin.setText("12")
    page.new_pin_again.setText("12")
    page.reset_pin()
    qtbot.waitUntil(lambda: page.edit_errors["pin"].isVisible())
    assert page.edit_errors["pin"].text() == labels.error_text(
        FieldError("", people.PIN_LENGTH, {"low": 4, "high": 12})
    )
    page.chosen_role.setCurrentIndex(page.chosen_role.findData(Role.TEAM_LEAD.value))
    page.change_role()
    qtbot.waitUntil(
        lambda: page.table.item(rows.index("sara"), 2).text() == labels.role_label("team_lead")
    )
    page.deactivate(confirm=False)
    qtbot.waitUntil(lambda: not page.edit_box.isEnabled())
    assert page.edit_box.toolTip()  # says why
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / f"people-page-{lang}.png"))
    # Oneself: the buttons say why they are off.
    rows = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    page.table.setCurrentCell(rows.index("agent1"), 0)
    assert not page.deactivate_button.isEnabled() and page.deactivate_button.toolTip()


def test_without_the_right_the_page_only_lists_and_says_why(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    set_role(desk, Role.AGENT)  # the desk's first person administers it
    widget = PeoplePage(desk)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 1)
    assert not widget.new_box.isVisible() and not widget.edit_box.isVisible()
    assert widget.notice.isVisible() and widget.notice.text()


def test_a_dialog_under_the_lock_is_not_closed(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dialog opened with open() stays open, unchanged, under a lock."""
    _with_ticket(window, qtbot)
    contact = window.log_contact()
    assert isinstance(contact, QDialog)
    qtbot.waitExposed(contact)
    window.desk_lock.lock()
    screen = window.desk_lock.screen
    assert screen is not None
    assert QApplication.activeModalWidget() is screen
    _answer(screen, qtbot, "")
    qtbot.waitUntil(lambda: not window.desk_lock.is_locked)
    assert isValid(contact) and contact.isVisible()
    contact.reject()


def test_a_desk_signed_in_to_a_server_takes_its_person_from_the_sign_in(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    _admin_with_pin(window.desk)
    _add_sara(window.desk)
    window.desk.settings.server_url = "https://maktab.example.org"
    opened = window.desk_lock.switch_user()
    assert opened is not None and opened.objectName() == "signInDialog"
    opened.close()
    # The lock offers only the person signed in; local people are not offered.
    screen = window.desk_lock.lock()
    qtbot.waitUntil(lambda: screen.person.count() > 0)
    qtbot.wait(50)
    assert [screen.person.itemData(i) for i in range(screen.person.count())] == [
        window.desk.ctx.actor.user_id
    ]
    _answer(screen, qtbot, "2468")
    qtbot.waitUntil(lambda: not window.desk_lock.is_locked)
    page = PeoplePage(window.desk)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert page.notice.isVisible() and not page.new_box.isVisible()

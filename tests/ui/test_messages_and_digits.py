"""Messages and numbers as a person reads them, in Arabic and English: errors
in the contact, resolve and view-name dialogs mark their field and go when it
is fixed (as in intake); counts, scores, section numbers and hints use the
locale's digits, identifiers stay as typed."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from desk_app.services.intake import IntakeForm
from desk_app.services.messages import (
    NAME_TAKEN,
    REQUIRED,
    TOO_LONG,
    VALIDATION,
    FieldError,
    ValidationFailed,
)
from desk_app.ui import labels
from desk_app.ui.checks import type_text
from desk_app.ui.contact_dialog import ContactDialog
from desk_app.ui.field_errors import MARK_STYLE
from desk_app.ui.formatting import number, numbered
from desk_app.ui.intake_dialog import IntakeDialog
from desk_app.ui.resolve_dialog import ResolveDialog
from desk_app.ui.view_dialogs import ViewNameDialog
from tests.ui.conftest import add_tickets

LATIN_DIGIT = re.compile("[0-9]")


def first_ticket(desk, window, qtbot) -> str:  # type: ignore[no-untyped-def]
    add_tickets(desk, [IntakeForm(subject="Printer", customer_name="Huda")])
    window.refresh()
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() is not None, timeout=5_000)
    return window.list_panel.current_ticket_id()


def assert_marked(dialog, name: str, editor: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    assert dialog.errors[name].isVisible() and dialog.errors[name].text() == text
    assert editor.styleSheet() == MARK_STYLE and editor.accessibleDescription() == text


def assert_cleared(dialog, name: str, editor: QWidget) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.errors[name].isVisible() and dialog.errors[name].text() == ""
    assert editor.styleSheet() == "" and editor.accessibleDescription() == ""


def test_contact_and_resolve_errors_mark_their_field_and_clear_when_fixed(  # type: ignore[no-untyped-def]
    desk, window, qtbot, lang
):
    ticket_id = first_ticket(desk, window, qtbot)
    required = QCoreApplication.translate(VALIDATION, REQUIRED)

    contact = ContactDialog(desk, ticket_id, window)
    qtbot.addWidget(contact)
    contact.show()
    type_text(contact.duration, "soon")
    contact.save()
    assert contact.errors["duration"].isVisible()
    assert contact.duration.styleSheet() == MARK_STYLE
    assert contact.focusWidget() is contact.duration
    assert not LATIN_DIGIT.search(contact.errors["duration"].text()) or lang == "en"
    type_text(contact.duration, "4")  # fixing it takes the message away at once
    assert_cleared(contact, "duration", contact.duration)
    contact.duration.setText("4:30")
    contact.save()  # the summary is required: said by the service, marked here
    qtbot.waitUntil(
        lambda: contact.errors["summary"].isVisible() and not contact.busy, timeout=5_000
    )
    assert_marked(contact, "summary", contact.summary, required)
    assert contact.focusWidget() is contact.summary
    type_text(contact.summary, "Called, no answer")
    assert_cleared(contact, "summary", contact.summary)
    contact.close()

    resolve = ResolveDialog(desk, ticket_id, window)
    qtbot.addWidget(resolve)
    resolve.show()
    resolve.save()
    qtbot.waitUntil(
        lambda: resolve.errors["solution"].isVisible() and not resolve.busy, timeout=5_000
    )
    assert_marked(resolve, "resolution_cause", resolve.cause, required)
    assert_marked(resolve, "solution", resolve.solution, required)
    assert resolve.focusWidget() is resolve.cause, "the first field at fault"
    type_text(resolve.cause, "Empty tray")
    assert_cleared(resolve, "resolution_cause", resolve.cause)
    assert resolve.errors["solution"].isVisible(), "the other field is still wrong"
    type_text(resolve.solution, "Refilled")
    assert_cleared(resolve, "solution", resolve.solution)
    resolve.close()


def test_view_name_error_marks_the_name_and_clears_when_edited(qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    def keep(name: str) -> None:
        raise ValidationFailed([FieldError("name", NAME_TAKEN)])

    dialog = ViewNameDialog("Save view", "Mine", keep)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    taken = QCoreApplication.translate(VALIDATION, NAME_TAKEN)
    assert_marked(dialog, "name", dialog.name, taken)
    assert dialog.name.text() == "Mine", "what was typed stays"
    type_text(dialog.name, " 2")
    assert_cleared(dialog, "name", dialog.name)


def test_numbers_follow_the_locale(lang) -> None:  # type: ignore[no-untyped-def]
    arabic = lang == "ar"
    assert number(2026) == QLocale().toString(2026)
    assert (number(5) == "٥") is arabic and (number(5) == "5") is not arabic
    assert number(2.5) == QLocale().toString(2.5, "g", 15)
    assert numbered(1, "X").startswith(number(1))
    # A validation message's count and limit are numbers: in the locale's digits.
    text = labels.error_text(FieldError("x", TOO_LONG, {"length": 4100, "limit": 4000}))
    assert number(4000) in text and number(4100) in text
    assert bool(LATIN_DIGIT.search(text)) is not arabic


def widget_texts(root: QWidget) -> list[str]:
    """What a person reads on ``root`` (fresh forms hold no identifiers)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            # Hints are read, not typed: even an identifier field's hint
            # ("e.g. 4:30") is a number to read.
            texts.append(widget.placeholderText())
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        if hasattr(widget, "placeholderText") and not isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    return [t for t in texts if t]


def test_an_arabic_screen_has_no_latin_digits_outside_identifiers(  # type: ignore[no-untyped-def]
    desk, window, qtbot, lang
):
    ticket_id = first_ticket(desk, window, qtbot)
    intake = IntakeDialog(desk, window)
    contact = ContactDialog(desk, ticket_id, window)
    resolve = ResolveDialog(desk, ticket_id, window)
    for dialog in (intake, contact, resolve):
        qtbot.addWidget(dialog)
        dialog.show()
    texts = [t for d in (intake, contact, resolve) for t in widget_texts(d)]
    # The numbered sections, the satisfaction scale and the duration hint are there.
    assert numbered(1, intake.tr("Customer")) in texts
    assert any(t.startswith(number(5)) for t in texts)
    assert any(f"{number(4)}:{number(30)}" in t for t in texts)
    latin = [t for t in texts if LATIN_DIGIT.search(t)]
    if lang == "ar":
        assert latin == [], "Latin digits on an Arabic screen"
    else:
        assert latin, "English screens write 1, 2, 3"


def test_call_back_interval_says_its_days_with_the_plural(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    ticket_id = first_ticket(desk, window, qtbot)
    contact = ContactDialog(desk, ticket_id, window)
    qtbot.addWidget(contact)
    contact.show()
    contact.call_back.setChecked(True)
    spin = contact.every
    for days in (1, 2, 3, 11):
        spin.setValue(days)
        assert spin.text() == contact.tr("%Ln day(s)", "", days)
        assert not LATIN_DIGIT.search(spin.text()) or lang == "en"
    spin.setValue(0)
    assert spin.text() == contact.tr("only once")
    # Typed digits (an Arabic keyboard's too) still set the count.
    spin.lineEdit().selectAll()
    type_text(spin, "٤")
    spin.interpretText()
    assert spin.value() == 4
    spin.lineEdit().selectAll()
    type_text(spin, "7")
    spin.interpretText()
    assert spin.value() == 7 and spin.text() == contact.tr("%Ln day(s)", "", 7)

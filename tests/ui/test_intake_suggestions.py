"""Articles suggested beside the intake while the call is taken, in ar and en:
found whatever harakat, alef form or article prefix either side uses; read
with Enter; "Solved by this article" files a ticket resolved at tier 0."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from desk_app.models import JournalKind, Status, Ticket
from desk_app.models.tickets import TicketJournal
from desk_app.services.tickets import live_ticket
from desk_app.ui.article_reader import ArticleViewer
from desk_app.ui.checks import type_text
from desk_app.ui.intake_dialog import DRAFT, IntakeDialog
from desk_app.ui.intake_suggestions import IntakeSuggestions
from desk_app.ui.screen_fit import FRAME, available_area, parse_size, pretend_screen
from tests.ui.knowledge_fixtures import other_articles, printer_article

TYPED = [
    "الطابعة لا تطبع",
    "the printer does not print",
    "الطّابِعَة لا تَطبع",  # harakat
    "بالطابعه لا تطبع",  # a prefix and ha for ta marbuta
]


def open_intake(window, qtbot) -> IntakeDialog:  # type: ignore[no-untyped-def]
    dialog = window.new_ticket()
    qtbot.waitExposed(dialog)
    return dialog


def wait_for_suggestions(panel: IntakeSuggestions, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: panel.list.count() > 0 and panel.isVisible(), timeout=10_000)


@pytest.mark.parametrize("typed", TYPED)
def test_typing_the_problem_suggests_the_printer_article(window, qtbot, lang, typed):  # type: ignore[no-untyped-def]
    printer = printer_article(window.desk)
    other_articles(window.desk)
    dialog = open_intake(window, qtbot)
    panel = dialog.suggestions
    assert not panel.isVisible(), "no room taken before there is anything to suggest"
    type_text(dialog.subject, typed)
    wait_for_suggestions(panel, qtbot)
    assert panel.current_article_id() == printer.id
    ids = [s.id for s in panel.suggestions]
    assert ids[0] == printer.id
    assert all("draft" not in s.title for s in panel.suggestions), "drafts are never suggested"
    item = panel.list.item(0)
    arabic_typed = not typed.startswith("the")
    side = Qt.AlignmentFlag.AlignRight if arabic_typed else Qt.AlignmentFlag.AlignLeft
    assert item.textAlignment() & side, "a suggestion sits on its own language's side"
    # Clearing what was typed takes the panel away again.
    dialog.subject.clear()
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)


def test_the_description_is_searched_too_and_stale_answers_are_dropped(window, qtbot, lang):  # type: ignore[no-untyped-def]
    printer_article(window.desk)
    dialog = open_intake(window, qtbot)
    panel = dialog.suggestions
    type_text(dialog.description, "printer")
    wait_for_suggestions(panel, qtbot)
    asked = panel._asked
    panel.show_suggestions([])  # an answer for older text …
    panel.look_up()
    assert panel._asked == asked + 1
    wait_for_suggestions(panel, qtbot)


def test_enter_opens_the_article_to_read(window, qtbot, lang):  # type: ignore[no-untyped-def]
    printer_article(window.desk)
    dialog = open_intake(window, qtbot)
    type_text(dialog.subject, "الطابعة")
    panel = dialog.suggestions
    wait_for_suggestions(panel, qtbot)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(ArticleViewer)), timeout=10_000)
    viewer = dialog.findChildren(ArticleViewer)[0]
    page = viewer.reader.page.toPlainText()
    if lang == "ar":
        assert "الطابعة لا تطبع" in page
    else:
        assert "The printer does not print" in page
    assert viewer.reader.page.isReadOnly()
    viewer.close()
    assert dialog.subject.text() == "الطابعة", "reading loses nothing typed"


def test_solved_by_this_article_files_a_tier_0_resolution(window, qtbot, lang):  # type: ignore[no-untyped-def]
    printer = printer_article(window.desk)
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "سارة العتيبي")
    type_text(dialog.phone, "0501234567")
    type_text(dialog.subject, "the printer does not print")
    panel = dialog.suggestions
    wait_for_suggestions(panel, qtbot)
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as created:
        QTest.mouseClick(panel.solved_button, Qt.MouseButton.LeftButton)
    ticket_id, number = created.args
    assert number
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with window.desk.db.reading() as s:
        ticket = live_ticket(s, ticket_id)
        assert ticket.number == number and ticket.status == Status.RESOLVED.value
        used = s.scalars(
            select(TicketJournal).where(
                TicketJournal.ticket_id == ticket_id,
                TicketJournal.kind == JournalKind.ARTICLE_USED.value,
            )
        ).all()
        assert [u.new_value for u in used] == [printer.id]
    assert window.desk.drafts.load(DRAFT) is None, "the call is written: no draft left"
    # Said as a save is (the ticket is resolved, so the open list does not hold it).
    assert number in window.statusBar().currentMessage()


def test_solved_with_a_bad_phone_marks_the_field_and_keeps_the_text(window, qtbot, lang):  # type: ignore[no-untyped-def]
    printer_article(window.desk)
    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "Jan Kowalski")
    type_text(dialog.phone, "12ab")
    type_text(dialog.subject, "الطابعة لا تطبع")
    type_text(dialog.description, "Floor 2")
    panel = dialog.suggestions
    wait_for_suggestions(panel, qtbot)
    QTest.mouseClick(panel.solved_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.errors["phone"].isVisible, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.subject.text() == "الطابعة لا تطبع"
    assert dialog.description.toPlainText() == "Floor 2"
    assert dialog.phone.text() == "12ab"
    assert panel.solved_button.isEnabled() and dialog.save_button.isEnabled()
    with window.desk.db.reading() as s:
        assert s.scalars(select(Ticket)).first() is None, "nothing was written"


def test_intake_with_suggestions_fits_a_laptop_screen(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    printer_article(desk)
    pretend_screen(parse_size("1366x768"))
    try:
        dialog = IntakeDialog(desk)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        type_text(dialog.subject, "printer")
        wait_for_suggestions(dialog.suggestions, qtbot)
        area = available_area(dialog)
        assert dialog.width() + FRAME.width() <= area.width()
        assert dialog.height() + FRAME.height() <= area.height()
        inside = dialog.rect()
        for button in (dialog.save_button, dialog.suggestions.solved_button):
            where = button.rect().translated(button.mapTo(dialog, button.rect().topLeft()))
            assert inside.contains(where)
        # The panel is on the form's end side (mirrored in Arabic).
        panel_x = dialog.suggestions.mapTo(dialog, dialog.suggestions.rect().center()).x()
        form_x = dialog.scroll_area.mapTo(dialog, dialog.scroll_area.rect().center()).x()
        assert (panel_x < form_x) == (lang == "ar")
        assert dialog.scroll_area.horizontalScrollBar().maximum() == 0, "no sideways scrolling"
    finally:
        pretend_screen(None)

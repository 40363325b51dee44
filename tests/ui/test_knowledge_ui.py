"""The knowledge window (Ctrl+K) and the article editor, in ar and en:
search, browse by category, read (each paragraph in its own direction), copy
a passage, put it into the note of the ticket in the pane; write, refuse bad
input keeping what was typed, publish only with the right; write an article
from a resolved ticket; a review day reminds the author."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from desk_app.models import Role
from desk_app.services.intake import IntakeForm
from desk_app.services.knowledge import ArticleStatus, get_article
from desk_app.services.permissions import PERMISSIONS, REASONS, Right
from desk_app.services.resolution import Resolution, resolve_ticket
from desk_app.ui.article_editor import ArticleEditor
from desk_app.ui.checks import type_text
from desk_app.ui.knowledge_window import KnowledgeWindow
from desk_app.ui.main_window import MainWindow
from desk_app.ui.rights_gate import RightsGate
from tests.ui.conftest import add_tickets
from tests.ui.knowledge_fixtures import other_articles, printer_article, write_article
from tests.ui.walk import set_role


def open_knowledge(window: MainWindow, qtbot) -> KnowledgeWindow:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    shown = [w for w in window.findChildren(KnowledgeWindow) if w.isVisible()]
    assert len(shown) == 1, "Ctrl+K did not open the knowledge window"
    knowledge = shown[0]
    qtbot.waitUntil(lambda: knowledge.desk.tasks.busy == 0, timeout=10_000)
    return knowledge


def search(knowledge: KnowledgeWindow, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(knowledge.searched, timeout=10_000):
        knowledge.search.setFocus()
        knowledge.search.selectAll()
        type_text(knowledge.search, text)


def titles(knowledge: KnowledgeWindow) -> list[str]:
    return [a.title_en or a.title_ar for a in knowledge.articles]


def as_role(window: MainWindow, role: Role) -> None:
    set_role(window.desk, role)
    RightsGate.of(window.desk).reload()


def test_ctrl_k_searches_reads_and_copies(window, qtbot, lang):  # type: ignore[no-untyped-def]
    printer_article(window.desk)
    other_articles(window.desk)
    knowledge = open_knowledge(window, qtbot)
    assert knowledge.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    search(knowledge, qtbot, "الطّابعه")  # harakat and ha: the same normalisation
    assert titles(knowledge)[0] == "The printer does not print"
    knowledge.list.setCurrentRow(0)
    page = knowledge.reader.page
    document = page.document()
    # Each paragraph in its own direction: the Latin link line of the Arabic
    # body runs left to right, the Arabic ones right to left.
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    if lang == "ar":
        assert directions["الطابعة لا تطبع"] == Qt.LayoutDirection.RightToLeft
        assert directions["Printer driver: https://example.org/drivers"] == (
            Qt.LayoutDirection.LeftToRight
        )
        assert document.begin().next().next().textList() is not None, "a bullet list"
    else:
        assert directions["The printer does not print"] == Qt.LayoutDirection.LeftToRight
    # The other language is one choice away.
    assert knowledge.reader.language.isVisible()
    # Copy: the whole article, then only the selection.
    QApplication.clipboard().clear()
    QTest.mouseClick(knowledge.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith("الطابعة لا تطبع" if lang == "ar" else "The printer does not print")
    assert "https://example.org/drivers" in copied
    cursor = page.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    page.setTextCursor(cursor)
    QTest.mouseClick(knowledge.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == cursor.selectedText()
    # A search that finds nothing says so in the count.
    search(knowledge, qtbot, "zebra")
    assert knowledge.articles == []
    assert knowledge.reader.article is None


def test_browse_by_category(window, qtbot, lang):  # type: ignore[no-untyped-def]
    printer_article(window.desk)
    other_articles(window.desk)
    knowledge = open_knowledge(window, qtbot)
    # An administrator may write: drafts are listed too, their status in words.
    assert len(knowledge.articles) == 3
    draft_row = next(i for i, a in enumerate(knowledge.articles) if a.status == ArticleStatus.DRAFT)
    draft_word = QCoreApplication.translate("Knowledge", "Draft")
    assert knowledge.list.item(draft_row).text().endswith(draft_word)
    network = knowledge.category.findData("network")
    with qtbot.waitSignal(knowledge.searched, timeout=10_000):
        knowledge.category.setCurrentIndex(network)
    assert titles(knowledge) == ["The VPN keeps disconnecting"]
    # The category's name is in the UI language, never its code.
    assert knowledge.category.currentText() != "network"


def test_insert_into_the_note_of_the_ticket_in_the_pane(window, qtbot, lang):  # type: ignore[no-untyped-def]
    printer_article(window.desk)
    [number] = add_tickets(window.desk, [IntakeForm(customer_name="Ali", subject="Printer")])
    window.refresh()
    qtbot.waitUntil(lambda: window.detail.ticket is not None, timeout=10_000)
    window.detail.note.setPlainText("Told the customer:")
    knowledge = open_knowledge(window, qtbot)
    assert knowledge.insert_button.isVisible()
    search(knowledge, qtbot, "printer")
    QTest.mouseClick(knowledge.insert_button, Qt.MouseButton.LeftButton)
    note = window.detail.note.toPlainText()
    assert note.startswith("Told the customer:\n")
    assert "https://example.org/drivers" in note
    assert number


def test_a_level_2_person_may_read_but_not_write_or_publish(window, qtbot, lang):  # type: ignore[no-untyped-def]
    printer_article(window.desk)
    other_articles(window.desk)
    as_role(window, Role.AGENT)
    knowledge = open_knowledge(window, qtbot)
    assert len(knowledge.articles) == 2, "published articles only, no draft"
    for button in (
        knowledge.new_button,
        knowledge.edit_button,
        knowledge.publish_button,
        knowledge.retire_button,
    ):
        assert not button.isVisible()
    assert knowledge.copy_button.isVisible()


def test_a_writer_sees_why_they_may_not_publish(window, qtbot, lang):  # type: ignore[no-untyped-def]
    other_articles(window.desk)
    as_role(window, Role.SENIOR_AGENT)
    knowledge = open_knowledge(window, qtbot)
    assert knowledge.new_button.isVisible() and knowledge.edit_button.isVisible()
    reason = QCoreApplication.translate(PERMISSIONS, REASONS[Right.KB_PUBLISH])
    for button in (knowledge.publish_button, knowledge.retire_button):
        assert button.isVisible() and not button.isEnabled()
        assert button.toolTip() == reason


def test_a_reviewer_publishes_a_draft(window, qtbot, lang):  # type: ignore[no-untyped-def]
    [_vpn, draft] = other_articles(window.desk)
    as_role(window, Role.SUPERVISOR)
    knowledge = open_knowledge(window, qtbot)
    row = next(i for i, a in enumerate(knowledge.articles) if a.id == draft.id)
    knowledge.list.setCurrentRow(row)
    assert knowledge.publish_button.isEnabled() and not knowledge.retire_button.isEnabled()
    with qtbot.waitSignal(knowledge.searched, timeout=10_000):
        QTest.mouseClick(knowledge.publish_button, Qt.MouseButton.LeftButton)
    with window.desk.db.reading() as s:
        assert get_article(s, draft.id).status == ArticleStatus.PUBLISHED
    assert knowledge.current_article().id == draft.id
    assert knowledge.retire_button.isEnabled()


def test_the_editor_refuses_bad_input_and_keeps_what_was_typed(window, qtbot, lang):  # type: ignore[no-untyped-def]
    knowledge = open_knowledge(window, qtbot)
    QTest.mouseClick(knowledge.new_button, Qt.MouseButton.LeftButton)
    editor = knowledge.editor
    assert isinstance(editor, ArticleEditor)
    qtbot.waitExposed(editor)
    # A title with no text, a review day already gone.
    type_text(editor.title_ar, "الطابعة لا تطبع")
    editor.review_on.set_value(window.desk.ctx.now().date() - timedelta(days=3))
    editor.save()
    qtbot.waitUntil(lambda: editor.errors["body"].isVisible(), timeout=10_000)
    assert editor.errors["review_on"].isVisible()
    assert editor.isVisible()
    assert editor.title_ar.text() == "الطابعة لا تطبع"
    # Correcting a field takes its message away.
    type_text(editor.body_ar, "أعد تشغيل الطابعة.")
    assert not editor.errors["body"].isVisible()
    editor.category.setCurrentIndex(editor.category.findData("hardware"))
    editor.review.setChecked(False)
    with qtbot.waitSignal(knowledge.searched, timeout=10_000):
        QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible())
    saved = knowledge.current_article()
    assert saved is not None and saved.status == ArticleStatus.DRAFT
    assert saved.title_ar == "الطابعة لا تطبع" and saved.review_on is None


def test_write_an_article_from_a_resolved_ticket(window, qtbot, lang):  # type: ignore[no-untyped-def]
    add_tickets(
        window.desk,
        [IntakeForm(customer_name="Ali", subject="الطابعة لا تطبع", description="ورق عالق")],
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.detail.ticket is not None, timeout=10_000)
    action = window.knowledge.write_action
    assert action.isVisible() and not action.isEnabled(), "an open ticket has no solution yet"
    ticket_id = window.detail.ticket.id
    with window.desk.db.writing() as s:
        resolve_ticket(
            s, window.desk.ctx, ticket_id, Resolution(cause="ورق", solution="أزلنا الورق العالق")
        )
    window.show_view("all")  # a resolved ticket is no longer in the open list
    qtbot.waitUntil(lambda: not window.list_panel.model.is_loading, timeout=10_000)
    window.list_panel.select_ticket(ticket_id)
    qtbot.waitUntil(action.isEnabled, timeout=10_000)
    editor = window.knowledge.write_article()
    assert editor is not None
    qtbot.waitUntil(lambda: editor.title_ar.text() == "الطابعة لا تطبع", timeout=10_000)
    assert "أزلنا الورق العالق" in editor.body_ar.toPlainText()
    editor.close()


def test_a_level_2_person_has_no_write_an_article(window, qtbot, lang):  # type: ignore[no-untyped-def]
    as_role(window, Role.AGENT)
    assert not window.knowledge.write_action.isVisible()
    assert window.knowledge.open_action.isVisible()


def test_a_review_day_reminds_the_author(window, qtbot, lang):  # type: ignore[no-untyped-def]
    today = window.desk.ctx.now().date()
    article = write_article(
        window.desk, title_ar="الطابعة لا تطبع", body_ar="نص", review_on=today + timedelta(days=1)
    )
    with window.desk.db.writing() as s:
        from desk_app.models.knowledge import KbArticle

        row = s.get(KbArticle, article.id)
        row.review_on = today.isoformat()
    with qtbot.waitSignal(window.notifier.notified, timeout=10_000) as said:
        window.notifier.check_reviews()
    assert "الطابعة لا تطبع" in said.args[0]


def test_a_huge_paste_into_an_article_is_refused_and_the_text_kept(window, qtbot, lang):  # type: ignore[no-untyped-def]
    knowledge = open_knowledge(window, qtbot)
    editor = knowledge.open_editor(None)
    qtbot.waitExposed(editor)
    type_text(editor.body_en, "Restart the spooler.")
    QApplication.clipboard().setText("x" * 200_000)
    editor.body_en.setFocus()
    editor.body_en.paste()
    assert editor.body_en.toPlainText() == "Restart the spooler."
    assert editor.errors["body"].isVisible()
    # A title cannot grow past what the service keeps.
    editor.title_en.setText("t" * 1000)
    assert len(editor.title_en.text()) < 1000

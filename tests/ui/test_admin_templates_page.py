"""The console's letter templates page in Arabic and English: the starter
templates listed by kind, a placeholder inserted by its name in words, an
unknown placeholder refused at its field with the template marked and the
text kept, a save as version 1 used by the next letter, snippets checked and
offered after :: in a note box; a level-1 agent never sees the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextEdit

from desk_app.models import Role
from desk_app.services.config_store import load_document
from desk_app.services.letter_templates import DOCUMENT_KEY, Placeholder
from desk_app.ui.admin_console import open_console
from desk_app.ui.admin_templates_page import TemplatesPage
from desk_app.ui.desk import Desk
from desk_app.ui.letter_source import library_in_force
from desk_app.ui.letter_words import placeholder_name
from desk_app.ui.snippets import SnippetCompleter
from tests.ui.walk import set_role

_kept: list[object] = []  # the console lives as long as the test uses its page


def _page(desk: Desk, qtbot) -> TemplatesPage:  # type: ignore[no-untyped-def]
    set_role(desk, Role.ADMIN)
    console = open_console(desk)
    assert console is not None
    qtbot.addWidget(console)
    _kept[:] = [console]
    page = console.show_page("templates")
    assert isinstance(page, TemplatesPage)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0)
    return page


def test_edit_check_and_save(desk: Desk, qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    assert page.tree.topLevelItemCount() == 7  # one group per kind
    assert page.form.isEnabled() and not page.save_button.isEnabled()
    body = page.form.bodies["ar"]
    assert body.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.form.bodies["en"].layoutDirection() == Qt.LayoutDirection.LeftToRight

    body.moveCursor(body.textCursor().MoveOperation.End)
    body.insertPlainText("\nمع تحيات {{agent_nam}}")
    error = page.form.errors["ar.body"]
    assert error.isVisible() and "agent_nam" in error.text()
    assert not page.save_button.isEnabled()
    assert page.tree.currentItem().foreground(0).color().name() == "#b00020"
    text = body.toPlainText()
    body.setPlainText(text.replace("{{agent_nam}}", ""))
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    page.form.placeholder.setCurrentIndex(page.form.placeholder.findData("agent_name"))
    page.form.last_text = body
    page.form.insert_placeholder()
    # Shown by its name in words, kept by its key.
    assert body.toPlainText().endswith("{{" + placeholder_name(Placeholder.AGENT_NAME) + "}}")
    assert "agent_name" not in body.toPlainText()
    assert page.templates()[0]["ar"]["body"].endswith("{{agent_name}}")
    assert not page.form.errors["ar.body"].isVisible()
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.desk.referenceChanged, timeout=10_000):
        page.save_button.click()
    assert page.version == 1
    with desk.db.reading() as session:
        document = load_document(session, DOCUMENT_KEY)
        library, _snippets = library_in_force(session)
    assert document is not None and document.version == 1
    assert library.templates[0].texts["ar"].body.endswith("{{agent_name}}")


def test_snippets_checked_saved_and_offered(desk: Desk, qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    page.tabs.setCurrentWidget(page.snippets)
    page.snippets.add_row()
    page.snippets.table.item(0, 0).setText("شكر")
    assert page.save_button.isEnabled() is False  # a snippet with no text
    page.snippets.table.item(0, 1).setText("شكرًا لتواصلكم معنا.")
    page.snippets.add_row()
    page.snippets.table.item(1, 0).setText("شكر")
    page.snippets.table.item(1, 1).setText("again")
    assert not page.save_button.isEnabled()
    assert page.snippets.table.item(1, 0).toolTip()
    page.snippets.table.removeRow(1)
    page.snippets._changed()
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.desk.referenceChanged, timeout=10_000):
        page.save_button.click()
    with desk.db.reading() as session:
        _library, snippets = library_in_force(session)
    assert [s.name for s in snippets] == ["شكر"]

    box = QTextEdit()
    qtbot.addWidget(box)
    completer = SnippetCompleter(box, lambda: snippets)
    box.insertPlainText("نص ::شك")
    assert completer.insert("شكر")
    assert box.toPlainText() == "نص شكرًا لتواصلكم معنا."


def test_an_agent_never_sees_the_page(desk: Desk, qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    set_role(desk, Role.INTAKE)
    console = open_console(desk)
    if console is not None:
        qtbot.addWidget(console)
        assert "templates" not in console.page_keys()

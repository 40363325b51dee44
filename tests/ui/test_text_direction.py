"""Text runs and aligns by its own language in both UI languages: every
multi-line editor, identifier fields, and read-only texts (the list's subject,
the timeline's notes). Measured on Qt's own layout, not on strings."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from desk_app.services.intake import IntakeForm
from desk_app.services.text import FSI
from desk_app.ui.contact_dialog import ContactDialog
from desk_app.ui.intake_dialog import IntakeDialog
from desk_app.ui.related_dialog import RelatedTicketsDialog
from desk_app.ui.resolve_dialog import ResolveDialog
from desk_app.ui.text_direction import PlainTextBox, cell_text, first_strong, own_direction
from desk_app.ui.ticket_model import COLUMNS
from tests.ui.conftest import add_tickets

ARABIC = "الطابعة لا تسحب الورق."
ENGLISH = "The printer does not feed paper."


def paragraph_edges(editor: QTextEdit) -> list[tuple[float, float, float]]:
    """(left, right, width) of each paragraph's first line, in document coordinates."""
    document = editor.document()
    width = document.textWidth()
    edges = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        if layout.lineCount():
            rect = layout.lineAt(0).naturalTextRect().translated(layout.position())
            edges.append((rect.left(), rect.right(), width))
        block = block.next()
    return edges


def assert_follows_paragraphs(editor: QTextEdit, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.setPlainText(f"{ARABIC}\n{ENGLISH}")
    editor.window().show()
    qtbot.waitExposed(editor.window())
    editor.document().size()  # lays out every paragraph now
    (a_left, a_right, width), (e_left, e_right, _w) = paragraph_edges(editor)[:2]
    margin = editor.document().documentMargin() + 2
    assert width - a_right <= margin, f"the Arabic paragraph sits on the right ({a_right}/{width})"
    assert a_left > width / 3
    assert e_left <= margin, f"the English paragraph sits on the left ({e_left})"
    assert e_right < width * 2 / 3
    first = editor.document().begin()
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft
    assert first.next().textDirection() == Qt.LayoutDirection.LeftToRight


def test_every_multi_line_editor_follows_each_paragraph(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    add_tickets(desk, [IntakeForm(subject="Printer", customer_name="Huda")])
    window.refresh()
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() is not None, timeout=5_000)
    ticket_id = window.list_panel.current_ticket_id()
    intake = IntakeDialog(desk, window)
    contact = ContactDialog(desk, ticket_id, window)
    resolve = ResolveDialog(desk, ticket_id, window)
    qtbot.waitUntil(window.detail.isEnabled, timeout=5_000)
    editors = [intake.description, contact.summary, resolve.solution, window.detail.note]
    for editor in editors:
        assert isinstance(editor, PlainTextBox)
        assert_follows_paragraphs(editor, qtbot)
    for dialog in (intake, contact, resolve):
        # No form keeps a QPlainTextEdit, which aligns every paragraph one way.
        assert not dialog.findChildren(QPlainTextEdit)
        dialog.close()
    assert not window.findChildren(QPlainTextEdit)


def test_plain_text_box_pastes_text_only(fonts, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData

    box = PlainTextBox()
    qtbot.addWidget(box)
    data = QMimeData()
    data.setHtml("<b>bold</b> <span style='color:red'>red</span>")
    data.setText("bold red")
    box.insertFromMimeData(data)
    assert box.toPlainText() == "bold red"
    assert not box.document().toHtml().count("font-weight:700")


def leading_gap(edit: QLineEdit) -> tuple[float, float]:
    """Distance of the typed text from the left and from the right edge."""
    edit.setCursorPosition(0)
    start = edit.cursorRect().center().x()
    edit.setCursorPosition(len(edit.text()))
    end = edit.cursorRect().center().x()
    return min(start, end), edit.width() - max(start, end)


def assert_identifier(edit: QLineEdit, form: QWidget, text: str) -> None:
    edit.setText(text)
    edit.grab()  # QLineEdit places its text (alignment, scrolling) when painted
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight, edit.objectName()
    left, right = leading_gap(edit)
    if form.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        assert right < left, f"{edit.objectName()} sits on the form's leading (right) edge"
    else:
        assert left < right, f"{edit.objectName()} sits on the form's leading (left) edge"


def test_identifier_fields_align_one_way_everywhere(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    add_tickets(desk, [IntakeForm(subject="Printer", customer_name="Huda")])
    window.refresh()
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() is not None, timeout=5_000)
    ticket_id = window.list_panel.current_ticket_id()
    intake = IntakeDialog(desk, window)
    contact = ContactDialog(desk, ticket_id, window)
    related = RelatedTicketsDialog(desk, ticket_id, window)
    for dialog in (intake, contact, related):
        dialog.show()
        qtbot.waitExposed(dialog)
    for edit, text in (
        (intake.phone, "+966 50 123 4567"),
        (intake.email, "noura@example.sa"),
        (intake.account_number, "ACC-77"),
        (contact.duration, "4:30"),
        (related.other, "HQ-2026-000001"),
    ):
        assert_identifier(edit, edit.window(), text)
    for dialog in (intake, contact, related):
        dialog.close()


def cursor_x(text: str, position: int, direction: Qt.LayoutDirection) -> float:
    """The x of the cursor before ``text[position]`` in a paragraph of ``direction``
    (asked only between two characters of one run, where it is unambiguous)."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return line.cursorToX(position)[0]


def test_arabic_note_keeps_its_full_stop_at_its_end_in_an_english_line(fonts) -> None:  # type: ignore[no-untyped-def]
    text = own_direction("مرحبا بكم.")
    stop = text.index(".")
    ltr = Qt.LayoutDirection.LeftToRight
    # Right to left inside its isolate: the stop is drawn left of the last
    # letter, which is left of the second letter (the end of an Arabic line).
    assert cursor_x(text, stop, ltr) < cursor_x(text, 3, ltr)
    assert cursor_x(text, 3, ltr) < cursor_x(text, 2, ltr)


def test_latin_subject_cut_in_an_arabic_list_ends_in_its_ellipsis(fonts) -> None:  # type: ignore[no-untyped-def]
    # What the view draws when the cell is too narrow: the text cut, "…" after it.
    cut = own_direction("Printer jams on tray two")[:13] + "…"
    assert cut[1:13] == "Printer jams"
    rtl = Qt.LayoutDirection.RightToLeft
    # The ellipsis follows the last letter on its right, the Latin way.
    assert cursor_x(cut, cut.index("…"), rtl) > cursor_x(cut, 12, rtl) > cursor_x(cut, 2, rtl)


def test_list_and_timeline_isolate_what_people_wrote(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    add_tickets(desk, [IntakeForm(subject="Printer jams.", customer_name="نورة الشمري")])
    window.refresh()
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    from desk_app.services.ticket_list import SortColumn

    subject = model.index(0, COLUMNS.index(SortColumn.SUBJECT)).data()
    customer = model.index(0, COLUMNS.index(SortColumn.CUSTOMER)).data()
    # Isolated where the text runs against the UI (only there does it matter).
    rtl = lang == "ar"
    assert subject == (own_direction("Printer jams.") if rtl else "Printer jams.")
    assert customer == ("نورة الشمري" if rtl else own_direction("نورة الشمري"))
    assert subject.startswith(FSI) == rtl and customer.startswith(FSI) != rtl
    detail = window.detail
    qtbot.waitUntil(detail.isEnabled, timeout=5_000)
    detail.note.setPlainText("مرحبا بكم.\nتم الاتصال.")
    detail.add_note()
    qtbot.waitUntil(lambda: "مرحبا" in detail.timeline.item(0).text(), timeout=5_000)
    lines = detail.timeline.item(0).text().split("\n")
    assert lines[-2:] == own_direction("مرحبا بكم.\nتم الاتصال.").split("\n")


def test_first_strong_letter() -> None:
    assert first_strong("123 مرحبا") == Qt.LayoutDirection.RightToLeft
    assert first_strong("(Hello) مرحبا") == Qt.LayoutDirection.LeftToRight
    assert first_strong("12:30") is None
    assert own_direction("a\n\nb") == f"{FSI}a\u2069\n\n{FSI}b\u2069"


def test_reading_pane_heading_sits_on_the_ui_leading_edge(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    # A Latin subject in Arabic, an Arabic one in English: both on the UI's side.
    subject = "Printer jams." if lang == "ar" else "الطابعة لا تعمل."
    add_tickets(desk, [IntakeForm(subject=subject, customer_name="Huda")])
    window.refresh()
    detail = window.detail
    qtbot.waitUntil(lambda: detail.ticket is not None, timeout=5_000)
    assert detail.subject.text() == own_direction(subject)
    for label in (detail.number, detail.subject):
        image = label.grab().toImage()
        inked = [
            x
            for x in range(image.width())
            for y in range(0, image.height(), 2)
            if image.pixelColor(x, y).lightness() < 128
        ]
        assert inked, label.objectName()
        middle = image.width() / 2
        if lang == "ar":
            assert min(inked) > middle * 0.5 and max(inked) > middle, label.objectName()
        else:
            assert min(inked) < middle, label.objectName()


def test_a_list_cell_is_isolated_only_against_the_ui() -> None:
    """Same direction as the UI: plain (the isolate would change nothing and
    costs a bidi layout per painted cell); the other direction: isolated; no
    letter at all (a number): plain."""
    assert cell_text("Printer jams.", rtl=False) == "Printer jams."
    assert cell_text("Printer jams.", rtl=True) == own_direction("Printer jams.")
    assert cell_text("نورة الشمري", rtl=True) == "نورة الشمري"
    assert cell_text("نورة الشمري", rtl=False) == own_direction("نورة الشمري")
    assert cell_text("2026 - 15", rtl=True) == "2026 - 15"

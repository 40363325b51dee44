"""The related-tickets dialog, as an agent uses it, in Arabic and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desk_app.models import Ticket
from desk_app.services import links
from desk_app.services.intake import IntakeForm
from desk_app.ui.checks import type_text
from desk_app.ui.related_dialog import RelatedTicketsDialog
from tests.ui.conftest import add_tickets, expected_direction


def open_dialog(window, qtbot) -> RelatedTicketsDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() is not None, timeout=5_000)
    dialog = window.open_related()
    assert isinstance(dialog, RelatedTicketsDialog)
    qtbot.waitUntil(lambda: dialog.number != "", timeout=5_000)
    return dialog


def related(dialog: RelatedTicketsDialog) -> list[str]:
    items = (dialog.related.item(i) for i in range(dialog.related.count()))
    return [item.text() for item in items if item.data(Qt.ItemDataRole.UserRole)]


def press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_link_split_and_merge_from_the_keyboard(  # type: ignore[no-untyped-def]
    desk, window, qtbot, lang, monkeypatch, tmp_path: Path
):
    first, second, third = add_tickets(
        desk,
        [IntakeForm(subject=s, customer_name="Huda") for s in ("Printer", "Scanner", "Fax")],
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 3, timeout=5_000)
    dialog = open_dialog(window, qtbot)
    assert dialog.layoutDirection() == expected_direction(lang)
    current = dialog.number
    others = [n for n in (first, second, third) if n != current]

    # A number nobody has: said on the dialog, the typed text stays.
    type_text(dialog.other, "999999")
    press(qtbot, dialog.link_button)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=5_000)
    assert "999999" in dialog.message.text()
    assert dialog.other.text() == "999999"

    # The last digits are enough when one ticket ends in them.
    dialog.other.clear()
    type_text(dialog.other, others[0].rsplit("-", 1)[1].lstrip("0"))
    press(qtbot, dialog.link_button)
    qtbot.waitUntil(lambda: len(related(dialog)) == 1 and not dialog.busy, timeout=5_000)
    assert others[0] in related(dialog)[0]
    assert dialog.other.text() == ""

    # Split with no subject: refused, nothing created.
    press(qtbot, dialog.split_button)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=5_000)
    assert dialog.split_subject.hasFocus() or dialog.message.text()
    type_text(dialog.split_subject, "Monitor flickers too")
    press(qtbot, dialog.split_button)
    qtbot.waitUntil(lambda: len(related(dialog)) == 2 and not dialog.busy, timeout=5_000)
    dialog.grab().save(str(tmp_path / f"related-{lang}.png"))

    # Merge into the other ticket after confirming.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    type_text(dialog.other, others[1])
    press(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.merged_note.isVisible() and not dialog.busy, timeout=5_000)
    assert others[1] in dialog.merged_note.text()
    assert not dialog.merge_button.isEnabled()
    with desk.db.reading() as session:
        mine = session.execute(select(Ticket).where(Ticket.number == current)).scalar_one()
        assert mine.status == "closed" and mine.merged_into_id is not None
        assert {t.number for t in links.linked_tickets(session, mine.id)} >= {others[0]}
    dialog.close()


def test_without_a_selected_ticket_the_status_bar_says_so(window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    assert window.open_related() is None
    assert window.statusBar().currentMessage() != ""


@pytest.fixture(autouse=True)
def _screenshots_dir(tmp_path: Path) -> None:
    (tmp_path / "shots").mkdir()

"""The outbox: pending and refused changes, retry and discard, in ar and en."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from desk_app.services.text import LRI
from desk_app.sync.status import OutboxEntry
from desk_app.ui.sync_outbox_dialog import REJECTED_BACKGROUND, OutboxDialog
from desk_app.ui.sync_texts import op_state_label, reject_reason_text
from tests.ui.conftest import expected_direction

T0 = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)
TICKET_ID = "0190f3a0-0000-7000-8000-000000000001"


def entries() -> list[OutboxEntry]:
    return [
        OutboxEntry(1, "ticket", TICKET_ID, "insert", "pending", "", T0, "HQ-2026-000001"),
        OutboxEntry(
            2,
            "ticket",
            TICKET_ID,
            "update",
            "rejected",
            "branch_not_allowed",
            T0,
            "HQ-2026-000001: status, priority",
        ),
        OutboxEntry(3, "customer", TICKET_ID, "insert", "pending", "", T0, "نورة الشمري"),
        OutboxEntry(4, "ticket", TICKET_ID, "update", "rejected", "mystery_code", T0, "HQ-2"),
    ]


class Actions:
    def __init__(self) -> None:
        self.outbox = entries()
        self.calls: list[tuple[str, int]] = []

    def list(self, _session: object) -> list[OutboxEntry]:
        return list(self.outbox)

    def retry(self, _session: object, _ctx: object, seq: int) -> None:
        self.calls.append(("retry", seq))
        self.outbox = [
            OutboxEntry(**{**e.__dict__, "state": "pending", "error": ""})
            if e.client_seq == seq
            else e
            for e in self.outbox
        ]

    def discard(self, _session: object, _ctx: object, seq: int) -> None:
        self.calls.append(("discard", seq))
        self.outbox = [e for e in self.outbox if e.client_seq != seq]


def open_outbox(desk, qtbot, actions: Actions) -> OutboxDialog:  # type: ignore[no-untyped-def]
    dialog = OutboxDialog(desk, actions.list, actions.retry, actions.discard)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() > 0)
    return dialog


def click_row(qtbot, dialog: OutboxDialog, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = dialog.table.visualRect(dialog.model.index(row, 2))  # mirrored in RTL
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected() is not None and dialog.selected().client_seq == row + 1


def test_pending_and_refused_changes_are_listed(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_outbox(desk, qtbot, Actions())
    assert dialog.objectName() == "outboxDialog"
    assert dialog.layoutDirection() == expected_direction(lang)
    model = dialog.model
    assert model.rowCount() == 4
    assert model.index(1, 3).data() == op_state_label("rejected")
    assert model.index(1, 4).data() == reject_reason_text("branch_not_allowed")
    assert "mystery_code" in model.index(3, 4).data(), "an unforeseen reason is still shown"
    assert model.index(0, 4).data() == ""
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == REJECTED_BACKGROUND
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    summary = model.index(1, 2).data()
    assert summary.startswith(LRI) == (lang == "ar"), "Latin summaries isolated in Arabic"
    # The first refused change is selected, ready to act on.
    assert dialog.selected().client_seq == 2
    assert dialog.retry_button.isEnabled() and dialog.discard_button.isEnabled()
    if lang == "ar":
        first = dialog.table.visualRect(model.index(0, 0))
        last = dialog.table.visualRect(model.index(0, 4))
        assert first.x() > last.x(), "columns run right to left"
        assert "مرفوض" in dialog.summary.text() or "رفض" in dialog.summary.text()


def test_pending_changes_cannot_be_retried_or_discarded(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_outbox(desk, qtbot, Actions())
    click_row(qtbot, dialog, 0)
    assert not dialog.retry_button.isEnabled() and not dialog.discard_button.isEnabled()


def test_retry_sends_a_refused_change_again(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    actions = Actions()
    dialog = open_outbox(desk, qtbot, actions)
    click_row(qtbot, dialog, 1)
    with qtbot.waitSignal(dialog.outboxChanged) as changed, qtbot.waitSignal(desk.ticketsChanged):
        QTest.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["retry"]
    assert actions.calls == [("retry", 2)]
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.entries[1].state == "pending")
    assert dialog.message.isVisible()


def test_discard_asks_first_and_cancel_keeps_it(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    actions = Actions()
    dialog = open_outbox(desk, qtbot, actions)
    click_row(qtbot, dialog, 3)
    QTest.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "confirmDiscard")
    assert box is not None and box.isVisible()
    assert box.layoutDirection() == expected_direction(lang)
    QTest.mouseClick(box.findChild(QPushButton, "keepButton"), Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert actions.calls == []

    QTest.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox)))
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    with qtbot.waitSignal(dialog.outboxChanged):
        QTest.mouseClick(
            box.findChild(QPushButton, "confirmDiscardButton"), Qt.MouseButton.LeftButton
        )
    assert actions.calls == [("discard", 4)]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)


def test_an_empty_outbox_says_so(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = OutboxDialog(desk, lambda _s: [], lambda *_a: None, lambda *_a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.summary.text() == dialog.tr("The outbox is empty: every change has been sent.")
    assert not dialog.retry_button.isEnabled()

"""The letter register in Arabic and English: an incoming letter recorded
with its scan starts the 48-hour clock and shows overdue after two days; a
refused file is said at the file with nothing written; search, filters and
export; a memo needs its addressee."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook

from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.register_queries import entries
from desk_app.ui.desk import Desk
from desk_app.ui.memo_dialog import MemoDialog
from desk_app.ui.register_record_dialog import RecordIncomingDialog
from desk_app.ui.register_window import RegisterWindow

SCAN = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _ticket(desk: Desk) -> str:
    form = IntakeForm(subject="فاتورة خاطئة", customer_name="سارة الحربي")
    with desk.db.writing() as session:
        return create_ticket(session, desk.ctx, form).number


def _window(desk: Desk, qtbot) -> RegisterWindow:  # type: ignore[no-untyped-def]
    window = RegisterWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading)
    return window


def _record(window: RegisterWindow, qtbot, number: str, file: Path) -> RecordIncomingDialog:  # type: ignore[no-untyped-def]
    dialog = window.record_incoming()
    assert isinstance(dialog, RecordIncomingDialog)
    dialog.ticket.setText(number)
    dialog.subject.setText("طلب تصحيح الفاتورة INV-2026-77")
    dialog.their_reference.setText("CR/2026/15")
    dialog.set_file(file)
    return dialog


def test_incoming_letter_starts_the_clock_and_goes_overdue(
    desk: Desk, qtbot, lang: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    number = _ticket(desk)
    window = _window(desk, qtbot)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(SCAN)
    dialog = _record(window, qtbot, number, scan)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    qtbot.waitUntil(lambda: len(window.model.items) == 1 and not window.loading)
    item = window.model.items[0]
    assert item.ticket_number == number and item.attachments == 1
    assert item.reply_state.value == "waiting"
    assert "HQ" in window.model.data(window.model.index(0, 0))

    window.replies.setCurrentIndex(window.replies.findData("due"))
    qtbot.waitUntil(lambda: not window.loading)
    assert len(window.model.items) == 1
    # Two days later the reply is overdue.
    later = desk.ctx.now() + timedelta(days=2)
    desk.ctx.now = lambda: later
    window.replies.setCurrentIndex(window.replies.findData("overdue"))
    qtbot.waitUntil(lambda: not window.loading and len(window.model.items) == 1)
    assert window.model.items[0].reply_state.value == "overdue"
    window.replies.setCurrentIndex(window.replies.findData("due"))
    qtbot.waitUntil(lambda: not window.loading and not window.model.items)

    # Found by a word of its subject typed without its letters' marks.
    window.replies.setCurrentIndex(window.replies.findData(""))
    window.search.setText("الفاتوره")
    window.reload()
    qtbot.waitUntil(lambda: not window.loading and len(window.model.items) == 1)


def test_a_refused_file_is_said_at_the_file(desk: Desk, qtbot, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    number = _ticket(desk)
    window = _window(desk, qtbot)
    program = tmp_path / "scan.pdf"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)  # a Windows program, whatever its name
    dialog = _record(window, qtbot, number, program)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["file"].isVisible())
    assert dialog.isVisible() and dialog.subject.text().startswith("طلب")
    with desk.db.reading() as session:
        assert entries(session, desk.ctx.now()) == []


def test_export_to_xlsx_and_csv(desk: Desk, qtbot, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    number = _ticket(desk)
    window = _window(desk, qtbot)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(SCAN)
    dialog = _record(window, qtbot, number, scan)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    qtbot.waitUntil(lambda: len(window.model.items) == 1 and not window.loading)
    reference = window.model.items[0].reference
    window.export(tmp_path / "register.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "register.xlsx").exists())
    sheet = load_workbook(tmp_path / "register.xlsx").active
    assert sheet is not None
    assert sheet.sheet_view.rightToLeft == (lang == "ar")
    assert sheet.cell(row=2, column=1).value == reference
    window.export(tmp_path / "register.csv")
    qtbot.waitUntil(lambda: (tmp_path / "register.csv").exists())
    with (tmp_path / "register.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == reference and rows[1][5] == number


def test_a_memo_needs_its_addressee(desk: Desk, qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(desk, qtbot)
    dialog = window.new_memo()
    assert isinstance(dialog, MemoDialog)
    dialog.subject.setText("اعتماد تعويض")
    dialog.body.setPlainText("نرجو اعتماد التعويض للعميل.")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["addressee"].isVisible())
    assert dialog.body.toPlainText() == "نرجو اعتماد التعويض للعميل."
    dialog.addressee.setCurrentText("قسم المالية")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    qtbot.waitUntil(lambda: not window.loading and len(window.model.items) == 1)
    assert window.model.items[0].channel == "memo"


def test_a_file_over_the_desks_limit_is_said_at_the_file(
    desk: Desk, qtbot, lang: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    number = _ticket(desk)
    desk.settings.attachment_max_mb = 1
    window = _window(desk, qtbot)
    big = tmp_path / "scan.pdf"
    big.write_bytes(SCAN + b"0" * (1024 * 1024 + 1))
    dialog = _record(window, qtbot, number, big)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["file"].isVisible())
    assert dialog.isVisible()
    with desk.db.reading() as session:
        assert entries(session, desk.ctx.now()) == []

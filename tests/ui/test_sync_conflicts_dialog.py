"""Reviewing conflicts: both values side by side (mirrored in Arabic), keep
this desk's, keep the other, or save a merged value."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.services.text import LRI
from desk_app.sync.status import ConflictEntry
from desk_app.ui import labels
from desk_app.ui.checks import type_text
from desk_app.ui.sync_conflicts_dialog import ConflictsDialog
from tests.ui.conftest import expected_direction

T0 = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)
HLC_MINE = "001772348400000-00000-0190f3a0-0000-7000-8000-00000000000a"
HLC_THEIRS = "001772348460000-00000-0190f3a0-0000-7000-8000-00000000000b"


def conflict(n: int, field: str, mine: str, theirs: str, kept: str = "theirs") -> ConflictEntry:
    return ConflictEntry(
        id=f"c{n}",
        entity="ticket",
        entity_id=f"0190f3a0-0000-7000-8000-00000000000{n}",
        label=f"HQ-2026-00000{n} الطابعة لا تعمل",
        field=field,
        mine=mine,
        theirs=theirs,
        mine_hlc=HLC_MINE,
        theirs_hlc=HLC_THEIRS,
        kept=kept,
        created_at=T0,
    )


class Resolver:
    def __init__(self) -> None:
        self.open = [
            conflict(
                1,
                "description",
                "The printer jams on tray 2.\nReplaced roller.",
                "الطابعة تعلق الورق",
                "theirs",
            ),
            conflict(2, "status", "open", "resolved", "mine"),
            conflict(3, "subject", "Printer jam", "Printer jam (floor 2)"),
        ]
        self.calls: list[tuple[str, str, str | None]] = []

    def list(self, _session: object) -> list[ConflictEntry]:
        return list(self.open)

    def resolve(self, _s: object, _ctx: object, cid: str, choice: str, value: str | None) -> None:
        self.calls.append((cid, choice, value))
        self.open = [c for c in self.open if c.id != cid]


def open_conflicts(desk, qtbot, resolver: Resolver) -> ConflictsDialog:  # type: ignore[no-untyped-def]
    dialog = ConflictsDialog(desk, resolver.list, resolver.resolve)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.count() > 0)
    return dialog


def test_both_values_side_by_side_this_desk_on_the_start_side(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_conflicts(desk, qtbot, Resolver())
    assert dialog.objectName() == "conflictsDialog"
    assert dialog.layoutDirection() == expected_direction(lang)
    assert dialog.list.count() == 3
    assert dialog.current().id == "c1"
    assert dialog.mine.value.toPlainText() == "The printer jams on tray 2.\nReplaced roller."
    assert dialog.theirs.value.toPlainText() == "الطابعة تعلق الورق"
    assert dialog.mine.value.isReadOnly() and dialog.theirs.value.isReadOnly()
    assert not dialog.mine.kept.isVisible() and dialog.theirs.kept.isVisible()
    assert dialog.merge_box.isVisible(), "long text can be merged by hand"
    assert dialog.merged.toPlainText() == "الطابعة تعلق الورق", "starts from the current value"
    mine_x = dialog.mine.mapTo(dialog, dialog.mine.rect().center()).x()
    theirs_x = dialog.theirs.mapTo(dialog, dialog.theirs.rect().center()).x()
    list_x = dialog.list.mapTo(dialog, dialog.list.rect().center()).x()
    if lang == "ar":
        assert list_x > mine_x > theirs_x, "list, this desk, other desk: from the right"
        assert dialog.title.text().startswith(LRI), "the ticket number is isolated"
        assert dialog.list.item(0).text().startswith(LRI)
    else:
        assert list_x < mine_x < theirs_x
        assert dialog.title.text() == "HQ-2026-000001 الطابعة لا تعمل"
    assert dialog.mine.when.text() and dialog.theirs.when.text()


def test_chosen_values_are_shown_by_name_and_cannot_be_merged(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = open_conflicts(desk, qtbot, Resolver())
    dialog.list.setCurrentRow(1)
    assert dialog.mine.value.toPlainText() == labels.status_label("open")
    assert dialog.theirs.value.toPlainText() == labels.status_label("resolved")
    assert dialog.mine.kept.isVisible() and not dialog.theirs.kept.isVisible()
    assert not dialog.merge_box.isVisible()
    assert dialog.field.text().startswith(dialog.tr("Field: {field} — found {time}").split("{")[0])


def test_keep_this_desks_value(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    resolver = Resolver()
    dialog = open_conflicts(desk, qtbot, resolver)
    with (
        qtbot.waitSignal(dialog.conflictsChanged),
        qtbot.waitSignal(desk.ticketsChanged) as changed,
    ):
        QTest.mouseClick(dialog.mine.button, Qt.MouseButton.LeftButton)
    assert resolver.calls == [("c1", "mine", None)]
    assert changed.args == [["0190f3a0-0000-7000-8000-000000000001"]]
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.count() == 2)
    assert dialog.current().id == "c2", "the next conflict is shown"


def test_keep_the_other_value(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    resolver = Resolver()
    dialog = open_conflicts(desk, qtbot, resolver)
    dialog.list.setCurrentRow(1)
    with qtbot.waitSignal(dialog.conflictsChanged):
        QTest.mouseClick(dialog.theirs.button, Qt.MouseButton.LeftButton)
    assert resolver.calls == [("c2", "theirs", None)]


def test_save_a_merged_value(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    resolver = Resolver()
    dialog = open_conflicts(desk, qtbot, resolver)
    dialog.list.setCurrentRow(2)
    dialog.merged.clear()
    type_text(dialog.merged, "Printer jam, floor 2 — طابعة")
    with qtbot.waitSignal(dialog.conflictsChanged):
        QTest.mouseClick(dialog.save_merged_button, Qt.MouseButton.LeftButton)
    assert resolver.calls == [("c3", "edit", "Printer jam, floor 2 — طابعة")]
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.count() == 2)


def test_a_failed_decision_is_said_and_nothing_is_lost(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    resolver = Resolver()

    def refuse(*_args: object) -> None:
        raise RuntimeError("disk full")

    dialog = ConflictsDialog(desk, resolver.list, refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 3)
    type_text(dialog.merged, " +")
    QTest.mouseClick(dialog.save_merged_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.loading)
    assert "disk full" in dialog.message.text()
    assert dialog.merged.toPlainText().endswith(" +")
    assert dialog.save_merged_button.isEnabled()


def test_no_conflicts_says_so(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    dialog = ConflictsDialog(desk, lambda _s: [], lambda *_a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.empty.isVisible()
    assert not dialog.mine.button.isEnabled()

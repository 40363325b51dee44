"""The intake dialog on a laptop's screen: Save and Cancel always in sight."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QPushButton, QWidget

from desk_app.ui.intake_dialog import IntakeDialog
from desk_app.ui.screen_fit import FRAME, available_area, parse_size, pretend_screen


@pytest.fixture
def screen(request: pytest.FixtureRequest) -> Iterator[QSize]:
    size = parse_size(request.param)
    pretend_screen(size)
    yield size
    pretend_screen(None)


def on_screen(widget: QWidget, window: QWidget) -> QRect:
    """Where the widget is drawn, in the window's coordinates."""
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("screen", ["1366x768", "1280x720"], indirect=True)
def test_intake_fits_with_save_and_cancel_in_sight(desk, qtbot, lang, screen):  # type: ignore[no-untyped-def]
    dialog = IntakeDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = available_area(dialog)
    assert area.height() < screen.height(), "the task bar is left alone"
    # The whole window, frame included, fits on the screen.
    assert dialog.width() + FRAME.width() <= area.width()
    assert dialog.height() + FRAME.height() <= area.height()
    assert dialog.maximumHeight() + FRAME.height() <= area.height()
    assert dialog.minimumSizeHint().height() + FRAME.height() <= area.height()
    inside = dialog.rect()
    cancel = dialog.findChild(QPushButton, "cancelButton")
    for button in (dialog.save_button, cancel):
        assert button.isVisible()
        where = on_screen(button, dialog)
        assert inside.contains(where), f"{button.text()} is cut off at {where} in {inside}"
        assert not dialog.scroll_area.isAncestorOf(button), "the buttons do not scroll away"
    # The form scrolls (or fits): its last field can be brought into sight.
    dialog.scroll_area.ensureWidgetVisible(dialog.assignee)
    viewport = dialog.scroll_area.viewport()
    assert viewport.rect().contains(on_screen(dialog.assignee, viewport))


@pytest.mark.parametrize("screen", ["1366x768"], indirect=True)
def test_wide_screen_takes_the_sections_in_two_columns(desk, qtbot, lang, screen):  # type: ignore[no-untyped-def]
    dialog = IntakeDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.columns.count() == 2
    customer = dialog.customer_name.mapTo(dialog, dialog.customer_name.rect().center())
    routing = dialog.priority.mapTo(dialog, dialog.priority.rect().center())
    # Customer at the start side, routing at the end side (mirrored in Arabic).
    if lang == "ar":
        assert customer.x() > routing.x()
    else:
        assert customer.x() < routing.x()


@pytest.mark.parametrize("screen", ["1280x720"], indirect=True)
def test_narrow_screen_keeps_one_column(desk, qtbot, lang, screen):  # type: ignore[no-untyped-def]
    dialog = IntakeDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.columns.count() == 1


def test_parse_size() -> None:
    assert parse_size("1366x768") == QSize(1366, 768)
    assert parse_size("1280×720") == QSize(1280, 720)
    for bad in ("1366", "axb", "10x10"):
        with pytest.raises(ValueError):
            parse_size(bad)

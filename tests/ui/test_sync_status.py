"""The status-bar indicator and the sync entries of the main window, in ar and en."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMenu, QToolBar

from desk_app.sync.status import ConflictEntry, OutboxEntry, SyncState, SyncStatus
from desk_app.ui.main_window import MainWindow
from desk_app.ui.sync_actions import SyncBackend
from desk_app.ui.sync_conflicts_dialog import ConflictsDialog
from desk_app.ui.sync_outbox_dialog import OutboxDialog
from desk_app.ui.sync_signin_dialog import SignInDialog, SignInRequest
from desk_app.ui.sync_status import SyncIndicator, indicator_text
from desk_app.ui.sync_texts import problem_text
from tests.ui.conftest import expected_direction
from tests.ui.test_sync_runner import FakeEngine

# 07:42 UTC is 10:42 in Riyadh, the default branch's time zone.
SYNCED_AT = datetime(2026, 3, 1, 7, 42, tzinfo=UTC)
TODAY = date(2026, 3, 1)
ZONE = "Asia/Riyadh"

EXPECTED = {
    "en": {
        SyncStatus(SyncState.NOT_CONFIGURED): "Not connected to a server",
        SyncStatus(SyncState.NOT_CONFIGURED, pending=1): "Not connected to a server · 1 pending",
        SyncStatus(SyncState.SIGNED_OUT): "Not signed in to the server",
        SyncStatus(SyncState.OFFLINE, pending=5, problem="unreachable"): (
            "Offline — retrying · 5 pending"
        ),
        SyncStatus(SyncState.SYNCING, pending=1000): "Syncing… · 1,000 pending",
        SyncStatus(SyncState.SYNCED, SYNCED_AT): "Synced at 10:42",
        SyncStatus(SyncState.SYNCED, SYNCED_AT, pending=3, conflicts=1): (
            "Synced at 10:42 · 3 pending · 1 conflict"
        ),
        SyncStatus(SyncState.SYNCED, SYNCED_AT, conflicts=2, rejected=1): (
            "Synced at 10:42 · 1 refused · 2 conflicts"
        ),
        SyncStatus(SyncState.ERROR, problem="protocol_too_old"): "Not syncing — see why",
    },
    "ar": {
        SyncStatus(SyncState.NOT_CONFIGURED): "غير متصل بخادم",
        SyncStatus(SyncState.NOT_CONFIGURED, pending=1): "غير متصل بخادم، تغيير واحد معلق",
        SyncStatus(SyncState.SIGNED_OUT): "لم يتم تسجيل الدخول إلى الخادم",
        SyncStatus(SyncState.OFFLINE, pending=5, problem="unreachable"): (
            "دون اتصال — إعادة المحاولة، ٥ تغييرات معلقة"
        ),
        SyncStatus(SyncState.SYNCING, pending=1000): "جارٍ المزامنة…، ١٬٠٠٠ تغيير معلق",
        SyncStatus(SyncState.SYNCED, SYNCED_AT): "تمت المزامنة الساعة ١٠:٤٢ ص",
        SyncStatus(SyncState.SYNCED, SYNCED_AT, pending=3, conflicts=1): (
            "تمت المزامنة الساعة ١٠:٤٢ ص، ٣ تغييرات معلقة، تعارض واحد"
        ),
        SyncStatus(SyncState.SYNCED, SYNCED_AT, conflicts=2, rejected=1): (
            "تمت المزامنة الساعة ١٠:٤٢ ص، تغيير واحد مرفوض، تعارضان"
        ),
        SyncStatus(SyncState.ERROR, problem="protocol_too_old"): "لا تتم المزامنة — انظر السبب",
    },
}


def test_indicator_text_for_each_state_and_count(lang):  # type: ignore[no-untyped-def]
    for status, text in EXPECTED[lang].items():
        assert indicator_text(status, ZONE, TODAY) == text


@pytest.mark.parametrize("count", [0, 1, 2, 3, 11, 100])
def test_arabic_plurals_have_their_own_forms(count: int, fonts) -> None:  # type: ignore[no-untyped-def]
    from desk_app.app import apply_language

    apply_language(fonts, "ar")
    try:
        text = indicator_text(SyncStatus(SyncState.OFFLINE, conflicts=count), ZONE)
    finally:
        apply_language(fonts, "en")
    if count == 0:
        assert "تعارض" not in text
    else:
        expected = {
            1: "تعارض واحد",  # the singular and the dual say no digit
            2: "تعارضان",
            3: "٣ تعارضات",
            11: "١١ تعارضًا",
            100: "١٠٠ تعارض",
        }
        assert text.endswith(expected[count])


def test_clicking_opens_conflicts_when_there_are_some_else_the_outbox(qtbot, lang):  # type: ignore[no-untyped-def]
    indicator = SyncIndicator(ZONE)
    qtbot.addWidget(indicator)
    indicator.show()
    assert indicator.objectName() == "syncIndicator"
    assert indicator.layoutDirection() == expected_direction(lang)
    indicator.set_status(SyncStatus(SyncState.SYNCED, SYNCED_AT, pending=2))
    with qtbot.waitSignal(indicator.outboxRequested):
        QTest.mouseClick(indicator, Qt.MouseButton.LeftButton)
    indicator.set_status(SyncStatus(SyncState.SYNCED, SYNCED_AT, pending=2, conflicts=1))
    with qtbot.waitSignal(indicator.conflictsRequested):
        QTest.mouseClick(indicator, Qt.MouseButton.LeftButton)


def test_tooltip_gives_the_last_problem_in_words(qtbot, lang):  # type: ignore[no-untyped-def]
    indicator = SyncIndicator(ZONE)
    qtbot.addWidget(indicator)
    indicator.set_status(SyncStatus(SyncState.OFFLINE, SYNCED_AT, problem="unreachable"))
    tooltip = indicator.toolTip()
    assert tooltip.startswith(problem_text("unreachable"))
    assert indicator.text() in indicator_text(indicator.sync_status, ZONE)
    indicator.set_status(SyncStatus(SyncState.ERROR, problem="protocol_too_new"))
    assert problem_text("protocol_too_new") in indicator.toolTip()


class FakeBackend:
    """Records what the sync screens ask for; data constructed by the test."""

    def __init__(self, engine: FakeEngine | None = None) -> None:
        self.engine = engine
        self.outbox: list[OutboxEntry] = []
        self.conflicts: list[ConflictEntry] = []
        self.calls: list[tuple[object, ...]] = []

    def backend(self) -> SyncBackend:
        def sign_in(request: SignInRequest) -> FakeEngine:
            self.calls.append(("sign_in", request))
            self.engine = FakeEngine(pending=1)
            return self.engine

        return SyncBackend(
            make_engine=lambda: self.engine,
            sign_in=sign_in,
            list_outbox=lambda _s: list(self.outbox),
            retry=lambda _s, _c, seq: self.calls.append(("retry", seq)),
            discard=lambda _s, _c, seq: self.calls.append(("discard", seq)),
            list_conflicts=lambda _s: list(self.conflicts),
            resolve=lambda _s, _c, cid, choice, value: self.calls.append(
                ("resolve", cid, choice, value)
            ),
        )


@pytest.fixture
def sync_window(desk, qtbot):  # type: ignore[no-untyped-def]
    fake = FakeBackend(FakeEngine(pending=4, conflicts=1))
    window = MainWindow(desk, fake.backend())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.list_panel.model.is_loading)
    window.fake = fake  # type: ignore[attr-defined]
    yield window
    window.sync.shutdown()
    desk.tasks.wait()


def test_main_window_shows_the_indicator_and_sync_entries(sync_window, qtbot, lang):  # type: ignore[no-untyped-def]
    window = sync_window
    indicator = window.statusBar().findChild(SyncIndicator, "syncIndicator")
    assert indicator is not None and indicator.isVisible()
    assert window.findChild(QLabel, "connectionState") is None, "the static label is gone"
    qtbot.waitUntil(lambda: indicator.sync_status.pending == 4)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert window.sync.sync_now_action in toolbar.actions()
    menu = window.findChild(QMenu, "syncMenu")
    names = [a.objectName() for a in menu.actions()]
    for name in ("syncNowAction", "signInAction", "outboxAction", "conflictsAction"):
        assert name in names
    assert window.sync.sync_now_action.shortcut().toString() == "Ctrl+Shift+S"


def test_ctrl_shift_s_syncs_and_the_indicator_follows(sync_window, qtbot, lang):  # type: ignore[no-untyped-def]
    window = sync_window
    engine = window.fake.engine
    qtbot.waitUntil(lambda: window.sync.runner.engine is engine)
    qtbot.waitUntil(lambda: not window.sync.runner.is_running, timeout=5_000)
    before = engine.calls
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: engine.calls == before + 1 and not window.sync.runner.is_running)
    assert window.sync.indicator.sync_status.state == SyncState.SYNCED
    assert window.sync.indicator.sync_status.conflicts == 1


def test_the_indicator_opens_the_conflicts_then_the_outbox(sync_window, qtbot, lang):  # type: ignore[no-untyped-def]
    window = sync_window
    indicator = window.sync.indicator
    qtbot.waitUntil(lambda: indicator.sync_status.conflicts == 1)
    QTest.mouseClick(indicator, Qt.MouseButton.LeftButton)
    dialog = window.sync.dialogs["conflicts"]
    assert isinstance(dialog, ConflictsDialog) and dialog.isVisible()
    assert dialog.layoutDirection() == expected_direction(lang)
    dialog.close()
    indicator.set_status(SyncStatus(SyncState.SYNCED, SYNCED_AT, pending=4))
    QTest.mouseClick(indicator, Qt.MouseButton.LeftButton)
    assert isinstance(window.sync.dialogs["outbox"], OutboxDialog)
    assert window.sync.open_outbox() is window.sync.dialogs["outbox"], "one outbox window"


def test_sync_now_without_a_server_offers_to_sign_in(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    fake = FakeBackend(engine=None)
    window = MainWindow(desk, fake.backend())
    qtbot.addWidget(window)
    window.show()
    indicator = window.sync.indicator
    qtbot.waitUntil(lambda: window.sync.runner.status.state == SyncState.NOT_CONFIGURED)
    assert indicator.text() == indicator_text(indicator.sync_status, ZONE)
    window.sync.sync_now_action.trigger()
    dialog = window.sync.dialogs["sign_in"]
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert dialog.username.text() == "agent1"
    dialog.server_url.setText("https://maktab.example.org")
    dialog.password.setText("pw")
    QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fake.engine is not None and fake.engine.calls >= 1, timeout=5_000)
    qtbot.waitUntil(lambda: indicator.sync_status.state == SyncState.SYNCED)
    assert desk.settings.server_url == "https://maktab.example.org"
    assert fake.calls[0][0] == "sign_in"
    window.sync.shutdown()
    desk.tasks.wait()


A_YEAR_MS = 366 * 24 * 3600 * 1000
CLOCK_STATUS = SyncStatus(
    SyncState.SYNCED, SYNCED_AT, rejected=3, problem="clock_ahead", clock_ahead_ms=A_YEAR_MS
)
CLOCK_TEXTS = {
    "en": (
        "This computer's clock is about 366 days ahead: correct the date and time · 3 refused",
        "This computer's clock is about 366 days ahead of the server's",
    ),
    "ar": (
        "ساعة هذا الحاسوب متقدمة بنحو ٣٦٦ يومًا: صحّح التاريخ والوقت، ٣ تغييرات مرفوضة",
        "ساعة هذا الحاسوب متقدمة على ساعة الخادم بنحو ٣٦٦ يومًا",
    ),
}


def test_the_indicator_says_the_clock_is_ahead_and_by_how_much(sync_window, qtbot, lang):  # type: ignore[no-untyped-def]
    window = sync_window
    indicator = window.sync.indicator
    qtbot.waitUntil(lambda: indicator.sync_status.pending == 4)  # the engine's round is over
    indicator.set_status(CLOCK_STATUS)
    text, tooltip = CLOCK_TEXTS[lang]
    assert indicator.text() == text
    assert indicator.toolTip().startswith(tooltip)
    assert "clock_ahead" not in indicator.toolTip()
    assert indicator.styleSheet(), "shown as a warning"
    qtbot.waitUntil(lambda: indicator.isVisible())
    window.resize(1366, 768)
    window.grab().save(f"/tmp/clock_{lang}.png")


@pytest.mark.parametrize(
    ("ahead_ms", "en", "ar"),
    [
        (2 * 60_000, "about 2 minutes", "بنحو دقيقتين"),
        (3 * 3600_000, "about 3 hours", "بنحو ٣ ساعات"),
        (26 * 3600_000, "about 26 hours", "بنحو ٢٦ ساعة"),
        (2 * 86400_000, "about 2 days", "بنحو يومين"),
        (0, "clock is ahead", "متقدمة"),
    ],
)
def test_how_far_ahead_in_minutes_hours_or_days(ahead_ms, en, ar, lang):  # type: ignore[no-untyped-def]
    from desk_app.ui.sync_texts import clock_ahead_short, clock_ahead_text

    expected = en if lang == "en" else ar
    assert expected in clock_ahead_short(ahead_ms)
    assert expected in clock_ahead_text(ahead_ms)

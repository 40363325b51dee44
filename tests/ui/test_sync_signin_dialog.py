"""Signing in to the server, in Arabic and English: a bad address is caught
before anything is sent, problems are said inside the dialog in the user's
language, nothing typed is lost, and working offline is always possible."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit

from desk_app.sync.errors import (
    AuthFailed,
    CredentialsUnavailable,
    ProtocolMismatch,
    RateLimited,
    ServerFault,
    Unreachable,
)
from desk_app.ui.checks import type_text
from desk_app.ui.sync_runner import Background
from desk_app.ui.sync_signin_dialog import SignInDialog, SignInRequest
from desk_app.ui.sync_texts import problem_text
from tests.ui.conftest import expected_direction


class FakeSignIn:
    def __init__(self, outcome: Callable[[SignInRequest], Any] | None = None) -> None:
        self.requests: list[SignInRequest] = []
        self.threads: list[str] = []
        self.outcome = outcome

    def __call__(self, request: SignInRequest) -> Any:
        self.requests.append(request)
        self.threads.append(threading.current_thread().name)
        return self.outcome(request) if self.outcome else "engine"


@pytest.fixture
def background(qapp) -> Iterator[Background]:  # type: ignore[no-untyped-def]
    worker = Background()
    yield worker
    worker.wait()


def open_dialog(qtbot, fake: FakeSignIn, background: Background, **kwargs: str) -> SignInDialog:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(fake, background, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog: SignInDialog, url: str, user: str = "noura", password: str = "s3cret") -> None:
    for editor, text in ((dialog.server_url, url), (dialog.username, user)):
        editor.clear()
        type_text(editor, text)
    dialog.password.clear()
    type_text(dialog.password, password)


def test_the_form_is_laid_out_in_the_language(qtbot, lang, background):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, FakeSignIn(), background)
    assert dialog.objectName() == "signInDialog"
    assert dialog.layoutDirection() == expected_direction(lang)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.device_name.text(), "the device name starts as the host name"
    # Addresses read left to right, at the start side of an Arabic form.
    assert dialog.server_url.layoutDirection() == Qt.LayoutDirection.LeftToRight
    if lang == "ar":
        assert (
            dialog.server_url.geometry().x()
            < dialog.width() / 2
            < dialog.server_url.geometry().right()
        )
        assert dialog.sign_in_button.text() == "&سجّل الدخول"  # a button speaks as Qt's own
        assert dialog.offline_button.text() == "اعمل &دون اتصال"


@pytest.mark.parametrize(
    "url",
    ["", "maktab.example.org", "ftp://maktab.example.org", "https://", "http://host:notaport"],
)
def test_a_bad_address_is_refused_before_anything_is_sent(qtbot, lang, background, url):  # type: ignore[no-untyped-def]
    fake = FakeSignIn()
    dialog = open_dialog(qtbot, fake, background)
    fill(dialog, url)
    QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.url_error.isVisible()
    assert dialog.url_error.text()
    assert dialog.focusWidget() is dialog.server_url
    qtbot.wait(50)
    assert fake.requests == [] and dialog.isVisible()
    type_text(dialog.server_url, "x")
    assert not dialog.url_error.isVisible(), "the mark goes once the address is edited"


def test_signing_in_runs_in_the_background_and_closes_the_dialog(qtbot, lang, background):  # type: ignore[no-untyped-def]
    fake = FakeSignIn()
    dialog = open_dialog(qtbot, fake, background)
    fill(dialog, "  https://maktab.example.org/  ")
    dialog.device_name.setText("desk-7")
    with qtbot.waitSignal(dialog.signedIn) as signed:
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert signed.args == ["engine"]
    assert fake.requests == [
        SignInRequest("https://maktab.example.org", "noura", "s3cret", "desk-7")
    ]
    assert threading.main_thread().name not in fake.threads
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password.text() == "", "the password is not kept in the form"


@pytest.mark.parametrize(
    "error",
    [
        AuthFailed("invalid_credentials", "wrong username or password"),
        RateLimited("too_many_attempts", "", retry_after=300),
        ProtocolMismatch("protocol_too_old", [2, 3]),
        ProtocolMismatch("protocol_too_new", [0, 0]),
        CredentialsUnavailable("no_keyring", "no backend"),
        Unreachable("unreachable", "ConnectError"),
        AuthFailed("user_inactive"),
        ServerFault("http_502", "Bad Gateway"),
        httpx.ConnectError("connection refused"),
    ],
    ids=lambda e: getattr(e, "code", type(e).__name__),
)
def test_a_problem_is_said_in_the_dialog_and_nothing_typed_is_lost(qtbot, lang, background, error):  # type: ignore[no-untyped-def]
    def fail(_request: SignInRequest) -> Any:
        raise error

    dialog = open_dialog(qtbot, FakeSignIn(fail), background)
    fill(dialog, "https://maktab.example.org", "noura", "wrong")
    with qtbot.assertNotEmitted(dialog.signedIn):
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy)
    code = getattr(error, "code", "unreachable")
    assert dialog.message.text() == problem_text(code, signing_in=True)
    assert "{" not in dialog.message.text() and code not in dialog.message.text()
    assert dialog.isVisible() and dialog.sign_in_button.isEnabled()
    assert (dialog.server_url.text(), dialog.username.text(), dialog.password.text()) == (
        "https://maktab.example.org",
        "noura",
        "wrong",
    )
    if lang == "ar":
        assert any("\u0600" <= c <= "\u06ff" for c in dialog.message.text()), "said in Arabic"
    if code == "invalid_credentials":
        assert dialog.focusWidget() is dialog.password
        assert dialog.password.selectedText() == "wrong", "typing replaces the password"


def test_the_words_for_each_problem(qtbot, lang, background):  # type: ignore[no-untyped-def]
    english = {
        "protocol_too_old": "Update Maktab",
        "protocol_too_new": "The server needs an update",
        "no_keyring": "only in the system keyring",
        "too_many_attempts": "Too many sign-in attempts",
    }
    arabic = {
        "protocol_too_old": "حدّث مكتب",
        "protocol_too_new": "يحتاج الخادم إلى تحديث",
        "no_keyring": "حلقة مفاتيح النظام",
        "too_many_attempts": "محاولات",
    }
    for code, words in (arabic if lang == "ar" else english).items():
        assert words in problem_text(code, signing_in=True), code
    wrong = problem_text("auth_failed", signing_in=True)
    assert wrong != problem_text("auth_failed"), "during a sync it means: sign in again"


def test_work_offline_closes_even_while_signing_in(qtbot, lang, background):  # type: ignore[no-untyped-def]
    fake = FakeSignIn(lambda _r: time.sleep(0.3) or "engine")
    dialog = open_dialog(qtbot, fake, background, server_url="https://maktab.example.org")
    dialog.username.setText("noura")
    type_text(dialog.password, "s3cret")
    QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.sign_in_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.signedIn, wait=600):
        QTest.mouseClick(dialog.offline_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert len(fake.requests) == 1


def test_escape_means_work_offline(qtbot, lang, background):  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, FakeSignIn(), background)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_missing_user_name_or_password_is_said(qtbot, lang, background):  # type: ignore[no-untyped-def]
    fake = FakeSignIn()
    dialog = open_dialog(qtbot, fake, background, server_url="https://maktab.example.org")
    dialog.username.clear()
    QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == QCoreApplication.translate(
        "SignInDialog", "Enter your user name and password."
    )
    assert dialog.focusWidget() is dialog.username
    assert fake.requests == []

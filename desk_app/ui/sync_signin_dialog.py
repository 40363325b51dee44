"""Signing in to the central server, or choosing to work offline.

Working offline is always possible: the desk keeps working on its own database
and its changes wait in the outbox. Signing in runs off the GUI thread; a
problem is said inside the dialog and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSysInfo, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.shortcuts import save_keys
from desk_app.ui.sync_runner import Background
from desk_app.ui.sync_texts import (
    AUTH_FAILED,
    BAD_CREDENTIALS,
    check_server_url,
    error_text,
    problem_code,
)
from desk_app.ui.text_direction import identifier_field

ERROR_STYLE = "color: #b3261e"


@dataclass(frozen=True)
class SignInRequest:
    server_url: str
    username: str
    password: str
    device_name: str


# Runs on a worker thread; raises the client's typed errors on failure.
SignInFunction = Callable[[SignInRequest], Any]


class SignInDialog(QDialog):
    signedIn = Signal(object)  # what the sign-in function returned

    def __init__(
        self,
        sign_in: SignInFunction,
        background: Background,
        *,
        server_url: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to the server"))
        self._sign_in = sign_in
        self._background = background
        self._busy = False
        self._attempt = 0  # a result of an abandoned attempt is ignored

        intro = QLabel(
            self.tr(
                "Signing in connects this desk to your organisation's server, so all "
                "branches see one picture. Without it, Maktab works on this desk alone "
                "and keeps every change for later."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.server_url = QLineEdit(server_url, self)
        self.server_url.setObjectName("serverUrl")
        # An example address; translators may give one their readers recognise.
        self.server_url.setPlaceholderText(self.tr("https://maktab.example.org"))
        self.server_url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.url_error = QLabel(self)
        self.url_error.setObjectName("serverUrlError")
        self.url_error.setWordWrap(True)
        self.url_error.setStyleSheet(ERROR_STYLE)
        self.url_error.hide()
        self.username = QLineEdit(username, self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.device_name = QLineEdit(QSysInfo.machineHostName(), self)
        self.device_name.setObjectName("deviceName")
        self.device_name.setToolTip(
            self.tr("How this computer is named in the server's list of devices.")
        )
        for latin in (self.server_url, self.username, self.password, self.device_name):
            # Addresses, account and host names read left to right even in Arabic;
            # aligned to the start side of the form.
            identifier_field(latin)

        self.message = QLabel(self)
        self.message.setObjectName("signInError")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        buttons = QDialogButtonBox(self)
        self.sign_in_button = buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.offline_button = buttons.addButton(
            self.tr("&Work offline"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.offline_button.setObjectName("workOfflineButton")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.offline_button.clicked.connect(self.reject)
        self.server_url.textEdited.connect(lambda _t: self.url_error.hide())

        url_column = QVBoxLayout()
        url_column.setSpacing(2)
        url_column.addWidget(self.server_url)
        url_column.addWidget(self.url_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field, buddy in (
            (self.tr("Server &address"), url_column, self.server_url),
            (self.tr("&User name"), self.username, self.username),
            (self.tr("&Password"), self.password, self.password),
            (self.tr("&Device name"), self.device_name, self.device_name),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(buddy)
            form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 340)
        first = next(
            (e for e in (self.server_url, self.username, self.password) if not e.text()),
            self.password,
        )
        first.setFocus()
        save_keys(self, self.sign_in)

    @property
    def busy(self) -> bool:
        return self._busy

    def request(self) -> SignInRequest | None:
        """The form as a request, or None after saying what is missing."""
        url, problem = check_server_url(self.server_url.text())
        if problem:
            self.url_error.setText(problem)
            self.url_error.show()
            self.server_url.setFocus()
            return None
        self.url_error.hide()
        username = self.username.text().strip()
        device = self.device_name.text().strip()
        for editor, text in ((self.username, username), (self.password, self.password.text())):
            if not text:
                self._say(self.tr("Enter your user name and password."), error=True)
                editor.setFocus()
                return None
        if not device:
            self._say(self.tr("Give this computer a name."), error=True)
            self.device_name.setFocus()
            return None
        return SignInRequest(url, username, self.password.text(), device)

    def sign_in(self) -> None:
        if self._busy:
            return
        request = self.request()
        if request is None:
            return
        self._busy = True
        self._attempt += 1
        attempt = self._attempt
        self.sign_in_button.setEnabled(False)
        self._say(self.tr("Signing in…"), error=False)
        self._background.run(
            lambda: self._sign_in(request),
            lambda result: self._signed_in(attempt, result),
            lambda error: self._failed(attempt, error),
            owner=self,
        )

    def _signed_in(self, attempt: int, result: Any) -> None:
        if attempt != self._attempt:
            return
        self._busy = False
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.message.hide()
        self.signedIn.emit(result)
        self.accept()

    def _failed(self, attempt: int, error: Exception) -> None:
        if attempt != self._attempt:
            return
        self._busy = False
        self.sign_in_button.setEnabled(True)
        self._say(error_text(error, signing_in=True), error=True)
        if problem_code(error) in (AUTH_FAILED, BAD_CREDENTIALS):
            self.password.setFocus()
            self.password.selectAll()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.show()

    def reject(self) -> None:
        """Work offline: whatever an attempt still running brings is ignored."""
        self._attempt += 1
        self._busy = False
        self.sign_in_button.setEnabled(True)
        super().reject()

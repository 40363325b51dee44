"""The console's "E-mail" page (for those who configure the desk's service
levels and mail): the outgoing mail server letters are sent through, checked
by the domain's own reader with each mistake at its field. The password goes
only into this computer's keyring, never into the settings that sync; a
computer with no keyring says so at the password. With no server set up,
the desks simply offer no "Send as e-mail"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.config_store import ConfigDocument, load_document
from desk_app.services.email_settings import (
    DOCUMENT_KEY,
    Security,
    SmtpSettings,
    parse_settings,
    save_settings,
    store_password,
)
from desk_app.services.messages import ValidationFailed
from desk_app.services.permissions import PermissionDenied
from desk_app.sync import config_sync
from desk_app.ui.admin_words import denial_text
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.field_errors import ERROR_STYLE, FieldErrors
from desk_app.ui.formatting import number
from desk_app.ui.text_direction import identifier_field


def stored(session: Session) -> tuple[dict[str, Any], int]:
    document = load_document(session, DOCUMENT_KEY)
    return (dict(document.body), document.version) if document is not None else ({}, 0)


def keep(session: Session, ctx: Any, body: dict[str, Any], version: int, password: str) -> int:
    """Save the settings here and the password in the keyring (first, so a
    computer without one changes nothing)."""
    settings = parse_settings(body)
    if password:
        store_password(settings, password)
    save_settings(session, ctx, body, version)
    return version + 1


class MailPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.version = 0
        self.host = identifier_field(QLineEdit(self))
        self.host.setObjectName("mailHost")
        self.port = QSpinBox(self)
        self.port.setObjectName("mailPort")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox(self)
        self.security.setObjectName("mailSecurity")
        for code, text in (
            (
                Security.STARTTLS,
                self.tr("STARTTLS (usually port {port})").format(port=number(587)),
            ),
            (
                Security.TLS,
                self.tr("TLS from the start (usually port {port})").format(port=number(465)),
            ),
            (Security.NONE, self.tr("None (a server inside the office only)")),
        ):
            self.security.addItem(text, code.value)
        self.sender_address = identifier_field(QLineEdit(self))
        self.sender_address.setObjectName("mailSender")
        self.sender_name = QLineEdit(self)
        self.sender_name.setObjectName("mailSenderName")
        self.username = identifier_field(QLineEdit(self))
        self.username.setObjectName("mailUsername")
        self.password = identifier_field(QLineEdit(self))
        self.password.setObjectName("mailPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept only in this computer's keyring"))
        self.errors = FieldErrors(self)
        form = QFormLayout()
        for text, name, editor in (
            (self.tr("Mail &server:"), "host", self.host),
            (self.tr("P&ort:"), "port", self.port),
            (self.tr("Se&curity:"), "security", self.security),
            (self.tr("Sen&der's address:"), "sender", self.sender_address),
            (self.tr("Sender's &name:"), "sender_name", self.sender_name),
            (self.tr("&User name:"), "username", self.username),
            (self.tr("Pass&word:"), "password", self.password),
        ):
            label = QLabel(text, self)
            label.setBuddy(editor)
            form.addRow(label, editor)
            self.errors.add_row(form, name, editor)
        self.status = QLabel(self)
        self.status.setObjectName("mailStatus")
        self.status.setWordWrap(True)
        self.version_label = QLabel(self)
        self.save_button = QPushButton(self.tr("Save &mail settings"), self)
        self.save_button.setObjectName("saveMail")
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.version_label, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.errors.message)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        desk.read(stored, lambda found: self.show_settings(*found), self._failed, owner=self)

    def show_settings(self, body: dict[str, Any], version: int) -> None:
        self.version = version
        self.host.setText(str(body.get("host", "")))
        port = body.get("port", 587)
        self.port.setValue(port if isinstance(port, int) else 587)
        index = self.security.findData(body.get("security", Security.STARTTLS.value))
        self.security.setCurrentIndex(max(0, index))
        self.sender_address.setText(str(body.get("sender", "")))
        self.sender_name.setText(str(body.get("sender_name", "")))
        self.username.setText(str(body.get("username", "")))
        self.version_label.setText(
            self.tr("Version {version}").format(version=number(version))
            if version
            else self.tr("No mail server yet: letters are not sent by e-mail.")
        )

    def body(self) -> dict[str, Any]:
        return SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(str(self.security.currentData())),
            sender=self.sender_address.text().strip(),
            sender_name=self.sender_name.text().strip(),
            username=self.username.text().strip(),
        ).body()

    def save(self) -> None:
        self.errors.clear()
        self.status.clear()
        body, version, password = self.body(), self.version, self.password.text()
        self.save_button.setEnabled(False)
        client = self.desk.server_client
        if client is None or not client.signed_in:
            self.desk.write(
                lambda s, c: keep(s, c, body, version, password),
                self._saved,
                self._failed,
                owner=self,
            )
            return

        def publish() -> ConfigDocument:
            # Checked and the password kept before anything is sent.
            settings = parse_settings(body)
            if password:
                store_password(settings, password)
            return config_sync.publish(client, DOCUMENT_KEY, version, body)

        def published(document: ConfigDocument) -> None:
            self.desk.write(
                lambda s, _c: config_sync.keep(s, document),
                lambda _kept: self._saved(document.version),
                self._failed,
                owner=self,
            )

        self.desk.tasks.read(publish, published, self._failed, self)

    def _saved(self, version: int) -> None:
        self.save_button.setEnabled(True)
        self.version = version
        self.password.clear()
        self.version_label.setText(self.tr("Version {version}").format(version=number(version)))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Mail settings saved; letters can be sent by e-mail."))

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.errors.show(error.errors)
            return
        self.status.setStyleSheet(ERROR_STYLE)
        if isinstance(error, PermissionDenied):
            self.status.setText(denial_text(error.denial.message))
        else:
            self.status.setText(describe(error))

"""New memo… (from the letter register, or Ticket → New memo…,
Ctrl+Shift+N): an internal memo to a person, a queue or a department, on a
ticket or standalone, started from a memo template when one is chosen.
Memos are staff notes: never sent, never shown to a customer. Snippets work
in its text as in every letter box."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.letter_templates import LetterKind, TemplateLibrary, render_letter
from desk_app.services.letters import letter_values
from desk_app.services.memos import MemoRequest, write_memo
from desk_app.services.messages import ValidationFailed
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.letter_source import library_in_force
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.shortcuts import save_keys
from desk_app.ui.snippets import Snippet, SnippetCompleter
from desk_app.ui.tab_chain import tab_moves_focus
from desk_app.ui.text_direction import PlainTextBox


class MemoDialog(QDialog):
    def __init__(self, desk: Desk, ticket_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle(self.tr("New memo"))
        self.desk = desk
        self.ticket_id = ticket_id
        self.library = TemplateLibrary()
        self.snippets: tuple[Snippet, ...] = ()
        self.reference = ""
        self.template = QComboBox(self)
        self.template.setObjectName("memoTemplate")
        self.template.addItem(self.tr("No template"), "")
        self.addressee = QComboBox(self)
        self.addressee.setObjectName("memoAddressee")
        self.addressee.setEditable(True)
        arabic = labels.ui_language() == "ar"
        names = [desk.reference.user_name(u.id, arabic) for u in desk.reference.users]
        names += [desk.reference.group_name(g.id, arabic) for g in desk.reference.groups]
        self.addressee.addItems(sorted({n for n in names if n}, key=str.casefold))
        self.addressee.setCurrentText("")
        line = self.addressee.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("A person, a queue or a department"))
        self.subject = QLineEdit(self)
        self.subject.setObjectName("memoSubject")
        self.body = PlainTextBox(self)
        self.body.setObjectName("memoBody")
        self.completer = SnippetCompleter(self.body, lambda: self.snippets)
        self.errors = FieldErrors(self)
        form = QFormLayout()
        for text, name, editor in (
            (self.tr("&Template:"), "template", self.template),
            (self.tr("T&o:"), "addressee", self.addressee),
            (self.tr("&Subject:"), "subject", self.subject),
            (self.tr("Te&xt:"), "body", self.body),
        ):
            label = QLabel(text, self)
            label.setBuddy(editor)
            form.addRow(label, editor)
            self.errors.add_row(form, name, editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save_keys(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.errors.message)
        layout.addWidget(buttons)
        self.template.currentIndexChanged.connect(lambda _i: self.use_template())
        tab_moves_focus(self.body)
        fit_to_screen(self, QSize(640, 520))
        desk.read(library_in_force, self._library, None, owner=self)

    def _library(self, found: tuple[TemplateLibrary, tuple[Snippet, ...]]) -> None:
        self.library, self.snippets = found
        language = labels.ui_language()
        for template in self.library.of_kind(LetterKind.INTERNAL_MEMO):
            self.template.addItem(template.name(language), template.id)

    def memo_language(self) -> str:
        return "ar" if labels.ui_language() == "ar" else "en"

    def use_template(self) -> None:
        template = self.library.get(str(self.template.currentData() or ""))
        if template is None:
            return
        language = self.memo_language()
        if not template.has(language):
            language = next(iter(template.texts))
        ticket_id, writer, now = self.ticket_id, self.desk.ctx.actor.name, self.desk.ctx.now()
        branch = self.desk.ctx.branch_id

        def fill(session: Session) -> tuple[str, str]:
            values = letter_values(session, ticket_id, language, writer, now, branch_id=branch)
            text = render_letter(template, language, values)
            return text.subject, text.body

        self.desk.read(fill, self._filled, None, owner=self)

    def _filled(self, text: tuple[str, str]) -> None:
        subject, body = text
        self.subject.setText(subject)
        cursor = self.body.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(body)  # the text replaced stays in the undo (Ctrl+Z)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        request = MemoRequest(
            addressee=self.addressee.currentText(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            ticket_id=self.ticket_id,
            template_id=str(self.template.currentData() or ""),
            language=self.memo_language(),
        )
        self.save_button.setEnabled(False)
        self.desk.write(
            lambda s, c: write_memo(s, c, request).reference,
            self._saved,
            self._failed,
            changed=lambda _ref: [self.ticket_id] if self.ticket_id else [],
            owner=self,
        )

    def _saved(self, reference: str) -> None:
        self.reference = reference
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.errors.show(error.errors)
        else:
            self.errors.failed(error)

"""Write a letter from a ticket (Ticket → Write letter…, Ctrl+Shift+W).

Pick a template (by kind) and the language (the customer's by default); the
subject and text are filled in from the ticket and edited in a box where
each paragraph runs by its own language; the free text box fills the
template's {{free_text}}. Beside it the letter is shown exactly as it will
print (the same PDF, rendered). Save keeps it on the ticket; Save PDF… writes
the file anywhere.

What is typed is kept as a draft per ticket as it is typed: closing the
dialog, or the desk stopping, loses nothing, and the next letter on the same
ticket starts from it. A mistake is said at its field.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.letter_templates import (
    BODY_MAX,
    LANGUAGES,
    SUBJECT_MAX,
    LetterKind,
    LetterTemplate,
    Placeholder,
    render,
    text_problems,
)
from desk_app.services.letters import FinalLetter, SavedLetter
from desk_app.services.messages import REQUIRED, FieldError, ValidationFailed
from desk_app.services.register import REFERENCE_MARK, RegisterChannel
from desk_app.services.text import isolate
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.letter_pdf import LetterPage, letter_page, write_pdf
from desk_app.ui.letter_pdf import pdf_bytes as letter_pdf_bytes
from desk_app.ui.letter_preview import LetterPreview
from desk_app.ui.letter_source import LetterFacts, WrittenLetter, load_facts, save, send
from desk_app.ui.letter_words import kind_name, language_name
from desk_app.ui.report_language import speaking
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.shortcuts import save_keys
from desk_app.ui.snippets import SnippetCompleter
from desk_app.ui.tab_chain import tab_moves_focus
from desk_app.ui.text_direction import PlainTextBox, identifier_field

PREVIEW_DELAY_MS = 400
# Where the save's messages are said: the customer's missing address under
# the channel that needs it.
FIELD_OF = {"postal_address": "channel", "email": "channel", "customer": "channel"}
# Two spaces left where an empty value stood between words ("Dear  Smith").
_EMPTY_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
FREE_TEXT = "{{" + Placeholder.FREE_TEXT.value + "}}"


class LetterDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        ticket_id: str,
        parent: QWidget | None = None,
        *,
        kind: LetterKind | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.kind = kind  # the kind of letter to start from (an escalation: a follow-up)
        self.setWindowTitle(self.tr("Write letter"))
        self.desk = desk
        self.ticket_id = ticket_id
        self.draft_name = f"letter-{ticket_id}"
        self.facts: LetterFacts | None = None
        self.saved: SavedLetter | None = None
        self._filling = False

        self.template = QComboBox(self)
        self.template.setObjectName("letterTemplate")
        self.language = QComboBox(self)
        self.language.setObjectName("letterLanguage")
        for language in LANGUAGES:
            self.language.addItem(language_name(language), language)
        self.channel = QComboBox(self)
        self.channel.setObjectName("letterChannel")
        self.channel.addItem(self.tr("Letter (post or by hand)"), RegisterChannel.LETTER.value)
        self.channel.addItem(self.tr("Fax"), RegisterChannel.FAX.value)
        self.channel.addItem(self.tr("E-mail"), RegisterChannel.EMAIL.value)
        self.fax_number = identifier_field(QLineEdit(self))
        self.fax_number.setObjectName("letterFaxNumber")
        self.fax_number.setEnabled(False)
        self.channel.currentIndexChanged.connect(
            lambda _i: self.fax_number.setEnabled(self.channel.currentData() == "fax")
        )
        # Which of the ticket's waiting items this letter answers (it
        # closes it); shown only when something waits.
        self.reply_to = QComboBox(self)
        self.reply_to.setObjectName("letterReplyTo")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("letterSubject")
        self.subject.setMaxLength(SUBJECT_MAX)
        self.body = PlainTextBox(self)
        self.body.setObjectName("letterBody")
        self.free_text = PlainTextBox(self)
        self.free_text.setObjectName("letterFreeText")
        self.free_text.setMaximumHeight(90)
        self.snippets = [
            SnippetCompleter(box, lambda: self.facts.snippets if self.facts else ())
            for box in (self.body, self.free_text)
        ]
        self.errors = FieldErrors(self)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Template:"), self.template), self.template)
        self.errors.add_row(form, "template", self.template)
        form.addRow(self._label(self.tr("&Language:"), self.language), self.language)
        self.errors.add_row(form, "language", self.language)
        form.addRow(self._label(self.tr("Se&nt as:"), self.channel), self.channel)
        self.errors.add_row(form, "channel", self.channel)
        form.addRow(self._label(self.tr("Fa&x number:"), self.fax_number), self.fax_number)
        self.errors.add_row(form, "fax_number", self.fax_number)
        self.reply_to_label = self._label(self.tr("In reply t&o:"), self.reply_to)
        form.addRow(self.reply_to_label, self.reply_to)
        self.errors.add_row(form, "in_reply_to", self.reply_to)
        form.addRow(self._label(self.tr("S&ubject:"), self.subject), self.subject)
        self.errors.add_row(form, "subject", self.subject)
        form.addRow(self._label(self.tr("Lette&r:"), self.body), self.body)
        self.errors.add_row(form, "body", self.body)
        form.addRow(self._label(self.tr("&Free text:"), self.free_text), self.free_text)
        self.errors.add_row(form, "free_text", self.free_text)
        self.hint = QLabel(self.tr("Type :: and a snippet's name to insert a snippet."), self)
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        editor = QWidget(self)
        editor.setLayout(form)

        self.preview = LetterPreview(desk.tasks, self)
        splitter = QSplitter(self)
        splitter.addWidget(editor)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 520])

        self.status = QLabel(self)
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save to ticket"), self)
        self.save_button.setObjectName("saveLetter")
        self.pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        self.pdf_button.setObjectName("saveLetterPdf")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.mail_button = QPushButton(self.tr("Send as &e-mail"), self)
        self.mail_button.setObjectName("sendLetterEmail")
        self.mail_button.setToolTip(
            self.tr("Send the letter to the customer's e-mail address with its PDF, and file it")
        )
        self.mail_button.setVisible(False)  # only where the mail server is set up
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.mail_button.clicked.connect(self.send_email)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.choose_pdf)
        save_keys(self, self.save)  # Ctrl+S and Ctrl+Enter, wherever the focus is
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.errors.message)
        layout.addLayout(bottom)
        for button in (self.save_button, self.pdf_button):
            button.setEnabled(False)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.template.currentIndexChanged.connect(lambda _i: self.choose())
        self.language.currentIndexChanged.connect(lambda _i: self.choose())
        for box in (self.body, self.free_text):
            box.textChanged.connect(self.edited)
        self.subject.textEdited.connect(lambda _t: self.edited())
        self.fax_number.textEdited.connect(lambda _t: self.edited())
        tab_moves_focus(self.body, self.free_text)
        fit_to_screen(self, QSize(1260, 720))
        language = labels.ui_language()
        desk.read(
            lambda s: load_facts(s, desk.ctx, ticket_id, language),
            self.show_facts,
            self._failed,
            owner=self,
        )

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- filling ------------------------------------------------------------------
    def show_facts(self, facts: LetterFacts) -> None:
        self.facts = facts
        self._filling = True
        self.template.clear()
        for kind in LetterKind:
            for template in facts.library.of_kind(kind):
                name = template.name(labels.ui_language())
                kind_text = kind_name(kind)
                shown = name if name.casefold() == kind_text.casefold() else f"{kind_text}: {name}"
                self.template.addItem(shown, template.id)
        self.language.setCurrentIndex(max(0, self.language.findData(facts.customer_language)))
        self.reply_to.clear()
        for entry_id, reference, subject in facts.awaiting:
            self.reply_to.addItem(f"{isolate(reference)} — {subject}", entry_id)
        self.reply_to.addItem(self.tr("Not a reply"), None)
        for widget in (self.reply_to, self.reply_to_label):
            widget.setVisible(bool(facts.awaiting))
        first_of_kind = facts.library.of_kind(self.kind) if self.kind is not None else ()
        if first_of_kind:
            self.template.setCurrentIndex(max(0, self.template.findData(first_of_kind[0].id)))
        draft = self.desk.drafts.load(self.draft_name)
        self._filling = False
        if draft:
            self.restore(draft)
            self.say(self.tr("Your unsaved letter on this ticket is back."))
        else:
            self.choose()
        for button in (self.save_button, self.pdf_button):
            button.setEnabled(True)
        self.mail_button.setVisible(facts.mail_ready)
        self.timer.stop()
        self.refresh()  # the first picture at once; later ones after a pause in typing
        self.body.setFocus()

    def chosen(self) -> LetterTemplate | None:
        if self.facts is None:
            return None
        return self.facts.library.get(str(self.template.currentData() or ""))

    def letter_language(self) -> str:
        return str(self.language.currentData() or "en")

    def choose(self) -> None:
        """Fill the subject and text from the chosen template in the chosen
        language. The text replaced stays in the editor's undo (Ctrl+Z)."""
        template = self.chosen()
        if self._filling or template is None or self.facts is None:
            return
        language = self.letter_language()
        self.errors.clear_field("language")
        if not template.has(language):
            self.errors.say(
                "language",
                self.tr(
                    "This template has no {language} text. Choose the other language or"
                    " another template (the template can be completed in the console)."
                ).format(language=language_name(language)),
            )
            return
        values = {**self.facts.values[language], Placeholder.FREE_TEXT.value: FREE_TEXT}
        text = template.texts[language]
        # Filled in, not typed: no draft until the writer changes something.
        self._filling = True
        self.subject.setText(tidy(render(text.subject, values)))
        self._replace_body(tidy(render(text.body, values)))
        self._filling = False
        self.timer.start()

    def _replace_body(self, text: str) -> None:
        cursor = self.body.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.body.setTextCursor(cursor)

    # -- drafts -------------------------------------------------------------------
    def fields(self) -> dict[str, Any]:
        return {
            "template": str(self.template.currentData() or ""),
            "language": self.letter_language(),
            "channel": str(self.channel.currentData()),
            "fax_number": self.fax_number.text(),
            "subject": self.subject.text(),
            "body": self.body.toPlainText(),
            "free_text": self.free_text.toPlainText(),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        self._filling = True
        index = self.template.findData(draft.get("template", ""))
        if index >= 0:
            self.template.setCurrentIndex(index)
        index = self.language.findData(draft.get("language", ""))
        if index >= 0:
            self.language.setCurrentIndex(index)
        index = self.channel.findData(draft.get("channel", ""))
        if index >= 0:
            self.channel.setCurrentIndex(index)
        self.fax_number.setText(str(draft.get("fax_number", "")))
        self.subject.setText(str(draft.get("subject", "")))
        self.body.setPlainText(str(draft.get("body", "")))
        self.free_text.setPlainText(str(draft.get("free_text", "")))
        self._filling = False
        self.timer.start()

    def edited(self) -> None:
        if self._filling or self.facts is None:
            return
        self.desk.drafts.save(self.draft_name, self.fields())
        self.timer.start()

    # -- the letter ---------------------------------------------------------------
    def final_text(self) -> tuple[str, str]:
        """The subject and text as they will print: placeholders the writer
        typed are filled too, {{free_text}} with the free text box."""
        assert self.facts is not None
        language = self.letter_language()
        values = {
            **self.facts.values[language],
            Placeholder.FREE_TEXT.value: self.free_text.toPlainText().strip(),
        }
        return render(self.subject.text(), values), render(self.body.toPlainText(), values)

    def page(self, reference: str = "") -> LetterPage:
        """The printed letter; until the save gives it a reference, the
        reference's place says so."""
        assert self.facts is not None
        language = self.letter_language()
        subject, body = self.final_text()
        with speaking(language):
            pending = self.tr("(reference given on saving)")
        subject = subject.replace(REFERENCE_MARK, reference or pending)
        body = body.replace(REFERENCE_MARK, reference or pending)
        zone = ZoneInfo(self.desk.settings.branch.time_zone)
        with speaking(language):
            return letter_page(
                language=language,
                branch=self.facts.branch_names.get(language, ""),
                subtitle=self.tr("Customer service"),
                reference=reference,
                day=self.desk.ctx.now().astimezone(zone).date(),
                subject=subject,
                body=body,
            )

    def refresh(self) -> None:
        if self.facts is not None:
            self.preview.show_letter(self.page())

    def problems(self) -> list[FieldError]:
        """What the dialog sees at once (the save checks the rest: the
        customer's address, the fax number), by field."""
        found: list[FieldError] = []
        template = self.chosen()
        if template is None:
            found.append(FieldError("template", REQUIRED))
        found += text_problems("subject", self.subject.text(), SUBJECT_MAX)
        if not self.body.toPlainText().strip():
            found.append(FieldError("body", REQUIRED))
        found += text_problems("body", self.body.toPlainText(), BODY_MAX)
        found += text_problems("free_text", self.free_text.toPlainText(), BODY_MAX)
        return found

    def check(self) -> bool:
        self.errors.clear()
        template = self.chosen()
        if template is not None and not template.has(self.letter_language()):
            self.choose()  # says it at the language
            return False
        found = self.problems()
        self.errors.show(found)
        return not found

    def send_email(self) -> None:
        """Send it by e-mail (to the customer's address) and file it."""
        index = self.channel.findData(RegisterChannel.EMAIL.value)
        self.channel.setCurrentIndex(index)
        self.save(by_mail=True)

    def save(self, by_mail: bool = False) -> None:
        if self.facts is None or not self.save_button.isEnabled() or not self.check():
            return
        subject, body = self.final_text()
        template = self.chosen()
        assert template is not None
        letter = WrittenLetter(
            self.ticket_id,
            template.id,
            self.letter_language(),
            RegisterChannel(str(self.channel.currentData())),
            subject,
            body,
            self.fax_number.text(),
            self.reply_to.currentData(),
        )
        page = self.page(REFERENCE_MARK)
        folder = self.desk.db.path

        def make_pdf(final: FinalLetter) -> bytes:
            shown = isolate(final.reference) if page.rtl else final.reference
            printed = replace(
                page,
                reference=final.reference,
                subject_line=page.subject_line.replace(REFERENCE_MARK, shown),
                body=final.body,
            )
            return letter_pdf_bytes(printed)

        self.save_button.setEnabled(False)
        keep = send if by_mail else save
        self.desk.write(
            lambda s, c: keep(s, c, letter, make_pdf, folder),
            self._saved,
            self._failed,
            changed=lambda _saved: [self.ticket_id],
            owner=self,
        )

    def _saved(self, saved: SavedLetter) -> None:
        self.saved = saved
        self.desk.drafts.clear(self.draft_name)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(self.facts is not None)
        if isinstance(error, ValidationFailed):
            # The customer's address is what the channel needs: said there.
            moved = [
                FieldError(FIELD_OF.get(e.field, e.field), e.message, e.params)
                for e in error.errors
            ]
            self.errors.show(moved)
        else:
            self.errors.failed(error)

    def choose_pdf(self) -> None:
        if self.facts is None:
            return
        name = self.tr("letter-{number}.pdf").format(number=self.facts.ticket_number)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter as PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        if not self.check():
            return
        page = self.page()
        self.desk.tasks.read(
            lambda: write_pdf(path, page),
            lambda written: self.say(self.tr("Saved as {file}.").format(file=written.name)),
            lambda error: self.say(describe(error), error=True),
            self,
        )

    def say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)


def tidy(text: str) -> str:
    return _EMPTY_GAP.sub(" ", text)

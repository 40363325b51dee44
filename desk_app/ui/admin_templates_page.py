"""The console's "Letter templates" page (for those who may change
templates): the templates listed by kind beside the form for the chosen one,
and the snippets on a second tab.

Every change goes into the library's JSON and the whole library is checked
at once by the domain's own parser (``parse_library``): its message shows at
the field it is about, a template at fault is marked in the list, and what
was typed stays. A library that reads is saved as the next version of the
"letter_templates" document (on the server when the desk has one); someone
else's save meanwhile is shown instead, with a word to make the change
again."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.config_store import ConfigDocument, StaleDocument, load_document
from desk_app.services.letter_starters import STARTER_DOCUMENT
from desk_app.services.letter_templates import DOCUMENT_KEY, LetterKind, parse_library
from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.services.permissions import PermissionDenied
from desk_app.ui import labels
from desk_app.ui.admin_words import denial_text
from desk_app.ui.catalogue_saving import on_server
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.field_errors import ERROR_STYLE
from desk_app.ui.formatting import number
from desk_app.ui.letter_library_saving import save_library
from desk_app.ui.letter_template_form import TemplateForm
from desk_app.ui.letter_words import kind_name
from desk_app.ui.snippets_table import SnippetsTable
from desk_app.ui.sync_texts import error_text

ERROR_COLOUR = QColor("#b00020")


def editable_library(session: Session) -> tuple[dict[str, Any], int]:
    """The library's document as saved (the starter one until then), and its version."""
    document = load_document(session, DOCUMENT_KEY)
    if document is None:
        return copy.deepcopy(STARTER_DOCUMENT), 0
    return copy.deepcopy(document.body), document.version


class TemplatesPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.doc: dict[str, Any] = {"templates": []}
        self.saved: dict[str, Any] = {"templates": []}
        self.version = 0
        self.problems: list[FieldError] = []
        self.busy = False

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("templateTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Templates"))
        self.add_button = QPushButton(self.tr("&Add template"), self)
        self.add_button.setObjectName("addTemplate")
        self.remove_button = QPushButton(self.tr("&Remove template"), self)
        self.remove_button.setObjectName("removeTemplate")
        start = QVBoxLayout()
        start.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        start.addLayout(buttons)
        self.form = TemplateForm(self)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.form)
        templates_tab = QWidget(self)
        body = QHBoxLayout(templates_tab)
        body.addLayout(start, 1)  # the start side: right in Arabic
        body.addWidget(scroller, 3)
        self.snippets = SnippetsTable(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(templates_tab, self.tr("&Templates"))
        self.tabs.addTab(self.snippets, self.tr("S&nippets"))

        self.version_label = QLabel(self)
        self.version_label.setObjectName("templatesVersion")
        self.status = QLabel(self)
        self.status.setObjectName("templatesStatus")
        self.status.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setObjectName("revertTemplates")
        self.save_button = QPushButton(self.tr("&Save templates"), self)
        self.save_button.setObjectName("saveTemplates")
        bottom = QHBoxLayout()
        bottom.addWidget(self.version_label, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.tree.currentItemChanged.connect(lambda *_items: self._chosen())
        self.form.edited.connect(self._edited)
        self.snippets.edited.connect(self._snippets_edited)
        self.add_button.clicked.connect(self.add_template)
        self.remove_button.clicked.connect(self.remove_template)
        self.revert_button.clicked.connect(lambda: self.reload())
        self.save_button.clicked.connect(self.save)
        self.reload()

    # -- loading ------------------------------------------------------------------
    def reload(self, notice: str = "") -> None:
        self.desk.read(
            editable_library, lambda found: self.show_library(*found, notice), self._failed, self
        )

    def show_library(self, body: dict[str, Any], version: int, notice: str = "") -> None:
        self.version = version
        body.setdefault("snippets", [])
        self.saved = copy.deepcopy(body)
        self.doc = body
        self.snippets.fill(self.doc["snippets"])
        self._fill_tree(0)
        self.version_label.setText(
            self.tr("Version {version}").format(version=number(version))
            if version
            else self.tr("The starter templates: not saved here yet")
        )
        self._check()
        if notice:
            self._say(notice, True)

    def templates(self) -> list[dict[str, Any]]:
        items = self.doc.get("templates")
        return items if isinstance(items, list) else []

    def _fill_tree(self, select: int) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        language = labels.ui_language()
        chosen: QTreeWidgetItem | None = None
        for kind in LetterKind:
            group = QTreeWidgetItem(self.tree, [kind_name(kind)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for index, item in enumerate(self.templates()):
                if item.get("kind") != kind.value:
                    continue
                child = QTreeWidgetItem(group, [self._title(item, language)])
                child.setData(0, Qt.ItemDataRole.UserRole, index)
                if index == select:
                    chosen = child
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._chosen()

    def _title(self, item: dict[str, Any], language: str) -> str:
        names = item.get("name") if isinstance(item.get("name"), dict) else {}
        return str(
            (names or {}).get(language)
            or next(iter((names or {}).values()), "")
            or self.tr("(no name)")
        )

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return int(data) if isinstance(data, int) else None

    def _chosen(self) -> None:
        index = self.current_index()
        self.form.setEnabled(index is not None)
        self.remove_button.setEnabled(index is not None and not self.busy)
        if index is not None:
            self.form.fill(self.templates()[index])
        self._show_problems()

    # -- editing ------------------------------------------------------------------
    def add_template(self) -> None:
        index = self.current_index()
        kind = self.templates()[index]["kind"] if index is not None else LetterKind.FOLLOW_UP
        taken = {str(t.get("id")) for t in self.templates()}
        code = next(f"template-{n}" for n in range(1, 1000) if f"template-{n}" not in taken)
        self.templates().append({"id": code, "kind": str(kind), "name": {}})
        self._fill_tree(len(self.templates()) - 1)
        self._check()
        self.form.names[labels.ui_language() if labels.ui_language() == "ar" else "en"].setFocus()

    def remove_template(self) -> None:
        index = self.current_index()
        if index is None:
            return
        del self.templates()[index]
        self._fill_tree(max(0, index - 1))
        self._check()

    def _edited(self) -> None:
        index = self.current_index()
        item = self.tree.currentItem()
        if index is not None and item is not None:
            item.setText(0, self._title(self.templates()[index], labels.ui_language()))
        self._check()

    def _snippets_edited(self) -> None:
        self.doc["snippets"] = self.snippets.rows()
        self._check()

    # -- checking -----------------------------------------------------------------
    def _check(self) -> None:
        try:
            parse_library(self.doc)
            self.problems = []
        except ValidationFailed as failed:
            self.problems = list(failed.errors)
        self.problems += self.snippets.problems()
        self._show_problems()

    def _show_problems(self) -> None:
        self.form.errors.clear()
        current = self.current_index()
        wrong: set[int] = set()
        general: list[str] = []
        for problem in self.problems:
            text = labels.error_text(problem)
            parts = problem.field.split(".")
            if parts[0] == "templates" and len(parts) > 2 and parts[1].isdigit():
                index = int(parts[1])
                wrong.add(index)
                if index == current:
                    self.form.show_error(".".join(parts[2:]), text)
            elif parts[0] != "snippets":
                general.append(text)
        self._mark(wrong)
        changed = self.doc != self.saved
        self.save_button.setEnabled(not self.problems and changed and not self.busy)
        self.revert_button.setEnabled(not self.busy)
        if self.problems:
            reason = general[0] if general else self._where(wrong)
            self._say(
                self.tr("The templates cannot be saved yet: {reason}").format(reason=reason), True
            )
        else:
            self._say(self.tr("Changes not saved yet.") if changed else "")

    def _where(self, wrong: set[int]) -> str:
        if wrong:
            names = ", ".join(
                self._title(self.templates()[i], labels.ui_language()) for i in sorted(wrong)
            )
            return self.tr("see the marked templates ({names}).").format(names=names)
        return self.tr("see the marked snippets.")

    def _mark(self, wrong: set[int]) -> None:
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            if group is None:
                continue
            for row in range(group.childCount()):
                child = group.child(row)
                if child is None:
                    continue
                index = child.data(0, Qt.ItemDataRole.UserRole)
                brush = QBrush(ERROR_COLOUR) if index in wrong else QBrush()
                child.setForeground(0, brush)

    # -- saving -------------------------------------------------------------------
    def save(self) -> None:
        if self.problems or self.busy:
            return
        self.busy = True
        self.save_button.setEnabled(False)
        body = copy.deepcopy(self.doc)
        save_library(self.desk, body, self.version, self._saved, self._failed, self)

    def _saved(self, document: ConfigDocument) -> None:
        self.busy = False
        self.version = document.version
        self.saved = copy.deepcopy(document.body)
        self.version_label.setText(
            self.tr("Version {version}").format(version=number(self.version))
        )
        self._show_problems()
        self._say(self.tr("Templates saved; new letters use them now."))
        self.desk.referenceChanged.emit()  # the snippets offered in note boxes

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._show_problems()
        if isinstance(error, PermissionDenied):
            self._say(denial_text(error.denial.message), True)
        elif isinstance(error, StaleDocument):
            self.reload(
                self.tr(
                    "Someone saved the templates meanwhile (version {version}); they are shown"
                    " now. Make your change again."
                ).format(version=number(error.version))
            )
        elif isinstance(error, ValidationFailed):
            self.problems = list(error.errors)
            self._show_problems()
        else:
            self._say(error_text(error) if on_server(self.desk) else describe(error), True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

"""The console's catalogue page: the category catalogue as a tree (the
catalogue as a whole, the categories, their extra fields) beside a form for
the chosen part.

Every change goes straight into the catalogue's JSON and the whole of it is
checked at once by the reader the desk loads catalogues with: its message
shows beside the field it is about, the part at fault is marked in the tree,
and what was typed stays. A catalogue that reads is saved as the next
version of the "catalogue" configuration document (on the server when the
desk has one), and every window uses it from then on. Import reads a
catalogue file (checked first: a bad file changes nothing); Export writes the
catalogue as that file, kept in the audit log."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.catalogue_edit import (
    TOP,
    NodePath,
    add_category,
    add_field,
    add_sibling,
    category_of,
    earlier_fields,
    error_place,
    is_category,
    is_field,
    move,
    node,
    remove,
)
from desk_app.services.catalogue_model import CatalogueError
from desk_app.services.catalogue_reader import parse_catalogue
from desk_app.services.catalogue_store import (
    EditableCatalogue,
    catalogue_json,
    editable_catalogue,
    read_catalogue_file,
    record_export,
)
from desk_app.services.config_store import ConfigDocument, StaleDocument
from desk_app.services.permissions import PermissionDenied
from desk_app.ui import labels
from desk_app.ui.admin_words import denial_text
from desk_app.ui.catalogue_category_form import CategoryForm
from desk_app.ui.catalogue_field_form import FieldForm
from desk_app.ui.catalogue_form_base import CatalogueForm
from desk_app.ui.catalogue_saving import on_server, save_job
from desk_app.ui.catalogue_top_form import TopForm
from desk_app.ui.catalogue_tree import CatalogueTree
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.field_errors import ERROR_STYLE
from desk_app.ui.formatting import number
from desk_app.ui.sync_texts import error_text


class CataloguePage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.language = labels.ui_language()
        self.doc: dict[str, Any] = {"version": 1, "categories": []}
        self.saved: dict[str, Any] = copy.deepcopy(self.doc)
        self.version = 0
        self.problem: CatalogueError | None = None
        self.busy = False

        self.tree = CatalogueTree(self)
        tree_label = QLabel(self.tr("Cate&gories:"), self)
        tree_label.setBuddy(self.tree)
        self.add_child_button = self._button(self.tr("Add &subcategory"), "addSubcategory")
        self.add_sibling_button = self._button(self.tr("Add categor&y"), "addCategory")
        self.add_field_button = self._button(self.tr("Add fiel&d"), "addField")
        self.remove_button = self._button(self.tr("&Remove"), "removeNode")
        self.up_button = self._button(self.tr("Move up"), "moveUp")
        self.down_button = self._button(self.tr("Move down"), "moveDown")
        tree_buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.add_child_button,
                self.add_sibling_button,
                self.add_field_button,
                self.remove_button,
                self.up_button,
                self.down_button,
            )
        ):
            tree_buttons.addWidget(button, index // 2, index % 2)
        start = QVBoxLayout()
        start.addWidget(tree_label)
        start.addWidget(self.tree, 1)
        start.addLayout(tree_buttons)

        self.top_form = TopForm(self)
        self.category_form = CategoryForm(self)
        self.field_form = FieldForm(self)
        self.forms = QStackedWidget(self)
        self.forms.setObjectName("catalogueForms")
        for form in (self.top_form, self.category_form, self.field_form):
            self.forms.addWidget(form)
            form.edited.connect(self._edited)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        # The forms follow the page's width; only a long one scrolls, downwards.
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.forms)

        self.version_label = QLabel(self)
        self.version_label.setObjectName("catalogueVersion")
        self.status = QLabel(self)
        self.status.setObjectName("catalogueStatus")
        self.status.setWordWrap(True)
        self.import_button = self._button(self.tr("&Import…"), "importCatalogue")
        self.export_button = self._button(self.tr("Expor&t…"), "exportCatalogue")
        self.revert_button = self._button(self.tr("Re&vert"), "revertCatalogue")
        self.save_button = self._button(self.tr("S&ave catalogue"), "saveCatalogue")

        body = QHBoxLayout()
        body.addLayout(start, 2)  # the start side: right in Arabic
        body.addWidget(scroller, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.version_label, 1)
        for button in (self.import_button, self.export_button, self.revert_button):
            bottom.addWidget(button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)  # a long message of the reader gets the whole width
        layout.addLayout(bottom)

        self.tree.currentItemChanged.connect(lambda *_items: self._chosen())
        self.add_child_button.clicked.connect(lambda: self._restructure(self._add_child))
        self.add_sibling_button.clicked.connect(
            lambda: self._restructure(lambda p: add_sibling(self.doc, p))
        )
        self.add_field_button.clicked.connect(
            lambda: self._restructure(lambda p: add_field(self.doc, p))
        )
        self.remove_button.clicked.connect(lambda: self._restructure(lambda p: remove(self.doc, p)))
        self.up_button.clicked.connect(lambda: self._restructure(lambda p: move(self.doc, p, -1)))
        self.down_button.clicked.connect(lambda: self._restructure(lambda p: move(self.doc, p, 1)))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.revert_button.clicked.connect(lambda: self.reload())
        self.save_button.clicked.connect(self.save)
        self.reload()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    # -- loading ----------------------------------------------------------------
    def reload(self, notice: str = "") -> None:
        """Show the catalogue as saved (and then ``notice``, a warning)."""
        path = self.desk.settings.catalogue_path
        self.desk.read(
            lambda s: editable_catalogue(s, path),
            lambda editable: self.show_catalogue(editable, notice),
            self._failed,
            owner=self,
        )

    def show_catalogue(self, editable: EditableCatalogue, notice: str = "") -> None:
        self.version = editable.version
        self.saved = copy.deepcopy(editable.body)
        self._replace(copy.deepcopy(editable.body), TOP)
        self._say(notice, bool(notice))
        self.version_label.setText(
            self.tr("Version {version}").format(version=number(self.version))
            if self.version
            else self.tr("Not saved here yet")
        )

    def _replace(self, doc: dict[str, Any], select: NodePath) -> None:
        self.doc = doc
        self.tree.show_document(doc, self.language)
        self.tree.select_path(select)
        self._chosen()
        self._check()

    # -- the tree ---------------------------------------------------------------
    def _chosen(self) -> None:
        path = self.tree.current_path()
        try:
            data = node(self.doc, path)
        except (KeyError, IndexError, TypeError):
            path, data = TOP, self.doc
        form: CatalogueForm
        if is_field(path):
            earlier = [str(f.get("key", "")) for f in earlier_fields(self.doc, path)]
            self.field_form.fill(data, [key for key in earlier if key])
            form = self.field_form
        elif is_category(path):
            parent = category_of(path[:-2]) if len(path) > 2 else TOP
            queue = node(self.doc, parent).get("queue" if parent else "default_queue", "")
            self.category_form.fill(data, str(queue or ""), top_level=parent == TOP)
            form = self.category_form
        else:
            self.top_form.fill(data)
            form = self.top_form
        self._show_form(form)
        self._buttons(path)
        self._show_problem()

    def _show_form(self, form: CatalogueForm) -> None:
        # Only the shown form counts for the size: a stacked widget is
        # otherwise as wide as its widest page, and would be cut off.
        for page in (self.top_form, self.category_form, self.field_form):
            policy = QSizePolicy.Policy.Preferred if page is form else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.forms.setCurrentWidget(form)
        self.forms.adjustSize()

    def _buttons(self, path: NodePath) -> None:
        part = is_field(path) or is_category(path)
        self.add_child_button.setEnabled(is_category(path) or path == TOP)
        self.add_field_button.setEnabled(part)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(part)

    def _add_child(self, path: NodePath) -> NodePath:
        return add_category(self.doc, category_of(path) if is_field(path) else path)

    def _restructure(self, change: Any) -> None:
        """Add, remove or move a part, then show the tree again with the part
        that resulted chosen (the form's first field ready to type in)."""
        chosen: NodePath = change(self.tree.current_path())
        self._replace(self.doc, chosen)
        self.tree.setFocus()

    # -- checking ---------------------------------------------------------------
    def _edited(self) -> None:
        path = self.tree.current_path()
        if path != TOP:
            self.tree.rename(path, node(self.doc, path), self.language)
        self._check()

    def _check(self) -> None:
        try:
            parse_catalogue(self.doc)
            self.problem = None
        except CatalogueError as error:
            self.problem = error
        self._show_problem()

    def _show_problem(self) -> None:
        form = self.forms.currentWidget()
        if isinstance(form, CatalogueForm):
            form.clear_errors()
        error = self.problem
        changed = self.doc != self.saved
        self.save_button.setEnabled(error is None and changed and not self.busy)
        self.revert_button.setEnabled(not self.busy)
        if error is None:
            self.tree.mark(None, "")
            self._say(self.tr("Changes not saved yet.") if changed else "")
            return
        place = error_place(error)
        self.tree.mark(place.path, str(error))
        self._say(
            self.tr("This catalogue cannot be saved yet: {reason}").format(reason=str(error)), True
        )
        if place.path == self.tree.current_path() and isinstance(form, CatalogueForm):
            form.show_error(_form_key(place.key, error.reason), error.reason)

    # -- saving -----------------------------------------------------------------
    def save(self) -> None:
        if self.problem is not None or self.busy:
            return
        self.busy = True
        self.save_button.setEnabled(False)
        save_job(self.desk, copy.deepcopy(self.doc), self.version, self._saved, self._failed, self)

    def _saved(self, document: ConfigDocument) -> None:
        self.busy = False
        self.version = document.version
        self.saved = copy.deepcopy(document.body)
        self.version_label.setText(
            self.tr("Version {version}").format(version=number(self.version))
        )
        self.desk.use_catalogue_document(document)
        self._show_problem()
        self._say(self.tr("Catalogue saved; every window uses it now."))

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._show_problem()
        if isinstance(error, PermissionDenied):
            self._say(denial_text(error.denial.message), True)
        elif isinstance(error, StaleDocument):
            self.reload(
                self.tr(
                    "Someone saved the catalogue meanwhile (version {version}); it is shown"
                    " now. Make your change again."
                ).format(version=number(error.version))
            )
        elif isinstance(error, CatalogueError):
            self.problem = error
            self._show_problem()
        else:
            self._say(error_text(error) if on_server(self.desk) else describe(error), True)

    # -- files ------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a catalogue"), "", self.tr("Catalogue files (*.json)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Take the catalogue of a file into the editor (saved only by Save)."""
        try:
            data = read_catalogue_file(path)
        except (OSError, CatalogueError) as error:
            reason = (error.strerror or str(error)) if isinstance(error, OSError) else str(error)
            self._say(
                self.tr("{file} cannot be imported: {reason}. Nothing was changed.").format(
                    file=path.name, reason=reason
                ),
                True,
            )
            return False
        self._replace(data, TOP)
        self._say(self.tr("{file} imported. Save to put it into use.").format(file=path.name))
        return True

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the catalogue"),
            "catalogue.json",
            self.tr("Catalogue files (*.json)"),
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> bool:
        if self.problem is not None:
            self._say(self.tr("Correct the catalogue before exporting it."), True)
            return False
        try:
            path.write_text(catalogue_json(self.doc), encoding="utf-8")
        except OSError as error:
            self._say(describe(error), True)
            return False
        version, shown = self.version, str(path)
        self.desk.write(
            lambda s, c: record_export(s, c, shown, version),
            lambda _none: self._say(self.tr("Exported to {file}.").format(file=path.name)),
            self._failed,
            owner=self,
        )
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))  # no empty line between the form and the buttons


def _form_key(key: str, reason: str) -> str:
    """The form's name for where a reader's message belongs."""
    if key in ("name", "label"):
        return f"{key}.ar" if '"ar"' in reason else f"{key}.en"
    if key == "when" and ("equals" in reason or "does not offer" in reason):
        return "equals"
    return key

"""The intake form, in the SOP's order: customer → the problem → equipment,
account and product → routing and priority.

The category catalogue shapes it: the chosen category brings its extra
fields, suggests its queue (by category and the equipment's location) and its
usual priority; what the agent picks by hand is never overwritten by a later
suggestion. While the subject is typed, open tickets of the same customer or
asset that look alike are offered, and the call can be logged on one of them.

Nothing typed is lost: every keystroke is saved to a draft (debounced), a
failed save keeps the form as it is and marks the fields at fault, and a
dialog closed by mistake offers its draft back the next time it opens.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import Channel, Priority
from desk_app.models.tickets import DESCRIPTION_MAX
from desk_app.services.assets import AssetMatch
from desk_app.services.catalogue import match_queue
from desk_app.services.duplicates import DuplicateCandidate, find_duplicates
from desk_app.services.intake import (
    IntakeForm,
    equipment_location,
)
from desk_app.services.messages import FieldError
from desk_app.services.priority import Level, assess, check_allowed
from desk_app.services.ticket_detail import CustomerMatch
from desk_app.ui import labels
from desk_app.ui.bounded_text import BoundedTextEdit
from desk_app.ui.desk import Desk
from desk_app.ui.formatting import numbered
from desk_app.ui.intake_duplicates import DuplicatePanel
from desk_app.ui.intake_extra import ExtraFieldsPanel
from desk_app.ui.intake_layout import intake_size, section_columns
from desk_app.ui.intake_lookup import IntakeLookup
from desk_app.ui.intake_saving import (
    DRAFT,
    ERROR_COLOUR,
    PRIORITY_MANUAL,
    QUEUE_MANUAL,
    Editor,
    IntakeSaving,
)
from desk_app.ui.intake_suggestions import IntakeSuggestions
from desk_app.ui.rights_gate import gate_intake
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.shortcuts import save_keys
from desk_app.ui.text_direction import PlainTextBox, identifier_field

NONE = "__none__"
HINT_STYLE = "color: #5f6368"


class Hint(QLabel):
    """A grey line under a field; its row takes no room while it says nothing."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.form = form

    def setText(self, text: str) -> None:
        super().setText(text)
        self.form.setRowVisible(self, bool(text))


class IntakeDialog(IntakeLookup, IntakeSaving, QDialog):
    ticketCreated = Signal(str, str)  # id, number
    callLogged = Signal(str, str)  # id, number of the ticket the call was logged on

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New ticket"))
        self.desk = desk
        loaded = desk.catalogue()
        self.catalogue = loaded.catalogue
        self.customer_id: str | None = None
        self.asset_id: str | None = None
        self._matches: list[CustomerMatch] = []
        self._asset_matches: list[AssetMatch] = []
        self._saving = False
        self._another = False
        # Tickets saved in this intake: the problems of one call, linked.
        self._call_ticket_ids: list[str] = []
        # A queue or priority the agent chose is theirs: suggestions stop.
        self._queue_manual = False
        self._priority_manual = False
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, QLayout]] = {}
        self._sections: list[QGroupBox] = []
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        # Draft banner (shown when an earlier intake was not saved).
        self.draft_banner = QFrame(self)
        self.draft_banner.setObjectName("draftBanner")
        self.draft_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.draft_banner)
        banner.addWidget(QLabel(self.tr("An intake that was not saved is waiting."), self), 1)
        self.restore_button = QPushButton(self.tr("Restore it"), self)
        self.restore_button.setObjectName("restoreDraftButton")
        self.discard_button = QPushButton(self.tr("Discard it"), self)
        self.discard_button.setObjectName("discardDraftButton")
        banner.addWidget(self.restore_button)
        banner.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        self.draft_banner.hide()

        # A catalogue the administrator configured but that cannot be used.
        self.catalogue_problem = QLabel(self)
        self.catalogue_problem.setObjectName("catalogueProblem")
        self.catalogue_problem.setWordWrap(True)
        self.catalogue_problem.setStyleSheet(
            "background: #fff4e5; border: 1px solid #e8a33d; padding: 6px"
        )
        self.catalogue_problem.setVisible(loaded.problem is not None)
        if loaded.problem is not None:
            self.catalogue_problem.setText(labels.error_text(loaded.problem))

        # 1. Customer
        customer = self._section(numbered(1, self.tr("Customer")))
        self.customer_name = self._line(customer, "customer_name", self.tr("&Name"))
        self.customer_name.setPlaceholderText(
            self.tr("Type a name, phone, email, national ID or account number to look up")
        )
        self.customer_state = QLabel(self)
        self.customer_state.setObjectName("customerState")
        customer.addRow("", self.customer_state)
        self.phone = self._line(customer, "phone", self.tr("P&hone"))
        self.email = self._line(customer, "email", self.tr("&Email"))
        self.national_id = self._line(customer, "national_id", self.tr("National &ID"))
        self.account_number = self._line(customer, "account_number", self.tr("Acco&unt number"))

        # 2. The problem
        problem = self._section(numbered(2, self.tr("The problem")))
        self.channel = self._combo(problem, "channel", self.tr("&Channel"))
        for channel in Channel:
            self.channel.addItem(labels.channel_label(channel.value), channel.value)
        self.category = self._combo(problem, "category", self.tr("Ca&tegory"))
        self.category.addItem(labels.category_label(""), "")
        language = labels.ui_language()
        for entry in self.catalogue.categories:
            self.category.addItem(entry.label(language), entry.code)
        self.category.setMaxVisibleItems(20)
        self.subject = self._line(problem, "subject", self.tr("&Subject"))
        self.duplicates = DuplicatePanel(self)
        self.duplicates.attachRequested.connect(self.attach_to)
        problem.addRow(self.duplicates)
        self.description = BoundedTextEdit(DESCRIPTION_MAX, self)
        self.description.pasteRefused.connect(self._paste_refused)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self._add(problem, "description", self.tr("&Description"), self.description)
        self.extra = ExtraFieldsPanel(self)
        problem.addRow(self.extra)

        # 3. Equipment, account and product
        equipment = self._section(numbered(3, self.tr("Equipment, account and product")))
        self.location_branch = self._line(equipment, "location_branch", self.tr("&Branch"))
        self.location_branch.setPlaceholderText(self.tr("Where the equipment is: branch or city"))
        self.location_site = self._line(equipment, "location_site", self.tr("Site / buildin&g"))
        self.location_room = self._line(equipment, "location_room", self.tr("Room / &floor"))
        places = [*self.catalogue.locations(), desk.reference.branch.name]
        if desk.reference.branch.name_ar:
            places.append(desk.reference.branch.name_ar)
        self.place_completer = QCompleter(sorted(set(places)), self)
        self.place_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.place_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.location_branch.setCompleter(self.place_completer)
        self.product_ref = self._line(
            equipment, "product_ref", self.tr("&Product / model / serial")
        )
        self.product_ref.setPlaceholderText(
            self.tr("Type a model or serial number, licence or account number to look up")
        )
        self.asset_state = QLabel(self)
        self.asset_state.setObjectName("assetState")
        self.new_asset = QCheckBox(self.tr("Register it as a ne&w asset"), self)
        self.new_asset.setObjectName("new_asset")
        state_row = QHBoxLayout()
        state_row.addWidget(self.asset_state, 1)
        state_row.addWidget(self.new_asset)
        equipment.addRow("", state_row)
        self.editors["new_asset"] = self.new_asset
        self.asset_model = self._line(equipment, "asset_model", self.tr("Model number"))
        self.asset_serial = self._line(equipment, "asset_serial", self.tr("Serial number"))
        self.licence_ref = self._line(equipment, "licence_ref", self.tr("&Licence agreement"))
        self.account_ref = self._line(equipment, "account_ref", self.tr("Account &reference"))
        for ltr_field in (
            self.phone,
            self.email,
            self.national_id,
            self.account_number,
            self.asset_model,
            self.asset_serial,
            self.licence_ref,
            self.account_ref,
        ):
            identifier_field(ltr_field)
        self.new_asset.toggled.connect(self._new_asset_toggled)
        self._new_asset_toggled(False)

        # 4. Routing and priority
        routing = self._section(numbered(4, self.tr("Routing and priority")))
        self.impact = self._combo(routing, "impact", self.tr("I&mpact"))
        self.urgency = self._combo(routing, "urgency", self.tr("Urgenc&y"))
        for combo in (self.impact, self.urgency):
            combo.addItem(self.tr("Not assessed"), "")
            combo.addItem(self.tr("High"), Level.HIGH.value)
            combo.addItem(self.tr("Medium"), Level.MEDIUM.value)
            combo.addItem(self.tr("Low"), Level.LOW.value)
            combo.activated.connect(self._assessment_changed)
        self.impact.setToolTip(self.tr("How much of the customer's business is affected"))
        self.urgency.setToolTip(self.tr("How soon it hurts if nothing is done"))
        self.priority = self._combo(routing, "priority", self.tr("Pri&ority"))
        for level in Priority:
            self.priority.addItem(labels.priority_label(level), int(level))
        self.priority.setCurrentIndex(self.priority.findData(self.catalogue.default_priority))
        self.priority_hint = self._hint(routing, "priorityHint")
        self.group = self._combo(routing, "group_id", self.tr("&Queue"))
        self.group.addItem(self.tr("No queue yet"), NONE)
        for group in desk.reference.groups:
            self.group.addItem(
                labels.queue_label(group.tier, group.name, group.name_ar, rtl), group.id
            )
        if desk.reference.groups:
            self.group.setCurrentIndex(1)
        self.queue_hint = self._hint(routing, "queueHint")
        self.assignee = self._combo(routing, "assignee_id", self.tr("&Assignee"))
        self.assignee.addItem(self.tr("Unassigned"), NONE)
        for user in desk.reference.users:
            self.assignee.addItem(user.name, user.id)
        gate_intake(self)

        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.form_error.hide()

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.another_button = buttons.addButton(
            self.tr("Sa&ve and add another problem"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.another_button.setObjectName("saveAnotherButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.save_button.clicked.connect(lambda: self.save(another=False))
        self.another_button.clicked.connect(lambda: self.save(another=True))
        cancel.clicked.connect(self.reject)

        # The sections scroll; the buttons stay below, always in sight. A
        # screen wide enough takes them in two columns (often no scrolling).
        body = QWidget(self)
        self.columns = section_columns(self, self._sections)
        body.setLayout(self.columns)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.catalogue_problem)
        # Articles that may answer the call, beside the form while there are any.
        self.suggestions = IntakeSuggestions(self)
        layout.addLayout(self.suggestions.beside(self.scroll_area), 1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        fit_to_screen(self, intake_size(self, self.columns.count()))

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        self._start_lookups()

        # Duplicate warning while the subject is typed.
        self._duplicate_timer = QTimer(self, singleShot=True, interval=300)
        self._duplicate_timer.timeout.connect(self._find_duplicates)
        self.subject.textEdited.connect(lambda _text: self._duplicate_timer.start())

        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(self.save_draft)
        self.extra.changed.connect(self._draft_timer.start)
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                signal = editor.currentIndexChanged
            elif isinstance(editor, QCheckBox):
                signal = editor.toggled
            else:
                signal = editor.textChanged
            signal.connect(self._draft_timer.start)
            signal.connect(lambda *_a, n=name: self._clear_error(n))

        self.category.currentIndexChanged.connect(self._category_changed)
        self.priority.currentIndexChanged.connect(self._check_priority)
        self.priority.activated.connect(self._priority_chosen)
        self.group.activated.connect(self._queue_chosen)
        self.group.currentIndexChanged.connect(self._update_queue_hint)
        for place in (self.location_branch, self.location_site, self.location_room):
            place.textChanged.connect(self._suggest)

        self._suggest()
        if desk.drafts.load(DRAFT):
            self.draft_banner.show()
        self.customer_name.setFocus()
        save_keys(self, self.save)  # Ctrl+S beside Ctrl+Enter

    # -- building ------------------------------------------------------------
    def _section(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self)
        self._sections.append(box)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _add(self, form: QFormLayout, name: str, label: str, editor: Any) -> None:
        error = QLabel(self)
        error.setObjectName(f"{name}Error")
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {ERROR_COLOUR}")
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        form.addRow(caption, column)
        self.editors[name] = editor
        self.errors[name] = error
        self._rows[name] = (form, column)

    def _line(self, form: QFormLayout, name: str, label: str) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setObjectName(name)
        self._add(form, name, label, editor)
        return editor

    def _combo(self, form: QFormLayout, name: str, label: str) -> QComboBox:
        editor = QComboBox(self)
        editor.setObjectName(name)
        self._add(form, name, label, editor)
        return editor

    def _hint(self, form: QFormLayout, name: str) -> Hint:
        hint = Hint(form, self)
        hint.setObjectName(name)
        hint.setWordWrap(False)
        hint.setStyleSheet(HINT_STYLE)
        form.addRow("", hint)
        return hint

    def _set_row_visible(self, name: str, visible: bool) -> None:
        form, column = self._rows[name]
        form.setRowVisible(column, visible)
        # Showing a row shows all of it: the error line only when it says something.
        error = self.errors[name]
        error.setVisible(visible and bool(error.text()))

    def _chain_tabs(self) -> None:
        """The category's fields come right after the description in tab order
        (they are built later than the rest of the form)."""
        previous: QWidget = self.description
        for editor in self.extra.focus_chain():
            QWidget.setTabOrder(previous, editor)
            previous = editor
        QWidget.setTabOrder(previous, self.location_branch)

    # -- the form's data -----------------------------------------------------
    def form(self) -> IntakeForm:
        values: dict[str, Any] = {}
        for f in fields(IntakeForm):
            editor = self.editors.get(f.name)
            if isinstance(editor, QComboBox):
                data = editor.currentData()
                values[f.name] = None if data == NONE else data
            elif isinstance(editor, PlainTextBox):
                values[f.name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                values[f.name] = editor.text()
            elif isinstance(editor, QCheckBox):
                values[f.name] = editor.isChecked()
        values["customer_id"] = self.customer_id
        values["asset_id"] = self.asset_id
        values["extra"] = self.extra.values()
        return IntakeForm(**values)

    def set_form(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            editor = self.editors.get(name)
            if isinstance(editor, QComboBox):
                index = editor.findData(NONE if value is None else value)
                if index >= 0:
                    editor.setCurrentIndex(index)
            elif isinstance(editor, PlainTextBox):
                editor.setPlainText(str(value or ""))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value or ""))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
        legacy = values.get("equipment_location")
        if legacy and not self.location_room.text():
            # A draft kept before the place was asked as branch, site and room.
            self.location_room.setText(str(legacy))
        extra = values.get("extra")
        if isinstance(extra, dict):
            self.extra.set_values(extra)
        self._set_customer(values.get("customer_id"))
        if "asset_id" in values:
            self._set_asset(values.get("asset_id"))
        self._queue_manual = bool(values.get(QUEUE_MANUAL, self._queue_manual))
        self._priority_manual = bool(values.get(PRIORITY_MANUAL, self._priority_manual))
        self._suggest()

    # -- category, queue and priority ----------------------------------------
    def _category_code(self) -> str:
        return str(self.category.currentData() or "")

    def _category_changed(self) -> None:
        self.extra.set_category(self.catalogue.get(self._category_code()))
        self._chain_tabs()
        self._suggest()

    def _suggest(self) -> None:
        """The catalogue's queue and priority for this category and place,
        where the agent has not chosen them."""
        code = self._category_code()
        if not self._queue_manual:
            group_id = self._suggested_group()
            if group_id is not None:
                self.group.setCurrentIndex(self.group.findData(group_id))
        if not self._priority_manual:
            level = self.catalogue.priority_for(code) if code else self.catalogue.default_priority
            self.priority.setCurrentIndex(self.priority.findData(level))
            self.priority_hint.setText(
                self.tr("The usual priority for this category.") if code else ""
            )
        self._update_queue_hint()
        self._check_priority()

    def _suggested_queue(self) -> str:
        return self.catalogue.suggest_queue(self._category_code(), equipment_location(self.form()))

    def _suggested_group(self) -> str | None:
        return match_queue(self._suggested_queue(), self.desk.reference.groups)

    def _update_queue_hint(self) -> None:
        queue = self._suggested_queue()
        group_id = self._suggested_group()
        if not queue:
            text = ""
        elif group_id is None:
            text = self.tr("The catalogue suggests “{queue}”, a queue this desk does not have.")
        elif self.group.currentData() == group_id:
            text = self.tr("Suggested for this category and place.")
        else:
            arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            queue = self.desk.reference.group_name(group_id, arabic)
            text = self.tr("Suggested: {queue}. Your choice is kept.")
        self.queue_hint.setText(text.format(queue=queue))

    def _queue_chosen(self) -> None:
        self._queue_manual = True
        self._update_queue_hint()

    def _priority_chosen(self) -> None:
        self._priority_manual = True
        self.priority_hint.setText("")

    def _assessment_changed(self) -> None:
        level = assess(
            self.catalogue.matrix,
            str(self.impact.currentData() or ""),
            str(self.urgency.currentData() or ""),
        )
        if level is None:
            return
        # An assessment is the agent's own decision: category changes keep it.
        self._priority_manual = True
        self.priority.setCurrentIndex(self.priority.findData(level))
        self.priority_hint.setText(self.tr("From the impact and the urgency."))

    def _check_priority(self) -> None:
        """Say at once when the category does not use the chosen priority;
        the choice itself stays as it is."""
        level = self.priority.currentData()
        allowed = self.catalogue.allowed_priorities(self._category_code())
        refused = check_allowed(allowed, int(level)) if level is not None else None
        if refused is None:
            self._clear_error("priority")
        else:
            self._mark("priority", self._priority_refusal(refused))

    def _priority_refusal(self, error: FieldError) -> str:
        allowed = self.catalogue.allowed_priorities(self._category_code()) or frozenset()
        names = [labels.priority_label(level) for level in sorted(allowed)]
        text = labels.error_text(error)
        if names:
            text += " " + self.tr("Use: {levels}.").format(
                levels=QLocale().createSeparatedList(names)
            )
        return text

    def _new_asset_toggled(self, checked: bool) -> None:
        for name in ("asset_model", "asset_serial"):
            self._set_row_visible(name, checked)

    # -- duplicates ----------------------------------------------------------
    def _find_duplicates(self) -> None:
        subject, customer_id, asset_id = self.subject.text(), self.customer_id, self.asset_id
        if not subject.strip() or (customer_id is None and asset_id is None):
            self.duplicates.show_candidates([])
            return
        ours = set(self._call_ticket_ids)

        def done(found: list[DuplicateCandidate]) -> None:
            if (subject, customer_id, asset_id) != (
                self.subject.text(),
                self.customer_id,
                self.asset_id,
            ):
                return  # typed on: a newer search follows
            self.duplicates.show_candidates([c for c in found if c.id not in ours])

        self.desk.read(
            lambda s: find_duplicates(s, subject, customer_id, asset_id), done, owner=self
        )

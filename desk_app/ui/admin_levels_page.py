"""The console's service-levels page: one branch's working hours, weekend,
holidays, targets per priority and automatic escalation rules per priority,
saved as the next version of the branch's document.

With a server the change goes to the server first (on a background job,
never the window's thread), starting from the version the editor read;
the desk then keeps the server's copy and the branch's other desks get it
at their next sync. Without one it is saved on this desk. Either way the
branch's open tickets' clocks are recomputed in the background afterwards.

Nothing typed is lost: a mistake is said beside its field and the editors
keep what was typed; someone else's save in between is said, with a way to
reload theirs; switching to another branch and back brings the unsaved
changes back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch
from desk_app.services.branch_levels import (
    BranchLevels,
    check_levels,
    load_branch_levels,
    save_branch_levels,
)
from desk_app.services.config_store import StaleDocument
from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.services.permissions import PermissionDenied
from desk_app.sync.errors import SyncError
from desk_app.ui import labels
from desk_app.ui.admin_words import denial_text
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.field_errors import ERROR_STYLE, FieldErrors
from desk_app.ui.formatting import number
from desk_app.ui.levels_editors import gregorian_text
from desk_app.ui.levels_holidays import HolidaysBox
from desk_app.ui.levels_hours import HoursBox, WeekendBox
from desk_app.ui.levels_rules import RulesBox
from desk_app.ui.levels_server import fetch_then, publish_levels, server_client
from desk_app.ui.levels_targets import TargetsBox
from desk_app.ui.sync_texts import error_text as sync_error_text


@dataclass(frozen=True)
class BranchName:
    id: str
    name: str
    name_ar: str


def load_branches(session: Session, own_branch_id: str) -> list[BranchName]:
    """Every branch, the desk's own first, the others by name."""
    rows = session.execute(
        select(Branch.id, Branch.name, Branch.name_ar)
        .where(Branch.deleted_at.is_(None))
        .order_by(Branch.name)
    ).all()
    branches = [BranchName(str(i), str(n), str(a or "")) for i, n, a in rows]
    return sorted(branches, key=lambda b: b.id != own_branch_id)


class LevelsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.arabic = QLocale().language() == QLocale.Language.Arabic
        self.loaded: BranchLevels | None = None
        # Unsaved edits of branches the person switched away from, with the
        # version they were made on.
        self.drafts: dict[str, BranchLevels] = {}
        self.filling = False

        self.branch = QComboBox(self)
        self.branch.setObjectName("levelsBranch")
        branch_caption = QLabel(self.tr("&Branch:"), self)
        branch_caption.setBuddy(self.branch)
        self.version_label = QLabel(self)
        self.version_label.setObjectName("levelsVersion")

        self.errors = FieldErrors(self)
        self.hours = HoursBox(self)
        self.hours.tab_after = self.branch
        self.hours.error_slot.addWidget(self.errors.place("hours"))
        self.weekend = WeekendBox(self)
        self.weekend.error_slot.addWidget(self.errors.place("weekend"))
        self.holidays = HolidaysBox(self.errors, desk.tasks, self)
        self.targets = TargetsBox(self)
        self.rules = RulesBox(self)
        for box in (self.hours, self.weekend, self.holidays, self.targets, self.rules):
            box.changed.connect(self._edited)
        self.hours.changed.connect(lambda: self.errors.clear_field("hours"))
        self.weekend.changed.connect(lambda: self.errors.clear_field("weekend"))

        self.message = QLabel(self)
        self.message.setObjectName("levelsMessage")
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setObjectName("reloadLevels")
        self.reload_button.setToolTip(
            self.tr("Show the service levels as they are now saved; your changes here are dropped.")
        )
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setObjectName("revertLevels")
        self.revert_button.setToolTip(self.tr("Put back the saved service levels of this branch."))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveLevels")
        self.save_button.clicked.connect(self.save)
        self._lay_out(branch_caption)
        self._set_enabled(False)
        self.branch.currentIndexChanged.connect(lambda _i: self._branch_chosen())
        desk.read(
            lambda s: load_branches(s, desk.ctx.branch_id),
            self._branches_loaded,
            self._failed,
            owner=self,
        )

    def _lay_out(self, branch_caption: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(branch_caption)
        top.addWidget(self.branch, 1)
        top.addSpacing(12)
        top.addWidget(self.version_label, 2)
        middle = QHBoxLayout()
        middle.addWidget(self.hours, 3)
        middle.addWidget(self.weekend, 2)
        middle.addWidget(self.holidays, 7)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addLayout(middle, 1)
        # Targets and rules are both per priority: one place, two tabs, so the
        # page still fits a laptop's screen.
        self.per_priority = tabs = QTabWidget(content)
        tabs.setObjectName("levelsPerPriority")
        tabs.addTab(self.targets, self.tr("&Targets per priority"))
        # The rules scroll on their own where a language's font makes them
        # taller than the targets: the page itself keeps to the screen.
        self.rules_scroll = rules_scroll = QScrollArea(tabs)
        rules_scroll.setObjectName("rulesScroll")
        rules_scroll.setWidgetResizable(True)
        rules_scroll.setFrameShape(QFrame.Shape.NoFrame)
        rules_scroll.setWidget(self.rules)
        tabs.addTab(rules_scroll, self.tr("Automatic &escalation"))
        inner.addWidget(tabs)
        # The room left goes to the holidays' list, or to the rules while they
        # are shown (four priorities of them).
        tabs.currentChanged.connect(
            lambda index: (
                inner.setStretch(1, int(index != 1)),
                inner.setStretch(2, int(index == 1)),
            )
        )
        inner.addWidget(self.errors.message)
        # On a small screen the page scrolls rather than crushing its editors.
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setObjectName("levelsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def show_part(self, part: str) -> bool:
        """Bring the targets ("targets") or the rules ("rules") forward."""
        index = {"targets": 0, "rules": 1}.get(part)
        if index is not None:
            self.per_priority.setCurrentIndex(index)
        return index is not None

    # -- the branch -------------------------------------------------------------
    def _branches_loaded(self, branches: list[BranchName]) -> None:
        self.branch.blockSignals(True)
        self.branch.clear()
        for branch in branches:
            shown = branch.name_ar if self.arabic and branch.name_ar else branch.name
            self.branch.addItem(shown, branch.id)
        self.branch.blockSignals(False)
        if branches:
            self.branch.setCurrentIndex(0)
            self._branch_chosen()

    def branch_id(self) -> str | None:
        chosen = self.branch.currentData()
        return str(chosen) if chosen is not None else None

    def _branch_chosen(self) -> None:
        if self.loaded is not None and self.is_changed():
            self.drafts[self.loaded.branch_id] = self.current()
        self.reload()

    def reload(self) -> None:
        """Read the branch's levels; after a save refused as stale, with a
        server, its newest copy is fetched first."""
        client = server_client(self.desk)
        if self.reload_button.isVisible() and client is not None:
            self._set_enabled(False)
            fetch_then(self.desk, client, self._read_levels, self._failed, owner=self)
        else:
            self._read_levels()

    def _read_levels(self) -> None:
        branch_id = self.branch_id()
        if branch_id is None:
            return
        self._set_enabled(False)
        self.desk.read(
            lambda s: load_branch_levels(s, branch_id), self._loaded, self._failed, owner=self
        )

    def _loaded(self, levels: BranchLevels) -> None:
        if levels.branch_id != self.branch_id():
            return  # the person chose another branch meanwhile
        self.loaded = levels
        self.reload_button.hide()
        draft = self.drafts.pop(levels.branch_id, None)
        if draft is not None and draft.version == levels.version:
            self.fill(draft)
            self._say(self.tr("Your unsaved changes to this branch are back."))
        else:
            self.fill(levels)
            self._say("")
        self._say_version()
        self._set_enabled(True)

    def fill(self, levels: BranchLevels) -> None:
        self.filling = True
        self.errors.clear()
        self.hours.set_periods(levels.periods)
        self.weekend.set_days(levels.weekend)
        self.holidays.set_holidays(levels.holidays)
        self.targets.set_targets(levels.targets)
        self.rules.set_rules(levels.escalation)
        self.filling = False
        self._edited()

    def current(self) -> BranchLevels:
        """What the editors hold, on the version they were read from."""
        assert self.loaded is not None
        return BranchLevels(
            self.loaded.branch_id,
            self.hours.periods(),
            self.weekend.days(),
            self.holidays.holidays(),
            self.targets.targets(),
            self.loaded.version,
            escalation=self.rules.rules(),
        )

    def is_changed(self) -> bool:
        return self.loaded is not None and self.current() != self.loaded

    def _edited(self) -> None:
        if self.filling:
            return
        changed = self.is_changed()
        self.revert_button.setEnabled(changed)
        if changed:
            self._say(self.tr("Changed, not saved yet."))

    def revert(self) -> None:
        if self.loaded is not None:
            self.fill(self.loaded)
            self._say(self.tr("The saved service levels are back."))

    # -- saving -------------------------------------------------------------------
    def save(self) -> None:
        if self.loaded is None:
            return
        self.errors.clear()
        self.targets.clear_problems()
        self.rules.clear_problems()
        levels = self.current()
        problems = check_levels(levels)
        if problems:
            self.show_problems(problems)
            self._say(self.tr("Not saved: see the messages beside the fields."), error=True)
            return
        self.save_button.setEnabled(False)
        client = server_client(self.desk)
        if client is not None:
            self._say(self.tr("Saving on the server…"))
            publish_levels(self.desk, client, levels, self._saved, self._failed, owner=self)
        else:
            self.desk.write(
                lambda s, c: save_branch_levels(s, c, levels), self._saved, self._failed, owner=self
            )

    def _saved(self, levels: BranchLevels) -> None:
        self.save_button.setEnabled(True)
        if levels.branch_id == self.branch_id():
            self.loaded = levels
            self.fill(levels)
        self._say_version()
        self._say(
            self.tr(
                "Saved as version {version}. The clocks of the branch's open tickets are "
                "being recomputed in the background."
            ).format(version=number(levels.version))
        )

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self._set_enabled(self.loaded is not None)
        if isinstance(error, StaleDocument):
            self._say(
                self.tr(
                    "Someone else saved this branch's service levels meanwhile (now version "
                    "{version}). Nothing was saved; Reload shows theirs, and your changes "
                    "stay here until then."
                ).format(version=number(error.version)),
                error=True,
            )
            self.reload_button.show()
        elif isinstance(error, PermissionDenied):
            self._say(denial_text(error.denial.message), error=True)
        elif isinstance(error, ValidationFailed):
            self.show_problems(error.errors)
            self._say(self.tr("Not saved: see the messages beside the fields."), error=True)
        elif isinstance(error, SyncError):
            # The server could not be reached or refused: said as sync says it.
            self._say(sync_error_text(error), error=True)
        else:
            self._say(describe(error), error=True)

    def show_problems(self, problems: list[FieldError]) -> None:
        """Each message beside its field: the hours, the weekend, a holiday's
        row, a target's cell, a priority's rules."""
        holidays: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            text = labels.error_text(problem)
            kind, _, rest = problem.field.partition(".")
            if kind == "holidays" and rest.isdigit():
                index = int(rest)
                items = self.holidays.items
                if index < len(items):
                    text = self.tr("{date}: {problem}").format(
                        date=gregorian_text(items[index].day), problem=text
                    )
                self.holidays.mark_row(index, text)
                holidays.append(text)
                first = first or self.holidays.table
            elif kind == "targets":
                priority, _, name = rest.partition(".")
                cell = None
                if priority.isdigit():
                    cell = self.targets.say(int(priority), name, text)
                if cell is None:
                    self.errors.say("targets", text)
                first = first or (cell.hours if cell is not None else None)
            elif kind == "escalation":
                place = self.rules.say(int(rest), text) if rest.isdigit() else None
                if place is None:
                    self.errors.say("escalation", text)
                first = first or place
            else:
                self.errors.say(kind, text)
                first = first or self._editor_of(kind)
        if holidays:
            self.errors.say("holidays", "\n".join(holidays))
        if first is not None:
            # The tab holding the first mistake is brought forward.
            for index, part in enumerate((self.targets, self.rules)):
                if part.isAncestorOf(first):
                    self.per_priority.setCurrentIndex(index)
            first.setFocus()
            if self.rules.isAncestorOf(first):
                self.rules_scroll.ensureWidgetVisible(first)
            self.scroll_area.ensureWidgetVisible(first)

    def _editor_of(self, field: str) -> QWidget | None:
        """Where the person fixes a mistake about ``field``."""
        if field == "hours":
            return self.hours.rows[0].start if self.hours.rows else self.hours.add_button
        if field == "weekend":
            return self.weekend.boxes[self.weekend.order[0]]
        return None

    # -- words ----------------------------------------------------------------------
    def _say_version(self) -> None:
        version = self.loaded.version if self.loaded is not None else 0
        if version == 0:
            self.version_label.setText(self.tr("In force: defaults (never changed)"))
        else:
            self.version_label.setText(
                self.tr("In force: version {version}").format(version=number(version))
            )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _set_enabled(self, enabled: bool) -> None:
        parts = (self.hours, self.weekend, self.holidays, self.targets, self.rules)
        for widget in (*parts, self.save_button):
            widget.setEnabled(enabled)
        self.revert_button.setEnabled(enabled and self.is_changed())

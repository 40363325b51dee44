"""The automatic escalation rules on the service-levels page: per priority,
the rules that act when a ticket has used a share of its resolution time
(75 % or 100 %, the breach), each asking the team lead or escalating to the
next tier, and raising the priority or not.

A priority may have no rules at all; at most ``MAX_RULES``. What is chosen is
checked by the domain's own check (escalation_policy.check_rules) when the
page saves, and a mistake (the same rule twice) is said under that
priority's rules, each of its rows marked, until one of them changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import Priority
from desk_app.services.escalation_policy import (
    DEFAULT_RULES,
    MAX_RULES,
    RULE_SHARES,
    EscalationRule,
    RuleAction,
)
from desk_app.ui import labels
from desk_app.ui.field_errors import ERROR_STYLE, mark, unmark
from desk_app.ui.formatting import number
from desk_app.ui.tab_chain import chain

PRIORITIES = tuple(int(p) for p in sorted(Priority))
# What "Add a rule" offers next: the first of these a priority lacks (the
# defaults first, then the other combinations).
_NEW_RULE_ORDER = (
    EscalationRule(75, RuleAction.NOTIFY_LEAD),
    EscalationRule(100, RuleAction.ESCALATE_UP, raise_priority=True),
    EscalationRule(75, RuleAction.ESCALATE_UP),
    EscalationRule(100, RuleAction.NOTIFY_LEAD),
)


def _order(rule: EscalationRule) -> tuple[int, str]:
    """The order the domain keeps a priority's rules in (escalation_policy)."""
    return rule.at, rule.action.value


class RuleRow(QWidget):
    """One rule: when (a share of the resolution time), what it does, whether
    it raises the priority, and a button that removes it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = QComboBox(self)
        for at in RULE_SHARES:
            self.share.addItem(self.share_text(at), at)
        self.share.setToolTip(self.tr("The share of the resolution time used when the rule acts"))
        self.action = QComboBox(self)
        self.action.addItem(self.tr("Ask the team lead"), RuleAction.NOTIFY_LEAD.value)
        self.action.addItem(self.tr("Escalate to the next tier"), RuleAction.ESCALATE_UP.value)
        self.raise_box = QCheckBox(self.tr("Raise the priority"), self)
        # An icon, named for screen readers and in its tooltip: a word in the
        # Arabic font makes the button taller than the row's boxes.
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton)
        )
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.share)
        layout.addWidget(self.action, 1)
        layout.addWidget(self.raise_box)
        layout.addWidget(self.remove_button)
        # No taller than the boxes beside it: the Arabic font's line is higher
        # than a check box needs, and four priorities of rows must fit.
        self.raise_box.setMaximumHeight(self.action.sizeHint().height())
        self.share.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.action.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.raise_box.toggled.connect(lambda _on: self.changed.emit())

    def share_text(self, at: int) -> str:
        return self.tr("{percent}%").format(percent=number(at))

    def editors(self) -> list[QWidget]:
        return [self.share, self.action, self.raise_box, self.remove_button]

    def set_names(self, priority: int, position: int) -> None:
        """What a screen reader says for each part (the priority and the rule's number)."""
        name = self.tr("{priority}, rule {number}").format(
            priority=labels.priority_label(priority), number=number(position)
        )
        self.share.setAccessibleName(
            self.tr("{rule}: share of the resolution time").format(rule=name)
        )
        self.action.setAccessibleName(self.tr("{rule}: what it does").format(rule=name))
        self.raise_box.setAccessibleName(self.tr("{rule}: raise the priority").format(rule=name))
        self.remove_button.setToolTip(self.tr("Remove {rule}").format(rule=name))
        self.remove_button.setAccessibleName(self.remove_button.toolTip())

    def set_rule(self, rule: EscalationRule) -> None:
        for editor in (self.share, self.action, self.raise_box):
            editor.blockSignals(True)
        self.share.setCurrentIndex(self.share.findData(rule.at))
        self.action.setCurrentIndex(self.action.findData(rule.action.value))
        self.raise_box.setChecked(rule.raise_priority)
        for editor in (self.share, self.action, self.raise_box):
            editor.blockSignals(False)

    def rule(self) -> EscalationRule:
        return EscalationRule(
            int(self.share.currentData()),
            RuleAction(str(self.action.currentData())),
            self.raise_box.isChecked(),
        )


class PriorityRules(QWidget):
    """One priority's rules: its name, an "Add a rule" button, the rules (or
    a line saying there are none) and the line where a mistake is said."""

    changed = Signal()

    def __init__(self, priority: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.priority = priority
        self.rows: list[RuleRow] = []
        self.setObjectName(f"rules_{priority}")
        heading = QLabel(labels.priority_label(priority), self)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        # A tool button: lower than a push button, so the four priorities fit
        # beside the rest of the page.
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add a rule"))
        self.add_button.setObjectName(f"addRule_{priority}")
        self.add_button.setToolTip(
            self.tr("Add a rule to {priority}").format(priority=labels.priority_label(priority))
        )
        self.add_button.setAccessibleName(self.add_button.toolTip())
        self.add_button.clicked.connect(self.add_rule)
        self.none_label = QLabel(self.tr("No automatic escalation"), self)
        self.none_label.setObjectName(f"noRules_{priority}")
        self.none_label.setEnabled(False)
        self.message = QLabel(self)
        self.message.setObjectName(f"error_escalation_{priority}")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.add_button)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.none_label)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def set_rules(self, rules: tuple[EscalationRule, ...]) -> None:
        while self.rows:
            self._drop(self.rows[-1])
        for rule in rules:
            self._append(rule)
        self._renumber()
        self.clear_problem()

    def rules(self) -> tuple[EscalationRule, ...]:
        return tuple(sorted((row.rule() for row in self.rows), key=_order))

    def add_rule(self) -> None:
        if len(self.rows) >= MAX_RULES:
            return
        taken = {row.rule().key for row in self.rows}
        rule = next((r for r in _NEW_RULE_ORDER if r.key not in taken), _NEW_RULE_ORDER[0])
        row = self._append(rule)
        self._renumber()
        row.share.setFocus()
        self._edited()

    def remove_rule(self, row: RuleRow) -> None:
        position = self.rows.index(row)
        self._drop(row)
        self._renumber()
        if self.rows:
            self.rows[min(position, len(self.rows) - 1)].share.setFocus()
        else:
            self.add_button.setFocus()
        self._edited()

    def editors(self) -> list[QWidget]:
        return [self.add_button] + [e for row in self.rows for e in row.editors()]

    # -- mistakes -------------------------------------------------------------------
    def say(self, text: str) -> QWidget:
        """``text`` under the rules, each marked; returns where to fix it."""
        self.message.setText(text)
        self.message.show()
        for row in self.rows:
            mark(row.share, text)
            mark(row.action, text)
        return self.rows[0].share if self.rows else self.add_button

    def clear_problem(self) -> None:
        if self.message.isHidden():
            return
        self.message.clear()
        self.message.hide()
        for row in self.rows:
            unmark(row.share)
            unmark(row.action)

    # -- rows -----------------------------------------------------------------------
    def _append(self, rule: EscalationRule) -> RuleRow:
        row = RuleRow(self)
        row.set_rule(rule)
        row.changed.connect(self._edited)
        row.remove_button.clicked.connect(lambda: self.remove_rule(row))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def _drop(self, row: RuleRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _renumber(self) -> None:
        for position, row in enumerate(self.rows, start=1):
            row.set_names(self.priority, position)
            row.setObjectName(f"rule_{self.priority}_{position}")
        self.add_button.setEnabled(len(self.rows) < MAX_RULES)
        self.none_label.setVisible(not self.rows)

    def _edited(self) -> None:
        self.clear_problem()
        self.changed.emit()


class RulesBox(QWidget):
    """Every priority's rules, two priorities a line, and (after what the
    rules do) a button that puts the default rules back; ``changed`` whenever
    a rule is edited, added or removed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelsRules")
        intro = QLabel(
            self.tr(
                "A rule acts once per ticket, when the ticket has used the chosen share of its "
                "resolution time (100% is the breach); while a ticket waits, its time stands still."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.priorities: dict[int, PriorityRules] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        for index, priority in enumerate(PRIORITIES):
            part = PriorityRules(priority, self)
            part.changed.connect(self._edited)
            self.priorities[priority] = part
            grid.addWidget(part, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.restore_button = QPushButton(self.tr("Restore the de&fault rules"), self)
        self.restore_button.setObjectName("restoreRules")
        self.restore_button.setToolTip(
            self.tr(
                "Every priority: ask the team lead at 75%; at the breach, escalate to the "
                "next tier and raise the priority."
            )
        )
        self.restore_button.clicked.connect(self.restore_defaults)
        # The restore button beside the explanation: the page fits a laptop's
        # screen with every rule row at its full height.
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._chain()

    def set_rules(self, rules: dict[int, tuple[EscalationRule, ...]]) -> None:
        for priority, part in self.priorities.items():
            part.set_rules(rules.get(priority, DEFAULT_RULES))
        self._chain()

    def rules(self) -> dict[int, tuple[EscalationRule, ...]]:
        return {priority: part.rules() for priority, part in self.priorities.items()}

    def restore_defaults(self) -> None:
        self.set_rules({priority: DEFAULT_RULES for priority in self.priorities})
        self.restore_button.setFocus()
        self.changed.emit()

    def say(self, priority: int, text: str) -> QWidget | None:
        """``text`` about a priority's rules; returns where to fix it (None:
        no such priority)."""
        part = self.priorities.get(priority)
        return part.say(text) if part is not None else None

    def clear_problems(self) -> None:
        for part in self.priorities.values():
            part.clear_problem()

    def _edited(self) -> None:
        self._chain()
        self.changed.emit()

    def _chain(self) -> None:
        """Tab goes through the priorities in reading order, then the restore button."""
        chain(
            [e for part in self.priorities.values() for e in part.editors()] + [self.restore_button]
        )

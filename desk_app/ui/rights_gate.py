"""What the person at the desk may do, shown before they try.

One rule for every window: what their role never allows is hidden (a level-1
desk has no merge, no bulk change, no resolve); what they may not do now (a
ticket that is not theirs) is disabled, with the reason as its tooltip and
status tip, never a dead control without a reason. The reasons are the
services' own refusals (context ``Permissions``), so the desk says the same
words before and after a write is refused.

The windows call in at three points: ``gate_main_window`` once, then
``gate_ticket_detail`` each time the detail pane shows a ticket, and
``gate_intake`` once per intake form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QListView, QWidget

from desk_app.models import Priority, Status
from desk_app.services.acting import Acting, acting
from desk_app.services.bulk import Refusal
from desk_app.services.permissions import (
    PERMISSIONS,
    Denial,
    Right,
    TicketScope,
    check_change,
    check_edit,
    denial,
)
from desk_app.ui import labels
from desk_app.ui.desk import Desk

NONE = "__none__"  # the combos' "no queue" / "unassigned" value
_ORIGINAL_TIP = "_rights_gate_tip"

# Main-window actions by the right without which they are hidden.
WINDOW_RIGHTS: dict[str, Right] = {
    "new_action": Right.TAKE_CALLS,
    "contact_action": Right.TAKE_CALLS,
    "resolve_action": Right.RESOLVE,
    "reopen_action": Right.RESOLVE,
    "tier_glance_action": Right.REPORTS_TEAM,
    "dashboard_action": Right.REPORTS_TEAM,
}
# Escalating is offered to whoever holds any one of these.
ESCALATION_RIGHTS = (Right.ESCALATE_WITHIN_TIER, Right.ESCALATE_UP, Right.DE_ESCALATE)


def reason_text(found: Denial) -> str:
    """A refusal in the user's language."""
    return QCoreApplication.translate(PERMISSIONS, found.message)


def refusal_text(refusal: Refusal) -> str:
    """Why a bulk change left one ticket as it was, in the user's language."""
    if refusal.denied:
        return QCoreApplication.translate(PERMISSIONS, refusal.error.message)
    return labels.error_text(refusal.error)


class RightsGate(QObject):
    """The acting person and the rights table, read once and again on
    ``reload`` (a switch of user, a new table from the server)."""

    changed = Signal()
    ticketShown = Signal(object)  # the TicketScope of the ticket in the pane, or None

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.setObjectName("rightsGate")
        self.desk = desk
        self.acting: Acting = self._read()

    @classmethod
    def of(cls, desk: Desk) -> RightsGate:
        gate = desk.findChild(RightsGate, "rightsGate")
        return gate if gate is not None else cls(desk)

    def _read(self) -> Acting:
        with self.desk.db.reading() as session:
            return acting(session, self.desk.ctx)

    def reload(self) -> None:
        self.acting = self._read()
        self.changed.emit()

    def holds(self, right: Right) -> bool:
        return self.acting.holds(right)

    def edit_denial(self, scope: TicketScope) -> Denial | None:
        return check_edit(self.acting.table, self.acting.person, scope)

    def change_denial(self, scope: TicketScope, changes: Mapping[str, Any]) -> Denial | None:
        return check_change(self.acting.table, self.acting.person, scope, changes)

    @property
    def user_id(self) -> str | None:
        return self.acting.person.user_id


# -- small tools -----------------------------------------------------------------


def allow(target: QAction | QWidget, found: Denial | None) -> None:
    """Enable ``target``, or disable it with the reason as its tooltip; the
    tooltip it had before comes back when it is enabled again."""
    if target.property(_ORIGINAL_TIP) is None:
        target.setProperty(_ORIGINAL_TIP, target.toolTip() or "")
    original = str(target.property(_ORIGINAL_TIP))
    target.setEnabled(found is None)
    tip = original if found is None else reason_text(found)
    target.setToolTip(tip)
    target.setStatusTip(tip)


def allow_item(combo: QComboBox, row: int, found: Denial | None, *, hide: bool = False) -> None:
    """One choice of a combo: selectable, or disabled with the reason as its
    tooltip (and, with ``hide``, not listed at all)."""
    model = combo.model()
    if not isinstance(model, QStandardItemModel):
        return
    item = model.item(row)
    if item is None:
        return
    item.setEnabled(found is None)
    item.setToolTip("" if found is None else reason_text(found))
    view = combo.view()
    if isinstance(view, QListView):
        view.setRowHidden(row, hide and found is not None)


def _gate_actions(owner: QObject, gate: RightsGate, names: Mapping[str, Right]) -> None:
    for name, right in names.items():
        target = getattr(owner, name, None)
        if isinstance(target, QAction | QWidget):
            target.setVisible(gate.holds(right))


# -- the main window -------------------------------------------------------------


def gate_main_window(window: Any) -> RightsGate:
    """Hide what the person's role never allows; follow the ticket in the
    pane for what they may not do to it."""
    gate = RightsGate.of(window.desk)

    def by_role() -> None:
        _gate_actions(window, gate, WINDOW_RIGHTS)
        for action in window.bulk_actions.values():
            action.setVisible(gate.holds(Right.BULK_CHANGE))
        window.escalate_action.setVisible(any(gate.holds(r) for r in ESCALATION_RIGHTS))

    def by_ticket(scope: TicketScope | None) -> None:
        for name, status in (("resolve_action", Status.RESOLVED), ("reopen_action", Status.OPEN)):
            action = getattr(window, name)
            if scope is None:
                allow(action, None)
                continue
            allow(action, gate.change_denial(scope, {"status": status.value}))
        # Escalating a ticket changes it: only one the person may work on.
        allow(window.escalate_action, None if scope is None else gate.edit_denial(scope))

    by_role()
    gate.changed.connect(by_role)
    gate.ticketShown.connect(by_ticket)
    return gate


def gate_related(dialog: Any) -> None:
    """Merge and split are for those who may; linking is for anyone who may
    edit the ticket (the service says so if not)."""
    gate = RightsGate.of(dialog.desk)
    may = gate.holds(Right.MERGE_SPLIT)
    dialog.merge_button.setVisible(may)
    split_box = dialog.split_button.parentWidget()  # the "another problem" group
    (split_box if split_box is not dialog else dialog.split_button).setVisible(may)


# -- the detail pane ---------------------------------------------------------------


def gate_ticket_detail(panel: Any, ticket: Any) -> None:
    """The detail pane's fields for ``ticket``: disabled with the reason when
    the ticket is not the person's to edit; choices they may not make
    (an enterprise failure, a done status, someone else as assignee) each
    disabled with theirs."""
    gate = RightsGate.of(panel.desk)
    scope = TicketScope(ticket.assignee_id, ticket.group_id, ticket.priority, ticket.status)
    gate.ticketShown.emit(scope)
    editing = gate.edit_denial(scope)
    for widget in (panel.status, panel.priority, panel.queue, panel.assignee, panel.complaint):
        allow(widget, editing)
    if editing is not None:
        return
    for row in range(panel.priority.count()):
        value = panel.priority.itemData(row)
        allow_item(panel.priority, row, gate.change_denial(scope, {"priority": value}))
    for row in range(panel.status.count()):
        value = panel.status.itemData(row)
        allow_item(panel.status, row, gate.change_denial(scope, {"status": value}))
    route = None if gate.holds(Right.ROUTE) else denial(Right.ROUTE)
    for row in range(panel.queue.count()):
        same = panel.queue.itemData(row) == (ticket.group_id or NONE)
        allow_item(panel.queue, row, None if same else route)
    _gate_assignees(gate, panel.assignee, ticket.assignee_id, scope)


def _gate_assignees(
    gate: RightsGate, combo: QComboBox, current: str | None, scope: TicketScope
) -> None:
    """Without the right to assign others, the person is offered themselves
    (and whoever has the ticket now, and nobody); the others are not listed."""
    for row in range(combo.count()):
        value = combo.itemData(row)
        if value in (NONE, current, gate.user_id):
            allow_item(combo, row, None)
            continue
        allow_item(combo, row, gate.change_denial(scope, {"assignee_id": value}), hide=True)


# -- intake -------------------------------------------------------------------------


def gate_intake(dialog: Any) -> None:
    """The intake form offers only what the person may save: enterprise
    failure disabled with the reason, others as assignee not listed."""
    gate = RightsGate.of(dialog.desk)
    new = TicketScope(None, None)
    for row in range(dialog.priority.count()):
        value = dialog.priority.itemData(row)
        found = None
        if value == Priority.ENTERPRISE_FAILURE.value and not gate.holds(Right.SET_PRIORITY_1):
            found = denial(Right.SET_PRIORITY_1)
        allow_item(dialog.priority, row, found)
    _gate_assignees(gate, dialog.assignee, None, new)


# -- knowledge base -----------------------------------------------------------------


def gate_knowledge(window: Any) -> None:
    """Writing articles is for those who may (others do not see the buttons);
    a writer who may not publish sees Publish and Retire disabled with the
    reason, so they know a reviewer does it."""
    gate = RightsGate.of(window.desk)
    window.may_write = gate.holds(Right.KB_WRITE)
    window.may_publish = gate.holds(Right.KB_PUBLISH)
    for button in (window.new_button, window.edit_button):
        button.setVisible(window.may_write)
    for button in (window.publish_button, window.retire_button):
        button.setVisible(window.may_write or window.may_publish)
        allow(button, None if window.may_publish else denial(Right.KB_PUBLISH))


def gate_knowledge_actions(actions: Any) -> None:
    """Ticket → Write an article… only for those who may write articles
    (followed when another person takes the desk)."""
    gate = RightsGate.of(actions.window.desk)

    def by_role() -> None:
        actions.write_action.setVisible(gate.holds(Right.KB_WRITE))

    by_role()
    gate.changed.connect(by_role)

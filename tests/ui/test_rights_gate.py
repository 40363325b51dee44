"""What a person's role never allows is hidden; what they may not do now is
disabled with the reason; a refused write says why, in their language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from sqlalchemy import select, update

from desk_app.models import DeskGroup, Priority, Role, User
from desk_app.services.ids import new_id
from desk_app.services.intake import IntakeForm, write_ticket
from desk_app.services.permissions import PERMISSIONS, REASONS, Right
from desk_app.ui.desk import Desk
from desk_app.ui.intake_dialog import IntakeDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.rights_gate import RightsGate


def set_role(desk: Desk, role: Role) -> None:
    with desk.db.writing() as session:
        session.execute(update(User).where(User.id == desk.ctx.actor.user_id).values(role=role))
    RightsGate.of(desk).reload()


def reason(right: Right) -> str:
    return QCoreApplication.translate(PERMISSIONS, REASONS[right])


@pytest.fixture
def open_window(desk: Desk, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.list_panel.model.is_loading)
    yield w
    desk.tasks.wait()


def shown_in(menu_actions: list) -> set[str]:  # type: ignore[type-arg]
    return {a.objectName() for a in menu_actions if a.isVisible() and a.objectName()}


def test_a_level_1_desk_and_a_level_5_desk_show_different_menus(  # type: ignore[no-untyped-def]
    desk, qtbot, lang
) -> None:
    set_role(desk, Role.INTAKE)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    intake = shown_in(window.ticket_menu.actions())
    set_role(desk, Role.SUPERVISOR)  # the person at the desk changes
    supervisor = shown_in(window.ticket_menu.actions())
    never_for_intake = {"resolveAction", "reopenAction", "bulk_assignee_id", "bulk_status"}
    assert never_for_intake <= supervisor
    assert not never_for_intake & intake
    assert {"contactAction", "relatedAction"} <= intake  # taking calls, relating tickets
    assert window.new_action.isVisible()
    desk.tasks.wait()


def test_a_ticket_not_yours_disables_what_you_may_not_do_and_says_why(  # type: ignore[no-untyped-def]
    desk, open_window, qtbot, lang
) -> None:
    set_role(desk, Role.AGENT)
    with desk.db.writing() as session:
        queue = session.execute(
            select(DeskGroup.id).where(DeskGroup.name == "Technical Support")
        ).scalar_one()
        colleague = User(
            id=new_id(),
            username="colleague",
            display_name="Colleague",
            role=Role.AGENT.value,
            branch_id=desk.ctx.branch_id,
            updated_at=desk.ctx.stamp(session),
            version=1,
            origin_client_id=desk.ctx.client_id,
            created_at=desk.ctx.now(),
        )
        session.add(colleague)
        session.flush()
        made = write_ticket(
            session,
            desk.ctx,
            IntakeForm(subject="Printer", group_id=queue, assignee_id=colleague.id),
        )
    window = open_window
    window.list_panel.refresh()
    qtbot.waitUntil(lambda: not window.list_panel.model.is_loading)
    window.list_panel.select_ticket(made.id)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.ticket is not None and detail.ticket.id == made.id)
    why = reason(Right.EDIT_ANY)  # an agent: theirs or their queue's only
    assert window.resolve_action.isVisible()  # the role may resolve …
    assert not window.resolve_action.isEnabled()  # … but not this ticket
    assert window.resolve_action.toolTip() == why
    assert not detail.status.isEnabled() and detail.status.toolTip() == why
    assert detail.add_note_button.isEnabled()  # anyone taking calls adds notes


def test_intake_offers_only_what_the_person_may_save(  # type: ignore[no-untyped-def]
    desk, open_window, qtbot, lang
) -> None:
    set_role(desk, Role.AGENT)
    dialog = IntakeDialog(desk, open_window)
    qtbot.addWidget(dialog)
    model = dialog.priority.model()
    assert isinstance(model, QStandardItemModel)
    row = dialog.priority.findData(int(Priority.ENTERPRISE_FAILURE))
    item = model.item(row)
    assert not item.isEnabled()
    assert item.data(Qt.ItemDataRole.ToolTipRole) == reason(Right.SET_PRIORITY_1)
    listed = [
        dialog.assignee.itemData(r)
        for r in range(dialog.assignee.count())
        if not dialog.assignee.view().isRowHidden(r)
    ]
    assert desk.ctx.actor.user_id in listed and len(listed) == 2  # nobody, or me


def test_a_refused_save_says_why_in_the_persons_language(  # type: ignore[no-untyped-def]
    desk, open_window, qtbot, lang
) -> None:
    set_role(desk, Role.AGENT)
    dialog = IntakeDialog(desk, open_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.subject.setText("Head office offline")
    # A category's usual priority may be an enterprise failure: set, not chosen.
    dialog.priority.setCurrentIndex(dialog.priority.findData(int(Priority.ENTERPRISE_FAILURE)))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog._saving, timeout=5_000)
    assert dialog.form_error.isVisible()
    assert dialog.form_error.text() == reason(Right.SET_PRIORITY_1)
    assert dialog.isVisible()  # what was typed stays

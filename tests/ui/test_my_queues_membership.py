"""Issue 12, teams: until the agent chooses, "My queues" holds the queues the
agent is a member of (services.teams), and the chooser starts from them."""

from __future__ import annotations

from desk_app.services.intake import IntakeForm
from desk_app.services.teams import add_member
from desk_app.ui.view_dialogs import MyQueuesDialog
from tests.ui.conftest import add_tickets
from tests.ui.test_list_views import press_view, subjects


def test_my_queues_default_to_memberships(window, qtbot, lang):  # type: ignore[no-untyped-def]
    desk = window.desk
    ref = desk.reference
    first_line = next(g for g in ref.groups if g.tier == 1)
    specialist = next(g for g in ref.groups if g.tier > 1)
    add_tickets(
        desk,
        [
            IntakeForm(subject="front desk", group_id=first_line.id),
            IntakeForm(subject="specialists", group_id=specialist.id),
        ],
    )
    press_view(window, qtbot, 3)
    assert subjects(window) == ["front desk"]  # no membership: the first line
    assert desk.list_prefs.my_queues is None
    with desk.db.writing() as session:
        add_member(session, desk.ctx, str(desk.ctx.actor.user_id), specialist.id)
    window.list_panel.apply_filters()
    press_view(window, qtbot, 3)
    assert subjects(window) == ["specialists"]
    dialog = window.choose_my_queues()
    assert isinstance(dialog, MyQueuesDialog)
    assert dialog.chosen() == {specialist.id}
    dialog.reject()
    assert desk.list_prefs.my_queues is None  # still not chosen: follows the membership

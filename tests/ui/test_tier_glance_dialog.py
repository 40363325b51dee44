"""View → Tiers at a glance…: for team leads and supervisors only; each tier
with its queues, the counts in the locale's digits, the oldest age in words."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from desk_app.models import DeskGroup, Role, User
from desk_app.services.intake import IntakeForm
from desk_app.ui.desk import Desk
from desk_app.ui.formatting import number
from desk_app.ui.labels import tier_label
from desk_app.ui.rights_gate import RightsGate
from desk_app.ui.tier_glance_dialog import TierGlanceDialog
from tests.ui.conftest import add_tickets, expected_direction


def set_role(desk: Desk, role: Role) -> None:
    with desk.db.writing() as session:
        session.execute(update(User).where(User.id == desk.ctx.actor.user_id).values(role=role))
    RightsGate.of(desk).reload()


def test_tiers_at_a_glance(desk, window, qtbot, lang, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with desk.db.reading() as session:
        tech = session.scalars(select(DeskGroup).where(DeskGroup.name == "Technical Support")).one()
    add_tickets(
        desk,
        [
            IntakeForm(subject="Printer jams", customer_name="Lina", group_id=tech.id),
            IntakeForm(subject="No network", customer_name="Omar", group_id=tech.id),
        ],
    )
    set_role(desk, Role.SENIOR_AGENT)
    assert not window.tier_glance_action.isVisible()
    set_role(desk, Role.TEAM_LEAD)
    assert window.tier_glance_action.isVisible()
    dialog = window.open_tier_glance()
    assert isinstance(dialog, TierGlanceDialog)
    assert dialog.layoutDirection() == expected_direction(lang)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 3, timeout=5_000)
    tier_two = dialog.tree.topLevelItem(1)
    assert tier_two.text(0) == tier_label(2)
    assert tier_two.text(1) == number(2)
    name = tech.name_ar if lang == "ar" else tech.name
    rows = {tier_two.child(i).text(0): tier_two.child(i) for i in range(tier_two.childCount())}
    assert rows[name].text(1) == number(2)
    assert rows[name].text(2) not in ("", "—")  # the oldest one's age in words
    dialog.grab().save(str(tmp_path / f"tiers-{lang}.png"))
    dialog.close()
    desk.tasks.wait()

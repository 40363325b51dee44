"""Escalating through the real dialog, in Arabic and English: up a tier with a
reason (the ticket moves, the pane and the timeline say so in words, the
effect shown on the service level is the one applied), back down with
instructions, a lead asked for attention, and the refusals that keep
everything typed."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select, update

from desk_app.models import DeskGroup, Priority, Role, Ticket, TicketJournal, User
from desk_app.services import escalation, sla_clock
from desk_app.services.context import Actor
from desk_app.services.escalation import EscalationKind, Reason
from desk_app.services.ids import new_id
from desk_app.services.intake import IntakeForm
from desk_app.services.views import View
from desk_app.ui.checks import type_text
from desk_app.ui.desk import Desk
from desk_app.ui.escalation_dialog import EscalationDialog, draft_name
from desk_app.ui.escalation_words import action_label, reason_phrase
from desk_app.ui.formatting import number
from desk_app.ui.main_window import MainWindow, view_title
from desk_app.ui.rights_gate import RightsGate
from tests.ui.conftest import add_tickets, expected_direction


def closed(dialog: EscalationDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def queues(desk: Desk) -> dict[str, DeskGroup]:
    with desk.db.reading() as session:
        return {g.name: g for g in session.scalars(select(DeskGroup)).all()}


def the_ticket(desk: Desk) -> Ticket:
    with desk.db.reading() as session:
        return session.scalars(select(Ticket)).one()


def set_role(desk: Desk, role: Role) -> None:
    with desk.db.writing() as session:
        session.execute(update(User).where(User.id == desk.ctx.actor.user_id).values(role=role))
    RightsGate.of(desk).reload()


def one_ticket(  # type: ignore[no-untyped-def]
    desk: Desk, window: MainWindow, qtbot, queue: str = "Service Desk", mine: bool = False
) -> str:
    group = queues(desk)[queue]
    me = desk.ctx.actor.user_id if mine else None
    form = IntakeForm(
        subject="Network down", customer_name="Lina", group_id=group.id, assignee_id=me
    )
    add_tickets(desk, [form])
    window.show_view("all")
    window.refresh()
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() is not None, timeout=5_000)
    return the_ticket(desk).id


def opened(window: MainWindow, qtbot) -> EscalationDialog:  # type: ignore[no-untyped-def]
    dialog = window.escalate_ticket()
    assert isinstance(dialog, EscalationDialog)
    qtbot.waitUntil(lambda: dialog.action.count() > 0, timeout=5_000)
    return dialog


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    row = combo.findData(value)
    assert row >= 0, value
    combo.setCurrentIndex(row)


def effect_shown(dialog: EscalationDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.refresh_effect()
    qtbot.waitUntil(
        lambda: dialog.effect is not None and dialog.desk.tasks.busy == 0, timeout=5_000
    )


def test_escalate_up_then_return_it(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    ticket_id = one_ticket(desk, window, qtbot)
    groups = queues(desk)
    service_desk, technical = groups["Service Desk"], groups["Technical Support"]
    dialog = opened(window, qtbot)
    assert dialog.layoutDirection() == expected_direction(lang)
    offered = {dialog.action.itemData(r) for r in range(dialog.action.count())}
    # The only first-line queue: nowhere to pass it on to within the tier.
    assert EscalationKind.UP.value in offered
    assert EscalationKind.FUNCTIONAL.value not in offered
    assert dialog.action.itemText(0) == action_label(dialog.action.itemData(0))
    choose(dialog.action, EscalationKind.UP.value)
    choose(dialog.target, technical.id)

    # No reason, no note: both refused beside their fields; the choices stay.
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["reason"].isVisible() and not dialog.busy, timeout=5_000)
    assert dialog.errors["note"].isVisible()
    type_text(dialog.note, "Router replaced; still down")
    # Kept on disk as it is typed: a crash now would lose nothing.
    qtbot.waitUntil(lambda: desk.drafts.load(draft_name(ticket_id)) is not None, timeout=5_000)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["reason"].isVisible() and not dialog.busy, timeout=5_000)
    assert dialog.note.toPlainText() == "Router replaced; still down"
    assert dialog.target.currentData() == technical.id
    assert the_ticket(desk).group_id == service_desk.id

    choose(dialog.reason, Reason.SPECIALIST.value)
    choose(dialog.priority, int(Priority.CRITICAL))  # due times move with it
    effect_shown(dialog, qtbot)
    shown_effect = dialog.effect
    assert dialog.effect_label.text()
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog), timeout=5_000)

    ticket = the_ticket(desk)
    assert (ticket.group_id, ticket.tier) == (technical.id, 2)
    assert desk.drafts.load(draft_name(ticket_id)) is None  # saved: the draft is let go
    with desk.db.reading() as session:
        clocks = sla_clock.clocks_for(session, ticket_id)
        kinds = session.scalars(
            select(TicketJournal.kind).where(TicketJournal.ticket_id == ticket_id)
        ).all()
    assert "escalated" in kinds
    # The effect shown before confirming is the one applied.
    assert shown_effect is not None
    due = {c.target.value: c.due_at for c in clocks.clocks}
    assert shown_effect.priority_after == int(Priority.CRITICAL) == ticket.priority
    assert any(c.before != c.after for c in shown_effect.changes)
    for change in shown_effect.changes:
        assert due.get(change.target) == change.after

    # The reading pane says it in words: the banner and the timeline.
    detail = window.detail
    qtbot.waitUntil(lambda: detail.escalation.isVisible(), timeout=5_000)
    banner = detail.escalation.text()
    assert "Router replaced; still down" in banner
    assert reason_phrase(Reason.SPECIALIST.value) in banner
    assert (service_desk.name_ar if lang == "ar" else service_desk.name) in banner
    timeline = "\n".join(detail.timeline.item(r).text() for r in range(detail.timeline.count()))
    assert "Router replaced; still down" in timeline
    assert "escalated" not in timeline and ticket_id not in timeline

    # Returned to the first line with instructions.
    back = opened(window, qtbot)
    choose(back.action, EscalationKind.RETURNED.value)
    choose(back.target, service_desk.id)
    choose(back.reason, Reason.OTHER.value)
    type_text(back.note, "Reset the modem first")
    effect_shown(back, qtbot)
    back.save()
    qtbot.waitUntil(lambda: closed(back), timeout=5_000)
    ticket = the_ticket(desk)
    assert (ticket.group_id, ticket.tier) == (service_desk.id, 1)
    qtbot.waitUntil(lambda: "Reset the modem first" in detail.escalation.text(), timeout=5_000)
    desk.tasks.wait()


def test_refusals_keep_everything_typed(desk, window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    one_ticket(desk, window, qtbot, "Technical Support")
    groups = queues(desk)
    dialog = opened(window, qtbot)
    # The same queue (a stale choice): refused beside the target.
    choose(dialog.action, EscalationKind.FUNCTIONAL.value)
    dialog.target.addItem("Technical Support", groups["Technical Support"].id)
    dialog.target.setCurrentIndex(dialog.target.count() - 1)
    choose(dialog.reason, Reason.COMPLAINT.value)
    type_text(dialog.note, "Customer is angry")
    dialog.save()
    qtbot.waitUntil(
        lambda: dialog.errors["to_queue"].isVisible() and not dialog.busy, timeout=5_000
    )
    assert dialog.note.toPlainText() == "Customer is angry"
    assert dialog.reason.currentData() == Reason.COMPLAINT.value
    # A queue the person may not use: a lower tier without the right to return.
    set_role(desk, Role.SENIOR_AGENT)
    dialog.action.addItem("x", EscalationKind.RETURNED.value)
    dialog.action.setCurrentIndex(dialog.action.count() - 1)
    dialog.target.addItem("Service Desk", groups["Service Desk"].id)
    dialog.target.setCurrentIndex(dialog.target.count() - 1)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.message.isVisible() and not dialog.busy, timeout=5_000)
    assert dialog.errors.message.text()
    assert dialog.note.toPlainText() == "Customer is angry"
    assert the_ticket(desk).group_id == groups["Technical Support"].id
    # Closed by mistake: the draft brings it all back.
    dialog.reject()
    assert desk.drafts.load(draft_name(the_ticket(desk).id))
    set_role(desk, Role.ADMIN)
    again = opened(window, qtbot)
    assert again.note.toPlainText() == "Customer is angry"
    assert again.reason.currentData() == Reason.COMPLAINT.value
    again.reject()
    desk.tasks.wait()


def test_a_lead_asked_for_attention_sees_it_in_escalated_to_me(  # type: ignore[no-untyped-def]
    desk, window, qtbot, lang
) -> None:
    ticket_id = one_ticket(desk, window, qtbot, mine=True)  # a senior agent's own ticket
    lead_id = new_id()
    set_role(desk, Role.SENIOR_AGENT)
    with desk.db.writing() as session:
        session.add(
            User(
                id=lead_id,
                username="noura",
                display_name="Noura",
                role=Role.TEAM_LEAD.value,
                branch_id=desk.ctx.branch_id,
                updated_at=desk.ctx.stamp(session),
                version=1,
                origin_client_id=desk.ctx.client_id,
                created_at=desk.ctx.now(),
            )
        )
    RightsGate.of(desk).reload()
    dialog = opened(window, qtbot)
    choose(dialog.action, EscalationKind.HIERARCHICAL.value)
    choose(dialog.target, lead_id)
    choose(dialog.reason, Reason.CUSTOMER_ASKED.value)
    type_text(dialog.note, "Wants a call from a lead")
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog), timeout=5_000)
    ticket = the_ticket(desk)
    assert ticket.group_id == queues(desk)["Service Desk"].id  # it did not move
    with desk.db.reading() as session:
        latest = escalation.latest_escalation(session, ticket_id)
    assert latest is not None and latest.to_user_id == lead_id
    # Noura takes the desk: her "Escalated to me" view counts it and lists it.
    desk.ctx.actor = Actor(lead_id, "Noura")
    window._person_changed(lead_id, "Noura")
    window.update_counts()
    title = view_title(View("escalated_to_me"))
    qtbot.waitUntil(
        lambda: any(
            window.navigator.item(r).text() == f"{title}  ({number(1)})"
            for r in range(window.navigator.count())
        ),
        timeout=5_000,
    )
    # ... and is reminded once.
    heard: list[str] = []
    window.notifier.notified.connect(lambda _text, ticket: heard.append(ticket))
    window.notifier.check()
    qtbot.waitUntil(lambda: heard == [ticket_id], timeout=5_000)
    window.notifier.check()
    qtbot.wait(300)
    assert heard == [ticket_id]
    window.show_view("escalated_to_me")
    qtbot.waitUntil(lambda: window.list_panel.current_ticket_id() == ticket_id, timeout=5_000)
    qtbot.waitUntil(lambda: window.detail.escalation.isVisible(), timeout=5_000)
    assert "Wants a call from a lead" in window.detail.escalation.text()
    desk.tasks.wait()


def test_a_level_1_person_has_no_escalate_and_ctrl_e_opens_it(  # type: ignore[no-untyped-def]
    desk, window, qtbot, lang
) -> None:
    one_ticket(desk, window, qtbot, mine=True)
    set_role(desk, Role.INTAKE)
    assert not window.escalate_action.isVisible()
    shown = {a.objectName() for a in window.ticket_menu.actions() if a.isVisible()}
    assert "escalateAction" not in shown
    set_role(desk, Role.SENIOR_AGENT)
    assert window.escalate_action.isVisible()
    for start in (window.list_panel.table, window.detail.status):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        start.setFocus()
        QTest.keyClick(start, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.findChild(EscalationDialog) is not None, timeout=5_000)
        dialog = window.findChild(EscalationDialog)
        assert isinstance(dialog, EscalationDialog)
        qtbot.waitUntil(lambda d=dialog: d.action.count() > 0, timeout=5_000)
        dialog.reject()
        qtbot.waitUntil(lambda: window.findChild(EscalationDialog) is None, timeout=5_000)
    desk.tasks.wait()


def test_a_ticket_not_yours_disables_escalate_and_says_why(  # type: ignore[no-untyped-def]
    desk, window, qtbot, lang
) -> None:
    one_ticket(desk, window, qtbot, "Technical Support")  # nobody's, in a queue not mine
    set_role(desk, Role.SENIOR_AGENT)
    window.detail.reload()
    qtbot.waitUntil(lambda: not window.escalate_action.isEnabled(), timeout=5_000)
    assert window.escalate_action.isVisible()
    assert window.escalate_action.toolTip()  # the reason, in the person's language
    assert window.escalate_ticket() is None
    desk.tasks.wait()


def test_inform_the_customer_by_letter_opens_a_follow_up_letter(  # type: ignore[no-untyped-def]
    desk, window, qtbot, lang
) -> None:
    """ "Inform the customer" may also write to them: once the escalation is
    saved, the letter opens on the ticket from the follow-up template."""
    from desk_app.services.letter_templates import LetterKind
    from desk_app.ui.letter_dialog import LetterDialog

    one_ticket(desk, window, qtbot)
    technical = queues(desk)["Technical Support"]
    dialog = opened(window, qtbot)
    assert not dialog.letter.isEnabled()  # a letter only with the customer informed
    dialog.inform.setChecked(True)
    assert dialog.letter.isEnabled()
    dialog.letter.setChecked(True)
    dialog.inform.setChecked(False)
    assert not dialog.letter.isChecked() and not dialog.letter.isEnabled()
    dialog.inform.setChecked(True)
    dialog.letter.setChecked(True)
    choose(dialog.action, EscalationKind.UP.value)
    choose(dialog.target, technical.id)
    choose(dialog.reason, Reason.SPECIALIST.value)
    type_text(dialog.note, "Needs the network team")
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog), timeout=5_000)
    letters = [d for d in window.findChildren(LetterDialog) if d.isVisible()]
    assert len(letters) == 1
    letter = letters[0]
    qtbot.waitUntil(lambda: letter.facts is not None, timeout=10_000)
    chosen = letter.chosen()
    assert chosen is not None and chosen.kind is LetterKind.FOLLOW_UP
    assert letter.layoutDirection() == expected_direction(lang)
    letter.reject()

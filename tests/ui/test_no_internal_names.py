"""No screen shows an internal name: a ticket with every kind of history entry
(created, each editable field changed, a call-back, a link, a merge, a
contact, a note), its changes waiting in the outbox and its conflicts, read
in ar and en. Every visible text of the timeline, the outbox and the conflict
screens is scanned for snake_case keys and UUIDs; changes read old to new the
way the line reads; a linked ticket reads as its number."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desk_app.models import OutboxOp, Status, SyncConflict
from desk_app.services import contacts, links, tickets
from desk_app.services.ids import new_id
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.sync.conflicts import (
    discard_rejected,
    list_conflicts,
    list_outbox,
    resolve_conflict,
    retry_rejected,
)
from desk_app.ui import labels
from desk_app.ui.catalogue_source import current_catalogue
from desk_app.ui.describe import DescribeCounts, duration_text
from desk_app.ui.sync_conflicts_dialog import ConflictsDialog
from desk_app.ui.sync_outbox_dialog import OutboxDialog
from desk_app.ui.ticket_detail_panel import TicketDetailPanel
from tests.ui.screen_text import internal_names, visible_texts


@dataclass
class Story:
    main: str  # ids
    linked: str
    merged: str
    numbers: dict[str, str]  # number by id


def tell_the_story(desk) -> Story:  # type: ignore[no-untyped-def]
    """One ticket through a working week, written through the services."""
    current_catalogue(desk.settings)  # extra fields are named from it
    ctx = desk.ctx
    ref = desk.reference
    with desk.db.writing() as s:
        main = create_ticket(
            s, ctx, IntakeForm(subject="Printer jams", customer_name="Hind", category="hardware")
        )
        linked = create_ticket(s, ctx, IntakeForm(subject="Second printer", customer_name="Hind"))
        merged = create_ticket(s, ctx, IntakeForm(subject="Printer again", customer_name="Hind"))
        t = main.id
        for changes in (
            {"subject": "Printer jams on every page"},
            {"description": "Since Monday."},
            {"channel": "email"},
            {"priority": 2},
            {"status": Status.WAITING_CUSTOMER.value},
            {"group_id": ref.groups[0].id},
            {"group_id": ref.groups[-1].id},
            {"assignee_id": ref.users[0].id},
            {"equipment_location": "Floor 2"},
            {"account_ref": "ACC-1"},
            {"licence_ref": "LIC-1"},
            {"product_ref": "HP-4000"},
            {"complaint": True},
            {
                "custom_fields": json.dumps(
                    {"device_type": "printer", "printer_fault": "paper_jam", "model": "LJ"}
                )
            },
            {"resolution_cause": "Worn roller"},
            {"solution": "Roller replaced."},
            {"category": "software"},
        ):
            tickets.change_fields(s, ctx, t, changes)
        tickets.change_fields(s, ctx, t, {"satisfaction": 4}, channel="phone")
        contacts.schedule_follow_up(s, ctx, t, ctx.now() + timedelta(days=2), every_days=2)
        contacts.log_contact(
            s,
            ctx,
            t,
            contacts.ContactForm("Technician on Tuesday", "phone", "outbound", duration_s=270),
        )
        links.link_tickets(s, ctx, t, linked.id)
        links.merge_tickets(s, ctx, merged.id, t)
        tickets.add_note(s, ctx, t, "The customer prefers mornings.")
        # One refused change, so the reason column shows too.
        op = s.execute(select(OutboxOp).order_by(OutboxOp.client_seq.desc())).scalars().first()
        op.state, op.error = "rejected", "branch_not_allowed"
        moment = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)
        for field, mine, theirs in (
            ("follow_up_every_days", 2, 3),
            ("assignee_id", ref.users[0].id, None),
            ("group_id", ref.groups[0].id, ref.groups[-1].id),
            ("merged_into_id", linked.id, None),
            ("complaint", True, False),
            ("status", "waiting_customer", "waiting_third_party"),
            ("follow_up_next_at", moment.isoformat(), (moment + timedelta(hours=3)).isoformat()),
            ("custom_fields", '{"printer_fault": "paper_jam"}', '{"printer_fault": "no_print"}'),
            ("description", "Since Monday.", "Since Tuesday."),
        ):
            s.add(
                SyncConflict(
                    id=new_id(),
                    op_id=new_id(),
                    entity="ticket",
                    entity_id=t,
                    field=field,
                    mine=json.dumps(mine),
                    theirs=json.dumps(theirs),
                    mine_hlc="000000000000002-00000-mine",
                    theirs_hlc="000000000000003-00000-theirs",
                    kept="theirs",
                    created_at=moment,
                    resolution="",
                )
            )
    numbers = {c.id: c.number for c in (main, linked, merged)}
    return Story(main.id, linked.id, merged.id, numbers)


def timeline_texts(desk, qtbot, ticket_id: str) -> tuple[TicketDetailPanel, list[str]]:  # type: ignore[no-untyped-def]
    panel = TicketDetailPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    panel.show_ticket(ticket_id)
    qtbot.waitUntil(lambda: panel.ticket is not None and panel.ticket.id == ticket_id)
    items = [panel.timeline.item(i).text() for i in range(panel.timeline.count())]
    return panel, items


def test_the_timeline_shows_words_not_names(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    story = tell_the_story(desk)
    panel, items = timeline_texts(desk, qtbot, story.main)
    assert len(items) > 20
    assert internal_names(visible_texts(panel)) == []
    rtl = lang == "ar"
    everything = "\n".join(items)
    for ticket_id in (story.linked, story.merged):
        assert ticket_id not in everything
        assert story.numbers[ticket_id] in everything, "a linked ticket reads as its number"

    # Old to new, the arrow pointing the way the line reads.
    status = next(i for i in items if labels.field_label("status") + ":" in i)
    expected = labels.change_text(
        labels.status_label("new"), labels.status_label("waiting_customer"), rtl
    )
    assert expected in status
    assert ("←" in status) == rtl and ("→" in status) == (not rtl)
    complaint = next(i for i in items if labels.field_label("complaint") + ":" in i)
    no, yes = (QCoreApplication.translate("Describe", w) for w in ("No", "Yes"))
    assert labels.change_text(no, yes, rtl) in complaint

    # A call-back's rhythm in words, a contact's channel, direction and length.
    assert any(DescribeCounts().every_days(2) in i for i in items)
    contact = next(i for i in items if "Technician on Tuesday" in i)
    assert labels.channel_label("phone") in contact
    assert duration_text(270) in contact
    assert DescribeCounts().minutes(4) in duration_text(270)

    # The merged ticket's own history names the survivor by its number.
    panel, merged_items = timeline_texts(desk, qtbot, story.merged)
    assert internal_names(visible_texts(panel)) == []
    survivor = next(i for i in merged_items if labels.field_label("merged_into_id") in i)
    assert story.numbers[story.main] in survivor


def test_the_outbox_shows_words_not_names(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    story = tell_the_story(desk)
    dialog = OutboxDialog(
        desk,
        lambda s: list_outbox(s),
        lambda s, _ctx, seq: retry_rejected(s, seq),
        discard_rejected,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() > 20)
    texts = visible_texts(dialog)
    assert internal_names(texts) == []
    changes = [dialog.model.text(e, 2) for e in dialog.model.entries]
    assert any(story.numbers[story.linked] in c for c in changes), "links name the number"
    rtl = lang == "ar"
    expected = labels.change_text(
        labels.status_label("new"), labels.status_label("waiting_customer"), rtl
    )
    assert any(expected in c for c in changes), "an edit reads old to new"
    assert dialog.reason.isVisible() and internal_names([dialog.reason.text()]) == []


def test_the_conflicts_show_words_not_names(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    story = tell_the_story(desk)
    dialog = ConflictsDialog(desk, lambda s: list_conflicts(s), resolve_conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.count() == 9)
    seen = []
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        texts = visible_texts(dialog)
        assert internal_names(texts) == [], dialog.current().field
        seen.append("\n".join(texts))
    merged = next(
        t for t, c in zip(seen, dialog.conflicts, strict=True) if c.field == "merged_into_id"
    )
    assert story.numbers[story.linked] in merged, "a ticket reads as its number"
    every = next(
        t for t, c in zip(seen, dialog.conflicts, strict=True) if c.field == "follow_up_every_days"
    )
    assert DescribeCounts().every_days(3) in every

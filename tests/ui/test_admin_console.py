"""The administration console in ar and en: only the pages a person's rights
allow (and no menu entry at all without one), the rights page (save, reset,
the administrator's own right kept), the queues page's bad input on every
field, the audit viewer's filters and its CSV, and no internal name anywhere."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desk_app.models import AuditEntry, Branch, DeskGroup, OutboxOp, Role
from desk_app.services import messages as m
from desk_app.services import teams
from desk_app.services.audit import AuditKind, record
from desk_app.services.ids import new_id
from desk_app.services.messages import FieldError
from desk_app.services.permissions import Right, RightsTable
from desk_app.services.queues import QUEUE_NAME_TAKEN
from desk_app.services.rights_store import load_rights
from desk_app.ui import admin_audit_page, labels
from desk_app.ui.admin_audit_page import AuditPage
from desk_app.ui.admin_console import AdminConsole, open_console
from desk_app.ui.admin_queues_page import QueuesPage
from desk_app.ui.admin_rights_page import RightsPage
from desk_app.ui.admin_words import kind_label
from desk_app.ui.main_window import MainWindow
from tests.ui.conftest import expected_direction
from tests.ui.screen_text import internal_names, visible_texts
from tests.ui.walk import set_role

ALL_PAGES = ["rights", "queues", "people", "catalogue", "templates", "mail", "levels", "audit"]


def _console(desk, qtbot, role: Role = Role.ADMIN) -> AdminConsole:  # type: ignore[no-untyped-def]
    set_role(desk, role)
    console = open_console(desk)
    assert console is not None
    qtbot.addWidget(console)
    qtbot.waitExposed(console)
    return console


def _idle(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk.tasks.wait()
    qtbot.wait(10)
    desk.tasks.wait()


@pytest.mark.parametrize(
    ("role", "pages"),
    [
        (Role.ADMIN, ALL_PAGES),
        (Role.SUPERVISOR, ["queues", "catalogue", "templates"]),
        (Role.TEAM_LEAD, []),
        (Role.AGENT, []),
    ],
)
def test_the_console_shows_only_what_the_role_may_use(desk, qtbot, lang, role, pages):  # type: ignore[no-untyped-def]
    set_role(desk, role)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.admin_action in file_menu.actions()
    assert window.admin_action.isVisible() is bool(pages)
    console = window.open_admin_console()
    if not pages:
        assert console is None  # no entry, and no way in by the key either
        desk.tasks.wait()
        return
    assert isinstance(console, AdminConsole)
    qtbot.waitExposed(console)
    assert console.page_keys() == pages
    assert console.layoutDirection() == expected_direction(lang)
    # The page list is on the start side: the right in Arabic.
    list_x = console.pages_list.mapTo(console, console.pages_list.rect().center()).x()
    stack_x = console.stack.mapTo(console, console.stack.rect().center()).x()
    assert (list_x > stack_x) is (lang == "ar")
    assert window.open_admin_console() is console  # one console, brought forward
    _idle(desk, qtbot)
    console.close()


def test_rights_page_saves_resets_and_keeps_the_admins_right(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    console = _console(desk, qtbot)
    page = console.show_page("rights")
    assert isinstance(page, RightsPage)
    qtbot.waitUntil(lambda: page.version_label.text() != "")
    assert page.current().grants == RightsTable.sfia().grants
    # Headers are the levels' names in the user's language.
    header = page.table.horizontalHeaderItem(5).text()
    assert header == labels.role_label(Role.ADMIN)

    page.set_checked(Right.RESOLVE, Role.AGENT, False)
    page.set_checked(Right.KB_WRITE, Role.AGENT, True)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.version == 1)
    with desk.db.reading() as session:
        saved = load_rights(session)
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == AuditKind.RIGHTS_CHANGED.value)
        ).all()
    assert saved.version == 1
    assert not saved.allows(Role.AGENT, Right.RESOLVE)
    assert saved.allows(Role.AGENT, Right.KB_WRITE)
    assert len(audited) == 1
    assert "1" in page.version_label.text() or "١" in page.version_label.text()

    # The administrator's right to change rights cannot be cleared.
    page.set_checked(Right.EDIT_RIGHTS, Role.ADMIN, False)
    assert page.is_checked(Right.EDIT_RIGHTS, Role.ADMIN)
    assert page.message.isVisible() and page.message.text() == page.locked_message()

    page.reset_button.click()
    assert page.current().grants == RightsTable.sfia().grants
    page.save_button.click()
    qtbot.waitUntil(lambda: page.version == 2)
    with desk.db.reading() as session:
        assert load_rights(session).grants == RightsTable.sfia().grants
    _idle(desk, qtbot)


def test_a_page_refuses_when_the_right_went_away(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    """The console opened with the right; the role changed since: the save
    is refused with the reason in the user's language, nothing written."""
    console = _console(desk, qtbot)
    page = console.show_page("rights")
    qtbot.waitUntil(lambda: page.version_label.text() != "")
    set_role(desk, Role.SUPERVISOR)
    page.save_button.click()
    expected = QCoreApplication.translate("Permissions", "Your role may not change rights.")
    qtbot.waitUntil(lambda: page.message.text() == expected)
    with desk.db.reading() as session:
        assert load_rights(session).version == 0
    _idle(desk, qtbot)


def _queues_page(desk, qtbot) -> tuple[AdminConsole, QueuesPage]:  # type: ignore[no-untyped-def]
    console = _console(desk, qtbot)
    page = console.show_page("queues")
    assert isinstance(page, QueuesPage)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 4)
    return console, page


def _said(page: QueuesPage, field: str) -> str:
    label = page.errors[field]
    return label.text() if label.isVisibleTo(page) else ""


def _text(message: str, **params: int) -> str:
    return labels.error_text(FieldError("", message, dict(params)))


def test_queue_bad_input_on_every_field(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    _keep, page = _queues_page(desk, qtbot)
    page.start_new()
    page.save_button.click()
    required = _text(m.REQUIRED)
    qtbot.waitUntil(lambda: _said(page, "name") == required)
    assert _said(page, "name_ar") == required
    assert _said(page, "tier") == _text(m.BAD_CHOICE)
    assert page.name.accessibleDescription() == required  # the field is marked
    assert "border" in page.name.styleSheet()

    # Duplicates after trimming, in any case, in the same branch (all branches).
    page.name.setText("  service   DESK ")
    page.name_ar.setText(" مكتب  الخدمة ")
    page.tier.setCurrentIndex(page.tier.findData(1))
    assert _said(page, "name") == ""  # a changed field loses its message
    page.save_button.click()
    taken = _text(QUEUE_NAME_TAKEN)
    qtbot.waitUntil(lambda: _said(page, "name") == taken)
    assert _said(page, "name_ar") == taken
    assert _said(page, "tier") == ""

    page.name.setText("x" * 201)
    page.name_ar.setText("دعم الشبكات")
    page.save_button.click()
    qtbot.waitUntil(lambda: _said(page, "name") == _text(m.TOO_LONG, length=201, limit=200))

    # A branch that went away after the list was read.
    with desk.db.writing() as session:
        gone = Branch(
            id=new_id(),
            code="GONE",
            name="Gone",
            updated_at=desk.ctx.stamp(session),
            origin_client_id=desk.ctx.client_id,
            created_at=desk.ctx.now(),
            deleted_at=desk.ctx.now(),
        )
        session.add(gone)
    page.branch.addItem("Gone", gone.id)
    page.branch.setCurrentIndex(page.branch.count() - 1)
    page.name.setText("Network Support")
    page.save_button.click()
    qtbot.waitUntil(lambda: _said(page, "branch_id") == _text(m.UNKNOWN_REFERENCE))
    with desk.db.reading() as session:
        assert (
            session.scalars(select(DeskGroup).where(DeskGroup.name == "Network Support")).all()
            == []
        )

    # Put right, it is saved, listed and chosen; then renamed in place.
    page.branch.setCurrentIndex(0)
    page.tier.setCurrentIndex(page.tier.findData(2))
    page.save_button.click()
    qtbot.waitUntil(lambda: any(q.name == "Network Support" for q in page.data.queues))
    qtbot.waitUntil(lambda: page.queue_id is not None and page.name.text() == "Network Support")
    page.name_ar.setText("دعم الشبكة")
    page.save_button.click()
    qtbot.waitUntil(lambda: any(q.name_ar == "دعم الشبكة" for q in page.data.queues))
    with desk.db.reading() as session:
        rows = session.scalars(select(DeskGroup).where(DeskGroup.name == "Network Support")).all()
        assert [(r.name_ar, r.tier) for r in rows] == [("دعم الشبكة", 2)]
        kinds = session.scalars(select(AuditEntry.kind)).all()
    assert kinds.count(AuditKind.QUEUE_CHANGED.value) == 2
    qtbot.waitUntil(lambda: any(g.name == "Network Support" for g in desk.reference.groups))
    _idle(desk, qtbot)


def _story(desk) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Entries of several kinds, people, branches and days."""
    ctx = desk.ctx
    now = datetime.now(UTC)
    other_branch = new_id()
    with desk.db.writing() as session:
        session.add(
            Branch(
                id=other_branch,
                code="JED",
                name="Jeddah",
                name_ar="جدة",
                updated_at=ctx.stamp(session),
                origin_client_id=ctx.client_id,
                created_at=now,
            )
        )
        record(
            session,
            ctx,
            AuditKind.QUEUE_CHANGED,
            "الدعم الفني",
            {
                "before": {"name_ar": "الدعم", "tier": 1, "branch_id": None},
                "after": {"name_ar": "الدعم الفني", "tier": 2, "branch_id": ctx.branch_id},
            },
        )
        record(
            session,
            replace(ctx, now=lambda: now - timedelta(days=3)),
            AuditKind.REFUSED,
            "",
            {"right": Right.SET_PRIORITY_1.value, "reason": "Your role may not change rights."},
            actor=("someone-else", "Hind"),
        )
        record(
            session,
            replace(ctx, branch_id=other_branch, now=lambda: now - timedelta(days=10)),
            AuditKind.SIGN_IN_FAILED,
            "agent7",
            {"role": Role.SENIOR_AGENT.value, "user_id": ctx.actor.user_id},
            actor=(None, "agent7"),
        )
    return {"other_branch": other_branch}


def _audit_page(desk, qtbot) -> tuple[AdminConsole, AuditPage]:  # type: ignore[no-untyped-def]
    console = _console(desk, qtbot)
    page = console.show_page("audit")
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: page.who.count() > 1 and page.table.rowCount() > 0)
    return console, page


def _kinds(page: AuditPage) -> list[str]:
    return [line.kind for line in page.lines]


def _apply(page: AuditPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = page.lines
    page.lines = []
    page.show_button.click()
    qtbot.waitUntil(
        lambda: (page.lines is not before and page.lines != []) or page.table.rowCount() == 0
    )
    page.desk.tasks.wait()
    qtbot.wait(10)


def test_audit_viewer_filters(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    story = _story(desk)
    _keep, page = _audit_page(desk, qtbot)
    assert _kinds(page) == ["queue_changed", "refused", "sign_in_failed"]  # newest first
    assert page.table.item(0, 3).text() == kind_label("queue_changed")

    page.what.setCurrentIndex(page.what.findData(AuditKind.REFUSED.value))
    _apply(page, qtbot)
    assert _kinds(page) == ["refused"]

    page.what.setCurrentIndex(0)
    page.who.setCurrentIndex(page.who.findData(desk.ctx.actor.user_id))
    _apply(page, qtbot)
    assert _kinds(page) == ["queue_changed"]

    page.who.setCurrentIndex(0)
    page.branch.setCurrentIndex(page.branch.findData(story["other_branch"]))
    _apply(page, qtbot)
    assert _kinds(page) == ["sign_in_failed"]
    assert page.table.item(0, 2).text() == ("جدة" if lang == "ar" else "Jeddah")

    page.branch.setCurrentIndex(0)
    page.since.set_moment(datetime.now(UTC) - timedelta(days=5))
    _apply(page, qtbot)
    assert _kinds(page) == ["queue_changed", "refused"]
    page.until.set_moment(datetime.now(UTC) - timedelta(days=1))
    _apply(page, qtbot)
    assert _kinds(page) == ["refused"]
    _idle(desk, qtbot)


def test_audit_csv_keeps_arabic_and_is_audited(desk, qtbot, lang, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    _story(desk)
    _keep, page = _audit_page(desk, qtbot)
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(admin_audit_page, "choose_csv_path", lambda _p, _s: str(target))
    page.export_button.click()
    qtbot.waitUntil(lambda: "exported" in _kinds(page))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == page.header()
    assert len(rows) == 1 + 3
    assert rows[1][4] == "الدعم الفني"
    assert "الدعم الفني" in rows[1][5]
    assert rows[1][3] == kind_label("queue_changed")
    with desk.db.reading() as session:
        (exported,) = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == AuditKind.EXPORTED.value)
        ).all()
    assert exported.subject == "audit.csv" and json.loads(exported.detail) == {"rows": 3}
    _idle(desk, qtbot)


def test_no_internal_names_on_any_page(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    _story(desk)
    console = _console(desk, qtbot)
    audit = console.show_page("audit")
    assert isinstance(audit, AuditPage)
    qtbot.waitUntil(lambda: audit.table.rowCount() == 3)
    queues = console.show_page("queues")
    assert isinstance(queues, QueuesPage)
    qtbot.waitUntil(lambda: queues.table.rowCount() >= 4)
    queues.table.selectRow(0)
    rights = console.show_page("rights")
    assert isinstance(rights, RightsPage)
    qtbot.waitUntil(lambda: rights.version_label.text() != "")
    for key in console.page_keys():
        console.show_page(key)
        texts = visible_texts(console)
        if key == "rights":
            table = rights.table
            texts += [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
        assert internal_names(texts) == [], key
    # Details read as words: a person's name for an id, the role's name.
    details = [audit.table.item(r, 5).text() for r in range(3)]
    assert labels.role_label(Role.SENIOR_AGENT) in details[2]
    assert "Agent One" in details[2]
    _idle(desk, qtbot)


def test_a_queues_team_is_built_on_its_page(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    """Add the person at the desk to a queue's team and take them out again:
    the list, the synced rows and their outbox ops follow; nobody may be added
    twice (the person added leaves the choice)."""
    _keep, page = _queues_page(desk, qtbot)
    page.table.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: page.queue_id is not None)
    queue_id = page.queue_id
    me = desk.ctx.actor.user_id
    qtbot.waitUntil(lambda: page.joiner.findData(me) >= 0)
    assert not page.remove_member_button.isEnabled()  # no member chosen
    page.joiner.setCurrentIndex(page.joiner.findData(me))
    page.add_member_button.click()
    qtbot.waitUntil(lambda: page.members.count() == 1 and page.joiner.findData(me) < 0)
    with desk.db.reading() as session:
        assert teams.member_queues(session, me) == {queue_id}
        ops = session.scalars(select(OutboxOp).where(OutboxOp.entity == "queue_member")).all()
        assert len(ops) == 1
    page.members.setCurrentRow(0)
    assert page.remove_member_button.isEnabled()
    page.remove_member_button.click()
    qtbot.waitUntil(lambda: page.joiner.findData(me) >= 0)
    with desk.db.reading() as session:
        assert teams.member_queues(session, me) == frozenset()
    assert internal_names(visible_texts(page)) == []

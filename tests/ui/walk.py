"""Every window of the desk, opened the way the agent opens it, one at a time
(for the checks that hold on every screen: accelerators, Tab)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QWidget
from sqlalchemy import update

from desk_app.models import Role, User
from desk_app.ui.desk import Desk
from desk_app.ui.main_window import MainWindow
from desk_app.ui.settings_dialog import SettingsDialog


def set_role(desk: Desk, role: Role) -> None:
    """Give the person at the desk ``role`` (what desk-admin or the console does)."""
    with desk.db.writing() as session:
        session.execute(
            update(User).where(User.id == desk.ctx.actor.user_id).values(role=role.value)
        )


def _administration(window: MainWindow) -> QWidget | None:
    """The console as an administrator sees it: every page."""
    set_role(window.desk, Role.ADMIN)
    return window.open_admin_console()


def _article_viewer(window: MainWindow) -> QWidget:
    """What the intake opens for a suggested article (a sample one here)."""
    from datetime import UTC, datetime

    from desk_app.services.knowledge import Article, ArticleStatus
    from desk_app.ui.article_reader import ArticleViewer

    sample = Article(
        id="sample",
        title_ar="الطابعة لا تطبع",
        title_en="The printer does not print",
        body_ar="أطفئ الطابعة ثم شغّلها.",
        body_en="Switch the printer off and on.",
        category="hardware",
        keywords="",
        status=ArticleStatus.PUBLISHED,
        author_id=None,
        author_name="",
        reviewer_id=None,
        review_on=None,
        used=0,
        updated_at=datetime.now(UTC),
    )
    return ArticleViewer(sample, window)


def window_openers(window: MainWindow) -> list[tuple[str, Callable[[], QWidget | None]]]:
    """What opens each window, from the main window with a ticket selected.
    A new dialog of the desk is added here, and every check walks it."""
    sync = window.sync
    openers: list[tuple[str, Callable[[], QWidget | None]]] = [
        ("main window", lambda: window),
        ("intake", window.new_ticket),
        ("contact", window.log_contact),
        ("resolve", window.resolve_ticket),
        ("escalate", window.escalate_ticket),
        ("tiers at a glance", window.open_tier_glance),
        ("supervisor's dashboard", window.open_dashboard),
        ("related", window.open_related),
        ("assign", lambda: window.change_selected("assignee_id")),
        ("set status", lambda: window.change_selected("status")),
        ("set priority", lambda: window.change_selected("priority")),
        ("view name", window.save_view_as),
        ("my queues", window.choose_my_queues),
        ("settings", lambda: SettingsDialog(window.desk.settings, window)),
        ("sync sign-in", sync.open_sign_in),
        ("outbox", sync.open_outbox),
        ("conflicts", sync.open_conflicts),
        ("switch user", window.desk_lock.switch_user),
        ("lock", window.desk_lock.lock),
        ("administration", lambda: _administration(window)),
        ("knowledge", window.knowledge.open_knowledge),
        ("article editor", lambda: window.knowledge.open_knowledge().open_editor(None)),
        ("article viewer", lambda: _article_viewer(window)),
        ("letter", window.letters.write_letter),
        ("memo", window.letters.write_memo),
        ("letter register", window.letters.open_register),
        ("record incoming letter", lambda: window.letters.open_register().record_incoming()),
    ]
    keyboard_help = getattr(window, "open_keyboard_help", None)
    if keyboard_help is not None:
        openers.append(("keyboard help", keyboard_help))
    return openers


def open_every_window(window: MainWindow, qtbot) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    """Each window in turn, shown; a dialog is closed once the caller is done."""
    for name, opener in window_openers(window):
        top = opener()
        assert top is not None, f"{name} did not open"
        top.show()
        qtbot.waitExposed(top)
        yield top
        if top is not window:
            top.close()

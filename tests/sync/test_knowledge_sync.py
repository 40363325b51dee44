"""Knowledge base articles between desks and the server: an article written
and published on one desk is suggested on another after sync; the server
refuses (and audits) what a desk's person may not do to an article."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from desk_app.models import KbArticle, OpKind, OutboxOp
from desk_app.server.schema import audit
from desk_app.services import journal
from desk_app.services import knowledge as kb
from desk_app.services.audit import AuditKind
from desk_app.services.intake import IntakeForm
from desk_app.services.permissions import Right
from desk_app.sync.status import SyncState
from tests.sync.harness import Server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]

PRINTER = kb.ArticleDraft(
    id=None,
    title_ar="الطابعة لا تطبع",
    title_en="The printer does not print",
    body_ar="أعد تشغيل الطابعة.",
    body_en="Restart the printer.",
    category="hardware",
    keywords="toner",
    review_on=None,
)


def _tampered_publish(desk: Desk, article_id: str) -> None:
    """What a desk whose own check was skipped would queue: the article published."""
    with desk.db.writing() as session:
        row = session.get(KbArticle, article_id)
        assert row is not None
        hlc = desk.ctx.stamp(session)
        payload = {"status": {"old": row.status, "new": "published"}}
        row.status, row.updated_at = "published", hlc
        journal.queue_op(
            session, desk.ctx, "kb_article", row.id, OpKind.UPDATE, payload, row.version, hlc
        )


def _refusals(server: Server) -> list[tuple[str, str | None]]:
    with server.app.state.db.reading() as conn:
        return [(r.kind, r.actor_id) for r in conn.execute(select(audit.c.kind, audit.c.actor_id))]


def test_an_article_published_on_one_desk_is_suggested_on_another(
    server: Server, make_desk: MakeDesk
) -> None:
    one = make_desk("one", station="1", username="agent1")
    two = make_desk("two", station="2", username="agent2")
    first, second = server.engine_for(one, "agent1"), server.engine_for(two, "agent2")
    assert first.sync_once().state is SyncState.SYNCED
    with one.db.writing() as session:
        article = kb.save_article(session, one.ctx, PRINTER)
        kb.publish(session, one.ctx, article.id)
    status = first.sync_once()
    assert (status.state, status.pending, status.rejected) == (SyncState.SYNCED, 0, 0)
    assert second.sync_once().state is SyncState.SYNCED
    with two.db.reading() as session:
        found = kb.suggest(session, "بالطابعة", "ar")
        assert [s.id for s in found] == [article.id]
        copy = kb.get_article(session, article.id)
    assert copy.status is kb.ArticleStatus.PUBLISHED
    assert first.identity is not None
    assert copy.author_id == copy.reviewer_id == first.identity.user_id

    # Retired on the second desk, it is no longer suggested on the first.
    with two.db.writing() as session:
        kb.retire(session, two.ctx, article.id)
    assert second.sync_once().rejected == 0
    first.sync_once()
    with one.db.reading() as session:
        assert kb.suggest(session, "printer", "en") == []
        assert kb.search_articles(session, "printer", statuses=frozenset(kb.ArticleStatus))


def test_a_use_counted_on_two_offline_desks_adds_up(server: Server, make_desk: MakeDesk) -> None:
    one = make_desk("one", station="1", username="agent1")
    two = make_desk("two", station="2", username="agent2")
    first, second = server.engine_for(one, "agent1"), server.engine_for(two, "agent2")
    with one.db.writing() as session:
        article = kb.publish(session, one.ctx, kb.save_article(session, one.ctx, PRINTER).id)
    first.sync_once()
    second.sync_once()
    for desk in (one, two):
        with desk.db.writing() as session:
            kb.solved_by_article(
                session,
                desk.ctx,
                IntakeForm(subject="الطابعة لا تطبع", customer_name="Ahmad"),
                article.id,
            )
    for engine in (first, second, first, second):
        assert engine.sync_once().rejected == 0
    for desk in (one, two):
        with desk.db.reading() as session:
            assert kb.get_article(session, article.id).used == 2


def test_a_level_2_desk_may_not_publish(server: Server, make_desk: MakeDesk) -> None:
    server.add_user("agent3", ["HQ"], role="agent")
    lead = make_desk("lead", station="1", username="agent1")
    lead_engine = server.engine_for(lead, "agent1")
    with lead.db.writing() as session:
        article = kb.save_article(session, lead.ctx, PRINTER)
    lead_engine.sync_once()
    desk = make_desk("a", station="2", username="agent3")
    engine = server.engine_for(desk, "agent3")
    engine.sync_once()
    _tampered_publish(desk, article.id)
    status = engine.sync_once()
    assert status.rejected == 1
    with desk.db.reading() as session:
        (op,) = session.scalars(select(OutboxOp)).all()
    assert op.error == f"not_permitted:{Right.KB_PUBLISH.value}"
    with server.app.state.db.reading() as conn:
        stored = conn.execute(select(KbArticle.__table__.c.status)).scalars().all()
    assert stored == ["draft"]
    who = engine.identity.user_id if engine.identity else None
    assert (AuditKind.REFUSED.value, who) in _refusals(server)


def test_a_writer_may_write_but_not_publish(server: Server, make_desk: MakeDesk) -> None:
    server.add_user("writer", ["HQ"], role="senior_agent")
    desk = make_desk("a", station="1", username="writer")
    engine = server.engine_for(desk, "writer")
    engine.sync_once()
    with desk.db.writing() as session:
        article = kb.save_article(session, desk.ctx, PRINTER)
    assert engine.sync_once().rejected == 0
    _tampered_publish(desk, article.id)
    assert engine.sync_once().rejected == 1
    with server.app.state.db.reading() as conn:
        stored = conn.execute(select(KbArticle.__table__.c.status)).scalars().all()
    assert stored == ["draft"]

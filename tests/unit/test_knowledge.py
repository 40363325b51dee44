"""The knowledge base: articles written, published, suggested and used."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select

from desk_app.models import (
    AuditEntry,
    DeskGroup,
    JournalKind,
    OutboxOp,
    Role,
    Status,
    Ticket,
    TicketJournal,
    Tier,
    User,
)
from desk_app.services import knowledge as kb
from desk_app.services.context import Actor, WriteContext
from desk_app.services.ids import new_id
from desk_app.services.messages import NotFound, ValidationFailed
from desk_app.services.permissions import SFIA_DEFAULTS, PermissionDenied, Right
from desk_app.storage.db import Database
from tests.unit.helpers import FTS_NASTY, form

PRINTER = kb.ArticleDraft(
    id=None,
    title_ar="الطابعة لا تطبع",
    title_en="The printer does not print",
    body_ar="تأكد من توصيل الطابعة.\n\n- أعد تشغيل الطابعة\n- اطبع صفحة اختبار",
    body_en="Check the printer is plugged in.\n\n- Restart the printer\n- Print a test page",
    category="hardware",
    keywords="طباعة printing paper jam",
    review_on=None,
)
EMAIL = kb.ArticleDraft(
    id=None,
    title_ar="",
    title_en="Email does not arrive",
    body_en="Check the junk folder first.",
    body_ar="",
    category="software",
    keywords="outlook mail",
    review_on=None,
)


def published(db: Database, ctx: WriteContext, draft: kb.ArticleDraft = PRINTER) -> kb.Article:
    with db.writing() as session:
        article = kb.save_article(session, ctx, draft)
        return kb.publish(session, ctx, article.id)


def person(db: Database, ctx: WriteContext, role: Role) -> WriteContext:
    with db.writing() as session:
        user = User(
            id=new_id(),
            username=f"p-{role.value}",
            display_name=role.value,
            role=role.value,
            branch_id=ctx.branch_id,
            updated_at=ctx.stamp(session),
            version=1,
            origin_client_id=ctx.client_id,
            created_at=ctx.now(),
        )
        session.add(user)
    return dataclasses.replace(ctx, actor=Actor(user.id, role.value))


def test_a_new_article_is_a_draft_with_its_author_and_an_outbox_op(
    db: Database, ctx: WriteContext
) -> None:
    with db.writing() as session:
        article = kb.save_article(session, ctx, PRINTER)
    assert article.status is kb.ArticleStatus.DRAFT
    assert article.author_id == ctx.actor.user_id
    assert article.author_name == ctx.actor.name
    assert article.reviewer_id is None and article.used == 0
    with db.reading() as session:
        ops = session.execute(select(OutboxOp).where(OutboxOp.entity == "kb_article")).scalars()
        (op,) = list(ops)
        assert op.kind == "insert" and op.entity_id == article.id
        assert json.loads(op.payload)["title_ar"] == "الطابعة لا تطبع"
        assert kb.get_article(session, article.id) == article


def test_drafts_are_not_suggested_until_published(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        article = kb.save_article(session, ctx, PRINTER)
    with db.reading() as session:
        assert kb.suggest(session, "printer", "en") == []
    with db.writing() as session:
        done = kb.publish(session, ctx, article.id)
    assert done.status is kb.ArticleStatus.PUBLISHED and done.reviewer_id == ctx.actor.user_id
    with db.reading() as session:
        assert [s.id for s in kb.suggest(session, "printer", "en")] == [article.id]
    with db.writing() as session:
        kb.retire(session, ctx, article.id)
    with db.reading() as session:
        assert kb.suggest(session, "printer", "en") == []


@pytest.mark.parametrize(
    "typed",
    [
        "الطابعة لا تطبع",
        "الطَّابِعَة",
        "والطابعة",
        "بالطابعة",
        "طابعه",
        "الطابعه",
        "ﺍﻟﻄﺎﺑﻌﺔ",
        "the printer does not print",
        "The Printer",
        "my printer doesn't print",
        "print",
    ],
)
def test_the_printer_article_is_suggested_whatever_the_spelling(
    db: Database, ctx: WriteContext, typed: str
) -> None:
    printer = published(db, ctx)
    published(db, ctx, EMAIL)
    with db.reading() as session:
        found = kb.suggest(session, typed, "ar")
    assert found and found[0].id == printer.id
    assert found[0].title == "الطابعة لا تطبع" and found[0].score > 0


@pytest.mark.parametrize("form_", ["أ", "إ", "آ", "ا"])
def test_alef_forms_find_each_other(db: Database, ctx: WriteContext, form_: str) -> None:
    draft = dataclasses.replace(
        PRINTER, title_ar="إعادة ضبط كلمة المرور", title_en="", body_en="", keywords=""
    )
    article = published(db, ctx, draft)
    with db.reading() as session:
        assert [s.id for s in kb.suggest(session, f"{form_}عادة ضبط", "ar")] == [article.id]


@pytest.mark.parametrize("ending", ["ة", "ه"])
def test_ta_marbuta_and_ha_find_each_other(db: Database, ctx: WriteContext, ending: str) -> None:
    draft = dataclasses.replace(PRINTER, title_ar="مشكلة الشبكة", title_en="", body_en="")
    article = published(db, ctx, draft)
    with db.reading() as session:
        assert kb.suggest(session, f"الشبك{ending}", "ar")[0].id == article.id


def test_titles_and_keywords_rank_before_the_body(db: Database, ctx: WriteContext) -> None:
    in_body = published(
        db, ctx, dataclasses.replace(EMAIL, body_en="Unlike the scanner, mail needs a server.")
    )
    in_title = published(
        db, ctx, dataclasses.replace(EMAIL, title_en="Scanner jams", body_en="Open the lid.")
    )
    with db.reading() as session:
        assert [s.id for s in kb.suggest(session, "scanner", "en")] == [in_title.id, in_body.id]


def test_a_suggestion_falls_back_to_the_other_language(db: Database, ctx: WriteContext) -> None:
    article = published(db, ctx, EMAIL)
    with db.reading() as session:
        (found,) = kb.suggest(session, "email", "ar")
    assert found.id == article.id and found.title == "Email does not arrive"
    assert found.snippet == "Check the junk folder first."


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=FTS_NASTY)
def test_hostile_input_never_breaks_suggestions_or_search(
    db: Database, ctx: WriteContext, typed: str
) -> None:
    with db.reading() as session:
        kb.suggest(session, typed, "en")
        kb.search_articles(session, typed)


def test_search_needs_every_word_and_filters_by_category_and_status(
    db: Database, ctx: WriteContext
) -> None:
    printer = published(db, ctx)
    with db.writing() as session:
        draft = kb.save_article(session, ctx, EMAIL)
    with db.reading() as session:
        assert [a.id for a in kb.search_articles(session, "printer test page")] == [printer.id]
        assert kb.search_articles(session, "printer email") == []
        assert kb.search_articles(session, "printer", category="software") == []
        assert kb.search_articles(session, "email") == []
        every = frozenset(kb.ArticleStatus)
        assert [a.id for a in kb.search_articles(session, "email", statuses=every)] == [draft.id]
        assert {a.id for a in kb.search_articles(session, "", statuses=every)} == {
            printer.id,
            draft.id,
        }
        assert [a.id for a in kb.search_articles(session, "", category="hardware")] == [printer.id]


def test_an_edit_is_reindexed_and_queued_as_an_update(db: Database, ctx: WriteContext) -> None:
    article = published(db, ctx)
    with db.writing() as session:
        changed = kb.save_article(
            session,
            ctx,
            dataclasses.replace(PRINTER, id=article.id, title_en="Toner is empty", keywords=""),
        )
    assert changed.title_en == "Toner is empty" and changed.status is kb.ArticleStatus.PUBLISHED
    with db.reading() as session:
        assert [s.id for s in kb.suggest(session, "toner", "en")] == [article.id]
        assert kb.search_articles(session, "paper jam") == []
        last = (
            session.execute(
                select(OutboxOp)
                .where(OutboxOp.entity == "kb_article")
                .order_by(OutboxOp.client_seq.desc())
            )
            .scalars()
            .first()
        )
    assert last is not None and last.kind == "update"
    assert set(json.loads(last.payload)) == {"title_en", "keywords"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title_ar": "", "title_en": "", "body_ar": "", "body_en": ""}, "title"),
        ({"title_ar": "", "body_ar": "", "body_en": ""}, "body"),
        ({"title_ar": "", "title_en": "", "body_ar": ""}, "title"),
        ({"body_en": ""}, "body"),
        ({"title_en": ""}, "title"),
        ({"title_en": "x" * 301}, "title"),
        ({"body_ar": "x" * 64_001}, "body"),
        ({"keywords": "x" * 501}, "keywords"),
        ({"title_ar": "a\x00b"}, "title"),
        ({"category": "no-such-category"}, "category"),
        ({"review_on": date(2000, 1, 1)}, "review_on"),
    ],
)
def test_bad_drafts_are_refused_on_their_field(
    db: Database, ctx: WriteContext, changes: dict[str, object], field: str
) -> None:
    draft = dataclasses.replace(PRINTER, **changes)  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed) as refused, db.writing() as session:
        kb.save_article(session, ctx, draft)
    assert field in {e.field for e in refused.value.errors}
    with db.reading() as session:
        assert kb.search_articles(session, "", statuses=frozenset(kb.ArticleStatus)) == []


def test_an_article_may_exist_in_one_language(db: Database, ctx: WriteContext) -> None:
    only_ar = dataclasses.replace(PRINTER, title_en="", body_en="", review_on=date.today())
    with db.writing() as session:
        assert kb.save_article(session, ctx, only_ar).title_en == ""


@pytest.mark.parametrize("role", list(Role))
def test_writing_and_publishing_follow_the_rights(
    db: Database, ctx: WriteContext, role: Role
) -> None:
    article = published(db, ctx)
    acting = person(db, ctx, role)
    may_write = Right.KB_WRITE in SFIA_DEFAULTS[role]
    may_publish = Right.KB_PUBLISH in SFIA_DEFAULTS[role]
    assert may_write == (role not in (Role.INTAKE, Role.AGENT))
    assert may_publish == (role in (Role.SUPERVISOR, Role.ADMIN))
    if may_write:
        with db.writing() as session:
            kb.save_article(session, acting, EMAIL)
    else:
        with pytest.raises(PermissionDenied), db.writing() as session:
            kb.save_article(session, acting, EMAIL)
    for action in (kb.retire, kb.publish):
        if may_publish:
            with db.writing() as session:
                action(session, acting, article.id)
        else:
            with pytest.raises(PermissionDenied), db.writing() as session:
                action(session, acting, article.id)
    with db.reading() as session:
        refusals = session.execute(
            select(AuditEntry.detail).where(AuditEntry.kind == "refused")
        ).scalars()
        actions = {json.loads(d)["action"] for d in refusals}
    expected = set() if may_write else {"save_article"}
    if not may_publish:
        expected |= {"publish_article", "retire_article"}
    assert actions == expected


def test_a_writer_who_may_not_publish_sends_an_edited_article_back_to_review(
    db: Database, ctx: WriteContext
) -> None:
    article = published(db, ctx)
    writer = person(db, ctx, Role.SENIOR_AGENT)
    with db.writing() as session:
        edited = kb.save_article(
            session, writer, dataclasses.replace(PRINTER, id=article.id, keywords="toner")
        )
    assert edited.status is kb.ArticleStatus.DRAFT
    assert edited.author_id == ctx.actor.user_id  # the author stays who wrote it


def test_solved_by_article_is_a_tier0_resolution_at_first_contact(
    db: Database, ctx: WriteContext
) -> None:
    article = published(db, ctx)
    with db.writing() as session:
        ticket_id = kb.solved_by_article(session, ctx, form(subject="الطابعة لا تطبع"), article.id)
    with db.reading() as session:
        ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
        assert ticket.status == Status.RESOLVED.value
        assert ticket.assignee_id == ctx.actor.user_id
        assert ticket.closed_at is not None
        entries = session.execute(
            select(TicketJournal).where(TicketJournal.ticket_id == ticket_id)
        ).scalars()
        used = [e for e in entries if e.kind == JournalKind.ARTICLE_USED.value]
        assert [(e.new_value, e.body) for e in used] == [(article.id, "الطابعة لا تطبع")]
        assert kb.get_article(session, article.id).used == 1
        day = timedelta(days=1)
        now = ctx.now()
        assert kb.tier_zero_resolutions(session, now - day, now + day) == 1
        assert kb.tier_zero_resolutions(session, now + day, now + 2 * day) == 0
        ops = {
            op.entity
            for op in session.execute(select(OutboxOp)).scalars()
            if op.entity_id == ticket_id or op.entity == "ticket_journal"
        }
    assert {"ticket", "ticket_journal"} <= ops


def test_only_a_published_article_answers_a_call(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        draft = kb.save_article(session, ctx, PRINTER)
    with pytest.raises(ValidationFailed), db.writing() as session:
        kb.solved_by_article(session, ctx, form(), draft.id)
    with pytest.raises(NotFound), db.writing() as session:
        kb.solved_by_article(session, ctx, form(), new_id())
    with db.reading() as session:
        assert session.execute(select(Ticket.id)).first() is None


def test_an_intake_person_may_not_resolve_with_an_article(db: Database, ctx: WriteContext) -> None:
    article = published(db, ctx)
    intake = person(db, ctx, Role.INTAKE)
    with pytest.raises(PermissionDenied), db.writing() as session:
        kb.solved_by_article(session, intake, form(), article.id)
    with db.reading() as session:
        assert session.execute(select(Ticket.id)).first() is None


def test_a_draft_is_written_from_a_resolved_ticket(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        from desk_app.services.intake import create_ticket
        from desk_app.services.tickets import write_changes

        made = create_ticket(
            session,
            ctx,
            form(subject="الطابعة لا تطبع", description="تظهر رسالة خطأ", category="hardware"),
            None,
        )
        write_changes(
            session,
            ctx,
            made.id,
            {"status": "resolved", "resolution_cause": "x", "solution": "أعيد تشغيل الطابعة"},
        )
        draft = kb.draft_from_ticket(session, made.id)
    assert draft.id is None and draft.title_ar == "الطابعة لا تطبع" and draft.title_en == ""
    assert draft.body_ar == "تظهر رسالة خطأ\n\nأعيد تشغيل الطابعة"
    assert draft.category == "hardware"
    with db.writing() as session:
        assert kb.save_article(session, ctx, draft).status is kb.ArticleStatus.DRAFT


def test_reviews_due_are_the_owners_articles_whose_day_has_come(
    db: Database, ctx: WriteContext
) -> None:
    today = date.today()
    with db.writing() as session:
        due = kb.save_article(session, ctx, dataclasses.replace(PRINTER, review_on=today))
        kb.save_article(
            session, ctx, dataclasses.replace(EMAIL, review_on=today + timedelta(days=3))
        )
        kb.save_article(session, ctx, dataclasses.replace(EMAIL, title_en="No date"))
    other = person(db, ctx, Role.SUPERVISOR)
    with db.reading() as session:
        assert [a.id for a in kb.reviews_due(session, ctx, today)] == [due.id]
        assert len(kb.reviews_due(session, ctx, today + timedelta(days=3))) == 2
        assert kb.reviews_due(session, other, today + timedelta(days=30)) == []


@pytest.mark.parametrize("typed", ["the", "لا", "بال", "ال", "   "])
def test_nothing_is_suggested_before_a_meaningful_word(
    db: Database, ctx: WriteContext, typed: str
) -> None:
    published(db, ctx)
    with db.reading() as session:
        assert kb.suggest(session, typed, "ar") == []


@pytest.mark.parametrize("typed", ["الطابعة لا ت", "الطابعة لا تط", "the printer d", "printer "])
def test_a_word_being_typed_does_not_hide_the_article(
    db: Database, ctx: WriteContext, typed: str
) -> None:
    printer = published(db, ctx)
    published(db, ctx, EMAIL)
    with db.reading() as session:
        assert kb.suggest(session, typed, "en")[0].id == printer.id


def test_an_article_with_every_word_in_its_title_comes_first(
    db: Database, ctx: WriteContext
) -> None:
    # bm25 alone could put a short article with one of the words first.
    one_word = published(db, ctx, dataclasses.replace(EMAIL, title_en="Printer", keywords=""))
    both = published(
        db,
        ctx,
        dataclasses.replace(
            EMAIL, title_en="Printer toner smudges on the printed page", keywords=""
        ),
    )
    with db.reading() as session:
        found = [s.id for s in kb.suggest(session, "printer toner", "en")]
    assert found == [both.id, one_word.id]


def test_with_a_tier0_queue_the_ticket_is_tier0_by_its_queue(
    db: Database, ctx: WriteContext
) -> None:
    article = published(db, ctx)
    with db.writing() as session:
        queue = DeskGroup(
            id=new_id(),
            name="Self-service",
            name_ar="الخدمة الذاتية",
            tier=int(Tier.SELF_SERVICE),
            branch_id=ctx.branch_id,
            updated_at=ctx.stamp(session),
            version=1,
            origin_client_id=ctx.client_id,
            created_at=ctx.now(),
        )
        session.add(queue)
        session.flush()
        ticket_id = kb.solved_by_article(session, ctx, form(), article.id)
        ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
        assert (ticket.group_id, ticket.tier) == (queue.id, 0)

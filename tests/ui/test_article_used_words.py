"""A ticket solved by a knowledge base article reads, in its history, as
answered by that article (its title), never as the article's id."""

from __future__ import annotations

from desk_app.services import knowledge as kb
from desk_app.services.intake import IntakeForm
from desk_app.ui import labels
from tests.ui.screen_text import internal_names, visible_texts
from tests.ui.test_no_internal_names import timeline_texts

PRINTER = kb.ArticleDraft(
    id=None,
    title_ar="الطابعة لا تطبع",
    title_en="",
    body_ar="أعد تشغيل الطابعة.",
    body_en="",
    category="",
    keywords="",
    review_on=None,
)


def test_the_timeline_names_the_article_by_its_title(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    with desk.db.writing() as session:
        article = kb.publish(session, desk.ctx, kb.save_article(session, desk.ctx, PRINTER).id)
        ticket_id = kb.solved_by_article(
            session, desk.ctx, IntakeForm(subject="لا تطبع", customer_name="هند"), article.id
        )
    panel, items = timeline_texts(desk, qtbot, ticket_id)
    everything = "\n".join(items)
    assert article.id not in everything
    line = next(i for i in items if labels.journal_kind_label("article_used") in i)
    assert "الطابعة لا تطبع" in line
    assert internal_names(visible_texts(panel)) == []

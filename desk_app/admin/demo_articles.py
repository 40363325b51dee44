"""A few knowledge articles for a demo desk (the suggestions beside the
intake and the knowledge window have something to show), published by the
desk's administrator through the knowledge service like any other, and,
like the demo tickets, not queued for a server."""

from __future__ import annotations

from sqlalchemy import delete, select

from desk_app.models import OutboxOp
from desk_app.models.knowledge import KbArticle
from desk_app.services.context import WriteContext
from desk_app.services.knowledge import ArticleDraft, publish, save_article
from desk_app.storage.db import Database

ARTICLES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "hardware",
        "الطابعة لا تطبع",
        "The printer does not print",
        "تأكد من أن الطابعة موصولة بالكهرباء وبالشبكة، وأن فيها ورقًا.\n\n"
        "- أطفئ الطابعة وانتظر عشر ثوانٍ ثم شغّلها\n"
        "- احذف المهام العالقة من قائمة الطباعة\n"
        "- اطبع صفحة اختبار\n\n"
        "إذا بقيت المشكلة فاذكر طراز الطابعة ورقمها التسلسلي في التذكرة.\n\n"
        "Drivers: https://support.example.com/printers",
        "Check that the printer has power, a network cable and paper.\n\n"
        "- Switch the printer off, wait ten seconds, switch it on\n"
        "- Delete the stuck jobs from the print queue\n"
        "- Print a test page\n\n"
        "If it still does not print, note the model and serial number in the ticket.\n\n"
        "Drivers: https://support.example.com/printers",
    ),
    (
        "network",
        "الشبكة الافتراضية الخاصة تنقطع",
        "The VPN keeps disconnecting",
        "أغلق برنامج الشبكة الافتراضية وافتحه من جديد، ثم تأكد من أن ساعة الجهاز صحيحة.",
        "Quit the VPN client and start it again, then check that the computer's clock is right.",
    ),
    (
        "access.password",
        "نسيت كلمة المرور",
        "I forgot my password",
        "تحقق من هوية المتصل برقم الهوية الوطنية، ثم أرسل له رابط إعادة التعيين.\n\n"
        "لا تُملِ كلمة مرور على الهاتف أبدًا.",
        "Check the caller's identity with their national ID, then send a reset link.\n\n"
        "Never read a password out on the phone.",
    ),
    (
        "billing",
        "مبلغ الفاتورة غير صحيح",
        "The invoice shows the wrong amount",
        "قارن الفاتورة بالعقد وبآخر دفعة، ثم حوّل التذكرة إلى قائمة انتظار المالية.",
        "Compare the invoice with the contract and the last payment, then route the ticket "
        "to the finance queue.",
    ),
)


def add_demo_articles(db: Database, ctx: WriteContext) -> int:
    """Publish the demo articles on a desk that has none; returns how many."""
    with db.writing() as session:
        if session.execute(select(KbArticle.id).limit(1)).first() is not None:
            return 0
        for category, title_ar, title_en, body_ar, body_en in ARTICLES:
            draft = ArticleDraft(
                id=None,
                title_ar=title_ar,
                title_en=title_en,
                body_ar=body_ar,
                body_en=body_en,
                category=category,
                keywords="",
                review_on=None,
            )
            article = publish(session, ctx, save_article(session, ctx, draft).id)
            # Demo rows are written as if already synced, like the tickets:
            # nothing of them waits in the outbox.
            session.execute(delete(OutboxOp).where(OutboxOp.entity_id == article.id))
    return len(ARTICLES)

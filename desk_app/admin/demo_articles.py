"""Knowledge base articles of the demo data: a few answers in Arabic and
English (one in Arabic only, one still a draft), so the suggestions beside
intake, the knowledge window and the /kb page have something to show.

Written as demo tickets are: local rows with no outbox ops (demo data never
travels to a server).
"""

from __future__ import annotations

from sqlalchemy import select

from desk_app.models import KbArticle
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.storage.db import Database

# (title_ar, title_en, body_ar, body_en, category, keywords, status)
ARTICLES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    (
        "الطابعة لا تطبع",
        "The printer does not print",
        "تأكد أن الطابعة موصولة بالكهرباء والشبكة.\n\n"
        "- أعد تشغيل الطابعة\n- أزل الورق العالق\n- اطبع صفحة اختبار",
        "Check the printer has power and is on the network.\n\n"
        "- Restart the printer\n- Clear any paper jam\n- Print a test page",
        "hardware",
        "طباعة ورق حبر printing paper toner",
        "published",
    ),
    (
        "نسيت كلمة المرور",
        "I forgot my password",
        "يمكنك إعادة تعيين كلمة المرور من صفحة الدخول.\n\n"
        "- اختر «نسيت كلمة المرور»\n- أدخل بريدك\n- اتبع الرابط المرسل إليك",
        "You can reset your password from the sign-in page.\n\n"
        "- Choose “Forgot password”\n- Enter your email\n- Follow the link we send you",
        "access.password",
        "دخول حساب مقفل login locked account",
        "published",
    ),
    (
        "الاتصال بالشبكة الافتراضية الخاصة لا يعمل",
        "The VPN does not connect",
        "تحقق من اتصالك بالإنترنت أولاً، ثم أعد تشغيل برنامج الاتصال.",
        "Check your internet connection first, then restart the VPN client.",
        "network",
        "vpn شبكة اتصال عن بعد remote",
        "published",
    ),
    (
        "اعتراض على فاتورة",
        "Disputing an invoice",
        "أرسل رقم الفاتورة وسبب الاعتراض، وسنرد خلال يومي عمل.",
        "Send the invoice number and the reason; we answer within two working days.",
        "billing",
        "فاتورة مبلغ رسوم billing charge",
        "published",
    ),
    (
        "البريد الإلكتروني لا يصل",
        "",
        "راجع مجلد الرسائل غير المرغوب فيها، ثم تأكد من عنوان المرسل.",
        "",
        "software",
        "بريد outlook",
        "published",
    ),
    (
        "",
        "Replacing a laptop battery",
        "",
        "Draft: the steps differ by model; to be checked by the hardware team.",
        "hardware",
        "battery laptop",
        "draft",
    ),
)


def add_articles(db: Database, ctx: WriteContext) -> int:
    """Add the demo articles to a database that has none; how many were added."""
    with db.writing() as session:
        if session.execute(select(KbArticle.id).limit(1)).first() is not None:
            return 0
        hlc, now = ctx.stamp(session), ctx.now()
        for title_ar, title_en, body_ar, body_en, category, keywords, status in ARTICLES:
            session.add(
                KbArticle(
                    id=new_id(),
                    title_ar=title_ar,
                    title_en=title_en,
                    body_ar=body_ar,
                    body_en=body_en,
                    category=category,
                    keywords=keywords,
                    status=status,
                    author_id=ctx.actor.user_id,
                    author_name=ctx.actor.name,
                    reviewer_id=ctx.actor.user_id if status == "published" else None,
                    review_on="",
                    updated_at=hlc,
                    version=1,
                    origin_client_id=ctx.client_id,
                    created_at=now,
                )
            )
    return len(ARTICLES)

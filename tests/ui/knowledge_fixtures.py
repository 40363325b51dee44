"""Articles written through the knowledge service, for the UI tests."""

from __future__ import annotations

from datetime import date

from desk_app.services.knowledge import Article, ArticleDraft, publish, save_article
from desk_app.ui.desk import Desk

PRINTER_BODY_AR = (
    "تأكد من أن الطابعة موصولة بالكهرباء وأن الورق في مكانه.\n\n"
    "- أطفئ الطابعة وانتظر عشر ثوانٍ\n"
    "- شغّلها من جديد\n\n"
    "Printer driver: https://example.org/drivers"
)
PRINTER_BODY_EN = (
    "Check that the printer is plugged in and has paper.\n\n"
    "- Switch the printer off and wait ten seconds\n"
    "- Switch it on again\n\n"
    "Drivers: https://example.org/drivers"
)


def write_article(
    desk: Desk,
    *,
    title_ar: str = "",
    title_en: str = "",
    body_ar: str = "",
    body_en: str = "",
    category: str = "hardware",
    keywords: str = "",
    review_on: date | None = None,
    published: bool = True,
) -> Article:
    with desk.db.writing() as session:
        draft = ArticleDraft(
            id=None,
            title_ar=title_ar,
            title_en=title_en,
            body_ar=body_ar,
            body_en=body_en,
            category=category,
            keywords=keywords,
            review_on=review_on,
        )
        article = save_article(session, desk.ctx, draft)
        if published:
            article = publish(session, desk.ctx, article.id)
        return article


def printer_article(desk: Desk) -> Article:
    return write_article(
        desk,
        title_ar="الطابعة لا تطبع",
        title_en="The printer does not print",
        body_ar=PRINTER_BODY_AR,
        body_en=PRINTER_BODY_EN,
        keywords="طابعة, printer, paper",
    )


def other_articles(desk: Desk) -> list[Article]:
    return [
        write_article(
            desk,
            title_ar="الشبكة الافتراضية تنقطع",
            title_en="The VPN keeps disconnecting",
            body_ar="أعد تشغيل برنامج الشبكة الافتراضية.",
            body_en="Restart the VPN client.",
            category="network",
            keywords="vpn",
        ),
        write_article(
            desk,
            title_en="Printer toner is low (draft)",
            body_en="Order toner from the supplies office.",
            published=False,
        ),
    ]

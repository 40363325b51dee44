"""The letter register of the demo data: letters, faxes and e-mails received
on written-channel tickets (some answered, some waiting, some overdue), a few
sent, and memos; and the letter details (title, language, postal address) of
most demo customers, so the register, the replies due and the letter dialog
have something to show.

Written as demo tickets are: local rows with no outbox ops (demo data never
travels to a server). References come from the station's own series.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_app.models import Customer, RegisterEntry, Ticket
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.services.register import next_reference, reply_due_at
from desk_app.storage.db import Database

LETTERS = 40  # incoming items at most
_AR_TITLES = ("الأستاذ", "الأستاذة", "الدكتور", "المهندس", "")
_EN_TITLES = ("Mr", "Ms", "Dr", "Eng.", "")
_CITIES = (("الرياض", "11461"), ("جدة", "21442"), ("الدمام", "31411"), ("القاهرة", "11511"))


def add_letters(db: Database, ctx: WriteContext, seed: int = 7) -> int:
    """Add the demo register to a database that has none; how many entries."""
    rng = random.Random(seed)
    with db.writing() as session:
        if session.execute(select(RegisterEntry.id).limit(1)).first() is not None:
            return 0
        _letter_details(session, rng)
        tickets = session.execute(
            select(Ticket.id, Ticket.subject, Ticket.channel, Ticket.customer_id, Ticket.created_at)
            .where(Ticket.channel.in_(("letter", "fax", "email")), Ticket.deleted_at.is_(None))
            .order_by(Ticket.created_at.desc())
            .limit(LETTERS)
        ).all()
        hlc, now = ctx.stamp(session), ctx.now()
        # Every entry planned first, then numbered in date order, as a
        # register kept day by day is.
        planned: list[dict[str, object]] = []
        for index, ticket in enumerate(tickets):
            # Received a little after the ticket; the newest ones still wait.
            at = min(ticket.created_at + timedelta(minutes=rng.randint(5, 90)), now)
            language = "ar" if rng.random() < 0.7 else "en"
            received_id = new_id()
            planned.append(
                {
                    "id": received_id,
                    "direction": "incoming",
                    "channel": ticket.channel,
                    "at": at,
                    "customer_id": ticket.customer_id,
                    "ticket_id": ticket.id,
                    "subject": ticket.subject,
                    "language": language,
                    "their_reference": (
                        f"{rng.randint(100, 999)}/{rng.randint(1, 99)}" if index % 3 else ""
                    ),
                    "reply_due_at": reply_due_at(session, ctx.branch_id, at),
                }
            )
            if index >= 6 and rng.random() < 0.8:
                prefix = "رد: " if language == "ar" else "Re: "
                planned.append(
                    {
                        "id": new_id(),
                        "direction": "outgoing",
                        "channel": ticket.channel,
                        "at": min(at + timedelta(hours=rng.randint(2, 40)), now),
                        "customer_id": ticket.customer_id,
                        "ticket_id": ticket.id,
                        "subject": prefix + ticket.subject,
                        "language": language,
                        "template_id": "follow-up",
                        "in_reply_to_id": received_id,
                    }
                )
        for department, subject in (
            ("قسم الفوترة", "مراجعة فواتير مكررة"),
            ("الإدارة العامة", "تقرير الشكاوى الأسبوعي"),
            ("Network team", "Recurring VPN outages"),
        ):
            planned.append(
                {
                    "id": new_id(),
                    "direction": "internal",
                    "channel": "memo",
                    "at": now - timedelta(days=rng.randint(1, 20)),
                    "subject": subject,
                    "language": "en" if department.isascii() else "ar",
                    "template_id": "internal-memo",
                    "addressee": department,
                }
            )
        planned.sort(key=lambda values: values["at"])  # type: ignore[arg-type,return-value]
        # Parents first where two share a time: a reply never precedes its letter.
        for values in planned:
            at = values["at"]
            assert isinstance(at, datetime)
            session.add(
                RegisterEntry(
                    reference=next_reference(session, ctx.number_prefix, at.year),
                    branch_id=ctx.branch_id,
                    body="",
                    handler_id=ctx.actor.user_id,
                    handler_name=ctx.actor.name,
                    updated_at=hlc,
                    version=1,
                    origin_client_id=ctx.client_id,
                    created_at=now,
                    **values,
                )
            )
            session.flush()
    return len(planned)


def _letter_details(session: Session, rng: random.Random) -> None:
    """Titles, languages and postal addresses of two demo customers in three."""
    ids = session.execute(select(Customer.id, Customer.name).order_by(Customer.id)).all()
    for number, (customer_id, name) in enumerate(ids):
        if number % 3 == 2:
            continue
        arabic = not name.isascii()
        city, code = rng.choice(_CITIES)
        session.execute(
            update(Customer)
            .where(Customer.id == customer_id)
            .values(
                title=rng.choice(_AR_TITLES if arabic else _EN_TITLES),
                language="ar" if arabic else "en",
                postal_address=f"ص.ب {rng.randint(100, 99999)}\n{city} {code}",
            )
        )

"""Is this call about a problem the desk already has open?

While the agent types the subject, the open tickets of the same customer or
the same asset are compared with it; those that look alike are offered, and
the call can be logged on one of them instead of opening a second ticket.

Similarity is word based and Arabic aware: both subjects are folded with the
search normaliser (harakat, tatweel, alef/ya/ta marbuta variants, digits),
the article and the one-letter words fused with it are dropped ("الطابعة",
"بالطابعة" and "طابعة" are one word), filler words are ignored, and words
that differ by a letter or an ending still count ("print" / "printer").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Channel, Direction, JournalKind, Status, Ticket
from desk_app.models.tickets import NOTE_MAX
from desk_app.services import journal
from desk_app.services import messages as m
from desk_app.services.acting import require_right
from desk_app.services.context import WriteContext
from desk_app.services.messages import FieldError, NotFound, ValidationFailed
from desk_app.services.permissions import Right
from desk_app.services.text import normalise
from desk_app.services.validation import check_text

# Offered from this score on (0…1); a word typed halfway already counts.
MIN_SCORE = 0.5
# Two words are the same word from this likeness on (typos, endings).
WORD_LIKENESS = 0.8
CANDIDATES_MAX = 5
# How many of the customer's / asset's open tickets are compared, newest first.
SCANNED_MAX = 200

OPEN_STATUSES = tuple(s.value for s in Status if s.is_open)

_WORD = re.compile(r"\w+", re.UNICODE)
# The article with the one-letter words that fuse with it (wa-, fa-, bi-, ka-, li-).
_ARTICLE = re.compile(r"^(?:[وف]?(?:ال|بال|كال|لل))(?=\w{2,})")
# Words that say nothing about the problem, in their normalised form.
_FILLER = frozenset(
    {
        # Arabic (normalised: ى→ي, ة→ه, أ/إ/آ→ا)
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "لا",
        "ما",
        "لم",
        "لن",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "او",
        "ان",
        "عند",
        "بعد",
        "قبل",
        "كل",
        "غير",
        "يوجد",
        "مشكله",
        # Saying something is broken says nothing about what is.
        "تعمل",
        "يعمل",
        "تشتغل",
        "يشتغل",
        "معطل",
        "معطله",
        "عطل",
        # English
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "not",
        "no",
        "does",
        "doesn",
        "do",
        "don",
        "t",
        "to",
        "in",
        "on",
        "of",
        "for",
        "and",
        "or",
        "with",
        "my",
        "our",
        "it",
        "at",
        "from",
        "cannot",
        "can",
        "problem",
        "issue",
        "work",
        "works",
        "working",
        "broken",
        # Polish
        "nie",
        "się",
        "sie",
        "w",
        "na",
        "z",
        "i",
        "działa",
    }
)


@dataclass(frozen=True)
class DuplicateCandidate:
    id: str
    number: str
    subject: str
    status: str
    customer_name: str
    last_activity_at: datetime
    score: float
    same_customer: bool
    same_asset: bool


@dataclass(frozen=True)
class LoggedContact:
    ticket_id: str
    number: str
    entry_id: str


def words(text: str) -> tuple[str, ...]:
    """The words of a subject that carry its meaning, folded for comparison."""
    found: list[str] = []
    for word in _WORD.findall(normalise(text)):
        bare = _ARTICLE.sub("", word)
        if len(bare) < 2 or bare in _FILLER or word in _FILLER:
            continue
        found.append(bare)
    return tuple(found)


def similarity(a: str, b: str) -> float:
    """How alike two subjects are, 0…1. Symmetric."""
    return _similarity(words(a), words(b))


def _similarity(left: tuple[str, ...], right: tuple[str, ...]) -> float:
    if not left or not right:
        return 0.0
    short, long_ = (left, right) if len(left) <= len(right) else (right, left)
    matched = sum(_best_match(word, long_) for word in short)
    # Containment: a subject typed halfway is fully inside the longer one.
    containment = matched / len(short)
    # Dice: penalises a long subject that shares one word with a short one.
    dice = 2 * matched / (len(short) + len(long_))
    return (containment + dice) / 2


def _best_match(word: str, others: tuple[str, ...]) -> float:
    best = 0.0
    for other in others:
        if other == word:
            return 1.0
        matcher = SequenceMatcher(None, word, other, autojunk=False)
        if matcher.quick_ratio() < WORD_LIKENESS:
            continue
        # A word still being typed ("prin") is a prefix of the full one.
        ratio = 0.9 if other.startswith(word) and len(word) >= 3 else matcher.ratio()
        if ratio >= WORD_LIKENESS:
            best = max(best, ratio)
    return best


def find_duplicates(
    session: Session,
    subject: str,
    customer_id: str | None,
    asset_id: str | None,
    limit: int = CANDIDATES_MAX,
) -> list[DuplicateCandidate]:
    """Open tickets of this customer or asset whose subject looks like this one,
    most alike first."""
    typed = words(subject)
    if not typed or (customer_id is None and asset_id is None):
        return []
    # One query per link, so each can use its own index (ix_ticket_customer_id;
    # an asset's tickets are found among the open ones).
    rows: dict[str, Any] = {}
    for column, key in ((Ticket.customer_id, customer_id), (Ticket.asset_id, asset_id)):
        if key is None:
            continue
        for row in session.execute(
            select(
                Ticket.id,
                Ticket.number,
                Ticket.subject,
                Ticket.status,
                Ticket.customer_name,
                Ticket.last_activity_at,
                Ticket.customer_id,
                Ticket.asset_id,
            )
            .where(
                column == key,
                Ticket.status.in_(OPEN_STATUSES),
                Ticket.deleted_at.is_(None),
                Ticket.merged_into_id.is_(None),
            )
            .order_by(Ticket.last_activity_at.desc())
            .limit(SCANNED_MAX)
        ):
            rows[row.id] = row
    found: list[DuplicateCandidate] = []
    for row in rows.values():
        score = _similarity(typed, words(row.subject))
        if score >= MIN_SCORE:
            found.append(
                DuplicateCandidate(
                    id=row.id,
                    number=row.number,
                    subject=row.subject,
                    status=row.status,
                    customer_name=row.customer_name,
                    last_activity_at=row.last_activity_at,
                    score=round(score, 3),
                    same_customer=customer_id is not None and row.customer_id == customer_id,
                    same_asset=asset_id is not None and row.asset_id == asset_id,
                )
            )
    found.sort(key=lambda c: (-c.score, -c.last_activity_at.timestamp()))
    return found[:limit]


def log_contact(
    session: Session,
    ctx: WriteContext,
    ticket_id: str,
    channel: str,
    body: str,
    *,
    direction: Direction = Direction.INBOUND,
) -> LoggedContact:
    """Record a call (letter, visit …) on an existing ticket instead of opening
    a new one: a contact entry in its journal, with what the agent typed."""
    ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one_or_none()
    if ticket is None or ticket.deleted_at is not None:
        raise NotFound(ticket_id)
    require_right(session, ctx, Right.TAKE_CALLS, action="log_contact", ticket=ticket)
    errors: list[FieldError] = []
    check_text(errors, "subject", body, limit=NOTE_MAX, required=True)
    if channel not in {c.value for c in Channel}:
        errors.append(FieldError("channel", m.BAD_CHOICE))
    if errors:
        raise ValidationFailed(errors)
    now = ctx.now()
    hlc = ctx.stamp(session)
    entry = journal.append(
        session,
        ctx,
        ticket_id=ticket.id,
        kind=JournalKind.CONTACT_LOGGED,
        at=now,
        hlc=hlc,
        channel=channel,
        direction=direction.value,
        body=body.strip(),
    )
    # Last activity is a local display convenience; it is not synced as an edit.
    ticket.last_activity_at = now
    return LoggedContact(ticket.id, ticket.number, entry.id)

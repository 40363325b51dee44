"""Which service levels each branch's clocks run on, and catching up the
clocks of a branch whose levels changed.

A branch with its own document (services.branch_levels) runs on it; any
other branch on the site's levels (the machine profile), exactly as before
branches could have their own. A changed document marks its branch; the
branch's open tickets are then recomputed in the background, never inside
the save that changed it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import SyncState, Ticket
from desk_app.services import config_store
from desk_app.services.config_store import ConfigDocument
from desk_app.services.sla import Statuses
from desk_app.services.sla_clock import SlaSettings, recompute

_DUE_KEY = "sla_branches_due"  # branches whose open tickets await a recompute
_LEVELS_CHANGED = "maktab_levels_changed"

# branch id -> (its document, the site settings it was read over, the
# settings it gives; None when it cannot be read and the site's apply).
# Parsing once per document keeps the calendars cached per settings object.
_cache: dict[str, tuple[ConfigDocument, SlaSettings, SlaSettings | None]] = {}


def branch_settings(
    session: Session, branch_ids: set[str], site: SlaSettings
) -> dict[str, SlaSettings]:
    """Each branch's service levels: its own document when it has one, else
    ``site``. One small read per batch."""
    # Imported here: branch_levels marks branches due through this module.
    from desk_app.services.branch_levels import levels_key, settings_of

    keys = {levels_key(b): b for b in branch_ids}
    stored = config_store.load_documents(session, list(keys))
    found = dict.fromkeys(branch_ids, site)
    for key, document in stored.items():
        branch_id = keys[key]
        cached = _cache.get(branch_id)
        if cached is None or cached[0] != document or cached[1] is not site:
            cached = (document, site, settings_of(document, site))
            _cache[branch_id] = cached
        if cached[2] is not None:
            found[branch_id] = cached[2]
    return found


def mark_branch_due(session: Session, branch_id: str) -> None:
    """A branch's service levels changed: its open tickets' clocks are to be
    recomputed. Kept in the database, so a desk closed before the recompute
    catches up at its next start."""
    due = _due_branches(session) | {branch_id}
    session.merge(SyncState(key=_DUE_KEY, value=",".join(sorted(due))))
    session.info[_LEVELS_CHANGED] = True


def take_levels_changed(session: Session) -> bool:
    """Whether this transaction changed some branch's service levels (the
    desk starts the recompute once it has committed)."""
    return bool(session.info.pop(_LEVELS_CHANGED, False))


def branches_due(session: Session) -> bool:
    return bool(_due_branches(session))


def recompute_due_branches(session: Session, now: datetime | None = None) -> int:
    """Recompute the clocks of the open tickets of every branch marked due;
    returns how many tickets."""
    due = _due_branches(session)
    if not due:
        return 0
    open_tickets = select(Ticket.id).where(
        Ticket.branch_id.in_(sorted(due)),
        Ticket.deleted_at.is_(None),
        Ticket.status.not_in(sorted(Statuses().done)),
    )
    done = recompute(session, list(session.execute(open_tickets).scalars()), now)
    session.merge(SyncState(key=_DUE_KEY, value=""))
    return done


def _due_branches(session: Session) -> set[str]:
    row = session.get(SyncState, _DUE_KEY)
    return {b for b in row.value.split(",") if b} if row is not None else set()

"""First-run set-up of a local database: this office, this agent, default queues,
and the write context every later change is made with."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch, DeskGroup, Role, SyncState, Tier, User
from desk_app.services.context import Actor, WriteContext, load_replica_identity
from desk_app.services.hlc import HybridLogicalClock
from desk_app.services.ids import new_id


@dataclass(frozen=True)
class BranchProfile:
    code: str = "HQ"
    name: str = "Head Office"
    name_ar: str = "المكتب الرئيسي"
    time_zone: str = "Asia/Riyadh"
    weekend_days: str = "5,6"
    station: str = ""  # set on branches with several desk machines: "2", "B" …
    phone_region: str = "SA"

    @property
    def number_prefix(self) -> str:
        return self.code + self.station


# Queues a new office starts with, by tier (seed 004); administrators rename them.
DEFAULT_GROUPS: tuple[tuple[str, str, Tier], ...] = (
    ("Service Desk", "مكتب الخدمة", Tier.FIRST_LINE),
    ("Technical Support", "الدعم الفني", Tier.SPECIALIST),
    ("Billing and Accounts", "الفواتير والحسابات", Tier.SPECIALIST),
    ("Specialist Investigations", "التحقيقات المتخصصة", Tier.EXPERT),
)


def ensure_local_setup(
    session: Session, profile: BranchProfile, username: str, display_name: str
) -> WriteContext:
    """Create what is missing (branch, agent, queues) and return the write context."""
    client_id, last_hlc = load_replica_identity(session)
    clock = HybridLogicalClock(client_id, last_hlc)
    branch = session.execute(select(Branch).where(Branch.code == profile.code)).scalar_one_or_none()
    ctx = WriteContext(
        client_id=client_id,
        clock=clock,
        actor=Actor(None, display_name),
        branch_id=branch.id if branch else "",
        number_prefix=profile.number_prefix,
        phone_region=profile.phone_region,
    )
    hlc = ctx.stamp(session)
    now = ctx.now()
    common = {"updated_at": hlc, "version": 1, "origin_client_id": client_id, "created_at": now}
    if branch is None:
        branch = Branch(
            id=new_id(),
            code=profile.code,
            name=profile.name,
            name_ar=profile.name_ar,
            time_zone=profile.time_zone,
            weekend_days=profile.weekend_days,
            **common,
        )
        session.add(branch)
        ctx.branch_id = branch.id
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None:
        user = User(
            id=new_id(),
            username=username,
            display_name=display_name,
            role=Role.AGENT.value,
            branch_id=branch.id,
            **common,
        )
        session.add(user)
    if _needs_an_administrator(session, user):
        # The first person at a desk administers it (and a desk whose
        # administrators are all gone gets its own back): someone must be able
        # to give the others their roles.
        user.role = Role.ADMIN.value
    ctx.actor = Actor(user.id, user.display_name)
    if session.execute(select(DeskGroup.id).limit(1)).first() is None:
        for name, name_ar, tier in DEFAULT_GROUPS:
            session.add(
                DeskGroup(id=new_id(), name=name, name_ar=name_ar, tier=int(tier), **common)
            )
    session.flush()
    return ctx


# SyncState keys a desk holds once it works with a server (sync.engine
# SERVER_KEY, sync.pull CURSOR_KEY; a test keeps them equal). Such a desk
# takes its people and their roles from the server: it never makes anyone an
# administrator by itself, which would also undo the server's word at every start.
SERVED_KEYS = ("sync_server_url", "sync_pull_cursor")


def _needs_an_administrator(session: Session, user: User) -> bool:
    if user.role == Role.ADMIN.value:
        return False
    if session.execute(select(SyncState.key).where(SyncState.key.in_(SERVED_KEYS))).first():
        return False
    session.flush()
    admin = session.execute(
        select(User.id)
        .where(User.role == Role.ADMIN.value, User.active.is_(True), User.deleted_at.is_(None))
        .limit(1)
    ).first()
    return admin is None

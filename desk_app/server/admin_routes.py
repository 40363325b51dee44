"""People and devices over HTTP (base path /api/v1/admin, so the request
guard refuses an unsigned or oversized request before it is read). The rules
and the audit are server.people_admin's; these routes only carry them.

- GET  /admin/people                      people the caller reaches, and the branches they may give
- POST /admin/people                      a new person
- PUT  /admin/people/{id}/role            {"role": …}
- PUT  /admin/people/{id}/branches        {"branches": [codes]}
- PUT  /admin/people/{id}/active          {"active": bool}; deactivation ends their tokens
- PUT  /admin/people/{id}/password        {"password": …}
- GET  /admin/devices                     devices of the people the caller reaches
- POST /admin/devices/{id}/revoke         its refresh tokens stop working at once
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from starlette.concurrency import run_in_threadpool

from desk_app.server import people_admin
from desk_app.server.deps import Auth, CurrentCaller, Db
from desk_app.sync.admin_messages import (
    ActiveChange,
    BranchesChange,
    DeviceList,
    NewPerson,
    PasswordReset,
    PeopleList,
    PersonInfo,
    RoleChange,
)
from desk_app.sync.protocol import ErrorBody

admin_router = APIRouter(
    prefix="/admin",
    tags=["administration"],
    responses={s: {"model": ErrorBody} for s in (400, 401, 403, 404, 409, 413, 422, 426)},
)

# An id in the path: the same shape as every id of the protocol.
PathId = Annotated[str, Path(min_length=36, max_length=36, pattern=r"^[0-9a-f-]{36}$")]


@admin_router.get("/people")
async def list_people(caller: CurrentCaller, db: Db) -> PeopleList:
    return await run_in_threadpool(people_admin.list_people, db, caller)


@admin_router.post("/people")
async def create_person(body: NewPerson, caller: CurrentCaller, db: Db, auth: Auth) -> PersonInfo:
    return await run_in_threadpool(
        people_admin.create_person, db, caller, body, auth.passwords.hash
    )


@admin_router.put("/people/{user_id}/role")
async def change_role(
    user_id: PathId, body: RoleChange, caller: CurrentCaller, db: Db
) -> PersonInfo:
    return await run_in_threadpool(people_admin.change_role, db, caller, user_id, body.role)


@admin_router.put("/people/{user_id}/branches")
async def change_branches(
    user_id: PathId, body: BranchesChange, caller: CurrentCaller, db: Db
) -> PersonInfo:
    return await run_in_threadpool(people_admin.change_branches, db, caller, user_id, body.branches)


@admin_router.put("/people/{user_id}/active")
async def set_active(
    user_id: PathId, body: ActiveChange, caller: CurrentCaller, db: Db
) -> PersonInfo:
    return await run_in_threadpool(people_admin.set_active, db, caller, user_id, body.active)


@admin_router.put("/people/{user_id}/password")
async def reset_password(
    user_id: PathId, body: PasswordReset, caller: CurrentCaller, db: Db, auth: Auth
) -> PersonInfo:
    return await run_in_threadpool(
        people_admin.reset_password, db, caller, user_id, body.password, auth.passwords.hash
    )


@admin_router.get("/devices")
async def list_devices(caller: CurrentCaller, db: Db) -> DeviceList:
    return await run_in_threadpool(people_admin.list_devices, db, caller)


@admin_router.post("/devices/{device_id}/revoke")
async def revoke_device(device_id: PathId, caller: CurrentCaller, db: Db) -> DeviceList:
    return await run_in_threadpool(people_admin.revoke_device, db, caller, device_id)

"""Putting the configured service levels into effect on a desk."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import SyncState
from desk_app.services import sla_clock
from desk_app.services.sla_clock import SlaSettings
from desk_app.services.sla_config import fingerprint, load_service_levels

log = logging.getLogger(__name__)
FINGERPRINT_KEY = "sla_settings_fingerprint"


def apply_service_levels(session: Session, configured: Any) -> bool:
    """Use the configured service levels; returns True when they differ from
    those the stored clocks were computed with (then call recompute_clocks)."""
    loaded = load_service_levels(configured)
    for problem in loaded.problems:
        log.warning("service levels: %s (the default is used)", problem)
    sla_clock.configure(loaded.settings)
    stored = session.get(SyncState, FINGERPRINT_KEY)
    if stored is None:
        # A new database, or one from before service levels were configurable:
        # its clocks were computed with the defaults.
        stored = SyncState(key=FINGERPRINT_KEY, value=fingerprint(SlaSettings()))
        session.add(stored)
    return stored.value != loaded.fingerprint


def recompute_clocks(session: Session) -> int:
    """Recompute every ticket's clocks with the service levels in effect and
    remember which levels they were computed with."""
    count = sla_clock.recompute_all(session)
    current = fingerprint(sla_clock.current_settings())
    session.merge(SyncState(key=FINGERPRINT_KEY, value=current))
    return count

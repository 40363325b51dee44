"""An op the server refused for want of a right is said in the person's words:
the right's own message (permissions.REASONS), in ar and en."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from desk_app.services.permissions import PERMISSIONS, REASONS, Right
from desk_app.sync.protocol import permission_refusal
from desk_app.ui.sync_texts import reject_reason_text


@pytest.mark.parametrize("right", list(Right))
def test_a_refused_right_is_said_with_its_reason(lang: str, right: Right) -> None:
    shown = reject_reason_text(permission_refusal(right.value))
    assert shown == QCoreApplication.translate(PERMISSIONS, REASONS[right])
    assert not shown.startswith("not_permitted")  # words, not a code


def test_an_unknown_right_still_says_it_was_not_permitted(lang: str) -> None:
    shown = reject_reason_text("not_permitted:fly")
    assert shown == QCoreApplication.translate(
        "Sync", "The server refused this change: your role does not allow it."
    )
    assert "fly" not in shown

"""Pages bounded by bytes as well as by rows (docs/sync-protocol.md, "Pull").

A row limit alone lets a few large rows make a response of any size, all of it
held in the server's memory at once. A page stops at the row that would take
it past its byte budget, except the first: a page always carries at least one
row, so a client paging by cursor always makes progress.
"""

from __future__ import annotations

from collections.abc import Mapping

# What a JSON number, true/false/null or the punctuation around a value costs,
# roughly: the estimate need not be exact, only proportional.
_SMALL_VALUE = 24


def wire_size(value: object) -> int:
    """About how many bytes ``value`` takes in a JSON response (UTF-8)."""
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass")) + 2
    if isinstance(value, Mapping):
        return sum(len(str(k)) + 4 + wire_size(v) for k, v in value.items()) + 2
    if isinstance(value, list | tuple):
        return sum(wire_size(v) + 1 for v in value) + 2
    return _SMALL_VALUE


class ByteBudget:
    """Admits items to a page until their estimated size reaches ``max_bytes``."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.used = 0
        self.count = 0

    def admit(self, size: int) -> bool:
        if self.count and self.used + size > self.max_bytes:
            return False
        self.used += size
        self.count += 1
        return True

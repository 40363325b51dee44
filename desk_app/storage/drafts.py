"""Drafts of half-typed forms, kept in a small JSON file beside the database.

A file rather than the database on purpose: a draft must survive exactly the
failures that stop the database (locked, damaged, full disk on the DB volume),
and a crash of the app. Writes are atomic: the old draft stays until the new
one is complete.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


class DraftStore:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, name: str) -> Path:
        return self.directory / f"draft-{name}.json"

    def save(self, name: str, fields: dict[str, Any]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self._path(name)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(fields, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)

    def load(self, name: str) -> dict[str, Any] | None:
        try:
            data = json.loads(self._path(name).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and data else None

    def clear(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)
